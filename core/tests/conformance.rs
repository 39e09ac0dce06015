//! Runs every case in `tests/conformance/` through the JSON API and compares exactly.
//! `KALKAN_BLESS=1` writes the current outputs as the expected ones (review the diff!).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::path::PathBuf;

use serde_json::{json, Value};

fn text_of(case: &Value, key: &str) -> Option<String> {
    if let Some(t) = case.get(format!("{key}_text")).and_then(Value::as_str) {
        return Some(t.to_string());
    }
    case.get(key).map(|v| serde_json::to_string(v).unwrap())
}

/// A file named by a case, relative to the corpus folder (the CISO Assistant libraries are read
/// from `tests/fixtures`, not copied into the cases).
fn case_file(path: &str) -> String {
    std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance").join(path)).unwrap()
}

/// The inputs of `import_ciso_mapping`: the mapping library's text (`mapping_file` or
/// `mapping_text`) and each framework library's (`{"file"}` or `{"text"}`).
fn ciso_inputs(case: &Value) -> (String, Vec<String>) {
    let text = |v: &Value, file: &str, text: &str| match v.get(file).and_then(Value::as_str) {
        Some(path) => case_file(path),
        None => v[text].as_str().expect("a file or a text").to_string(),
    };
    let frameworks = case["frameworks"].as_array().expect("frameworks").iter().map(|f| text(f, "file", "text")).collect();
    (text(case, "mapping_file", "mapping_text"), frameworks)
}

/// Runs one case; the result as `{"ok": ...}` or `{"error": ...}`.
pub fn run(case: &Value) -> Value {
    let op = case["operation"].as_str().expect("operation");
    let framework = text_of(case, "framework");
    let assessment = text_of(case, "assessment");
    let profile = case.get("profile").and_then(Value::as_str);
    // A case may set limits for itself; the defaults come back after it.
    if let Some(limits) = case.get("limits") {
        kalkan::api::set_limits(&limits.to_string()).expect("limits");
        let out = run_op(case, op, framework, assessment, profile);
        kalkan::api::set_limits("{}").expect("default limits");
        return out;
    }
    run_op(case, op, framework, assessment, profile)
}

fn run_op(case: &Value, op: &str, framework: Option<String>, assessment: Option<String>, profile: Option<&str>) -> Value {
    let wrap = |r: Result<String, kalkan::ErrorData>| match r {
        Ok(s) => json!({"ok": serde_json::from_str::<Value>(&s).unwrap()}),
        Err(e) => json!({"error": serde_json::to_value(e).unwrap()}),
    };
    match op {
        "decode" => {
            let hex = case["bytes_hex"].as_str().expect("bytes_hex");
            let bytes: Vec<u8> = (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
            wrap(kalkan::api::decode(case["document"].as_str().expect("document"), &bytes))
        }
        "score" => wrap(kalkan::api::score(framework.as_deref(), assessment.as_deref().expect("assessment"), profile)),
        "gaps" => wrap(kalkan::api::gaps(framework.as_deref(), assessment.as_deref().expect("assessment"), profile)),
        "oscal_ar" => wrap(kalkan::api::oscal_ar(framework.as_deref(), assessment.as_deref().expect("assessment"), profile)),
        "oscal_poam" => wrap(kalkan::api::oscal_poam(framework.as_deref(), assessment.as_deref().expect("assessment"), profile)),
        "validate_framework" => wrap(kalkan::api::validate_framework(framework.as_deref().expect("framework"))),
        "validate_assessment" => wrap(kalkan::api::validate_assessment(framework.as_deref(), assessment.as_deref().expect("assessment"))),
        "diff" => wrap(kalkan::api::diff(&text_of(case, "old").expect("old"), &text_of(case, "new").expect("new"), text_of(case, "mapping").as_deref())),
        "validate_mapping" => wrap(kalkan::api::validate_mapping(
            &text_of(case, "mapping").expect("mapping"),
            text_of(case, "source").as_deref(),
            text_of(case, "target").as_deref(),
        )),
        "migrate" | "project" => {
            let target = text_of(case, "target").or_else(|| case.get("target_spec").and_then(Value::as_str).map(str::to_owned)).expect("target or target_spec");
            let (assessment, mapping) = (assessment.as_deref().expect("assessment"), text_of(case, "mapping"));
            if op == "migrate" {
                wrap(kalkan::api::migrate(framework.as_deref(), assessment, &target, mapping.as_deref()))
            } else {
                wrap(kalkan::api::project(framework.as_deref(), assessment, &target, mapping.as_deref(), profile))
            }
        }
        "register" => {
            // Every framework of `frameworks`, in order, into one fresh registry.
            let mut reg = kalkan::Registry::new();
            let mut out = Vec::new();
            for f in case["frameworks"].as_array().expect("frameworks") {
                match reg.add_json(&serde_json::to_string(f).unwrap()) {
                    Ok(fw) => out.push(json!(format!("{}@{}", fw.id(), fw.version()))),
                    Err(e) => return json!({"error": serde_json::to_value(e.to_data()).unwrap()}),
                }
            }
            json!({"ok": out})
        }
        "merge" => wrap(kalkan::api::merge(
            framework.as_deref(),
            &text_of(case, "assessments").expect("assessments"),
            case["rule"].as_str().expect("rule"),
            text_of(case, "adjudication").as_deref(),
        )),
        "compare" => {
            let items = case["assessments"].as_array().expect("assessments");
            let text = |v: &Value| serde_json::to_string(v).unwrap();
            wrap(kalkan::api::compare(framework.as_deref(), &text(&items[0]), &text(&items[1])))
        }
        "trend" => wrap(kalkan::api::trend(framework.as_deref(), &text_of(case, "assessments").expect("assessments"))),
        "aggregate" => {
            wrap(kalkan::api::aggregate(framework.as_deref(), &text_of(case, "assessments").expect("assessments"), &text_of(case, "options").expect("options")))
        }
        "place" => wrap(kalkan::api::place(
            framework.as_deref(),
            &text_of(case, "assessments").expect("assessments"),
            &text_of(case, "subject").expect("subject"),
            &text_of(case, "options").expect("options"),
        )),
        "anonymize" => wrap(kalkan::api::anonymize(
            assessment.as_deref().expect("assessment"),
            case["pseudonym"].as_str().expect("pseudonym"),
            &text_of(case, "options").expect("options"),
        )),
        "import_ciso_mapping" => {
            let (mapping, frameworks) = ciso_inputs(case);
            let items: Vec<Value> = frameworks.into_iter().map(Value::String).collect();
            wrap(kalkan::api::import_ciso_mapping(&mapping, &Value::Array(items).to_string()))
        }
        other => panic!("unknown operation {other}"),
    }
}

#[test]
fn conformance_cases() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance");
    let bless = std::env::var("KALKAN_BLESS").is_ok();
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "json")).collect();
    paths.sort();
    assert!(paths.len() >= 20, "expected the conformance corpus in {}", dir.display());
    let mut failures = Vec::new();
    for path in &paths {
        let mut case: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let actual = run(&case);
        if bless {
            case["expected"] = actual;
            std::fs::write(path, serde_json::to_string_pretty(&case).unwrap() + "\n").unwrap();
        } else if case.get("expected") != Some(&actual) {
            failures.push(format!(
                "{}:\n  expected {}\n  actual   {}",
                path.display(),
                case.get("expected").map(Value::to_string).unwrap_or_else(|| "(none: bless it)".into()),
                actual
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} conformance cases differ:\n{}", failures.len(), paths.len(), failures.join("\n"));
}

/// Codes no conformance case can produce, and why: the JSON API reads no files, takes its
/// arguments as text (only a binding given a host value of the wrong type says
/// `invalid_argument`, tested in each binding), and a bug has no test input.
const NOT_IN_CORPUS: [&str; 3] = ["unreadable", "internal", "invalid_argument"];

/// Every stable error code appears in the corpus, so every binding proves it reports each one
/// the same way. The codes are read from the error schema, the one list of codes.
#[test]
fn corpus_covers_every_error_code() {
    let schema: Value = serde_json::from_str(&kalkan::schema::schema_json("error").unwrap()).unwrap();
    let code = &schema["$defs"]["Code"];
    let all: Vec<String> = code["oneOf"]
        .as_array()
        .map(|variants| variants.iter().filter_map(|v| v["const"].as_str().or_else(|| v["enum"][0].as_str())).map(str::to_owned).collect())
        .or_else(|| code["enum"].as_array().map(|e| e.iter().filter_map(Value::as_str).map(str::to_owned).collect()))
        .unwrap();
    assert_eq!(all.len(), kalkan::Code::ALL.len(), "codes read from the schema: {all:?}");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance");
    let mut corpus = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let case: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            corpus.push_str(&case["expected"].to_string());
        }
    }
    let missing: Vec<&String> = all.iter().filter(|c| !NOT_IN_CORPUS.contains(&c.as_str()) && !corpus.contains(&format!("\"code\":\"{c}\""))).collect();
    assert!(missing.is_empty(), "error codes no conformance case expects: {missing:?}");
}
