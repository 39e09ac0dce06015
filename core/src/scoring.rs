//! Scoring: one recursive definition for every group and for the root.
//!
//! For a group (the root is the group of the top-level groups):
//! - counts over the subtree; completeness = answered / controls;
//! - compliance = 100 × met / applicable, unanswered counting as not met;
//! - index = 100 × the weighted mean over the children of a control's credit (unanswered: 0)
//!   or a sub-group's index / 100, leaving out children with nothing applicable;
//! - level = the largest L, from 0 up to the highest level among applicable controls, such that
//!   every applicable control of level ≤ L meets (unanswered blocks a level).

use std::ops::AddAssign;
use std::sync::Arc;

use crate::answers::Answers;
use crate::compiled::{Child, CompiledFramework};
use serde_json::json;

use crate::error::{details, Details};
use crate::gaps::{self, GapList};
use crate::model::assessment::Assessment;
use crate::model::framework::Profile;
use crate::model::report::{ControlScore, Counts, GroupScore, Report, Status, Warning, WarningCode};

/// Aggregates of one group's subtree.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct GroupState {
    pub counts: Counts,
    pub index: Option<f64>,
    /// Lowest level among applicable controls that do not meet.
    pub min_failing: Option<u32>,
    /// Highest level among applicable controls.
    pub max_level: Option<u32>,
}

impl GroupState {
    pub fn level(&self) -> Option<u32> {
        let max = self.max_level?;
        Some(match self.min_failing {
            // INVARIANT: levels are ≥ 1 (validation), so `f - 1` does not underflow.
            Some(f) => max.min(f.saturating_sub(1)),
            None => max,
        })
    }

    pub fn compliance(&self) -> Option<f64> {
        let c = &self.counts;
        (c.applicable > 0).then(|| 100.0 * f64::from(c.met) / f64::from(c.applicable))
    }

    pub fn completeness(&self) -> f64 {
        let c = &self.counts;
        if c.controls == 0 {
            0.0
        } else {
            f64::from(c.answered) / f64::from(c.controls)
        }
    }
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.controls += o.controls;
        self.applicable += o.applicable;
        self.answered += o.answered;
        self.unanswered += o.unanswered;
        self.met += o.met;
        self.not_applicable += o.not_applicable;
    }
}

/// The counts one control contributes.
fn control_counts(status: Status) -> Counts {
    let one = |met, answered, unanswered, applicable, not_applicable| Counts { controls: 1, applicable, answered, unanswered, met, not_applicable };
    match status {
        Status::Met => one(1, 1, 0, 1, 0),
        Status::NotMet => one(0, 1, 0, 1, 0),
        Status::Unanswered => one(0, 0, 1, 1, 0),
        Status::NotApplicable => one(0, 1, 0, 0, 1),
    }
}

/// The report of an assessment whose answers have been read (and checked), with gaps against
/// `profile` when there is one.
pub(crate) fn report(fw: &CompiledFramework, a: &Assessment, answers: &Answers, profile: Option<&Profile>) -> Report {
    Scored::new(fw, a, answers, profile).report()
}

/// An assessment scored: what its report holds, before it is built. A [`Report`] is made from
/// it, or its JSON written straight from it (`report_json`), which skips building and dropping
/// the report's many small parts.
pub(crate) struct Scored<'a> {
    pub fw: &'a CompiledFramework,
    /// Subject, assessor and dates (its responses are not read again).
    pub head: &'a Assessment,
    pub answers: &'a Answers,
    /// One per group of `fw`, the root first.
    pub groups: Vec<GroupState>,
    pub gaps: Option<GapList<'a>>,
    pub warnings: Vec<Warning>,
}

impl<'a> Scored<'a> {
    pub fn new(fw: &'a CompiledFramework, head: &'a Assessment, answers: &'a Answers, profile: Option<&'a Profile>) -> Self {
        let groups = group_states(fw, answers);
        let gaps = profile.map(|p| gaps::list(fw, p, answers, |gi| groups.get(gi).and_then(GroupState::level)));
        let warnings = warnings(&groups.first().copied().unwrap_or_default().counts);
        Scored { fw, head, answers, groups, gaps, warnings }
    }

    pub fn report(self) -> Report {
        let a = self.head;
        Report {
            framework: self.fw.stamp(),
            subject: a.subject.clone(),
            assessor: a.assessor.clone(),
            started: a.started.clone(),
            completed: a.completed.clone(),
            headline: self.fw.headline(),
            root: group_score(self.fw, 0, self.answers, &self.groups),
            gaps: self.gaps.map(|g| g.gaps(self.fw, self.answers)),
            warnings: self.warnings,
        }
    }

    /// Control `ci`'s score, as [`ControlScore`] holds it: its id, the chosen option's id, how it
    /// was answered and its credit (`None` for a control `fw` does not have).
    pub fn control(&self, ci: usize) -> Option<(&'a str, Option<&'a str>, Status, f64)> {
        let fw = self.fw;
        let (ctl, id) = (fw.controls.get(ci)?, fw.control_ids.get(ci)?);
        let st = self.answers.state(ci);
        Some((id, st.option.and_then(|o| fw.option_id(ctl.scale, o)).map(|o| &**o), st.status, st.credit))
    }
}

fn warnings(rc: &Counts) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if rc.unanswered > 0 {
        warnings.push(Warning::new(WarningCode::Incomplete, details([("unanswered", json!(rc.unanswered)), ("controls", json!(rc.controls))])));
    }
    if rc.applicable == 0 {
        warnings.push(Warning::new(WarningCode::NothingApplicable, Details::new()));
    }
    warnings
}

/// Aggregates for every group; groups are stored parents-first, so children are done in reverse.
pub(crate) fn group_states(fw: &CompiledFramework, answers: &Answers) -> Vec<GroupState> {
    let mut out = vec![GroupState::default(); fw.groups.len()];
    for gi in (0..fw.groups.len()).rev() {
        let Some(g) = fw.groups.get(gi) else { continue };
        let mut s = GroupState::default();
        let (mut num, mut den) = (0.0_f64, 0.0_f64);
        for child in &g.children {
            match *child {
                Child::Control(ci) => {
                    let Some(ctl) = fw.controls.get(ci) else { continue };
                    let st = answers.state(ci);
                    s.counts += control_counts(st.status);
                    if st.status == Status::NotApplicable {
                        continue;
                    }
                    num += ctl.weight * st.credit;
                    den += ctl.weight;
                    if let Some(l) = ctl.level {
                        s.max_level = s.max_level.max(Some(l));
                        if st.status != Status::Met {
                            s.min_failing = Some(s.min_failing.map_or(l, |m| m.min(l)));
                        }
                    }
                }
                Child::Group(ci) => {
                    let (Some(sub), Some(node)) = (out.get(ci).copied(), fw.groups.get(ci)) else { continue };
                    s.counts += sub.counts;
                    if let Some(idx) = sub.index {
                        num += node.weight * idx / 100.0;
                        den += node.weight;
                    }
                    s.max_level = s.max_level.max(sub.max_level);
                    if let Some(f) = sub.min_failing {
                        s.min_failing = Some(s.min_failing.map_or(f, |m| m.min(f)));
                    }
                }
            }
        }
        s.index = (den > 0.0).then(|| 100.0 * num / den);
        if let Some(slot) = out.get_mut(gi) {
            *slot = s;
        }
    }
    out
}

fn group_score(fw: &CompiledFramework, gi: usize, answers: &Answers, groups: &[GroupState]) -> GroupScore {
    let s = groups.get(gi).copied().unwrap_or_default();
    let mut controls = Vec::new();
    let mut subgroups = Vec::new();
    if let Some(g) = fw.groups.get(gi) {
        for child in &g.children {
            match *child {
                Child::Control(ci) => {
                    let Some(ctl) = fw.controls.get(ci) else { continue };
                    let st = answers.state(ci);
                    controls.push(ControlScore {
                        id: fw.control_ids.get(ci).cloned().unwrap_or_else(|| Arc::from("")),
                        option: st.option.and_then(|o| fw.option_id(ctl.scale, o)).cloned(),
                        status: st.status,
                        credit: st.credit,
                    });
                }
                Child::Group(sub) => subgroups.push(group_score(fw, sub, answers, groups)),
            }
        }
    }
    GroupScore {
        id: fw.group_ids.get(gi).map(|g| g.to_string()).unwrap_or_default(),
        counts: s.counts,
        completeness: s.completeness(),
        compliance: s.compliance(),
        index: s.index,
        level: s.level(),
        controls,
        groups: subgroups,
    }
}
