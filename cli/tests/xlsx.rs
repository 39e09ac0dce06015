//! `kalkan export xlsx` and `kalkan import xlsx`: an assessment exported, read back and scored
//! gives the same report; a workbook with bad cells is refused with each cell's reference and
//! nothing written.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader as _, Xlsx};
use common::{kalkan, stderr, stdout, ASSESSMENT, FRAMEWORK};

fn score_json(assessment: &Path) -> serde_json::Value {
    let out = kalkan().arg("score").arg(assessment).args(["--framework", FRAMEWORK, "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

#[test]
fn an_assessment_exported_and_imported_scores_the_same_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let expected = score_json(&common::root().join(ASSESSMENT));
    for lang in ["en", "ar", "fr"] {
        let book = dir.path().join(format!("q.{lang}.xlsx"));
        let back = dir.path().join(format!("back.{lang}.json"));
        let out = kalkan().args(["export", "xlsx", ASSESSMENT, "--framework", FRAMEWORK, "--lang", lang, "-o"]).arg(&book).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(std::fs::read(&book).unwrap().starts_with(b"PK"), "a zip (xlsx) file");
        let report = dir.path().join("report.json");
        let out = kalkan()
            .args(["import", "xlsx"])
            .arg(&book)
            .args(["--framework", FRAMEWORK, "--lang", lang, "-o"])
            .arg(&back)
            .arg("--report")
            .arg(&report)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let r: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
        assert_eq!(r["answered"], 8, "{r}");
        assert_eq!(r["language"], lang);
        // The same report, to the byte (the report does not show when answers were given, which
        // a workbook does not carry).
        assert_eq!(score_json(&back), expected, "{lang}");
    }
}

#[test]
fn a_builtin_framework_exports_by_its_spec() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("q.xlsx");
    let out = kalkan().args(["export", "xlsx", "kalkan-public-institution@^1", "--lang", "ar", "-o"]).arg(&book).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let wb: Xlsx<_> = Xlsx::new(Cursor::new(std::fs::read(&book).unwrap())).unwrap();
    assert_eq!(wb.sheet_names().last().map(String::as_str), Some("Kalkan"));
    assert!(wb.sheet_names().len() > 2);
}

/// The exported workbook with its first answer cell set to `answer` and its first id cell of the
/// last group sheet replaced by an unknown id.
fn spoiled(book: &Path, answer: &str) -> Vec<u8> {
    let mut src: Xlsx<_> = Xlsx::new(Cursor::new(std::fs::read(book).unwrap())).unwrap();
    let names = src.sheet_names();
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (i, name) in names.iter().enumerate() {
        let range = src.worksheet_range(name).unwrap();
        let ws = wb.add_worksheet();
        ws.set_name(name.as_str()).unwrap();
        for (r, c, v) in range.used_cells() {
            let text = match v {
                Data::String(s) => s.clone(),
                other => other.to_string(),
            };
            ws.write_string(r as u32, c as u16, text).unwrap();
        }
        if i == 0 {
            ws.write_string(1, 3, answer).unwrap();
        }
        if i == names.len() - 2 {
            ws.write_string(1, 0, "NOPE-1").unwrap();
        }
    }
    wb.save_to_buffer().unwrap()
}

#[test]
fn a_workbook_with_bad_cells_is_refused_with_their_references_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("q.xlsx");
    let out = kalkan().args(["export", "xlsx", ASSESSMENT, "--framework", FRAMEWORK, "-o"]).arg(&book).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let bad = dir.path().join("bad.xlsx");
    std::fs::write(&bad, spoiled(&book, "Maybe")).unwrap();
    let target = dir.path().join("out.json");
    let out = kalkan().args(["import", "xlsx"]).arg(&bad).args(["--framework", FRAMEWORK, "-o"]).arg(&target).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("Governance!D2 (/responses/GOV-1/option)") && err.contains("`Maybe`") && err.contains("[unknown_option]"), "{err}");
    assert!(err.contains("Response!A2 (/responses/NOPE-1)") && err.contains("[unknown_control]"), "{err}");
    assert!(!target.exists(), "nothing written");
    // In Arabic too, with the same references.
    let out = kalkan().args(["import", "xlsx"]).arg(&bad).args(["--framework", FRAMEWORK, "--lang", "ar", "-o"]).arg(&target).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Governance!D2"), "{}", stderr(&out));
    // A file that is not a workbook.
    let out = kalkan().args(["import", "xlsx", FRAMEWORK, "-o"]).arg(&target).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("[invalid_structure]"), "{}", stderr(&out));
    assert!(!target.exists());
}

#[test]
fn a_workbook_checked_against_another_framework_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("q.xlsx");
    let out = kalkan().args(["export", "xlsx", "kalkan-public-institution", "-o"]).arg(&book).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let target = dir.path().join("out.json");
    let out = kalkan().args(["import", "xlsx"]).arg(&book).args(["--framework", FRAMEWORK, "-o"]).arg(&target).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("Kalkan!B2 (/framework/id)") && stderr(&out).contains("[framework_mismatch]"), "{}", stderr(&out));
    assert!(!target.exists());
}
