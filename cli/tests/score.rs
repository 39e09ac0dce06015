//! `kalkan score`: formats (golden files), options, atomic outputs and batches.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use common::*;
use predicates::prelude::*;

fn score(args: &[&str]) -> std::process::Output {
    kalkan().arg("score").arg(ASSESSMENT).args(["--framework", FRAMEWORK]).args(args).output().unwrap()
}

#[test]
fn text_summary_matches_the_golden_files_in_three_languages() {
    for lang in ["en", "ar", "fr"] {
        let out = score(&["--lang", lang]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(out.stderr.is_empty(), "{}", stderr(&out));
        golden(&format!("agency-baseline.{lang}.txt"), &stdout(&out));
    }
}

#[test]
fn markdown_and_csv_match_the_golden_files() {
    golden("agency-baseline.en.md", &stdout(&score(&["--format", "md"])));
    golden("agency-baseline.ar.md", &stdout(&score(&["--format", "markdown", "--lang", "ar"])));
    golden("agency-baseline.csv", &stdout(&score(&["--format", "csv"])));
}

#[test]
fn json_is_the_core_report() {
    let out = score(&["--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let ours: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let core = kalkan::api::score(Some(&read(FRAMEWORK)), &read(ASSESSMENT), None).unwrap();
    assert_eq!(ours, serde_json::from_str::<serde_json::Value>(&core).unwrap());
    // Byte for byte the report as serde_json lays it out (the core writes it without a Report).
    let report = kalkan::CompiledFramework::from_json(&read(FRAMEWORK)).unwrap().score_json(&read(ASSESSMENT), None).unwrap();
    assert_eq!(stdout(&out), serde_json::to_string_pretty(&report).unwrap() + "\n");
}

#[test]
fn csv_has_one_row_per_group_from_the_core() {
    let text = stdout(&score(&["--format", "csv"]));
    let fw = kalkan::CompiledFramework::from_json(&read(FRAMEWORK)).unwrap();
    let report = fw.score_json(&read(ASSESSMENT), None).unwrap();
    let rows = report.rows();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), rows.len() + 1);
    for (line, row) in lines[1..].iter().zip(&rows) {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells[6], row.group);
        assert_eq!(cells[9], row.level.map(|l| l.to_string()).unwrap_or_default());
    }
}

#[test]
fn target_overrides_the_profile_and_an_unknown_one_is_rejected() {
    let out = score(&["--target", "essential", "--format", "json"]);
    let report: kalkan::Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.gaps.unwrap().profile, "essential");
    let out = score(&["--target", "platinum"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("the profile `platinum` does not exist") && out.stdout.is_empty(), "{}", stderr(&out));
}

#[test]
fn output_file_and_html_side_file_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("report.md");
    let html = dir.path().join("report.html");
    let out = kalkan().args(["score", ASSESSMENT, "--framework", FRAMEWORK, "--format", "md", "-o"]).arg(&md).arg("--html").arg(&html).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert!(std::fs::read_to_string(&md).unwrap().starts_with("# Cybersecurity self-assessment report: Ministry of Examples"));
    assert!(std::fs::read_to_string(&html).unwrap().starts_with("<!DOCTYPE html>"));
    // --html alone prints the text summary as well.
    let html2 = dir.path().join("two.html");
    let out = kalkan().args(["score", ASSESSMENT, "--framework", FRAMEWORK, "--html"]).arg(&html2).output().unwrap();
    assert!(stdout(&out).starts_with("Cybersecurity self-assessment report\n"));
    assert!(html2.exists());
    // Only the outputs are in the directory: no temporary files left.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 3);
}

#[test]
fn a_bad_input_never_touches_an_existing_output() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("report.html");
    std::fs::write(&out_file, "previous report").unwrap();
    let mut a: serde_json::Value = serde_json::from_str(&read(ASSESSMENT)).unwrap();
    a["responses"]["GOV-1"]["option"] = "maybe".into();
    let bad = dir.path().join("bad.assessment.json");
    std::fs::write(&bad, a.to_string()).unwrap();
    let out = kalkan().arg("score").arg(&bad).args(["--framework", FRAMEWORK, "--format", "html", "-o"]).arg(&out_file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("assessment is invalid (1 problem)") && err.contains("/responses/GOV-1/option"), "{err}");
    assert_eq!(std::fs::read_to_string(&out_file).unwrap(), "previous report");
    // And a missing input is an I/O error with no output created.
    let fresh = dir.path().join("fresh.csv");
    kalkan().args(["score", "nope.json", "--format", "csv", "-o"]).arg(&fresh).assert().code(2).stderr(predicate::str::contains("cannot read `nope.json`"));
    assert!(!fresh.exists());
}

#[test]
fn an_unwritable_output_is_an_io_error() {
    let dir = tempfile::tempdir().unwrap();
    // A folder cannot be made where a file stands.
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "x").unwrap();
    let target = blocker.join("r.md");
    kalkan()
        .args(["score", ASSESSMENT, "--framework", FRAMEWORK, "-o"])
        .arg(&target)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot create the folder for"));
}

#[test]
fn outputs_into_missing_folders_create_them() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("out").join("report.html");
    let md = dir.path().join("deep").join("er").join("report.md");
    kalkan().args(["score", ASSESSMENT, "--framework", FRAMEWORK, "--format", "md", "-o"]).arg(&md).arg("--html").arg(&html).assert().code(0);
    assert!(std::fs::read_to_string(&html).unwrap().starts_with("<!DOCTYPE html>"));
    assert!(std::fs::metadata(&md).unwrap().len() > 0);
    // A batch output too.
    let csv = dir.path().join("batch").join("all.csv");
    kalkan().args(["score", ASSESSMENT, ASSESSMENT, "--framework", FRAMEWORK, "--format", "csv", "-o"]).arg(&csv).assert().code(0);
    assert!(std::fs::read_to_string(&csv).unwrap().lines().count() > 2);
}

#[test]
fn a_framework_file_among_the_inputs_scores_the_assessment_that_names_it() {
    let out = kalkan().args(["score", FRAMEWORK, ASSESSMENT]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), stdout(&score(&[])));
    // Without it, the named framework is looked up among the built-in ones.
    kalkan().args(["score", ASSESSMENT]).assert().code(1).stderr(predicate::str::contains("no framework `example-agency-baseline`"));
}

/// A directory of assessments: the example framework, `n` varied assessments and one bad file.
fn batch_dir(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::root().join(FRAMEWORK), dir.path().join("agency.framework.json")).unwrap();
    let base: serde_json::Value = serde_json::from_str(&read(ASSESSMENT)).unwrap();
    let options = ["not-implemented", "partially-implemented", "largely-implemented", "fully-implemented"];
    for i in 0..n {
        let mut a = base.clone();
        a["subject"]["name"] = format!("Agency {i:03}").into();
        a["responses"]["GOV-1"]["option"] = options[i % 4].into();
        a["responses"]["GOV-2"]["option"] = options[(i / 4) % 4].into();
        std::fs::write(dir.path().join(format!("a{i:03}.json")), a.to_string()).unwrap();
    }
    let mut bad = base.clone();
    bad["responses"]["PRO.ID-1"]["option"] = "perhaps".into();
    std::fs::write(dir.path().join("a-bad.json"), bad.to_string()).unwrap();
    dir
}

#[test]
fn a_directory_is_scored_as_a_batch_into_one_csv_and_a_bad_file_is_reported() {
    let dir = batch_dir(70);
    let out = kalkan().arg("score").arg(dir.path()).args(["--format", "csv"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("a-bad.json`: the assessment is invalid (1 problem)"), "{err}");
    assert!(err.contains("option `perhaps` is not in the control's scale") && err.contains("scored 70 of 71 files; 1 failed"), "{err}");
    // No progress bar when standard error is not a terminal.
    assert!(!err.contains("scoring"), "{err}");
    let csv = stdout(&out);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("file,subject,subject_kind,"));
    assert_eq!(lines.len(), 1 + 70 * 6);
    assert!(
        lines[1].contains("a000.json,Agency 000,ministry,TR,public administration,example-agency-baseline,1.2.0,example-agency-baseline,,0,0,"),
        "{}",
        lines[1]
    );
    // Each row is the core's row of that file's report.
    let fw = kalkan::CompiledFramework::from_json(&read(FRAMEWORK)).unwrap();
    let a5 = std::fs::read_to_string(dir.path().join("a005.json")).unwrap();
    let rows = fw.score_json(&a5, None).unwrap().rows();
    let mine: Vec<&&str> = lines.iter().filter(|l| l.contains("a005.json")).collect();
    assert_eq!(mine.len(), rows.len());
    assert!(mine[0].contains(&format!(",{},", rows[0].index.unwrap())), "{}", mine[0]);
}

#[test]
fn a_missing_file_among_several_is_an_io_error_and_the_rest_is_scored() {
    let dir = batch_dir(2);
    let out = kalkan()
        .arg("score")
        .arg(dir.path().join("a000.json"))
        .arg(dir.path().join("gone.json"))
        .arg(dir.path().join("a001.json"))
        .arg("--framework")
        .arg(dir.path().join("agency.framework.json"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("gone.json`: No such file"), "{}", stderr(&out));
    let reports: Vec<kalkan::Report> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(reports.len(), 2);
}

#[test]
fn two_inputs_one_missing_are_a_batch_and_the_good_one_is_scored() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("nonexistent.json");
    let out = kalkan().args(["score", ASSESSMENT]).arg(&gone).args(["--framework", FRAMEWORK, "--format", "csv"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("nonexistent.json`: No such file") && err.contains("scored 1 of 2 files; 1 failed"), "{err}");
    let csv = stdout(&out);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("file,subject,"), "{csv}");
    assert_eq!(lines.len(), 1 + 6, "{csv}");
    assert!(lines[1..].iter().all(|l| l.starts_with(&format!("{ASSESSMENT},Ministry of Examples,"))), "{csv}");
    // A framework file and one assessment are still one report, not a batch.
    let out = kalkan().args(["score", FRAMEWORK, ASSESSMENT, "--format", "md"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("# Cybersecurity self-assessment report"));
}

#[test]
fn a_directory_without_assessments_is_a_usage_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("out.csv");
    let out = kalkan().arg("score").arg(dir.path()).args(["--format", "csv", "-o"]).arg(&out_file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no assessment among the inputs"), "{}", stderr(&out));
    assert!(out.stdout.is_empty() && !out_file.exists());
    // Only a framework file: still nothing to score.
    std::fs::copy(common::root().join(FRAMEWORK), dir.path().join("agency.framework.json")).unwrap();
    kalkan().arg("score").arg(dir.path()).assert().code(2).stdout("").stderr(predicate::str::contains("no assessment among the inputs"));
    // Only a bad file: its problem, exit 1, and no output.
    std::fs::write(dir.path().join("other.json"), r#"{"name": "x"}"#).unwrap();
    let out = kalkan().arg("score").arg(dir.path()).args(["--format", "csv", "-o"]).arg(&out_file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("other.json`: not a framework or an assessment"), "{}", stderr(&out));
    assert!(!out_file.exists());
}

#[test]
fn an_unmatched_framework_names_what_the_given_files_and_the_builtins_offer() {
    let dir = tempfile::tempdir().unwrap();
    let mut a: serde_json::Value = serde_json::from_str(&read(ASSESSMENT)).unwrap();
    a["framework"]["version"] = "^9".into();
    let path = dir.path().join("a.json");
    std::fs::write(&path, a.to_string()).unwrap();
    let out = kalkan().args(["score", FRAMEWORK]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("no framework `example-agency-baseline` matches the version requirement `^9` (available: `example-agency-baseline@1.2.0`)"), "{err}");
    // Said once: no problem list repeating the message.
    assert_eq!(err.matches("no framework").count(), 1, "{err}");
    assert!(err.contains("[framework_not_found]"), "{err}");
}

#[test]
fn several_files_give_a_json_array_of_reports_in_input_order() {
    let dir = batch_dir(3);
    let files: Vec<std::path::PathBuf> = ["a002.json", "a000.json", "a001.json"].iter().map(|f| dir.path().join(f)).collect();
    let out = kalkan().arg("score").args(&files).arg("--framework").arg(dir.path().join("agency.framework.json")).args(["--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let reports: Vec<kalkan::Report> = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = reports.iter().map(|r| r.subject.name.as_str()).collect();
    assert_eq!(names, ["Agency 002", "Agency 000", "Agency 001"]);
    // Byte for byte the array of reports as serde_json lays it out.
    let fw = kalkan::CompiledFramework::from_json(&read(FRAMEWORK)).unwrap();
    let core: Vec<kalkan::Report> = files.iter().map(|f| fw.score_json(&std::fs::read_to_string(f).unwrap(), None).unwrap()).collect();
    assert_eq!(stdout(&out), serde_json::to_string_pretty(&core).unwrap() + "\n");
}

#[test]
fn a_batch_text_summary_has_one_line_per_assessment() {
    let dir = batch_dir(2);
    std::fs::remove_file(dir.path().join("a-bad.json")).unwrap();
    let out = kalkan().arg("score").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(text.lines().nth(2).unwrap().contains("Agency 000") && text.contains("Level: 0"), "{text}");
}

#[test]
fn html_and_markdown_are_refused_for_batches() {
    let dir = batch_dir(2);
    kalkan().arg("score").arg(dir.path()).args(["--format", "html"]).assert().code(2).stderr(predicate::str::contains("for one assessment"));
    kalkan().arg("score").arg(dir.path()).arg("--html").arg(dir.path().join("x.html")).assert().code(2);
}

#[test]
fn batch_output_file_is_written_even_when_one_input_fails() {
    let dir = batch_dir(2);
    let out_file = dir.path().join("all.csv.out");
    let out = kalkan().arg("score").arg(dir.path()).args(["--format", "csv", "-o"]).arg(&out_file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&out_file).unwrap().lines().count(), 1 + 2 * 6);
}

#[test]
fn the_headline_follows_the_framework() {
    let dir = tempfile::tempdir().unwrap();
    let base: serde_json::Value = serde_json::from_str(&read(FRAMEWORK)).unwrap();
    let run = |f: &serde_json::Value, format: &str| {
        let path = dir.path().join("f.json");
        std::fs::write(&path, f.to_string()).unwrap();
        let out = kalkan().args(["score", ASSESSMENT, "--format", format, "--framework"]).arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    let mut f = base.clone();
    f["headline"] = "compliance".into();
    assert!(run(&f, "text").contains("\nCompliance: 50.0%\n"));
    assert!(run(&f, "html").contains("<div class=\"label\">Compliance</div><div class=\"value\">50.0%</div>"));
    f["headline"] = "index".into();
    assert!(run(&f, "text").contains("\nIndex (0-100): 56.3\n"));
    // A framework without levels has no level to headline: the index stands in, and the level
    // chart gives way to a sentence.
    let mut f = base.clone();
    f["levels"] = serde_json::json!([]);
    // Indexing a JSON value for writing would insert missing keys; walk with get_mut instead.
    fn strip_levels(groups: &mut serde_json::Value) {
        for g in groups.as_array_mut().into_iter().flatten() {
            for c in g.get_mut("controls").and_then(|c| c.as_array_mut()).into_iter().flatten() {
                c.as_object_mut().unwrap().remove("level");
            }
            if let Some(sub) = g.get_mut("groups") {
                strip_levels(sub);
            }
        }
    }
    strip_levels(&mut f["groups"]);
    for p in f["profiles"].as_array_mut().unwrap() {
        p["group_targets"] = serde_json::json!([]);
    }
    let html = run(&f, "html");
    assert!(html.contains("<div class=\"label\">Index (0-100)</div>") && html.contains("This framework does not use maturity levels."));
    assert_eq!(html.matches("<svg ").count(), 1);
}

/// The browser questionnaire's export (the fixture its end-to-end test compares against) is an
/// assessment the CLI accepts and scores.
#[test]
fn the_browser_export_is_accepted() {
    let export = "bindings-wasm/tests/fixtures/expected-export.json";
    let out = kalkan().args(["validate", export, "--framework", FRAMEWORK]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let out = kalkan().args(["score", export, "--framework", FRAMEWORK, "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["subject"]["name"], "Ministry of Examples");
    assert_eq!(report["gaps"]["profile"], "standard");
}
