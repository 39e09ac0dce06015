//! Inline SVG charts: a radar of group indices and bars of levels against targets. One
//! implementation for every front end: the CLI's HTML report and the browser page (through
//! WebAssembly) draw the same charts.
//!
//! Geometry is computed for left-to-right and mirrored for right-to-left languages; texts then
//! carry `direction="rtl"`, so their logical anchors (`start`, `end`) stay right after mirroring.
//! Every text is escaped.

use std::fmt::Write as _;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Escapes text for HTML (and SVG) element content and for quoted attribute values; control
/// characters other than tab and newline become U+FFFD.
///
/// ```
/// assert_eq!(kalkan::charts::escape_html("<a href='x'>&"), "&lt;a href=&#39;x&#39;&gt;&amp;");
/// ```
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

use escape_html as esc;

const ACCENT: &str = "#1f5fa8";
const ACCENT_FILL: &str = "rgba(31, 95, 168, 0.18)";
const GRID: &str = "#c9d1da";
const INK: &str = "#1b1f24";
const MUTED: &str = "#57606a";
const MISSED: &str = "#b42318";
const REACHED: &str = "#1a7f37";

/// The radar's width: its centre is the middle.
const RADAR_WIDTH: f64 = 800.0;

/// Characters of a bar label: about 240 px of 13 px text.
const LABEL_CHARS: usize = 30;

/// One axis of the radar, or one row of the index bars.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct IndexItem {
    /// The axis label (a group's title).
    pub label: String,
    /// 0-100, or none when nothing is applicable.
    pub index: Option<f64>,
    /// The value as shown (localized).
    pub shown: String,
}

/// One row of the level chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct LevelItem {
    /// The row label (a group's title).
    pub label: String,
    /// The level reached, if any.
    pub level: Option<u32>,
    /// The target level, if any.
    pub target: Option<u32>,
    /// Whether the target is reached.
    pub reached: Option<bool>,
}

/// Words of the chart legends, localized by the caller.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct LevelLegend {
    /// The label of the current level's bar.
    pub current: String,
    /// The label of the target marker.
    pub target: String,
}

struct Canvas {
    width: f64,
    rtl: bool,
    out: String,
}

impl Canvas {
    fn new(width: f64, height: f64, rtl: bool, title: &str) -> Self {
        Canvas::with_top(width, 0.0, height, rtl, title)
    }

    /// A canvas whose visible area starts at `top` (for charts laid out around a centre).
    fn with_top(width: f64, top: f64, height: f64, rtl: bool, title: &str) -> Self {
        let dir = if rtl { "rtl" } else { "ltr" };
        let mut out = String::new();
        let _ = write!(
            out,
            r#"<svg viewBox="0 {top:.0} {width} {height:.0}" width="100%" role="img" direction="{dir}" font-size="13" fill="{INK}"><title>{}</title>"#,
            esc(title)
        );
        Canvas { width, rtl, out }
    }

    /// The x coordinate as drawn.
    fn x(&self, x: f64) -> f64 {
        if self.rtl {
            self.width - x
        } else {
            x
        }
    }

    fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, stroke: &str, extra: &str) {
        let (x1, x2) = (self.x(x1), self.x(x2));
        let _ = write!(self.out, r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{stroke}" {extra}/>"#);
    }

    /// A rectangle given in left-to-right coordinates.
    fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str) {
        let left = if self.rtl { self.width - x - w } else { x };
        let _ = write!(self.out, r#"<rect x="{left:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" fill="{fill}" rx="2"/>"#);
    }

    /// Text lines starting at (x, y), anchored logically (`start`, `middle`, `end`).
    fn text(&mut self, x: f64, y: f64, anchor: &str, lines: &[String], attrs: &str) {
        let x = self.x(x);
        let _ = write!(self.out, r#"<text x="{x:.1}" y="{y:.1}" text-anchor="{anchor}" {attrs}>"#);
        for (i, l) in lines.iter().enumerate() {
            let dy = if i == 0 { "0" } else { "1.2em" };
            let _ = write!(self.out, r#"<tspan x="{x:.1}" dy="{dy}">{}</tspan>"#, esc(l));
        }
        self.out.push_str("</text>");
    }

    fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

/// Splits a label into at most `max_lines` lines of about `width` characters, with an ellipsis
/// when it does not fit.
pub fn wrap(label: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in label.split_whitespace() {
        let len = current.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    let overflow = lines.len() > max_lines;
    lines.truncate(max_lines);
    for l in &mut lines {
        if l.chars().count() > width + 2 {
            *l = l.chars().take(width).collect::<String>() + "…";
        }
    }
    if overflow {
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines
}

/// A radar chart of indices (0-100); with fewer than three axes, horizontal bars instead.
pub fn radar(items: &[IndexItem], title: &str, rtl: bool) -> String {
    if items.len() < 3 {
        return index_bars(items, title, rtl);
    }
    // Wide enough for three-line labels of about 22 characters at either side of the radar.
    let (w, cx, cy, radius) = (RADAR_WIDTH, RADAR_WIDTH / 2.0, 240.0, 160.0);
    let n = items.len();
    let angle = |i: usize| -std::f64::consts::FRAC_PI_2 + (i as f64) * std::f64::consts::TAU / (n as f64);
    // Crop to the axes and their labels: a triangle needs less height than a hexagon.
    let lowest = (0..n).map(|i| angle(i).sin()).fold(-1.0_f64, f64::max);
    let (top, bottom) = (cy - radius - 70.0, cy + (radius + 18.0) * lowest + 62.0);
    let mut c = Canvas::with_top(w, top, bottom - top, rtl, title);
    let point = |i: usize, r: f64| (cx + r * angle(i).cos(), cy + r * angle(i).sin());
    let polygon = |c: &Canvas, r: &dyn Fn(usize) -> f64| {
        (0..n)
            .map(|i| {
                let (x, y) = point(i, r(i));
                format!("{:.1},{y:.1}", c.x(x))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    for step in 1..=5 {
        let r = radius * f64::from(step) / 5.0;
        let pts = polygon(&c, &|_| r);
        let _ = write!(c.out, r#"<polygon points="{pts}" fill="none" stroke="{GRID}" stroke-width="1"/>"#);
    }
    for i in 0..n {
        let (x, y) = point(i, radius);
        c.line(cx, cy, x, y, GRID, r#"stroke-width="1""#);
    }
    for step in [50, 100] {
        let y = cy - radius * f64::from(step) / 100.0;
        c.text(cx + 4.0, y + 12.0, "start", &[step.to_string()], &format!(r#"font-size="10" fill="{MUTED}""#));
    }
    let pts = polygon(&c, &|i| radius * items.get(i).and_then(|it| it.index).unwrap_or(0.0).clamp(0.0, 100.0) / 100.0);
    let _ = write!(c.out, r#"<polygon points="{pts}" fill="{ACCENT_FILL}" stroke="{ACCENT}" stroke-width="2.5" stroke-linejoin="round"/>"#);
    for (i, it) in items.iter().enumerate() {
        if let Some(v) = it.index {
            let (x, y) = point(i, radius * v.clamp(0.0, 100.0) / 100.0);
            let _ = write!(c.out, r#"<circle cx="{:.1}" cy="{y:.1}" r="4" fill="{ACCENT}"/>"#, c.x(x));
        }
    }
    for (i, it) in items.iter().enumerate() {
        let (x, y) = point(i, radius + 18.0);
        let cos = angle(i).cos();
        let sin = angle(i).sin();
        let anchor = if cos.abs() < 0.3 {
            "middle"
        } else if cos > 0.0 {
            "start"
        } else {
            "end"
        };
        let mut lines = wrap(&it.label, 22, 3);
        lines.push(it.shown.clone());
        let line_h = 15.6;
        let block = line_h * (lines.len() as f64 - 1.0);
        // Above the chart the block grows upwards; below it, downwards; at the sides, centred.
        let y0 = if sin < -0.3 {
            y - block
        } else if sin > 0.3 {
            y + 10.0
        } else {
            y - block / 2.0 + 4.0
        };
        c.text(x, y0, anchor, &lines, r#"font-weight="600""#);
    }
    c.finish()
}

/// Horizontal bars of indices (0-100).
pub fn index_bars(items: &[IndexItem], title: &str, rtl: bool) -> String {
    let (w, label_w, row_h, top) = (640.0, 250.0, 34.0, 26.0);
    let (x0, x1) = (label_w + 10.0, w - 60.0);
    let h = top + row_h * items.len() as f64 + 10.0;
    let mut c = Canvas::new(w, h, rtl, title);
    for step in [0, 25, 50, 75, 100] {
        let x = x0 + (x1 - x0) * f64::from(step) / 100.0;
        c.line(x, top - 6.0, x, h - 10.0, GRID, "");
        c.text(x, top - 10.0, "middle", &[step.to_string()], &format!(r#"font-size="10" fill="{MUTED}""#));
    }
    for (i, it) in items.iter().enumerate() {
        let y = top + row_h * i as f64;
        c.text(label_w, y + 21.0, "end", &wrap(&it.label, LABEL_CHARS, 1), "");
        let v = it.index.unwrap_or(0.0).clamp(0.0, 100.0);
        c.rect(x0, y + 8.0, (x1 - x0) * v / 100.0, 18.0, ACCENT);
        c.text(x0 + (x1 - x0) * v / 100.0 + 6.0, y + 21.0, "start", std::slice::from_ref(&it.shown), r#"font-weight="600""#);
    }
    c.finish()
}

/// Horizontal bars of levels (0 to `max_level`) with each group's target marked.
pub fn level_bars(items: &[LevelItem], max_level: u32, title: &str, legend: &LevelLegend, rtl: bool) -> String {
    let (w, label_w, row_h, top) = (640.0, 250.0, 34.0, 28.0);
    let (x0, x1) = (label_w + 14.0, w - 30.0);
    let rows_h = row_h * items.len() as f64;
    let h = top + rows_h + 44.0;
    let max = f64::from(max_level.max(1));
    let at = |level: u32| x0 + (x1 - x0) * f64::from(level) / max;
    let mut c = Canvas::new(w, h, rtl, title);
    for l in 0..=max_level.max(1) {
        let x = at(l);
        c.line(x, top - 6.0, x, top + rows_h, GRID, "");
        c.text(x, top - 11.0, "middle", &[l.to_string()], &format!(r#"font-size="11" fill="{MUTED}""#));
    }
    for (i, it) in items.iter().enumerate() {
        let y = top + row_h * i as f64;
        c.text(label_w, y + 21.0, "end", &wrap(&it.label, LABEL_CHARS, 1), "");
        match it.level {
            Some(l) => c.rect(x0, y + 8.0, (at(l) - x0).max(2.0), 18.0, ACCENT),
            None => c.text(x0 + 6.0, y + 21.0, "start", &["—".to_string()], &format!(r#"fill="{MUTED}""#)),
        }
        if let Some(t) = it.target {
            let color = if it.reached == Some(true) { REACHED } else { MISSED };
            let x = at(t);
            c.line(x, y + 3.0, x, y + 31.0, color, r#"stroke-width="3" stroke-dasharray="5 3""#);
            let dx = c.x(x);
            let _ = write!(c.out, r#"<path d="M{:.1} {:.1} l5 5 l-5 5 l-5 -5 z" fill="{color}"/>"#, dx, y - 2.0);
        }
    }
    // Legend
    let ly = top + rows_h + 26.0;
    c.rect(x0, ly - 10.0, 18.0, 12.0, ACCENT);
    c.text(x0 + 24.0, ly, "start", std::slice::from_ref(&legend.current), "");
    let tx = x0 + 200.0;
    c.line(tx, ly - 12.0, tx, ly + 4.0, MISSED, r#"stroke-width="3" stroke-dasharray="5 3""#);
    c.text(tx + 10.0, ly, "start", std::slice::from_ref(&legend.target), "");
    c.finish()
}

/// One line of a line chart: a value (0-100) per point, none where there is none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct LineSeries {
    /// The line's label (legend).
    pub label: String,
    /// One value per point, 0-100.
    pub values: Vec<Option<f64>>,
}

/// The palette of lines, boxes and heat map cells.
const LINE_COLORS: [&str; 4] = [ACCENT, "#b35c00", "#6f42c1", REACHED];

/// A line chart of values (0-100) over points labelled `x_labels` (dates), one polyline per
/// series, the first drawn strongest. Time runs from the start side: left to right, or right to
/// left in RTL languages.
pub fn line_chart(x_labels: &[String], series: &[LineSeries], title: &str, rtl: bool) -> String {
    // The right margin leaves room for half of the last date label.
    let (w, left, right, top, plot_h) = (640.0, 48.0, 44.0, 24.0, 200.0);
    let legend_h = 24.0 * series.len().div_ceil(2) as f64;
    let h = top + plot_h + 46.0 + legend_h;
    let mut c = Canvas::new(w, h, rtl, title);
    let n = x_labels.len().max(1);
    let x_at = |i: usize| if n == 1 { (left + w - right) / 2.0 } else { left + (w - left - right) * i as f64 / (n - 1) as f64 };
    let y_at = |v: f64| top + plot_h * (1.0 - v.clamp(0.0, 100.0) / 100.0);
    for step in [0, 25, 50, 75, 100] {
        let y = y_at(f64::from(step));
        c.line(left, y, w - right, y, GRID, "");
        c.text(left - 8.0, y + 4.0, "end", &[step.to_string()], &format!(r#"font-size="10" fill="{MUTED}""#));
    }
    // At most about eight date labels fit.
    let every = n.div_ceil(8);
    for (i, l) in x_labels.iter().enumerate() {
        if i % every == 0 || i + 1 == n {
            c.text(x_at(i), top + plot_h + 18.0, "middle", std::slice::from_ref(l), &format!(r#"font-size="11" fill="{MUTED}""#));
        }
    }
    for (si, s) in series.iter().enumerate() {
        let color = LINE_COLORS.get(si % LINE_COLORS.len()).copied().unwrap_or(ACCENT);
        let width = if si == 0 { 3.0 } else { 2.0 };
        let points: Vec<(f64, f64)> = s.values.iter().enumerate().filter_map(|(i, v)| v.map(|v| (c.x(x_at(i)), y_at(v)))).collect();
        if points.len() > 1 {
            let pts = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
            let _ = write!(c.out, r#"<polyline points="{pts}" fill="none" stroke="{color}" stroke-width="{width}" stroke-linejoin="round"/>"#);
        }
        for (x, y) in &points {
            let _ = write!(c.out, r#"<circle cx="{x:.1}" cy="{y:.1}" r="4" fill="{color}"/>"#);
        }
        let (col, row) = ((si % 2) as f64, (si / 2) as f64);
        let lx = left + col * 300.0;
        let ly = top + plot_h + 44.0 + row * 24.0;
        c.line(lx, ly - 4.0, lx + 22.0, ly - 4.0, color, &format!(r#"stroke-width="{width}""#));
        c.text(lx + 30.0, ly, "start", &wrap(&s.label, 36, 1), "");
    }
    c.finish()
}

/// The five numbers of a box plot (0-100).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct FiveNumbers {
    /// The smallest value.
    pub min: f64,
    /// The first quartile.
    pub q1: f64,
    /// The median.
    pub median: f64,
    /// The third quartile.
    pub q3: f64,
    /// The largest value.
    pub max: f64,
}

/// One row of a box plot chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct BoxItem {
    /// The row label (a cohort or a group).
    pub label: String,
    /// The box, or none (a suppressed cohort, no values).
    pub five: Option<FiveNumbers>,
    /// What to write at the end of the row (the median), or, for a row without a box, where the
    /// box would be (why there is none).
    pub shown: String,
    /// A marker at this value (e.g. the subject being placed), if any.
    pub marker: Option<f64>,
}

/// Horizontal box plots on a 0-100 scale: whiskers from minimum to maximum, a box from the first
/// to the third quartile, a bar at the median; an optional diamond marks one value per row.
pub fn box_plots(items: &[BoxItem], title: &str, rtl: bool) -> String {
    let (w, label_w, row_h, top) = (640.0, 200.0, 32.0, 26.0);
    let (x0, x1) = (label_w + 12.0, w - 70.0);
    let h = top + row_h * items.len() as f64 + 10.0;
    let at = |v: f64| x0 + (x1 - x0) * v.clamp(0.0, 100.0) / 100.0;
    let mut c = Canvas::new(w, h, rtl, title);
    for step in [0, 25, 50, 75, 100] {
        let x = at(f64::from(step));
        c.line(x, top - 6.0, x, h - 10.0, GRID, "");
        c.text(x, top - 10.0, "middle", &[step.to_string()], &format!(r#"font-size="10" fill="{MUTED}""#));
    }
    for (i, it) in items.iter().enumerate() {
        let y = top + row_h * i as f64;
        let mid = y + row_h / 2.0;
        // Long group titles take two lines rather than losing their end.
        let label = wrap(&it.label, 28, 2);
        c.text(label_w, if label.len() > 1 { mid - 4.0 } else { mid + 4.0 }, "end", &label, "");
        match it.five {
            Some(f) => {
                c.line(at(f.min), mid, at(f.q1), mid, INK, r#"stroke-width="1.5""#);
                c.line(at(f.q3), mid, at(f.max), mid, INK, r#"stroke-width="1.5""#);
                c.line(at(f.min), mid - 6.0, at(f.min), mid + 6.0, INK, r#"stroke-width="1.5""#);
                c.line(at(f.max), mid - 6.0, at(f.max), mid + 6.0, INK, r#"stroke-width="1.5""#);
                c.rect(at(f.q1), mid - 9.0, (at(f.q3) - at(f.q1)).max(1.5), 18.0, ACCENT_FILL);
                let (bx, bw) = (at(f.q1), (at(f.q3) - at(f.q1)).max(1.5));
                let left = if c.rtl { c.width - bx - bw } else { bx };
                let _ = write!(
                    c.out,
                    r#"<rect x="{left:.1}" y="{:.1}" width="{bw:.1}" height="18.0" fill="none" stroke="{ACCENT}" stroke-width="1.5"/>"#,
                    mid - 9.0
                );
                c.line(at(f.median), mid - 9.0, at(f.median), mid + 9.0, ACCENT, r#"stroke-width="3""#);
            }
            None => {
                // No box (a suppressed cohort): what it shows instead is said where the box
                // would be, not in the value column, which is too narrow for a word.
                c.text(x0 + 8.0, mid + 4.0, "start", std::slice::from_ref(&it.shown), &format!(r#"fill="{MUTED}""#));
                continue;
            }
        }
        if let Some(v) = it.marker {
            let x = c.x(at(v));
            let _ = write!(c.out, r#"<path d="M{x:.1} {:.1} l6 6 l-6 6 l-6 -6 z" fill="{MISSED}"/>"#, mid - 6.0);
        }
        c.text(x1 + 8.0, mid + 4.0, "start", std::slice::from_ref(&it.shown), r#"font-weight="600""#);
    }
    c.finish()
}

/// One row of a heat map: counts per column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct HeatRow {
    /// The row label (a cohort).
    pub label: String,
    /// One count per column; none for a suppressed row.
    pub counts: Option<Vec<u64>>,
    /// What a suppressed row says instead.
    pub note: String,
}

/// A whole percentage the language's way (`25%`, `25 %` in French).
fn whole_percent(lang: &str, v: f64) -> String {
    let n = crate::l10n::number(lang, v, 0);
    if crate::l10n::language(lang) == "fr" {
        format!("{n}\u{202f}%")
    } else {
        format!("{n}%")
    }
}

/// A heat map of shares: each row's counts as percentages of its total, the cell shaded by its
/// share and labelled with it (e.g. the distribution of maturity levels per cohort).
pub fn heat_map(columns: &[String], rows: &[HeatRow], title: &str, lang: &str, rtl: bool) -> String {
    let (w, label_w, row_h, top) = (640.0, 200.0, 30.0, 40.0);
    let n = columns.len().max(1);
    let cell_w = (w - label_w - 20.0) / n as f64;
    let h = top + row_h * rows.len() as f64 + 10.0;
    let mut c = Canvas::new(w, h, rtl, title);
    for (j, col) in columns.iter().enumerate() {
        let x = label_w + 10.0 + cell_w * (j as f64 + 0.5);
        c.text(x, top - 12.0, "middle", &wrap(col, 14, 1), &format!(r#"font-size="11" fill="{MUTED}""#));
    }
    for (i, row) in rows.iter().enumerate() {
        let y = top + row_h * i as f64;
        c.text(label_w, y + row_h / 2.0 + 4.0, "end", &wrap(&row.label, 26, 1), "");
        let Some(counts) = &row.counts else {
            c.text(label_w + 16.0, y + row_h / 2.0 + 4.0, "start", std::slice::from_ref(&row.note), &format!(r#"fill="{MUTED}""#));
            continue;
        };
        let total: u64 = counts.iter().sum();
        for j in 0..n {
            let count = counts.get(j).copied().unwrap_or(0);
            let share = if total == 0 { 0.0 } else { count as f64 / total as f64 };
            let x = label_w + 10.0 + cell_w * j as f64;
            let fill = format!("rgba(31, 95, 168, {:.3})", 0.06 + 0.84 * share);
            c.rect(x + 1.0, y + 2.0, cell_w - 2.0, row_h - 4.0, &fill);
            let ink = if share > 0.5 { "#ffffff" } else { INK };
            c.text(x + cell_w / 2.0, y + row_h / 2.0 + 4.0, "middle", &[whole_percent(lang, 100.0 * share)], &format!(r#"font-size="11" fill="{ink}""#));
        }
    }
    c.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_ellipsizes() {
        assert_eq!(wrap("Governance", 20, 2), vec!["Governance"]);
        assert_eq!(wrap("Identify protect detect respond recover", 16, 2), vec!["Identify protect", "detect respond…"]);
        assert_eq!(wrap("Supercalifragilisticexpialidocious", 10, 1), vec!["Supercalif…"]);
    }

    /// The numbers of every `attr="…"` in the chart, in order.
    fn coordinates(svg: &str, attr: &str) -> Vec<f64> {
        let needle = format!(" {attr}=\"");
        svg.split(needle.as_str()).skip(1).filter_map(|rest| rest.split('"').next()).filter_map(|v| v.parse().ok()).collect()
    }

    #[test]
    fn charts_escape_labels_and_mirror_for_rtl() {
        let items: Vec<IndexItem> = ["<b>", "b", "c"].iter().map(|l| IndexItem { label: l.to_string(), index: Some(50.0), shown: "50".into() }).collect();
        let ltr = radar(&items, "t&t", false);
        assert!(ltr.contains("&lt;b&gt;") && !ltr.contains("<b>") && ltr.contains("t&amp;t"));
        // Same chart, same title, both directions: only the x coordinates (and the direction)
        // differ, each mirrored about the middle of the 640-wide canvas.
        let rtl = radar(&items, "t&t", true);
        assert!(rtl.contains(r#"direction="rtl""#) && ltr.contains(r#"direction="ltr""#));
        for attr in ["x", "x1", "x2", "cx"] {
            let (l, r) = (coordinates(&ltr, attr), coordinates(&rtl, attr));
            assert!(!l.is_empty() && l.len() == r.len(), "{attr}: {l:?} {r:?}");
            for (a, b) in l.iter().zip(&r) {
                assert!((a + b - RADAR_WIDTH).abs() <= 0.11, "{attr}: {a} is not mirrored as {b}");
            }
        }
        for attr in ["y", "y1", "y2", "cy", "text-anchor"] {
            let values = |svg: &str| svg.split(&format!(" {attr}=\"")).skip(1).filter_map(|r| r.split('"').next()).map(str::to_owned).collect::<Vec<_>>();
            assert_eq!(values(&ltr), values(&rtl), "{attr} is not mirrored");
        }
        // The first axis points up in both; the second goes right in LTR and left in RTL.
        let (l, r) = (coordinates(&ltr, "x2"), coordinates(&rtl, "x2"));
        let axes = |v: &[f64]| v.iter().rev().take(3).rev().copied().collect::<Vec<f64>>();
        let (la, ra) = (axes(&l), axes(&r));
        let centre = RADAR_WIDTH / 2.0;
        assert_eq!((la.first(), ra.first()), (Some(&centre), Some(&centre)), "{la:?} {ra:?}");
        assert!(la.get(1).is_some_and(|x| *x > centre) && ra.get(1).is_some_and(|x| *x < centre), "{la:?} {ra:?}");

        let legend = LevelLegend { current: "now".into(), target: "goal".into() };
        let marker = |color: &str| format!(r#"l-5 -5 z" fill="{color}"/>"#);
        let missed = level_bars(&[LevelItem { label: "G".into(), level: Some(1), target: Some(2), reached: Some(false) }], 3, "t", &legend, false);
        assert!(missed.contains(">goal<") && missed.contains(">now<"));
        // The row's target marker (not the legend, which is drawn in the same red either way).
        assert_eq!(missed.matches(&marker(MISSED)).count(), 1, "{missed}");
        assert!(!missed.contains(&marker(REACHED)));
        let reached = level_bars(&[LevelItem { label: "G".into(), level: Some(2), target: Some(2), reached: Some(true) }], 3, "t", &legend, false);
        assert_eq!(reached.matches(&marker(REACHED)).count(), 1, "{reached}");
        assert!(!reached.contains(&marker(MISSED)));
        // No target, no marker.
        let none = level_bars(&[LevelItem { label: "G".into(), level: Some(2), target: None, reached: None }], 3, "t", &legend, false);
        assert!(!none.contains("<path"));
        // The new charts mirror too, and escape their labels.
        let boxes = [BoxItem {
            label: "<x>".into(),
            five: Some(FiveNumbers { min: 10.0, q1: 20.0, median: 30.0, q3: 40.0, max: 90.0 }),
            shown: "30".into(),
            marker: Some(50.0),
        }];
        for (l, r) in [
            (box_plots(&boxes, "t", false), box_plots(&boxes, "t", true)),
            (
                line_chart(&["a".into(), "b".into()], &[LineSeries { label: "<x>".into(), values: vec![Some(10.0), Some(60.0)] }], "t", false),
                line_chart(&["a".into(), "b".into()], &[LineSeries { label: "<x>".into(), values: vec![Some(10.0), Some(60.0)] }], "t", true),
            ),
            (
                heat_map(&["0".into(), "1".into()], &[HeatRow { label: "<x>".into(), counts: Some(vec![1, 3]), note: String::new() }], "t", "en", false),
                heat_map(&["0".into(), "1".into()], &[HeatRow { label: "<x>".into(), counts: Some(vec![1, 3]), note: String::new() }], "t", "ar", true),
            ),
        ] {
            assert!(l.contains("&lt;x&gt;") && !l.contains("<x>"));
            let (lx, rx) = (coordinates(&l, "x"), coordinates(&r, "x"));
            assert_eq!(lx.len(), rx.len());
            // Texts (anchored at x) mirror exactly; rectangles mirror their far edge.
            let texts = |svg: &str| svg.split("<text x=\"").skip(1).filter_map(|t| t.split('"').next()?.parse::<f64>().ok()).collect::<Vec<f64>>();
            for (a, b) in texts(&l).iter().zip(texts(&r)) {
                assert!((a + b - 640.0).abs() <= 0.11, "{a} {b}");
            }
        }
        let heat = heat_map(&["0".into(), "1".into()], &[HeatRow { label: "c".into(), counts: Some(vec![1, 3]), note: String::new() }], "t", "en", false);
        assert!(heat.contains(">25%<") && heat.contains(">75%<"));

        // Two axes make a poor radar: bars instead.
        assert!(!radar(items.get(..2).unwrap_or_default(), "t", false).contains("<polygon"));
    }
}
