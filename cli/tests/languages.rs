//! No English on an Arabic or French screen: the text, Markdown and HTML reports of every
//! built-in framework's example, `frameworks show`, and the validation output of every error
//! code, in Arabic and in French. What may stay in Latin script is data (ids, codes, versions,
//! digests, dates, file names, the people's own words in the assessment) and the identifiers the
//! glossary allows; any English text of the catalog or of a framework is a failure.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::collections::BTreeSet;

use common::{kalkan, read, root, stdout};
use serde_json::Value;

const EXAMPLES: [&str; 3] = ["examples/national-capacity.assessment.json", "examples/public-institution.assessment.json", "examples/nist-csf.assessment.json"];

/// The visible text of an HTML page: no tags, no `<style>` or `<script>` content, entities decoded.
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tag_end = rest[i..].find('>').map_or(rest.len(), |j| i + j + 1);
        let tag = rest[i..tag_end].to_ascii_lowercase();
        rest = &rest[tag_end..];
        for block in ["style", "script", "title"] {
            // The SVG's <title> repeats the visible caption; <title> of the page is checked too
            // (it is the same text as the heading), so only style and script are skipped.
            if block != "title" && tag.starts_with(&format!("<{block}")) {
                if let Some(j) = rest.find(&format!("</{block}>")) {
                    rest = &rest[j..];
                }
            }
        }
        out.push(' ');
    }
    out.push_str(rest);
    out.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
}

/// Every English string a screen must not show: the catalog's English messages (formatted with
/// no variables), and the English texts of the built-in frameworks that differ from `lang`'s.
fn english_strings(lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    for id in kalkan::l10n::message_ids("en") {
        let en = kalkan::l10n::message("en", id, &[]);
        let other = kalkan::l10n::message(lang, id, &[]);
        // Short or variable-only messages (`{ $label }: { $value }`) say nothing on their own.
        if en != other && en.chars().filter(|c| c.is_alphabetic()).count() >= 12 && !en.contains('{') {
            out.push(en);
        }
    }
    for (_, json) in kalkan::builtin_files() {
        let f: Value = serde_json::from_str(json).unwrap();
        texts(&f, lang, &mut out);
    }
    out.sort();
    out.dedup();
    out
}

fn texts(v: &Value, lang: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let (Some(Value::String(en)), Some(Value::String(other))) = (m.get("en"), m.get(lang)) {
                if en != other && en.chars().filter(|c| c.is_alphabetic()).count() >= 12 {
                    out.push(en.clone());
                }
            }
            m.values().for_each(|x| texts(x, lang, out));
        }
        Value::Array(a) => a.iter().for_each(|x| texts(x, lang, out)),
        _ => {}
    }
}

/// Ids, codes and other data that may appear in Latin script on any screen.
fn data_words() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut add = |s: &str| {
        for w in s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')) {
            if !w.is_empty() {
                out.insert(w.to_string());
            }
        }
    };
    for (_, json) in kalkan::builtin_files() {
        let f: Value = serde_json::from_str(json).unwrap();
        ids(&f, &mut add);
        add(f["license"].as_str().unwrap_or_default());
    }
    for e in EXAMPLES {
        let a: Value = serde_json::from_str(&read(e)).unwrap();
        // The people's own words: the subject, the assessor, notes and evidence.
        for s in [&a["subject"], &a["assessor"]] {
            s.as_object().into_iter().flatten().for_each(|(_, v)| add(v.as_str().unwrap_or_default()));
        }
        for (_, r) in a["responses"].as_object().unwrap() {
            add(r["notes"].as_str().unwrap_or_default());
            r["evidence"].as_array().into_iter().flatten().for_each(|e| add(e.as_str().unwrap_or_default()));
        }
    }
    let glossary: Value = serde_json::from_str(&read("frameworks/glossary/glossary.json")).unwrap();
    glossary["arabic_latin_allowed"].as_array().unwrap().iter().for_each(|w| add(w.as_str().unwrap()));
    glossary["arabic_glossed_acronyms"].as_object().unwrap().keys().for_each(|w| add(w));
    for w in ["Kalkan", "JSON", "UTF-8", "YYYY-MM-DD", "RFC", "ISO", "CC-BY-4.0", "sha256", "null", "true", "false", "NIST", "CSF", "CERT", "target", "o"] {
        add(w);
    }
    out
}

fn ids(v: &Value, add: &mut impl FnMut(&str)) {
    match v {
        Value::Object(m) => {
            for key in ["id", "scale", "group", "framework"] {
                if let Some(Value::String(s)) = m.get(key) {
                    add(s);
                }
            }
            if let Some(Value::Array(targets)) = m.get("control_targets") {
                targets.iter().for_each(|t| add(t.as_str().unwrap_or_default()));
            }
            m.values().for_each(|x| ids(x, add));
        }
        Value::Array(a) => a.iter().for_each(|x| ids(x, add)),
        _ => {}
    }
}

/// Fails on any English string, and (for Arabic) any Latin word that is not data.
fn check(screen: &str, text: &str, lang: &str, english: &[String], data: &BTreeSet<String>) {
    for e in english {
        assert!(!text.contains(e.as_str()), "{screen} ({lang}) shows the English `{e}`");
    }
    if lang != "ar" {
        return;
    }
    // Backticks and brackets quote values and codes; links are data.
    let text: String = text.split_whitespace().filter(|w| !w.contains("://")).collect::<Vec<_>>().join(" ");
    let outside: String = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    let outside: String = outside.split('[').map(|part| part.split_once(']').map_or(part, |(_, after)| after)).collect::<Vec<_>>().join(" ");
    for word in outside.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')) {
        let word = word.trim_matches(|c: char| c == '.' || c == '-');
        let latin = word.chars().any(|c| c.is_ascii_alphabetic());
        let hex = word.len() >= 16 && word.chars().all(|c| c.is_ascii_hexdigit());
        let flag = word.starts_with('-');
        if latin && !hex && !flag && !data.contains(word) && !word.ends_with(".json") {
            let at = text.find(word).unwrap_or(0);
            let start = (0..=at.saturating_sub(60)).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
            let context: String = text[start..].chars().take(140).collect();
            panic!("{screen} (ar) shows the Latin word `{word}`: …{context}…");
        }
    }
}

#[test]
fn reports_and_framework_screens_have_no_english_in_arabic_or_french() {
    let data = data_words();
    for lang in ["ar", "fr"] {
        let english = english_strings(lang);
        assert!(english.len() > 500, "only {} English strings to look for", english.len());
        for example in EXAMPLES {
            for format in ["text", "md", "html"] {
                let out = kalkan().args(["score", example, "--lang", lang, "--format", format]).output().unwrap();
                assert_eq!(out.status.code(), Some(0));
                let text = if format == "text" { stdout(&out) } else { visible(&stdout(&out)) };
                check(&format!("score {example} --format {format}"), &text, lang, &english, &data);
            }
        }
        for spec in ["kalkan-national-capacity", "kalkan-public-institution", "nist-csf@^2", "nist-csf@^1"] {
            let out = kalkan().args(["frameworks", "show", spec, "--lang", lang]).output().unwrap();
            check(&format!("frameworks show {spec}"), &stdout(&out), lang, &english, &data);
        }
        let out = kalkan().args(["frameworks", "--lang", lang]).output().unwrap();
        check("frameworks", &stdout(&out), lang, &english, &data);
    }
}

/// The assessments and frameworks of the conformance corpus that break rules, validated in
/// Arabic and French: every problem reads in that language.
#[test]
fn validation_output_has_no_english_in_arabic_or_french() {
    let data = data_words();
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(root().join("tests/conformance")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let op = case["operation"].as_str().unwrap();
        if !op.starts_with("validate") {
            continue;
        }
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        for (key, suffix) in [("framework", "framework"), ("assessment", "assessment")] {
            let text = case.get(format!("{key}_text")).and_then(Value::as_str).map(str::to_owned).or_else(|| case.get(key).map(Value::to_string));
            if let Some(text) = text {
                let file = dir.path().join(format!("{name}.{suffix}.json"));
                std::fs::write(&file, text).unwrap();
                files.push(file);
            }
        }
    }
    assert!(files.len() >= 10, "{files:?}");
    // Ids of the corpus's own frameworks and values are data too, and so are file names.
    let mut data = data;
    for w in dir.path().to_string_lossy().split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')) {
        data.insert(w.trim_matches('.').to_string());
    }
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for w in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')) {
            data.insert(w.to_string());
        }
    }
    for lang in ["ar", "fr"] {
        let english = english_strings(lang);
        let out = kalkan().arg("validate").args(&files).args(["--lang", lang]).output().unwrap();
        let text = stdout(&out);
        assert!(text.contains('['), "{text}");
        check("validate", &text, lang, &english, &data);
    }
}

#[test]
fn the_check_finds_english_where_there_is_some() {
    let data = data_words();
    let fr = english_strings("fr");
    let caught = std::panic::catch_unwind(|| check("t", "Synthèse — Executive summary", "fr", &fr, &data));
    assert!(caught.is_err(), "an English catalog message went unnoticed in French");
    let ar = english_strings("ar");
    let caught = std::panic::catch_unwind(|| check("t", "الملخص التنفيذي: governance", "ar", &ar, &data));
    assert!(caught.is_err(), "a Latin word went unnoticed in Arabic");
    check("t", "الملخص التنفيذي: GV.OC-01 `anything` [invalid_id] sha256:0123456789abcdef0123", "ar", &ar, &data);
}

/// The review's screens in Arabic and French: the benchmark (text, HTML, with a subject
/// placed), the comparison and trend (text, Markdown, HTML) and the merge's conflict report.
#[test]
fn review_outputs_have_no_english_in_arabic_or_french() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = common::population::review_inputs(dir.path());
    // The generated documents' own words (names, notes, evidence, ids, dates) are data.
    let mut data = data_words();
    let paths: Vec<std::path::PathBuf> = [&inputs.lines, &inputs.subject].into_iter().chain(&inputs.series).chain(&inputs.respondents).cloned().collect();
    for p in &paths {
        for w in std::fs::read_to_string(p).unwrap().split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')) {
            data.insert(w.to_string());
        }
    }
    let s = |p: &std::path::PathBuf| p.display().to_string();
    let merged = dir.path().join("merged.json");
    for lang in ["ar", "fr"] {
        let english = english_strings(lang);
        let series: Vec<String> = inputs.series.iter().map(s).collect();
        let mut screens: Vec<(String, Vec<String>, bool)> = Vec::new();
        for format in ["text", "html"] {
            let args = ["aggregate", &s(&inputs.lines), "--by", "country", "--subject", &s(&inputs.subject), "--format", format, "--lang", lang];
            screens.push((format!("aggregate --format {format}"), args.iter().map(|a| a.to_string()).collect(), format == "html"));
        }
        for format in ["text", "md", "html"] {
            let mut args = vec!["compare".to_string()];
            args.extend(series.iter().cloned());
            args.extend(["--format", format, "--lang", lang].map(str::to_string));
            screens.push((format!("compare --format {format}"), args, format != "text"));
        }
        let mut args = vec!["merge".to_string()];
        args.extend(inputs.respondents.iter().map(s));
        args.extend(["--rule", "majority", "--lang", lang, "-o", &s(&merged)].map(str::to_string));
        screens.push(("merge".into(), args, false));
        for (screen, args, markup) in screens {
            let out = kalkan().args(&args).output().unwrap();
            assert_eq!(out.status.code(), Some(0), "{screen}: {}", String::from_utf8_lossy(&out.stderr));
            let text = if markup { visible(&stdout(&out)) } else { stdout(&out) };
            assert!(text.len() > 200, "{screen}: {text}");
            check(&screen, &text, lang, &english, &data);
        }
    }
}
