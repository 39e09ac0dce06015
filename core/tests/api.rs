//! Behaviour of the public API beyond the conformance corpus: registry, digests, batch,
//! questionnaire, progress, rows, and robustness against hostile input.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use kalkan::{api, examples, Assessment, Code, CompiledFramework, DocumentKind, Error, Framework, JsonLayout, Registry, Response, Status};
use serde_json::{json, Value};

fn example() -> CompiledFramework {
    CompiledFramework::from_json(examples::FRAMEWORK).unwrap()
}

fn with_version(v: &str) -> String {
    let mut f: Value = serde_json::from_str(examples::FRAMEWORK).unwrap();
    f["version"] = json!(v);
    f.to_string()
}

#[test]
fn digest_ignores_formatting_key_order_and_schema_pointer() {
    let a = example();
    let mut v: Value = serde_json::from_str(examples::FRAMEWORK).unwrap();
    v.as_object_mut().unwrap().remove("$schema");
    let compact = serde_json::to_string(&v).unwrap();
    let b = CompiledFramework::from_json(&compact).unwrap();
    assert_eq!(a.digest(), b.digest());
    assert!(a.digest().starts_with("sha256:") && a.digest().len() == 7 + 64);
    // Any content change changes the digest.
    v["groups"][0]["controls"][0]["weight"] = json!(2.0);
    let c = CompiledFramework::from_json(&v.to_string()).unwrap();
    assert_ne!(a.digest(), c.digest());
}

#[test]
fn registry_keeps_versions_side_by_side_and_newest_match_wins() {
    let mut reg = Registry::new();
    for v in ["1.0.0", "1.2.0", "1.10.1", "2.0.0"] {
        reg.add_json(&with_version(v)).unwrap();
    }
    let id = "example-agency-baseline";
    assert_eq!(reg.get(id, "^1").unwrap().version().to_string(), "1.10.1");
    assert_eq!(reg.get(id, "~1.2").unwrap().version().to_string(), "1.2.0");
    assert_eq!(reg.get(id, "*").unwrap().version().to_string(), "2.0.0");
    assert_eq!(reg.get(id, "=1.0.0").unwrap().version().to_string(), "1.0.0");
    assert_eq!(reg.get_spec(&format!("{id}@1.2")).unwrap().version().to_string(), "1.10.1");
    let versions: Vec<String> = reg.list().iter().map(|s| s.version.clone()).collect();
    assert_eq!(versions, ["1.0.0", "1.2.0", "1.10.1", "2.0.0"]);
    match reg.get(id, "^3") {
        Err(Error::FrameworkNotFound { available, .. }) => assert_eq!(available.len(), 4),
        other => panic!("expected not found, got {other:?}"),
    }
    match reg.get(id, "not a req") {
        Err(e) => assert_eq!(e.code(), Code::InvalidVersionRequirement),
        Ok(_) => panic!("bad requirement accepted"),
    }
}

#[test]
fn frameworks_added_as_builtin_are_listed_as_the_embedded_ones_are() {
    // What the lean WebAssembly engine does with the files its page serves: the same summaries,
    // `builtin: true` included, as the registry of embedded frameworks.
    let mut reg = Registry::new();
    for (_, json) in kalkan::builtin_files() {
        reg.add_builtin_json(json).unwrap();
    }
    assert!(reg.list().len() >= 3);
    assert_eq!(reg.list(), Registry::builtin().list());
    assert!(reg.list().iter().all(|s| s.builtin));
    // Added the ordinary way, a framework is not built-in; a different one under a built-in id
    // and version conflicts as with add_json.
    reg.add_json(examples::FRAMEWORK).unwrap();
    assert!(!reg.list().iter().find(|s| s.id == "example-agency-baseline").unwrap().builtin);
    let (_, first) = kalkan::builtin_files()[0];
    let mut changed: Value = serde_json::from_str(first).unwrap();
    changed["title"]["en"] = json!("Changed");
    assert!(matches!(reg.add_builtin_json(&changed.to_string()), Err(Error::ConflictingFramework { .. })));
    assert!(matches!(reg.add_builtin_json("{"), Err(ref e) if e.code() == Code::MalformedJson));
}

#[test]
fn registry_adds_files_and_names_unreadable_ones() {
    let mut reg = Registry::new();
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/agency-baseline.framework.json");
    assert_eq!(reg.add_file(&path).unwrap().id(), "example-agency-baseline");
    let err = reg.add_file("/nonexistent/framework.json").unwrap_err();
    assert!(err.to_string().contains("/nonexistent/framework.json"), "{err}");
    // An unreadable file is an I/O error, not a JSON one.
    assert_eq!((err.code(), err.kind()), (Code::Unreadable, kalkan::ErrorKind::Io));
    assert_eq!(err.details()["path"], json!("/nonexistent/framework.json"));
}

#[test]
fn registry_rejects_same_version_with_other_content_but_accepts_identical() {
    let mut reg = Registry::new();
    reg.add_json(examples::FRAMEWORK).unwrap();
    reg.add_json(examples::FRAMEWORK).unwrap();
    assert_eq!(reg.list().len(), 1);
    let mut v: Value = serde_json::from_str(examples::FRAMEWORK).unwrap();
    v["title"]["en"] = json!("Changed");
    match reg.add_json(&v.to_string()) {
        Err(Error::ConflictingFramework { id, version }) => assert_eq!((id.as_str(), version.as_str()), ("example-agency-baseline", "1.2.0")),
        other => panic!("expected conflict, got {other:?}"),
    }
}

#[test]
fn batch_scoring_equals_one_by_one() {
    let fw = example();
    let base: Value = serde_json::from_str(examples::ASSESSMENT).unwrap();
    let options = ["not-implemented", "partially-implemented", "largely-implemented", "fully-implemented", "not-applicable"];
    let inputs: Vec<String> = (0..300)
        .map(|i| {
            let mut a = base.clone();
            a["subject"]["name"] = json!(format!("Agency {i}"));
            a["responses"]["GOV-1"]["option"] = json!(options[i % 5]);
            a["responses"]["PRO.DATA-1"]["option"] = json!(options[(i / 5) % 5]);
            if i % 7 == 0 {
                a["responses"]["GOV-2"]["option"] = json!("bogus");
            }
            a.to_string()
        })
        .collect();
    let batch = fw.score_batch(&inputs, None);
    assert_eq!(batch.len(), inputs.len());
    for (i, (b, input)) in batch.iter().zip(&inputs).enumerate() {
        let single = fw.score_json(input, None);
        assert_eq!(b, &single, "assessment {i}");
        assert_eq!(b.is_err(), i % 7 == 0);
    }
    // The same as report JSON text, in both layouts: each the report's serde_json text.
    for layout in [JsonLayout::Compact, JsonLayout::Pretty] {
        let texts = fw.report_json_batch(&inputs, Some("essential"), layout);
        assert_eq!(texts.len(), inputs.len());
        for (i, (t, input)) in texts.iter().zip(&inputs).enumerate() {
            let report = fw.score_json(input, Some("essential"));
            let expected = report.map(|r| if layout == JsonLayout::Compact { serde_json::to_string(&r) } else { serde_json::to_string_pretty(&r) }.unwrap());
            assert_eq!(t.as_ref().map_err(Error::to_data), expected.as_ref().map_err(Error::to_data), "assessment {i}");
        }
    }
}

#[test]
fn api_score_writes_the_reports_serde_json_text_and_keeps_the_order_of_errors() {
    let report = example().score_json(examples::ASSESSMENT, Some("essential")).unwrap();
    assert_eq!(api::score(Some(examples::FRAMEWORK), examples::ASSESSMENT, Some("essential")).unwrap(), serde_json::to_string(&report).unwrap());
    let builtin = Registry::builtin().get("kalkan-public-institution", "^1").unwrap();
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/public-institution.assessment.json")).unwrap();
    assert_eq!(api::score(None, &text, None).unwrap(), serde_json::to_string(&builtin.score_json(&text, None).unwrap()).unwrap());
    // Both broken: the assessment's error comes first; then the framework's; then the answers'.
    let broken_framework = "{\"id\": 1}";
    let e = api::score(Some(broken_framework), "[", None).unwrap_err();
    assert_eq!((e.document, e.code), (Some(DocumentKind::Assessment), Code::MalformedJson));
    let e = api::score(Some(broken_framework), examples::ASSESSMENT, None).unwrap_err();
    assert_eq!(e.document, Some(DocumentKind::Framework));
    let bad_option = examples::ASSESSMENT.replace("\"no\"", "\"maybe\"");
    let e = api::score(Some(examples::FRAMEWORK), &bad_option, None).unwrap_err();
    assert_eq!((e.code, e.problems.first().map(|p| p.pointer.as_str())), (Code::UnknownOption, Some("/responses/PRO.ID-2/option")));
}

#[test]
fn questionnaire_is_localized_ordered_and_directional() {
    let fw = example();
    let ar = fw.questionnaire("ar");
    assert_eq!(ar.direction, "rtl");
    assert_eq!(ar.sections.len(), 3);
    assert_eq!(ar.sections[0].title, "الحوكمة");
    assert_eq!(ar.sections[1].sections[0].questions[0].options[0].label, "نعم");
    assert!(ar.order.iter().map(String::as_str).eq(fw.control_ids().iter().map(|id| &**id)));
    assert_eq!(ar.order.len(), 9);
    let fr = fw.questionnaire("fr");
    assert_eq!(fr.direction, "ltr");
    let levels: Vec<(u32, &str)> = fr.levels.iter().map(|l| (l.level, l.name.as_str())).collect();
    assert_eq!(levels, [(1, "Réalisé"), (2, "Documenté"), (3, "Mesuré")]);
    assert_eq!(ar.profiles.iter().map(|p| p.title.as_str()).collect::<Vec<_>>(), ["أساسي", "قياسي"]);
    assert_eq!(fr.profiles[1].id, "standard");
    assert_eq!(fr.sections[0].questions[0].level_name.as_deref(), Some("Réalisé"));
    // A language the framework lacks falls back to English.
    let tr = fw.questionnaire("tr");
    assert_eq!(tr.sections[0].title, "Governance");
}

#[test]
fn progress_counts_answers_and_finds_where_to_resume() {
    let fw = example();
    let mut a = fw.parse_assessment(examples::ASSESSMENT).unwrap();
    let p = fw.progress(&a);
    assert_eq!((p.answered, p.total), (8, 9));
    assert_eq!(p.next.as_deref(), Some("PRO.DATA-2"));
    assert_eq!(p.unanswered, ["PRO.DATA-2"]);
    assert_eq!((p.sections[1].answered, p.sections[1].total), (3, 4));
    assert_eq!((p.sections[1].sections[1].answered, p.sections[1].sections[1].total), (1, 2));
    a.responses.set("PRO.DATA-2", Response { option: "fully-implemented".into(), notes: None, evidence: vec![], answered_at: None, provenance: None });
    let p = fw.progress(&a);
    assert_eq!((p.answered, p.next), (9, None));
    assert!(p.unanswered.is_empty());
}

#[test]
fn rows_are_tidy_and_carry_targets() {
    let fw = example();
    let r = fw.score_json(examples::ASSESSMENT, None).unwrap();
    let rows = r.rows();
    let groups: Vec<&str> = rows.iter().map(|r| r.group.as_str()).collect();
    assert_eq!(groups, ["example-agency-baseline", "GOV", "PRO", "PRO.ID", "PRO.DATA", "RSP"]);
    assert_eq!(rows[3].parent.as_deref(), Some("PRO"));
    assert_eq!(rows[3].depth, 2);
    assert_eq!(rows[1].target_level, Some(2));
    assert_eq!(rows[1].target_reached, Some(false));
    assert_eq!(rows[3].target_level, None);
    assert!(rows.iter().all(|row| row.subject == "Ministry of Examples" && row.country.as_deref() == Some("TR")));
}

#[test]
fn report_values_for_the_example_match_hand_computation() {
    let r = example().score_json(examples::ASSESSMENT, None).unwrap();
    // GOV: credits 1 (w1), 1/3 (w2), 0 (w1) -> (1 + 2/3) / 4.
    let gov = &r.root.groups[0];
    assert!((gov.index.unwrap() - 100.0 * (1.0 + 2.0 / 3.0) / 4.0).abs() < 1e-9);
    assert_eq!(gov.level, Some(1));
    // PRO.DATA: level 1 met, level 3 unanswered, no level 2 control: level 2.
    assert_eq!(r.root.groups[1].groups[1].level, Some(2));
    // RSP: one yes and one not applicable.
    let rsp = &r.root.groups[2];
    assert_eq!((rsp.counts.applicable, rsp.counts.not_applicable, rsp.index), (1, 1, Some(100.0)));
    assert_eq!(rsp.controls[1].status, Status::NotApplicable);
    // Root: GOV (w1), PRO (w2), RSP (w1).
    let pro = r.root.groups[1].index.unwrap() / 100.0;
    let expected = 100.0 * (gov.index.unwrap() / 100.0 + 2.0 * pro + 1.0) / 4.0;
    assert!((r.root.index.unwrap() - expected).abs() < 1e-9);
    let gaps = r.gaps.unwrap();
    let order: Vec<&str> = gaps.controls.iter().map(|g| &*g.control).collect();
    assert_eq!(order, ["GOV-2", "PRO.ID-2", "PRO.DATA-2"]);
    assert!(gaps.controls[2].targeted);
}

#[test]
fn typed_errors_carry_every_problem() {
    let fw = example();
    let err = fw.score_json(r#"{"framework":{"id":"x","version":"^9"},"subject":{"name":"S"},"responses":{"GOV-1":{"option":"x"}}}"#, None).unwrap_err();
    match &err {
        Error::Invalid { problems, .. } => {
            let codes: Vec<Code> = problems.iter().map(|p| p.code).collect();
            assert_eq!(codes, [Code::FrameworkMismatch, Code::VersionNotSatisfied, Code::UnknownOption]);
        }
        other => panic!("expected invalid, got {other:?}"),
    }
    assert!(err.to_string().starts_with("the assessment is invalid: 3 problems, first: "), "{err}");
    assert!(err.message_in("fr").starts_with("l’évaluation n’est pas valide\u{a0}: 3 problèmes"), "{}", err.message_in("fr"));
}

#[test]
fn framework_from_value_reports_paths() {
    let mut v: Value = serde_json::from_str(examples::FRAMEWORK).unwrap();
    v["groups"][1]["groups"][0]["controls"][1]["level"] = json!("two");
    match Framework::from_value(v) {
        Err(Error::Parse { problem, .. }) => assert_eq!(problem.pointer.as_str(), "/groups/1/groups/0/controls/1/level"),
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[test]
fn responses_keep_order_and_duplicates_for_validation() {
    let a = Assessment::from_json(
        r#"{"framework":{"id":"a","version":"1"},"subject":{"name":"S"},"responses":{"b":{"option":"x"},"a":{"option":"y"},"b":{"option":"z"}}}"#,
    )
    .unwrap();
    let keys: Vec<&str> = a.responses.iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["b", "a", "b"]);
    assert_eq!(a.responses.get("b").unwrap().option, "x");
    let back: Value = serde_json::to_value(&a).unwrap();
    assert_eq!(back["responses"]["a"]["option"], "y");
}

/// Deterministic pseudo-random bytes and mutations: the JSON API never panics.
#[test]
fn hostile_input_never_panics() {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let fw_bytes = examples::FRAMEWORK.as_bytes().to_vec();
    let a_bytes = examples::ASSESSMENT.as_bytes().to_vec();
    for round in 0..400 {
        let mut f = fw_bytes.clone();
        let mut a = a_bytes.clone();
        for _ in 0..(1 + round % 5) {
            let i = (next() as usize) % f.len();
            f[i] = (next() % 128) as u8;
            let j = (next() as usize) % a.len();
            a[j] = (next() % 128) as u8;
        }
        let (f, a) = (String::from_utf8_lossy(&f), String::from_utf8_lossy(&a));
        let _ = kalkan::api::validate_framework(&f);
        let _ = kalkan::api::score(Some(&f), &a, None);
        let _ = kalkan::api::score(None, &a, Some("standard"));
        let _ = kalkan::api::gaps(Some(examples::FRAMEWORK), &a, None);
        let _ = kalkan::api::validate_assessment(Some(examples::FRAMEWORK), &a);
        let _ = kalkan::api::progress(Some(examples::FRAMEWORK), &a);
    }
    // Deep nesting and huge numbers are errors, not crashes.
    let deep = "[".repeat(100_000);
    assert!(kalkan::api::score(Some(&deep), &deep, None).is_err());
    let huge = examples::FRAMEWORK.replacen("\"credit\": 1.0", "\"credit\": 1e999", 1);
    assert!(!kalkan::api::validate_framework(&huge).unwrap().contains("\"valid\":true"));
}

#[test]
fn country_codes_dates_and_timestamps_are_checked() {
    use kalkan::is_iso3166_alpha2;
    assert!(is_iso3166_alpha2("TR") && is_iso3166_alpha2("MA") && !is_iso3166_alpha2("XX") && !is_iso3166_alpha2("tr"));
    // Release dates: leap years count.
    let released = |d: &str| {
        let mut f = Framework::from_json(examples::FRAMEWORK).unwrap();
        f.released = Some(d.to_string());
        kalkan::validate_framework(&f).iter().map(|p| p.code).collect::<Vec<_>>()
    };
    assert_eq!(released("2024-02-29"), []);
    assert_eq!(released("2000-02-29"), []);
    assert_eq!(released("2023-02-29"), [Code::InvalidDate]);
    assert_eq!(released("1900-02-29"), [Code::InvalidDate]);
    assert_eq!(released("2026-4-01"), [Code::InvalidDate]);
    // Answer times: a date or an RFC 3339 timestamp.
    let fw = example();
    let answered = |t: &str| {
        let mut a = fw.parse_assessment(examples::ASSESSMENT).unwrap();
        fw.answer(
            &mut a,
            "GOV-1",
            Response { option: "fully-implemented".into(), notes: None, evidence: vec![], answered_at: Some(t.into()), provenance: None },
        );
        fw.validate_assessment(&a).iter().map(|p| p.code).collect::<Vec<_>>()
    };
    assert_eq!(answered("2026-11-30"), []);
    assert_eq!(answered("2026-11-30T09:15:00Z"), []);
    assert_eq!(answered("2026-11-30T09"), [Code::InvalidDate]);
    assert_eq!(answered("30/11/2026"), [Code::InvalidDate]);
}

#[test]
fn answers_go_in_questionnaire_order_and_count_only_when_valid() {
    let fw = example();
    let mut a =
        Assessment::from_json(r#"{"framework":{"id":"example-agency-baseline","version":"^1"},"subject":{"name":"S"},"responses":{"RSP-1":{"option":"yes"}}}"#)
            .unwrap();
    let r = |o: &str| Response { option: o.into(), notes: None, evidence: vec![], answered_at: None, provenance: None };
    fw.answer(&mut a, "GOV-2", r("fully-implemented"));
    fw.answer(&mut a, "PRO.ID-1", r("maybe"));
    fw.answer(&mut a, "RSP-1", r("no"));
    let keys: Vec<&str> = a.responses.iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["GOV-2", "PRO.ID-1", "RSP-1"]);
    assert_eq!(a.responses.get("RSP-1").unwrap().option, "no");
    assert!(fw.is_answered(&a, "GOV-2"));
    assert!(!fw.is_answered(&a, "PRO.ID-1"), "an option outside the scale is not an answer");
    assert!(!fw.is_answered(&a, "GOV-1") && !fw.is_answered(&a, "NOPE"));
}

#[test]
fn documents_are_told_apart_by_content() {
    use kalkan::{detect_document, DocumentKind};
    assert_eq!(detect_document(examples::FRAMEWORK), Ok(DocumentKind::Framework));
    assert_eq!(detect_document(examples::ASSESSMENT), Ok(DocumentKind::Assessment));
    let report = serde_json::to_string(&example().score_json(examples::ASSESSMENT, None).unwrap()).unwrap();
    assert_eq!(detect_document(&report), Ok(DocumentKind::Report));
    assert_eq!(detect_document("{}").unwrap_err().code, Code::InvalidStructure);
    assert_eq!(detect_document("[1]").unwrap_err().code, Code::InvalidStructure);
    let p = detect_document("{\n  \"groups\": [,]\n}").unwrap_err();
    assert_eq!((p.code, p.line, p.column), (Code::MalformedJson, Some(2), Some(14)));
}

#[test]
fn trailing_characters_after_a_document_are_malformed_json() {
    let err = kalkan::Assessment::from_json(&format!("{} x", examples::ASSESSMENT)).unwrap_err();
    match err {
        Error::Parse { problem, .. } => {
            assert_eq!(problem.code, Code::MalformedJson);
            assert_eq!(problem.details["reason"], json!("trailing"));
            assert_eq!(problem.message, "there are characters after the document");
            assert!(problem.line.is_some());
        }
        other => panic!("expected a parse error, got {other:?}"),
    }
    // Trailing whitespace is fine.
    assert!(kalkan::Assessment::from_json(&format!("{}\n\n  ", examples::ASSESSMENT)).is_ok());
}

#[test]
fn reports_read_back_with_located_errors() {
    let r = example().score_json(examples::ASSESSMENT, None).unwrap();
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(kalkan::Report::from_json(&json).unwrap(), r);
    assert_eq!(kalkan::Report::from_value(serde_json::from_str(&json).unwrap()).unwrap(), r);
    match kalkan::Report::from_json(r#"{"framework": {"id": "x"}}"#) {
        Err(Error::Parse { document, problem }) => {
            assert_eq!(document, kalkan::DocumentKind::Report);
            assert_eq!((problem.code, problem.pointer.as_str()), (Code::InvalidStructure, "/framework"));
            assert_eq!(problem.details["problem"], json!("missing_field"));
        }
        other => panic!("expected a parse error, got {other:?}"),
    }
    assert_eq!(kalkan::Report::from_json(&json).unwrap().rows().len(), 6);
}

#[test]
fn new_assessments_name_a_requirement_their_framework_satisfies() {
    let mut reg = Registry::new();
    for v in ["1.2.0", "1.3.0-rc.1"] {
        let fw = reg.add_json(&with_version(v)).unwrap();
        let a = fw.new_assessment(kalkan::Subject { name: "Agency".into(), kind: None, country: None, sector: None, region: None, size: None });
        assert_eq!(a.framework.version, format!("^{v}"));
        assert!(fw.validate_assessment(&a).is_empty(), "{v}: {:?}", fw.validate_assessment(&a));
        let p = fw.progress(&a);
        assert_eq!((p.answered, p.unanswered.len()), (0, 9));
    }
    // A later compatible release still scores an assessment made for 1.2.0.
    let a = reg.get("example-agency-baseline", "=1.2.0").unwrap().new_assessment(kalkan::Subject {
        name: "A".into(),
        kind: None,
        country: None,
        sector: None,
        region: None,
        size: None,
    });
    reg.add_json(&with_version("1.4.0")).unwrap();
    let source = kalkan::FrameworkSource::with_given(reg.frameworks().cloned()).unwrap();
    assert_eq!(source.for_assessment(&a).unwrap().version().to_string(), "1.4.0");
}

#[test]
fn a_framework_without_levels_headlines_the_index() {
    let mut f: Value = serde_json::from_str(examples::FRAMEWORK).unwrap();
    assert_eq!(example().headline(), kalkan::Headline::Level);
    f["levels"] = json!([]);
    // Walk with get_mut: indexing a JSON value for writing would insert missing keys.
    fn strip_levels(groups: &mut Value) {
        for g in groups.as_array_mut().into_iter().flatten() {
            for c in g.get_mut("controls").and_then(Value::as_array_mut).into_iter().flatten() {
                c.as_object_mut().unwrap().remove("level");
            }
            if let Some(sub) = g.get_mut("groups") {
                strip_levels(sub);
            }
        }
    }
    strip_levels(&mut f["groups"]);
    f["profiles"] = json!([]);
    let fw = CompiledFramework::from_json(&f.to_string()).unwrap();
    assert_eq!(fw.framework().headline, kalkan::Headline::Level);
    assert_eq!(fw.headline(), kalkan::Headline::Index);
    let mut a: Value = serde_json::from_str(examples::ASSESSMENT).unwrap();
    a.as_object_mut().unwrap().remove("profile");
    assert_eq!(fw.score_json(&a.to_string(), None).unwrap().headline, kalkan::Headline::Index);
}
