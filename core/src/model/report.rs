//! The score report: what scoring an assessment produces.

use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::Details;
use crate::l10n;
use crate::model::assessment::{Assessor, Subject};
use crate::model::framework::Headline;

/// The result of scoring one assessment against one framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Report {
    /// Exactly which framework content produced this report.
    pub framework: FrameworkStamp,
    /// The assessment's subject.
    pub subject: Subject,
    /// The assessment's assessor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<Assessor>,
    /// When the assessment started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<String>,
    /// When the assessment was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<String>,
    /// The result to present first (the *effective* headline): the framework's declared
    /// headline, or the index when the framework has no maturity levels.
    pub headline: Headline,
    /// The whole framework scored as one group over its top-level groups; its id is the framework id.
    pub root: GroupScore,
    /// Gap analysis, when a target profile was named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gaps: Option<Gaps>,
    /// What the reader should know (incomplete answers, nothing applicable).
    pub warnings: Vec<Warning>,
}

/// Identifies framework content exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct FrameworkStamp {
    /// The framework's id.
    pub id: String,
    /// The exact version (`1.0.0`).
    pub version: String,
    /// `sha256:` and the hex SHA-256 of the framework's canonical JSON.
    pub digest: String,
}

/// Counts over a group's subtree.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Counts {
    /// Controls in the subtree.
    pub controls: u32,
    /// Controls not answered as not applicable (unanswered ones count as applicable).
    pub applicable: u32,
    /// Answered, not-applicable answers included.
    pub answered: u32,
    /// Controls with no (valid) answer.
    pub unanswered: u32,
    /// Controls whose answer meets them.
    pub met: u32,
    /// Controls answered as not applicable.
    pub not_applicable: u32,
}

/// Scores of one group (or of the root).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct GroupScore {
    /// The group's id (the framework's id for the root).
    pub id: String,
    /// Counts over the subtree.
    pub counts: Counts,
    /// answered / controls, in `[0, 1]`.
    pub completeness: f64,
    /// 100 × met / applicable; absent when nothing is applicable.
    pub compliance: Option<f64>,
    /// Weighted credit, 0-100; absent when nothing is applicable.
    pub index: Option<f64>,
    /// Maturity level reached (0 = none); absent when no applicable control carries a level.
    pub level: Option<u32>,
    /// The controls directly in this group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<ControlScore>,
    /// The sub-groups.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<GroupScore>,
}

/// How a control was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Answered with an option that meets the control.
    Met,
    /// Answered with an option that does not meet it.
    NotMet,
    /// Answered as not applicable.
    NotApplicable,
    /// Not answered (or answered with an option not in its scale).
    Unanswered,
}

/// The result of one control.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct ControlScore {
    /// The control's id.
    #[cfg_attr(feature = "tsify", tsify(type = "string"))]
    pub id: Arc<str>,
    /// The chosen option, if answered.
    #[cfg_attr(feature = "tsify", tsify(type = "string | null"))]
    pub option: Option<Arc<str>>,
    /// How it was answered.
    pub status: Status,
    /// The option's credit (0 when unanswered or not applicable).
    pub credit: f64,
}

/// Gap analysis against a target profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Gaps {
    /// The target profile's id.
    pub profile: String,
    /// Every group target of the profile, in the profile's order.
    pub groups: Vec<GroupGap>,
    /// Applicable controls the target requires that do not meet, most urgent first: level
    /// ascending (controls without a level first), then weight descending, then document order.
    pub controls: Vec<ControlGap>,
}

/// Where a targeted group stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct GroupGap {
    /// The group's id.
    pub group: String,
    /// The level the profile targets.
    pub target_level: u32,
    /// The level the group reached.
    pub current_level: Option<u32>,
    /// Every applicable control of the group that the target requires meets.
    pub reached: bool,
    /// How many required controls of the group do not meet.
    pub missing: u32,
}

/// A control the target requires that does not meet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct ControlGap {
    /// The control's id.
    #[cfg_attr(feature = "tsify", tsify(type = "string"))]
    pub control: Arc<str>,
    /// The group that directly holds the control.
    #[cfg_attr(feature = "tsify", tsify(type = "string"))]
    pub group: Arc<str>,
    /// The control's level.
    pub level: Option<u32>,
    /// The control's weight.
    pub weight: f64,
    /// How it was answered (not met or unanswered).
    pub status: Status,
    /// The chosen option, if answered.
    #[cfg_attr(feature = "tsify", tsify(type = "string | null"))]
    pub option: Option<Arc<str>>,
    /// The highest target level among the control's targeted groups, if a group target requires it.
    pub target_level: Option<u32>,
    /// Whether the profile names the control directly.
    pub targeted: bool,
}

/// Something the reader of a report should know.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Warning {
    /// What kind of warning.
    pub code: WarningCode,
    /// The warning in English.
    pub message: String,
    /// The values of the message, by name (`unanswered`, `controls` for `incomplete`).
    #[cfg_attr(feature = "tsify", tsify(type = "Details"))]
    pub details: Details,
}

impl Warning {
    /// A warning with its English message from the catalog.
    pub fn new(code: WarningCode, details: Details) -> Warning {
        let message = l10n::message_with("en", &code.message_id(), &l10n::details_args("en", &details));
        Warning { code, message, details }
    }

    /// The warning in `lang` (`en`, `ar`, `fr`; others get English).
    pub fn message_in(&self, lang: &str) -> String {
        l10n::message_with(lang, &self.code.message_id(), &l10n::details_args(lang, &self.details))
    }
}

/// Stable warning codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum WarningCode {
    /// Some controls are unanswered; they count as not met.
    Incomplete,
    /// Every control was answered as not applicable: no index, compliance or level.
    NothingApplicable,
}

impl WarningCode {
    /// The catalog message of the warning.
    fn message_id(self) -> String {
        match self {
            WarningCode::Incomplete => "warning-incomplete".into(),
            WarningCode::NothingApplicable => "warning-nothing_applicable".into(),
        }
    }
}
