//! `kalkan export oscal-ar|oscal-poam`: deterministic files equal to the core's output, typed
//! errors with nothing written, and the outputs loaded by compliance-trestle (when the
//! repository's `.venv` exists, as CI makes it).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{kalkan, root, stderr, ASSESSMENT, FRAMEWORK};

fn export(kind: &str, out: &std::path::Path, extra: &[&str]) -> std::process::Output {
    kalkan().args(["export", kind, ASSESSMENT, "--framework", FRAMEWORK, "-o"]).arg(out).args(extra).output().unwrap()
}

#[test]
fn exports_are_the_cores_documents_byte_for_byte_each_time() {
    let dir = tempfile::tempdir().unwrap();
    type Api = fn(Option<&str>, &str, Option<&str>) -> kalkan::api::ApiResult;
    let (framework, assessment) = (common::read(FRAMEWORK), common::read(ASSESSMENT));
    for (kind, api) in [("oscal-ar", kalkan::api::oscal_ar as Api), ("oscal-poam", kalkan::api::oscal_poam as Api)] {
        let (one, two) = (dir.path().join(format!("{kind}-1.json")), dir.path().join(format!("{kind}-2.json")));
        for path in [&one, &two] {
            let out = export(kind, path, &[]);
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            assert!(stderr(&out).contains("wrote"), "{}", stderr(&out));
            let summary = if kind == "oscal-ar" { "findings: 9, observations: 8" } else { "items: 3" };
            assert!(stderr(&out).contains(summary), "{}", stderr(&out));
        }
        let (a, b) = (std::fs::read(&one).unwrap(), std::fs::read(&two).unwrap());
        assert_eq!(a, b, "{kind} is not deterministic");
        let written: serde_json::Value = serde_json::from_slice(&a).unwrap();
        let core: String = api(Some(&framework), &assessment, None).unwrap();
        assert_eq!(written, serde_json::from_str::<serde_json::Value>(&core).unwrap(), "{kind}");
    }
}

#[test]
fn the_profile_argument_chooses_the_poam_gaps_and_no_gap_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let own = dir.path().join("own.json");
    assert_eq!(export("oscal-poam", &own, &[]).status.code(), Some(0));
    let standard = dir.path().join("standard.json");
    let out = export("oscal-poam", &standard, &["--profile", "standard", "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("plan d’action OSCAL — éléments\u{a0}: 3 (écarts par rapport au profil `standard`)"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&standard).unwrap(), std::fs::read(&own).unwrap());
    // The example meets its `essential` profile: no gap, and an OSCAL POA&M needs one item.
    let essential = dir.path().join("essential.json");
    let out = export("oscal-poam", &essential, &["--profile", "essential"]);
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("essential") && stderr(&out).contains("invalid_argument"), "{}", stderr(&out));
    assert!(!essential.exists());
}

#[test]
fn failures_are_typed_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // An unknown profile.
    let out_file = dir.path().join("unknown.json");
    let out = export("oscal-poam", &out_file, &["--profile", "no-such-profile"]);
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("no-such-profile"), "{}", stderr(&out));
    assert!(!out_file.exists());
    // No profile at all: the core's `no_profile` error.
    let mut a: serde_json::Value = serde_json::from_str(&common::read(ASSESSMENT)).unwrap();
    a.as_object_mut().unwrap().remove("profile");
    let no_profile = dir.path().join("no-profile.assessment.json");
    std::fs::write(&no_profile, a.to_string()).unwrap();
    let out_file = dir.path().join("no-profile.json");
    let out =
        kalkan().args(["export", "oscal-poam"]).arg(&no_profile).args(["--framework", FRAMEWORK, "-o"]).arg(&out_file).args(["--lang", "fr"]).output().unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("no_profile") || stderr(&out).contains("profil"), "{}", stderr(&out));
    assert!(!out_file.exists());
    // No date: refused, nothing written.
    a.as_object_mut().unwrap().remove("started");
    a.as_object_mut().unwrap().remove("completed");
    let undated = dir.path().join("undated.assessment.json");
    std::fs::write(&undated, a.to_string()).unwrap();
    let out_file = dir.path().join("undated.json");
    let out = kalkan().args(["export", "oscal-ar"]).arg(&undated).args(["--framework", FRAMEWORK, "-o"]).arg(&out_file).output().unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("completed"), "{}", stderr(&out));
    assert!(!out_file.exists());
}

/// compliance-trestle (OSCAL's Python models) loads every export of every example. Runs when
/// `<repo>/.venv/bin/python` exists; fails, not skips, when it exists and trestle refuses the
/// output (or is missing from it: it is a dev dependency).
#[test]
fn compliance_trestle_loads_the_exports() {
    let python = root().join(".venv/bin/python");
    if !python.exists() {
        eprintln!("skipped: no {} (make it with scripts/setup.sh)", python.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(&python)
        .arg(root().join("scripts/check-oscal-exports.py"))
        .arg(env!("CARGO_BIN_EXE_kalkan"))
        .arg(dir.path())
        .output()
        .unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("12 exports loaded in compliance-trestle, 0 failures"), "{text}");
}
