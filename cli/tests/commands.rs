//! `kalkan frameworks`, `validate`, `schema`, and exit codes for bad usage.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use common::*;
use predicates::prelude::*;

#[test]
fn no_command_or_an_unknown_one_is_a_usage_error() {
    kalkan().assert().code(2).stderr(predicate::str::contains("Usage"));
    kalkan().arg("frobnicate").assert().code(2);
    kalkan().args(["score"]).assert().code(2);
    kalkan().args(["score", ASSESSMENT, "--format", "pdf"]).assert().code(2);
    kalkan().arg("--help").assert().success().stdout(predicate::str::contains("Exit codes"));
    kalkan().arg("--version").assert().success().stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn frameworks_lists_the_builtin_registry() {
    let out = kalkan().args(["frameworks", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = list.as_array().expect("an array");
    let expected = kalkan::Registry::builtin().list();
    assert_eq!(list.len(), expected.len());
    let text = stdout(&kalkan().arg("frameworks").output().unwrap());
    if expected.is_empty() {
        assert_eq!(text, "No built-in frameworks.\n");
    }
    for s in &expected {
        // Every built-in framework is listed with its id, version and counts, and can be shown.
        let listed = |l: &&str| l.split_whitespace().take(2).eq([s.id.as_str(), s.version.as_str()]);
        let line = text.lines().find(listed).unwrap_or_else(|| panic!("{} {} not listed", s.id, s.version));
        assert!(line.contains(&s.controls.to_string()), "{line}");
        let shown = kalkan().args(["frameworks", "show", &format!("{}@={}", s.id, s.version)]).output().unwrap();
        assert_eq!(shown.status.code(), Some(0), "{}", stderr(&shown));
        assert!(stdout(&shown).contains(&s.digest));
        let ar = kalkan().args(["frameworks", "show", &s.id, "--lang", "ar"]).output().unwrap();
        assert_eq!(ar.status.code(), Some(0));
    }
}

#[test]
fn frameworks_show_prints_the_structure_of_a_file_in_a_language() {
    let out = kalkan().args(["frameworks", "show", FRAMEWORK]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("Example agency baseline (example-agency-baseline 1.2.0)\n"), "{text}");
    // Groups nest; controls carry their level.
    assert!(text.contains("\n  PRO  Protection  (weight 2)\n    PRO.ID  Identity\n      PRO.ID-1 [1] Multi-factor sign-in for administrators\n"), "{text}");
    assert!(text.contains("  standard  Standard: GOV ≥ 2, PRO ≥ 2, RSP ≥ 2, PRO.DATA-2 met"), "{text}");
    let ar = stdout(&kalkan().args(["frameworks", "show", FRAMEWORK, "--lang", "ar"]).output().unwrap());
    assert!(ar.contains("GOV  الحوكمة"), "{ar}");
    assert!(text.contains(" · Headline result: Maturity level · 9 controls\n"), "{text}");
    // The effective headline: a framework without levels puts its index first.
    let dir = tempfile::tempdir().unwrap();
    let mut f: serde_json::Value = serde_json::from_str(&read(FRAMEWORK)).unwrap();
    f["levels"] = serde_json::json!([]);
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
    assert_eq!(f["headline"], "level");
    let path = dir.path().join("f.json");
    std::fs::write(&path, f.to_string()).unwrap();
    let out = kalkan().args(["frameworks", "show"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains(" · Headline result: Index · "), "{}", stdout(&out));
    let json = kalkan().args(["frameworks", "show", FRAMEWORK, "--format", "json"]).output().unwrap();
    let f: kalkan::Framework = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(f.id, "example-agency-baseline");
}

#[test]
fn frameworks_show_of_an_unknown_framework_is_a_usage_error() {
    kalkan()
        .args(["frameworks", "show", "no-such-framework@^9"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no framework `no-such-framework`").and(predicate::str::contains("kalkan frameworks")));
    kalkan().args(["frameworks", "show", "missing/file.json"]).assert().code(2).stderr(predicate::str::contains("no file `missing/file.json`"));
}

#[test]
fn validate_accepts_the_examples_and_tells_which_is_which() {
    let out = kalkan().args(["validate", FRAMEWORK, ASSESSMENT]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{FRAMEWORK}: valid framework example-agency-baseline 1.2.0\n{ASSESSMENT}: valid assessment (against example-agency-baseline 1.2.0)\n2 files: 2 valid, 0 invalid\n"
        )
    );
    // With --framework the framework file need not be among the inputs.
    kalkan().args(["validate", ASSESSMENT, "--framework", FRAMEWORK]).assert().success();
}

#[test]
fn validate_checks_an_assessment_against_the_builtin_framework_it_names() {
    // The example framework is not built in: the assessment cannot be checked.
    let out = kalkan().args(["validate", ASSESSMENT]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("[framework_not_found]"), "{}", stdout(&out));
}

#[test]
fn validate_reports_every_problem_with_path_and_code() {
    let dir = tempfile::tempdir().unwrap();
    let mut a: serde_json::Value = serde_json::from_str(&read(ASSESSMENT)).unwrap();
    a["responses"]["GOV-1"]["option"] = "sometimes".into();
    a["responses"]["NOPE-1"] = serde_json::json!({"option": "yes"});
    a["subject"]["country"] = "XX".into();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, serde_json::to_string_pretty(&a).unwrap()).unwrap();
    let out = kalkan().args(["validate", "--framework", FRAMEWORK]).arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("invalid assessment (against example-agency-baseline 1.2.0): 3 errors"), "{text}");
    assert!(text.contains("  error: /responses/GOV-1/option: the option `sometimes` is not in the control's scale"), "{text}");
    assert!(text.contains("[unknown_option]") && text.contains("[unknown_control]") && text.contains("/subject/country"), "{text}");
}

#[test]
fn validate_json_points_into_dotted_ids_with_json_pointers() {
    let dir = tempfile::tempdir().unwrap();
    let a = serde_json::json!({"framework": {"id": "nist-csf", "version": "^2"}, "subject": {"name": "Agency"},
        "responses": {"GV.OC-01": {"option": "sometimes"}}});
    let path = dir.path().join("csf.json");
    std::fs::write(&path, a.to_string()).unwrap();
    let out = kalkan().args(["validate", "--format", "json"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let e = &v[0]["errors"][0];
    assert_eq!((e["pointer"].as_str(), e["code"].as_str()), (Some("/responses/GV.OC-01/option"), Some("unknown_option")));
    assert_eq!(e["details"]["control"], "GV.OC-01");
    assert_eq!(e["details"]["option"], "sometimes");
}

#[test]
fn validate_gives_line_and_column_of_syntax_errors() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\n  \"id\": \"x\",\n  \"groups\": [,]\n}\n").unwrap();
    let out = kalkan().arg("validate").arg(&broken).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("invalid document") && text.contains("[malformed_json] (line 3, column 14)"), "{text}");
    // A name saying what it is makes the core parse it as such.
    let named = dir.path().join("x.framework.json");
    std::fs::write(&named, "{\"id\": 1").unwrap();
    let text = stdout(&kalkan().arg("validate").arg(&named).output().unwrap());
    assert!(text.contains("invalid framework") && text.contains("line 1"), "{text}");
}

#[test]
fn validate_warns_about_missing_translations_and_strict_makes_them_errors() {
    let dir = tempfile::tempdir().unwrap();
    let mut f: serde_json::Value = serde_json::from_str(&read(FRAMEWORK)).unwrap();
    f["groups"][0]["title"] = serde_json::json!({"en": "Governance"});
    let path = dir.path().join("f.json");
    std::fs::write(&path, f.to_string()).unwrap();
    let out = kalkan().arg("validate").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("  warning: /groups/0/title: the text lacks: `ar`, `fr` [missing_translation]"), "{}", stdout(&out));
    kalkan().arg("validate").arg(&path).arg("--strict").assert().code(1);
}

#[test]
fn validate_reports_framework_rule_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let mut f: serde_json::Value = serde_json::from_str(&read(FRAMEWORK)).unwrap();
    f["groups"][0]["controls"][0]["scale"] = "nope".into();
    f["groups"][0]["controls"][1]["level"] = 7.into();
    let path = dir.path().join("f.json");
    std::fs::write(&path, f.to_string()).unwrap();
    let out = kalkan().args(["validate", "--format", "json"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<&str> = v[0]["errors"].as_array().unwrap().iter().map(|p| p["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["unknown_scale", "undeclared_level"]);
    assert_eq!(v[0]["kind"], "framework");
    assert_eq!(v[0]["valid"], false);
    assert_eq!(v[0]["errors"][0]["pointer"], "/groups/0/controls/0/scale");
}

#[test]
fn validate_of_a_missing_file_is_an_io_error_and_other_files_are_still_checked() {
    let out = kalkan().args(["validate", "no/such/file.json", FRAMEWORK]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(text.contains("no/such/file.json: error: cannot read `no/such/file.json`"), "{text}");
    assert!(text.contains(&format!("{FRAMEWORK}: valid framework")), "{text}");
}

#[test]
fn validate_rejects_documents_that_are_neither() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.json");
    std::fs::write(&path, r#"{"name": "something else"}"#).unwrap();
    let out = kalkan().arg("validate").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("cannot tell what this document is"), "{}", stdout(&out));
}

#[test]
fn schema_prints_each_json_schema() {
    for name in ["framework", "assessment", "report"] {
        let out = kalkan().args(["schema", name]).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(stdout(&out), kalkan::api::schema(name).unwrap());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(v.get("properties").is_some(), "{name}");
    }
    kalkan().args(["schema", "nonsense"]).assert().code(2);
}

#[test]
fn validate_names_a_score_report_for_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let out = kalkan().args(["score", ASSESSMENT, "--framework", FRAMEWORK, "--format", "json", "-o"]).arg(&report).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = kalkan().arg("validate").arg(&report).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("this is a score report"), "{}", stdout(&out));
}

#[test]
fn oscal_catalog_and_profile_import_to_valid_frameworks() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = root().join("tests/fixtures/oscal");
    let catalog = fixtures.join("NIST_SP-800-53_rev5_catalog.json");
    let fw = dir.path().join("out/sp800-53.framework.json");
    let report = dir.path().join("out/import.json");
    let out = kalkan().args(["import", "oscal-catalog"]).arg(&catalog).arg("-o").arg(&fw).arg("--report").arg(&report).args(["--lang", "fr"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("mesures\u{a0}: 1007, groupes\u{a0}: 20, retirées et écartées\u{a0}: 182") && err.contains("fichier écrit"), "{err}");
    let r: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!((r["controls"].as_u64(), r["withdrawn"].as_array().map(Vec::len)), (Some(1007), Some(182)));
    // The written framework validates and scores through the CLI like any other.
    let out = kalkan().args(["validate"]).arg(&fw).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    // The profile: 287 targets, and a restricted framework of those controls.
    let with_profile = dir.path().join("moderate.framework.json");
    let restricted = dir.path().join("moderate-only.framework.json");
    let out = kalkan()
        .args(["import", "oscal-profile"])
        .arg(fixtures.join("NIST_SP-800-53_rev5_MODERATE-baseline_profile.json"))
        .arg("--catalog")
        .arg(&catalog)
        .arg("-o")
        .arg(&with_profile)
        .arg("--restricted")
        .arg(&restricted)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("targeted controls: 287"), "{}", stderr(&out));
    let f: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&with_profile).unwrap()).unwrap();
    assert_eq!(f["profiles"][0]["control_targets"].as_array().map(Vec::len), Some(287));
    let only = kalkan::CompiledFramework::from_json(&std::fs::read_to_string(&restricted).unwrap()).unwrap();
    assert_eq!(only.control_count(), 287);
    // A profile given as the catalog is refused with the core's code, and nothing is written.
    let nothing = dir.path().join("nothing.json");
    let out = kalkan()
        .args(["import", "oscal-catalog"])
        .arg(fixtures.join("NIST_SP-800-53_rev5_MODERATE-baseline_profile.json"))
        .arg("-o")
        .arg(&nothing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("[invalid_structure]") && stderr(&out).contains("OSCAL catalog"), "{}", stderr(&out));
    assert!(!nothing.exists());
}

#[test]
fn validate_reads_an_oscal_catalog_as_the_framework_it_imports_to() {
    let catalog = root().join("tests/fixtures/oscal/NIST_SP-800-53_rev5_catalog.json");
    let out = kalkan().args(["validate", "--format", "json"]).arg(&catalog).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let first = &v.as_array().unwrap()[0];
    assert_eq!((first["kind"].as_str(), first["valid"].as_bool()), (Some("framework"), Some(true)));
    assert!(first["framework"].as_str().unwrap().ends_with(" 5.0.1"), "{first}");
    // An OSCAL profile is not a catalog: refused as a document Kalkan cannot tell.
    let profile = root().join("tests/fixtures/oscal/NIST_SP-800-53_rev5_MODERATE-baseline_profile.json");
    let out = kalkan().args(["validate"]).arg(&profile).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}
