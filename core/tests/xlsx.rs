//! Questionnaire workbooks: export, fill programmatically, import, and the score equals the
//! score of the same answers given directly; the workbook's form (right to left, drop-downs,
//! locked ids, string cells only) and every bad cell reported with its reference.
#![cfg(feature = "xlsx")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::BTreeMap;
use std::io::{Cursor, Read as _};
use std::sync::Arc;

use calamine::{Data, Reader as _, Xlsx};
use kalkan::{examples, export_xlsx, import_xlsx, Assessment, Code, CompiledFramework, Error, FrameworkSource, Registry, Response, Subject};

fn example() -> Arc<CompiledFramework> {
    Arc::new(CompiledFramework::from_json(examples::FRAMEWORK).unwrap())
}

fn builtin() -> Arc<CompiledFramework> {
    Registry::builtin().get("kalkan-public-institution", "^1").unwrap()
}

/// The built-in frameworks and `fw`.
fn source_with(fw: Arc<CompiledFramework>) -> FrameworkSource {
    FrameworkSource::with_given([fw]).unwrap()
}

/// Every sheet of a workbook as rows of cell texts.
type Sheets = Vec<(String, Vec<Vec<String>>)>;

fn read(bytes: &[u8]) -> Sheets {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let names = book.sheet_names();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let (rows, cols) = range.end().map_or((0, 0), |(r, c)| (r + 1, c + 1));
            let grid = (0..rows)
                .map(|r| {
                    (0..cols)
                        .map(|c| match range.get_value((r, c)) {
                            Some(Data::String(s)) => s.clone(),
                            Some(Data::Empty) | None => String::new(),
                            Some(other) => other.to_string(),
                        })
                        .collect()
                })
                .collect();
            (name, grid)
        })
        .collect()
}

/// A new workbook with the same cells as `sheets` (all string cells), as a respondent's
/// spreadsheet program would save it after filling it in.
fn write(sheets: &Sheets) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(name.as_str()).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                if !text.is_empty() {
                    ws.write_string(r as u32, c as u16, text).unwrap();
                }
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

fn set(sheets: &mut Sheets, sheet: &str, row: usize, col: usize, text: &str) {
    let rows = &mut sheets.iter_mut().find(|(n, _)| n == sheet).unwrap().1;
    while rows.len() <= row {
        rows.push(Vec::new());
    }
    let cells = &mut rows[row];
    while cells.len() <= col {
        cells.push(String::new());
    }
    cells[col] = text.to_string();
}

/// The row of the `Kalkan` sheet with `key` in column A.
fn kalkan_row(sheets: &Sheets, key: &str) -> usize {
    let rows = &sheets.iter().find(|(n, _)| n == "Kalkan").unwrap().1;
    rows.iter().position(|r| r.first().map(String::as_str) == Some(key)).unwrap()
}

/// The XML of a part of the workbook.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).unwrap();
    let mut text = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

fn sheet_parts(bytes: &[u8]) -> Vec<String> {
    let zip = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).unwrap();
    let names: Vec<String> = zip.file_names().filter(|n| n.starts_with("xl/worksheets/sheet")).map(str::to_string).collect();
    names.iter().map(|n| part(bytes, n)).collect()
}

/// Fills every answer cell of an exported blank workbook with an option label chosen from the
/// control's position, and the subject's name; returns the filled workbook and the answers
/// given (control → option id).
fn fill(fw: &CompiledFramework, lang: &str, bytes: &[u8]) -> (Vec<u8>, BTreeMap<String, String>) {
    let q = fw.questionnaire(lang);
    let mut options: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    fn walk(s: &kalkan::Section, into: &mut BTreeMap<String, Vec<(String, String)>>) {
        for q in &s.questions {
            into.insert(q.id.clone(), q.options.iter().map(|o| (o.id.clone(), o.label.clone())).collect());
        }
        s.sections.iter().for_each(|s| walk(s, into));
    }
    q.sections.iter().for_each(|s| walk(s, &mut options));
    let mut sheets = read(bytes);
    let mut given = BTreeMap::new();
    let mut n = 0usize;
    for (name, rows) in sheets.clone() {
        if name == "Kalkan" {
            continue;
        }
        for (r, row) in rows.iter().enumerate().skip(1) {
            let Some(id) = row.first().filter(|id| !id.is_empty()) else { continue };
            n += 1;
            // Every seventh control is left unanswered (an empty cell).
            if n % 7 == 0 {
                continue;
            }
            let opts = &options[id];
            let (oid, label) = &opts[(n * 3) % opts.len()];
            set(&mut sheets, &name, r, 3, label);
            if n % 5 == 0 {
                set(&mut sheets, &name, r, 4, "=cmd|' /C calc'!A0");
                set(&mut sheets, &name, r, 5, "policy.pdf\n https://intranet/doc \n");
            }
            given.insert(id.clone(), oid.clone());
        }
    }
    let row = kalkan_row(&sheets, "subject.name");
    set(&mut sheets, "Kalkan", row, 1, "Ministry of Examples");
    (write(&sheets), given)
}

fn direct(fw: &CompiledFramework, given: &BTreeMap<String, String>) -> Assessment {
    let mut a = fw.new_assessment(Subject { name: "Ministry of Examples".into(), kind: None, country: None, sector: None, region: None, size: None });
    for (id, option) in given {
        let r = Response { option: option.clone(), notes: None, evidence: vec![], answered_at: None, provenance: None };
        fw.answer(&mut a, id, r);
    }
    a
}

fn round_trip(fw: Arc<CompiledFramework>, lang: &str) {
    let blank = export_xlsx(&fw, None, lang).unwrap();
    let (filled, given) = fill(&fw, lang, &blank);
    assert!(given.len() >= 5, "{} answers", given.len());
    let imported = import_xlsx(&filled, &source_with(fw.clone())).unwrap();
    let a = &imported.assessment;
    let options: BTreeMap<String, String> = a.responses.iter().map(|(id, r)| (id.to_string(), r.option.clone())).collect();
    assert_eq!(options, given, "the answers read back are the answers given");
    assert_eq!(imported.report.answered, given.len());
    assert_eq!(imported.report.language, lang);
    assert!(imported.report.warnings.is_empty(), "{:?}", imported.report.warnings);
    // Notes and evidence are read back as written (the notes as text, not a formula).
    let with_notes: Vec<_> = a.responses.iter().filter(|(_, r)| r.notes.is_some()).collect();
    assert!(!with_notes.is_empty());
    for (_, r) in with_notes {
        assert_eq!(r.notes.as_deref(), Some("=cmd|' /C calc'!A0"));
        assert_eq!(r.evidence, ["policy.pdf", "https://intranet/doc"]);
    }
    let expected = fw.score(&direct(&fw, &given), None).unwrap();
    let got = fw.score(a, None).unwrap();
    assert_eq!(serde_json::to_value(&got).unwrap(), serde_json::to_value(&expected).unwrap());
}

#[test]
fn the_example_framework_round_trips_in_english_and_arabic() {
    round_trip(example(), "en");
    round_trip(example(), "ar");
}

#[test]
fn a_builtin_framework_round_trips_in_english_arabic_and_french() {
    round_trip(builtin(), "en");
    round_trip(builtin(), "ar");
    round_trip(builtin(), "fr");
}

#[test]
fn an_assessment_pre_fills_the_workbook_and_reads_back_the_same() {
    let fw = example();
    let a = fw.parse_assessment(examples::ASSESSMENT).unwrap();
    for lang in ["en", "ar", "fr"] {
        let bytes = export_xlsx(&fw, Some(&a), lang).unwrap();
        // Straight back, untouched: the same answers, notes, evidence, subject and score.
        let back = import_xlsx(&bytes, &source_with(fw.clone())).unwrap().assessment;
        assert_eq!(back.subject, a.subject);
        assert_eq!(back.framework, a.framework);
        assert_eq!(back.profile, a.profile);
        for (id, r) in a.responses.iter() {
            let b = back.responses.get(id).unwrap();
            assert_eq!((&b.option, &b.notes, &b.evidence), (&r.option, &r.notes, &r.evidence), "{id} in {lang}");
        }
        assert_eq!(back.responses.len(), a.responses.len());
        assert_eq!(serde_json::to_value(fw.score(&back, None).unwrap()).unwrap(), serde_json::to_value(fw.score(&a, None).unwrap()).unwrap());
        // The answer cells show labels in the chosen language.
        let sheets = read(&bytes);
        let label = fw.questionnaire(lang).sections[0].questions[0].options.iter().find(|o| o.id == "fully-implemented").unwrap().label.clone();
        assert_eq!(sheets[0].1[1][3], label, "{lang}");
    }
}

#[test]
fn sheets_are_one_per_top_level_group_in_the_language_and_right_to_left_in_arabic() {
    let fw = example();
    let names = |lang| read(&export_xlsx(&fw, None, lang).unwrap()).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
    assert_eq!(names("en"), ["Governance", "Protection", "Response", "Kalkan"]);
    assert_eq!(names("ar"), ["الحوكمة", "الحماية", "الاستجابة", "Kalkan"]);
    assert_eq!(names("fr"), ["Gouvernance", "Protection", "Réponse", "Kalkan"]);
    let ar = export_xlsx(&fw, None, "ar").unwrap();
    for xml in sheet_parts(&ar) {
        assert!(xml.contains("rightToLeft=\"1\""), "an Arabic sheet is right to left");
    }
    let en = export_xlsx(&fw, None, "en").unwrap();
    for xml in sheet_parts(&en) {
        assert!(!xml.contains("rightToLeft"), "an English sheet is left to right");
    }
    // Headers in the language.
    let sheets = read(&ar);
    assert_eq!(sheets[0].1[0][3], "الإجابة");
    // A sub-group is a heading row with an empty id.
    let protection = &read(&en)[1].1;
    assert_eq!(protection[1][0], "");
    assert!(!protection[1][1].is_empty());
}

#[test]
fn answer_cells_have_a_drop_down_of_the_scale_and_ids_are_locked() {
    let fw = example();
    let bytes = export_xlsx(&fw, None, "en").unwrap();
    let gov = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(gov.contains("<dataValidation type=\"list\""), "{gov}");
    assert!(gov.contains("sqref=\"D2:D4\""), "the answer cells of the three controls: {gov}");
    // The list is the scale's labels on the Kalkan sheet.
    let formula = gov.split("<formula1>").nth(1).unwrap().split("</formula1>").next().unwrap().to_string();
    assert!(formula.starts_with("Kalkan!$D$"), "{formula}");
    let sheets = read(&bytes);
    let kalkan = &sheets.iter().find(|(n, _)| n == "Kalkan").unwrap().1;
    let rows: Vec<u32> = formula.trim_start_matches("Kalkan!").split(':').map(|c| c.trim_start_matches("$D$").parse().unwrap()).collect();
    let listed: Vec<&str> = (rows[0]..=rows[1]).map(|r| kalkan[r as usize - 1][3].as_str()).collect();
    assert_eq!(listed, ["Not implemented", "Partially implemented", "Largely implemented", "Fully implemented", "Not applicable"]);
    // Every sheet is protected; only answer, notes, evidence and subject cells are unlocked.
    for xml in sheet_parts(&bytes) {
        assert!(xml.contains("<sheetProtection"), "{xml}");
    }
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("locked=\"0\""), "{styles}");
    let unlocked_style = |xml: &str, cell: &str| -> String {
        let at = xml.find(&format!("r=\"{cell}\"")).unwrap();
        let tail = &xml[at..];
        let end = tail.find('>').unwrap();
        tail[..end].split("s=\"").nth(1).map(|s| s.split('"').next().unwrap().to_string()).unwrap_or_default()
    };
    // The id cell and the answer cell have different styles: the answer's is the unlocked one.
    assert_ne!(unlocked_style(&gov, "A2"), unlocked_style(&gov, "D2"));
    let xfs = styles.split("<cellXfs").nth(1).unwrap().split("</cellXfs>").next().unwrap();
    let xf: Vec<&str> = xfs.split("<xf ").skip(1).collect();
    let d2: usize = unlocked_style(&gov, "D2").parse().unwrap();
    let a2: usize = unlocked_style(&gov, "A2").parse().unwrap_or(0);
    assert!(xf[d2].contains("locked=\"0\""), "{}", xf[d2]);
    assert!(!xf[a2].contains("locked=\"0\""), "{}", xf[a2]);
}

#[test]
fn texts_that_look_like_formulas_are_written_as_plain_strings() {
    let mut json: serde_json::Value = serde_json::from_str(examples::FRAMEWORK).unwrap();
    json["groups"][0]["title"]["en"] = "=HYPERLINK(\"http://x\",\"y\")".into();
    json["groups"][0]["controls"][0]["title"]["en"] = "+SUM(1,2)".into();
    json["groups"][0]["controls"][1]["question"] = serde_json::json!({"en": "-2+3"});
    json["scales"][0]["options"][0]["label"]["en"] = "@SUM(A1)".into();
    let fw = CompiledFramework::from_json(&json.to_string()).unwrap();
    let mut a = fw.parse_assessment(examples::ASSESSMENT).unwrap();
    a.subject.name = "=1+1".into();
    a.subject.sector = Some("@cmd".into());
    let bytes = export_xlsx(&fw, Some(&a), "en").unwrap();
    for xml in sheet_parts(&bytes) {
        assert!(!xml.contains("<f>") && !xml.contains("<f "), "no formula cells: {xml}");
    }
    let shared = part(&bytes, "xl/sharedStrings.xml");
    // The group's title is only a sheet name (never evaluated); the other texts are strings.
    for text in ["+SUM(1,2)", "-2+3", "@SUM(A1)", "=1+1", "@cmd"] {
        assert!(shared.contains(&format!(">{text}<")), "{text} is a shared string as written");
    }
    let sheets = read(&bytes);
    assert_eq!(sheets[0].0, "=HYPERLINK(\"http   x\",\"y\")");
    assert_eq!(sheets[0].1[1][1], "+SUM(1,2)");
    assert_eq!(sheets[0].1[2][2], "-2+3");
    // And they read back as the same texts.
    let back = import_xlsx(&bytes, &FrameworkSource::pinned(Arc::new(fw))).unwrap().assessment;
    assert_eq!(back.subject.name, "=1+1");
    assert_eq!(back.subject.sector.as_deref(), Some("@cmd"));
}

fn problems(e: Error) -> Vec<kalkan::Problem> {
    match e {
        Error::Invalid { problems, .. } => problems,
        other => panic!("expected Invalid, got {other:?}"),
    }
}

fn cell(p: &kalkan::Problem) -> &str {
    p.details.get("cell").and_then(|v| v.as_str()).unwrap()
}

#[test]
fn every_bad_cell_is_reported_with_its_reference() {
    let fw = example();
    let a = fw.parse_assessment(examples::ASSESSMENT).unwrap();
    let mut sheets = read(&export_xlsx(&fw, Some(&a), "en").unwrap());
    set(&mut sheets, "Governance", 1, 3, "Maybe");
    set(&mut sheets, "Response", 2, 0, "RSP-99");
    set(&mut sheets, "Response", 1, 0, "GOV-1");
    let row = kalkan_row(&sheets, "subject.country");
    set(&mut sheets, "Kalkan", row, 1, "XX");
    let found = problems(import_xlsx(&write(&sheets), &source_with(fw.clone())).unwrap_err());
    let seen: Vec<(Code, &str, &str)> = found.iter().map(|p| (p.code, cell(p), p.pointer.as_str())).collect();
    assert_eq!(
        seen,
        [
            (Code::UnknownOption, "Governance!D2", "/responses/GOV-1/option"),
            (Code::DuplicateId, "Response!A2", "/responses/GOV-1"),
            (Code::UnknownControl, "Response!A3", "/responses/RSP-99"),
            (Code::InvalidCountry, &*format!("Kalkan!B{}", row + 1), "/subject/country"),
        ]
    );
    assert!(found[0].message.contains("Maybe") && found[0].message.contains("Fully implemented"), "{}", found[0].message);
    // Every message in every language.
    for p in &found {
        for lang in ["en", "ar", "fr"] {
            assert!(!p.message_in(lang).is_empty());
        }
    }
}

#[test]
fn an_option_id_is_accepted_and_an_empty_subject_is_reported_at_its_cell() {
    let fw = example();
    let mut sheets = read(&export_xlsx(&fw, None, "ar").unwrap());
    set(&mut sheets, "الحوكمة", 1, 3, "fully-implemented");
    let err = problems(import_xlsx(&write(&sheets), &source_with(fw.clone())).unwrap_err());
    assert_eq!(err.len(), 1);
    assert_eq!(err[0].code, Code::MissingSubject);
    assert_eq!(cell(&err[0]), format!("Kalkan!B{}", kalkan_row(&sheets, "subject.name") + 1));
    let row = kalkan_row(&sheets, "subject.name");
    set(&mut sheets, "Kalkan", row, 1, "Ministry");
    // Notes next to an empty answer are left out, and said as a warning with the cell.
    set(&mut sheets, "الحوكمة", 2, 4, "draft");
    let imported = import_xlsx(&write(&sheets), &source_with(fw)).unwrap();
    let a = imported.assessment;
    assert_eq!(a.responses.get("GOV-1").unwrap().option, "fully-implemented");
    assert_eq!(a.responses.len(), 1);
    let w = &imported.report.warnings;
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!((w[0].code.as_str(), w[0].details["cell"].as_str()), ("notes_without_answer", "الحوكمة!D3"));
}

#[test]
fn a_workbook_of_another_framework_or_without_its_kalkan_sheet_is_refused() {
    let fw = example();
    let bytes = export_xlsx(&fw, None, "en").unwrap();
    // Another framework forced.
    let e = problems(import_xlsx(&bytes, &FrameworkSource::pinned(builtin())).unwrap_err());
    assert_eq!(e[0].code, Code::FrameworkMismatch);
    assert_eq!(cell(&e[0]), "Kalkan!B2");
    assert_eq!(e[0].pointer.as_str(), "/framework/id");
    // The Kalkan sheet removed.
    let mut sheets = read(&bytes);
    sheets.retain(|(n, _)| n != "Kalkan");
    match import_xlsx(&write(&sheets), &source_with(fw.clone())) {
        Err(Error::Parse { problem, .. }) => {
            assert_eq!(problem.code, Code::InvalidStructure);
            assert_eq!(problem.details["problem"], "not_kalkan_workbook");
            assert_eq!(problem.details["cell"], "Kalkan!A1");
        }
        other => panic!("{other:?}"),
    }
    // Garbled: the framework id erased.
    let mut sheets = read(&bytes);
    let row = kalkan_row(&sheets, "framework");
    set(&mut sheets, "Kalkan", row, 1, "");
    match import_xlsx(&write(&sheets), &source_with(fw.clone())) {
        Err(Error::Parse { problem, .. }) => assert_eq!(problem.details["cell"], "Kalkan!B2"),
        other => panic!("{other:?}"),
    }
    // Not a workbook at all.
    match import_xlsx(b"{\"not\": \"xlsx\"}", &source_with(fw)) {
        Err(Error::Parse { problem, .. }) => assert_eq!(problem.details["problem"], "not_xlsx"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_builtin_framework_is_found_from_the_workbook_alone() {
    let fw = builtin();
    let (filled, given) = fill(&fw, "en", &export_xlsx(&fw, None, "en").unwrap());
    let imported = import_xlsx(&filled, &FrameworkSource::builtin()).unwrap();
    assert_eq!(imported.report.framework, format!("{}@{}", fw.id(), fw.version()));
    assert_eq!(imported.assessment.responses.len(), given.len());
}

#[test]
fn a_later_compatible_release_of_the_framework_reads_the_workbook_with_a_warning() {
    let fw = example();
    let a = fw.parse_assessment(examples::ASSESSMENT).unwrap();
    let bytes = export_xlsx(&fw, Some(&a), "fr").unwrap();
    let mut json: serde_json::Value = serde_json::from_str(examples::FRAMEWORK).unwrap();
    json["version"] = "1.3.0".into();
    json["title"]["en"] = "Agency baseline, revised".into();
    let later = Arc::new(CompiledFramework::from_json(&json.to_string()).unwrap());
    let imported = import_xlsx(&bytes, &FrameworkSource::pinned(later.clone())).unwrap();
    assert_eq!(imported.report.framework, "example-agency-baseline@1.3.0");
    let w = &imported.report.warnings;
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].code, "digest_differs");
    assert_eq!(w[0].details["workbook"], fw.digest());
    assert_eq!(imported.assessment.responses.len(), a.responses.len());
    // The note on the Kalkan sheet is plain text in the workbook's language.
    let sheets = read(&bytes);
    let note = &sheets.last().unwrap().1[0][2];
    assert!(note.starts_with("Kalkan\u{a0}:") || note.starts_with("Kalkan\u{202f}:"), "{note:?}");
}

#[test]
fn a_sheet_with_a_far_away_cell_is_read_without_filling_the_gap() {
    // One cell at the last row and column Excel allows: a reader that makes a dense grid of the
    // sheet's extent would need 17 billion cells.
    let fw = example();
    let mut sheets = read(&export_xlsx(&fw, None, "en").unwrap());
    let row = kalkan_row(&sheets, "subject.name");
    set(&mut sheets, "Kalkan", row, 1, "Ministry");
    set(&mut sheets, "Governance", 1, 3, "Fully implemented");
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (name, rows) in &sheets {
        let ws = wb.add_worksheet();
        ws.set_name(name.as_str()).unwrap();
        for (r, cells) in rows.iter().enumerate() {
            for (c, text) in cells.iter().enumerate() {
                if !text.is_empty() {
                    ws.write_string(r as u32, c as u16, text).unwrap();
                }
            }
        }
        ws.write_string(1_048_575, 16_383, "far").unwrap();
    }
    let bytes = wb.save_to_buffer().unwrap();
    let started = std::time::Instant::now();
    let a = import_xlsx(&bytes, &source_with(fw)).unwrap().assessment;
    assert_eq!(a.responses.len(), 1);
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
}

/// `bytes` with `xl/sharedStrings.xml`'s declared count of strings replaced by `count`.
fn with_declared_strings(bytes: &[u8], count: &str) -> Vec<u8> {
    use std::io::Write as _;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().to_string();
        let mut text = Vec::new();
        f.read_to_end(&mut text).unwrap();
        if name == "xl/sharedStrings.xml" {
            let s = String::from_utf8(text).unwrap();
            let at = s.find("uniqueCount=\"").unwrap() + "uniqueCount=\"".len();
            let end = at + s[at..].find('"').unwrap();
            // A comment before the element must not hide it.
            text = format!("{}{count}{}", &s[..at], &s[end..]).replacen("<sst", "<!-- <sst uniqueCount=\"1\"> --><sst", 1).into_bytes();
        }
        out.start_file(name, options).unwrap();
        out.write_all(&text).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn a_hostile_count_of_shared_strings_is_refused_before_anything_is_reserved() {
    let fw = example();
    let a = fw.parse_assessment(examples::ASSESSMENT).unwrap();
    let bytes = export_xlsx(&fw, Some(&a), "en").unwrap();
    // The same count as written reads as before.
    let shared = part(&bytes, "xl/sharedStrings.xml");
    let count = shared.split("uniqueCount=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert!(import_xlsx(&with_declared_strings(&bytes, &count), &source_with(fw.clone())).is_ok());
    // 10^12 strings declared: refused as too many, not an attempt to reserve 24 TB.
    for hostile in ["1000000000000", "99999999999999999999999"] {
        match import_xlsx(&with_declared_strings(&bytes, hostile), &source_with(fw.clone())) {
            Err(Error::Invalid { problems, .. }) => {
                assert_eq!(problems[0].code, Code::TooMany, "{problems:?}");
                assert_eq!(problems[0].details["what"], "strings");
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn the_workbook_is_a_function_of_its_inputs_with_a_creation_date_from_them() {
    let fw = example();
    let a = fw.parse_assessment(examples::ASSESSMENT).unwrap();
    let one = export_xlsx(&fw, Some(&a), "fr").unwrap();
    assert_eq!(one, export_xlsx(&fw, Some(&a), "fr").unwrap(), "same inputs, same bytes");
    // The creation date is the assessment's `completed` date, never the clock's.
    let core = part(&one, "docProps/core.xml");
    let completed = a.completed.clone().unwrap();
    assert!(core.contains(&format!("<dcterms:created xsi:type=\"dcterms:W3CDTF\">{completed}T00:00:00Z</dcterms:created>")), "{core}");
    let mut b = a.clone();
    (b.completed, b.started) = (None, Some("2026-01-05".into()));
    assert!(part(&export_xlsx(&fw, Some(&b), "fr").unwrap(), "docProps/core.xml").contains(">2026-01-05T00:00:00Z<"));
    // A framework alone: its `released` date, else 1980-01-01.
    let released = fw.framework().released.clone().unwrap_or_else(|| "1980-01-01".into());
    assert!(part(&export_xlsx(&fw, None, "en").unwrap(), "docProps/core.xml").contains(&format!(">{released}T00:00:00Z<")));
    let mut bare = fw.framework().clone();
    bare.released = None;
    let bare = CompiledFramework::new(bare).unwrap();
    assert!(part(&export_xlsx(&bare, None, "en").unwrap(), "docProps/core.xml").contains(">1980-01-01T00:00:00Z<"));
}

#[test]
fn the_json_api_exports_and_imports_workbooks_as_the_typed_functions_do() {
    let fw = example();
    let a = fw.parse_assessment(examples::ASSESSMENT).unwrap();
    // The same bytes as the typed export, from a framework or from an assessment.
    assert_eq!(kalkan::api::export_xlsx(Some(examples::FRAMEWORK), None, "ar").unwrap(), export_xlsx(&fw, None, "ar").unwrap());
    let bytes = kalkan::api::export_xlsx(Some(examples::FRAMEWORK), Some(examples::ASSESSMENT), "en").unwrap();
    assert_eq!(bytes, export_xlsx(&fw, Some(&a), "en").unwrap());
    // Read back: the assessment's answers, as the typed import gives them.
    let back: serde_json::Value = serde_json::from_str(&kalkan::api::import_xlsx(&bytes, Some(examples::FRAMEWORK)).unwrap()).unwrap();
    let typed = import_xlsx(&bytes, &FrameworkSource::pinned(fw.clone())).unwrap();
    assert_eq!(back, serde_json::to_value(&typed).unwrap());
    assert_eq!(back["report"]["answered"], a.responses.len());
    // Neither a framework nor an assessment; an assessment whose answer is not an option; bytes
    // that are not a workbook.
    let e = kalkan::api::export_xlsx(None, None, "en").unwrap_err();
    assert_eq!((e.code, e.details.get("argument").and_then(|v| v.as_str())), (Code::InvalidArgument, Some("framework")));
    let mut bad: serde_json::Value = serde_json::from_str(examples::ASSESSMENT).unwrap();
    bad["responses"]["GOV-1"]["option"] = "maybe".into();
    let e = kalkan::api::export_xlsx(Some(examples::FRAMEWORK), Some(&bad.to_string()), "en").unwrap_err();
    assert_eq!((e.code, e.pointer.to_string()), (Code::UnknownOption, "/responses/GOV-1/option".to_string()));
    let e = kalkan::api::import_xlsx(b"not a workbook", Some(examples::FRAMEWORK)).unwrap_err();
    assert_eq!(e.details.get("problem").and_then(|v| v.as_str()), Some("not_xlsx"));
}
