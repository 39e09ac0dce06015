//! `kalkan diff`, `kalkan migrate` and `kalkan score --project-onto`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::path::PathBuf;

use assert_cmd::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn kalkan() -> Command {
    let mut c = Command::cargo_bin("kalkan").unwrap();
    c.current_dir(root());
    c
}

#[test]
fn diff_check_refuses_the_revision_released_as_1_1_0() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join("frameworks/kalkan-public-institution-2.0.0.json")).unwrap();
    let relabelled = dir.path().join("pi-1.1.0.json");
    std::fs::write(&relabelled, text.replace("\"version\": \"2.0.0\"", "\"version\": \"1.1.0\"")).unwrap();
    let out = kalkan().args(["diff", "kalkan-public-institution@=1.0.1"]).arg(&relabelled).arg("--check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("version check failed"), "{stdout}");
    assert!(stdout.contains("level of control `AWR-07` changed from 2 to 1 (needs a major release)"), "{stdout}");
    // The honest version passes, and without --check the diff never fails.
    kalkan().args(["diff", "kalkan-public-institution@=1.0.1", "kalkan-public-institution@=2.0.0", "--check"]).assert().success();
    kalkan().args(["diff", "kalkan-public-institution@=1.0.1"]).arg(&relabelled).assert().success();
}

#[test]
fn diff_speaks_every_language_and_writes_a_markdown_changelog() {
    let fr = kalkan().args(["diff", "kalkan-public-institution@=1.0.1", "kalkan-public-institution@=2.0.0", "--lang", "fr"]).output().unwrap();
    let fr = String::from_utf8(fr.stdout).unwrap();
    assert!(fr.contains("mesure `CFG-04` retirée du groupe `CFG`") && fr.contains("contrôle de version réussi\u{a0}:"), "{fr}");
    let ar = kalkan().args(["diff", "kalkan-public-institution@=1.0.1", "kalkan-public-institution@=2.0.0", "--lang", "ar"]).output().unwrap();
    assert!(String::from_utf8(ar.stdout).unwrap().contains("حذف الضابط `CFG-04`"));
    let md = kalkan().args(["diff", "kalkan-public-institution@=1.0.1", "kalkan-public-institution@=2.0.0", "--format", "md"]).output().unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("## Public-institution cybersecurity baseline 2.0.0\n"), "{md}");
    assert!(md.contains("### Breaking changes (need a major release)\n\n- control `CFG-04` removed"), "{md}");
    let json = kalkan().args(["diff", "nist-csf@=2.0.0", "nist-csf@=2.0.1", "--format", "json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["check"]["required"], "patch");
    kalkan().args(["diff", "nist-csf@^2", "kalkan-public-institution@^2"]).assert().code(1);
}

#[test]
fn migrate_writes_the_assessment_and_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("nested/pi-2.json");
    let run =
        kalkan().args(["migrate", "examples/public-institution.assessment.json", "--to", "kalkan-public-institution@^2", "-o"]).arg(&out).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let report = String::from_utf8(run.stdout).unwrap();
    assert!(report.contains("target controls: 114; carried 109, to review 2, new 1, unanswered in the source 2"), "{report}");
    assert!(report.contains("`CFG-12`: to review (not an exact match); suggestions: `CFG-04` (superset of): fully-implemented"), "{report}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), std::fs::read_to_string(root().join("examples/public-institution-2.0.assessment.json")).unwrap());
    kalkan().arg("score").arg(&out).assert().success();
    // No mapping between unrelated frameworks: refused, nothing written.
    let none = dir.path().join("none.json");
    kalkan().args(["migrate", "examples/public-institution.assessment.json", "--to", "kalkan-national-capacity", "-o"]).arg(&none).assert().code(1);
    assert!(!none.exists());
}

#[test]
fn score_projects_the_public_institution_example_onto_the_csf() {
    let out = kalkan().args(["score", "examples/public-institution.assessment.json", "--project-onto", "nist-csf@^2"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("coverage: 92 of 106 target controls decided by mapped controls (86.8%)"), "{text}");
    let json = kalkan().args(["score", "examples/public-institution.assessment.json", "--project-onto", "nist-csf@^2", "--format", "json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("tests/conformance/project-public-institution-onto-csf.json")).unwrap()).unwrap();
    assert_eq!(v, expected["expected"]["ok"], "the CLI gives the conformance result");
    let ar = kalkan()
        .args(["score", "examples/public-institution.assessment.json", "--project-onto", "nist-csf@^2", "--lang", "ar", "--format", "md"])
        .output()
        .unwrap();
    assert!(String::from_utf8(ar.stdout).unwrap().contains("التغطية: 92 من أصل 106"));
}

#[test]
fn diff_generates_a_mapping_that_validates_and_migrates() {
    let dir = tempfile::tempdir().unwrap();
    let mapping = dir.path().join("maps/pi-1-to-2.mapping.json");
    let out =
        kalkan().args(["diff", "kalkan-public-institution@=1.0.1", "kalkan-public-institution@=2.0.0", "--generate-mapping"]).arg(&mapping).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&mapping).unwrap()).unwrap();
    assert_eq!(doc["source"]["id"], "kalkan-public-institution");
    let maps = doc["maps"].as_array().unwrap();
    assert!(!maps.is_empty());
    // Same ids map to themselves, and the core accepts the document against both versions.
    assert!(maps.iter().all(|m| m["source"] == m["target"] || m["relationship"] != "equal-to"), "{maps:?}");
    let text = std::fs::read_to_string(&mapping).unwrap();
    let (old, new) = (
        kalkan::Registry::builtin().get("kalkan-public-institution", "=1.0.1").unwrap(),
        kalkan::Registry::builtin().get("kalkan-public-institution", "=2.0.0").unwrap(),
    );
    let m = kalkan::Mapping::from_json(&text).unwrap();
    assert_eq!(kalkan::validate_mapping_against(&m, &old, &new), []);
    // The generated mapping carries the example assessment to 2.0.0.
    let migrated = dir.path().join("migrated.json");
    let out = kalkan()
        .args(["migrate", "examples/public-institution.assessment.json", "--to", "kalkan-public-institution@=2.0.0", "--mapping"])
        .arg(&mapping)
        .arg("-o")
        .arg(&migrated)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(migrated.exists());
}
