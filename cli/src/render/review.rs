//! The review's outputs: benchmark statistics and placement, comparisons and trends, and the
//! conflict report of a merge, in text, Markdown, CSV and HTML. Every word comes from the core's
//! catalog; every figure from the core's results.

use std::collections::HashMap;
use std::fmt::Write as _;

use kalkan::charts::{self, BoxItem, FiveNumbers, HeatRow, LineSeries};
use kalkan::l10n::{self, Arg};
use kalkan::{Benchmark, CohortStats, Comparison, FamilyStats, Framework, MergeRecord, Placement, Position, Summary, Trend};

use crate::i18n::Lang;
use crate::render::csv;
use crate::render::escape::{html as esc, markdown as md};
use crate::render::table::{layout, Align};

/// The catalog in one language.
#[derive(Clone, Copy)]
pub struct Words(pub Lang);

impl Words {
    pub fn m(self, id: &str) -> String {
        l10n::message(self.0.code(), id, &[])
    }
    pub fn f(self, id: &str, args: &[(&str, Arg)]) -> String {
        l10n::message(self.0.code(), id, args)
    }
    pub fn num(self, v: f64) -> String {
        l10n::number(self.0.code(), v, 1)
    }
    pub fn opt(self, v: Option<f64>) -> String {
        v.map_or_else(|| "—".to_string(), |v| self.num(v))
    }
}

/// "`command` writes one of: formats" (a usage error).
pub fn formats(w: Words, command: &str, formats: &str) -> String {
    w.f("review-formats", &[("command", Arg::from(command)), ("formats", Arg::from(formats))])
}

/// Titles of groups by id, from the framework when it is known.
pub struct Titles {
    names: HashMap<String, String>,
}

impl Titles {
    pub fn new(framework: Option<&Framework>, lang: Lang) -> Titles {
        let mut names = HashMap::new();
        if let Some(f) = framework {
            names.insert(f.id.clone(), f.title.display(lang.code()).to_string());
            f.walk_groups(|g, _| {
                names.insert(g.id.clone(), g.title.display(lang.code()).to_string());
            });
            f.walk_controls(|c, _| {
                names.insert(c.id.clone(), c.title.display(lang.code()).to_string());
            });
        }
        Titles { names }
    }
    pub fn of(&self, id: &str) -> String {
        self.names.get(id).cloned().unwrap_or_else(|| id.to_string())
    }
}

/// The cohort's name: its key values joined, `not stated` for a missing one; everyone for none.
pub fn cohort_label(w: Words, key: &[Option<String>]) -> String {
    if key.is_empty() {
        return w.m("review-everyone");
    }
    key.iter().map(|v| v.clone().unwrap_or_else(|| w.m("review-not-stated"))).collect::<Vec<_>>().join(" · ")
}

fn five(s: &Summary) -> FiveNumbers {
    FiveNumbers { min: s.min, q1: s.q1, median: s.median, q3: s.q3, max: s.max }
}

/// All cohorts of a family, everyone first.
fn cohorts(fam: &FamilyStats) -> Vec<&CohortStats> {
    std::iter::once(&fam.total).chain(&fam.cohorts).collect()
}

fn summary_cells(w: Words, s: Option<&Summary>, withheld: bool) -> Vec<String> {
    match s {
        Some(s) => vec![s.n.to_string(), w.num(s.min), w.num(s.q1), w.num(s.median), w.num(s.q3), w.num(s.max), w.num(s.mean)],
        None if withheld => vec![w.m("review-withheld"); 7],
        None => vec!["—".to_string(); 7],
    }
}

fn stat_header(w: Words) -> Vec<String> {
    ["review-n-values", "review-min", "review-q1", "review-median", "review-q3", "review-max", "review-mean"].iter().map(|id| w.m(id)).collect()
}

/// Benchmark statistics as terminal text: one table per family and cohort.
pub fn benchmark_text(b: &Benchmark, titles: &dyn Fn(&FamilyStats) -> Titles, w: Words) -> String {
    let mut o = String::new();
    for fam in &b.families {
        let t = titles(fam);
        let _ = writeln!(o, "{}", w.f("review-benchmark-title", &[("framework", Arg::from(format!("{} {}", t.of(&fam.framework), fam.major)))]));
        let _ = writeln!(o, "{}", w.0.labelled(&w.m("review-versions"), &fam.versions.join(", ")));
        let _ = writeln!(o, "{}\n", w.0.labelled(&w.m("review-k"), &b.k.to_string()));
        for c in cohorts(fam) {
            let label = cohort_label(w, &c.key);
            if c.suppressed {
                let _ = writeln!(o, "{}\n", w.0.labelled(&label, &w.m("review-suppressed")));
                continue;
            }
            let _ = writeln!(o, "{}", w.f("review-cohort-heading", &[("cohort", Arg::from(label)), ("count", Arg::from(c.n.unwrap_or(0)))]));
            let mut header = vec![w.m("review-group")];
            header.extend(stat_header(w));
            let rows: Vec<Vec<String>> = c
                .groups
                .iter()
                .zip(&fam.groups)
                .filter(|(_, info)| info.depth <= 1)
                .map(|(g, info)| {
                    let mut row = vec![format!("{}{}", "  ".repeat(info.depth as usize), t.of(&g.group))];
                    row.extend(summary_cells(w, g.index.as_ref(), g.withheld.contains(&kalkan::Measure::Index)));
                    row
                })
                .collect();
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            let mut align = vec![Align::Start];
            align.extend([Align::End; 7]);
            o.push_str(&layout(&header, &rows, &align, "  "));
            o.push('\n');
        }
        let _ = writeln!(o, "{}\n{}", w.f("review-suppressed-note", &[("k", Arg::from(b.k))]), w.m("review-quantile-note"));
        if let Some(note) = grid_note(fam, w) {
            let _ = writeln!(o, "{note}");
        }
    }
    o
}

/// The note saying that some quartiles were computed on a grid, when some were.
fn grid_note(fam: &FamilyStats, w: Words) -> Option<String> {
    let width = cohorts(fam).iter().flat_map(|c| &c.groups).flat_map(|g| [g.index, g.compliance]).flatten().find_map(|s| s.resolution)?;
    Some(w.f(
        "review-grid-note",
        &[
            ("limit", Arg::from(l10n::number(w.0.code(), f64::from(u32::try_from(kalkan::QUANTILE_EXACT_LIMIT).unwrap_or(u32::MAX)), 0))),
            ("width", Arg::from(l10n::number(w.0.code(), width, 2))),
        ],
    ))
}

/// One row of the benchmark table (CSV and Parquet): a family, a cohort, and a group's measure
/// (`index`, `compliance`, or `level:N` with its count in `n`); a suppressed cohort is one row
/// with no group and no figure.
pub struct BenchmarkRow<'a> {
    pub framework: &'a str,
    pub major: u64,
    /// Whether this is the whole population (its key values are then empty).
    pub total: bool,
    /// The cohort's value of each key of `by` (`None`: not stated, or the total).
    pub key: Vec<Option<&'a str>>,
    pub suppressed: bool,
    pub subjects: Option<u64>,
    pub group: Option<&'a str>,
    pub measure: Option<String>,
    pub n: Option<u64>,
    /// Minimum, first quartile, median, third quartile, maximum, mean.
    pub figures: Option<[f64; 6]>,
    /// The grid the quartiles were computed on, when not exact (`Summary::resolution`).
    pub resolution: Option<f64>,
}

/// The names of the benchmark table's columns: `framework`, `major`, `total`, one per key of
/// `by`, then `suppressed`, `subjects`, `group`, `measure`, `n`, the figures and `resolution`.
pub fn benchmark_columns(b: &Benchmark) -> Vec<String> {
    let mut header: Vec<String> = ["framework", "major", "total"].iter().map(|s| s.to_string()).collect();
    header.extend(b.by.iter().map(|k| k.as_str().to_string()));
    header.extend(["suppressed", "subjects", "group", "measure", "n"].iter().map(|s| s.to_string()));
    header.extend(FIGURES.iter().map(|s| s.to_string()));
    header.push("resolution".to_string());
    header
}

/// The figures' column names, in [`BenchmarkRow::figures`]' order.
pub const FIGURES: [&str; 6] = ["min", "q1", "median", "q3", "max", "mean"];

/// Every row of the benchmark table, family by family, everyone first, then each cohort.
pub fn benchmark_rows(b: &Benchmark) -> Vec<BenchmarkRow<'_>> {
    let mut out = Vec::new();
    for fam in &b.families {
        for c in cohorts(fam) {
            let lead = |group, measure, n, figures, resolution| BenchmarkRow {
                framework: &fam.framework,
                major: fam.major,
                total: c.key.is_empty(),
                // The total's key is empty: its key columns are empty too.
                key: (0..b.by.len()).map(|i| c.key.get(i).and_then(|v| v.as_deref())).collect(),
                suppressed: c.suppressed,
                subjects: c.n,
                group,
                measure,
                n,
                figures,
                resolution,
            };
            if c.suppressed {
                out.push(lead(None, None, None, None, None));
                continue;
            }
            for g in &c.groups {
                for (name, s) in [("index", &g.index), ("compliance", &g.compliance)] {
                    let figures = s.map(|s| [s.min, s.q1, s.median, s.q3, s.max, s.mean]);
                    out.push(lead(Some(g.group.as_str()), Some(name.to_string()), s.map(|s| s.n), figures, s.and_then(|s| s.resolution)));
                }
                for l in &g.levels {
                    let measure = format!("level:{}", l.level.map_or_else(|| "none".to_string(), |l| l.to_string()));
                    out.push(lead(Some(g.group.as_str()), Some(measure), Some(l.count), None, None));
                }
            }
        }
    }
    out
}

/// Benchmark statistics as CSV (data: full precision): the rows of [`benchmark_rows`].
pub fn benchmark_csv(b: &Benchmark) -> String {
    use csv::{figure, text};
    let mut o = String::new();
    // The cohort keys' names are ours (`country`, `sector`...): figures, like the other names.
    csv::line(&mut o, benchmark_columns(b).into_iter().map(figure));
    let float = |v: f64| serde_json::to_string(&v).unwrap_or_default();
    let opt = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_default();
    for r in benchmark_rows(b) {
        // Texts from the documents: the framework id, the cohort's values, the group id.
        let mut cells = vec![text(r.framework), figure(r.major.to_string()), figure(r.total.to_string())];
        cells.extend(r.key.iter().map(|v| text(v.unwrap_or_default())));
        cells.extend([
            figure(r.suppressed.to_string()),
            figure(opt(r.subjects)),
            text(r.group.unwrap_or_default()),
            figure(r.measure.clone().unwrap_or_default()),
            figure(opt(r.n)),
        ]);
        match r.figures {
            Some(f) => cells.extend(f.iter().map(|v| figure(float(*v)))),
            None => cells.extend(std::iter::repeat_n(figure(""), 6)),
        }
        cells.push(figure(r.resolution.map(float).unwrap_or_default()));
        csv::line(&mut o, cells);
    }
    o
}

/// The placement's sentence for each set of peers.
pub fn placement_lines(p: &Placement, w: Words) -> Vec<String> {
    p.peers
        .iter()
        .map(|peer| {
            let peers = if peer.key.is_empty() {
                w.m("review-peers-everyone")
            } else {
                w.f("review-peers-cohort", &[("cohort", Arg::from(cohort_label(w, &peer.key)))])
            };
            if peer.suppressed {
                w.f("review-placement-suppressed", &[("peers", Arg::from(peers))])
            } else {
                w.f(
                    "review-placement-summary",
                    &[
                        ("peers", Arg::from(peers)),
                        ("above", Arg::from(peer.above)),
                        ("compared", Arg::from(peer.compared)),
                        ("at", Arg::from(peer.at)),
                        ("below", Arg::from(peer.below)),
                    ],
                )
            }
        })
        .collect()
}

fn position(w: Words, p: Option<Position>) -> String {
    match p {
        Some(Position::Above) => w.m("review-position-above"),
        Some(Position::At) => w.m("review-position-at"),
        Some(Position::Below) => w.m("review-position-below"),
        None => "—".into(),
    }
}

/// The placement as terminal text.
pub fn placement_text(p: &Placement, t: &Titles, w: Words) -> String {
    let mut o = format!("{}\n", w.f("review-placement-title", &[("subject", Arg::from(p.subject.clone()))]));
    for (peer, line) in p.peers.iter().zip(placement_lines(p, w)) {
        let _ = writeln!(o, "{line}");
        if peer.suppressed {
            continue;
        }
        let header = [w.m("review-group"), w.m("review-index"), w.m("review-median"), w.m("review-percentile-rank"), w.m("review-position")];
        let rows: Vec<Vec<String>> = peer
            .groups
            .iter()
            .filter(|g| g.depth <= 1)
            .map(|g| vec![t.of(&g.group), w.opt(g.index), w.opt(g.median), w.opt(g.percentile_rank), position(w, g.position)])
            .collect();
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        o.push_str(&layout(&header, &rows, &[Align::Start, Align::End, Align::End, Align::End, Align::Start], "  "));
        o.push('\n');
    }
    o
}

/// The start of a self-contained page (inline CSS, no scripts, nothing fetched).
pub fn page_start(lang: Lang, title: &str) -> String {
    let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<meta name=\"generator\" content=\"Kalkan {}\">\n\
         <title>{}</title>\n<style>{}\nfigure svg {{ max-width: 640px; }} td.num, th.num {{ text-align: end; font-variant-numeric: tabular-nums; }}\n\
         /* Tables as wide as their columns (a group per column, a date per column) scroll inside themselves. */\n\
         .scroll {{ overflow-x: auto; margin-block-end: 12px; }} .scroll > table {{ margin: 0; }} td.note {{ color: var(--muted); }}\n\
         .scroll td:first-child, .scroll th:first-child {{ min-width: 10em; }}\n\
         caption {{ text-align: start; font-weight: 600; padding-block: 6px; }} p.legend {{ margin: 6px 0 0; font-size: 13px; color: var(--muted); text-align: center; }}\n\
         .marker {{ color: var(--miss); }}\n\
         @media screen and (max-width: 760px) {{ figure.scroll svg {{ min-width: 440px; }} .scroll > table {{ display: table; }} }}</style>\n</head>\n<body>\n<div class=\"page\">\n\
         <header class=\"cover\"><p class=\"kicker\">Kalkan</p><h1>{}</h1></header>\n<main>\n",
        lang.code(),
        env!("CARGO_PKG_VERSION"),
        esc(title),
        crate::render::html::CSS,
        esc(title)
    )
}

pub fn page_end(w: Words) -> String {
    format!("</main>\n<footer>{}</footer>\n</div>\n</body>\n</html>\n", esc(&w.f("review-generated-by", &[("version", Arg::from(env!("CARGO_PKG_VERSION")))])))
}

fn figure(o: &mut String, caption: &str, svg: &str) {
    figure_with_legend(o, caption, svg, None);
}

/// A chart in a figure that scrolls inside itself on a phone (its labels stay legible), with an
/// optional legend line under it.
fn figure_with_legend(o: &mut String, caption: &str, svg: &str, legend: Option<&str>) {
    let _ = writeln!(o, "<figure class=\"scroll\">\n<figcaption>{}</figcaption>\n{svg}", esc(caption));
    if let Some(l) = legend {
        let _ = writeln!(o, "<p class=\"legend\"><span class=\"marker\" aria-hidden=\"true\">◆</span> {}</p>", esc(l));
    }
    o.push_str("</figure>\n");
}

/// The benchmark report: box plots by cohort and by group, a heat map of levels, a table of
/// medians, and the placement of one subject when there is one.
pub fn benchmark_html(b: &Benchmark, placement: Option<&Placement>, titles: &dyn Fn(&FamilyStats) -> Titles, w: Words) -> String {
    let rtl = w.0.is_rtl();
    let first = b.families.first().map(|f| titles(f).of(&f.framework)).unwrap_or_default();
    let mut o = page_start(w.0, &w.f("review-benchmark-title", &[("framework", Arg::from(first))]));
    for fam in &b.families {
        let t = titles(fam);
        let _ =
            write!(o, "<section>\n<h2>{} <bdi class=\"id\">{}@{}</bdi></h2>\n<dl class=\"facts\">", esc(&t.of(&fam.framework)), esc(&fam.framework), fam.major);
        let _ = write!(o, "<dt>{}</dt><dd><bdi>{}</bdi></dd>", esc(&w.m("review-versions")), esc(&fam.versions.join(", ")));
        let _ = write!(o, "<dt>{}</dt><dd>{}</dd>", esc(&w.m("review-subjects")), fam.total.n.map_or_else(|| w.m("review-suppressed"), |n| n.to_string()));
        let _ = writeln!(o, "<dt>{}</dt><dd>{}</dd></dl>", esc(&w.m("review-k")), b.k);
        let marker = placement
            .filter(|p| p.framework == fam.framework && p.major == fam.major)
            .and_then(|p| p.peers.first())
            .and_then(|peer| peer.groups.first())
            .and_then(|g| g.index);
        let root = fam.groups.first().map(|g| g.id.clone()).unwrap_or_default();
        // Index of the whole framework per cohort.
        let items: Vec<BoxItem> = cohorts(fam)
            .iter()
            .map(|c| {
                let s = c.groups.iter().find(|g| g.group == root).and_then(|g| g.index);
                BoxItem {
                    label: cohort_label(w, &c.key),
                    five: s.as_ref().map(five),
                    shown: if c.suppressed { w.m("review-suppressed") } else { w.opt(s.map(|s| s.median)) },
                    marker,
                }
            })
            .collect();
        let title = w.m("review-box-cohorts");
        let subject = placement.filter(|p| p.framework == fam.framework && p.major == fam.major);
        let legend = subject.map(|p| w.f("review-subject-index", &[("subject", Arg::from(p.subject.clone()))]));
        figure_with_legend(&mut o, &title, &charts::box_plots(&items, &title, rtl), legend.as_deref().filter(|_| marker.is_some()));
        // Every top-level group, everyone.
        let items: Vec<BoxItem> = fam
            .total
            .groups
            .iter()
            .zip(&fam.groups)
            .filter(|(_, info)| info.depth == 1)
            .map(|(g, _)| {
                let m = placement.and_then(|p| p.peers.first()).and_then(|peer| peer.groups.iter().find(|x| x.group == g.group)).and_then(|x| x.index);
                BoxItem { label: t.of(&g.group), five: g.index.as_ref().map(five), shown: w.opt(g.index.map(|s| s.median)), marker: m }
            })
            .collect();
        let title = w.m("review-box-groups");
        figure_with_legend(&mut o, &title, &charts::box_plots(&items, &title, rtl), legend.as_deref().filter(|_| items.iter().any(|i| i.marker.is_some())));
        // Levels of the whole framework per cohort.
        let mut levels: Vec<Option<u32>> = fam.total.groups.first().map(|g| g.levels.iter().map(|l| l.level).collect()).unwrap_or_default();
        for c in &fam.cohorts {
            for l in c.groups.first().map(|g| g.levels.as_slice()).unwrap_or_default() {
                if !levels.contains(&l.level) {
                    levels.push(l.level);
                }
            }
        }
        levels.sort();
        let columns: Vec<String> = levels.iter().map(|l| l.map_or_else(|| w.m("review-no-level"), |l| format!("{} {l}", w.m("review-level")))).collect();
        let rows: Vec<HeatRow> = cohorts(fam)
            .iter()
            .map(|c| HeatRow {
                label: cohort_label(w, &c.key),
                counts: (!c.suppressed).then(|| {
                    let got = c.groups.first().map(|g| g.levels.as_slice()).unwrap_or_default();
                    levels.iter().map(|l| got.iter().find(|x| x.level == *l).map_or(0, |x| x.count)).collect()
                }),
                note: w.m("review-suppressed"),
            })
            .collect();
        let title = w.m("review-heat-levels");
        figure(&mut o, &title, &charts::heat_map(&columns, &rows, &title, w.0.code(), rtl));
        // Medians per group (rows: group titles are long) and cohort (columns: cohort keys are
        // short), with the cohorts' sizes first.
        let tops: Vec<&str> = fam.groups.iter().filter(|g| g.depth <= 1).map(|g| g.id.as_str()).collect();
        let all = cohorts(fam);
        let _ = write!(o, "<h3>{}</h3>\n<div class=\"scroll\"><table>\n<thead><tr><th>{}</th>", esc(&w.m("review-medians")), esc(&w.m("review-group")));
        for c in &all {
            let _ = write!(o, "<th class=\"num\"><bdi>{}</bdi></th>", esc(&cohort_label(w, &c.key)));
        }
        let _ = write!(o, "</tr></thead>\n<tbody>\n<tr class=\"root\"><td>{}</td>", esc(&w.m("review-subjects")));
        for c in &all {
            match c.n {
                Some(n) if !c.suppressed => {
                    let _ = write!(o, "<td class=\"num\">{n}</td>");
                }
                _ => {
                    let _ = write!(o, "<td class=\"num note\">{}</td>", esc(&w.m("review-suppressed")));
                }
            }
        }
        o.push_str("</tr>\n");
        for g in &tops {
            let _ = write!(o, "<tr><td>{}</td>", esc(&t.of(g)));
            for c in &all {
                let s = c.groups.iter().find(|x| x.group == *g);
                let cell = match s {
                    Some(s) if s.withheld.contains(&kalkan::Measure::Index) => w.m("review-withheld"),
                    Some(s) => w.opt(s.index.map(|i| i.median)),
                    None => "—".into(),
                };
                let _ = write!(o, "<td class=\"num\">{}</td>", esc(&cell));
            }
            o.push_str("</tr>\n");
        }
        let _ = writeln!(
            o,
            "</tbody>\n</table></div>\n<p class=\"small\">{}<br>{}</p>",
            esc(&w.f("review-suppressed-note", &[("k", Arg::from(b.k))])),
            esc(&w.m("review-quantile-note"))
        );
        if let Some(note) = grid_note(fam, w) {
            let _ = writeln!(o, "<p class=\"small\">{}</p>", esc(&note));
        }
        if let Some(p) = placement.filter(|p| p.framework == fam.framework && p.major == fam.major) {
            let _ = writeln!(o, "<h3>{}</h3>", esc(&w.f("review-placement-title", &[("subject", Arg::from(p.subject.clone()))])));
            for (peer, line) in p.peers.iter().zip(placement_lines(p, w)) {
                if peer.suppressed {
                    let _ = writeln!(o, "<p>{}</p>", esc(&line));
                    continue;
                }
                let _ = write!(
                    o,
                    "<div class=\"scroll\"><table>\n<caption>{}</caption>\n<thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead>\n<tbody>\n",
                    esc(&line),
                    esc(&w.m("review-group")),
                    esc(&w.m("review-index")),
                    esc(&w.m("review-median")),
                    esc(&w.m("review-percentile-rank")),
                    esc(&w.m("review-position")),
                );
                for g in peer.groups.iter().filter(|g| g.depth <= 1) {
                    let _ = writeln!(
                        o,
                        "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                        esc(&t.of(&g.group)),
                        esc(&w.opt(g.index)),
                        esc(&w.opt(g.median)),
                        esc(&w.opt(g.percentile_rank)),
                        esc(&position(w, g.position))
                    );
                }
                o.push_str("</tbody>\n</table></div>\n");
            }
        }
        o.push_str("</section>\n");
    }
    o.push_str(&page_end(w));
    o
}

fn change_word(w: Words, c: kalkan::Direction) -> String {
    let id = serde_json::to_value(c).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    w.m(&format!("review-change-{id}"))
}

fn date(d: &Option<String>) -> String {
    d.clone().unwrap_or_else(|| "—".to_string())
}

/// The comparison (and the trend, for a series) as text or Markdown.
pub fn comparison_text(c: &Comparison, trend: &Trend, t: &Titles, w: Words, markdown: bool) -> String {
    let mut o = String::new();
    let title = w.f("review-comparison-title", &[("subject", Arg::from(c.subject.clone()))]);
    let cell = |s: &str| if markdown { md(s) } else { s.to_string() };
    let table = |o: &mut String, header: &[String], rows: &[Vec<String>], align: &[Align]| {
        if markdown {
            let _ = writeln!(o, "| {} |", header.iter().map(|h| md(h)).collect::<Vec<_>>().join(" | "));
            let _ = writeln!(o, "|{}", align.iter().map(|a| if matches!(a, Align::End) { "---:|" } else { "---|" }).collect::<String>());
            for r in rows {
                let _ = writeln!(o, "| {} |", r.iter().map(|c| md(c)).collect::<Vec<_>>().join(" | "));
            }
        } else {
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            o.push_str(&layout(&header, rows, align, "  "));
        }
        o.push('\n');
    };
    let _ = writeln!(o, "{}{}\n", if markdown { "# " } else { "" }, cell(&title));
    let _ = writeln!(o, "{}\n", cell(&w.0.labelled(&w.m("review-date"), &format!("{} → {}", date(&c.old_date), date(&c.new_date)))));
    let _ = writeln!(o, "{}{}\n", if markdown { "## " } else { "" }, cell(&w.m("review-group")));
    let header = [w.m("review-group"), w.m("review-before"), w.m("review-after"), w.m("review-change"), w.m("review-level"), String::new()];
    let rows: Vec<Vec<String>> = c
        .groups
        .iter()
        .filter(|g| g.depth <= 1)
        .map(|g| {
            let level = match (g.old_level, g.new_level) {
                (None, None) => "—".to_string(),
                (a, b) => format!("{} → {}", a.map_or("—".into(), |l| l.to_string()), b.map_or("—".into(), |l| l.to_string())),
            };
            vec![
                t.of(&g.group),
                w.opt(g.old_index),
                w.opt(g.new_index),
                g.index_delta.map_or("—".into(), |d| format!("{}{}", if d > 0.0 { "+" } else { "" }, w.num(d))),
                level,
                change_word(w, g.change),
            ]
        })
        .collect();
    table(&mut o, &header, &rows, &[Align::Start, Align::End, Align::End, Align::End, Align::Start, Align::Start]);
    let _ = writeln!(o, "{}{}\n", if markdown { "## " } else { "" }, cell(&w.m("review-changes-summary")));
    for s in &c.summary {
        let _ = writeln!(o, "- {}", cell(&w.0.labelled(&change_word(w, s.change), &s.count.to_string())));
    }
    o.push('\n');
    let header = [w.m("review-control"), w.m("review-before"), w.m("review-after"), w.m("review-change")];
    let rows: Vec<Vec<String>> = c
        .controls
        .iter()
        .filter(|x| x.change != kalkan::Direction::Unchanged)
        .map(|x| {
            vec![
                format!("{} {}", x.control, t.of(&x.control)),
                x.old_option.clone().unwrap_or_else(|| "—".into()),
                x.new_option.clone().unwrap_or_else(|| "—".into()),
                change_word(w, x.change),
            ]
        })
        .collect();
    table(&mut o, &header, &rows, &[Align::Start, Align::Start, Align::Start, Align::Start]);
    if trend.points.len() > 2 {
        let _ = writeln!(o, "{}{}\n", if markdown { "## " } else { "" }, cell(&w.m("review-trend-table")));
        let mut header = vec![w.m("review-group")];
        header.extend(trend.points.iter().map(|p| date(&p.date)));
        let rows: Vec<Vec<String>> = trend.series.iter().map(|s| std::iter::once(t.of(&s.group)).chain(s.index.iter().map(|v| w.opt(*v))).collect()).collect();
        let mut align = vec![Align::Start];
        align.extend(trend.points.iter().map(|_| Align::End));
        table(&mut o, &header, &rows, &align);
    }
    o
}

/// The comparison and the trend as a page: a line chart per top-level group, the trend table,
/// the group table and the controls that changed.
pub fn comparison_html(c: &Comparison, trend: &Trend, t: &Titles, w: Words) -> String {
    let rtl = w.0.is_rtl();
    let title = w.f("review-comparison-title", &[("subject", Arg::from(c.subject.clone()))]);
    let mut o = page_start(w.0, &title);
    let dates: Vec<String> = trend.points.iter().map(|p| date(&p.date)).collect();
    let _ = writeln!(o, "<section>\n<h2>{}</h2>", esc(&w.f("review-trend-title", &[("subject", Arg::from(trend.subject.clone()))])));
    let _ = write!(o, "<h3>{}</h3>\n<div class=\"scroll\"><table>\n<thead><tr><th>{}</th>", esc(&w.m("review-trend-table")), esc(&w.m("review-group")));
    for d in &dates {
        let _ = write!(o, "<th class=\"num\"><bdi>{}</bdi></th>", esc(d));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for s in &trend.series {
        let _ = write!(o, "<tr><td>{}</td>", esc(&t.of(&s.group)));
        for v in &s.index {
            let _ = write!(o, "<td class=\"num\">{}</td>", esc(&w.opt(*v)));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table></div>\n");
    let mut root_line: Option<LineSeries> = None;
    for s in &trend.series {
        let line = LineSeries { label: t.of(&s.group), values: s.index.clone() };
        let mut series = vec![line.clone()];
        match &root_line {
            None => root_line = Some(line),
            Some(r) => series.push(r.clone()),
        }
        let caption = w.f("review-trend-chart", &[("group", Arg::from(t.of(&s.group)))]);
        figure(&mut o, &caption, &charts::line_chart(&dates, &series, &caption, rtl));
    }
    o.push_str("</section>\n<section>\n");
    let _ = writeln!(o, "<h2>{} <bdi>{} → {}</bdi></h2>", esc(&w.m("review-change")), esc(&date(&c.old_date)), esc(&date(&c.new_date)));
    let _ = write!(
        o,
        "<div class=\"scroll\"><table>\n<thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        esc(&w.m("review-group")),
        esc(&w.m("review-before")),
        esc(&w.m("review-after")),
        esc(&w.m("review-change")),
        esc(&w.m("review-level"))
    );
    for g in c.groups.iter().filter(|g| g.depth <= 1) {
        let delta = g.index_delta.map_or("—".into(), |d| format!("{}{}", if d > 0.0 { "+" } else { "" }, w.num(d)));
        let level = format!("{} → {}", g.old_level.map_or("—".into(), |l| l.to_string()), g.new_level.map_or("—".into(), |l| l.to_string()));
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\"><bdi>{}</bdi></td><td><bdi>{}</bdi> · {}</td></tr>",
            esc(&t.of(&g.group)),
            esc(&w.opt(g.old_index)),
            esc(&w.opt(g.new_index)),
            esc(&delta),
            esc(&level),
            esc(&change_word(w, g.change))
        );
    }
    let _ = write!(o, "</tbody>\n</table></div>\n<h3>{}</h3>\n<ul class=\"findings\">", esc(&w.m("review-changes-summary")));
    for s in &c.summary {
        let _ = write!(o, "<li>{}</li>", esc(&w.0.labelled(&change_word(w, s.change), &s.count.to_string())));
    }
    let _ = write!(
        o,
        "</ul>\n<div class=\"scroll\"><table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        esc(&w.m("review-control")),
        esc(&w.m("review-before")),
        esc(&w.m("review-after")),
        esc(&w.m("review-change"))
    );
    for x in c.controls.iter().filter(|x| x.change != kalkan::Direction::Unchanged) {
        let _ = writeln!(
            o,
            "<tr><td><bdi class=\"id\">{}</bdi> {}</td><td><bdi class=\"id\">{}</bdi></td><td><bdi class=\"id\">{}</bdi></td><td>{}</td></tr>",
            esc(&x.control),
            esc(&t.of(&x.control)),
            esc(x.old_option.as_deref().unwrap_or("—")),
            esc(x.new_option.as_deref().unwrap_or("—")),
            esc(&change_word(w, x.change))
        );
    }
    o.push_str("</tbody>\n</table></div>\n</section>\n");
    o.push_str(&page_end(w));
    o
}

/// The conflict report of a merge, as text or Markdown.
pub fn merge_report(subject: &str, record: &MergeRecord, answered: usize, t: &Titles, w: Words, markdown: bool) -> String {
    let mut o = String::new();
    let cell = |s: &str| if markdown { md(s) } else { s.to_string() };
    let _ = writeln!(o, "{}{}\n", if markdown { "# " } else { "" }, cell(&w.f("review-merge-title", &[("subject", Arg::from(subject))])));
    let settled = record.conflicts.iter().filter(|c| c.settled.is_some()).count();
    let rule = w.m(&format!("review-rule-{}", record.rule.as_str()));
    let _ = writeln!(
        o,
        "{}\n",
        cell(&w.f(
            "review-merge-summary",
            &[("rule", Arg::from(rule)), ("carried", Arg::from(answered)), ("conflicts", Arg::from(record.conflicts.len())), ("settled", Arg::from(settled))]
        ))
    );
    let names: Vec<String> = record.respondents.iter().map(|r| if r.id == r.name { r.name.clone() } else { format!("{} ({})", r.name, r.id) }).collect();
    let _ = writeln!(o, "{}", cell(&w.0.labelled(&w.m("review-respondents"), &names.join(", "))));
    if let Some(a) = &record.adjudicator {
        let _ = writeln!(o, "{}", cell(&w.0.labelled(&w.m("review-adjudicator"), a)));
    }
    o.push('\n');
    if record.conflicts.is_empty() {
        let _ = writeln!(o, "{}", cell(&w.m("review-no-conflicts")));
        return o;
    }
    let _ = writeln!(o, "{}{}\n", if markdown { "## " } else { "" }, cell(&w.m("review-conflicts")));
    for c in &record.conflicts {
        let outcome = c.settled.as_ref().map_or_else(|| w.m("review-unsettled"), |s| w.f("review-settled", &[("option", Arg::from(s.clone()))]));
        let _ = writeln!(o, "{}{} {} — {}", if markdown { "### " } else { "" }, cell(&c.control), cell(&t.of(&c.control)), cell(&outcome));
        for a in &c.answers {
            let notes = a.notes.as_ref().map(|n| format!(" — {n}")).unwrap_or_default();
            let _ = writeln!(o, "{}{}", if markdown { "- " } else { "  - " }, cell(&w.0.labelled(&a.respondent, &format!("{}{notes}", a.option))));
        }
        o.push('\n');
    }
    o
}
