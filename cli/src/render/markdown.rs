//! The full report in Markdown. Every framework or assessment text goes through
//! [`escape::markdown`], so no markup (and no raw HTML) comes from the inputs.

use std::fmt::Write as _;

use kalkan::GroupScore;

use crate::render::escape::markdown as md;
use crate::render::View;

pub fn render(v: &View) -> String {
    let mut out = String::new();
    let l = v.lang;
    let r = v.report;
    if l.is_rtl() {
        // CommonMark keeps Markdown between HTML blocks separated by blank lines.
        let _ = writeln!(out, "<div dir=\"rtl\" lang=\"{}\">\n", l.code());
    }
    let _ = writeln!(out, "# {}\n", l.labelled(&md(v.t("report-title")), &md(&r.subject.name)));
    let mut facts: Vec<(String, String)> = Vec::new();
    for (k, d) in v.subject_details() {
        facts.push((v.t(k).into(), md(&d)));
    }
    facts.push((v.t("framework").into(), format!("{} (`{}` {})", md(v.framework_title()), r.framework.id, md(&r.framework.version))));
    if let Some(a) = v.assessor() {
        facts.push((v.t("assessor").into(), md(&a)));
    }
    if let Some(p) = v.period() {
        facts.push((v.t("period").into(), md(&p)));
    }
    if let Some(p) = v.profile_title() {
        facts.push((v.t("target-profile").into(), md(&p)));
    }
    for (k, val) in &facts {
        let _ = writeln!(out, "- **{}** {val}", md(&l.colon(k)));
    }
    out.push('\n');

    // Executive summary
    let _ = writeln!(out, "## {}\n", md(v.t("executive-summary")));
    let h = v.headline();
    let detail = if h.detail.is_empty() { String::new() } else { format!(" — {}", md(&h.detail)) };
    let _ = writeln!(out, "**{}**{detail}\n", md(&l.labelled(h.label, &h.value)));
    let root = &r.root;
    let mut head = vec![v.t("index"), v.t("compliance"), v.t("completeness")];
    let mut vals = vec![v.index(root.index), v.pct(root.compliance), v.completeness(root.completeness)];
    if let Some((reached, total)) = v.targets_reached() {
        head.push(v.t("targets-reached"));
        vals.push(l.f("level-of", &[&reached.to_string(), &total.to_string()]));
    }
    if r.gaps.is_some() {
        head.push(v.t("gap-count"));
        vals.push(v.gaps().len().to_string());
    }
    table_head(&mut out, &head, &vec!["---:"; head.len()]);
    let _ = writeln!(out, "| {} |\n", vals.iter().map(|s| md(s)).collect::<Vec<_>>().join(" | "));
    if let Some((best, worst)) = v.strongest_and_weakest() {
        for (key, g) in [("strongest", best), ("weakest", worst)] {
            let value = format!("{} ({} {})", v.group_title(&g.id), v.t("index"), v.index(g.index));
            let _ = writeln!(out, "- {}", md(&l.labelled(v.t(key), &value)));
        }
        out.push('\n');
    }
    let warnings = v.warnings();
    if !warnings.is_empty() {
        let _ = writeln!(out, "> **{}**", md(&l.colon(v.t("warnings"))));
        for w in &warnings {
            let _ = writeln!(out, "> - {}", md(w));
        }
        out.push('\n');
    }
    if r.gaps.is_none() {
        let _ = writeln!(out, "{}\n", md(v.t("no-target-profile")));
    }

    // Results by group
    let _ = writeln!(out, "## {}\n", md(v.t("results-by-group")));
    table_head(
        &mut out,
        &[v.t("group"), v.t("level"), v.t("index"), v.t("compliance"), v.t("completeness"), v.t("target")],
        &["---", "---", "---:", "---:", "---:", "---"],
    );
    for g in r.rows() {
        let title = md(v.group_title(&g.group));
        let name = match (g.depth as usize).checked_sub(1) {
            None => format!("**{title}**"),
            Some(indent) => format!("{}{title} ({})", "\u{a0}\u{a0}\u{a0}\u{a0}".repeat(indent), md(&g.group)),
        };
        let target = match (g.target_level, g.target_reached) {
            (Some(level), Some(reached)) => format!("{level} — {}", v.t(if reached { "reached" } else { "not-reached" })),
            _ => String::new(),
        };
        row(&mut out, &[name, md(&v.level_label(g.level)), md(&v.index(g.index)), md(&v.pct(g.compliance)), md(&v.completeness(g.completeness)), md(&target)]);
    }
    out.push('\n');

    // Controls
    let _ = writeln!(out, "## {}\n", md(v.t("controls-by-group")));
    let mut trail: Vec<&str> = Vec::new();
    for g in &r.root.groups {
        controls_section(v, g, &mut trail, &mut out);
    }

    // Gaps
    let profile = v.profile_title().map(|p| format!(" ({})", md(&p))).unwrap_or_default();
    let _ = writeln!(out, "## {}{profile}\n", md(v.t("prioritized-gaps")));
    match &r.gaps {
        None => {
            let _ = writeln!(out, "{}\n", md(v.t("no-target-profile")));
        }
        Some(g) if g.controls.is_empty() => {
            let _ = writeln!(out, "{}\n", md(v.t("no-gaps")));
        }
        Some(g) => {
            table_head(
                &mut out,
                &["#", v.t("control"), v.t("title"), v.t("group"), v.t("level"), v.t("status"), v.t("why-required")],
                &["---:", "---", "---", "---", "---", "---", "---"],
            );
            for (i, c) in g.controls.iter().enumerate() {
                row(
                    &mut out,
                    &[
                        (i + 1).to_string(),
                        md(&c.control),
                        md(v.control_title(&c.control)),
                        md(v.group_title(&c.group)),
                        md(&v.level_label(c.level)),
                        md(&v.status_with_answer(&c.control, c.status, c.option.as_deref())),
                        md(&v.gap_reason(c)),
                    ],
                );
            }
            out.push('\n');
        }
    }

    // Framework
    let _ = writeln!(out, "## {}\n", md(v.t("about-framework")));
    let f = v.framework;
    let mut about = vec![
        ("framework", md(v.framework_title())),
        ("framework-id", format!("`{}`", r.framework.id)),
        ("version", md(&r.framework.version)),
        ("digest", format!("`{}`", md(&r.framework.digest))),
    ];
    if let Some(publisher) = f.publisher.get_or_english(v.lang.code()) {
        about.push(("publisher", md(publisher)));
    }
    if !f.license.trim().is_empty() {
        about.push(("license", md(&f.license)));
    }
    if let Some(u) = &f.source_url {
        about.push(("source", md(u)));
    }
    for (k, val) in about {
        let _ = writeln!(out, "- **{}** {val}", md(&l.colon(v.t(k))));
    }
    let _ = writeln!(out, "\n_{}_", md(&l.f("generated-by", &[env!("CARGO_PKG_VERSION")])));
    if l.is_rtl() {
        out.push_str("\n</div>\n");
    }
    out
}

fn controls_section<'a>(v: &View<'a>, g: &'a GroupScore, trail: &mut Vec<&'a str>, out: &mut String) {
    trail.push(v.group_title(&g.id));
    if !g.controls.is_empty() {
        let title = trail.iter().map(|t| md(t)).collect::<Vec<_>>().join(" › ");
        let _ = writeln!(out, "### {title} ({})\n", md(&g.id));
        table_head(out, &[v.t("control"), v.t("title"), v.t("level"), v.t("answer"), v.t("status"), v.t("notes")], &["---", "---", "---", "---", "---", "---"]);
        for c in &g.controls {
            let answer = c.option.as_deref().map(|o| v.option_label(&c.id, o)).unwrap_or_default();
            let level = v.control(&c.id).and_then(|ctl| ctl.level);
            let notes = v.notes(&c.id).iter().map(|n| md(n)).collect::<Vec<_>>().join("<br>");
            row(out, &[md(&c.id), md(v.control_title(&c.id)), md(&v.level_label(level)), md(&answer), md(v.status(c.status)), notes]);
        }
        out.push('\n');
    }
    for s in &g.groups {
        controls_section(v, s, trail, out);
    }
    trail.pop();
}

fn table_head(out: &mut String, head: &[&str], align: &[&str]) {
    let _ = writeln!(out, "| {} |", head.iter().map(|h| md(h)).collect::<Vec<_>>().join(" | "));
    let _ = writeln!(out, "|{}|", align.join("|"));
}

/// Cells must already be escaped.
fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}
