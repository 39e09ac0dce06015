//! Kalkan's own words in English, Arabic and French: one message catalog (Project Fluent,
//! `core/l10n/*.ftl`) for every front end, with CLDR plural rules (through Fluent's selectors),
//! numbers written the language's way, and French typography applied by construction.
//!
//! ```
//! use kalkan::l10n::{message, Arg};
//! assert_eq!(message("en", "warning-incomplete", &[("unanswered", Arg::from(2)), ("controls", Arg::from(9))]),
//!            "unanswered controls: 2 of 9; they count as not met");
//! // French gets its no-break spaces (U+00A0 before `:`, U+202F before `;`) from the core.
//! assert!(message("fr", "warning-incomplete", &[("unanswered", Arg::from(2)), ("controls", Arg::from(9))]).contains("\u{a0}:"));
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde_json::Value;

/// The languages of the catalog (the OIC's official languages), English first.
pub const LANGUAGES: [&str; 3] = ["en", "ar", "fr"];

const SOURCES: [(&str, &str); 3] = [("en", include_str!("../l10n/en.ftl")), ("ar", include_str!("../l10n/ar.ftl")), ("fr", include_str!("../l10n/fr.ftl"))];

/// A value for a message's variable: a text, or a number (which also selects plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Inserted as it is.
    Text(String),
    /// Written the language's way; selects CLDR plural categories (`zero`, `one`, `two`, `few`,
    /// `many`, `other`).
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

struct Catalog {
    bundles: Vec<(&'static str, FluentBundle<FluentResource>)>,
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let bundles = SOURCES
            .iter()
            .map(|(lang, source)| {
                let id = lang.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Placeables are ids, numbers and people's texts; isolation marks would only show
                // up as invisible characters in terminals and spreadsheets.
                bundle.set_use_isolating(false);
                bundle.set_formatter(Some(if *lang == "fr" { format_fr } else { format_dot }));
                if *lang == "fr" {
                    bundle.set_transform(Some(french));
                }
                // Plural forms are chosen by `PLURAL($n)`, which follows CLDR (see `plural_category`).
                let tag: &'static str = lang;
                let _ = bundle.add_function("PLURAL", move |positional, _named| {
                    let category = match positional.first() {
                        Some(FluentValue::Number(n)) => plural_category(tag, n.value),
                        Some(FluentValue::String(s)) => s.parse::<f64>().map_or("other", |n| plural_category(tag, n)),
                        _ => "other",
                    };
                    FluentValue::from(category)
                });
                // A syntax error in a catalog file is caught by the test suite, entry by entry.
                let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
                let _ = bundle.add_resource(resource);
                (*lang, bundle)
            })
            .collect();
        Catalog { bundles }
    })
}

/// The catalog language for a language tag: `fr-CA` is French, an unknown language is English.
pub fn language(tag: &str) -> &'static str {
    let primary = tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase();
    LANGUAGES.iter().copied().find(|l| *l == primary).unwrap_or("en")
}

fn bundle(lang: &str) -> Option<&'static FluentBundle<FluentResource>> {
    let lang = language(lang);
    catalog().bundles.iter().find(|(l, _)| *l == lang).map(|(_, b)| b)
}

/// The message `id` in `lang` with `args`. A message missing in `lang` falls back to English,
/// and one missing altogether is its id (the test suite makes sure neither happens).
pub fn message(lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
    let fargs = fluent_args(args);
    format(lang, id, &fargs).or_else(|| format("en", id, &fargs)).unwrap_or_else(|| id.to_string())
}

fn format(lang: &str, id: &str, args: &FluentArgs) -> Option<String> {
    format_checked(lang, id, args).ok().or_else(|| {
        // A message with a formatting error (a missing variable) still reads better than its id.
        let b = bundle(lang)?;
        let pattern = b.get_message(id)?.value()?;
        Some(b.format_pattern(pattern, Some(args), &mut Vec::new()).into_owned())
    })
}

fn format_checked(lang: &str, id: &str, args: &FluentArgs) -> Result<String, String> {
    let b = bundle(lang).ok_or_else(|| format!("no catalog for `{lang}`"))?;
    let pattern = b.get_message(id).and_then(|m| m.value()).ok_or_else(|| format!("no message `{id}` in `{lang}`"))?;
    let mut errors = Vec::new();
    let out = b.format_pattern(pattern, Some(args), &mut errors);
    if errors.is_empty() {
        Ok(out.into_owned())
    } else {
        Err(format!("`{id}` in `{lang}`: {}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))
    }
}

/// [`message`], but an error when the message is missing in `lang` (no fallback) or its
/// formatting reports a problem (such as a variable it uses that `args` lacks). For tests and
/// tools that check the catalog.
pub fn message_checked(lang: &str, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
    format_checked(lang, id, &fluent_args(args))
}

/// The catalog's arguments for a problem's (or a warning's) details in `lang` (texts and numbers
/// as they are, lists joined, with their length as `<name>_count`).
pub fn details_arguments(lang: &str, details: &BTreeMap<String, Value>) -> Vec<(String, Arg)> {
    details_args(lang, details)
}

fn fluent_args<'a>(args: &'a [(&'a str, Arg)]) -> FluentArgs<'a> {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Text(s) => fargs.set(*k, FluentValue::from(s.as_str())),
            Arg::Number(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    fargs
}

/// Whether the catalog has `id` (in English).
pub fn has_message(id: &str) -> bool {
    bundle("en").is_some_and(|b| b.has_message(id))
}

/// Every message id of the catalog in `lang`, as written in its file.
pub fn message_ids(lang: &str) -> Vec<&'static str> {
    let source = SOURCES.iter().find(|(l, _)| *l == language(lang)).map_or("", |(_, s)| s);
    source.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase())).filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim())).collect()
}

/// Message arguments from a problem's details: texts and numbers as they are, lists quoted and
/// joined with the language's separator (and their length as `<name>_count`), booleans as
/// `yes` / `no`.
pub(crate) fn details_args(lang: &str, details: &BTreeMap<String, Value>) -> Vec<(String, Arg)> {
    let sep = message(lang, "list-separator", &[]);
    let mut out = Vec::with_capacity(details.len());
    for (k, v) in details {
        match v {
            Value::Array(items) => {
                // List items are ids and codes: quoted like the other values people may type.
                let texts: Vec<String> = items.iter().map(|v| format!("`{}`", plain(v))).collect();
                out.push((format!("{k}_count"), Arg::from(texts.len())));
                out.push((k.clone(), Arg::Text(texts.join(&sep))));
            }
            Value::Number(n) => out.push((k.clone(), n.as_f64().map_or_else(|| Arg::Text(n.to_string()), Arg::Number))),
            other => out.push((k.clone(), Arg::Text(plain(other)))),
        }
    }
    out
}

fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// [`message`] with owned argument names.
pub(crate) fn message_with(lang: &str, id: &str, args: &[(String, Arg)]) -> String {
    let borrowed: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    message(lang, id, &borrowed)
}

/// The CLDR cardinal plural category of `n` in `lang`: `zero`, `one`, `two`, `few`, `many` or
/// `other`. Written out here (for English, French and Arabic) because the rules Fluent ships
/// with (`intl_pluralrules` 7.0.2) test Arabic's `few` and `many` on the number itself instead of
/// `n % 100`, which words 106 and 111 wrongly.
///
/// ```
/// use kalkan::l10n::plural_category;
/// assert_eq!(plural_category("ar", 106.0), "few");
/// assert_eq!(plural_category("ar", 111.0), "many");
/// assert_eq!(plural_category("fr", 0.0), "one");
/// ```
pub fn plural_category(lang: &str, n: f64) -> &'static str {
    let integer = n.fract() == 0.0 && n.is_finite();
    let i = n.abs().trunc();
    match language(lang) {
        "ar" if integer => {
            let m = i % 100.0;
            if i == 0.0 {
                "zero"
            } else if i == 1.0 {
                "one"
            } else if i == 2.0 {
                "two"
            } else if (3.0..=10.0).contains(&m) {
                "few"
            } else if (11.0..=99.0).contains(&m) {
                "many"
            } else {
                "other"
            }
        }
        "ar" => "other",
        // French: 0 and 1 (and 0.x, 1.x) are singular; exact millions take `many`.
        "fr" if i == 0.0 || i == 1.0 => "one",
        "fr" if integer && i % 1_000_000.0 == 0.0 => "many",
        "fr" => "other",
        _ if integer && i == 1.0 => "one",
        _ => "other",
    }
}

/// `v` with `decimals` decimals, the language's way (`57.1`, `57,1`). Exact ties round away from
/// zero, as `Intl.NumberFormat` does, so a figure reads the same everywhere.
pub fn number(lang: &str, v: f64, decimals: usize) -> String {
    let s = format!("{:.decimals$}", away_from_zero_on_ties(v, decimals));
    // `-0.0` would read oddly in a report.
    let s = match s.strip_prefix('-') {
        Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_string(),
        _ => s,
    };
    if language(lang) == "fr" {
        s.replace('.', ",")
    } else {
        s
    }
}

/// A percentage (`v` already in 0-100) with one decimal: `50.0%`, `50,0 %` (narrow no-break
/// space in French).
pub fn percent(lang: &str, v: f64) -> String {
    let n = number(lang, v, 1);
    if language(lang) == "fr" {
        format!("{n}\u{202f}%")
    } else {
        format!("{n}%")
    }
}

/// `v`, nudged to the next representable number away from zero when its exact decimal expansion
/// is a tie at `decimals` places (digit 5 followed only by zeros).
fn away_from_zero_on_ties(v: f64, decimals: usize) -> f64 {
    let exact = format!("{:.80}", v.abs());
    let Some(dot) = exact.find('.') else { return v };
    let rest = exact.get(dot + 1 + decimals..).unwrap_or("");
    let tie = rest.starts_with('5') && rest.get(1..).unwrap_or("").bytes().all(|b| b == b'0');
    match (tie, v > 0.0) {
        (true, true) => v.next_up(),
        (true, false) => v.next_down(),
        (false, _) => v,
    }
}

fn fluent_number(n: &FluentNumber) -> (f64, usize) {
    let decimals = n.options.minimum_fraction_digits.or(n.options.maximum_fraction_digits).unwrap_or(if n.value.fract() == 0.0 { 0 } else { 1 });
    (n.value, decimals)
}

fn format_dot<M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => {
            let (value, decimals) = fluent_number(n);
            Some(number("en", value, decimals))
        }
        _ => None,
    }
}

fn format_fr<M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => {
            let (value, decimals) = fluent_number(n);
            Some(number("fr", value, decimals))
        }
        _ => None,
    }
}

/// French typography for interface text: a narrow no-break space (U+202F) before `;`, `?`, `!`
/// and `%`, a no-break space (U+00A0) before `:` and inside `« »`, and the typographic apostrophe.
/// Applied to the text of French catalog messages (never to the values put into them).
///
/// ```
/// assert_eq!(kalkan::l10n::french("Niveau : 2 ; « oui » ? l'aide"), "Niveau\u{a0}: 2\u{202f}; «\u{a0}oui\u{a0}»\u{202f}? l’aide");
/// ```
pub fn french(s: &str) -> Cow<'_, str> {
    if !s.contains([':', ';', '?', '!', '«', '»', '\'', '%']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        match c {
            ' ' if matches!(next, Some(':' | '»')) => out.push('\u{a0}'),
            ' ' if matches!(next, Some(';' | '?' | '!' | '%')) => out.push('\u{202f}'),
            ' ' if i > 0 && chars.get(i - 1) == Some(&'«') => out.push('\u{a0}'),
            '\'' => out.push('’'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number("en", 57.142857, 1), "57.1");
        assert_eq!(number("fr", 57.142857, 1), "57,1");
        assert_eq!(percent("fr", 50.0), "50,0\u{202f}%");
        assert_eq!(percent("ar", 100.0), "100.0%");
        assert_eq!(number("en", -0.01, 1), "0.0");
        // Ties round away from zero (like Intl.NumberFormat); near-ties follow the exact value.
        assert_eq!(number("en", 56.25, 1), "56.3");
        assert_eq!(number("en", 0.125, 2), "0.13");
        assert_eq!(number("en", -2.5, 0), "-3");
        assert_eq!(number("en", 0.35, 1), "0.3");
        assert_eq!(number("en", 62.5, 1), "62.5");
    }

    #[test]
    fn french_typography_is_idempotent_and_leaves_other_text_alone() {
        let once = french("Question : oui ? « non » ; d'accord !");
        assert_eq!(french(&once), once);
        assert!(!once.contains(" :") && !once.contains(" ?") && !once.contains("« ") && !once.contains('\''));
        assert_eq!(french("https://x.org/a?b=1"), "https://x.org/a?b=1");
    }

    #[test]
    fn languages_resolve_to_the_catalog() {
        assert_eq!(language("fr-CA"), "fr");
        assert_eq!(language("AR"), "ar");
        assert_eq!(language("de"), "en");
    }
}
