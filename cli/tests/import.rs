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
