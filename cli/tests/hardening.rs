//! Issue 14 (hardening) from the command line: no CSV cell a spreadsheet would run as a formula,
//! nothing in a terminal that acts on it, documents read through the core's size check and
//! decoder (encodings told apart, with the same codes as the other front ends),
//! `--max-input-size`, and temporary files of interrupted saves swept by PID.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::path::{Path, PathBuf};

use common::{kalkan, root, ASSESSMENT, FRAMEWORK};
use serde_json::Value;

/// Texts that begin a formula (OWASP's list: `=`, `+`, `-`, `@`, tab, carriage return). A
/// carriage return is allowed in a text only before a line feed.
const FORMULAS: [&str; 6] = ["=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTAB", "\r\nCR"];

/// The same as file names (no `/`, and a line feed is not needed).
const FORMULA_FILES: [&str; 6] = ["=HYPERLINK(\"x\")", "+cmd|' -C calc'!A0", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"];

/// Characters that act on a terminal.
const CONTROLS: &str = "\u{1b}[2J\u{7}\u{0}\u{202e}";

fn assessment() -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join(ASSESSMENT)).unwrap()).unwrap()
}

fn framework_path() -> PathBuf {
    root().join(FRAMEWORK)
}

fn write(path: &Path, doc: &Value) {
    std::fs::write(path, serde_json::to_string_pretty(doc).unwrap()).unwrap();
}

/// The example assessment with its subject's texts replaced.
fn with_subject(name: &str, kind: &str, sector: &str) -> Value {
    let mut a = assessment();
    a["subject"]["name"] = name.into();
    a["subject"]["kind"] = kind.into();
    a["subject"]["sector"] = sector.into();
    a
}

/// The cells of a CSV text (RFC 4180: quoted fields may hold separators, quotes doubled, line
/// breaks).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(!quoted, "unterminated quoted field");
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// Asserts that no cell starts a formula, that every row has the header's width, and that each
/// of `expected` appears neutralized (`'` first) as a whole cell.
fn assert_safe_csv(text: &str, expected: &[&str]) {
    let rows = parse_csv(text);
    assert!(rows.len() > 1, "no data rows:\n{text}");
    let width = rows[0].len();
    for row in &rows {
        assert_eq!(row.len(), width, "row of another width: {row:?}");
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "cell {cell:?} starts a formula in\n{text}");
        }
    }
    for e in expected {
        let neutral = format!("'{e}");
        assert!(rows.iter().flatten().any(|c| *c == neutral), "no cell {neutral:?} in\n{text}");
    }
}

fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    kalkan().current_dir(dir).args(args).output().unwrap()
}

#[test]
fn csv_of_one_report_neutralizes_every_text_cell() {
    let dir = tempfile::tempdir().unwrap();
    let fw = framework_path();
    for (i, f) in FORMULAS.iter().enumerate() {
        let path = dir.path().join(format!("a{i}.json"));
        // Each formula as the name, the kind and the sector, and (rotated) in the others.
        write(&path, &with_subject(f, FORMULAS[(i + 1) % 6], FORMULAS[(i + 2) % 6]));
        let out = kalkan().args(["score", "--format", "csv", "--framework"]).arg(&fw).arg(&path).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_safe_csv(&String::from_utf8(out.stdout).unwrap(), &[f, FORMULAS[(i + 1) % 6], FORMULAS[(i + 2) % 6]]);
    }
}

#[test]
fn batch_csv_neutralizes_file_names_and_subjects_read_whole_or_streamed() {
    let dir = tempfile::tempdir().unwrap();
    let fw = framework_path();
    let mut names = Vec::new();
    let mut lines = String::new();
    for (i, (file, text)) in FORMULA_FILES.iter().zip(FORMULAS).enumerate() {
        let name = format!("{file}.json");
        let doc = with_subject(text, FORMULAS[(i + 3) % 6], FORMULAS[(i + 4) % 6]);
        write(&dir.path().join(&name), &doc);
        lines.push_str(&serde_json::to_string(&doc).unwrap());
        lines.push('\n');
        names.push(name);
    }
    // Files read whole: the batch CSV, with a `file` column.
    // After `--`, as a name beginning with `-` would be taken for an option.
    let mut args: Vec<String> = vec!["score".into(), "--format".into(), "csv".into(), "--framework".into(), fw.display().to_string(), "--".into()];
    args.extend(names.iter().cloned());
    let out = kalkan().current_dir(dir.path()).args(&args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut expected: Vec<&str> = names.iter().map(String::as_str).collect();
    expected.extend(FORMULAS);
    assert_safe_csv(&text, &expected);
    // Streamed from JSON Lines: the labels (`file:line`) are file names too.
    let jsonl = format!("{}.jsonl", FORMULA_FILES[0]);
    std::fs::write(dir.path().join(&jsonl), &lines).unwrap();
    let out = run_in(dir.path(), &["score", "--format", "csv", "--framework", &fw.display().to_string(), "--", &jsonl]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let label = format!("{jsonl}:1");
    let mut expected = vec![label.as_str()];
    expected.extend(FORMULAS);
    assert_safe_csv(&text, &expected);
}

#[test]
fn aggregate_csv_neutralizes_cohort_values() {
    let dir = tempfile::tempdir().unwrap();
    let mut lines = String::new();
    for (i, f) in FORMULAS.iter().enumerate() {
        let mut rng = common::population::Lcg(7 + i as u64);
        let mut doc = common::population::subject(i, "TR", f, 0.5, &mut rng);
        doc["subject"]["kind"] = FORMULAS[(i + 1) % 6].into();
        doc["subject"]["region"] = FORMULAS[(i + 2) % 6].into();
        doc["subject"]["size"] = FORMULAS[(i + 3) % 6].into();
        lines.push_str(&serde_json::to_string(&doc).unwrap());
        lines.push('\n');
    }
    let path = dir.path().join("population.jsonl");
    std::fs::write(&path, lines).unwrap();
    let out = kalkan().args(["aggregate", "--format", "csv", "--k", "1", "--by", "sector,kind,region,size"]).arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_safe_csv(&String::from_utf8(out.stdout).unwrap(), &FORMULAS);
}

#[test]
fn an_id_that_begins_with_a_minus_is_neutralized_too() {
    // `-` is in the id alphabet, so a group id may begin a formula.
    let dir = tempfile::tempdir().unwrap();
    let fw = std::fs::read_to_string(framework_path()).unwrap().replace("\"GOV\"", "\"-2\"");
    let fw_path = dir.path().join("minus.framework.json");
    std::fs::write(&fw_path, fw).unwrap();
    let out = kalkan().args(["score", ASSESSMENT, "--format", "csv", "--framework"]).arg(&fw_path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_safe_csv(&String::from_utf8(out.stdout).unwrap(), &["-2"]);
}

// --- terminal ---------------------------------------------------------------------------------

/// Asserts that `bytes` hold none of the characters of [`CONTROLS`] raw.
fn assert_inert(what: &str, bytes: &[u8]) {
    for (raw, name) in [(&b"\x1b"[..], "ESC"), (b"\x07", "BEL"), (b"\x00", "NUL"), ("\u{202e}".as_bytes(), "RLO")] {
        assert!(!bytes.windows(raw.len()).any(|w| w == raw), "{what} holds a raw {name}:\n{}", String::from_utf8_lossy(bytes));
    }
}

/// Both streams of a run, inert, and the text of both.
fn inert(out: &std::process::Output) -> String {
    assert_inert("stdout", &out.stdout);
    assert_inert("stderr", &out.stderr);
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

#[test]
fn an_echoed_response_key_cannot_act_on_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = assessment();
    let response = a["responses"]["GOV-1"].clone();
    a["responses"][format!("X{CONTROLS}")] = response;
    let path = dir.path().join("key.json");
    write(&path, &a);
    let fw = framework_path();
    // `validate` (text on standard output).
    let out = kalkan().args(["validate", "--framework"]).arg(&fw).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = inert(&out);
    assert!(text.contains("\\u{1b}[2J\\u{7}\\u{0}\\u{202e}"), "{text}");
    // `score` (the error on standard error).
    let out = kalkan().args(["score", "--format", "text", "--framework"]).arg(&fw).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = inert(&out);
    assert!(text.contains("\\u{1b}[2J\\u{7}\\u{0}\\u{202e}"), "{text}");
}

#[test]
fn a_subject_name_with_controls_is_refused_without_echoing_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("name.json");
    write(&path, &with_subject(&format!("Evil{CONTROLS}"), "agency", "health"));
    let fw = framework_path();
    for args in [vec!["validate"], vec!["score", "--format", "text"]] {
        let out = kalkan().args(&args).arg("--framework").arg(&fw).arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        let text = inert(&out);
        assert!(text.contains("unsafe_text"), "{text}");
    }
}

#[test]
fn file_names_with_controls_are_shown_escaped_in_text_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    // A file name cannot hold NUL; the others it can.
    let evil = "evil\u{1b}[2J\u{7}\u{202e}";
    let good = dir.path().join(format!("{evil}.json"));
    std::fs::copy(root().join(ASSESSMENT), &good).unwrap();
    let other = dir.path().join("plain.json");
    std::fs::copy(root().join(ASSESSMENT), &other).unwrap();
    let fw = framework_path();
    let escaped = "evil\\u{1b}[2J\\u{7}\\u{202e}.json";
    // A batch's text summary names the file on standard output.
    let out = kalkan().args(["score", "--format", "text", "--framework"]).arg(&fw).arg(&good).arg(&other).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = inert(&out);
    assert!(text.contains(escaped), "{text}");
    // `validate` names it on standard output.
    let out = kalkan().args(["validate", "--framework"]).arg(&fw).arg(&good).output().unwrap();
    assert!(out.status.success());
    assert!(inert(&out).contains(escaped));
    // An error names it on standard error: a file that is not UTF-8, and one that is missing.
    let bad = dir.path().join(format!("{evil}.utf16.json"));
    std::fs::write(&bad, b"\xff\xfe{\x00}\x00").unwrap();
    let out = kalkan().args(["score", "--framework"]).arg(&fw).arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = inert(&out);
    assert!(text.contains("evil\\u{1b}[2J\\u{7}\\u{202e}.utf16.json") && text.contains("[invalid_encoding]"), "{text}");
    let out = kalkan().args(["score", "--framework"]).arg(&fw).arg(dir.path().join(format!("missing-{evil}.json"))).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(inert(&out).contains("missing-evil\\u{1b}"));
    // The JSON output is data: serde escapes the controls itself.
    let out = kalkan().args(["validate", "--format", "json", "--framework"]).arg(&fw).arg(&good).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v[0]["file"].as_str().unwrap().ends_with(&format!("{evil}.json")));
}

// --- reading ----------------------------------------------------------------------------------

/// The example assessment's bytes in another encoding.
fn encoded(kind: &str) -> Vec<u8> {
    let text = std::fs::read_to_string(root().join(ASSESSMENT)).unwrap();
    match kind {
        "utf-16le-bom" => [vec![0xFF, 0xFE], text.encode_utf16().flat_map(u16::to_le_bytes).collect()].concat(),
        "utf-16be" => text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        "invalid-utf-8" => {
            let mut b = text.into_bytes();
            b.insert(40, 0xC3);
            b.insert(41, 0x28);
            b
        }
        "utf-8-bom" => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
        _ => panic!("{kind}"),
    }
}

#[test]
fn encodings_are_told_apart_with_the_cores_code() {
    let dir = tempfile::tempdir().unwrap();
    let fw = framework_path();
    for (kind, said) in [("utf-16le-bom", "utf-16le"), ("utf-16be", "utf-16be"), ("invalid-utf-8", "offset 40")] {
        let path = dir.path().join(format!("{kind}.json"));
        std::fs::write(&path, encoded(kind)).unwrap();
        // A document error (exit 1, like malformed JSON), not "cannot read" (exit 2).
        let out = kalkan().args(["score", "--framework"]).arg(&fw).arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{kind}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("[invalid_encoding]") && err.contains(said), "{kind}: {err}");
        assert!(out.stdout.is_empty());
        let out = kalkan().args(["validate", "--format", "json", "--framework"]).arg(&fw).arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{kind}");
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v[0]["errors"][0]["code"], "invalid_encoding", "{kind}");
        assert_eq!(v[0]["io_error"], Value::Null);
        // The same in the review commands, which read files too.
        let out = kalkan().args(["compare", "--framework"]).arg(&fw).arg(&path).arg(root().join(ASSESSMENT)).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{kind}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("[invalid_encoding]"));
    }
    // A byte order mark before UTF-8 is skipped: the same report as without.
    let path = dir.path().join("bom.json");
    std::fs::write(&path, encoded("utf-8-bom")).unwrap();
    let with_bom = kalkan().args(["score", "--format", "json", "--framework"]).arg(&fw).arg(&path).output().unwrap();
    assert!(with_bom.status.success(), "{}", String::from_utf8_lossy(&with_bom.stderr));
    let plain = kalkan().args(["score", ASSESSMENT, "--format", "json", "--framework"]).arg(&fw).output().unwrap();
    assert_eq!(with_bom.stdout, plain.stdout);
    let out = kalkan().args(["validate", "--framework"]).arg(&fw).arg(&path).output().unwrap();
    assert!(out.status.success());
}

#[test]
fn json_lines_are_decoded_line_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let fw = framework_path().display().to_string();
    let line = serde_json::to_string(&assessment()).unwrap();
    // A byte order mark at the start, then a line that is not UTF-8: two scored, one refused.
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(line.as_bytes());
    bytes.extend_from_slice(b"\n{\"x\": \"\xff\"}\r\n");
    bytes.extend_from_slice(line.as_bytes());
    bytes.extend_from_slice(b"\r\n");
    let path = dir.path().join("mixed.jsonl");
    std::fs::write(&path, bytes).unwrap();
    let out = run_in(dir.path(), &["score", "mixed.jsonl", "--format", "json", "--framework", &fw]);
    assert_eq!(out.status.code(), Some(1));
    let reports: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(reports.as_array().map(Vec::len), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("`mixed.jsonl:2`") && err.contains("[invalid_encoding]") && err.contains("offset 7"), "{err}");
    assert!(!err.contains("mixed.jsonl:1") && !err.contains("mixed.jsonl:3"), "{err}");
    // A stream in UTF-16 is refused once, not line by line.
    let text = format!("{line}\n{line}\n");
    let utf16: Vec<u8> = [vec![0xFF, 0xFE], text.encode_utf16().flat_map(u16::to_le_bytes).collect()].concat();
    std::fs::write(dir.path().join("wide.jsonl"), utf16).unwrap();
    let out = run_in(dir.path(), &["score", "wide.jsonl", "--format", "json", "--framework", &fw]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.matches("[invalid_encoding]").count(), 1, "{err}");
    assert!(err.contains("utf-16le"), "{err}");
    // Standard input likewise; and each line is held to the size limit, not the whole stream:
    // a limit above the framework file's size, lines padded (with spaces) below and above it.
    let limit = usize::try_from(std::fs::metadata(&fw).unwrap().len()).unwrap() + 50;
    let padded = |size: usize| format!("{line}{}", " ".repeat(size - line.len()));
    let out = kalkan()
        .args(["--max-input-size", &limit.to_string(), "score", "-", "--format", "json", "--framework", &fw])
        .write_stdin(format!("\u{feff}{}\n{}\n{line}\n", padded(limit - 3), padded(limit + 1)))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let reports: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(reports.as_array().map(Vec::len), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("`stdin:2`") && err.contains("[input_too_large]"), "{err}");
}

#[test]
fn max_input_size_refuses_large_documents_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let fw = framework_path();
    // An assessment larger than its framework (padded with spaces, which JSON ignores), and a
    // limit between the two: the framework is read, the assessment refused.
    let limit = std::fs::metadata(&fw).unwrap().len();
    let inputs = tempfile::tempdir().unwrap();
    let big = inputs.path().join("big.json");
    let text = std::fs::read_to_string(root().join(ASSESSMENT)).unwrap();
    let padding = usize::try_from(limit).unwrap() + 100 - text.len();
    std::fs::write(&big, format!("{text}{}", " ".repeat(padding))).unwrap();
    let size = limit + 100;
    let output = dir.path().join("report.txt");
    for position in ["before", "after"] {
        let mut cmd = kalkan();
        if position == "before" {
            cmd.args(["--max-input-size", &limit.to_string()]);
        }
        cmd.arg("score").arg(&big).arg("-o").arg(&output).arg("--framework").arg(&fw);
        if position == "after" {
            cmd.args(["--max-input-size", &limit.to_string()]);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{position}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("big.json") && err.contains(&format!("is {size} bytes, more than the limit of {limit} bytes [input_too_large]")), "{err}");
        assert!(!output.exists());
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert!(names.is_empty(), "{names:?}");
    }
    // Suffixes, and the same file under a larger limit.
    let out = kalkan().args(["--max-input-size", "1M", "score"]).arg(&big).arg("-o").arg(&output).arg("--framework").arg(&fw).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(output.exists());
    // `validate` lists it as the file's problem.
    let out = kalkan().args(["validate", "--max-input-size", "1K", ASSESSMENT]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("[input_too_large]"));
    // Bad sizes are usage errors; the help documents the option.
    for bad in ["0", "12X", "1.5M"] {
        let out = kalkan().args(["--max-input-size", bad, "validate", ASSESSMENT]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
    }
    let help = String::from_utf8(kalkan().arg("--help").output().unwrap().stdout).unwrap();
    assert!(help.contains("--max-input-size <BYTES>") && help.contains("64M"), "{help}");
}

// --- temporary files --------------------------------------------------------------------------

/// A PID that no process has now: a child that has exited.
fn dead_pid() -> u32 {
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

#[test]
fn stale_temporary_files_are_swept_and_live_ones_kept() {
    let fw = framework_path();
    let dead = dead_pid();
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    // Both writers: the one for whole outputs, and the one for streamed outputs.
    for (args, out_name) in [(vec!["score", ASSESSMENT, "--format", "csv"], "report.csv"), (vec!["score", "-", "--format", "csv"], "stream.csv")] {
        let dir = tempfile::tempdir().unwrap();
        let file = |name: &str| dir.path().join(name);
        let stale = format!(".kalkan-{dead}-aB3dEf.tmp");
        let live = format!(".kalkan-{}-Gh5jKl.tmp", std::process::id());
        let (old, young) = (".kalkan-Mn7pQr.tmp", ".kalkan-St9vWx.tmp");
        let others = ["other.tmp", ".kalkan-notes.txt"];
        for name in [stale.as_str(), live.as_str(), old, young].iter().chain(&others) {
            std::fs::write(file(name), b"partial").unwrap();
        }
        let f = std::fs::File::options().write(true).open(file(old)).unwrap();
        f.set_modified(two_hours_ago).unwrap();
        drop(f);
        let out = kalkan()
            .args(&args)
            .arg("--framework")
            .arg(&fw)
            .arg("-o")
            .arg(file(out_name))
            .write_stdin(serde_json::to_string(&assessment()).unwrap())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(file(out_name).exists());
        assert!(!file(&stale).exists(), "the dead process's file is left");
        assert!(!file(old).exists(), "the old file without a PID is left");
        for kept in [live.as_str(), young].iter().chain(&others) {
            assert!(file(kept).exists(), "{kept} was removed");
        }
        let mut names: Vec<String> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        names.sort();
        assert_eq!(names.len(), 5, "{names:?}");
    }
}
