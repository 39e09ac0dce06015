//! Report renderers. Each takes a [`View`]: the core's report plus the framework texts it needs,
//! in one language. Renderers only lay out what the core computed.

pub mod csv;
pub mod escape;
pub mod html;
pub mod markdown;
pub mod parquet;
pub mod review;
pub mod table;
pub mod text;
pub mod versions;

use std::collections::HashMap;

use clap::ValueEnum;
use kalkan::{Assessment, Control, ControlGap, Framework, Group, GroupRow, GroupScore, Headline, Report, Status};

use crate::i18n::Lang;

/// Output formats of `kalkan score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Format {
    /// A summary for the terminal.
    #[default]
    Text,
    /// The core's report (JSON).
    Json,
    /// A full report in Markdown.
    #[value(alias = "markdown")]
    Md,
    /// One row per group (and per assessment).
    Csv,
    /// A full, self-contained HTML report with charts.
    Html,
    /// The rows (as csv) in an Apache Parquet file (needs `-o`).
    Parquet,
}

/// A report with the framework texts needed to show it, in one language.
pub struct View<'a> {
    pub report: &'a Report,
    pub framework: &'a Framework,
    /// The scored assessment, for notes and evidence (optional).
    pub assessment: Option<&'a Assessment>,
    pub lang: Lang,
    groups: HashMap<&'a str, &'a Group>,
    controls: HashMap<&'a str, &'a Control>,
}

/// The result the framework puts first, ready to show.
pub struct HeadlineView {
    pub label: &'static str,
    /// The big figure.
    pub value: String,
    /// What the figure means (level name, "of 3", ...), possibly empty.
    pub detail: String,
}

impl<'a> View<'a> {
    pub fn new(report: &'a Report, framework: &'a Framework, assessment: Option<&'a Assessment>, lang: Lang) -> Self {
        let mut groups = HashMap::new();
        framework.walk_groups(|g, _| {
            groups.insert(g.id.as_str(), g);
        });
        let mut controls = HashMap::new();
        framework.walk_controls(|c, _| {
            controls.insert(c.id.as_str(), c);
        });
        View { report, framework, assessment, lang, groups, controls }
    }

    pub fn t(&self, id: &str) -> &'static str {
        self.lang.t(id)
    }

    pub fn text<'t>(&self, t: &'t kalkan::Text) -> &'t str {
        t.display(self.lang.code())
    }

    pub fn framework_title(&self) -> &'a str {
        self.framework.title.display(self.lang.code())
    }

    /// The localized title of a group; the root (whose id is the framework id) is the framework.
    pub fn group_title(&self, id: &str) -> &'a str {
        match self.groups.get(id) {
            Some(g) => g.title.display(self.lang.code()),
            None if id == self.report.root.id => self.framework_title(),
            None => "",
        }
    }

    pub fn control(&self, id: &str) -> Option<&'a Control> {
        self.controls.get(id).copied()
    }

    pub fn control_title(&self, id: &str) -> &'a str {
        self.control(id).map_or("", |c| c.title.display(self.lang.code()))
    }

    /// The localized label of a control's option, or the option id if the framework lacks it.
    pub fn option_label(&self, control: &str, option: &str) -> String {
        self.control(control)
            .and_then(|c| self.framework.scales.iter().find(|s| s.id == c.scale))
            .and_then(|s| s.options.iter().find(|o| o.id == option))
            .map_or_else(|| option.to_string(), |o| o.label.display(self.lang.code()).to_string())
    }

    pub fn level_name(&self, level: u32) -> Option<&'a str> {
        self.framework.levels.iter().find(|l| l.level == level).map(|l| l.name.display(self.lang.code()))
    }

    /// `2 · Documented`, `0`, or `—` when there is no level.
    pub fn level_label(&self, level: Option<u32>) -> String {
        match level {
            None => "—".to_string(),
            Some(l) => match self.level_name(l) {
                Some(name) => format!("{l} · {name}"),
                None => l.to_string(),
            },
        }
    }

    pub fn max_level(&self) -> Option<u32> {
        self.framework.levels.iter().map(|l| l.level).max()
    }

    pub fn status(&self, s: Status) -> &'static str {
        self.t(match s {
            Status::Met => "status-met",
            Status::NotMet => "status-not-met",
            Status::NotApplicable => "status-not-applicable",
            Status::Unanswered => "status-unanswered",
        })
    }

    /// The status with the chosen answer, e.g. `Not met: Partially implemented`.
    pub fn status_with_answer(&self, control: &str, status: Status, option: Option<&str>) -> String {
        match (status, option) {
            (Status::NotMet | Status::Met, Some(o)) => self.lang.labelled(self.status(status), &self.option_label(control, o)),
            _ => self.status(status).to_string(),
        }
    }

    pub fn profile_title(&self) -> Option<String> {
        let id = &self.report.gaps.as_ref()?.profile;
        let p = self.framework.profiles.iter().find(|p| &p.id == id);
        Some(p.map_or_else(|| id.clone(), |p| p.title.display(self.lang.code()).to_string()))
    }

    pub fn index(&self, v: Option<f64>) -> String {
        v.map_or_else(|| "—".to_string(), |v| self.lang.num(v, 1))
    }

    pub fn pct(&self, v: Option<f64>) -> String {
        v.map_or_else(|| "—".to_string(), |v| self.lang.pct(v))
    }

    /// A completeness (a fraction, 0-1) as a percentage.
    pub fn completeness(&self, fraction: f64) -> String {
        self.lang.pct(fraction * 100.0)
    }

    /// `2 ✓` / `2 ✗` for a targeted group, empty otherwise.
    pub fn target_mark(&self, row: &GroupRow) -> String {
        match (row.target_level, row.target_reached) {
            (Some(level), Some(reached)) => format!("{level} {}", if reached { "✓" } else { "✗" }),
            _ => String::new(),
        }
    }

    /// The headline result as the report gives it (the core already puts the index first for a
    /// framework without levels).
    pub fn headline(&self) -> HeadlineView {
        let root = &self.report.root;
        match self.report.headline {
            Headline::Level => {
                let max = self.max_level().unwrap_or(0).to_string();
                match root.level {
                    None => HeadlineView { label: self.t("maturity-level"), value: "—".into(), detail: self.t("no-level").into() },
                    Some(0) => HeadlineView {
                        label: self.t("maturity-level"),
                        value: "0".into(),
                        detail: format!("{} ({})", self.t("no-level-reached"), self.lang.f("level-of", &["0", &max])),
                    },
                    Some(l) => HeadlineView {
                        label: self.t("maturity-level"),
                        value: l.to_string(),
                        detail: format!("{} ({})", self.level_name(l).unwrap_or(""), self.lang.f("level-of", &[&l.to_string(), &max])),
                    },
                }
            }
            Headline::Index => HeadlineView {
                label: self.t("index-headline"),
                value: self.index(root.index),
                detail: if root.index.is_none() { self.t("no-value").into() } else { String::new() },
            },
            Headline::Compliance => HeadlineView {
                label: self.t("compliance"),
                value: self.pct(root.compliance),
                detail: if root.compliance.is_none() { self.t("no-value").into() } else { String::new() },
            },
        }
    }

    /// `reached of targeted` group targets, when there is a profile with group targets.
    pub fn targets_reached(&self) -> Option<(usize, usize)> {
        let g = &self.report.gaps.as_ref()?.groups;
        (!g.is_empty()).then(|| (g.iter().filter(|t| t.reached).count(), g.len()))
    }

    pub fn gaps(&self) -> &'a [ControlGap] {
        self.report.gaps.as_ref().map_or(&[], |g| g.controls.as_slice())
    }

    /// Why the profile requires a control.
    pub fn gap_reason(&self, g: &ControlGap) -> String {
        let mut parts = Vec::new();
        if let Some(t) = g.target_level {
            parts.push(self.lang.f("by-target-level", &[&t.to_string()]));
        }
        if g.targeted {
            parts.push(self.t("by-profile").to_string());
        }
        parts.join("; ")
    }

    /// The top-level groups with the highest and the lowest index (when they differ).
    pub fn strongest_and_weakest(&self) -> Option<(&'a GroupScore, &'a GroupScore)> {
        let scored: Vec<(&GroupScore, f64)> = self.report.root.groups.iter().filter_map(|g| g.index.map(|i| (g, i))).collect();
        if scored.len() < 2 {
            return None;
        }
        // First in document order wins ties, so the output is stable.
        let mut best = scored.first()?;
        let mut worst = scored.first()?;
        for s in &scored {
            if s.1 > best.1 {
                best = s;
            }
            if s.1 < worst.1 {
                worst = s;
            }
        }
        (best.1 > worst.1).then_some((best.0, worst.0))
    }

    /// The report's warnings in this language, each a sentence.
    pub fn warnings(&self) -> Vec<String> {
        self.report
            .warnings
            .iter()
            .map(|w| {
                let text = w.message_in(self.lang.code());
                let mut chars = text.chars();
                chars.next().map(|first| first.to_uppercase().chain(chars).collect::<String>() + ".").unwrap_or_default()
            })
            .collect()
    }

    /// Notes and evidence recorded with a control's answer.
    pub fn notes(&self, control: &str) -> Vec<String> {
        let Some(r) = self.assessment.and_then(|a| a.responses.get(control)) else { return Vec::new() };
        r.notes.iter().filter(|n| !n.trim().is_empty()).cloned().chain(r.evidence.iter().cloned()).collect()
    }

    /// Subject details (kind, country, sector) as `(label id, value)`; a known kind of subject
    /// (`ministry`, `agency`, ...) is named in the report's language.
    pub fn subject_details(&self) -> Vec<(&'static str, String)> {
        let s = &self.report.subject;
        let kind = s.kind.as_deref().map(|k| {
            let id = format!("kind-{k}");
            if kalkan::l10n::has_message(&id) {
                self.t(&id).to_string()
            } else {
                k.to_string()
            }
        });
        [("subject-kind", kind), ("country", s.country.clone()), ("sector", s.sector.clone())].into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect()
    }

    /// `A. Yilmaz (Internal audit)`.
    pub fn assessor(&self) -> Option<String> {
        let a = self.report.assessor.as_ref()?;
        Some(match &a.organisation {
            Some(o) => format!("{} ({o})", a.name),
            None => a.name.clone(),
        })
    }

    /// `2026-11-02 – 2026-11-20`.
    pub fn period(&self) -> Option<String> {
        match (&self.report.started, &self.report.completed) {
            (Some(s), Some(c)) => Some(format!("{s} – {c}")),
            (Some(s), None) => Some(format!("{s} –")),
            (None, Some(c)) => Some(format!("– {c}")),
            (None, None) => None,
        }
    }
}

/// Renders one report in `format`.
pub fn render(view: &View, format: Format) -> Result<String, crate::failure::Failure> {
    Ok(match format {
        Format::Text => text::render(view),
        Format::Md => markdown::render(view),
        Format::Html => html::render(view),
        Format::Csv => csv::render(&view.report.rows()),
        Format::Json => json(view.report)?,
        Format::Parquet => return Err(crate::failure::Failure::Usage(kalkan::l10n::message(crate::failure::language().code(), "parquet-needs-file", &[]))),
    })
}

/// Pretty JSON with a final newline.
pub fn json<T: serde::Serialize>(value: &T) -> Result<String, crate::failure::Failure> {
    let mut s = serde_json::to_string_pretty(value).map_err(|e| crate::failure::Failure::Io(format!("cannot write JSON: {e}")))?;
    s.push('\n');
    Ok(s)
}

/// The pretty JSON array, with a final newline, of values given as their pretty JSON texts:
/// what [`json`] writes for the list of the values themselves.
pub fn json_array(items: &[String]) -> String {
    if items.is_empty() {
        return "[]\n".to_string();
    }
    let mut out = String::with_capacity(items.iter().map(|i| i.len() + i.len() / 8 + 4).sum::<usize>() + 4);
    out.push('[');
    for (n, item) in items.iter().enumerate() {
        out.push_str(if n == 0 { "\n  " } else { ",\n  " });
        // JSON strings escape their newlines: every newline of the text starts a line, to
        // indent one level deeper inside the array.
        out.push_str(&item.replace('\n', "\n  "));
    }
    out.push_str("\n]\n");
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    /// `json_array` of the items' pretty texts is `json` of the array of the items.
    #[test]
    fn json_array_lays_out_items_as_serde_json_does() {
        let items = [json!({"a": [1, {"b": "line\nbreak"}], "c": {}}), json!([]), json!("x"), json!({"d": {"e": [true, null]}})];
        for n in 0..=items.len() {
            let values: Vec<&serde_json::Value> = items.iter().take(n).collect();
            let texts: Vec<String> = values.iter().map(|v| serde_json::to_string_pretty(v).unwrap_or_default()).collect();
            assert_eq!(super::json_array(&texts), super::json(&values).unwrap_or_default(), "{n} items");
        }
    }
}
