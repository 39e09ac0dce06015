//! Scoring: one recursive definition for every group and for the root.
//!
//! For a group (the root is the group of the top-level groups):
//! - counts over the subtree; completeness = answered / controls;
//! - compliance = 100 × met / applicable, unanswered counting as not met;
//! - index = 100 × the weighted mean over the children of a control's credit (unanswered: 0)
//!   or a sub-group's index / 100, leaving out children with nothing applicable;
//! - level = the largest L, from 0 up to the highest level among applicable controls, such that
//!   every applicable control of level ≤ L meets (unanswered blocks a level).

use std::sync::Arc;

use crate::assessment::Assessment;
use crate::compiled::{Child, CompiledFramework};
use crate::error::{DocumentKind, Error};
use crate::parse;
use crate::report::{ControlScore, Counts, GroupScore, Report, Status, Warning, WarningCode};

/// The state of one control after reading the answers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ControlState {
    /// Index of the chosen option in the control's scale.
    pub option: Option<usize>,
    pub status: Status,
    pub credit: f64,
}

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
            Some(f) => max.min(f - 1),
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

impl CompiledFramework {
    /// Scores an assessment; gaps are computed against `profile`, or else the assessment's own.
    ///
    /// The assessment is validated first; an invalid one yields [`Error::Invalid`] with every problem.
    pub fn score(&self, assessment: &Assessment, profile: Option<&str>) -> Result<Report, Error> {
        let states = self.checked_states(assessment)?;
        self.score_states(assessment, states, profile)
    }

    /// Parses, validates and scores an assessment given as JSON.
    pub fn score_json(&self, assessment_json: &str, profile: Option<&str>) -> Result<Report, Error> {
        let a: Assessment = parse::parse(DocumentKind::Assessment, assessment_json)?;
        self.score(&a, profile)
    }

    fn score_states(&self, a: &Assessment, states: Vec<ControlState>, profile: Option<&str>) -> Result<Report, Error> {
        let profile = match profile.or(a.profile.as_deref()) {
            Some(p) => Some(self.profile(p).ok_or_else(|| Error::UnknownProfile(p.to_string()))?),
            None => None,
        };
        let groups = self.group_states(&states);
        let root = self.group_score(0, &states, &groups);
        let gaps = profile.map(|p| self.gaps_for(p, &states, &groups));

        let mut warnings = Vec::new();
        let rc = root.counts;
        if rc.unanswered > 0 {
            warnings.push(Warning {
                code: WarningCode::Incomplete,
                message: format!("{} of {} controls are unanswered and count as not met", rc.unanswered, rc.controls),
            });
        }
        if rc.applicable == 0 {
            warnings.push(Warning {
                code: WarningCode::NothingApplicable,
                message: "every control is answered as not applicable: there is no index, compliance or level".into(),
            });
        }
        Ok(Report {
            framework: self.stamp(),
            subject: a.subject.clone(),
            assessor: a.assessor.clone(),
            started: a.started.clone(),
            completed: a.completed.clone(),
            headline: self.headline(),
            root,
            gaps,
            warnings,
        })
    }

    /// Aggregates for every group; groups are stored parents-first, so children are done in reverse.
    pub(crate) fn group_states(&self, states: &[ControlState]) -> Vec<GroupState> {
        let mut out = vec![GroupState::default(); self.groups.len()];
        for gi in (0..self.groups.len()).rev() {
            let Some(g) = self.groups.get(gi) else { continue };
            let mut s = GroupState::default();
            let (mut num, mut den) = (0.0_f64, 0.0_f64);
            for child in &g.children {
                match *child {
                    Child::Control(ci) => {
                        let (Some(ctl), Some(st)) = (self.controls.get(ci), states.get(ci)) else { continue };
                        let c = &mut s.counts;
                        c.controls += 1;
                        match st.status {
                            Status::NotApplicable => {
                                c.answered += 1;
                                c.not_applicable += 1;
                                continue;
                            }
                            Status::Unanswered => c.unanswered += 1,
                            Status::Met => {
                                c.answered += 1;
                                c.met += 1;
                            }
                            Status::NotMet => c.answered += 1,
                        }
                        c.applicable += 1;
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
                        let (Some(sub), Some(node)) = (out.get(ci).copied(), self.groups.get(ci)) else { continue };
                        let (c, sc) = (&mut s.counts, sub.counts);
                        c.controls += sc.controls;
                        c.applicable += sc.applicable;
                        c.answered += sc.answered;
                        c.unanswered += sc.unanswered;
                        c.met += sc.met;
                        c.not_applicable += sc.not_applicable;
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

    fn group_score(&self, gi: usize, states: &[ControlState], groups: &[GroupState]) -> GroupScore {
        let s = groups.get(gi).copied().unwrap_or_default();
        let mut controls = Vec::new();
        let mut subgroups = Vec::new();
        if let Some(g) = self.groups.get(gi) {
            for child in &g.children {
                match *child {
                    Child::Control(ci) => {
                        let (Some(st), Some(ctl)) = (states.get(ci), self.controls.get(ci)) else { continue };
                        controls.push(ControlScore {
                            id: self.control_ids.get(ci).cloned().unwrap_or_else(|| Arc::from("")),
                            option: st.option.and_then(|o| self.option_id(ctl.scale, o)).cloned(),
                            status: st.status,
                            credit: st.credit,
                        });
                    }
                    Child::Group(sub) => subgroups.push(self.group_score(sub, states, groups)),
                }
            }
        }
        GroupScore {
            id: self.group_ids.get(gi).map(|g| g.to_string()).unwrap_or_default(),
            counts: s.counts,
            completeness: s.completeness(),
            compliance: s.compliance(),
            index: s.index,
            level: s.level(),
            controls,
            groups: subgroups,
        }
    }
}

impl CompiledFramework {
    /// Scores many assessments (JSON texts), in parallel where the platform has threads.
    /// Results come back in input order, each a report or that assessment's error.
    pub fn score_batch<S: AsRef<str> + Sync>(&self, assessments_json: &[S], profile: Option<&str>) -> Vec<Result<Report, Error>> {
        let one = |s: &S| self.score_json(s.as_ref(), profile);
        let threads = if cfg!(target_arch = "wasm32") { 1 } else { std::thread::available_parallelism().map_or(1, |n| n.get()) };
        if threads <= 1 || assessments_json.len() < 64 {
            return assessments_json.iter().map(one).collect();
        }
        let chunk = assessments_json.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let handles: Vec<_> = assessments_json.chunks(chunk).map(|part| scope.spawn(move || part.iter().map(one).collect::<Vec<_>>())).collect();
            let mut out = Vec::with_capacity(assessments_json.len());
            for (h, part) in handles.into_iter().zip(assessments_json.chunks(chunk)) {
                // A panicking worker would be a bug; score its part again on this thread to surface it.
                match h.join() {
                    Ok(v) => out.extend(v),
                    Err(_) => out.extend(part.iter().map(one)),
                }
            }
            out
        })
    }
}
