//! The shape of the core, checked: modules import each other by module path (never the crate
//! root's re-exports), the import graph has no circle, `lib.rs` only declares and re-exports, and
//! `compiled.rs` stays the index of a framework (≤ 300 lines).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src/`, as its module path (`model/framework`, `validate`, `lib`).
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut BTreeMap<String, String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let rel = p.strip_prefix(src()).unwrap().with_extension("");
                let mut name = rel.to_string_lossy().replace('\\', "/");
                if let Some(parent) = name.strip_suffix("/mod") {
                    name = parent.to_string();
                }
                out.insert(name, std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&src(), &mut out);
    out
}

/// The code of a file without comments, string literals and `#[cfg(test)]` modules (which may
/// import `super::*`).
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    let mut out = String::new();
    for line in text.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        // Drop string literals (they may mention `crate::` in messages or generated code) and
        // trailing comments.
        let mut in_str = false;
        let mut prev = ' ';
        for c in line.chars() {
            if c == '"' && prev != '\\' {
                in_str = !in_str;
            } else if !in_str {
                if c == '/' && prev == '/' {
                    out.pop();
                    break;
                }
                out.push(c);
            }
            prev = c;
        }
        out.push('\n');
    }
    out
}

/// Every `crate::a::b::...` path in the code, split into segments (a `use crate::{...}` group
/// yields each of its members).
fn crate_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let after = &rest[i + "crate::".len()..];
        if after.starts_with('{') {
            let end = after.find('}').unwrap_or(after.len());
            for member in after[1..end].split(',') {
                let segs: Vec<String> = member.trim().split("::").map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
                if !segs.is_empty() {
                    out.push(segs);
                }
            }
        } else {
            let end = after.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(after.len());
            let segs: Vec<String> = after[..end].split("::").filter(|s| !s.is_empty()).map(str::to_string).collect();
            out.push(segs);
        }
        rest = &rest[i + 1..];
    }
    out
}

/// The module a path names: the longest prefix of its segments that is a file.
fn module_of(path: &[String], modules: &BTreeMap<String, String>) -> Option<String> {
    (1..=path.len()).rev().map(|n| path[..n].join("/")).find(|m| modules.contains_key(m))
}

#[test]
fn modules_import_modules_not_the_crate_roots_re_exports() {
    let modules = modules();
    let mut offences = Vec::new();
    for (name, text) in &modules {
        for path in crate_paths(&code(text)) {
            if module_of(&path, &modules).is_none() {
                offences.push(format!("{name}: crate::{}", path.join("::")));
            }
        }
    }
    assert!(offences.is_empty(), "paths through the crate root's re-exports (import the module instead):\n{}", offences.join("\n"));
}

#[test]
fn the_module_import_graph_has_no_circle() {
    let modules = modules();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, text) in &modules {
        let targets = edges.entry(name.clone()).or_default();
        for path in crate_paths(&code(text)) {
            if let Some(m) = module_of(&path, &modules) {
                if &m != name {
                    targets.insert(m);
                }
            }
        }
    }
    // Depth-first search for a back edge, reporting the circle.
    fn visit(n: &str, edges: &BTreeMap<String, BTreeSet<String>>, stack: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(i) = stack.iter().position(|s| s == n) {
            let mut circle = stack[i..].to_vec();
            circle.push(n.to_string());
            return Some(circle);
        }
        if done.contains(n) {
            return None;
        }
        stack.push(n.to_string());
        for m in edges.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, edges, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for n in edges.keys() {
        if let Some(circle) = visit(n, &edges, &mut Vec::new(), &mut done) {
            panic!("import circle: {}", circle.join(" -> "));
        }
    }
    // The check sees the imports it should: `scoring` uses `answers` and `compiled`.
    assert!(edges["scoring"].contains("answers") && edges["scoring"].contains("compiled"), "{:?}", edges["scoring"]);
}

#[test]
fn lib_rs_only_declares_and_re_exports() {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    // A statement may span lines (rustfmt breaks a long `pub use a::{…};`): lines continue the
    // statement begun above them until its `;`.
    let mut open = false;
    for line in lib.lines().map(str::trim).filter(|l| !l.is_empty()) {
        // Comments, crate attributes, and feature gates of a declaration or re-export.
        if line.starts_with("//") || line.starts_with("#![") || (line.starts_with("#[cfg(feature = ") && line.ends_with(")]")) {
            continue;
        }
        let ok = open || line.starts_with("mod ") || line.starts_with("pub mod ") || line.starts_with("pub use ");
        assert!(ok, "lib.rs holds more than declarations and re-exports: `{line}`");
        if open || line.starts_with("pub use ") {
            assert!(!line.contains("fn ") && !line.contains("=") && !line.contains("struct "), "lib.rs holds more than declarations and re-exports: `{line}`");
        }
        if !open && (line.starts_with("mod ") || line.starts_with("pub mod ")) {
            assert!(line.ends_with(';'), "lib.rs declares a module inline: `{line}`");
        }
        open = !line.ends_with(';');
    }
    assert!(!open, "lib.rs ends inside a statement");
}

#[test]
fn compiled_rs_is_the_index_and_small() {
    let text = std::fs::read_to_string(src().join("compiled.rs")).unwrap();
    let lines = text.lines().count();
    assert!(lines <= 300, "compiled.rs has {lines} lines (at most 300)");
    for reader in ["answers", "scoring", "gaps", "validate::assessment", "Assessment"] {
        assert!(!code(&text).contains(reader), "compiled.rs mentions `{reader}`: it should only index frameworks");
    }
}

#[test]
fn the_checker_finds_what_it_must() {
    let paths = crate_paths("use crate::{Headline, model::text::Text};\nlet x = crate::Registry::builtin();");
    assert_eq!(paths, [vec!["Headline".to_string()], vec!["model".into(), "text".into(), "Text".into()], vec!["Registry".into(), "builtin".into()]]);
    let modules: BTreeMap<String, String> = [("model".to_string(), String::new()), ("model/text".into(), String::new())].into_iter().collect();
    assert_eq!(module_of(&["model".into(), "text".into(), "Text".into()], &modules).as_deref(), Some("model/text"));
    assert_eq!(module_of(&["Headline".into()], &modules), None);
    assert_eq!(code("let a = 1; // crate::X\n\"crate::Y\"\n// crate::Z\n"), "let a = 1; \n\n");
}
