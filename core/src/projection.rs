//! An assessment of framework A seen through framework B: B's report, each B control's status
//! derived from the A controls mapped to it.
//!
//! The rule, for a target control T and its sources (source `relationship` T):
//! - the sources that **decide** T are the exact ones and the subsets and supersets; a source
//!   that only intersects T is shown as a partial contribution and never counts;
//! - with no deciding source, T is *not covered* (reported unanswered, so it counts as not met
//!   and blocks levels, as any unanswered control does);
//! - otherwise T is **not met** if any applicable deciding source does not meet, else
//!   **unanswered** if any deciding source is unanswered, else **not applicable** if every
//!   deciding source is, else **met**: met only if every deciding source meets;
//! - T's credit is the lowest credit among its applicable deciding sources (0 when unanswered).
//!
//! Coverage says how many B controls have a deciding source, how many only intersecting ones,
//! and how many none.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::answers::{Answers, ControlState};
use crate::compiled::CompiledFramework;
use crate::crosswalk::{applies, builtin_mappings, from_references, Link, Links, MappingBasis};
use crate::error::Result;
use crate::model::assessment::Assessment;
use crate::model::framework::Profile;
use crate::model::mapping::Mapping;
use crate::model::report::{FrameworkStamp, Report, Status};
use crate::scoring;
use crate::validate::assessment::checked_answers;

/// How much of a target control the mapping covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Cover {
    /// At least one deciding source (exact, subset or superset).
    Covered,
    /// Only intersecting sources: shown, never counted.
    Partial,
    /// No source.
    None,
}

/// A source control's contribution to a target control.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Contribution {
    /// The source control's id.
    pub control: String,
    /// How it relates to the target control.
    pub relationship: crate::model::mapping::Relationship,
    /// The option chosen for it, if answered.
    pub option: Option<String>,
    /// Its status in the assessment.
    pub status: Status,
    /// Its credit.
    pub credit: f64,
    /// Whether it decides the target's status (false for intersecting sources).
    pub counted: bool,
}

/// One target control, as derived.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct ProjectedControl {
    /// The target control's id.
    pub control: String,
    /// Its derived status.
    pub status: Status,
    /// Its derived credit.
    pub credit: f64,
    /// How much the mapping covers it.
    pub cover: Cover,
    /// Its sources, in the mapping's order.
    pub sources: Vec<Contribution>,
}

/// How much of the target framework the projection covers.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Coverage {
    /// Target controls.
    pub controls: u32,
    /// With a deciding source.
    pub covered: u32,
    /// With intersecting sources only.
    pub partial: u32,
    /// With no source.
    pub uncovered: u32,
    /// 100 × covered / controls.
    pub percent: f64,
}

/// An assessment projected onto another framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Projection {
    /// The framework the assessment answers.
    pub source: FrameworkStamp,
    /// Where the mapping came from (`given`, `builtin` or `references`).
    pub basis: MappingBasis,
    /// The target framework's report, scored from the derived statuses.
    pub report: Report,
    /// Every target control, in questionnaire order.
    pub controls: Vec<ProjectedControl>,
    /// How much of the target the projection covers.
    pub coverage: Coverage,
}

/// Projects `a` (an assessment of `source`, checked first) onto `target` through `mapping`, or
/// else a built-in mapping from `source` to `target`, or else the crosswalk `references` of the
/// source controls. Gaps are analysed against `profile` of `target` when one is named.
pub fn project(
    source: &CompiledFramework,
    a: &Assessment,
    target: &CompiledFramework,
    mapping: Option<&Mapping>,
    profile: Option<&Profile>,
) -> Result<Projection> {
    let answers = checked_answers(source, a)?;
    let (mapping, basis) = match mapping {
        Some(m) => (m.clone(), MappingBasis::Given),
        None => match builtin_mappings().into_iter().find(|m| applies(m, source, target)) {
            Some(m) => (m, MappingBasis::Builtin),
            None => (from_references(source, target), MappingBasis::References),
        },
    };
    let links = Links::resolve(&mapping, source, target)?;
    let mut states = Vec::with_capacity(target.control_count());
    let mut controls = Vec::with_capacity(target.control_count());
    let mut coverage = Coverage { controls: 0, covered: 0, partial: 0, uncovered: 0, percent: 0.0 };
    let empty: Vec<Link> = Vec::new();
    for (tc, tid) in target.control_ids().iter().enumerate() {
        let mine: Vec<&Link> =
            links.per_target.get(tc).unwrap_or(&empty).iter().filter(|l| l.relationship != crate::model::mapping::Relationship::NoRelationship).collect();
        let sources: Vec<Contribution> = mine
            .iter()
            .map(|l| {
                let st = answers.state(l.source);
                let scale = source.controls.get(l.source).map_or(0, |c| c.scale);
                Contribution {
                    control: source.control_ids().get(l.source).map(|x| x.to_string()).unwrap_or_default(),
                    relationship: l.relationship,
                    option: st.option.and_then(|o| source.option_id(scale, o)).map(|x| x.to_string()),
                    status: st.status,
                    credit: st.credit,
                    counted: l.relationship.decides(),
                }
            })
            .collect();
        let deciding: Vec<&Contribution> = sources.iter().filter(|c| c.counted).collect();
        let cover = if !deciding.is_empty() {
            Cover::Covered
        } else if !sources.is_empty() {
            Cover::Partial
        } else {
            Cover::None
        };
        let state = derive(&deciding);
        coverage.controls += 1;
        match cover {
            Cover::Covered => coverage.covered += 1,
            Cover::Partial => coverage.partial += 1,
            Cover::None => coverage.uncovered += 1,
        }
        states.push(state);
        controls.push(ProjectedControl { control: tid.to_string(), status: state.status, credit: state.credit, cover, sources });
    }
    if coverage.controls > 0 {
        coverage.percent = 100.0 * f64::from(coverage.covered) / f64::from(coverage.controls);
    }
    let report = scoring::report(target, a, &Answers { states }, profile);
    Ok(Projection { source: source.stamp(), basis, report, controls, coverage })
}

/// The state of a target control from its deciding sources (the rule in the module docs).
fn derive(deciding: &[&Contribution]) -> ControlState {
    let undecided = ControlState { option: None, status: Status::Unanswered, credit: 0.0 };
    if deciding.is_empty() {
        return undecided;
    }
    let applicable: Vec<&&Contribution> = deciding.iter().filter(|c| c.status != Status::NotApplicable).collect();
    let credit = applicable.iter().map(|c| if c.status == Status::Unanswered { 0.0 } else { c.credit }).fold(f64::INFINITY, f64::min);
    let credit = if credit.is_finite() { credit } else { 0.0 };
    let status = if applicable.iter().any(|c| c.status == Status::NotMet) {
        Status::NotMet
    } else if applicable.iter().any(|c| c.status == Status::Unanswered) {
        Status::Unanswered
    } else if applicable.is_empty() {
        Status::NotApplicable
    } else {
        Status::Met
    };
    ControlState { option: None, status, credit: if status == Status::NotApplicable { 0.0 } else { credit } }
}
