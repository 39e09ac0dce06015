//! Moving an assessment to another version of its framework, or to another framework, through
//! a mapping. For every target control, one outcome:
//!
//! - **carried**: an exact source (`equal-to`, `equivalent-to`) was answered, and its option
//!   has an equal option in the target control's scale (same credit, same "meets", same "not
//!   applicable"; the same id preferred). The response is copied with its notes, evidence and
//!   date, the option translated, and its provenance recorded. Several exact sources must agree.
//! - **to review**: only inexact sources (`subset-of`, `superset-of`, `intersects-with`), or an
//!   exact source whose option does not translate, or exact sources that disagree. Left
//!   unanswered; the source answers are listed as suggestions.
//! - **new**: nothing maps to it (or only `no-relationship`).
//! - **unanswered**: it maps exactly, but the sources were not answered: nothing to carry.
//!
//! An answer is never invented. Migrating to the very same framework content changes nothing.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::compiled::CompiledFramework;
use crate::crosswalk::{default_mapping, Link, Links, MappingBasis};
use crate::error::Result;
use crate::model::assessment::{Assessment, FrameworkRequirement, Response, Responses};
use crate::model::mapping::{Mapping, Provenance, Relationship};
use crate::model::report::{FrameworkStamp, Status};
use crate::validate::assessment::checked_answers;

/// What happened to one target control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// An exact answer was carried over.
    Carried,
    /// Left unanswered for a person to decide, with suggestions.
    Review,
    /// Nothing maps to it.
    New,
    /// It maps exactly, but the source was not answered.
    Unanswered,
}

/// Why a control is to be reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum ReviewReason {
    /// Its sources are only subsets, supersets or intersections.
    NotExact,
    /// An exact source's option has no equal option in the target scale.
    NoTranslation,
    /// Exact sources were answered differently.
    Disagreement,
}

/// A source control of a target control, and how it was answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct SourceAnswer {
    /// The source control's id.
    pub control: String,
    /// How it relates to the target control.
    pub relationship: Relationship,
    /// The option chosen for it, if answered.
    pub option: Option<String>,
    /// Its status in the source assessment.
    pub status: Status,
    /// The target option with the same meaning, if there is one.
    pub translated: Option<String>,
}

/// One target control after migration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct MigratedControl {
    /// The target control's id.
    pub control: String,
    /// What happened to it.
    pub outcome: Outcome,
    /// The option it now has (carried only).
    pub option: Option<String>,
    /// Why it is to be reviewed (review only).
    pub reason: Option<ReviewReason>,
    /// Its sources, in the mapping's order (the suggestions, for review).
    pub sources: Vec<SourceAnswer>,
}

/// A source response that no target control uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct LeftBehind {
    /// The source control's id.
    pub control: String,
    /// The option it was answered with.
    pub option: String,
}

/// Target controls by outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct MigrationCounts {
    /// Target controls.
    pub controls: u32,
    /// Carried.
    pub carried: u32,
    /// To review.
    pub review: u32,
    /// New.
    pub new: u32,
    /// Mapped exactly, unanswered in the source.
    pub unanswered: u32,
}

/// What a migration did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct MigrationReport {
    /// The framework the assessment answered.
    pub source: FrameworkStamp,
    /// The framework it now answers.
    pub target: FrameworkStamp,
    /// Where the mapping came from.
    pub basis: MappingBasis,
    /// The mapping's title in English, if it has one.
    pub mapping_title: Option<String>,
    /// Every target control, in questionnaire order.
    pub controls: Vec<MigratedControl>,
    /// Source answers that no target control uses, in source order.
    pub left_behind: Vec<LeftBehind>,
    /// The assessment's target profile, when the target framework lacks it (it is left out).
    pub profile_dropped: Option<String>,
    /// Target controls by outcome.
    pub counts: MigrationCounts,
}

/// A migrated assessment and what was done to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Migration {
    /// The new assessment, valid against the target framework.
    pub assessment: Assessment,
    /// The migration report.
    pub report: MigrationReport,
}

/// The option of `target`'s scale for control `tc` that means what option `so` of `source`'s
/// control `sc` means: same credit, same "meets", same "not applicable" (same id first).
fn translate(source: &CompiledFramework, sc: usize, so: usize, target: &CompiledFramework, tc: usize) -> Option<usize> {
    let s_scale = source.controls.get(sc)?.scale;
    let t_scale = target.controls.get(tc)?.scale;
    let opt = source.scales.get(s_scale)?.get(so)?;
    let id = source.option_id(s_scale, so)?;
    let same = |o: &crate::compiled::NodeOption| (o.credit - opt.credit).abs() < 1e-9 && o.meets == opt.meets && o.not_applicable == opt.not_applicable;
    let options = target.scales.get(t_scale)?;
    let by_id = target.option_position(t_scale, id).filter(|&i| options.get(i).is_some_and(same));
    by_id.or_else(|| options.iter().position(same))
}

/// Migrates `a` (an assessment of `source`, checked first) to `target` through `mapping`, or,
/// without one, through the default: the identity, a built-in mapping, or one generated from
/// the diff of two versions of one framework.
pub fn migrate(source: &CompiledFramework, a: &Assessment, target: &CompiledFramework, mapping: Option<&Mapping>) -> Result<Migration> {
    let answers = checked_answers(source, a)?;
    let (mapping, basis) = match mapping {
        Some(m) => (m.clone(), MappingBasis::Given),
        None => default_mapping(source, target)?,
    };
    let links = Links::resolve(&mapping, source, target)?;
    let identity = basis == MappingBasis::Identity;
    let mut responses = Responses::default();
    let mut controls = Vec::with_capacity(target.control_count());
    let mut counts = MigrationCounts::default();
    let empty: Vec<Link> = Vec::new();
    for (tc, tid) in target.control_ids().iter().enumerate() {
        let mine = links.per_target.get(tc).unwrap_or(&empty);
        let sources: Vec<SourceAnswer> = mine.iter().map(|l| source_answer(source, &answers, l, target, tc)).collect();
        let exact: Vec<(&Link, &SourceAnswer)> = mine.iter().zip(&sources).filter(|(l, _)| l.relationship.is_exact()).collect();
        let related = mine.iter().any(|l| l.relationship != Relationship::NoRelationship);
        let answered_exact: Vec<&(&Link, &SourceAnswer)> = exact.iter().filter(|(_, s)| s.option.is_some()).collect();
        let mut carried: Option<String> = None;
        let (outcome, reason) = if !related {
            (Outcome::New, None)
        } else if exact.is_empty() {
            (Outcome::Review, Some(ReviewReason::NotExact))
        } else if answered_exact.is_empty() {
            if sources.iter().any(|s| s.option.is_some()) {
                (Outcome::Review, Some(ReviewReason::NotExact))
            } else {
                (Outcome::Unanswered, None)
            }
        } else if answered_exact.iter().any(|(_, s)| s.translated.is_none()) {
            (Outcome::Review, Some(ReviewReason::NoTranslation))
        } else if answered_exact.iter().any(|(_, s)| s.translated != answered_exact.first().and_then(|(_, f)| f.translated.clone())) {
            (Outcome::Review, Some(ReviewReason::Disagreement))
        } else {
            if let Some((link, s)) = answered_exact.first() {
                let sid = source.control_ids().get(link.source).map(|x| x.to_string()).unwrap_or_default();
                if let (Some(r), Some(option)) = (a.responses.get(&sid), s.translated.clone()) {
                    let moved = !identity && (source.digest() != target.digest() || sid != **tid);
                    let provenance = moved.then(|| Provenance {
                        framework: source.id().to_string(),
                        version: source.version().to_string(),
                        control: sid.clone(),
                        option: r.option.clone(),
                        relationship: link.relationship,
                    });
                    let kept = if identity { r.provenance.clone() } else { provenance };
                    responses.set(
                        tid.to_string(),
                        Response {
                            option: option.clone(),
                            notes: r.notes.clone(),
                            evidence: r.evidence.clone(),
                            answered_at: r.answered_at.clone(),
                            provenance: kept,
                        },
                    );
                    carried = Some(option);
                }
            }
            (Outcome::Carried, None)
        };
        match outcome {
            Outcome::Carried => counts.carried += 1,
            Outcome::Review => counts.review += 1,
            Outcome::New => counts.new += 1,
            Outcome::Unanswered => counts.unanswered += 1,
        }
        counts.controls += 1;
        controls.push(MigratedControl { control: tid.to_string(), outcome, option: carried, reason, sources });
    }
    let left_behind = a
        .responses
        .iter()
        .filter(|(k, _)| source.control_position(k).is_some_and(|p| !links.used_sources.get(p).copied().unwrap_or(false)))
        .map(|(k, r)| LeftBehind { control: k.to_string(), option: r.option.clone() })
        .collect();
    let profile_dropped = a.profile.clone().filter(|p| target.profile(p).is_none());
    let same_line = a.framework.id == target.id() && semver::VersionReq::parse(&a.framework.version).is_ok_and(|r| r.matches(target.version()));
    let assessment = if identity {
        a.clone()
    } else {
        let complete = counts.carried == counts.controls;
        Assessment {
            schema: a.schema.clone(),
            framework: FrameworkRequirement {
                id: target.id().to_string(),
                version: if same_line { a.framework.version.clone() } else { format!("^{}", target.version()) },
            },
            subject: a.subject.clone(),
            assessor: a.assessor.clone(),
            started: a.started.clone(),
            completed: a.completed.clone().filter(|_| complete),
            profile: a.profile.clone().filter(|p| target.profile(p).is_some()),
            responses,
            // A merge record names the source framework's controls: it does not carry over.
            merge: None,
        }
    };
    let report = MigrationReport {
        source: source.stamp(),
        target: target.stamp(),
        basis,
        mapping_title: mapping.title.get("en").map(str::to_owned),
        controls,
        left_behind,
        profile_dropped,
        counts,
    };
    Ok(Migration { assessment, report })
}

fn source_answer(source: &CompiledFramework, answers: &Answers, l: &Link, target: &CompiledFramework, tc: usize) -> SourceAnswer {
    let st = answers.state(l.source);
    let scale = source.controls.get(l.source).map_or(0, |c| c.scale);
    SourceAnswer {
        control: source.control_ids().get(l.source).map(|x| x.to_string()).unwrap_or_default(),
        relationship: l.relationship,
        option: st.option.and_then(|o| source.option_id(scale, o)).map(|x| x.to_string()),
        status: st.status,
        translated: st.option.and_then(|o| translate(source, l.source, o, target, tc)).and_then(|o| {
            let ts = target.controls.get(tc)?.scale;
            target.option_id(ts, o).map(|x| x.to_string())
        }),
    }
}
