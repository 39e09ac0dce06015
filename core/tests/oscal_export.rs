//! OSCAL exports: assessment results and POA&M against NIST's OSCAL 1.2.1 JSON Schemas
//! (tests/fixtures/oscal-schema), deterministic UUIDs, and the mapping of outcomes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use serde_json::Value;

use kalkan::{examples, Assessment, CompiledFramework, Registry};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn validator(file: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(format!("{ROOT}/tests/fixtures/oscal-schema/{file}")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::options().should_validate_formats(true).build(&schema).unwrap()
}

fn errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

fn example() -> (CompiledFramework, Assessment) {
    let fw = CompiledFramework::from_json(examples::FRAMEWORK).unwrap();
    let a = fw.parse_assessment(examples::ASSESSMENT).unwrap();
    (fw, a)
}

fn ar(fw: &CompiledFramework, a: &Assessment) -> Value {
    let report = fw.score(a, None).unwrap();
    kalkan::oscal_assessment_results(fw, a, &report).unwrap()
}

fn poam(fw: &CompiledFramework, a: &Assessment, profile: Option<&str>) -> Value {
    let gaps = fw.gaps(a, profile).unwrap();
    kalkan::oscal_poam(fw, a, &gaps).unwrap()
}

/// The built-in example assessments, each with its framework and a profile of it.
fn builtin_cases() -> Vec<(String, std::sync::Arc<CompiledFramework>, Assessment, String)> {
    let mut out = Vec::new();
    for name in ["public-institution", "nist-csf", "national-capacity"] {
        let text = std::fs::read_to_string(format!("{ROOT}/examples/{name}.assessment.json")).unwrap();
        let a = Assessment::from_json(&text).unwrap();
        let fw = Registry::builtin().get(&a.framework.id, &a.framework.version).unwrap();
        let profile = a.profile.clone().or_else(|| fw.profile_ids().into_iter().next()).expect("a profile");
        out.push((name.to_string(), fw, a, profile));
    }
    out
}

#[test]
fn exports_validate_against_the_oscal_schemas() {
    let ar_schema = validator("oscal_assessment-results_schema.json");
    let poam_schema = validator("oscal_poam_schema.json");
    let (fw, a) = example();
    let doc = ar(&fw, &a);
    assert_eq!(errors(&ar_schema, &doc), Vec::<String>::new());
    let plan = poam(&fw, &a, None);
    assert_eq!(errors(&poam_schema, &plan), Vec::<String>::new());
    let mut checked = 0;
    for (name, fw, a, profile) in builtin_cases() {
        let doc = ar(&fw, &a);
        assert_eq!(errors(&ar_schema, &doc), Vec::<String>::new(), "{name}");
        let gaps = fw.gaps(&a, Some(&profile)).unwrap();
        if gaps.controls.is_empty() {
            continue;
        }
        let plan = kalkan::oscal_poam(&fw, &a, &gaps).unwrap();
        assert_eq!(errors(&poam_schema, &plan), Vec::<String>::new(), "{name}");
        checked += 1;
    }
    assert!(checked >= 2, "at least two built-in POA&Ms checked, got {checked}");
}

#[test]
fn the_schemas_do_reject_a_broken_export() {
    // The validators really check: a prop name with a space, a date-time without a zone, a
    // version 1 UUID and an empty control selection are each refused.
    let ar_schema = validator("oscal_assessment-results_schema.json");
    let (fw, a) = example();
    let good = ar(&fw, &a);
    let breakers: [(&str, Value); 4] = [
        ("/assessment-results/metadata/props/0/name", Value::from("framework digest")),
        ("/assessment-results/metadata/last-modified", Value::from("2026-11-20T00:00:00")),
        ("/assessment-results/uuid", Value::from("6f1d3b0e-4c8a-1b6e-9a57-4b2c1d0e7f21")),
        ("/assessment-results/results/0/reviewed-controls/control-selections/0", serde_json::json!({})),
    ];
    for (at, value) in breakers {
        let mut bad = good.clone();
        *bad.pointer_mut(at).unwrap() = value;
        assert!(!errors(&ar_schema, &bad).is_empty(), "{at} accepted");
    }
}

#[test]
fn same_inputs_give_identical_bytes_and_another_subject_other_uuids() {
    let (fw, a) = example();
    let one = serde_json::to_string(&ar(&fw, &a)).unwrap();
    let two = serde_json::to_string(&ar(&fw, &a)).unwrap();
    assert_eq!(one, two);
    assert_eq!(kalkan::api::oscal_ar(Some(examples::FRAMEWORK), examples::ASSESSMENT, None).unwrap(), one);
    let p1 = serde_json::to_string(&poam(&fw, &a, None)).unwrap();
    assert_eq!(kalkan::api::oscal_poam(Some(examples::FRAMEWORK), examples::ASSESSMENT, None).unwrap(), p1);

    let mut other = a.clone();
    other.subject.name = "Ministry of Other Examples".into();
    let doc = ar(&fw, &a);
    let other_doc = ar(&fw, &other);
    let uuids = |d: &Value| {
        let mut out = Vec::new();
        collect_uuids(d, &mut out);
        out
    };
    let (u1, u2) = (uuids(&doc), uuids(&other_doc));
    assert!(u1.len() > 10);
    assert_eq!(u1.len(), u2.len());
    assert!(u1.iter().all(|u| !u2.contains(u)), "a UUID is shared between two subjects");
    // Every UUID is unique within a document and of version 5.
    let mut sorted = u1.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), u1.len());
    assert!(u1.iter().all(|u| u.as_bytes()[14] == b'5'));

    // Another date is another assessment.
    let mut later = a.clone();
    later.completed = Some("2026-11-21".into());
    let later_doc = ar(&fw, &later);
    assert_ne!(later_doc["assessment-results"]["uuid"], doc["assessment-results"]["uuid"]);
    assert_eq!(later_doc["assessment-results"]["metadata"]["last-modified"], "2026-11-21T00:00:00Z");
}

fn collect_uuids(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if k == "uuid" {
                    out.push(x.as_str().unwrap().to_string());
                } else {
                    collect_uuids(x, out);
                }
            }
        }
        Value::Array(xs) => xs.iter().for_each(|x| collect_uuids(x, out)),
        _ => {}
    }
}

fn finding<'a>(doc: &'a Value, control: &str) -> &'a Value {
    doc["assessment-results"]["results"][0]["findings"].as_array().unwrap().iter().find(|f| f["target"]["target-id"] == control).unwrap()
}

fn kalkan_prop<'a>(props: &'a Value, name: &str, class: Option<&str>) -> Option<&'a str> {
    props.as_array()?.iter().find(|p| p["name"] == name && p.get("class").and_then(Value::as_str) == class && p["ns"] == kalkan::OSCAL_KALKAN_NS)?["value"]
        .as_str()
}

#[test]
fn findings_observations_and_props_follow_the_mapping() {
    let (fw, a) = example();
    let report = fw.score(&a, None).unwrap();
    let doc = kalkan::oscal_assessment_results(&fw, &a, &report).unwrap();
    let ar = &doc["assessment-results"];
    assert_eq!(ar["metadata"]["last-modified"], "2026-11-20T00:00:00Z");
    assert_eq!(ar["metadata"]["version"], "2026-11-20");
    assert_eq!(ar["metadata"]["oscal-version"], "1.2.1");
    assert_eq!(kalkan_prop(&ar["metadata"]["props"], "framework-digest", None), Some(fw.digest()));
    assert_eq!(kalkan_prop(&ar["metadata"]["props"], "profile", None), Some("standard"));
    let resource = &ar["back-matter"]["resources"][0];
    assert_eq!(ar["import-ap"]["href"].as_str().unwrap(), format!("#{}", resource["uuid"].as_str().unwrap()));
    assert_eq!(kalkan_prop(&resource["props"], "framework-digest", None), Some(fw.digest()));

    let result = &ar["results"][0];
    assert_eq!(result["start"], "2026-11-02T00:00:00Z");
    assert_eq!(result["end"], "2026-11-20T00:00:00Z");
    assert_eq!(result["reviewed-controls"]["control-selections"][0]["include-all"], serde_json::json!({}));
    // One finding per control of the framework, in document order.
    let findings = result["findings"].as_array().unwrap();
    let ids: Vec<&str> = findings.iter().map(|f| f["target"]["target-id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = fw.control_ids().iter().map(|c| &**c).collect();
    assert_eq!(ids, expected);
    // Root and group scores as props.
    let index = report.root.index.unwrap();
    assert_eq!(kalkan_prop(&result["props"], "index", None), Some(format!("{index}").as_str()));
    let gov = report.root.groups.iter().find(|g| g.id == "GOV").unwrap();
    assert_eq!(kalkan_prop(&result["props"], "compliance", Some("GOV")), gov.compliance.map(|c| format!("{c}")).as_deref());

    // Met and fully credited.
    let f = finding(&doc, "GOV-1");
    assert_eq!(f["target"]["status"], serde_json::json!({"state": "satisfied", "reason": "pass"}));
    assert_eq!(f["target"]["implementation-status"]["state"], "implemented");
    let obs_uuid = f["related-observations"][0]["observation-uuid"].as_str().unwrap();
    let obs = result["observations"].as_array().unwrap().iter().find(|o| o["uuid"] == obs_uuid).unwrap();
    assert_eq!(obs["relevant-evidence"][0]["description"], "Appointment letter 2026/14");
    assert_eq!(obs["collected"], "2026-11-02T10:15:00Z");
    assert_eq!(obs["methods"][0], "INTERVIEW");
    assert_eq!(kalkan_prop(&obs["props"], "option", None), Some("fully-implemented"));
    // Partial credit, not met, with notes.
    let f = finding(&doc, "GOV-2");
    assert_eq!(f["target"]["status"], serde_json::json!({"state": "not-satisfied", "reason": "fail"}));
    assert_eq!(f["target"]["implementation-status"]["state"], "partial");
    let obs_uuid = f["related-observations"][0]["observation-uuid"].as_str().unwrap();
    let obs = result["observations"].as_array().unwrap().iter().find(|o| o["uuid"] == obs_uuid).unwrap();
    assert!(obs["description"].as_str().unwrap().contains("Draft policy awaiting approval"), "{}", obs["description"]);
    // No credit.
    let f = finding(&doc, "GOV-3");
    assert_eq!(f["target"]["status"]["reason"], "fail");
    assert!(f["target"].get("implementation-status").is_none());
    // Not applicable.
    let f = finding(&doc, "RSP-2");
    assert_eq!(f["target"]["implementation-status"]["state"], "not-applicable");
    assert_eq!(f["target"]["status"], serde_json::json!({"state": "satisfied", "reason": "other"}));
    assert_eq!(kalkan_prop(&f["props"], "status", None), Some("not-applicable"));
}

#[test]
fn unanswered_controls_are_not_satisfied_for_another_reason_without_observation() {
    let (fw, mut a) = example();
    a.responses.remove("GOV-3");
    let doc = ar(&fw, &a);
    let f = finding(&doc, "GOV-3");
    assert_eq!(f["target"]["status"], serde_json::json!({"state": "not-satisfied", "reason": "other"}));
    assert!(f.get("related-observations").is_none());
    assert_eq!(kalkan_prop(&f["props"], "status", None), Some("unanswered"));
    let answered = a.responses.len();
    assert_eq!(doc["assessment-results"]["results"][0]["observations"].as_array().unwrap().len(), answered);
}

#[test]
fn poam_items_follow_the_gap_list() {
    let (fw, a) = example();
    let gaps = fw.gaps(&a, None).unwrap();
    let plan = kalkan::oscal_poam(&fw, &a, &gaps).unwrap();
    let p = &plan["plan-of-action-and-milestones"];
    let items = p["poam-items"].as_array().unwrap();
    let ids: Vec<&str> = items.iter().map(|i| kalkan_prop(&i["props"], "control-id", None).unwrap()).collect();
    let expected: Vec<&str> = gaps.controls.iter().map(|g| &*g.control).collect();
    assert!(!expected.is_empty());
    assert_eq!(ids, expected);
    assert_eq!(p["system-id"]["id"], "Ministry of Examples");
    assert_eq!(kalkan_prop(&p["metadata"]["props"], "profile", None), Some(gaps.profile.as_str()));
    // The POA&M's findings-free items share nothing with the results' UUIDs.
    let mut u = Vec::new();
    collect_uuids(&plan, &mut u);
    let mut r = Vec::new();
    collect_uuids(&ar(&fw, &a), &mut r);
    let shared: Vec<&String> = u.iter().filter(|x| r.contains(x)).collect();
    // The parties and the framework resource are the same objects in both documents.
    assert_eq!(shared.len(), 3, "{shared:?}");
}

#[test]
fn errors_are_typed() {
    let (fw, mut a) = example();
    // Without any profile, the core's own error.
    let mut no_profile = a.clone();
    no_profile.profile = None;
    let e = kalkan::api::oscal_poam(Some(examples::FRAMEWORK), &serde_json::to_string(&no_profile).unwrap(), None).unwrap_err();
    assert_eq!(e.code, kalkan::Code::NoProfile);
    // Without a date.
    a.started = None;
    a.completed = None;
    let report = fw.score(&a, None).unwrap();
    let e = kalkan::oscal_assessment_results(&fw, &a, &report).unwrap_err();
    assert_eq!(e.code(), kalkan::Code::InvalidArgument);
    // A report of another framework.
    let (fw, a) = example();
    let mut report = fw.score(&a, None).unwrap();
    report.framework.digest = "sha256:00".into();
    assert_eq!(kalkan::oscal_assessment_results(&fw, &a, &report).unwrap_err().code(), kalkan::Code::DifferentFrameworks);
    // Nothing to plan.
    let mut gaps = fw.gaps(&a, None).unwrap();
    gaps.controls.clear();
    assert_eq!(kalkan::oscal_poam(&fw, &a, &gaps).unwrap_err().code(), kalkan::Code::InvalidArgument);
}

#[test]
fn ids_that_are_not_oscal_tokens_are_made_tokens_and_kept() {
    // Kalkan allows `:`, `(`, `)` and a leading digit in ids; OSCAL tokens do not.
    let rename = |t: &str| t.replace("\"GOV-1\"", "\"1:GOV(1)\"").replace("\"GOV\"", "\"9(GOV)\"");
    let fw = CompiledFramework::from_json(&rename(examples::FRAMEWORK)).unwrap();
    let a = fw.parse_assessment(&rename(examples::ASSESSMENT)).unwrap();
    let doc = ar(&fw, &a);
    assert_eq!(errors(&validator("oscal_assessment-results_schema.json"), &doc), Vec::<String>::new());
    let f = finding(&doc, "_1_GOV_1_");
    assert_eq!(kalkan_prop(&f["props"], "control-id", None), Some("1:GOV(1)"));
    assert!(kalkan_prop(&doc["assessment-results"]["results"][0]["props"], "index", Some("_9_GOV_")).is_some());
    let plan = poam(&fw, &a, None);
    assert_eq!(errors(&validator("oscal_poam_schema.json"), &plan), Vec::<String>::new());
}
