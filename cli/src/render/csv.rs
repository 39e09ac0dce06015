//! Reports as CSV: one row per group (`Report::rows()`), for spreadsheets and data frames.
//! Values are written as data (full precision, `.` decimals, empty for none), whatever the
//! report language. Every text cell (a name, a country, a sector, an id, a file name) goes
//! through `kalkan::spreadsheet_cell`, so that no spreadsheet runs it as a formula (CSV
//! injection); figures we format ourselves are written as they are.

use kalkan::GroupRow;

/// The columns, in the order of [`GroupRow`]'s fields.
pub const COLUMNS: [&str; 20] = [
    "subject",
    "subject_kind",
    "country",
    "sector",
    "framework",
    "framework_version",
    "group",
    "parent",
    "depth",
    "level",
    "index",
    "compliance",
    "completeness",
    "controls",
    "applicable",
    "answered",
    "met",
    "not_applicable",
    "target_level",
    "target_reached",
];

/// A cell of a CSV line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Cell {
    /// Text from a document, a file name or the command line: neutralized for spreadsheets.
    Text(String),
    /// A number, a boolean or a column name written by Kalkan: as it is.
    Figure(String),
}

impl Cell {
    /// The text as it goes into the file (before RFC 4180 quoting).
    pub(crate) fn written(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Cell::Text(s) => kalkan::spreadsheet_cell(s),
            Cell::Figure(s) => std::borrow::Cow::Borrowed(s),
        }
    }

    /// The value, whatever the kind of cell.
    #[cfg(test)]
    pub(crate) fn value(&self) -> &str {
        match self {
            Cell::Text(s) | Cell::Figure(s) => s,
        }
    }
}

/// A text cell.
pub(crate) fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

/// A figure cell.
pub(crate) fn figure(s: impl Into<String>) -> Cell {
    Cell::Figure(s.into())
}

/// The header cells (column names, which are ours).
pub(crate) fn header<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<Cell> {
    names.into_iter().map(figure).collect()
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// Numbers as JSON writes them (`100.0`, `57.142857142857146`), so CSV and JSON agree.
fn float(v: f64) -> String {
    serde_json::to_string(&v).unwrap_or_default()
}

pub(crate) fn values(r: &GroupRow) -> [Cell; 20] {
    [
        text(r.subject.clone()),
        text(opt(&r.subject_kind)),
        text(opt(&r.country)),
        text(opt(&r.sector)),
        text(r.framework.clone()),
        text(r.framework_version.clone()),
        text(r.group.clone()),
        text(opt(&r.parent)),
        figure(r.depth.to_string()),
        figure(opt(&r.level)),
        figure(r.index.map(float).unwrap_or_default()),
        figure(r.compliance.map(float).unwrap_or_default()),
        figure(float(r.completeness)),
        figure(r.controls.to_string()),
        figure(r.applicable.to_string()),
        figure(r.answered.to_string()),
        figure(r.met.to_string()),
        figure(r.not_applicable.to_string()),
        figure(opt(&r.target_level)),
        figure(opt(&r.target_reached)),
    ]
}

/// Quotes a field when it holds a separator, a quote, a line break or edge spaces (RFC 4180).
pub(crate) fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One line: text cells neutralized (`kalkan::spreadsheet_cell`), then every cell quoted as
/// needed.
pub(crate) fn line(out: &mut String, cells: impl IntoIterator<Item = Cell>) {
    let cells: Vec<String> = cells.into_iter().map(|c| field(&c.written())).collect();
    out.push_str(&cells.join(","));
    out.push('\n');
}

/// The rows of one report.
pub fn render(rows: &[GroupRow]) -> String {
    let mut out = String::new();
    line(&mut out, header(COLUMNS));
    for r in rows {
        line(&mut out, values(r));
    }
    out
}

/// The rows of many reports, each row prefixed with the file it comes from.
pub fn render_batch(reports: &[(String, Vec<GroupRow>)]) -> String {
    let mut out = String::new();
    line(&mut out, header(std::iter::once("file").chain(COLUMNS)));
    for (file, rows) in reports {
        for r in rows {
            line(&mut out, std::iter::once(text(file.clone())).chain(values(r)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(" padded"), "\" padded\"");
    }

    /// Checks that each value lands in the column of the same name.
    fn check_row(row: &GroupRow) -> Result<(), String> {
        let value = serde_json::to_value(row).map_err(|e| e.to_string())?;
        for (col, cell) in COLUMNS.iter().zip(values(row)) {
            let val = cell.value().to_string();
            let expected = match value.get(col) {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Null) | None => String::new(),
                Some(other) => other.to_string(),
            };
            assert_eq!(val, expected, "column {col} of group {}", row.group);
        }
        Ok(())
    }

    #[test]
    fn columns_cover_every_field_of_the_core_row() -> Result<(), String> {
        let fw = kalkan::CompiledFramework::from_json(kalkan::examples::FRAMEWORK).map_err(|e| e.to_string())?;
        // One control left unanswered, so that `applicable` and `answered` differ.
        let mut a = kalkan::Assessment::from_json(kalkan::examples::ASSESSMENT).map_err(|e| e.to_string())?;
        a.responses.remove("GOV-2");
        let report = fw.score(&a, Some("standard")).map_err(|e| e.to_string())?;
        let rows = report.rows();
        let first = rows.first().ok_or("no rows")?;
        let value = serde_json::to_value(first).map_err(|e| e.to_string())?;
        let mut keys: Vec<String> = value.as_object().ok_or("not an object")?.keys().cloned().collect();
        keys.sort();
        let mut columns: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
        columns.sort();
        assert_eq!(keys, columns, "GroupRow changed: update COLUMNS and values()");
        // A non-root row with every optional field filled, and counts that differ from one
        // another, so that a value in the wrong column would show.
        let full = rows
            .iter()
            .find(|r| r.parent.is_some() && r.target_level.is_some() && r.target_reached.is_some() && r.level.is_some() && r.applicable != r.answered)
            .ok_or("no non-root row with a target and an unanswered control")?;
        for r in &rows {
            check_row(r)?;
        }
        let line = render(std::slice::from_ref(full));
        let cells: Vec<&str> = line.lines().nth(1).ok_or("no data line")?.split(',').collect();
        let cell = |name: &str| COLUMNS.iter().position(|c| *c == name).and_then(|i| cells.get(i).copied());
        assert_eq!(cell("group"), Some(full.group.as_str()));
        assert_eq!(cell("parent"), full.parent.as_deref());
        assert_eq!(cell("depth"), Some(full.depth.to_string().as_str()));
        assert_eq!(cell("applicable"), Some(full.applicable.to_string().as_str()));
        assert_eq!(cell("answered"), Some(full.answered.to_string().as_str()));
        assert_eq!(cell("target_level"), full.target_level.map(|t| t.to_string()).as_deref());
        assert_eq!(cell("target_reached"), full.target_reached.map(|t| t.to_string()).as_deref());
        Ok(())
    }
}
