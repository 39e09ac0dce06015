//! Gap analysis against a target profile.
//!
//! A control is required by a profile when it is applicable and either the profile names it
//! directly, or one of its enclosing groups is targeted at a level ≥ the control's level.
//! Controls without a level are required by any target on an enclosing group. A group target is
//! reached when every applicable control in the group that the target requires meets.

use std::sync::Arc;

use crate::assessment::Assessment;
use crate::compiled::CompiledFramework;
use crate::error::Error;
use crate::framework::Profile;
use crate::report::{ControlGap, Gaps, GroupGap, Status};
use crate::scoring::{ControlState, GroupState};

impl CompiledFramework {
    /// Gap analysis of an assessment against `profile`, or else the assessment's own profile.
    pub fn gaps(&self, assessment: &Assessment, profile: Option<&str>) -> Result<Gaps, Error> {
        let states = self.checked_states(assessment)?;
        let id = profile.or(assessment.profile.as_deref()).ok_or(Error::NoProfile)?;
        let p = self.profile(id).ok_or_else(|| Error::UnknownProfile(id.to_string()))?;
        let groups = self.group_states(&states);
        Ok(self.gaps_for(p, &states, &groups))
    }

    pub(crate) fn gaps_for(&self, p: &Profile, states: &[ControlState], groups: &[GroupState]) -> Gaps {
        // Target per group, then the highest target among each group's ancestors (parents come first).
        let mut own: Vec<Option<u32>> = vec![None; self.groups.len()];
        for t in &p.group_targets {
            if let Some(slot) = self.group_position(&t.group).and_then(|gi| own.get_mut(gi)) {
                *slot = Some(t.level);
            }
        }
        let mut inherited: Vec<Option<u32>> = vec![None; self.groups.len()];
        for gi in 0..self.groups.len() {
            let from_parent = self.groups.get(gi).and_then(|g| g.parent).and_then(|p| inherited.get(p).copied().flatten());
            let mine = own.get(gi).copied().flatten();
            if let Some(slot) = inherited.get_mut(gi) {
                *slot = from_parent.max(mine);
            }
        }
        let direct: Vec<usize> = p.control_targets.iter().filter_map(|c| self.control_position(c)).collect();

        let fails = |ci: usize| states.get(ci).is_some_and(|s| matches!(s.status, Status::NotMet | Status::Unanswered));
        let requires = |level: Option<u32>, target: u32| level.is_none_or(|l| l <= target);

        let mut controls = Vec::new();
        for (ci, ctl) in self.controls.iter().enumerate() {
            if !fails(ci) {
                continue;
            }
            let target = inherited.get(ctl.group).copied().flatten();
            let by_level = target.is_some_and(|t| requires(ctl.level, t));
            let targeted = direct.contains(&ci);
            if !(by_level || targeted) {
                continue;
            }
            let st = states.get(ci);
            controls.push((
                ci,
                ControlGap {
                    control: self.control_ids.get(ci).cloned().unwrap_or_else(|| Arc::from("")),
                    group: self.group_ids.get(ctl.group).cloned().unwrap_or_else(|| Arc::from("")),
                    level: ctl.level,
                    weight: ctl.weight,
                    status: st.map_or(Status::Unanswered, |s| s.status),
                    option: st.and_then(|s| s.option).and_then(|o| self.option_id(ctl.scale, o)).cloned(),
                    target_level: if by_level { target } else { None },
                    targeted,
                },
            ));
        }
        controls.sort_by(|(ai, a), (bi, b)| a.level.cmp(&b.level).then(b.weight.total_cmp(&a.weight)).then(ai.cmp(bi)));

        let group_gaps = p
            .group_targets
            .iter()
            .filter_map(|t| {
                let gi = self.group_position(&t.group)?;
                let range = self.groups.get(gi)?.subtree.clone();
                let missing = range.filter(|&ci| fails(ci) && self.controls.get(ci).is_some_and(|c| requires(c.level, t.level))).count();
                Some(GroupGap {
                    group: t.group.clone(),
                    target_level: t.level,
                    current_level: groups.get(gi).and_then(GroupState::level),
                    reached: missing == 0,
                    missing: u32::try_from(missing).unwrap_or(u32::MAX),
                })
            })
            .collect();

        Gaps { profile: p.id.clone(), groups: group_gaps, controls: controls.into_iter().map(|(_, g)| g).collect() }
    }
}
