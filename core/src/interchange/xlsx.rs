//! Questionnaire workbooks (`.xlsx`) out and back in.
//!
//! How a framework becomes a workbook ([`export_xlsx`]):
//! - **One sheet per top-level group**, named after the group's title in the chosen language
//!   (cut to Excel's 31 characters, `[]:*?/\` replaced, made unique). Columns: A id, B control
//!   title, C question, D answer, E notes, F evidence (one reference per line). A sub-group is a
//!   heading row (its title in B, A empty) before its controls. Headers are in the chosen
//!   language; an Arabic (right-to-left) workbook has right-to-left sheets.
//! - **Answers** are the option *labels* in the chosen language: each answer cell has a
//!   drop-down (data validation, a list taken from the `Kalkan` sheet's range for the control's
//!   scale). An assessment given with the framework pre-fills answers, notes and evidence.
//! - **Locked ids**: every sheet is protected (no password: it is a guard against slips, not a
//!   security measure); only the answer, notes and evidence cells are unlocked.
//! - **The `Kalkan` sheet** (last, protected, clearly marked) holds what reading back needs: the
//!   format marker, framework id, version requirement, digest, language, the subject, assessor,
//!   dates and profile (these value cells are unlocked: the respondent fills them), every
//!   option's id and label per scale, and which sheet holds which group.
//! - **Formula injection**: every text is written with `write_string`, which always makes a
//!   string cell (never a formula), whatever the text begins with; texts are kept exactly, so
//!   that they read back unchanged.
//! - **No clock**: the workbook is a function of its inputs (same bytes in every front end):
//!   its creation date is the assessment's `completed` (else `started`) date, else the
//!   framework's `released` date, else 1980-01-01.
//!
//! How a filled workbook is read back ([`import_xlsx`]): the `Kalkan` sheet gives the framework
//! to use (from the [`FrameworkSource`]); each group sheet's rows with an id give a response
//! when the answer cell is not empty (a label in the workbook's language, or an option id; an
//! empty cell is unanswered). Every bad cell is reported, all at once, as a [`Problem`] with a
//! JSON Pointer into the resulting assessment and the cell (`Governance!D14`) in its `cell`
//! detail: an answer not in the control's scale (`unknown_option`), an id that is not a control
//! of the framework (`unknown_control`), a control answered twice (`duplicate_id`), a workbook
//! of another framework (`framework_mismatch`), a missing or garbled `Kalkan` sheet
//! (`invalid_structure`, `not_kalkan_workbook`), and the assessment's own rules (subject,
//! dates, texts). Not carried by a workbook: `answered_at` and `provenance` of responses.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::Cursor;
use std::sync::Arc;

use calamine::{Data, Reader as _, Xlsx};
use rust_xlsxwriter::{DataValidation, DocProperties, ExcelDateTime, Format, Formula, Workbook, Worksheet, XlsxError};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::compiled::CompiledFramework;
use crate::error::{details, Code, Details, DocumentKind, Error, Pointer, Problem, Result};
use crate::interchange::oscal::ImportWarning;
use crate::l10n;
use crate::limits::{cap, Limits};
use crate::model::assessment::{Assessment, Assessor, FrameworkRequirement, Response, Responses, Subject};
use crate::model::framework::Group;
use crate::questionnaire::is_rtl;
use crate::registry::FrameworkSource;

/// The name of the sheet that carries what reading back needs.
pub const KALKAN_SHEET: &str = "Kalkan";
/// The value of the `Kalkan` sheet's A1/B1 marker: this layout's version.
const FORMAT: &str = "kalkan-xlsx-1";

/// Cells kept per response the limits allow (`Limits::max_responses`), over the whole
/// workbook: six columns a control, and room for the `Kalkan` sheet and heading rows.
const CELLS_PER_RESPONSE: usize = 8;

const COL_ID: u16 = 0;
const COL_TITLE: u16 = 1;
const COL_QUESTION: u16 = 2;
const COL_ANSWER: u16 = 3;
const COL_NOTES: u16 = 4;
const COL_EVIDENCE: u16 = 5;

/// The `Kalkan` sheet's keys for the assessment's header fields, in row order.
const HEADER_KEYS: [&str; 13] = [
    "subject.name",
    "subject.kind",
    "subject.country",
    "subject.sector",
    "subject.region",
    "subject.size",
    "assessor.name",
    "assessor.organisation",
    "assessor.email",
    "assessor.id",
    "started",
    "completed",
    "profile",
];

/// What a workbook import read and made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct XlsxReport {
    /// `xlsx`.
    pub format: String,
    /// The workbook's language (its labels were read in it).
    pub language: String,
    /// `id@version` of the framework the answers were checked against.
    pub framework: String,
    /// The framework's digest recorded in the workbook.
    pub workbook_digest: String,
    /// Controls of the framework.
    pub controls: usize,
    /// Controls answered.
    pub answered: usize,
    /// Everything worth knowing that is not an error: `digest_differs` (the framework found is
    /// not byte for byte the one the workbook was written from; the answers still fit it) and
    /// `notes_without_answer` (notes or evidence next to an empty answer cell, left out; its
    /// `cell` given).
    pub warnings: Vec<ImportWarning>,
}

/// An imported workbook: the assessment (valid against the framework) and the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct XlsxImport {
    /// The assessment.
    pub assessment: Assessment,
    /// What was read.
    pub report: XlsxReport,
}

fn internal(e: &XlsxError) -> Error {
    Error::Internal { reason: format!("xlsx: {e}") }
}

/// `A`..`Z`, `AA`.. for a 0-based column.
fn column_letters(col: u32) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// `Sheet!D14` (the sheet name quoted as Excel writes it when it is not a plain word).
pub fn cell_ref(sheet: &str, row: u32, col: u32) -> String {
    let plain = sheet.chars().all(|c| c.is_alphanumeric() || c == '_') && !sheet.starts_with(|c: char| c.is_ascii_digit());
    let name = if plain { sheet.to_string() } else { format!("'{}'", sheet.replace('\'', "''")) };
    format!("{name}!{}{}", column_letters(col), row + 1)
}

/// A valid, unique sheet name for a group title.
fn sheet_name(title: &str, fallback: &str, used: &mut HashSet<String>) -> String {
    let clean: String = title.chars().map(|c| if "[]:*?/\\".contains(c) || c.is_control() { ' ' } else { c }).collect();
    let clean = clean.trim().trim_matches('\'').trim().to_string();
    let base = if clean.is_empty() { fallback.to_string() } else { clean };
    let cut = |s: &str, n: usize| s.chars().take(n).collect::<String>().trim_end().to_string();
    let mut name = cut(&base, 31);
    let mut i = 2;
    while used.contains(&name.to_lowercase()) || name.eq_ignore_ascii_case(KALKAN_SHEET) {
        let suffix = format!(" ({i})");
        name = format!("{}{suffix}", cut(&base, 31 - suffix.chars().count()));
        i += 1;
    }
    used.insert(name.to_lowercase());
    name
}

fn put(ws: &mut Worksheet, row: u32, col: u16, text: &str, format: &Format) -> Result<()> {
    ws.write_string_with_format(row, col, text, format).map(|_| ()).map_err(|e| internal(&e))
}

fn header_values(a: Option<&Assessment>) -> Vec<Option<String>> {
    let Some(a) = a else { return vec![None; HEADER_KEYS.len()] };
    let s = &a.subject;
    let who = a.assessor.as_ref();
    vec![
        Some(s.name.clone()),
        s.kind.clone(),
        s.country.clone(),
        s.sector.clone(),
        s.region.clone(),
        s.size.clone(),
        who.map(|w| w.name.clone()),
        who.and_then(|w| w.organisation.clone()),
        who.and_then(|w| w.email.clone()),
        who.and_then(|w| w.id.clone()),
        a.started.clone(),
        a.completed.clone(),
        a.profile.clone(),
    ]
}

/// The workbook's creation date (its document properties): a function of the inputs, never of
/// the clock, so that the same framework and assessment give the same bytes in every front end
/// (and a WebAssembly build needs no clock). The assessment's `completed` date, else its
/// `started` date, else the framework's `released` date, else 1980-01-01 (the date every part of
/// the archive carries).
fn created(framework: &crate::model::framework::Framework, assessment: Option<&Assessment>) -> Result<ExcelDateTime> {
    let date = [assessment.and_then(|a| a.completed.as_deref()), assessment.and_then(|a| a.started.as_deref()), framework.released.as_deref()]
        .into_iter()
        .flatten()
        .find(|d| crate::dates::is_date(d))
        .unwrap_or("1980-01-01");
    ExcelDateTime::parse_from_str(date).or_else(|_| ExcelDateTime::from_ymd(1980, 1, 1)).map_err(|e| internal(&e))
}

/// A questionnaire workbook of `framework` in `lang` (`en`, `ar`, `fr`; texts missing in it
/// fall back to English), pre-filled with `assessment`'s answers when given. See the module's
/// documentation for the layout.
pub fn export_xlsx(framework: &CompiledFramework, assessment: Option<&Assessment>, lang: &str) -> Result<Vec<u8>> {
    let f = framework.framework();
    let rtl = is_rtl(lang);
    let mut wb = Workbook::new();
    wb.set_properties(&DocProperties::new().set_creation_datetime(&created(f, assessment)?));
    let plain = Format::new().set_text_wrap();
    let bold = Format::new().set_bold().set_text_wrap();
    let open = Format::new().set_unlocked().set_text_wrap();
    let heading = Format::new().set_bold().set_background_color(rust_xlsxwriter::Color::RGB(0xDDE5F0));

    // The Kalkan sheet's layout first: where each scale's labels are (for the drop-downs).
    let mut kalkan_rows: Vec<(Vec<String>, bool)> = Vec::new(); // cells, value cell unlocked
                                                                // The catalog quotes names in backticks; a cell shows plain text.
    let note = l10n::message(lang, "xlsx-kalkan-note", &[]).replace('`', "");
    kalkan_rows.push((vec!["kalkan".into(), FORMAT.into(), note], false));
    let requirement = assessment.map(|a| a.framework.version.clone()).unwrap_or_else(|| framework.requirement());
    kalkan_rows.push((vec!["framework".into(), f.id.clone()], false));
    kalkan_rows.push((vec!["version".into(), requirement], false));
    kalkan_rows.push((vec!["framework-version".into(), framework.version().to_string()], false));
    kalkan_rows.push((vec!["digest".into(), framework.digest().to_string()], false));
    kalkan_rows.push((vec!["language".into(), lang.to_string()], false));
    for (key, value) in HEADER_KEYS.iter().zip(header_values(assessment)) {
        kalkan_rows.push((vec![(*key).to_string(), value.unwrap_or_default()], true));
    }
    let mut scale_range: HashMap<&str, String> = HashMap::new();
    for s in &f.scales {
        let first = kalkan_rows.len() as u32;
        for o in &s.options {
            kalkan_rows.push((vec!["option".into(), s.id.clone(), o.id.clone(), o.label.display(lang).to_string()], false));
        }
        let last = kalkan_rows.len() as u32;
        if last > first {
            scale_range.insert(s.id.as_str(), format!("={KALKAN_SHEET}!$D${}:$D${}", first + 1, last));
        }
    }

    let mut used = HashSet::new();
    let names: Vec<String> = f.groups.iter().map(|g| sheet_name(g.title.display(lang), &g.id, &mut used)).collect();
    for (g, name) in f.groups.iter().zip(&names) {
        kalkan_rows.push((vec!["sheet".into(), name.clone(), g.id.clone()], false));
    }

    let scale_labels: HashMap<&str, HashMap<&str, String>> =
        f.scales.iter().map(|s| (s.id.as_str(), s.options.iter().map(|o| (o.id.as_str(), o.label.display(lang).to_string())).collect())).collect();

    for (g, name) in f.groups.iter().zip(&names) {
        let ws = wb.add_worksheet();
        ws.set_name(name.as_str()).map_err(|e| internal(&e))?;
        ws.set_right_to_left(rtl);
        ws.protect();
        let headers = ["xlsx-column-id", "xlsx-column-control", "xlsx-column-question", "xlsx-column-answer", "xlsx-column-notes", "xlsx-column-evidence"];
        for (col, key) in headers.iter().enumerate() {
            put(ws, 0, col as u16, &l10n::message(lang, key, &[]), &heading)?;
        }
        for (col, width) in [(COL_ID, 14.0), (COL_TITLE, 32.0), (COL_QUESTION, 60.0), (COL_ANSWER, 26.0), (COL_NOTES, 40.0), (COL_EVIDENCE, 32.0)] {
            ws.set_column_width(col, width).map_err(|e| internal(&e))?;
        }
        ws.set_freeze_panes(1, 0).map_err(|e| internal(&e))?;
        let mut row = 1u32;
        let mut rows: Vec<(u32, &str)> = Vec::new();
        write_group(ws, g, lang, true, &mut row, &mut rows, assessment, &scale_labels, (&plain, &bold, &open))?;
        // One data validation per run of consecutive rows with the same scale.
        let mut i = 0;
        while let Some(&(start, scale)) = rows.get(i) {
            let mut end = start;
            let mut j = i + 1;
            while let Some(&(r, s)) = rows.get(j) {
                if s != scale || r != end + 1 {
                    break;
                }
                end = r;
                j += 1;
            }
            if let Some(range) = scale_range.get(scale) {
                let dv = DataValidation::new().allow_list_formula(Formula::new(range.as_str())).ignore_blank(true);
                ws.add_data_validation(start, COL_ANSWER, end, COL_ANSWER, &dv).map_err(|e| internal(&e))?;
            }
            i = j;
        }
    }

    let ks = wb.add_worksheet();
    ks.set_name(KALKAN_SHEET).map_err(|e| internal(&e))?;
    ks.set_right_to_left(rtl);
    ks.protect();
    ks.set_column_width(0, 22.0).map_err(|e| internal(&e))?;
    ks.set_column_width(1, 36.0).map_err(|e| internal(&e))?;
    for (r, (cells, unlocked)) in kalkan_rows.iter().enumerate() {
        for (c, text) in cells.iter().enumerate() {
            let format = if *unlocked && c == 1 {
                &open
            } else if r == 0 {
                &bold
            } else {
                &plain
            };
            put(ks, r as u32, c as u16, text, format)?;
        }
        if *unlocked && cells.get(1).is_some_and(String::is_empty) {
            // An empty but unlocked value cell still needs its format written.
            ks.write_blank(r as u32, 1, &open).map_err(|e| internal(&e))?;
        }
    }
    wb.save_to_buffer().map_err(|e| internal(&e))
}

#[allow(clippy::too_many_arguments)]
fn write_group<'f>(
    ws: &mut Worksheet,
    g: &'f Group,
    lang: &str,
    top: bool,
    row: &mut u32,
    rows: &mut Vec<(u32, &'f str)>,
    assessment: Option<&Assessment>,
    labels: &HashMap<&str, HashMap<&str, String>>,
    (plain, bold, open): (&Format, &Format, &Format),
) -> Result<()> {
    if !top {
        put(ws, *row, COL_TITLE, g.title.display(lang), bold)?;
        *row += 1;
    }
    for c in &g.controls {
        put(ws, *row, COL_ID, &c.id, plain)?;
        put(ws, *row, COL_TITLE, c.title.display(lang), plain)?;
        let question = c.question.as_ref().and_then(|q| q.get_or_english(lang)).unwrap_or(c.statement.display(lang));
        put(ws, *row, COL_QUESTION, question, plain)?;
        let response = assessment.and_then(|a| a.responses.get(&c.id));
        let answer = response.map(|r| labels.get(c.scale.as_str()).and_then(|l| l.get(r.option.as_str())).cloned().unwrap_or_else(|| r.option.clone()));
        put(ws, *row, COL_ANSWER, answer.as_deref().unwrap_or(""), open)?;
        put(ws, *row, COL_NOTES, response.and_then(|r| r.notes.as_deref()).unwrap_or(""), open)?;
        put(ws, *row, COL_EVIDENCE, &response.map(|r| r.evidence.join("\n")).unwrap_or_default(), open)?;
        rows.push((*row, c.scale.as_str()));
        *row += 1;
    }
    for s in &g.groups {
        write_group(ws, s, lang, false, row, rows, assessment, labels, (plain, bold, open))?;
    }
    Ok(())
}

// ---- Import ----

fn with_cell(mut p: Problem, cell: &str) -> Problem {
    p.details.insert("cell".into(), json!(cell));
    p
}

fn problem_at(pointer: Pointer, code: Code, mut d: Details, cell: &str) -> Problem {
    d.insert("cell".into(), json!(cell));
    Problem::new(pointer, code, d)
}

fn not_xlsx() -> Error {
    Error::Parse {
        document: DocumentKind::Assessment,
        problem: Problem::new(Pointer::root(), Code::InvalidStructure, details([("problem", json!("not_xlsx"))])),
    }
}

fn not_kalkan(cell: &str, reason: &str) -> Error {
    let d = details([("problem", json!("not_kalkan_workbook")), ("cell", json!(cell)), ("reason", json!(reason))]);
    Error::Parse { document: DocumentKind::Assessment, problem: Problem::new(Pointer::root(), Code::InvalidStructure, d) }
}

/// A cell's text: strings trimmed, numbers and booleans as written, empty as `None`.
fn text_of(d: &Data) -> Option<String> {
    let s = match d {
        Data::Empty => return None,
        Data::String(s) => s.trim().to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string().trim().to_string(),
    };
    (!s.is_empty()).then_some(s)
}

/// The non-empty cells of a sheet's first columns, by (row, column).
struct Cells(BTreeMap<(u32, u32), String>);

impl Cells {
    fn get(&self, row: u32, col: u32) -> Option<String> {
        self.0.get(&(row, col)).cloned()
    }
    /// The rows with a cell, in order.
    fn rows(&self) -> BTreeSet<u32> {
        self.0.keys().map(|(r, _)| *r).collect()
    }
}

/// Reads the non-empty cells of `name`'s columns A to `cols` as a stream: never a dense grid of
/// the sheet's extent, which one far-away cell of a hostile workbook would make enormous. At
/// most `budget` cells are kept over the whole workbook (`too_many`). `None` when there is no
/// such sheet; a sheet that cannot be read is `not_kalkan_workbook` at its A1.
fn sheet_cells<RS: std::io::Read + std::io::Seek>(book: &mut Xlsx<RS>, name: &str, cols: u32, budget: &mut usize) -> Option<Result<Cells>> {
    let mut reader = book.worksheet_cells_reader(name).ok()?;
    let mut out = BTreeMap::new();
    loop {
        match reader.next_cell() {
            Ok(Some(cell)) => {
                let (r, c) = cell.get_position();
                if c >= cols {
                    continue;
                }
                let Some(text) = text_of(&Data::from(cell.get_value().clone())) else { continue };
                if *budget == 0 {
                    let limit = Limits::current().max_responses.saturating_mul(CELLS_PER_RESPONSE);
                    let d = details([("what", json!("cells")), ("count", json!(limit + 1)), ("limit", json!(limit)), ("cell", json!(cell_ref(name, r, c)))]);
                    return Some(Err(Error::Invalid { document: DocumentKind::Assessment, problems: vec![Problem::new(Pointer::root(), Code::TooMany, d)] }));
                }
                *budget -= 1;
                out.insert((r, c), text);
            }
            Ok(None) => return Some(Ok(Cells(out))),
            Err(_) => return Some(Err(not_kalkan(&cell_ref(name, 0, 0), "unreadable"))),
        }
    }
}

/// calamine reserves room for as many shared strings as the workbook declares
/// (`<sst uniqueCount="…">`) before reading one, and a hostile count aborts the process: the
/// count is read first, as calamine reads it (the first `sst` element, comments skipped), and
/// refused above `budget` (`too_many`). `Err(None)`: not a workbook.
fn check_declared_strings(bytes: &[u8], budget: usize) -> std::result::Result<(), Option<Error>> {
    use quick_xml::events::Event;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| None)?;
    // calamine finds parts by name without regard to case, with `\` separators as `/`.
    let name = zip.file_names().find(|n| n.replace('\\', "/").eq_ignore_ascii_case("xl/sharedStrings.xml")).map(str::to_string);
    let Some(name) = name else { return Ok(()) };
    let entry = zip.by_name(&name).map_err(|_| None)?;
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(entry));
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == b"sst" => {
                let Some(count) = e.attributes().flatten().find(|a| a.key.as_ref() == b"uniqueCount") else { return Ok(()) };
                let digits = String::from_utf8_lossy(&count.value).trim().to_string();
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Ok(());
                }
                // Too many digits for a number is too many strings.
                let n = digits.parse::<u64>().unwrap_or(u64::MAX);
                if n > budget as u64 {
                    let d = details([("what", json!("strings")), ("count", json!(n)), ("limit", json!(budget))]);
                    return Err(Some(Error::Invalid { document: DocumentKind::Assessment, problems: vec![Problem::new(Pointer::root(), Code::TooMany, d)] }));
                }
                return Ok(());
            }
            Ok(Event::Eof) => return Ok(()),
            Ok(_) => {}
            Err(_) => return Err(None),
        }
    }
}

/// The `Kalkan` sheet read back.
struct Meta {
    values: HashMap<String, (String, String)>, // key → (value, cell)
    /// scale → [(option id, label)]
    options: HashMap<String, Vec<(String, String)>>,
    /// sheet name → group id
    sheets: Vec<(String, String)>,
}

impl Meta {
    fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(|(v, _)| v.as_str()).filter(|v| !v.is_empty())
    }
    fn cell(&self, key: &str) -> String {
        self.values.get(key).map(|(_, c)| c.clone()).unwrap_or_else(|| cell_ref(KALKAN_SHEET, 0, 0))
    }
}

fn read_meta(cells: &Cells) -> Result<Meta> {
    let cell = |r: u32, c: u32| cells.get(r, c);
    if cell(0, 0).as_deref() != Some("kalkan") || cell(0, 1).as_deref() != Some(FORMAT) {
        return Err(not_kalkan(&cell_ref(KALKAN_SHEET, 0, 1), "marker"));
    }
    let mut meta = Meta { values: HashMap::new(), options: HashMap::new(), sheets: Vec::new() };
    for r in cells.rows().into_iter().filter(|&r| r > 0) {
        let Some(key) = cell(r, 0) else { continue };
        match key.as_str() {
            "option" => match (cell(r, 1), cell(r, 2)) {
                (Some(scale), Some(id)) => meta.options.entry(scale).or_default().push((id, cell(r, 3).unwrap_or_default())),
                _ => return Err(not_kalkan(&cell_ref(KALKAN_SHEET, r, 1), "option")),
            },
            "sheet" => match (cell(r, 1), cell(r, 2)) {
                (Some(name), Some(group)) => meta.sheets.push((name, group)),
                _ => return Err(not_kalkan(&cell_ref(KALKAN_SHEET, r, 1), "sheet")),
            },
            _ => {
                meta.values.insert(key, (cell(r, 1).unwrap_or_default(), cell_ref(KALKAN_SHEET, r, 1)));
            }
        }
    }
    for key in ["framework", "version", "digest", "language"] {
        if meta.get(key).is_none() {
            return Err(not_kalkan(&meta.cell(key), key));
        }
    }
    Ok(meta)
}

/// Reads a filled questionnaire workbook back into an assessment, the framework found in
/// `source` by the id and version requirement the workbook records (a pinned framework is used
/// as it is, and must have the workbook's id). A workbook larger than the input limit is
/// `input_too_large` before it is opened. Every bad cell is reported at once
/// ([`Error::Invalid`] with one problem per cell, each with its `cell` detail); a file that is
/// not a workbook, or lacks a readable `Kalkan` sheet, is [`Error::Parse`].
pub fn import_xlsx(bytes: &[u8], source: &FrameworkSource) -> Result<XlsxImport> {
    crate::limits::check_size(DocumentKind::Assessment, bytes.len() as u64)?;
    let mut budget = Limits::current().max_responses.saturating_mul(CELLS_PER_RESPONSE);
    check_declared_strings(bytes, budget).map_err(|e| e.unwrap_or_else(not_xlsx))?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|_| not_xlsx())?;
    let Some(kalkan) = sheet_cells(&mut book, KALKAN_SHEET, 4, &mut budget) else {
        return Err(not_kalkan(&cell_ref(KALKAN_SHEET, 0, 0), "missing"));
    };
    let meta = read_meta(&kalkan?)?;
    let field = |k: &str| meta.get(k).map(str::to_string);
    let id = field("framework").unwrap_or_default();
    let requirement = field("version").unwrap_or_default();
    let lang = field("language").unwrap_or_else(|| "en".into());
    let subject = Subject {
        name: field("subject.name").unwrap_or_default(),
        kind: field("subject.kind"),
        country: field("subject.country"),
        sector: field("subject.sector"),
        region: field("subject.region"),
        size: field("subject.size"),
    };
    let assessor = field("assessor.name").map(|name| Assessor {
        id: field("assessor.id"),
        name,
        organisation: field("assessor.organisation"),
        email: field("assessor.email"),
    });
    let mut assessment = Assessment {
        schema: None,
        framework: FrameworkRequirement { id: id.clone(), version: requirement.clone() },
        subject,
        assessor,
        started: field("started"),
        completed: field("completed"),
        profile: field("profile"),
        responses: Responses::default(),
        merge: None,
    };
    let fw: Arc<CompiledFramework> = match source.for_assessment(&assessment) {
        Ok(fw) => fw,
        Err(e) => {
            // Point the error's problems at the Kalkan sheet's cells.
            return Err(match e {
                Error::Invalid { document, problems } => {
                    Error::Invalid { document, problems: problems.into_iter().map(|p| with_cell(p, &meta.cell("version"))).collect() }
                }
                other => other,
            });
        }
    };
    if fw.id() != id {
        let p = problem_at(
            Pointer::root().key("framework").key("id"),
            Code::FrameworkMismatch,
            details([("found", json!(id)), ("expected", json!(fw.id()))]),
            &meta.cell("framework"),
        );
        return Err(Error::Invalid { document: DocumentKind::Assessment, problems: vec![p] });
    }
    let mut warnings = Vec::new();
    let digest = field("digest").unwrap_or_default();
    if digest != fw.digest() {
        warnings.push(ImportWarning {
            code: "digest_differs".into(),
            pointer: Pointer::root().key("framework"),
            details: [("workbook".to_string(), digest.clone()), ("framework".to_string(), fw.digest().to_string())].into_iter().collect(),
        });
    }

    // Which scale each control has, and each scale's options by label and by id.
    let f = fw.framework();
    let mut scale_of: HashMap<&str, &str> = HashMap::new();
    fn walk<'a>(g: &'a Group, into: &mut HashMap<&'a str, &'a str>) {
        for c in &g.controls {
            into.insert(c.id.as_str(), c.scale.as_str());
        }
        g.groups.iter().for_each(|s| walk(s, into));
    }
    f.groups.iter().for_each(|g| walk(g, &mut scale_of));
    let mut by_label: HashMap<&str, HashMap<String, &str>> = HashMap::new();
    for s in &f.scales {
        let labels = by_label.entry(s.id.as_str()).or_default();
        // Labels in the workbook's own table first (what its drop-downs offered), then the
        // framework's labels in the workbook's language, then ids.
        for (oid, label) in meta.options.get(&s.id).into_iter().flatten() {
            if let Some(o) = s.options.iter().find(|o| &o.id == oid) {
                labels.entry(label.trim().to_lowercase()).or_insert(o.id.as_str());
            }
        }
        for o in &s.options {
            labels.entry(o.label.display(&lang).trim().to_lowercase()).or_insert(o.id.as_str());
        }
        for o in &s.options {
            labels.entry(o.id.to_lowercase()).or_insert(o.id.as_str());
        }
    }

    let mut problems: Vec<Problem> = Vec::new();
    let mut cells: HashMap<String, String> = HashMap::new(); // pointer → cell
    for (k, (_, c)) in &meta.values {
        let pointer = match k.split_once('.') {
            Some((a, b)) => Pointer::root().key(a).key(b),
            None => Pointer::root().key(k),
        };
        cells.insert(pointer.to_string(), c.clone());
    }
    cells.insert(Pointer::root().key("framework").key("id").to_string(), meta.cell("framework"));
    cells.insert(Pointer::root().key("framework").key("version").to_string(), meta.cell("version"));
    let mut seen: HashMap<String, String> = HashMap::new();
    let known_sheets: Vec<String> = book.sheet_names();
    for (name, _group) in &meta.sheets {
        if !known_sheets.contains(name) {
            return Err(not_kalkan(&meta.cell("framework"), "sheet"));
        }
        let Some(sheet) = sheet_cells(&mut book, name, u32::from(COL_EVIDENCE) + 1, &mut budget) else {
            return Err(not_kalkan(&meta.cell("framework"), "sheet"));
        };
        let sheet = sheet?;
        let cell = |r: u32, c: u16| sheet.get(r, u32::from(c));
        for r in sheet.rows().into_iter().filter(|&r| r > 0) {
            let Some(cid) = cell(r, COL_ID) else { continue };
            let at = |c: u16| cell_ref(name, r, u32::from(c));
            let answer = cell(r, COL_ANSWER);
            let notes = cell(r, COL_NOTES);
            let evidence: Vec<String> =
                cell(r, COL_EVIDENCE).map(|e| e.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()).unwrap_or_default();
            let Some(&scale) = scale_of.get(cid.as_str()) else {
                problems.push(problem_at(
                    Pointer::root().key("responses").key(&cid),
                    Code::UnknownControl,
                    details([
                        ("what", json!("response")),
                        ("control", json!(cid)),
                        ("framework", json!(fw.id())),
                        ("version", json!(fw.version().to_string())),
                    ]),
                    &at(COL_ID),
                ));
                continue;
            };
            if let Some(first) = seen.get(&cid) {
                problems.push(problem_at(
                    Pointer::root().key("responses").key(&cid),
                    Code::DuplicateId,
                    details([("what", json!("response")), ("id", json!(cid)), ("first", json!(first))]),
                    &at(COL_ID),
                ));
                continue;
            }
            seen.insert(cid.clone(), at(COL_ID));
            let Some(answer) = answer else {
                // Unanswered: notes or evidence alone are not a response, but are worth saying.
                if notes.is_some() || !evidence.is_empty() {
                    warnings.push(ImportWarning {
                        code: "notes_without_answer".into(),
                        pointer: Pointer::root().key("responses").key(&cid),
                        details: [("cell".to_string(), at(COL_ANSWER)), ("control".to_string(), cid.clone())].into_iter().collect(),
                    });
                }
                continue;
            };
            let option = by_label.get(scale).and_then(|m| m.get(&answer.to_lowercase())).copied();
            let Some(option) = option else {
                let known: Vec<String> = meta
                    .options
                    .get(scale)
                    .map(|v| v.iter().map(|(_, l)| l.clone()).collect())
                    .unwrap_or_else(|| f.scales.iter().filter(|s| s.id == scale).flat_map(|s| s.options.iter().map(|o| o.id.clone())).collect());
                problems.push(problem_at(
                    Pointer::root().key("responses").key(&cid).key("option"),
                    Code::UnknownOption,
                    details([("control", json!(cid)), ("option", json!(answer)), ("known", json!(known))]),
                    &at(COL_ANSWER),
                ));
                continue;
            };
            let response_at = Pointer::root().key("responses").key(&cid);
            cells.insert(response_at.clone().key("option").to_string(), at(COL_ANSWER));
            cells.insert(response_at.clone().key("notes").to_string(), at(COL_NOTES));
            for i in 0..evidence.len() {
                cells.insert(response_at.clone().key("evidence").index(i).to_string(), at(COL_EVIDENCE));
            }
            assessment.responses.set(cid.clone(), Response { option: option.to_string(), notes, evidence, answered_at: None, provenance: None });
        }
    }
    // Responses in questionnaire order, whatever the order of the sheets.
    let mut ordered = Responses::default();
    for cid in fw.control_ids() {
        if let Some(r) = assessment.responses.remove(cid) {
            ordered.set(cid.to_string(), r);
        }
    }
    assessment.responses = ordered;
    // The assessment's own rules, each problem pointed at its cell where there is one.
    for p in fw.validate_assessment(&assessment) {
        let cell = cells.get(p.pointer.as_str()).cloned();
        problems.push(match cell {
            Some(c) => with_cell(p, &c),
            None => p,
        });
    }
    if !problems.is_empty() {
        // At most `Limits::max_problems`, and a last problem saying how many more there were.
        return Err(Error::Invalid { document: DocumentKind::Assessment, problems: cap(problems) });
    }
    let report = XlsxReport {
        format: "xlsx".into(),
        language: lang,
        framework: format!("{}@{}", fw.id(), fw.version()),
        workbook_digest: digest,
        controls: fw.control_count(),
        answered: assessment.responses.len(),
        warnings,
    };
    Ok(XlsxImport { assessment, report })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_are_written_as_excel_does() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(cell_ref("Governance", 13, 3), "Governance!D14");
        assert_eq!(cell_ref("Risk Management", 0, 0), "'Risk Management'!A1");
    }

    #[test]
    fn sheet_names_are_valid_and_unique() {
        let mut used = HashSet::new();
        assert_eq!(sheet_name("A/B: [c]", "g", &mut used), "A B   c");
        assert_eq!(sheet_name("Kalkan", "g", &mut used), "Kalkan (2)");
        let long = "x".repeat(40);
        assert_eq!(sheet_name(&long, "g", &mut used).chars().count(), 31);
        let again = sheet_name(&long, "g", &mut used);
        assert!(again.ends_with(" (2)") && again.chars().count() == 31, "{again}");
        assert_eq!(sheet_name("  ", "gid", &mut used), "gid");
    }
}
