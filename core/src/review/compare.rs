//! What changed between two assessments of one subject, per control and per group, and a
//! series of assessments over time (a trend per top-level group).
//!
//! A control **improved** when its answer meets the control and the old one did not, or meets
//! (or fails) alike with more credit; **regressed** the other way round; it is **unchanged**
//! when the result is the same (another option with the same credit and the same `meets`
//! counts as unchanged). **Newly answered** and **no longer answered** say that one side has no
//! answer; **applicability** that it was answered not applicable on one side only; **added** and
//! **removed** that the control exists on one side only (another version of the framework).
//! A group improved when neither its level nor its index went down and one went up; regressed
//! the other way round; **mixed** when one went up and the other down.

use std::collections::HashMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::error::{details, Code, DocumentKind, Error, Pointer, Problem, Result};
use crate::model::report::{ControlScore, GroupScore, Report, Status};
use crate::review::merge::{nothing_given, same_subject};

/// How something changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Better than before.
    Improved,
    /// Worse than before.
    Regressed,
    /// The same result.
    Unchanged,
    /// Up on one measure, down on another (groups).
    Mixed,
    /// Unanswered before, answered now.
    NewlyAnswered,
    /// Answered before, unanswered now.
    NoLongerAnswered,
    /// Not applicable on one side only (controls), or no index on one side only (groups).
    Applicability,
    /// Only in the new assessment's framework version.
    Added,
    /// Only in the old assessment's framework version.
    Removed,
}

/// Two assessments of one subject, compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// The framework's id.
    pub framework: String,
    /// The old report's exact framework version.
    pub old_version: String,
    /// The new report's exact framework version.
    pub new_version: String,
    /// The subject's name (the new report's).
    pub subject: String,
    /// The old assessment's date (completed, else started), if any.
    pub old_date: Option<String>,
    /// The new assessment's date.
    pub new_date: Option<String>,
    /// Every group, root first, depth-first in the new report's order (then removed ones).
    pub groups: Vec<GroupChange>,
    /// Every control, in the new report's order (then removed ones).
    pub controls: Vec<ControlChange>,
    /// How many controls changed which way.
    pub summary: Vec<ChangeCount>,
}

/// How many controls changed one way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct ChangeCount {
    /// The change.
    pub change: Direction,
    /// How many controls.
    pub count: u32,
}

/// One group, before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct GroupChange {
    /// The group's id (the framework id for the root).
    pub group: String,
    /// 0 for the root.
    pub depth: u32,
    /// Level before.
    pub old_level: Option<u32>,
    /// Level after.
    pub new_level: Option<u32>,
    /// After less before, when both have a level.
    pub level_delta: Option<i64>,
    /// Index before.
    pub old_index: Option<f64>,
    /// Index after.
    pub new_index: Option<f64>,
    /// After less before.
    pub index_delta: Option<f64>,
    /// Compliance before.
    pub old_compliance: Option<f64>,
    /// Compliance after.
    pub new_compliance: Option<f64>,
    /// After less before.
    pub compliance_delta: Option<f64>,
    /// How it changed.
    pub change: Direction,
}

/// One control, before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct ControlChange {
    /// The control's id.
    pub control: String,
    /// The group that holds it.
    pub group: String,
    /// Answer before.
    pub old_option: Option<String>,
    /// Answer after.
    pub new_option: Option<String>,
    /// Status before (absent: not in that version).
    pub old_status: Option<Status>,
    /// Status after.
    pub new_status: Option<Status>,
    /// After less before, when both are answered and applicable.
    pub credit_delta: Option<f64>,
    /// How it changed.
    pub change: Direction,
}

/// A report's date: completed, else started.
fn date_of(r: &Report) -> Option<String> {
    r.completed.clone().or_else(|| r.started.clone())
}

fn major(r: &Report) -> u64 {
    semver::Version::parse(&r.framework.version).map_or(0, |v| v.major)
}

/// Checks that `r` (at position `i` of the inputs) is of the same framework family and subject as `first`.
fn check_same(first: &Report, r: &Report, i: usize, problems: &mut Vec<Problem>) {
    let at = || Pointer::root().index(i);
    if r.framework.id != first.framework.id {
        problems.push(Problem::new(
            at().key("framework").key("id"),
            Code::FrameworkMismatch,
            details([("found", json!(r.framework.id)), ("expected", json!(first.framework.id))]),
        ));
    } else if major(r) != major(first) {
        problems.push(Problem::new(
            at().key("framework").key("version"),
            Code::VersionMismatch,
            details([("found", json!(r.framework.version)), ("expected", json!(first.framework.version))]),
        ));
    }
    if !same_subject(&r.subject, &first.subject) {
        problems.push(Problem::new(
            at().key("subject").key("name"),
            Code::SubjectMismatch,
            details([("found", json!(r.subject.name)), ("expected", json!(first.subject.name))]),
        ));
    }
}

fn walk<'r>(g: &'r GroupScore, depth: u32, f: &mut impl FnMut(&'r GroupScore, u32)) {
    f(g, depth);
    for s in &g.groups {
        walk(s, depth + 1, f);
    }
}

fn controls_of(r: &Report) -> Vec<(&GroupScore, &ControlScore)> {
    let mut out = Vec::new();
    walk(&r.root, 0, &mut |g, _| out.extend(g.controls.iter().map(|c| (g, c))));
    out
}

fn delta(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    Some(b? - a?)
}

fn control_change(old: Option<&ControlScore>, new: Option<&ControlScore>) -> (Direction, Option<f64>) {
    let (Some(o), Some(n)) = (old, new) else {
        return (if new.is_some() { Direction::Added } else { Direction::Removed }, None);
    };
    let answered = |s: Status| s != Status::Unanswered;
    match (answered(o.status), answered(n.status)) {
        (false, false) => return (Direction::Unchanged, None),
        (false, true) => return (Direction::NewlyAnswered, None),
        (true, false) => return (Direction::NoLongerAnswered, None),
        (true, true) => {}
    }
    let na = |s: Status| s == Status::NotApplicable;
    match (na(o.status), na(n.status)) {
        (true, true) => return (Direction::Unchanged, None),
        (true, false) | (false, true) => return (Direction::Applicability, None),
        (false, false) => {}
    }
    let rank = |c: &ControlScore| (c.status == Status::Met, c.credit);
    let (ro, rn) = (rank(o), rank(n));
    let change = match ro.0.cmp(&rn.0).then(ro.1.total_cmp(&rn.1)) {
        std::cmp::Ordering::Less => Direction::Improved,
        std::cmp::Ordering::Greater => Direction::Regressed,
        std::cmp::Ordering::Equal => Direction::Unchanged,
    };
    (change, Some(n.credit - o.credit))
}

fn group_change(old: Option<&GroupScore>, new: Option<&GroupScore>) -> Direction {
    let (Some(o), Some(n)) = (old, new) else {
        return if new.is_some() { Direction::Added } else { Direction::Removed };
    };
    if o.index.is_some() != n.index.is_some() {
        return Direction::Applicability;
    }
    let sign = |d: Option<f64>| {
        d.map_or(0, |d| {
            if d > 0.0 {
                1
            } else if d < 0.0 {
                -1
            } else {
                0
            }
        })
    };
    #[allow(clippy::cast_precision_loss)]
    let level = sign(match (o.level, n.level) {
        (Some(a), Some(b)) => Some(f64::from(b) - f64::from(a)),
        _ => None,
    });
    let index = sign(delta(o.index, n.index));
    match (level.max(index), level.min(index)) {
        (0, 0) => Direction::Unchanged,
        (1, -1) => Direction::Mixed,
        (1, _) => Direction::Improved,
        _ => Direction::Regressed,
    }
}

/// Compares two reports of one subject and framework family (id and major version); see the
/// module documentation for what each [`Direction`] means.
pub fn compare(old: &Report, new: &Report) -> Result<Comparison> {
    let mut problems = Vec::new();
    check_same(old, new, 1, &mut problems);
    if !problems.is_empty() {
        return Err(Error::Invalid { document: DocumentKind::Report, problems });
    }
    let mut old_groups: HashMap<&str, &GroupScore> = HashMap::new();
    walk(&old.root, 0, &mut |g, _| {
        old_groups.insert(g.id.as_str(), g);
    });
    let mut groups = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut push_group = |o: Option<&GroupScore>, n: Option<&GroupScore>, depth: u32| {
        let (Some(g), change) = (n.or(o), group_change(o, n)) else { return };
        groups.push(GroupChange {
            group: g.id.clone(),
            depth,
            old_level: o.and_then(|g| g.level),
            new_level: n.and_then(|g| g.level),
            level_delta: match (o.and_then(|g| g.level), n.and_then(|g| g.level)) {
                (Some(a), Some(b)) => Some(i64::from(b) - i64::from(a)),
                _ => None,
            },
            old_index: o.and_then(|g| g.index),
            new_index: n.and_then(|g| g.index),
            index_delta: delta(o.and_then(|g| g.index), n.and_then(|g| g.index)),
            old_compliance: o.and_then(|g| g.compliance),
            new_compliance: n.and_then(|g| g.compliance),
            compliance_delta: delta(o.and_then(|g| g.compliance), n.and_then(|g| g.compliance)),
            change,
        });
    };
    // The roots are the same framework's (their ids are the framework id).
    walk(&new.root, 0, &mut |g, depth| {
        seen.insert(g.id.clone());
        push_group(old_groups.get(g.id.as_str()).copied(), Some(g), depth);
    });
    walk(&old.root, 0, &mut |g, depth| {
        if !seen.contains(&g.id) {
            push_group(Some(g), None, depth);
        }
    });

    let old_controls: HashMap<&str, (&GroupScore, &ControlScore)> = controls_of(old).into_iter().map(|(g, c)| (&*c.id, (g, c))).collect();
    let new_controls = controls_of(new);
    let mut controls = Vec::new();
    let mut push_control = |group: &str, o: Option<&ControlScore>, n: Option<&ControlScore>| {
        let Some(c) = n.or(o) else { return };
        let (change, credit_delta) = control_change(o, n);
        controls.push(ControlChange {
            control: c.id.to_string(),
            group: group.to_string(),
            old_option: o.and_then(|c| c.option.as_deref().map(str::to_string)),
            new_option: n.and_then(|c| c.option.as_deref().map(str::to_string)),
            old_status: o.map(|c| c.status),
            new_status: n.map(|c| c.status),
            credit_delta,
            change,
        });
    };
    for (g, c) in &new_controls {
        push_control(&g.id, old_controls.get(&*c.id).map(|(_, c)| *c), Some(c));
    }
    let in_new: std::collections::HashSet<&str> = new_controls.iter().map(|(_, c)| &*c.id).collect();
    for (g, c) in controls_of(old) {
        if !in_new.contains(&*c.id) {
            push_control(&g.id, Some(c), None);
        }
    }
    let order = [
        Direction::Improved,
        Direction::Regressed,
        Direction::Unchanged,
        Direction::NewlyAnswered,
        Direction::NoLongerAnswered,
        Direction::Applicability,
        Direction::Added,
        Direction::Removed,
    ];
    let summary = order
        .iter()
        .map(|&change| ChangeCount { change, count: u32::try_from(controls.iter().filter(|c| c.change == change).count()).unwrap_or(u32::MAX) })
        .filter(|c| c.count > 0)
        .collect();
    Ok(Comparison {
        framework: new.framework.id.clone(),
        old_version: old.framework.version.clone(),
        new_version: new.framework.version.clone(),
        subject: new.subject.name.clone(),
        old_date: date_of(old),
        new_date: date_of(new),
        groups,
        controls,
        summary,
    })
}

/// A series of assessments of one subject over time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Trend {
    /// The framework's id.
    pub framework: String,
    /// The subject's name (the latest report's).
    pub subject: String,
    /// One point per report, oldest first.
    pub points: Vec<TrendPoint>,
    /// One series per group: the root, then the top-level groups, in document order.
    pub series: Vec<TrendSeries>,
}

/// One report of a series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct TrendPoint {
    /// Its date (completed, else started), if any.
    pub date: Option<String>,
    /// The exact framework version it was scored against.
    pub version: String,
}

/// One group's results over the series (a value per point, `null` where there is none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct TrendSeries {
    /// The group's id (the framework id for the root).
    pub group: String,
    /// The index at each point.
    pub index: Vec<Option<f64>>,
    /// The compliance at each point.
    pub compliance: Vec<Option<f64>>,
    /// The level at each point.
    pub level: Vec<Option<u32>>,
}

/// A trend over reports of one subject and framework family. The reports are put in date order
/// when every one has a date (completed, else started; ties keep the given order), else kept in
/// the given order.
pub fn trend(reports: &[Report]) -> Result<Trend> {
    let Some(first) = reports.first() else { return Err(nothing_given("reports")) };
    let mut problems = Vec::new();
    for (i, r) in reports.iter().enumerate().skip(1) {
        check_same(first, r, i, &mut problems);
    }
    if !problems.is_empty() {
        return Err(Error::Invalid { document: DocumentKind::Report, problems });
    }
    let mut ordered: Vec<&Report> = reports.iter().collect();
    if ordered.iter().all(|r| date_of(r).is_some()) {
        ordered.sort_by_key(|r| date_of(r));
    }
    let latest = ordered.last().copied().unwrap_or(first);
    let mut ids: Vec<String> = vec![latest.root.id.clone()];
    ids.extend(latest.root.groups.iter().map(|g| g.id.clone()));
    let series = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let at = |r: &&Report| -> Option<GroupScore> {
                if i == 0 {
                    Some(r.root.clone())
                } else {
                    r.root.groups.iter().find(|g| &g.id == id).cloned()
                }
            };
            let found: Vec<Option<GroupScore>> = ordered.iter().map(at).collect();
            TrendSeries {
                group: id.clone(),
                index: found.iter().map(|g| g.as_ref().and_then(|g| g.index)).collect(),
                compliance: found.iter().map(|g| g.as_ref().and_then(|g| g.compliance)).collect(),
                level: found.iter().map(|g| g.as_ref().and_then(|g| g.level)).collect(),
            }
        })
        .collect();
    Ok(Trend {
        framework: latest.framework.id.clone(),
        subject: latest.subject.name.clone(),
        points: ordered.iter().map(|r| TrendPoint { date: date_of(r), version: r.framework.version.clone() }).collect(),
        series,
    })
}
