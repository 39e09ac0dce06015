//! Reports as tidy rows: one row per subject and group, for data frames and CSV.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::report::{GroupScore, Report};

/// One group of one report, flattened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct GroupRow {
    /// The subject's name.
    pub subject: String,
    /// The subject's kind.
    pub subject_kind: Option<String>,
    /// The subject's country.
    pub country: Option<String>,
    /// The subject's sector.
    pub sector: Option<String>,
    /// The framework's id.
    pub framework: String,
    /// The framework's exact version.
    pub framework_version: String,
    /// The group id; the root row carries the framework id.
    pub group: String,
    /// The enclosing group's id (`None` for the root).
    pub parent: Option<String>,
    /// 0 for the root, 1 for top-level groups, and so on.
    pub depth: u32,
    /// See [`GroupScore::level`].
    pub level: Option<u32>,
    /// See [`GroupScore::index`].
    pub index: Option<f64>,
    /// See [`GroupScore::compliance`].
    pub compliance: Option<f64>,
    /// See [`GroupScore::completeness`].
    pub completeness: f64,
    /// See the group's `counts`.
    pub controls: u32,
    /// See the group's `counts`.
    pub applicable: u32,
    /// See the group's `counts`.
    pub answered: u32,
    /// See the group's `counts`.
    pub met: u32,
    /// See the group's `counts`.
    pub not_applicable: u32,
    /// The target level of the report's profile for this group, if any.
    pub target_level: Option<u32>,
    /// Whether that target is reached.
    pub target_reached: Option<bool>,
}

impl Report {
    /// The report as rows, root first, then every group depth-first in document order.
    pub fn rows(&self) -> Vec<GroupRow> {
        let mut out = Vec::new();
        self.push_rows(&self.root, None, 0, &mut out);
        out
    }

    fn push_rows(&self, g: &GroupScore, parent: Option<&str>, depth: u32, out: &mut Vec<GroupRow>) {
        let target = self.gaps.as_ref().and_then(|gaps| gaps.groups.iter().find(|t| t.group == g.id));
        out.push(GroupRow {
            subject: self.subject.name.clone(),
            subject_kind: self.subject.kind.clone(),
            country: self.subject.country.clone(),
            sector: self.subject.sector.clone(),
            framework: self.framework.id.clone(),
            framework_version: self.framework.version.clone(),
            group: g.id.clone(),
            parent: parent.map(str::to_owned),
            depth,
            level: g.level,
            index: g.index,
            compliance: g.compliance,
            completeness: g.completeness,
            controls: g.counts.controls,
            applicable: g.counts.applicable,
            answered: g.counts.answered,
            met: g.counts.met,
            not_applicable: g.counts.not_applicable,
            target_level: target.map(|t| t.target_level),
            target_reached: target.map(|t| t.reached),
        });
        for s in &g.groups {
            self.push_rows(s, Some(&g.id), depth + 1, out);
        }
    }
}
