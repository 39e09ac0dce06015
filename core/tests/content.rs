//! Localized framework content: French typography, the terminology glossary
//! (`frameworks/glossary/glossary.json`) and Latin script in Arabic text.
//!
//! The framework files are read as plain JSON (`serde_json::Value`) and every localized map is
//! found generically (any object with an `en` key whose values are all strings), so these tests
//! do not depend on the core's types. Only the newest version of each framework id is checked:
//! older released files are frozen history, named by old assessments and reports.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde_json::{Map, Value};

const NNBSP: char = '\u{202F}';
const NBSP: char = '\u{00A0}';

fn frameworks_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("frameworks")
}

fn read_json(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The newest version of each major version of each framework id (the releases a new
/// assessment can name) among the `*.json` files directly in `frameworks/`:
/// (file name, parsed document).
fn newest_frameworks() -> Vec<(String, Value)> {
    let mut newest: BTreeMap<(String, u64), (semver::Version, String, Value)> = BTreeMap::new();
    for entry in std::fs::read_dir(frameworks_dir()).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() || path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let doc = read_json(&path);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let id = doc["id"].as_str().unwrap_or_else(|| panic!("{name}: no id")).to_string();
        let version = semver::Version::parse(doc["version"].as_str().unwrap()).unwrap();
        let key = (id, version.major);
        if newest.get(&key).is_none_or(|(v, _, _)| *v < version) {
            newest.insert(key, (version, name, doc));
        }
    }
    assert!(newest.len() >= 3, "expected the built-in frameworks, found {:?}", newest.keys());
    newest.into_values().map(|(_, name, doc)| (name, doc)).collect()
}

/// Every localized map under `v`, with its JSON path: an object that has an `en` key and only
/// string values.
fn localized<'a>(v: &'a Value, path: &str, out: &mut Vec<(String, &'a Map<String, Value>)>) {
    match v {
        Value::Object(m) if m.contains_key("en") && m.values().all(Value::is_string) => out.push((path.to_string(), m)),
        Value::Object(m) => {
            for (k, x) in m {
                localized(x, &format!("{path}/{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let label = x.get("id").and_then(Value::as_str).map_or_else(|| i.to_string(), str::to_string);
                localized(x, &format!("{path}[{label}]"), out);
            }
        }
        _ => {}
    }
}

/// The texts of one language in the newest frameworks: (file: path, text).
fn texts(lang: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (name, doc) in newest_frameworks() {
        let mut maps = Vec::new();
        localized(&doc, "", &mut maps);
        for (path, m) in maps {
            if let Some(t) = m.get(lang).and_then(Value::as_str) {
                out.push((format!("{name}: {path}"), t.to_string()));
            }
        }
    }
    out
}

/// Every `id` value in a framework (groups, controls, levels' owners...): Arabic may cite them.
fn ids(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            if let Some(id) = m.get("id").and_then(Value::as_str) {
                out.insert(id.to_string());
            }
            m.values().for_each(|x| ids(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| ids(x, out)),
        _ => {}
    }
}

// ---------------------------------------------------------------------------------------------
// The checkers (pure functions, tested below on strings that must fail).

/// French typography faults: U+202F before `? ; !`, U+00A0 before `:`, after `«` and before `»`,
/// and no straight apostrophe.
fn french_typography_faults(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut faults = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        match c {
            '?' | ';' | '!' if before.is_some_and(char::is_whitespace) && before != Some(NNBSP) => {
                faults.push(format!("{:?} before `{c}` (want U+202F)", before.unwrap()));
            }
            ':' if before.is_some_and(char::is_whitespace) && before != Some(NBSP) => {
                faults.push(format!("{:?} before `:` (want U+00A0)", before.unwrap()));
            }
            '«' if after != Some(NBSP) => faults.push(format!("{after:?} after `«` (want U+00A0)")),
            '»' if before != Some(NBSP) => faults.push(format!("{before:?} before `»` (want U+00A0)")),
            '\'' => faults.push("straight apostrophe (want ’)".to_string()),
            _ => {}
        }
    }
    faults
}

fn is_arabic_letter(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c)
}

/// Arabic text as compared with the glossary: without diacritics (harakat, tanween, shadda,
/// sukun, dagger alif, tatweel), and with a word-initial لل (optionally after و or ف) read as
/// ل + ال, so that للفريق contains الفريق.
fn arabic_key(s: &str) -> String {
    let plain: Vec<char> = s.chars().filter(|c| !('\u{064B}'..='\u{0652}').contains(c) && *c != '\u{0670}' && *c != '\u{0640}').collect();
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    while i < plain.len() {
        let word_start = i == 0 || !is_arabic_letter(plain[i - 1]);
        if word_start {
            let conj = usize::from(matches!(plain[i], 'و' | 'ف') && plain.get(i + 1) == Some(&'ل') && plain.get(i + 2) == Some(&'ل'));
            if plain.get(i + conj) == Some(&'ل') && plain.get(i + conj + 1) == Some(&'ل') {
                out.extend(&plain[i..i + conj]);
                out.push_str("لال");
                i += conj + 2;
                continue;
            }
        }
        out.push(plain[i]);
        i += 1;
    }
    out
}

/// French text as compared with the glossary: either apostrophe, any case.
fn french_key(s: &str) -> String {
    s.replace('\'', "’").to_lowercase()
}

fn key(lang: &str, s: &str) -> String {
    if lang == "ar" {
        arabic_key(s)
    } else {
        french_key(s)
    }
}

struct Term {
    en: String,
    ar: String,
    fr: String,
    ar_short: Option<String>,
    reject: BTreeMap<String, Vec<String>>,
}

struct Glossary {
    terms: Vec<Term>,
    latin_allowed: Vec<String>,
    glossed: BTreeMap<String, String>,
}

/// Reads the glossary, panicking with the first malformed entry.
fn glossary_from(doc: &Value) -> Glossary {
    let terms = doc["terms"].as_array().expect("`terms` is an array");
    assert!(!terms.is_empty(), "the glossary has no terms");
    let mut out = Vec::new();
    for (i, t) in terms.iter().enumerate() {
        let field = |k: &str| -> String {
            let v = t.get(k).and_then(Value::as_str).unwrap_or_else(|| panic!("term {i} has no string `{k}`"));
            assert!(!v.trim().is_empty(), "term {i} has an empty `{k}`");
            v.to_string()
        };
        let (en, ar, fr, _note) = (field("en"), field("ar"), field("fr"), field("note"));
        assert!(ar.chars().any(is_arabic_letter), "term `{en}`: `ar` is not Arabic");
        if let Some(scope) = t.get("scope") {
            assert!(matches!(scope.as_str(), Some("ui" | "content")), "term `{en}`: scope is ui or content");
        }
        let ar_short = t.get("ar_short").map(|v| v.as_str().unwrap_or_else(|| panic!("term `{en}`: `ar_short` is a string")).to_string());
        if let Some(short) = &ar_short {
            assert!(arabic_key(&ar).starts_with(&arabic_key(short)), "term `{en}`: `ar_short` does not start `ar`");
        }
        let mut reject = BTreeMap::new();
        for (lang, list) in t["reject"].as_object().unwrap_or_else(|| panic!("term `{en}` has no `reject` object")) {
            assert!(lang == "ar" || lang == "fr", "term `{en}`: reject lists are for ar and fr, not {lang}");
            let list: Vec<String> =
                list.as_array().unwrap_or_else(|| panic!("term `{en}`: reject.{lang} is an array")).iter().map(|v| v.as_str().unwrap().to_string()).collect();
            assert!(list.iter().all(|v| !v.trim().is_empty()), "term `{en}`: empty rejected variant");
            reject.insert(lang.clone(), list);
        }
        out.push(Term { en, ar, fr, ar_short, reject });
    }
    let latin_allowed: Vec<String> =
        doc["arabic_latin_allowed"].as_array().expect("`arabic_latin_allowed` is an array").iter().map(|v| v.as_str().unwrap().to_string()).collect();
    let glossed: BTreeMap<String, String> = doc["arabic_glossed_acronyms"]
        .as_object()
        .expect("`arabic_glossed_acronyms` is an object")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
        .collect();
    for a in &latin_allowed {
        assert!(a.chars().any(|c| c.is_ascii_alphabetic()), "allowed Latin token `{a}` has no Latin letter");
    }
    for (acronym, gloss) in &glossed {
        assert!(acronym.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'), "glossed acronym `{acronym}`");
        assert!(gloss.chars().any(is_arabic_letter) && !gloss.chars().any(|c| c.is_ascii_alphabetic()), "gloss of {acronym} is Arabic only");
    }
    Glossary { terms: out, latin_allowed, glossed }
}

fn glossary() -> Glossary {
    glossary_from(&read_json(&frameworks_dir().join("glossary").join("glossary.json")))
}

/// The rejected variants that `text` (in `lang`) contains.
fn rejected_variants(g: &Glossary, lang: &str, text: &str) -> Vec<String> {
    let k = key(lang, text);
    g.terms.iter().flat_map(|t| t.reject.get(lang).into_iter().flatten()).filter(|v| k.contains(&key(lang, v))).cloned().collect()
}

/// Where the short form of a term appears in an Arabic text, its first occurrence must be the
/// start of the full term (the national CERT is named in full, then `الفريق الوطني`).
fn first_mention_faults(g: &Glossary, text: &str) -> Vec<String> {
    let k = arabic_key(text);
    let mut faults = Vec::new();
    for t in &g.terms {
        if let Some(short) = &t.ar_short {
            if let Some(i) = k.find(&arabic_key(short)) {
                if !k[i..].starts_with(&arabic_key(&t.ar)) {
                    faults.push(format!("first mention of `{short}` is not `{}`", t.ar));
                }
            }
        }
    }
    faults
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (('\u{00C0}'..='\u{024F}').contains(&c) && c != '×' && c != '÷')
}

/// Latin-script tokens of an Arabic text that are neither allowed as is, nor an id of the
/// framework, nor a glossed acronym written `<gloss> (<ACRONYM>)` at its first use.
fn latin_faults(g: &Glossary, framework_ids: &BTreeSet<String>, text: &str) -> Vec<String> {
    // Mask the allowed entries (longest first) with spaces of the same byte length.
    let mut masked = text.to_string();
    let mut allowed: Vec<&String> = g.latin_allowed.iter().collect();
    allowed.sort_by_key(|a| std::cmp::Reverse(a.len()));
    for a in allowed {
        masked = masked.replace(a.as_str(), &" ".repeat(a.len()));
    }
    let chars: Vec<(usize, char)> = masked.char_indices().collect();
    let word = |c: char| c.is_ascii_digit() || is_latin_letter(c);
    let mut faults = Vec::new();
    let mut seen = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        if !word(chars[i].1) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && (word(chars[j].1) || (matches!(chars[j].1, '.' | '/' | '_' | '+' | '-') && chars.get(j + 1).is_some_and(|&(_, c)| word(c)))) {
            j += 1;
        }
        let (start, end) = (chars[i].0, chars.get(j).map_or(masked.len(), |&(b, _)| b));
        i = j;
        let token = &masked[start..end];
        if !token.chars().any(is_latin_letter) || framework_ids.contains(token) {
            continue;
        }
        let Some(gloss) = g.glossed.get(token) else {
            faults.push(format!("`{token}` is neither allowed nor a glossed acronym"));
            continue;
        };
        if !seen.insert(token.to_string()) {
            continue; // only the first use is glossed
        }
        let glossed = arabic_key(&text[..start]).ends_with(&format!("{} (", arabic_key(gloss))) && text[end..].starts_with(')');
        if !glossed {
            faults.push(format!("first `{token}` is not written `{gloss} ({token})`"));
        }
    }
    faults
}

// ---------------------------------------------------------------------------------------------
// The tests.

#[test]
fn french_text_of_the_newest_frameworks_follows_french_typography() {
    let fr = texts("fr");
    assert!(fr.len() > 1000, "only {} French texts found", fr.len());
    let faults: Vec<String> = fr.iter().flat_map(|(at, t)| french_typography_faults(t).into_iter().map(move |f| format!("{at}: {f}\n    {t}"))).collect();
    assert!(faults.is_empty(), "{} French typography faults, e.g.:\n{}", faults.len(), faults.iter().take(10).cloned().collect::<Vec<_>>().join("\n"));
}

#[test]
fn glossary_is_well_formed() {
    let g = glossary();
    assert!(g.terms.len() >= 30, "{} terms", g.terms.len());
    let mut seen = BTreeSet::new();
    for t in &g.terms {
        assert!(seen.insert(t.en.clone()), "term `{}` twice", t.en);
        assert!(french_typography_faults(&t.fr).is_empty(), "term `{}`: French typography of `{}`", t.en, t.fr);
        // A rejected variant never occurs inside an accepted term, or the test would reject the
        // glossary's own wording.
        for (lang, variants) in &t.reject {
            for v in variants {
                for u in &g.terms {
                    let accepted = if lang == "ar" { &u.ar } else { &u.fr };
                    assert!(!key(lang, accepted).contains(&key(lang, v)), "`{v}` (rejected for `{}`) occurs in the accepted `{accepted}`", t.en);
                }
            }
        }
    }
    // The national CERT has one Arabic form, glossed with its acronym.
    let cert = g.terms.iter().find(|t| t.en == "national CERT/CSIRT").expect("a national CERT term");
    assert!(cert.ar.ends_with("(CERT)") && cert.ar_short.is_some() && cert.fr == "CERT national");
    assert!(cert.ar.starts_with(&g.glossed["CERT"]));
}

#[test]
fn no_text_of_the_newest_frameworks_uses_a_rejected_variant() {
    let g = glossary();
    let mut faults = Vec::new();
    for lang in ["ar", "fr"] {
        for (at, t) in texts(lang) {
            for v in rejected_variants(&g, lang, &t) {
                faults.push(format!("{at} [{lang}]: `{v}`\n    {t}"));
            }
        }
    }
    assert!(faults.is_empty(), "{} rejected variants in use:\n{}", faults.len(), faults.join("\n"));
}

#[test]
fn arabic_names_the_national_cert_in_full_at_its_first_mention() {
    let g = glossary();
    let faults: Vec<String> =
        texts("ar").into_iter().flat_map(|(at, t)| first_mention_faults(&g, &t).into_iter().map(move |f| format!("{at}: {f}\n    {t}"))).collect();
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn latin_script_in_arabic_is_an_allowed_identifier_or_a_glossed_acronym() {
    let g = glossary();
    let mut faults = Vec::new();
    let mut latin = 0;
    for (name, doc) in newest_frameworks() {
        let mut framework_ids = BTreeSet::new();
        ids(&doc, &mut framework_ids);
        let mut maps = Vec::new();
        localized(&doc, "", &mut maps);
        for (path, m) in maps {
            let Some(ar) = m.get("ar").and_then(Value::as_str) else { continue };
            latin += usize::from(ar.chars().any(|c| c.is_ascii_alphabetic()));
            faults.extend(latin_faults(&g, &framework_ids, ar).into_iter().map(|f| format!("{name}: {path}: {f}\n    {ar}")));
        }
    }
    assert!(latin > 10, "the check saw only {latin} Arabic texts with Latin script");
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// The checkers can fail: each fault the tests look for is caught in a small example, and the
/// correct form passes.
#[test]
fn the_checkers_catch_what_they_are_for() {
    // French typography.
    assert_eq!(french_typography_faults("Est-ce prêt ?").len(), 1);
    assert_eq!(french_typography_faults("Preuves : le décret").len(), 1);
    assert_eq!(french_typography_faults("Preuves\u{202F}: le décret").len(), 1, "a narrow space before `:`");
    assert_eq!(french_typography_faults("un point ; un autre").len(), 1);
    assert_eq!(french_typography_faults("« tout le monde »").len(), 2);
    assert_eq!(french_typography_faults("«tout»").len(), 2);
    assert_eq!(french_typography_faults("l'institution").len(), 1);
    assert!(
        french_typography_faults("Est-ce prêt\u{202F}? Preuves\u{00A0}: «\u{00A0}tout\u{00A0}» ; l’institution").len() == 1,
        "only the plain space before `;`"
    );
    assert!(french_typography_faults("Est-ce prêt\u{202F}? Preuves\u{00A0}: «\u{00A0}tout\u{00A0}»\u{202F}; l’institution 24 h/24").is_empty());

    // Arabic comparison keys.
    assert_eq!(arabic_key("للفريقَ الوطنيّ"), "لالفريق الوطني");
    assert_eq!(arabic_key("وللفريق"), "ولالفريق");
    assert_eq!(arabic_key("الفريق"), "الفريق");

    // Rejected variants, with diacritics and case that differ from the glossary.
    let doc = serde_json::json!({
        "terms": [
            {"en": "national CERT/CSIRT", "ar": "الفريق الوطني للاستجابة لطوارئ الحاسوب (CERT)", "fr": "CERT national",
             "note": "n", "ar_short": "الفريق الوطني", "reject": {"ar": ["فريق الاستجابة الوطني"], "fr": []}},
            {"en": "workforce", "ar": "القوى العاملة", "fr": "effectifs", "note": "n", "reject": {"ar": [], "fr": ["main-d’œuvre"]}}
        ],
        "arabic_latin_allowed": ["ISO/IEC 27001", "TLS"],
        "arabic_glossed_acronyms": {"CERT": "الفريق الوطني للاستجابة لطوارئ الحاسوب", "VPN": "الشبكة الافتراضية الخاصة"}
    });
    let g = glossary_from(&doc);
    assert_eq!(rejected_variants(&g, "ar", "تنبيهات فريقُ الاستجابة الوطنيّ"), ["فريق الاستجابة الوطني"]);
    assert_eq!(rejected_variants(&g, "fr", "La Main-d'œuvre nationale"), ["main-d’œuvre"]);
    assert!(rejected_variants(&g, "ar", "تنبيهات الفريق الوطني للاستجابة لطوارئ الحاسوب (CERT)").is_empty());

    // The national CERT in full at its first mention.
    assert_eq!(first_mention_faults(&g, "يقيس الفريق الوطني الأداء").len(), 1);
    assert!(first_mention_faults(&g, "هل للفريقِ الوطني للاستجابة لطوارئ الحاسوب (CERT) بند، وهل ينشر الفريق الوطني تقريرًا؟").is_empty());

    // Latin script in Arabic.
    let ids = BTreeSet::from(["LEG.3".to_string()]);
    assert!(latin_faults(&g, &ids, "شهادة ISO/IEC 27001 وتشفير TLS ضمن الركيزة (LEG.3).").is_empty());
    assert_eq!(latin_faults(&g, &ids, "شبكة VPN للموردين").len(), 1, "an unglossed acronym");
    assert_eq!(latin_faults(&g, &ids, "منصة MISP").len(), 1, "a token that is not in the list");
    assert_eq!(latin_faults(&g, &ids, "شهادة ISO/IEC 27002").len(), 1, "only the listed identifier is allowed");
    assert!(latin_faults(&g, &ids, "عبر الشبكة الافتراضية الخاصة (VPN)، ثم عبر VPN مرة أخرى").is_empty(), "glossed once, at its first use");
    assert!(latin_faults(&g, &ids, "وللفريق الوطني للاستجابة لطوارئ الحاسوب (CERT) الإبلاغ").is_empty(), "لل + ال");
    assert_eq!(latin_faults(&g, &ids, "عضو في (CERT) الفريق الوطني للاستجابة لطوارئ الحاسوب").len(), 1, "the gloss comes first");

    // The walker finds nested localized maps and nothing else.
    let mut maps = Vec::new();
    let v = serde_json::json!({"title": {"en": "T", "ar": "ع"}, "groups": [{"id": "G", "scale": "x", "levels": [1, 2], "title": {"en": "G"}}], "x": {"en": 1}});
    localized(&v, "", &mut maps);
    let mut paths: Vec<&str> = maps.iter().map(|(p, _)| p.as_str()).collect();
    paths.sort_unstable();
    assert_eq!(paths, ["/groups[G]/title", "/title"]);
}
