//! The assessment model: a set of answers to one framework.

use schemars::JsonSchema;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::mapping::Provenance;
use crate::model::merge::MergeRecord;

/// An answered (or partly answered) questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Optional pointer to the JSON Schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Which framework this answers.
    pub framework: FrameworkRequirement,
    /// Who or what is assessed.
    pub subject: Subject,
    /// Who answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<Assessor>,
    /// When the assessment started, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<String>,
    /// When the assessment was completed, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<String>,
    /// The target profile for gap analysis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// Responses keyed by control id.
    #[serde(default)]
    pub responses: Responses,
    /// For an assessment merged from several respondents' (`kalkan merge`): the rule, the
    /// respondents, who answered what and the conflicts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge: Option<MergeRecord>,
}

/// A framework id and a semantic-version requirement, read as Cargo reads it (`1.2` means `^1.2`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct FrameworkRequirement {
    /// The framework's id.
    pub id: String,
    /// A requirement such as `^1.2`, `1`, `>=1.0, <3` or `=1.0.0`.
    pub version: String,
}

/// Who or what is assessed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Subject {
    /// The organisation's (or country's) name.
    pub name: String,
    /// E.g. `country`, `ministry`, `agency`, `organisation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-2 code, e.g. `TR` (or a user-assigned `QM` to `QZ` for a fictional
    /// country).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// E.g. `health`, `finance`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// A region of several countries, e.g. `west-africa`, for regional benchmarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The organisation's size class, e.g. `small`, `medium`, `large`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
}

/// Who carried out the assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Assessor {
    /// A stable identifier of the person (staff number, email): what tells respondents apart
    /// when several assessments are merged (else `email`, else `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The person's name.
    pub name: String,
    /// Their unit or organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// How to reach them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// The answer to one control.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
// In TypeScript `Response` would shadow the DOM's `Response` inside the generated module.
#[cfg_attr(feature = "tsify", tsify(type_prefix = "Control"))]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// The chosen option's id in the control's scale.
    pub option: String,
    /// The respondent's remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// References to evidence (document names, links).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// When it was answered (RFC 3339 timestamp or `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_at: Option<String>,
    /// Where the answer came from, when it was carried over from another framework version or
    /// framework by a migration (absent for answers given to this framework).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Provenance"))]
    pub provenance: Option<Provenance>,
}

/// Responses keyed by control id, in the order they appear in the file.
///
/// Serialized as a JSON object. Duplicate keys are kept so that validation can report them
/// instead of silently keeping one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Responses(#[cfg_attr(feature = "tsify", tsify(type = "Record<string, ControlResponse>"))] Vec<(String, Response)>);

impl Responses {
    /// The response to `control`, if any (the first one when duplicated).
    pub fn get(&self, control: &str) -> Option<&Response> {
        self.0.iter().find(|(k, _)| k == control).map(|(_, r)| r)
    }

    /// Sets or replaces the response to `control`.
    pub fn set(&mut self, control: impl Into<String>, response: Response) {
        let control = control.into();
        match self.0.iter_mut().find(|(k, _)| *k == control) {
            Some(slot) => slot.1 = response,
            None => self.0.push((control, response)),
        }
    }

    /// Inserts a response to `control` at `index` (entries after it move down), keeping any
    /// other response to it. Use [`Responses::set`] to replace.
    pub fn insert(&mut self, index: usize, control: impl Into<String>, response: Response) {
        let index = index.min(self.0.len());
        self.0.insert(index, (control.into(), response));
    }

    /// Removes every response to `control`; returns the first one.
    pub fn remove(&mut self, control: &str) -> Option<Response> {
        let first = self.0.iter().position(|(k, _)| k == control)?;
        let removed = self.0.remove(first).1;
        self.0.retain(|(k, _)| k != control);
        Some(removed)
    }

    /// The number of entries (duplicates included).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is no response.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries in file order: `(control id, response)`.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Response)> {
        self.0.iter().map(|(k, r)| (k.as_str(), r))
    }
}

impl FromIterator<(String, Response)> for Responses {
    fn from_iter<I: IntoIterator<Item = (String, Response)>>(iter: I) -> Self {
        Responses(iter.into_iter().collect())
    }
}

impl Serialize for Responses {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Responses {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Responses;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object mapping control ids to responses")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Responses, A::Error> {
                let mut out = Vec::with_capacity(m.size_hint().unwrap_or(0));
                while let Some((k, v)) = m.next_entry::<String, Response>()? {
                    out.push((k, v));
                }
                Ok(Responses(out))
            }
        }
        d.deserialize_map(V)
    }
}

impl JsonSchema for Responses {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Responses".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let response = generator.subschema_for::<Response>();
        schemars::json_schema!({
            "type": "object",
            "description": "Responses keyed by control id.",
            "additionalProperties": response
        })
    }
}
