//! The generated JSON Schemas accept the documents the core accepts: every built-in framework,
//! the examples and every report the conformance corpus expects; and they reject a broken one.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::path::PathBuf;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn validator(name: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&kalkan::schema::schema_json(name).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

#[test]
fn builtin_frameworks_and_examples_match_their_schemas() {
    let fw = validator("framework");
    for (name, json) in kalkan::builtin_files() {
        let doc: Value = serde_json::from_str(json).unwrap();
        assert_eq!(errors(&fw, &doc), Vec::<String>::new(), "{name}");
    }
    let example: Value = serde_json::from_str(kalkan::examples::FRAMEWORK).unwrap();
    assert!(fw.is_valid(&example));
    let a = validator("assessment");
    for file in ["agency-baseline.assessment.json", "national-capacity.assessment.json", "public-institution.assessment.json", "nist-csf.assessment.json"] {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(root().join("examples").join(file)).unwrap()).unwrap();
        assert_eq!(errors(&a, &doc), Vec::<String>::new(), "{file}");
    }
    let mut broken = example.clone();
    broken["groups"][0]["controls"][0]["weight"] = Value::String("heavy".into());
    assert!(!fw.is_valid(&broken));
}

#[test]
fn expected_reports_match_the_report_schema() {
    let report = validator("report");
    let dir = root().join("tests/conformance");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        if case["operation"] == "score" {
            if let Some(ok) = case["expected"].get("ok") {
                assert_eq!(errors(&report, ok), Vec::<String>::new(), "{}", path.display());
                checked += 1;
            }
        }
    }
    assert!(checked >= 10, "only {checked} reports checked");
}
