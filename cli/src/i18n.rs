//! The tool's words come from the core's message catalog (`kalkan::l10n`, `core/l10n/*.ftl`),
//! the one catalog every front end uses; this module names the languages the tool speaks and
//! fills messages in. Framework texts come from the framework, not from here.

use clap::ValueEnum;
use kalkan::l10n::{self, Arg};

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Ar,
    Fr,
}

/// The variables of the messages the tool fills in by position (`Lang::f`), in order.
const VARIABLES: &[(&str, &[&str])] = &[
    ("at-line-column", &["line", "column"]),
    ("level-of", &["n", "total"]),
    ("by-target-level", &["level"]),
    ("more-gaps", &["count"]),
    ("generated-by", &["version"]),
    ("question-count", &["n", "total"]),
    ("resuming", &["answered", "total"]),
    ("answer-prompt", &["max"]),
    ("invalid-choice", &["max"]),
    ("saved", &["answered", "total"]),
    ("stopped", &["answered", "total", "file"]),
    ("finished", &["answered", "total", "file"]),
];

impl Lang {
    /// The language tag used in framework texts, the catalog and HTML (`en`, `ar`, `fr`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Fr => "fr",
        }
    }

    pub fn is_rtl(self) -> bool {
        kalkan::is_rtl(self.code())
    }

    /// The catalog message `id`, which has no variables. Formatted once per language and kept
    /// for the life of the process (the catalog is small and fixed), so it can be used as a
    /// `&'static str` like a literal.
    pub fn t(self, id: &str) -> &'static str {
        use std::collections::HashMap;
        use std::sync::{Mutex, OnceLock};
        static CACHE: OnceLock<Mutex<HashMap<(Lang, String), &'static str>>> = OnceLock::new();
        let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
        let Ok(mut cache) = cache.lock() else { return "" };
        cache.entry((self, id.to_string())).or_insert_with(|| Box::leak(l10n::message(self.code(), id, &[]).into_boxed_str()))
    }

    /// The catalog message `id` with its variables given in order (see `VARIABLES`). Values that
    /// are whole numbers are passed as numbers, so they choose plural forms.
    pub fn f(self, id: &str, values: &[&str]) -> String {
        let names = VARIABLES.iter().find(|(m, _)| *m == id).map_or(&[][..], |(_, n)| *n);
        let args: Vec<(&str, Arg)> = names.iter().zip(values).map(|(name, v)| (*name, v.parse::<u64>().map_or_else(|_| Arg::from(*v), Arg::from))).collect();
        l10n::message(self.code(), id, &args)
    }

    /// A number with `decimals` decimals, the language's way (`57.1`, `57,1`).
    pub fn num(self, v: f64, decimals: usize) -> String {
        l10n::number(self.code(), v, decimals)
    }

    /// A percentage (`v` already in 0-100) with one decimal.
    pub fn pct(self, v: f64) -> String {
        l10n::percent(self.code(), v)
    }

    /// "Label:" with the language's punctuation.
    pub fn colon(self, label: &str) -> String {
        l10n::message(self.code(), "label-colon", &[("label", Arg::from(label))])
    }

    /// "Label: value" with the language's punctuation.
    pub fn labelled(self, label: &str, value: &str) -> String {
        l10n::message(self.code(), "labelled", &[("label", Arg::from(label)), ("value", Arg::from(value))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_labels_follow_the_language() {
        assert_eq!(Lang::En.num(57.142857, 1), "57.1");
        assert_eq!(Lang::Fr.num(57.142857, 1), "57,1");
        assert_eq!(Lang::Fr.pct(50.0), "50,0\u{202f}%");
        assert_eq!(Lang::En.f("level-of", &["1", "3"]), "1 of 3");
        assert_eq!(Lang::Ar.f("level-of", &["1", "3"]), "1 من 3");
        assert_eq!(Lang::Fr.labelled("Niveau", "2"), "Niveau\u{a0}: 2");
        assert_eq!(Lang::En.colon("Notes"), "Notes:");
    }

    #[test]
    fn every_positional_message_exists_with_those_variables() {
        for (id, names) in VARIABLES {
            let args: Vec<(&str, Arg)> = names.iter().map(|n| (*n, Arg::from(2))).collect();
            for lang in [Lang::En, Lang::Ar, Lang::Fr] {
                assert!(l10n::message_checked(lang.code(), id, &args).is_ok(), "{id} in {lang:?}");
            }
        }
    }
}
