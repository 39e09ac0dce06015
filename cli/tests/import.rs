//! `kalkan import ciso-assistant`: a real library in, a framework out that validates and scores;
//! files that are not CISO Assistant libraries refused with a located, typed error and nothing
//! written.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use common::{kalkan, root, stderr, stdout};

#[test]
fn a_ciso_assistant_library_imports_validates_and_scores() {
    let dir = tempfile::tempdir().unwrap();
    let library = root().join("tests/fixtures/ciso-assistant/anssi-rec-secu-interco-si-internet.yaml");
    let fw = dir.path().join("out/anssi.framework.json");
    let report = dir.path().join("out/anssi.import.json");
    let out = kalkan().args(["import", "ciso-assistant"]).arg(&library).arg("-o").arg(&fw).arg("--report").arg(&report).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("controls: 70, groups: 46") && err.contains("renamed ids: 9"), "{err}");
    assert!(err.contains("the library has no English: its fr text"), "{err}");
    let r: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!((r["controls"].as_u64(), r["english_fallback"].as_str()), (Some(70), Some("fr")));
    assert_eq!(r["renamed"].as_array().map(Vec::len), Some(9));
    // Validate, then score an assessment answering one renamed control.
    let out = kalkan().args(["validate"]).arg(&fw).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let compiled = kalkan::CompiledFramework::from_json(&std::fs::read_to_string(&fw).unwrap()).unwrap();
    let a = compiled.new_assessment(kalkan::Subject { name: "Agency".into(), kind: None, country: None, sector: None, region: None, size: None });
    let mut a = serde_json::to_value(&a).unwrap();
    a["responses"] = serde_json::json!({"R27_(plus)": {"option": "compliant"}});
    let assessment = dir.path().join("a.json");
    std::fs::write(&assessment, serde_json::to_string(&a).unwrap()).unwrap();
    let out = kalkan().arg("score").arg(&assessment).arg("--framework").arg(&fw).args(["--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let scored: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(scored["root"]["index"].as_f64().unwrap() > 0.0, "{scored}");
    // The summary in French and Arabic.
    let out = kalkan().args(["import", "ciso-assistant"]).arg(&library).arg("-o").arg(&fw).args(["--lang", "fr"]).output().unwrap();
    assert!(stderr(&out).contains("identifiants renommés\u{a0}: 9"), "{}", stderr(&out));
}

#[test]
fn a_file_that_is_not_a_ciso_library_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("compose.yaml", "services:\n  web:\n    image: nginx\n", "[invalid_structure]", "expected a CISO Assistant library"),
        ("broken.yaml", "urn: x\nobjects:\n  framework: [1, 2\nversion: 1\n", "[malformed_json]", "not valid YAML"),
        (
            "mapping.yaml",
            &std::fs::read_to_string(root().join("tests/fixtures/ciso-assistant/map-nist-csf-1.1-nist-csf-2.0.yaml")).unwrap(),
            "[invalid_structure]",
            "holds no framework",
        ),
        (
            "shape.yaml",
            "urn: u\nversion: 1\nobjects:\n  framework:\n    urn: f\n    requirement_nodes:\n    - urn: a\n      assessable: [yes]\n",
            "[invalid_structure]",
            "/objects/framework/requirement_nodes/0/assessable: expected true or false, found a list",
        ),
    ];
    for (name, text, code, words) in cases {
        let input = dir.path().join(name);
        std::fs::write(&input, text).unwrap();
        let output = dir.path().join(format!("{name}.framework.json"));
        let out = kalkan().args(["import", "ciso-assistant"]).arg(&input).arg("-o").arg(&output).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(code) && err.contains(words), "{name}: {err}");
        if name != "compose.yaml" && name != "mapping.yaml" {
            assert!(err.contains("line "), "{name}: a line is given: {err}");
        }
        assert!(!output.exists(), "{name}");
    }
}

/// A mapping library written for these tests between two real framework libraries of the
/// fixtures (CSF 1.1 → SSDF 1.1): two requirement mappings, and one from a CSF category (`ID.AM`)
/// to an SSDF practice (`PO.1`), both groups in Kalkan, which a Kalkan mapping cannot hold.
const CSF_TO_SSDF: &str = r#"urn: urn:kalkan-test:risk:library:csf-1.1-to-ssdf-1.1
locale: en
ref_id: csf-to-ssdf
name: CSF 1.1 to SSDF 1.1 (test)
version: 1
objects:
  requirement_mapping_set:
    urn: urn:kalkan-test:risk:requirement_mapping_set:csf-1.1-to-ssdf-1.1
    name: CSF 1.1 to SSDF 1.1
    source_framework_urn: urn:intuitem:risk:framework:nist-csf-1.1
    target_framework_urn: urn:intuitem:risk:framework:nist-ssdf-1.1
    requirement_mappings:
    - source_requirement_urn: urn:intuitem:risk:req_node:nist-csf-1.1:id.am-1
      target_requirement_urn: urn:intuitem:risk:req_node:nist-ssdf-1.1:po.1.1
      relationship: equal
      rationale: semantic
    - source_requirement_urn: urn:intuitem:risk:req_node:nist-csf-1.1:id.am-2
      target_requirement_urn: urn:intuitem:risk:req_node:nist-ssdf-1.1:po.1.2
      relationship: subset
    - source_requirement_urn: urn:intuitem:risk:req_node:nist-csf-1.1:id.am
      target_requirement_urn: urn:intuitem:risk:req_node:nist-ssdf-1.1:po.1
      relationship: intersect
"#;

fn ciso(name: &str) -> std::path::PathBuf {
    root().join("tests/fixtures/ciso-assistant").join(name)
}

#[test]
fn a_ciso_mapping_between_imported_frameworks_validates_migrates_and_projects() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name);
    std::fs::write(p("csf-ssdf.yaml"), CSF_TO_SSDF).unwrap();
    let out = kalkan()
        .args(["import", "ciso-mapping"])
        .arg(p("csf-ssdf.yaml"))
        .arg("--framework")
        .arg(ciso("nist-csf-1.1.yaml"))
        .arg("--framework")
        .arg(ciso("nist-ssdf-1.1.yaml"))
        .arg("-o")
        .arg(p("csf-ssdf.mapping.json"))
        .arg("--report")
        .arg(p("report.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("nist-csf-1-1@^6 → nist-ssdf-1-1@^1 — mappings made: 2 of 3 (left out: 1), sources not resolved: 0, targets not resolved: 0"),
        "{err}"
    );
    assert!(err.contains("imported — mapping sets: 1, warnings: 2") && !err.contains("was resolved"), "{err}");
    // The warnings are data: the mapping between groups, left out (one warning per side).
    let r: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(p("report.json")).unwrap()).unwrap();
    let at = "/objects/requirement_mapping_set/requirement_mappings";
    assert_eq!(
        r["warnings"],
        serde_json::json!([{"code": "not_a_control", "pointer": at, "details": {"side": "source", "count": "1"}}, {"code": "not_a_control", "pointer": at, "details": {"side": "target", "count": "1"}}])
    );
    assert_eq!((r["sets"][0]["read"].as_u64(), r["sets"][0]["maps"].as_u64()), (Some(3), Some(2)));
    let m: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(p("csf-ssdf.mapping.json")).unwrap()).unwrap();
    let pairs: Vec<(&str, &str)> = m["maps"].as_array().unwrap().iter().map(|x| (x["source"].as_str().unwrap(), x["target"].as_str().unwrap())).collect();
    assert_eq!(pairs, [("ID.AM-1", "PO.1.1"), ("ID.AM-2", "PO.1.2")]);

    // The two frameworks, imported as `import ciso-assistant` does: the mapping validates against them.
    for (library, fw) in [("nist-csf-1.1.yaml", "csf.framework.json"), ("nist-ssdf-1.1.yaml", "ssdf.framework.json")] {
        let out = kalkan().args(["import", "ciso-assistant"]).arg(ciso(library)).arg("-o").arg(p(fw)).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let out = kalkan().arg("validate").arg(p("csf.framework.json")).arg(p("ssdf.framework.json")).arg(p("csf-ssdf.mapping.json")).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("valid document nist-csf-1-1 6.0.0 → nist-ssdf-1-1 1.0.0"), "{}", stdout(&out));

    // An assessment of CSF 1.1 migrates to SSDF 1.1 through it, and projects onto it.
    let a = serde_json::json!({"framework": {"id": "nist-csf-1-1", "version": "^6"}, "subject": {"name": "Agency"},
        "responses": {"ID.AM-1": {"option": "score-4"}, "ID.AM-2": {"option": "score-2"}}});
    std::fs::write(p("a.json"), a.to_string()).unwrap();
    let out = kalkan()
        .arg("migrate")
        .arg(p("a.json"))
        .arg("--framework")
        .arg(p("csf.framework.json"))
        .arg("--to")
        .arg(p("ssdf.framework.json"))
        .arg("--mapping")
        .arg(p("csf-ssdf.mapping.json"))
        .arg("-o")
        .arg(p("migrated.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let migrated: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(p("migrated.json")).unwrap()).unwrap();
    assert_eq!(migrated["framework"]["id"], "nist-ssdf-1-1");
    assert_eq!(migrated["responses"]["PO.1.1"]["option"], "compliant", "the equal-to mapping carries the answer: {migrated}");
    assert!(migrated["responses"].get("PO.1.2").is_none(), "a subset-of mapping is left to review");
    let out = kalkan()
        .arg("score")
        .arg(p("a.json"))
        .arg("--framework")
        .arg(p("csf.framework.json"))
        .arg("--project-onto")
        .arg(p("ssdf.framework.json"))
        .arg("--mapping")
        .arg(p("csf-ssdf.mapping.json"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let projected: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(projected["report"]["root"]["counts"]["answered"], 2, "{projected}");
}

#[test]
fn the_real_ciso_mapping_libraries_import_with_their_per_set_reports() {
    let dir = tempfile::tempdir().unwrap();
    // CSF 1.1 → 2.0, with CSF 1.1's library: its 25 mappings from functions and categories left
    // out, the CSF 2.0 side unresolved (its library is not among the fixtures).
    let mapping = dir.path().join("csf.mapping.json");
    let out = kalkan()
        .args(["import", "ciso-mapping"])
        .arg(ciso("map-nist-csf-1.1-nist-csf-2.0.yaml"))
        .arg("--framework")
        .arg(ciso("nist-csf-1.1.yaml"))
        .arg("-o")
        .arg(&mapping)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("nist-csf-1-1@^6 → nist-csf-2-0@* — mappings made: 160 of 185 (left out: 25), sources not resolved: 0, targets not resolved: 160"),
        "{err}"
    );
    assert!(err.contains("no requirement of urn:intuitem:risk:framework:nist-csf-2.0 was resolved: give its framework library with `--framework`"), "{err}");
    let m = kalkan::Mapping::from_json(&std::fs::read_to_string(&mapping).unwrap()).unwrap();
    assert_eq!(kalkan::validate_mapping(&m), vec![]);
    assert_eq!(m.maps.len(), 160);
    // Against CSF 1.1 alone, what is missing is the target framework, nothing else.
    let fw = dir.path().join("csf.framework.json");
    assert_eq!(kalkan().args(["import", "ciso-assistant"]).arg(ciso("nist-csf-1.1.yaml")).arg("-o").arg(&fw).output().unwrap().status.code(), Some(0));
    let out = kalkan().arg("validate").arg(&fw).arg(&mapping).args(["--format", "json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let codes: Vec<&str> = v[1]["errors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["framework_not_found"], "{v}");
    assert!(v[1]["errors"][0]["message"].as_str().unwrap().contains("nist-csf-2-0"), "{v}");

    // DPDPA ↔ SCF: two sets, so `-o` is a directory of one mapping each; the summary in French
    // and Arabic.
    let out_dir = dir.path().join("dpdpa");
    let out = kalkan()
        .args(["import", "ciso-mapping"])
        .arg(ciso("mapping-india-dpdpa-2023-and-scf-2025.2.2.yaml"))
        .arg("-o")
        .arg(&out_dir)
        .args(["--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("correspondances faites\u{a0}: 120 sur 120") && err.contains("jeux de correspondances\u{a0}: 2"), "{err}");
    let mut names: Vec<String> = std::fs::read_dir(&out_dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["india-dpdpa-2023-to-scf-2025-2-2.mapping.json", "scf-2025-2-2-to-india-dpdpa-2023.mapping.json"]);
    for name in &names {
        let m = kalkan::Mapping::from_json(&std::fs::read_to_string(out_dir.join(name)).unwrap()).unwrap();
        assert_eq!((m.maps.len(), kalkan::validate_mapping(&m)), (120, vec![]), "{name}");
        assert_eq!(m.source.version, "*", "no framework given: any version");
    }
    let out = kalkan()
        .args(["import", "ciso-mapping"])
        .arg(ciso("mapping-india-dpdpa-2023-and-scf-2025.2.2.yaml"))
        .arg("-o")
        .arg(&out_dir)
        .args(["--lang", "ar"])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("مجموعات المطابقة: 2"), "{}", stderr(&out));
}

#[test]
fn a_bad_ciso_mapping_import_is_refused_with_a_typed_error_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.yaml"), "urn: x\nobjects:\n  requirement_mapping_set: [1, 2\nversion: 1\n").unwrap();
    let mapping = ciso("map-nist-csf-1.1-nist-csf-2.0.yaml");
    // (case, mapping library, framework libraries, exit code, words of the error...)
    type Case<'a> = (&'a str, std::path::PathBuf, Vec<std::path::PathBuf>, Option<i32>, &'a str, &'a str);
    let cases: [Case; 4] = [
        // A framework library where the mapping library is expected.
        ("framework as mapping", ciso("nist-csf-1.1.yaml"), vec![], Some(1), "[invalid_structure]", "holds no mapping set"),
        // A mapping library where a framework library is expected.
        ("mapping as framework", mapping.clone(), vec![mapping.clone()], Some(1), "[invalid_structure]", "holds no framework"),
        // The framework library named is missing.
        ("missing framework", mapping.clone(), vec![dir.path().join("nist-csf-1.1.yaml")], Some(2), "nist-csf-1.1.yaml", "cannot read"),
        ("broken yaml", dir.path().join("broken.yaml"), vec![], Some(1), "[malformed_json]", "line "),
    ];
    for (name, library, frameworks, code, what, words) in cases {
        let output = dir.path().join(format!("{name}.mapping.json"));
        let report = dir.path().join(format!("{name}.report.json"));
        let mut cmd = kalkan();
        cmd.args(["import", "ciso-mapping"]).arg(&library).arg("-o").arg(&output).arg("--report").arg(&report);
        for f in &frameworks {
            cmd.arg("--framework").arg(f);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), code, "{name}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(what) && err.contains(words), "{name}: {err}");
        assert!(!output.exists() && !report.exists(), "{name}: nothing is written");
    }
}
