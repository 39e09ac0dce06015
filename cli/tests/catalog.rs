//! Every catalog message the tool asks for by a literal id exists in the core's catalog, in every
//! language: a missing id would otherwise be printed as the id itself.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The literal ids after each of `markers` (`.t("id"`, `.f("id"`, `message(lang, "id"`).
fn ids(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for marker in [".t(\"", ".f(\"", "\"output-", "l10n::message(lang, \"", "l10n::message(self.code(), \""] {
        let mut rest = text;
        while let Some(i) = rest.find(marker) {
            let after = &rest[i + marker.len()..];
            let id: String = after.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-').collect();
            // Only a whole literal: the id is followed by its closing quote.
            if !id.is_empty() && after.get(id.len()..).is_some_and(|r| r.starts_with('"')) {
                out.push(if marker == "\"output-" { format!("output-{id}") } else { id });
            }
            rest = after;
        }
    }
    out
}

#[test]
fn every_literal_message_id_of_the_tool_is_in_the_catalog() {
    let mut files = Vec::new();
    sources(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut all: Vec<String> = files.iter().flat_map(|f| ids(&std::fs::read_to_string(f).unwrap())).collect();
    all.sort();
    all.dedup();
    assert!(all.len() > 60, "the scan found only {} ids: {all:?}", all.len());
    for lang in ["en", "ar", "fr"] {
        let known = kalkan::l10n::message_ids(lang);
        let missing: Vec<&String> = all.iter().filter(|id| !known.contains(&id.as_str())).collect();
        assert!(missing.is_empty(), "{lang}: ids the tool uses that the catalog lacks: {missing:?}");
    }
}

#[test]
fn the_french_markdown_title_has_a_no_break_space_before_its_colon() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kalkan"))
        .current_dir(&root)
        .args(["score", "examples/agency-baseline.assessment.json", "--framework", "examples/agency-baseline.framework.json", "--format", "md", "--lang", "fr"])
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    let title = md.lines().find(|l| l.starts_with("# ")).unwrap_or_default();
    assert!(title.contains("\u{a0}:") && !title.contains(" :"), "{title:?}");
}
