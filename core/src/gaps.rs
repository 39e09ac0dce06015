//! Gap analysis against a target profile.
//!
//! A control is required by a profile when it is applicable and either the profile names it
//! directly, or one of its enclosing groups is targeted at a level ≥ the control's level.
//! Controls without a level are required by any target on an enclosing group. A group target is
//! reached when every applicable control in the group that the target requires meets.

use std::sync::Arc;

use crate::answers::Answers;
use crate::compiled::CompiledFramework;
use crate::model::framework::Profile;
use crate::model::report::{ControlGap, Gaps, GroupGap, Status};

/// The gaps of `answers` against `p`; `level_of(group index)` is the level each group reached.
pub(crate) fn analyse(fw: &CompiledFramework, p: &Profile, answers: &Answers, level_of: impl Fn(usize) -> Option<u32>) -> Gaps {
    // Target per group, then the highest target among each group's ancestors (parents come first).
    let mut own: Vec<Option<u32>> = vec![None; fw.groups.len()];
    for t in &p.group_targets {
        if let Some(slot) = fw.group_position(&t.group).and_then(|gi| own.get_mut(gi)) {
            *slot = Some(t.level);
        }
    }
    let mut inherited: Vec<Option<u32>> = vec![None; fw.groups.len()];
    for gi in 0..fw.groups.len() {
        let from_parent = fw.groups.get(gi).and_then(|g| g.parent).and_then(|p| inherited.get(p).copied().flatten());
        let mine = own.get(gi).copied().flatten();
        if let Some(slot) = inherited.get_mut(gi) {
            *slot = from_parent.max(mine);
        }
    }
    let direct: Vec<usize> = p.control_targets.iter().filter_map(|c| fw.control_position(c)).collect();

    let fails = |ci: usize| matches!(answers.state(ci).status, Status::NotMet | Status::Unanswered);
    let requires = |level: Option<u32>, target: u32| level.is_none_or(|l| l <= target);

    let mut controls = Vec::new();
    for (ci, ctl) in fw.controls.iter().enumerate() {
        if !fails(ci) {
            continue;
        }
        let target = inherited.get(ctl.group).copied().flatten();
        let by_level = target.is_some_and(|t| requires(ctl.level, t));
        let targeted = direct.contains(&ci);
        if !(by_level || targeted) {
            continue;
        }
        let st = answers.state(ci);
        controls.push((
            ci,
            ControlGap {
                control: fw.control_ids.get(ci).cloned().unwrap_or_else(|| Arc::from("")),
                group: fw.group_ids.get(ctl.group).cloned().unwrap_or_else(|| Arc::from("")),
                level: ctl.level,
                weight: ctl.weight,
                status: st.status,
                option: st.option.and_then(|o| fw.option_id(ctl.scale, o)).cloned(),
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
            let gi = fw.group_position(&t.group)?;
            let range = fw.groups.get(gi)?.subtree.clone();
            let missing = range.filter(|&ci| fails(ci) && fw.controls.get(ci).is_some_and(|c| requires(c.level, t.level))).count();
            Some(GroupGap {
                group: t.group.clone(),
                target_level: t.level,
                current_level: level_of(gi),
                reached: missing == 0,
                missing: u32::try_from(missing).unwrap_or(u32::MAX),
            })
        })
        .collect();

    Gaps { profile: p.id.clone(), groups: group_gaps, controls: controls.into_iter().map(|(_, g)| g).collect() }
}
