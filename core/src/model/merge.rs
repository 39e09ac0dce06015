//! What a merged assessment records about how it was made: the rule, the respondents, who
//! answered what (provenance) and the conflicts. Written by `kalkan merge` into the merged
//! assessment's optional `merge` field, so the record travels with the answers it explains.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How the answers of several respondents to one control become one answer. Controls a
/// respondent left unanswered are not counted: unanswered by one respondent is not a
/// disagreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum MergeRule {
    /// Agreeing answers carry; any difference is a conflict, left unanswered for adjudication.
    #[default]
    Consensus,
    /// The answer with the lowest credit (the cautious reading): options are ordered by credit,
    /// then by whether they meet the control (not meeting first), then by scale order. When
    /// respondents disagree on whether the control applies (some answered not applicable), it is
    /// a conflict.
    Minimum,
    /// The median answer in the same order as `minimum`; for an even number of answers the lower
    /// of the two middle ones (the cautious one). Disagreement on applicability is a conflict.
    Median,
    /// The option chosen by more respondents than any other (not applicable counts as an
    /// option); a tie for the most votes is a conflict.
    Majority,
}

impl MergeRule {
    /// Every rule, in declaration order.
    pub const ALL: [MergeRule; 4] = [MergeRule::Consensus, MergeRule::Minimum, MergeRule::Median, MergeRule::Majority];

    /// The rule's name as written in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            MergeRule::Consensus => "consensus",
            MergeRule::Minimum => "minimum",
            MergeRule::Median => "median",
            MergeRule::Majority => "majority",
        }
    }
}

/// One respondent of a merged assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Respondent {
    /// The identity the merge told respondents apart by: the assessor's `id`, else `email`,
    /// else `name`.
    pub id: String,
    /// The assessor's name.
    pub name: String,
    /// The assessor's unit or organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}

/// One respondent's answer to one control.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct RespondentAnswer {
    /// The respondent's identity (see [`Respondent::id`]).
    pub respondent: String,
    /// The option chosen.
    pub option: String,
    /// The respondent's notes on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// How a control's merged answer came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum MergeOutcome {
    /// Every respondent who answered chose the same option.
    Agreed,
    /// Respondents differed and the rule chose one answer.
    Rule,
    /// Respondents differed and the rule could not choose: left unanswered.
    Conflict,
    /// Settled by the adjudication.
    Adjudicated,
}

/// Who answered what for one control (controls nobody answered are not listed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct ControlProvenance {
    /// The control's id.
    pub control: String,
    /// How the merged answer came about.
    pub outcome: MergeOutcome,
    /// The merged option (none for an unsettled conflict).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
    /// Every respondent's answer, in the order the assessments were given.
    pub answers: Vec<RespondentAnswer>,
}

/// A control the rule could not settle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The control's id.
    pub control: String,
    /// Every respondent's answer and notes.
    pub answers: Vec<RespondentAnswer>,
    /// The option the adjudication chose, if it settled the conflict.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settled: Option<String>,
}

/// How a merged assessment was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct MergeRecord {
    /// The rule applied.
    pub rule: MergeRule,
    /// The respondents, in the order their assessments were given.
    pub respondents: Vec<Respondent>,
    /// Who settled conflicts by hand (the adjudication's adjudicator), if anyone did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjudicator: Option<String>,
    /// Who answered what, per control, in framework order.
    pub provenance: Vec<ControlProvenance>,
    /// The conflicts, in framework order (settled ones included, with the option chosen).
    pub conflicts: Vec<Conflict>,
}
