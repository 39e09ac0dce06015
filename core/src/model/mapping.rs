//! The mapping document: how the controls of one framework version relate to those of another
//! version or another framework, in the relationship vocabulary of the OSCAL mapping model.
//!
//! Each entry reads as a sentence, source first: *source control* `relationship` *target
//! control* (`ID.GV-3 equivalent-to GV.OC-03`; `PR.AC-1 subset-of PR.AA-01`: the source asks for
//! part of what the target asks for).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::text::Text;

/// A mapping from one framework (version range) to another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// Optional pointer to the JSON Schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The framework whose controls are the sources (the one assessments were made against).
    pub source: MappedFramework,
    /// The framework whose controls are the targets.
    pub target: MappedFramework,
    /// The mapping's name.
    #[serde(default, skip_serializing_if = "is_empty_text")]
    pub title: Text,
    /// What it is for, how it was made.
    #[serde(default, skip_serializing_if = "is_empty_text")]
    pub description: Text,
    /// Who publishes it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub publisher: String,
    /// The licence of its content.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub license: String,
    /// Release date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub released: Option<String>,
    /// Where the mapping (or the data it comes from) is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// One entry per related (source, target) pair. A target control no entry names is new; a
    /// source control no entry names is left behind.
    pub maps: Vec<Map>,
}

fn is_empty_text(t: &Text) -> bool {
    t.0.is_empty()
}

/// A framework a mapping applies to: an id and a version requirement (`^1.0`, `~1.1`, `=2.0.0`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct MappedFramework {
    /// The framework's id.
    pub id: String,
    /// The versions the mapping applies to, as a requirement read the way assessments read theirs.
    pub version: String,
}

/// How one source control relates to one target control.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Map {
    /// The source control's id.
    pub source: String,
    /// The target control's id.
    pub target: String,
    /// The source control, compared with the target control.
    pub relationship: Relationship,
    /// How the relationship was judged (OSCAL's matching rationale).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matching: Option<Matching>,
    /// Why, in words (English required when present; Arabic and French expected).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<Text>,
}

/// The OSCAL mapping model's relationship vocabulary, read source first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Relationship {
    /// Same requirement in the same words.
    EqualTo,
    /// Same requirement in other words.
    EquivalentTo,
    /// The source asks for part of what the target asks for.
    SubsetOf,
    /// The source asks for all the target asks for, and more.
    SupersetOf,
    /// The two overlap; neither contains the other.
    IntersectsWith,
    /// Compared and found unrelated (recorded so that nobody compares them again).
    NoRelationship,
}

impl Relationship {
    /// Every relationship, in the order above.
    pub const ALL: [Relationship; 6] = [
        Relationship::EqualTo,
        Relationship::EquivalentTo,
        Relationship::SubsetOf,
        Relationship::SupersetOf,
        Relationship::IntersectsWith,
        Relationship::NoRelationship,
    ];

    /// The relationship as written in documents (`equal-to`).
    pub fn as_str(self) -> &'static str {
        match self {
            Relationship::EqualTo => "equal-to",
            Relationship::EquivalentTo => "equivalent-to",
            Relationship::SubsetOf => "subset-of",
            Relationship::SupersetOf => "superset-of",
            Relationship::IntersectsWith => "intersects-with",
            Relationship::NoRelationship => "no-relationship",
        }
    }

    /// Whether an answer to the source is an answer to the target (`equal-to`, `equivalent-to`):
    /// migration carries it.
    pub fn is_exact(self) -> bool {
        matches!(self, Relationship::EqualTo | Relationship::EquivalentTo)
    }

    /// Whether the source speaks to the whole target or to a clear part of it (exact, `subset-of`,
    /// `superset-of`): projection lets it decide the target's status.
    pub fn decides(self) -> bool {
        matches!(self, Relationship::EqualTo | Relationship::EquivalentTo | Relationship::SubsetOf | Relationship::SupersetOf)
    }
}

/// OSCAL's matching rationale: what the judgement of a relationship rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Matching {
    /// The words (e.g. the same text, or a renamed id).
    Syntactic,
    /// The meaning of the requirements.
    Semantic,
    /// What the controls achieve in practice.
    Functional,
}

/// Where a carried answer came from: recorded on a migrated response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// The framework the answer was given against.
    pub framework: String,
    /// Its exact version.
    pub version: String,
    /// The control answered there.
    pub control: String,
    /// The option chosen there.
    pub option: String,
    /// How that control relates to this one.
    pub relationship: Relationship,
}
