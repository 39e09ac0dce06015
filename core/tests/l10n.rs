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
    // A count given as text (as JSON writes it) chooses the same form.
    for lang in LANGUAGES {
        for n in [0, 1, 2, 3, 11, 106] {
            assert_eq!(message(lang, "questions-count", &[("count", Arg::from(n.to_string()))]), message(lang, "questions-count", &[("count", Arg::from(n))]));
        }
    }
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

/// The core formats every message of every language as `fluent-bundle` does (configured as the
/// core used it before it compiled the catalog at build time: no isolation marks, the core's
/// numbers, French typography on the text, `PLURAL()` with the core's CLDR rules), for every
/// variant of every selector, numbers that choose each plural form, decimals, and missing
/// variables.
#[test]
fn the_core_formats_every_message_as_fluent_does() {
    use fluent_bundle::types::FluentNumber;
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};

    fn dot<M>(v: &FluentValue, _: &M) -> Option<String> {
        match v {
            FluentValue::Number(n) => Some(kalkan::l10n::number("en", n.value, decimals(n))),
            _ => None,
        }
    }
    fn comma<M>(v: &FluentValue, _: &M) -> Option<String> {
        match v {
            FluentValue::Number(n) => Some(kalkan::l10n::number("fr", n.value, decimals(n))),
            _ => None,
        }
    }
    fn decimals(n: &FluentNumber) -> usize {
        n.options.minimum_fraction_digits.or(n.options.maximum_fraction_digits).unwrap_or(if n.value.fract() == 0.0 { 0 } else { 1 })
    }
    fn french(s: &str) -> std::borrow::Cow<'_, str> {
        kalkan::l10n::french(s)
    }

    /// Each selector's variable and the values that pick each of its variants.
    fn selectors(p: &Pattern<&str>, out: &mut BTreeMap<String, BTreeSet<String>>) {
        for e in &p.elements {
            if let PatternElement::Placeable { expression: Expression::Select { selector, variants } } = e {
                let name = match selector {
                    InlineExpression::VariableReference { id } => Some(id.name),
                    _ => None,
                };
                for v in variants {
                    if let Some(name) = name {
                        let key = match v.key {
                            VariantKey::Identifier { name } | VariantKey::NumberLiteral { value: name } => name,
                        };
                        out.entry(name.to_string()).or_default().insert(key.to_string());
                    }
                    selectors(&v.value, out);
                }
            }
        }
    }

    let mut compared = 0;
    for lang in LANGUAGES {
        let text = source(lang);
        let mut bundle = FluentBundle::new(vec![lang.parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(if lang == "fr" { comma } else { dot }));
        if lang == "fr" {
            bundle.set_transform(Some(french));
        }
        bundle
            .add_function("PLURAL", move |positional, _| {
                FluentValue::from(match positional.first() {
                    Some(FluentValue::Number(n)) => kalkan::l10n::plural_category(lang, n.value),
                    Some(FluentValue::String(s)) => s.parse::<f64>().map_or("other", |n| kalkan::l10n::plural_category(lang, n)),
                    _ => "other",
                })
            })
            .unwrap();
        bundle.add_resource(FluentResource::try_new(text.clone()).unwrap()).unwrap();
        let ast = fluent_syntax::parser::parse(text.as_str()).unwrap();
        let vars = variables(lang);
        for entry in &ast.body {
            let Entry::Message(m) = entry else { continue };
            let id = m.id.name;
            let mut choices = BTreeMap::new();
            selectors(m.value.as_ref().unwrap(), &mut choices);
            let base: Vec<(&str, Arg)> = sample_args(&vars[id]);
            // Every argument set to try: the sample values, each selector value, plural numbers,
            // decimals, a number where a text is expected, and each variable missing.
            let mut sets: Vec<Vec<(&str, Arg)>> = vec![base.clone(), vec![]];
            for (name, keys) in &choices {
                let Some((var, _)) = base.iter().find(|(k, _)| k == name) else { continue };
                for key in keys.iter().map(String::as_str).chain(["unknown-value"]) {
                    let value = key.parse::<f64>().map_or_else(|_| Arg::from(key), Arg::Number);
                    sets.push(base.iter().map(|(k, v)| (*k, if k == var { value.clone() } else { v.clone() })).collect());
                }
            }
            for (i, (name, _)) in base.iter().enumerate() {
                for n in [0.0, 1.0, 2.0, 3.0, 11.0, 100.0, 106.0, 111.0, 1_000_000.0, 1.5, 0.25, -2.0] {
                    let mut set = base.clone();
                    set[i] = (name, Arg::Number(n));
                    sets.push(set);
                }
                sets.push(base.iter().filter(|(k, _)| k != name).cloned().collect());
            }
            for set in sets {
                let mut fargs = FluentArgs::new();
                for (k, v) in &set {
                    match v {
                        Arg::Text(s) => fargs.set(*k, FluentValue::from(s.as_str())),
                        Arg::Number(n) => fargs.set(*k, FluentValue::from(*n)),
                    }
                }
                let mut errors = Vec::new();
                let want = bundle.format_pattern(bundle.get_message(id).unwrap().value().unwrap(), Some(&fargs), &mut errors).into_owned();
                assert_eq!(message(lang, id, &set), want, "`{id}` in {lang} with {set:?}");
                assert_eq!(message_checked(lang, id, &set).is_ok(), errors.is_empty(), "`{id}` in {lang} with {set:?}: {errors:?}");
                compared += 1;
            }
        }
    }
    assert!(compared > 10_000, "only {compared} formattings compared");
}

/// The compiled catalogs list the files' messages in their order; an added catalog is read the
/// same way, and a damaged one is refused.
#[test]
fn compiled_catalogs_round_trip() {
    for lang in LANGUAGES {
        let compiled = kalkan::l10n::compiled_catalog(lang).unwrap();
        assert_eq!(kalkan::l10n::add_catalog(compiled), Ok(lang));
        assert!(kalkan::l10n::has_catalog(lang));
        assert_eq!(message_ids(lang).len(), variables(lang).len());
    }
    assert!(kalkan::l10n::add_catalog("{\"lang\": \"de\", \"messages\": []}").is_err());
    assert!(kalkan::l10n::add_catalog("[]").is_err());
    assert!(kalkan::l10n::add_catalog("{\"lang\": \"fr\", \"messages\": [[\"x\", [{\"bad\": 1}]]]}").is_err());
}
