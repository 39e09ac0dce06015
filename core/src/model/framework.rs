//! The framework model: what a framework file contains.
//!
//! A framework is data (a JSON file). [`Framework`] is its faithful, serializable form; check it
//! with `validate_framework` and turn it into a `CompiledFramework` to score.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::Pointer;
use crate::model::text::{text_or_string, Text};

fn default_weight() -> f64 {
    1.0
}
fn is_default_weight(w: &f64) -> bool {
    *w == 1.0
}
fn is_false(b: &bool) -> bool {
    !*b
}

/// A versioned control framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Optional pointer to the JSON Schema, for editors. Not part of the content.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// A slug: lowercase letters, digits and `-`.
    pub id: String,
    /// A semantic version (`1.0.0`).
    pub version: String,
    /// The framework's name.
    pub title: Text,
    /// What it is for and whom.
    #[serde(default)]
    pub description: Text,
    /// Who publishes it, by language (older files give a plain string, read as English).
    #[serde(default, with = "text_or_string")]
    #[schemars(schema_with = "text_or_string::schema")]
    #[cfg_attr(feature = "tsify", tsify(type = "string | Text"))]
    pub publisher: Text,
    /// The licence of its content (an SPDX id such as `CC-BY-4.0`, or a text).
    #[serde(default)]
    pub license: String,
    /// Release date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub released: Option<String>,
    /// Where the framework is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The result the framework's authors consider the headline (the *declared* headline; a
    /// framework without levels headlines the index, see `CompiledFramework::headline`).
    #[serde(default)]
    pub headline: Headline,
    /// Answer scales, declared once and referenced by controls.
    pub scales: Vec<Scale>,
    /// Maturity levels, if the framework uses them.
    #[serde(default)]
    pub levels: Vec<Level>,
    /// The top-level groups (domains, pillars, functions).
    pub groups: Vec<Group>,
    /// Named target profiles.
    #[serde(default)]
    pub profiles: Vec<Profile>,
}

/// Which result a framework presents first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Headline {
    /// The maturity level.
    #[default]
    Level,
    /// The weighted index (0-100).
    Index,
    /// The compliance percentage (0-100).
    Compliance,
}

/// An ordered set of answer options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Unique among the framework's scales.
    pub id: String,
    /// The scale's name.
    #[serde(default)]
    pub title: Text,
    /// The options, in the order they are offered.
    pub options: Vec<ScaleOption>,
}

/// One answer option of a scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct ScaleOption {
    /// Unique within the scale; responses name it.
    pub id: String,
    /// What the respondent reads.
    pub label: Text,
    /// Credit towards the index, in `[0, 1]`.
    pub credit: f64,
    /// Whether choosing this option means the control is met.
    #[serde(default)]
    pub meets: bool,
    /// Whether choosing this option marks the control as not applicable.
    #[serde(default, skip_serializing_if = "is_false")]
    pub not_applicable: bool,
}

/// A maturity level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// The level number, 1 or more.
    pub level: u32,
    /// The level's name.
    pub name: Text,
    /// What an organisation at this level looks like.
    #[serde(default)]
    pub description: Text,
}

/// A group of controls and sub-groups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Unique across the framework's groups and controls.
    pub id: String,
    /// The group's name.
    pub title: Text,
    /// What the group covers.
    #[serde(default)]
    pub description: Text,
    /// Weight among its siblings in the index (default 1).
    #[serde(default = "default_weight", skip_serializing_if = "is_default_weight")]
    pub weight: f64,
    /// Controls directly in this group; they come before the sub-groups in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<Control>,
    /// Sub-groups, after the controls in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
}

/// A control: one question of the questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Control {
    /// Unique across the framework's groups and controls.
    pub id: String,
    /// A short name that stands alone (in gap lists).
    pub title: Text,
    /// What is expected.
    pub statement: Text,
    /// The question put to the respondent (default: the statement).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Text>,
    /// Help for answering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<Text>,
    /// The maturity level this control belongs to, if the framework uses levels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u32>,
    /// Weight among its siblings in the index (default 1).
    #[serde(default = "default_weight", skip_serializing_if = "is_default_weight")]
    pub weight: f64,
    /// The id of a scale declared by the framework.
    pub scale: String,
    /// Free tags (e.g. `essential`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The corresponding controls of other frameworks (crosswalk).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
}

/// A reference to another framework's control identifier (for crosswalks).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// The other framework's id, e.g. `nist-csf`.
    pub framework: String,
    /// Its version as that framework names it, e.g. `2.0` or `2022`.
    pub version: String,
    /// The identifier there, e.g. `PR.AA-01`.
    pub id: String,
}

/// A named set of targets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Unique among the framework's profiles.
    pub id: String,
    /// The profile's name.
    pub title: Text,
    /// Whom the profile is for.
    #[serde(default)]
    pub description: Text,
    /// Target maturity levels per group (any depth).
    #[serde(default)]
    pub group_targets: Vec<GroupTarget>,
    /// Controls that must be met whatever their level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub control_targets: Vec<String>,
}

/// A target level for one group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct GroupTarget {
    /// The group's id.
    pub group: String,
    /// The level its controls must reach.
    pub level: u32,
}

impl Framework {
    /// Visits every group depth-first in document order, with its JSON Pointer
    /// (`/groups/1/groups/0`).
    pub fn walk_groups<'a>(&'a self, mut f: impl FnMut(&'a Group, &Pointer)) {
        fn go<'a>(groups: &'a [Group], at: &Pointer, f: &mut impl FnMut(&'a Group, &Pointer)) {
            for (i, g) in groups.iter().enumerate() {
                let here = at.clone().index(i);
                f(g, &here);
                go(&g.groups, &here.key("groups"), f);
            }
        }
        go(&self.groups, &Pointer::root().key("groups"), &mut f);
    }

    /// Visits every control in document order, with its JSON Pointer
    /// (`/groups/1/controls/3`).
    pub fn walk_controls<'a>(&'a self, mut f: impl FnMut(&'a Control, &Pointer)) {
        self.walk_groups(|g, at| {
            for (i, c) in g.controls.iter().enumerate() {
                f(c, &at.clone().key("controls").index(i));
            }
        });
    }

    /// The number of groups, at every depth.
    pub fn group_count(&self) -> usize {
        let mut n = 0;
        self.walk_groups(|_, _| n += 1);
        n
    }

    /// The number of controls.
    pub fn control_count(&self) -> usize {
        let mut n = 0;
        self.walk_controls(|_, _| n += 1);
        n
    }
}

/// An option of a standard scale, labelled in English, Arabic and French.
fn standard_option(id: &str, [en, ar, fr]: [&str; 3], credit: f64, meets: bool, not_applicable: bool) -> ScaleOption {
    ScaleOption { id: id.to_string(), label: Text::from_pairs([("en", en), ("ar", ar), ("fr", fr)]), credit, meets, not_applicable }
}

impl Scale {
    /// The standard implementation scale: not / partially / largely / fully implemented (credits
    /// 0, 1/3, 2/3, 1; largely and fully meet the control), plus not applicable. Built-in
    /// frameworks declare exactly this scale under the id `implementation`.
    pub fn implementation() -> Scale {
        Scale {
            id: "implementation".into(),
            title: Text::from_pairs([("en", "Implementation"), ("ar", "مستوى التطبيق"), ("fr", "Mise en œuvre")]),
            options: vec![
                standard_option("not-implemented", ["Not implemented", "غير مطبَّق", "Non mis en œuvre"], 0.0, false, false),
                standard_option("partially-implemented", ["Partially implemented", "مطبَّق جزئيًا", "Partiellement mis en œuvre"], 1.0 / 3.0, false, false),
                standard_option("largely-implemented", ["Largely implemented", "مطبَّق إلى حدٍّ كبير", "Largement mis en œuvre"], 2.0 / 3.0, true, false),
                standard_option("fully-implemented", ["Fully implemented", "مطبَّق بالكامل", "Entièrement mis en œuvre"], 1.0, true, false),
                standard_option("not-applicable", ["Not applicable", "لا ينطبق", "Sans objet"], 0.0, false, true),
            ],
        }
    }

    /// The standard yes / no / not applicable scale (yes meets, credit 1). Built-in frameworks
    /// declare exactly this scale under the id `yes-no-na`.
    pub fn yes_no_na() -> Scale {
        Scale {
            id: "yes-no-na".into(),
            title: Text::from_pairs([("en", "Yes / No / Not applicable"), ("ar", "نعم / لا / لا ينطبق"), ("fr", "Oui / Non / Sans objet")]),
            options: vec![
                standard_option("yes", ["Yes", "نعم", "Oui"], 1.0, true, false),
                standard_option("no", ["No", "لا", "Non"], 0.0, false, false),
                standard_option("not-applicable", ["Not applicable", "لا ينطبق", "Sans objet"], 0.0, false, true),
            ],
        }
    }
}
