//! The message catalog (`core/l10n/*.ftl`): the same messages and variables in every language,
//! every error code and warning worded, CLDR plural categories, French typography, and no
//! English left in Arabic or French messages.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::{BTreeMap, BTreeSet};

use kalkan::l10n::{message, message_checked, message_ids, Arg, LANGUAGES};

fn source(lang: &str) -> String {
    std::fs::read_to_string(format!("{}/l10n/{lang}.ftl", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// Each message's variables (`$name`), from the file's text.
fn variables(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source(lang).lines() {
        if line.starts_with(|c: char| c.is_ascii_lowercase()) {
            current = line.split_once(" =").map(|(id, _)| id.trim().to_string());
        } else if line.starts_with('-') || line.starts_with('#') {
            current = None;
        }
        if let Some(id) = &current {
            let vars = out.entry(id.clone()).or_default();
            let mut rest = line;
            while let Some(i) = rest.find('$') {
                let name: String = rest[i + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                vars.insert(name);
                rest = &rest[i + 1..];
            }
        }
    }
    out
}

/// Plausible values for a message's variables: numbers for counts and levels, text otherwise.
fn sample_args(vars: &BTreeSet<String>) -> Vec<(&str, Arg)> {
    const NUMBERS: [&str; 16] = [
        "count",
        "total",
        "answered",
        "n",
        "max",
        "level",
        "files",
        "valid",
        "invalid",
        "scored",
        "failed",
        "line",
        "column",
        "unanswered",
        "controls",
        "credit",
    ];
    vars.iter()
        .map(|v| {
            let value = if NUMBERS.contains(&v.as_str()) || v.ends_with("_count") { Arg::from(2) } else { Arg::from("x") };
            (v.as_str(), value)
        })
        .collect()
}

#[test]
fn every_language_has_the_same_messages_with_the_same_variables() {
    let en = variables("en");
    assert!(en.len() > 150, "the English catalog has {} messages", en.len());
    for lang in ["ar", "fr"] {
        let other = variables(lang);
        let (a, b): (BTreeSet<_>, BTreeSet<_>) = (en.keys().collect(), other.keys().collect());
        assert_eq!(a.difference(&b).collect::<Vec<_>>(), Vec::<&&String>::new(), "messages missing in {lang}");
        assert_eq!(b.difference(&a).collect::<Vec<_>>(), Vec::<&&String>::new(), "messages only in {lang}");
        for (id, vars) in &en {
            assert_eq!(vars, &other[id], "`{id}` uses other variables in {lang}");
        }
        assert_eq!(message_ids("en").len(), message_ids(lang).len());
    }
}

#[test]
fn every_message_formats_in_every_language() {
    for (id, vars) in variables("en") {
        let args = sample_args(&vars);
        for lang in LANGUAGES {
            let text = message_checked(lang, &id, &args).unwrap_or_else(|e| panic!("{e}"));
            assert!(!text.trim().is_empty(), "`{id}` is empty in {lang}");
        }
    }
}

#[test]
fn every_error_code_and_warning_has_a_message() {
    for code in kalkan::Code::ALL {
        let id = format!("error-{}", code.as_str());
        assert!(kalkan::l10n::has_message(&id), "no message `{id}`");
    }
    for id in ["warning-incomplete", "warning-nothing_applicable", "error-parse", "error-invalid"] {
        assert!(kalkan::l10n::has_message(id), "no message `{id}`");
    }
}

/// Every problem the conformance corpus expects renders in every language from its details alone,
/// and the English rendering is the problem's message.
#[test]
fn every_problem_of_the_corpus_renders_in_every_language() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let case: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut problems = Vec::new();
        collect_problems(&case["expected"], &mut problems);
        for p in problems {
            let problem: kalkan::Problem = serde_json::from_value(p.clone()).unwrap();
            assert_eq!(problem.message_in("en"), problem.message, "{}", path.display());
            for lang in ["ar", "fr"] {
                let id = format!("error-{}", problem.code.as_str());
                let args = kalkan::l10n::details_arguments(lang, &problem.details);
                let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
                message_checked(lang, &id, &args).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                assert_ne!(problem.message_in(lang), problem.message, "{} is not translated to {lang}", problem.code);
            }
            seen += 1;
        }
    }
    assert!(seen > 60, "only {seen} problems in the corpus");
}

fn collect_problems(v: &serde_json::Value, out: &mut Vec<serde_json::Value>) {
    match v {
        serde_json::Value::Object(m) => {
            if m.contains_key("pointer") && m.contains_key("code") && m.contains_key("message") && m.contains_key("details") && !m.contains_key("kind") {
                out.push(v.clone());
            }
            m.values().for_each(|x| collect_problems(x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_problems(x, out)),
        _ => {}
    }
}

/// CLDR's plural categories for the counts the issue names, and the catalog's forms for them.
#[test]
fn plural_forms_follow_cldr() {
    let counts = [0u32, 1, 2, 3, 11, 100, 106];
    // From the CLDR plural rules (cardinal): ar zero/one/two/few (3-10 mod 100)/many (11-99 mod
    // 100)/other; fr one for 0 and 1; en one for 1.
    let expected: [(&str, [&str; 7]); 3] = [
        ("en", ["other", "one", "other", "other", "other", "other", "other"]),
        ("fr", ["one", "one", "other", "other", "other", "other", "other"]),
        ("ar", ["zero", "one", "two", "few", "many", "other", "few"]),
    ];
    for (lang, categories) in expected {
        for (n, want) in counts.iter().zip(categories) {
            assert_eq!(kalkan::l10n::plural_category(lang, f64::from(*n)), want, "{lang} {n}");
        }
    }
    // Beyond the list: the rest of Arabic's cycle.
    assert_eq!(kalkan::l10n::plural_category("ar", 111.0), "many");
    assert_eq!(kalkan::l10n::plural_category("ar", 1002.0), "other");
    assert_eq!(kalkan::l10n::plural_category("ar", 1003.0), "few");
    let forms = |lang: &str| counts.map(|n| message(lang, "questions-count", &[("count", Arg::from(n))]));
    assert_eq!(forms("en"), ["0 questions", "1 question", "2 questions", "3 questions", "11 questions", "100 questions", "106 questions"]);
    assert_eq!(forms("fr"), ["0 question", "1 question", "2 questions", "3 questions", "11 questions", "100 questions", "106 questions"]);
    assert_eq!(forms("ar"), ["لا أسئلة", "سؤال واحد", "سؤالان", "3 أسئلة", "11 سؤالًا", "100 سؤال", "106 أسئلة"]);
    // The same rules reach error summaries.
    assert_eq!(message("ar", "error-count", &[("count", Arg::from(106))]), "106 أخطاء");
    assert_eq!(message("fr", "error-count", &[("count", Arg::from(1))]), "1 erreur");
}

/// Selectors with plural categories go through `PLURAL()` (CLDR, see `plural_category`), never
/// through Fluent's own numeric selection, whose Arabic rules are wrong from 100 on.
#[test]
fn plural_selectors_use_the_cldr_function() {
    for lang in LANGUAGES {
        let text = source(lang);
        for (i, _) in text.match_indices(" ->") {
            let head = &text[..i];
            let selector = &head[head.rfind('{').unwrap()..];
            let body: String = text[i..].lines().skip(1).take_while(|l| l.trim_start().starts_with('[') || l.trim_start().starts_with("*[")).collect();
            let plural = ["[zero]", "[one]", "[two]", "[few]", "[many]"].iter().any(|k| body.contains(k));
            if plural {
                assert!(selector.contains("PLURAL("), "{lang}: a plural selector without PLURAL(): `{selector}`");
            }
        }
    }
}

/// French messages, as formatted, have no plain space before `: ; ? ! %` or inside « », and no
/// straight apostrophe: the core's typography reaches every message.
#[test]
fn french_messages_follow_french_typography() {
    for (id, vars) in variables("fr") {
        let text = message_checked("fr", &id, &sample_args(&vars)).unwrap();
        for mark in [':', ';', '?', '!', '%', '»'] {
            assert!(!text.contains(&format!(" {mark}")), "`{id}` has a plain space before `{mark}`: {text:?}");
        }
        assert!(!text.contains("« "), "`{id}` has a plain space after «: {text:?}");
        assert!(!text.contains('\''), "`{id}` has a straight apostrophe: {text:?}");
    }
}

/// No English word in an Arabic message: Latin script only for formats, codes, ids and the
/// letters of the terminal's keys.
#[test]
fn arabic_messages_have_no_english() {
    const ALLOWED: [&str; 23] = [
        "numpy",
        "pandas",
        "JSON",
        "UTF-8",
        "YYYY-MM-DD",
        "RFC",
        "ISO",
        "OSCAL",
        "slug",
        "null",
        "true",
        "false",
        "en",
        "CERT",
        "target",
        "s",
        "n",
        "q",
        "TR",
        "MA",
        "x",
        "profile",
        "framework",
    ];
    for (id, vars) in variables("ar") {
        let text = message_checked("ar", &id, &sample_args(&vars)).unwrap();
        // Backticks quote field names and values; they are not words of the sentence.
        let outside: String = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        for word in outside.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')) {
            let latin = word.chars().any(|c| c.is_ascii_alphabetic());
            let flag = word.starts_with('-');
            if latin && !flag && !ALLOWED.contains(&word) && !word.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '.') {
                panic!("`{id}` has the Latin word `{word}` in Arabic: {text}");
            }
        }
    }
}
