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
    list(fw, p, answers, level_of).gaps(fw, answers)
}

/// The gaps with each control by its position: what [`Gaps`] holds, before the control rows are
/// made (the report JSON is written from this list).
pub(crate) struct GapList<'p> {
    pub profile: &'p str,
    pub groups: Vec<GroupGap>,
    /// In the order of [`Gaps::controls`].
    pub controls: Vec<GapAt>,
}

/// A required control that does not meet: its position, and what [`ControlGap`] says of the target.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GapAt {
    pub ci: usize,
    pub target_level: Option<u32>,
    pub targeted: bool,
}

/// A [`ControlGap`] borrowed from the framework.
pub(crate) struct GapRow<'f> {
    pub control: &'f Arc<str>,
    pub group: &'f Arc<str>,
    pub level: Option<u32>,
    pub weight: f64,
    pub status: Status,
    pub option: Option<&'f Arc<str>>,
    pub target_level: Option<u32>,
    pub targeted: bool,
}

impl GapAt {
    /// The row of this control (`None` for a position `fw` does not have).
    pub fn row<'f>(&self, fw: &'f CompiledFramework, answers: &Answers) -> Option<GapRow<'f>> {
        let ctl = fw.controls.get(self.ci)?;
        let st = answers.state(self.ci);
        Some(GapRow {
            control: fw.control_ids.get(self.ci)?,
            group: fw.group_ids.get(ctl.group)?,
            level: ctl.level,
            weight: ctl.weight,
            status: st.status,
            option: st.option.and_then(|o| fw.option_id(ctl.scale, o)),
            target_level: self.target_level,
            targeted: self.targeted,
        })
    }
}

impl GapList<'_> {
    pub fn gaps(&self, fw: &CompiledFramework, answers: &Answers) -> Gaps {
        let controls = self
            .controls
            .iter()
            .filter_map(|g| g.row(fw, answers))
            .map(|r| ControlGap {
                control: r.control.clone(),
                group: r.group.clone(),
                level: r.level,
                weight: r.weight,
                status: r.status,
                option: r.option.cloned(),
                target_level: r.target_level,
                targeted: r.targeted,
            })
            .collect();
        Gaps { profile: self.profile.to_string(), groups: self.groups.clone(), controls }
    }
}

/// The gaps of `answers` against `p`, controls by position (see [`analyse`]).
pub(crate) fn list<'p>(fw: &CompiledFramework, p: &'p Profile, answers: &Answers, level_of: impl Fn(usize) -> Option<u32>) -> GapList<'p> {
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
        controls.push(GapAt { ci, target_level: if by_level { target } else { None }, targeted });
    }
    // Positions are unique, so the order is total and an unstable sort gives the one order.
    let key = |g: &GapAt| fw.controls.get(g.ci).map(|c| (c.level, c.weight));
    controls.sort_unstable_by(|a, b| match (key(a), key(b)) {
        (Some((al, aw)), Some((bl, bw))) => al.cmp(&bl).then(bw.total_cmp(&aw)).then(a.ci.cmp(&b.ci)),
        _ => a.ci.cmp(&b.ci),
    });

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

    GapList { profile: &p.id, groups: group_gaps, controls }
}
