//! The fast way writes the bytes `serde_json` writes for the [`Report`], and takes the ordinary
//! way for every document with an error or a problem: over the conformance corpus (its
//! assessments, and the merged and migrated assessments it expects), the scoring benchmark's
//! generated assessment and hand-made edge cases.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::path::PathBuf;
use std::sync::Arc;

use serde_json::{json, Value};

use super::*;
use crate::error::Error;
use crate::model::report::Report;
use crate::registry::FrameworkSource;

#[path = "../../benches/common/mod.rs"]
mod bench;

/// The ordinary way: parse, find the framework, score, serialize the report.
fn ordinary(src: &FrameworkSource, json: &str, profile: Option<&str>, layout: JsonLayout) -> Result<String> {
    let a = Assessment::from_json(json)?;
    let report: Report = src.for_assessment(&a)?.score(&a, profile)?;
    Ok(match layout {
        JsonLayout::Compact => serde_json::to_string(&report).unwrap(),
        JsonLayout::Pretty => serde_json::to_string_pretty(&report).unwrap(),
    })
}

/// Checks one assessment both ways, in both layouts; returns whether it scored.
fn check(what: &str, src: &FrameworkSource, json: &str, profile: Option<&str>) -> bool {
    let mut scored = false;
    for layout in [JsonLayout::Compact, JsonLayout::Pretty] {
        let expected = ordinary(src, json, profile, layout);
        let fast = fast(json, profile, layout, |a| src.for_assessment(a));
        match &expected {
            // A valid assessment goes the fast way, to the same bytes.
            Ok(text) => {
                assert_eq!(fast.as_deref(), Some(text.as_str()), "{what} ({layout:?}, profile {profile:?}): the fast way differs or refused");
                scored = true;
            }
            // An invalid one is refused and left to the ordinary way.
            Err(_) => assert_eq!(fast, None, "{what}: the fast way scored an assessment the ordinary way refuses"),
        }
        let public = src.report_json(json, profile, layout).map_err(|e| e.to_data());
        assert_eq!(public, expected.map_err(|e| e.to_data()), "{what} ({layout:?}): the public function differs");
    }
    scored
}

fn corpus() -> Vec<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "json")).collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap()))
        .collect()
}

fn text_of(case: &Value, key: &str) -> Option<String> {
    case.get(format!("{key}_text")).and_then(Value::as_str).map(str::to_owned).or_else(|| case.get(key).map(Value::to_string))
}

#[test]
fn every_assessment_of_the_corpus_scores_to_the_same_bytes_or_the_same_error() {
    let (mut scored, mut refused) = (0, 0);
    for (name, case) in corpus() {
        // Limits are process-wide: cases that set their own are left to the conformance run.
        if case.get("limits").is_some() {
            continue;
        }
        let framework = text_of(&case, "framework");
        let src = match framework.as_deref().map(CompiledFramework::from_json) {
            Some(Ok(fw)) => FrameworkSource::pinned(Arc::new(fw)),
            Some(Err(_)) => continue,
            None => FrameworkSource::builtin(),
        };
        let profile = case.get("profile").and_then(Value::as_str);
        let mut inputs: Vec<String> = text_of(&case, "assessment").into_iter().collect();
        // What merges and migrations produce: assessments with a merge record, or provenance.
        match case["operation"].as_str() {
            Some("merge") => inputs.extend(case["expected"].get("ok").map(Value::to_string)),
            Some("migrate") => inputs.extend(case["expected"].get("ok").map(|ok| ok["assessment"].to_string())),
            _ => {}
        }
        for json in inputs {
            let src = match (case["operation"].as_str(), text_of(&case, "target")) {
                (Some("migrate"), Some(target)) if json.contains("\"provenance\"") => {
                    FrameworkSource::pinned(Arc::new(CompiledFramework::from_json(&target).unwrap()))
                }
                (Some("migrate"), None) if json.contains("\"provenance\"") => FrameworkSource::builtin(),
                _ => src.clone(),
            };
            if check(&name, &src, &json, profile) {
                scored += 1;
            } else {
                refused += 1;
            }
        }
    }
    // The corpus has both kinds in number, so both ways were compared.
    assert!(scored >= 35 && refused >= 10, "scored {scored}, refused {refused}");
}

#[test]
fn the_benchmark_assessment_scores_to_the_same_bytes() {
    let (fw_json, a_json) = bench::big_framework();
    let fw = CompiledFramework::from_json(&fw_json).unwrap();
    assert!(fw.control_count() >= 1000);
    let src = FrameworkSource::pinned(Arc::new(fw));
    for profile in [None, Some("p")] {
        assert!(check("benchmark", &src, &a_json, profile));
    }
    let report: Value = serde_json::from_str(&src.report_json(&a_json, None, JsonLayout::Compact).unwrap()).unwrap();
    // The profile the assessment names gives gaps; some controls are not applicable, some unanswered.
    assert!(report["gaps"]["controls"].as_array().is_some_and(|c| c.len() > 100));
    assert!(report["root"]["counts"]["not_applicable"].as_u64() > Some(0) && report["root"]["counts"]["unanswered"].as_u64() > Some(0));
}

/// The example framework, and an assessment of it using every field, escapes and non-ASCII text.
fn edge_assessment() -> Value {
    json!({
        "$schema": "../schemas/assessment.schema.json",
        "framework": {"id": "example-agency-baseline", "version": "^1.2"},
        "subject": {"name": "Ministère \"des\" \\ Exemples 日本", "kind": "ministry", "country": "TR", "sector": "s\te", "region": "west-africa", "size": "small"},
        "assessor": {"id": "42", "name": "A. \"Q\" Yılmaz", "organisation": "Audit\nunit", "email": "a@example.org"},
        "started": "2026-11-02",
        "completed": "2026-11-20",
        "profile": "standard",
        "responses": {
            "GOV-1": {"option": "fully-implemented", "notes": "He said \"done\" — été ✓\r\nnext line\\", "evidence": ["a \"b\"", "ç", ""], "answered_at": "2026-11-02T10:15:00Z"},
            "GOV-2": {"option": "not-applicable", "notes": null, "answered_at": null},
            "PRO.ID-1": {"option": "no", "evidence": []},
            "PRO.DATA-1": {"option": "partially-implemented", "provenance": {"framework": "old", "version": "1.0.0", "control": "X-1", "option": "y", "relationship": "equivalent-to"}},
            "RSP-2": {"option": "not-applicable"}
        }
    })
}

#[test]
fn edge_cases_score_to_the_same_bytes() {
    let src = FrameworkSource::pinned(Arc::new(CompiledFramework::from_json(crate::examples::FRAMEWORK).unwrap()));
    let a = edge_assessment();
    for profile in [None, Some("essential"), Some("standard")] {
        assert!(check("edge", &src, &a.to_string(), profile), "edge ({profile:?}) should score");
        assert!(check("edge, pretty input", &src, &serde_json::to_string_pretty(&a).unwrap(), profile));
    }
    // Escapes in keys and options (read into owned strings, not borrowed), a byte-order mark,
    // trailing whitespace.
    let escaped = a.to_string().replace("\"GOV-1\"", "\"GOV\\u002d1\"").replace("\"no\"", "\"n\\u006f\"");
    assert!(escaped.contains("GOV\\u002d1") && escaped.contains("n\\u006f"));
    assert!(check("escaped", &src, &escaped, None));
    assert!(check("bom", &src, &format!("\u{FEFF}{a} \n"), None));
    // Without the assessor, dates, profile and schema, and with nothing answered.
    let mut bare = a.clone();
    for field in ["$schema", "assessor", "started", "completed", "profile"] {
        bare.as_object_mut().unwrap().remove(field);
    }
    assert!(check("bare", &src, &bare.to_string(), None));
    bare["responses"] = json!({});
    assert!(check("nothing answered", &src, &bare.to_string(), None));
    // Everything not applicable: no index, compliance or level, and a warning.
    let na: serde_json::Map<String, Value> = ["GOV-1", "GOV-2", "GOV-3", "PRO.DATA-1", "PRO.DATA-2"]
        .iter()
        .map(|c| (c.to_string(), json!({"option": "not-applicable"})))
        .chain(["PRO.ID-1", "PRO.ID-2", "RSP-1", "RSP-2"].iter().map(|c| (c.to_string(), json!({"option": "not-applicable"}))))
        .collect();
    bare["responses"] = Value::Object(na);
    assert!(check("all not applicable", &src, &bare.to_string(), None));
    let text = src.report_json(&bare.to_string(), None, JsonLayout::Compact).unwrap();
    assert!(text.contains("\"nothing_applicable\"") && text.contains("\"index\":null"), "{text}");
}

#[test]
fn problems_and_errors_take_the_ordinary_way() {
    let src = FrameworkSource::pinned(Arc::new(CompiledFramework::from_json(crate::examples::FRAMEWORK).unwrap()));
    let a = edge_assessment();
    // The assessment with the member at `pointer` set (added if missing).
    let with = |pointer: &str, value: Value| {
        let mut b = a.clone();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        match b.pointer_mut(parent).unwrap() {
            Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
            other => _ = other.as_object_mut().unwrap().insert(key.to_string(), value),
        }
        b.to_string()
    };
    let mut duplicate = a.to_string();
    duplicate.insert_str(duplicate.find("\"GOV-1\"").unwrap(), "\"GOV-2\":{\"option\":\"no\"},");
    let cases = [
        ("unsafe notes", with("/responses/GOV-1/notes", json!("bell \u{7}"))),
        ("unsafe evidence", with("/responses/GOV-1/evidence/1", json!("\u{202E}reversed"))),
        ("bad date", with("/responses/GOV-1/answered_at", json!("yesterday"))),
        ("unknown option", with("/responses/GOV-1/option", json!("maybe"))),
        ("unknown control", with("/responses/GOV-1", json!({"option": "yes"})).replace("\"GOV-1\"", "\"GOV-9\"")),
        ("duplicate response", duplicate),
        ("unknown field", with("/responses/GOV-1/colour", json!("red"))),
        ("unsafe subject", with("/subject/name", json!("\u{0}"))),
        ("bad country", with("/subject/country", json!("XX"))),
        ("dates out of order", with("/completed", json!("2026-01-01"))),
        ("unknown profile", with("/profile", json!("gold"))),
        ("other framework", with("/framework/id", json!("other"))),
        ("version not satisfied", with("/framework/version", json!("^2"))),
        ("wrong type", with("/responses/GOV-1/evidence", json!("one"))),
        ("null evidence", with("/responses/GOV-1/evidence", Value::Null)),
        ("malformed", a.to_string().replace("\"responses\":{", "\"responses\":{,")),
        ("trailing text", format!("{a} x")),
    ];
    for (what, json) in &cases {
        assert!(!check(what, &src, json, None), "{what} should be refused");
    }
    assert!(!check("unknown profile argument", &src, &a.to_string(), Some("gold")));
    // The refusals are the typed errors, with their pointers.
    let error = |json: &str| src.report_json(json, None, JsonLayout::Compact).unwrap_err();
    let Error::Invalid { problems, .. } = error(&cases[0].1) else { panic!("unsafe notes: not an invalid assessment") };
    assert_eq!(problems[0].pointer.as_str(), "/responses/GOV-1/notes");
    let Error::Parse { problem, .. } = error(&cases[6].1) else { panic!("unknown field: not a parse error") };
    assert_eq!(problem.pointer.as_str(), "/responses/GOV-1/colour");
}
