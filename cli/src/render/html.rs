//! The full report as one self-contained HTML file: inline CSS and SVG, no scripts, no external
//! requests (a Content-Security-Policy forbids both), laid out with logical CSS properties so
//! that Arabic reads right to left, and styled to print well to PDF.
//!
//! Every text from a framework or an assessment goes through [`esc`].

use std::fmt::Write as _;

use kalkan::{GroupRow, GroupScore, Status};

use crate::render::escape::html as esc;
use crate::render::View;
use kalkan::charts::{self as svg, IndexItem, LevelItem, LevelLegend};

/// How many gaps the executive summary names (the full list follows later).
const SUMMARY_GAPS: usize = 5;

pub(crate) const CSS: &str = r#"
:root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --soft: #f3f5f8; --accent: #1f5fa8;
  --met: #1a7f37; --met-bg: #e6f4ea; --miss: #b42318; --miss-bg: #fdecea; --na: #57606a; --na-bg: #eef1f4;
  --open: #7a4d00; --open-bg: #fff4d6; }
* { box-sizing: border-box; }
html { font-family: "Segoe UI", system-ui, -apple-system, "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", Arial, sans-serif;
  color: var(--ink); background: #fff; font-size: 15px; line-height: 1.5; }
body { margin: 0; }
.page { max-width: 1000px; margin-inline: auto; padding: 32px 40px 48px; }
header.cover { border-block-end: 4px solid var(--accent); padding-block-end: 16px; margin-block-end: 8px; }
.kicker { color: var(--accent); font-weight: 700; font-size: 14px; margin: 0; letter-spacing: .04em; }
:lang(ar) .kicker { letter-spacing: 0; }
h1 { font-size: 30px; line-height: 1.25; margin-block: 4px 12px; }
h2 { font-size: 21px; margin-block: 36px 14px; padding-block-end: 4px; border-block-end: 1px solid var(--line); break-after: avoid; }
h3 { font-size: 16px; margin-block: 22px 8px; break-after: avoid; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 18px; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.summary { display: grid; grid-template-columns: minmax(230px, 1fr) 2fr; gap: 16px; align-items: stretch; }
.headline { border: 2px solid var(--accent); border-radius: 10px; padding: 16px 20px; }
.headline .label { color: var(--muted); font-weight: 600; }
.headline .value { font-size: 60px; font-weight: 700; color: var(--accent); line-height: 1.1; }
.headline .detail { font-size: 17px; font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; align-content: start; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.card .label { color: var(--muted); font-size: 13px; }
.card .value { font-size: 24px; font-weight: 700; }
ul.findings { padding-inline-start: 20px; margin-block: 14px; }
.notice { border-inline-start: 4px solid var(--open); background: var(--open-bg); padding: 8px 14px; margin-block: 14px; border-radius: 4px; }
.notice ul { margin: 4px 0 0; padding-inline-start: 20px; }
figure { margin: 0 0 18px; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; break-inside: avoid; }
figure svg { display: block; max-width: 800px; margin-inline: auto; }
figure svg text { font-family: inherit; }
figcaption { font-weight: 700; margin-block-end: 6px; }
dl.levels { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: 13.5px; margin: 10px 0 0; }
dl.levels dt { font-weight: 700; }
dl.levels dd { margin: 0; color: var(--muted); }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { text-align: start; padding: 6px 8px; border-block-end: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.root td { font-weight: 700; background: var(--soft); }
td.d2 { padding-inline-start: 28px; } td.d3 { padding-inline-start: 48px; } td.d4 { padding-inline-start: 68px; }
td.d5, td.d6, td.d7, td.d8 { padding-inline-start: 88px; }
.badge { display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: 12.5px; font-weight: 600; white-space: nowrap; }
.met { color: var(--met); background: var(--met-bg); }
.not_met { color: var(--miss); background: var(--miss-bg); }
.not_applicable { color: var(--na); background: var(--na-bg); }
.unanswered { color: var(--open); background: var(--open-bg); }
.id { font-family: "DejaVu Sans Mono", ui-monospace, Menlo, Consolas, monospace; font-size: .88em; unicode-bidi: isolate; direction: ltr; white-space: nowrap; }
.small { color: var(--muted); font-size: 12.5px; }
.digest { word-break: break-all; white-space: normal; }
table.controls { table-layout: fixed; }
table.controls col.c-id { width: 13%; } table.controls col.c-title { width: 25%; } table.controls col.c-level { width: 15%; }
table.controls col.c-answer { width: 17%; } table.controls col.c-status { width: 13%; } table.controls col.c-notes { width: 17%; }
td .id { white-space: normal; overflow-wrap: anywhere; }
footer { margin-block-start: 28px; color: var(--muted); font-size: 13px; }
dl.facts dd, dl.levels dd { min-width: 0; overflow-wrap: anywhere; }
dd .id { white-space: normal; overflow-wrap: anywhere; }
@media screen and (max-width: 760px) {
  .summary { grid-template-columns: 1fr; } .page { padding: 16px; }
  dl.facts, dl.levels { grid-template-columns: 1fr; } dl.facts dt, dl.levels dt { margin-block-start: 8px; }
  h1 { font-size: 24px; } .headline .value { font-size: 48px; }
  /* Wide tables scroll inside themselves; the page never scrolls sideways. */
  table { display: block; overflow-x: auto; } table.controls { table-layout: auto; }
  td.d2 { padding-inline-start: 16px; } td.d3 { padding-inline-start: 24px; } td.d4, td.d5, td.d6, td.d7, td.d8 { padding-inline-start: 32px; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  html { font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  section.results, section.controls, section.gaps { break-before: page; }
  tr, .headline, .card, .notice { break-inside: avoid; }
  thead { display: table-header-group; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"#;

pub fn render(v: &View) -> String {
    let l = v.lang;
    let r = v.report;
    let mut o = String::with_capacity(64 * 1024);
    let dir = if l.is_rtl() { "rtl" } else { "ltr" };
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"Kalkan {}\">\n<title>{} — {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<div class=\"page\">\n",
        l.code(),
        env!("CARGO_PKG_VERSION"),
        esc(v.t("report-title")),
        esc(&r.subject.name),
    );
    cover(v, &mut o);
    o.push_str("<main>\n");
    summary(v, &mut o);
    charts(v, &mut o);
    groups_table(v, &mut o);
    controls(v, &mut o);
    gaps(v, &mut o);
    about(v, &mut o);
    o.push_str("</main>\n</div>\n</body>\n</html>\n");
    o
}

fn id(s: &str) -> String {
    format!("<bdi class=\"id\">{}</bdi>", esc(s))
}

fn badge(v: &View, s: Status) -> String {
    let class = match s {
        Status::Met => "met",
        Status::NotMet => "not_met",
        Status::NotApplicable => "not_applicable",
        Status::Unanswered => "unanswered",
    };
    format!("<span class=\"badge {class}\">{}</span>", esc(v.status(s)))
}

fn target_badge(v: &View, g: &GroupRow) -> String {
    match (g.target_level, g.target_reached) {
        (Some(level), Some(reached)) => {
            let (class, word) = if reached { ("met", "reached") } else { ("not_met", "not-reached") };
            format!("{level} <span class=\"badge {class}\">{}</span>", esc(v.t(word)))
        }
        _ => String::new(),
    }
}

fn cover(v: &View, o: &mut String) {
    let r = v.report;
    let _ =
        write!(o, "<header class=\"cover\">\n<p class=\"kicker\">{}</p>\n<h1>{}</h1>\n<dl class=\"facts\">\n", esc(v.t("report-title")), esc(&r.subject.name));
    let mut fact = |k: &str, value: String| {
        let _ = writeln!(o, "<dt>{}</dt><dd>{value}</dd>", esc(v.t(k)));
    };
    for (k, d) in v.subject_details() {
        fact(k, esc(&d));
    }
    fact("framework", format!("{} · {} {}", esc(v.framework_title()), id(&r.framework.id), esc(&r.framework.version)));
    if let Some(a) = v.assessor() {
        fact("assessor", esc(&a));
    }
    if let Some(p) = v.period() {
        fact("period", format!("<bdi>{}</bdi>", esc(&p)));
    }
    if let Some(p) = v.profile_title() {
        fact("target-profile", esc(&p));
    }
    o.push_str("</dl>\n</header>\n");
}

fn summary(v: &View, o: &mut String) {
    let l = v.lang;
    let r = v.report;
    let h = v.headline();
    let _ = write!(
        o,
        "<section class=\"summary-section\" id=\"summary\">\n<h2>{}</h2>\n<div class=\"summary\">\n<div class=\"headline\"><div class=\"label\">{}</div><div class=\"value\">{}</div><div class=\"detail\">{}</div></div>\n<div class=\"cards\">\n",
        esc(v.t("executive-summary")),
        esc(h.label),
        esc(&h.value),
        esc(&h.detail),
    );
    let root = &r.root;
    let mut card = |label: &str, value: String| {
        let _ = writeln!(o, "<div class=\"card\"><div class=\"label\">{}</div><div class=\"value\">{}</div></div>", esc(label), esc(&value));
    };
    card(v.t("index"), v.index(root.index));
    card(v.t("compliance"), v.pct(root.compliance));
    card(v.t("completeness"), v.completeness(root.completeness));
    if let Some((reached, total)) = v.targets_reached() {
        card(v.t("targets-reached"), l.f("level-of", &[&reached.to_string(), &total.to_string()]));
    }
    if r.gaps.is_some() {
        card(v.t("gap-count"), v.gaps().len().to_string());
    }
    o.push_str("</div>\n</div>\n");

    let mut findings = Vec::new();
    if let Some((best, worst)) = v.strongest_and_weakest() {
        for (key, g) in [("strongest", best), ("weakest", worst)] {
            let value = format!("{} ({} {})", v.group_title(&g.id), v.t("index"), v.index(g.index));
            findings.push(esc(&l.labelled(v.t(key), &value)));
        }
    }
    match &r.gaps {
        None => findings.push(esc(v.t("no-target-profile"))),
        Some(g) if g.controls.is_empty() => findings.push(esc(v.t("no-gaps"))),
        Some(g) => {
            let top: Vec<String> = g.controls.iter().take(SUMMARY_GAPS).map(|c| format!("{} {}", id(&c.control), esc(v.control_title(&c.control)))).collect();
            let mut item = format!("{}<br>{}", esc(&l.colon(v.t("top-gaps"))), top.join("<br>"));
            if g.controls.len() > SUMMARY_GAPS {
                let _ = write!(item, "<br>{}", esc(&l.f("more-gaps", &[&(g.controls.len() - SUMMARY_GAPS).to_string()])));
            }
            findings.push(item);
        }
    }
    o.push_str("<ul class=\"findings\">\n");
    for f in findings {
        let _ = writeln!(o, "<li>{f}</li>");
    }
    o.push_str("</ul>\n");
    let warnings = v.warnings();
    if !warnings.is_empty() {
        let _ = write!(o, "<div class=\"notice\" role=\"note\"><strong>{}</strong><ul>", esc(v.t("warnings")));
        for w in warnings {
            let _ = write!(o, "<li>{}</li>", esc(&w));
        }
        o.push_str("</ul></div>\n");
    }
    o.push_str("</section>\n");
}

fn charts(v: &View, o: &mut String) {
    let r = v.report;
    let rtl = v.lang.is_rtl();
    let _ = writeln!(o, "<section class=\"charts\" id=\"charts\">\n<h2>{}</h2>", esc(v.t("charts")));
    let items: Vec<IndexItem> =
        r.root.groups.iter().map(|g| IndexItem { label: v.group_title(&g.id).to_string(), index: g.index, shown: v.index(g.index) }).collect();
    let title = v.t("radar-title");
    let _ = writeln!(o, "<figure>\n<figcaption>{}</figcaption>\n{}\n</figure>", esc(title), svg::radar(&items, title, rtl));

    let title = v.t("bars-title");
    match v.max_level() {
        None => {
            let _ = writeln!(o, "<p>{}</p>", esc(v.t("no-levels-chart")));
        }
        Some(max) => {
            // Top-level groups, plus any deeper group the profile targets, in document order.
            let items: Vec<LevelItem> = r
                .rows()
                .into_iter()
                .filter(|g| g.depth == 1 || (g.depth > 1 && g.target_level.is_some()))
                .map(|g| LevelItem { label: v.group_title(&g.group).to_string(), level: g.level, target: g.target_level, reached: g.target_reached })
                .collect();
            let legend = LevelLegend { current: v.t("current-level").to_string(), target: v.t("target-level").to_string() };
            let _ = write!(o, "<figure>\n<figcaption>{}</figcaption>\n{}\n", esc(title), svg::level_bars(&items, max, title, &legend, rtl));
            let _ = write!(o, "<dl class=\"levels\" aria-label=\"{}\">", esc(v.t("levels-legend")));
            for lv in &v.framework.levels {
                let _ = write!(o, "<dt>{} · {}</dt><dd>{}</dd>", lv.level, esc(v.text(&lv.name)), esc(v.text(&lv.description)));
            }
            o.push_str("</dl>\n</figure>\n");
        }
    }
    o.push_str("</section>\n");
}

fn groups_table(v: &View, o: &mut String) {
    let _ = write!(
        o,
        "<section class=\"results\" id=\"results\">\n<h2>{}</h2>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        esc(v.t("results-by-group")),
        esc(v.t("group")),
        esc(v.t("level")),
        esc(v.t("index")),
        esc(v.t("compliance")),
        esc(v.t("completeness")),
        esc(v.t("target")),
    );
    for g in v.report.rows() {
        let depth = g.depth;
        let (class, title) =
            if depth == 0 { (" class=\"root\"", esc(v.group_title(&g.group))) } else { ("", format!("{} {}", esc(v.group_title(&g.group)), id(&g.group))) };
        let _ = writeln!(
            o,
            "<tr{class}><td class=\"d{depth}\">{title}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            esc(&v.level_label(g.level)),
            esc(&v.index(g.index)),
            esc(&v.pct(g.compliance)),
            esc(&v.completeness(g.completeness)),
            target_badge(v, &g),
        );
    }
    o.push_str("</tbody>\n</table>\n</section>\n");
}

fn controls(v: &View, o: &mut String) {
    let _ = writeln!(o, "<section class=\"controls\" id=\"controls\">\n<h2>{}</h2>", esc(v.t("controls-by-group")));
    let mut trail = Vec::new();
    for g in &v.report.root.groups {
        controls_of(v, g, &mut trail, o);
    }
    o.push_str("</section>\n");
}

fn controls_of<'a>(v: &View<'a>, g: &'a GroupScore, trail: &mut Vec<&'a str>, o: &mut String) {
    trail.push(v.group_title(&g.id));
    if !g.controls.is_empty() {
        let title = trail.iter().map(|t| esc(t)).collect::<Vec<_>>().join(" › ");
        let _ = write!(
            o,
            "<h3>{title} {}</h3>\n<table class=\"controls\">\n<colgroup><col class=\"c-id\"><col class=\"c-title\"><col class=\"c-level\"><col class=\"c-answer\"><col class=\"c-status\"><col class=\"c-notes\"></colgroup>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
            id(&g.id),
            esc(v.t("control")),
            esc(v.t("title")),
            esc(v.t("level")),
            esc(v.t("answer")),
            esc(v.t("status")),
            esc(v.t("notes")),
        );
        for c in &g.controls {
            let answer = c.option.as_deref().map(|opt| v.option_label(&c.id, opt)).unwrap_or_default();
            let level = v.control(&c.id).and_then(|ctl| ctl.level);
            let notes = v.notes(&c.id).iter().map(|n| esc(n)).collect::<Vec<_>>().join("<br>");
            let _ = writeln!(
                o,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"small\">{notes}</td></tr>",
                id(&c.id),
                esc(v.control_title(&c.id)),
                esc(&v.level_label(level)),
                esc(&answer),
                badge(v, c.status),
            );
        }
        o.push_str("</tbody>\n</table>\n");
    }
    for s in &g.groups {
        controls_of(v, s, trail, o);
    }
    trail.pop();
}

fn gaps(v: &View, o: &mut String) {
    let r = v.report;
    let profile = v.profile_title().map(|p| format!(" ({})", esc(&p))).unwrap_or_default();
    let _ = writeln!(o, "<section class=\"gaps\" id=\"gaps\">\n<h2>{}{profile}</h2>", esc(v.t("prioritized-gaps")));
    match &r.gaps {
        None => {
            let _ = writeln!(o, "<p>{}</p>", esc(v.t("no-target-profile")));
        }
        Some(g) if g.controls.is_empty() => {
            let _ = writeln!(o, "<p>{}</p>", esc(v.t("no-gaps")));
        }
        Some(g) => {
            let _ = write!(
                o,
                "<table>\n<thead><tr><th class=\"num\">{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
                esc(v.t("priority")),
                esc(v.t("control")),
                esc(v.t("title")),
                esc(v.t("group")),
                esc(v.t("level")),
                esc(v.t("status")),
                esc(v.t("why-required")),
            );
            for (i, c) in g.controls.iter().enumerate() {
                let answer =
                    c.option.as_deref().map(|opt| format!("<br><span class=\"small\">{}</span>", esc(&v.option_label(&c.control, opt)))).unwrap_or_default();
                let _ = writeln!(
                    o,
                    "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}{answer}</td><td>{}</td></tr>",
                    i + 1,
                    id(&c.control),
                    esc(v.control_title(&c.control)),
                    esc(v.group_title(&c.group)),
                    esc(&v.level_label(c.level)),
                    badge(v, c.status),
                    esc(&v.gap_reason(c)),
                );
            }
            o.push_str("</tbody>\n</table>\n");
        }
    }
    o.push_str("</section>\n");
}

fn about(v: &View, o: &mut String) {
    let r = v.report;
    let f = v.framework;
    let _ = write!(o, "<section class=\"about\" id=\"framework\">\n<h2>{}</h2>\n<dl class=\"facts\">\n", esc(v.t("about-framework")));
    let mut fact = |k: &str, value: String| {
        let _ = writeln!(o, "<dt>{}</dt><dd>{value}</dd>", esc(v.t(k)));
    };
    fact("framework", esc(v.framework_title()));
    fact("framework-id", id(&r.framework.id));
    fact("version", id(&r.framework.version));
    fact("digest", format!("<bdi class=\"id digest\">{}</bdi>", esc(&r.framework.digest)));
    if let Some(publisher) = f.publisher.get_or_english(v.lang.code()) {
        fact("publisher", esc(publisher));
    }
    if !f.license.trim().is_empty() {
        fact("license", esc(&f.license));
    }
    // Shown as text, not as a link: the report makes no requests and carries no active content.
    if let Some(u) = &f.source_url {
        fact("source", format!("<bdi class=\"small\">{}</bdi>", esc(u)));
    }
    let _ = write!(o, "</dl>\n<footer>{}</footer>\n</section>\n", esc(&v.lang.f("generated-by", &[env!("CARGO_PKG_VERSION")])));
}
