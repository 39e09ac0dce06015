//! An adjudication: decisions taken by hand on controls the respondents of a merge disagreed
//! on (a small document type with its own JSON Schema).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::assessment::{Assessor, FrameworkRequirement, Responses, Subject};

/// Decisions that settle a merge's conflicts.
///
/// ```json
/// {"framework": {"id": "kalkan-public-institution", "version": "^1.0"},
///  "adjudicator": {"name": "Head of the national review"},
///  "decisions": {"IAM-03": {"option": "partially-implemented", "notes": "MFA only for admins"}}}
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Adjudication {
    /// Optional pointer to the JSON Schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The framework the decisions answer (its id must be the merged assessments').
    pub framework: FrameworkRequirement,
    /// The subject, when the adjudication names it (its name must then be the merged one's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Subject>,
    /// Who decided.
    pub adjudicator: Assessor,
    /// When, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided: Option<String>,
    /// The decided answer per control id (same shape as an assessment's responses). A decision
    /// replaces whatever the rule gave for its control.
    #[serde(default)]
    pub decisions: Responses,
}
