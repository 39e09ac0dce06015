//! The terminal summary: who and what, the headline, a table of groups, the top gaps.

use std::fmt::Write as _;

use crate::render::table::{layout, Align};
use crate::render::View;

/// How many gaps the summary lists.
pub const TOP_GAPS: usize = 10;

pub fn render(v: &View) -> String {
    let mut out = String::new();
    let l = v.lang;
    let r = v.report;
    let _ = writeln!(out, "{}", v.t("report-title"));
    let mut subject = r.subject.name.clone();
    let details: Vec<String> = v.subject_details().into_iter().map(|(_, d)| d).collect();
    if !details.is_empty() {
        let _ = write!(subject, " ({})", details.join(" · "));
    }
    let _ = writeln!(out, "{}", l.labelled(v.t("subject"), &subject));
    let fw = format!("{} ({} {})", v.framework_title(), r.framework.id, r.framework.version);
    let _ = writeln!(out, "{}", l.labelled(v.t("framework"), &fw));
    if let Some(a) = v.assessor() {
        let _ = writeln!(out, "{}", l.labelled(v.t("assessor"), &a));
    }
    if let Some(p) = v.period() {
        let _ = writeln!(out, "{}", l.labelled(v.t("period"), &p));
    }
    if let Some(p) = v.profile_title() {
        let _ = writeln!(out, "{}", l.labelled(v.t("target-profile"), &p));
    }
    out.push('\n');

    let h = v.headline();
    let headline = if h.detail.is_empty() { h.value } else { format!("{} · {}", h.value, h.detail) };
    let _ = writeln!(out, "{}", l.labelled(h.label, &headline));
    let root = &r.root;
    let figures = [
        l.labelled(v.t("index"), &v.index(root.index)),
        l.labelled(v.t("compliance"), &v.pct(root.compliance)),
        l.labelled(v.t("completeness"), &v.completeness(root.completeness)),
    ];
    let _ = writeln!(out, "{}", figures.join(" · "));
    if let Some((reached, total)) = v.targets_reached() {
        let _ = writeln!(out, "{}", l.labelled(v.t("targets-reached"), &l.f("level-of", &[&reached.to_string(), &total.to_string()])));
    }
    out.push('\n');

    let rows: Vec<Vec<String>> = r
        .rows()
        .iter()
        .map(|g| {
            vec![
                format!("{}{}", "  ".repeat(g.depth as usize), v.group_title(&g.group)),
                v.level_label(g.level),
                v.index(g.index),
                v.pct(g.compliance),
                v.completeness(g.completeness),
                v.target_mark(g),
            ]
        })
        .collect();
    let header = [v.t("group"), v.t("level"), v.t("index"), v.t("compliance"), v.t("completeness"), v.t("target")];
    let align = [Align::Start, Align::Start, Align::End, Align::End, Align::End, Align::Start];
    out.push_str(&layout(&header, &rows, &align, ""));

    match &r.gaps {
        None => {
            out.push('\n');
            let _ = writeln!(out, "{}", v.t("no-target-profile"));
        }
        Some(g) if g.controls.is_empty() => {
            out.push('\n');
            let _ = writeln!(out, "{}", v.t("no-gaps"));
        }
        Some(g) => {
            out.push('\n');
            let _ = writeln!(out, "{}", l.colon(&format!("{} ({})", v.t("top-gaps"), v.profile_title().unwrap_or_default())));
            let rows: Vec<Vec<String>> = g
                .controls
                .iter()
                .take(TOP_GAPS)
                .enumerate()
                .map(|(i, c)| {
                    vec![
                        format!("{}.", i + 1),
                        c.control.to_string(),
                        v.control_title(&c.control).to_string(),
                        v.level_label(c.level),
                        v.status_with_answer(&c.control, c.status, c.option.as_deref()),
                    ]
                })
                .collect();
            let header = ["#", v.t("control"), v.t("title"), v.t("level"), v.t("status")];
            let align = [Align::End, Align::Start, Align::Start, Align::Start, Align::Start];
            out.push_str(&layout(&header, &rows, &align, "  "));
            if g.controls.len() > TOP_GAPS {
                let _ = writeln!(out, "  {}", l.f("more-gaps", &[&(g.controls.len() - TOP_GAPS).to_string()]));
            }
        }
    }

    let warnings = v.warnings();
    if !warnings.is_empty() {
        out.push('\n');
        let _ = writeln!(out, "{}", l.colon(v.t("warnings")));
        for w in warnings {
            let _ = writeln!(out, "  - {w}");
        }
    }
    out
}
