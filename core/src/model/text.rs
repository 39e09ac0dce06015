//! Localized text: a map from language tag to text.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The language every text must have.
pub const REQUIRED_LANGUAGE: &str = "en";
/// The languages every respondent-facing text is expected in (the OIC's official languages).
pub const EXPECTED_LANGUAGES: [&str; 3] = ["en", "ar", "fr"];

/// A text in several languages, keyed by language tag (`en`, `ar`, `fr`, ...).
///
/// Keys are kept sorted so serialization is deterministic.
///
/// ```
/// use kalkan::Text;
/// let t = Text::from_pairs([("en", "Governance"), ("fr", "Gouvernance")]);
/// assert_eq!(t.get("fr"), Some("Gouvernance"));
/// assert_eq!(t.get_or_english("ar"), Some("Governance"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// Builds a text from `(language, text)` pairs.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Text(pairs.into_iter().map(|(l, t)| (l.to_owned(), t.to_owned())).collect())
    }

    /// The text in `lang`, if present and not blank.
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).map(String::as_str).filter(|s| !s.trim().is_empty())
    }

    /// The text in `lang`, falling back to English.
    pub fn get_or_english(&self, lang: &str) -> Option<&str> {
        self.get(lang).or_else(|| self.get(REQUIRED_LANGUAGE))
    }

    /// The text in `lang`, falling back to English, then to the empty string.
    pub fn display(&self, lang: &str) -> &str {
        self.get_or_english(lang).unwrap_or("")
    }

    /// The expected languages this text lacks.
    pub fn missing_languages(&self) -> Vec<&'static str> {
        EXPECTED_LANGUAGES.iter().copied().filter(|l| self.get(l).is_none()).collect()
    }
}

/// Serde for a text that older files wrote as a plain string (taken as English): a plain string
/// reads as `{"en": …}`, and a text with only English writes back as a plain string, so the
/// canonical form (and the digest) of those files does not change.
pub(crate) mod text_or_string {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{Text, REQUIRED_LANGUAGE};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        Plain(String),
        Localized(Text),
    }

    pub fn serialize<S: Serializer>(t: &Text, s: S) -> Result<S::Ok, S::Error> {
        match (t.0.len(), t.0.get(REQUIRED_LANGUAGE)) {
            (0, _) => s.serialize_str(""),
            (1, Some(en)) => s.serialize_str(en),
            _ => t.serialize(s),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        Ok(match Either::deserialize(d)? {
            Either::Plain(s) if s.is_empty() => Text::default(),
            Either::Plain(s) => Text::from_pairs([(REQUIRED_LANGUAGE, s.as_str())]),
            Either::Localized(t) => t,
        })
    }

    /// The schema: a plain string (English), or a text by language.
    pub fn schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let text = generator.subschema_for::<Text>();
        schemars::json_schema!({ "anyOf": [{ "type": "string" }, text] })
    }
}
