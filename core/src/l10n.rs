//! Kalkan's own words in English, Arabic and French: one message catalog (Project Fluent,
//! `core/l10n/*.ftl`) for every front end, with CLDR plural rules (through Fluent's selectors),
//! numbers written the language's way, and French typography applied by construction.
//!
//! The `.ftl` files are parsed at build time by Fluent's parser and embedded compiled; the core
//! formats them with its own resolver of the Fluent the catalog uses (`l10n/catalog.rs`), which
//! the test suite checks against `fluent-bundle`. English is always embedded; Arabic and French
//! with the `translations` feature (on by default), or else added with [`add_catalog`].
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

use serde_json::Value;

mod catalog;

use catalog::Catalog;

/// The languages of the catalog (the OIC's official languages), English first.
pub const LANGUAGES: [&str; 3] = ["en", "ar", "fr"];

// The compiled catalogs of this build (`build.rs`): English always, Arabic and French with the
// `translations` feature.
include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

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

/// Each language's catalog, in the order of [`LANGUAGES`]: read from the build's own copy at
/// first use, or added with [`add_catalog`].
fn slot(lang: &'static str) -> Option<&'static OnceLock<Catalog>> {
    static SLOTS: [OnceLock<Catalog>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    LANGUAGES.iter().position(|l| *l == lang).and_then(|i| SLOTS.get(i))
}

fn bundle(tag: &str) -> Option<&'static Catalog> {
    let lang = language(tag);
    let slot = slot(lang)?;
    if let Some(c) = slot.get() {
        return Some(c);
    }
    let (_, text) = EMBEDDED.iter().find(|(l, _)| *l == lang)?;
    // The build wrote this text; a catalog it cannot read is caught by the test suite.
    Some(slot.get_or_init(|| Catalog::parse(text).unwrap_or_else(|_| Catalog::empty(lang))))
}

/// Adds a compiled catalog (as [`compiled_catalog`] gives it) for a language this build does
/// not embed, and returns its language. The lean WebAssembly engine embeds only English: its
/// page fetches the Arabic and French catalogs and adds them here. A language that already has
/// its catalog keeps it.
///
/// ```
/// let fr = kalkan::l10n::compiled_catalog("fr").unwrap();
/// assert_eq!(kalkan::l10n::add_catalog(fr), Ok("fr"));
/// ```
pub fn add_catalog(compiled: &str) -> Result<&'static str, String> {
    let catalog = Catalog::parse(compiled)?;
    let lang = catalog.lang;
    if let Some(slot) = slot(lang) {
        if bundle(lang).is_none() {
            let _ = slot.set(catalog);
        }
    }
    Ok(lang)
}

/// The compiled catalog of `lang` as this build embeds it (the text [`add_catalog`] reads), or
/// `None` for a language it does not embed.
pub fn compiled_catalog(lang: &str) -> Option<&'static str> {
    EMBEDDED.iter().find(|(l, _)| *l == lang).map(|(_, text)| *text)
}

/// Whether the catalog of `lang` is there (embedded or added).
pub fn has_catalog(lang: &str) -> bool {
    LANGUAGES.contains(&lang) && bundle(lang).is_some()
}

/// The catalog language for a language tag: `fr-CA` is French, an unknown language is English.
pub fn language(tag: &str) -> &'static str {
    let primary = tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase();
    LANGUAGES.iter().copied().find(|l| *l == primary).unwrap_or("en")
}

/// The message `id` in `lang` with `args`. A message missing in `lang` falls back to English,
/// and one missing altogether is its id (the test suite makes sure neither happens).
pub fn message(lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
    // A message with a formatting problem (a missing variable) still reads better than its id.
    let format = |lang: &str| bundle(lang).and_then(|c| c.format(id, args)).map(|(text, _)| text);
    format(lang).or_else(|| format("en")).unwrap_or_else(|| id.to_string())
}

/// [`message`], but an error when the message is missing in `lang` (no fallback) or its
/// formatting reports a problem (such as a variable it uses that `args` lacks). For tests and
/// tools that check the catalog.
pub fn message_checked(lang: &str, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
    let c = bundle(lang).ok_or_else(|| format!("no catalog for `{lang}`"))?;
    let (text, problems) = c.format(id, args).ok_or_else(|| format!("no message `{id}` in `{lang}`"))?;
    if problems.is_empty() {
        Ok(text)
    } else {
        Err(format!("`{id}` in `{lang}`: {}", problems.join("; ")))
    }
}

/// The catalog's arguments for a problem's (or a warning's) details in `lang` (texts and numbers
/// as they are, lists joined, with their length as `<name>_count`).
pub fn details_arguments(lang: &str, details: &BTreeMap<String, Value>) -> Vec<(String, Arg)> {
    details_args(lang, details)
}

/// Whether the catalog has `id` (in English).
pub fn has_message(id: &str) -> bool {
    bundle("en").is_some_and(|c| c.has(id))
}

/// Every message id of the catalog in `lang`, as written in its file (none for a language
/// whose catalog is not there).
pub fn message_ids(lang: &str) -> Vec<&'static str> {
    bundle(lang).map(|c| c.ids.iter().map(String::as_str).collect()).unwrap_or_default()
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
