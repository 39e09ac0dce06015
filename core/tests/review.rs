//! The national review in the core: merge rules, adjudication, compare and trend, aggregate
//! statistics with suppression, placement, anonymization and the streaming scorer.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use kalkan::{Adjudication, Aggregator, Assessment, Code, CohortKey, Direction, MergeOutcome, MergeRule, Registry, Report};
use serde_json::{json, Value};

const FW: &str = "kalkan-public-institution";

fn assessment(v: Value) -> Assessment {
    Assessment::from_value(v).unwrap()
}

fn respondent(who: &str, responses: Value) -> Assessment {
    assessment(json!({"framework": {"id": FW, "version": "^1.0"}, "subject": {"name": "Ministry of Ports", "country": "TR"},
        "assessor": {"name": who}, "responses": responses}))
}

fn option(a: &Assessment, control: &str) -> Option<String> {
    a.responses.get(control).map(|r| r.option.clone())
}

#[test]
fn merge_rules_follow_their_definitions() {
    let fw = Registry::builtin().get(FW, "^1").unwrap();
    let inputs = [
        respondent(
            "A",
            json!({"GOV-01": {"option": "fully-implemented"}, "GOV-02": {"option": "not-implemented", "notes": "no budget"}, "GOV-03": {"option": "not-applicable"}, "GOV-04": {"option": "largely-implemented"}}),
        ),
        respondent(
            "B",
            json!({"GOV-01": {"option": "fully-implemented"}, "GOV-02": {"option": "largely-implemented"}, "GOV-03": {"option": "fully-implemented"}}),
        ),
        respondent(
            "C",
            json!({"GOV-01": {"option": "fully-implemented"}, "GOV-02": {"option": "partially-implemented"}, "GOV-03": {"option": "not-implemented"}, "GOV-04": {"option": "partially-implemented"}}),
        ),
    ];
    let merged = |rule| fw.merge(&inputs, rule, None).unwrap();
    // Consensus: agreement carries, disagreement is a conflict left unanswered; GOV-04 was left
    // unanswered by B, which is not a disagreement, but A and C differ.
    let c = merged(MergeRule::Consensus);
    assert_eq!(option(&c, "GOV-01").as_deref(), Some("fully-implemented"));
    assert_eq!((option(&c, "GOV-02"), option(&c, "GOV-03"), option(&c, "GOV-04")), (None, None, None));
    let record = c.merge.as_ref().unwrap();
    assert_eq!(record.conflicts.iter().map(|x| x.control.as_str()).collect::<Vec<_>>(), ["GOV-02", "GOV-03", "GOV-04"]);
    assert_eq!(record.conflicts[0].answers[0].notes.as_deref(), Some("no budget"));
    assert_eq!(record.respondents.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["A", "B", "C"]);
    assert_eq!(record.provenance[0].outcome, MergeOutcome::Agreed);
    // Minimum: the lowest credit; applicability disagreement (GOV-03) stays a conflict.
    let m = merged(MergeRule::Minimum);
    assert_eq!(
        (option(&m, "GOV-02").as_deref(), option(&m, "GOV-03"), option(&m, "GOV-04").as_deref()),
        (Some("not-implemented"), None, Some("partially-implemented"))
    );
    // Median: the middle of three; the lower middle of two.
    let d = merged(MergeRule::Median);
    assert_eq!((option(&d, "GOV-02").as_deref(), option(&d, "GOV-04").as_deref()), (Some("partially-implemented"), Some("partially-implemented")));
    // Majority: a tie for the most votes is a conflict.
    let j = merged(MergeRule::Majority);
    assert_eq!((option(&j, "GOV-01").as_deref(), option(&j, "GOV-02"), option(&j, "GOV-04")), (Some("fully-implemented"), None, None));
    // A merged assessment is an assessment: it validates and scores.
    assert!(fw.validate_assessment(&j).is_empty());
    assert!(fw.score(&j, None).is_ok());
    let round_trip = Assessment::from_json(&serde_json::to_string(&j).unwrap()).unwrap();
    assert_eq!(round_trip, j);
}

#[test]
fn an_adjudication_settles_conflicts_and_is_checked() {
    let fw = Registry::builtin().get(FW, "^1").unwrap();
    let inputs = [respondent("A", json!({"GOV-02": {"option": "not-implemented"}})), respondent("B", json!({"GOV-02": {"option": "fully-implemented"}}))];
    let adj: Adjudication = Adjudication::from_value(json!({"framework": {"id": FW, "version": "^1"}, "adjudicator": {"name": "Review board"},
        "decided": "2026-12-01", "decisions": {"GOV-02": {"option": "partially-implemented", "notes": "policy drafted, not adopted"}}}))
    .unwrap();
    let m = fw.merge(&inputs, MergeRule::Consensus, Some(&adj)).unwrap();
    assert_eq!(option(&m, "GOV-02").as_deref(), Some("partially-implemented"));
    let record = m.merge.unwrap();
    assert_eq!(record.conflicts[0].settled.as_deref(), Some("partially-implemented"));
    assert_eq!(record.provenance[0].outcome, MergeOutcome::Adjudicated);
    assert_eq!(record.adjudicator.as_deref(), Some("Review board"));
    let bad = Adjudication::from_value(
        json!({"framework": {"id": FW, "version": "^1"}, "adjudicator": {"name": "X"}, "decisions": {"NOPE": {"option": "x"}, "GOV-02": {"option": "maybe"}}}),
    )
    .unwrap();
    let e = fw.merge(&inputs, MergeRule::Consensus, Some(&bad)).unwrap_err().to_data();
    assert_eq!(e.document, Some(kalkan::DocumentKind::Adjudication));
    let at: Vec<(&str, Code)> = e.problems.iter().map(|p| (p.pointer.as_str(), p.code)).collect();
    assert_eq!(at, [("/decisions/GOV-02/option", Code::UnknownOption), ("/decisions/NOPE", Code::UnknownControl)]);
}

#[test]
fn merge_inputs_must_be_one_subject_with_distinct_named_respondents() {
    let fw = Registry::builtin().get(FW, "^1").unwrap();
    let mut other = respondent("B", json!({}));
    other.subject.name = "Another ministry".into();
    let mut anonymous = respondent("C", json!({}));
    anonymous.assessor = None;
    let e = fw
        .merge(&[respondent("A", json!({})), other, anonymous, respondent("A", json!({"GOV-01": {"option": "nope"}}))], MergeRule::Consensus, None)
        .unwrap_err();
    let at: Vec<(String, Code)> = e.problems().iter().map(|p| (p.pointer.to_string(), p.code)).collect();
    assert_eq!(
        at,
        [
            ("/1/subject/name".to_string(), Code::SubjectMismatch),
            ("/2/assessor".to_string(), Code::MissingRespondent),
            ("/3/responses/GOV-01/option".to_string(), Code::UnknownOption),
            ("/3/assessor".to_string(), Code::DuplicateRespondent)
        ]
    );
    assert_eq!(fw.merge(&[], MergeRule::Consensus, None).unwrap_err().code(), Code::NothingGiven);
}

fn scored(responses: Value, completed: &str) -> Report {
    let fw = Registry::builtin().get(FW, "^1").unwrap();
    let a = assessment(
        json!({"framework": {"id": FW, "version": "^1.0"}, "subject": {"name": "Ministry of Ports"}, "completed": completed, "responses": responses}),
    );
    fw.score(&a, None).unwrap()
}

#[test]
fn compare_classifies_every_change_and_trend_orders_by_date() {
    let old = scored(
        json!({"GOV-01": {"option": "partially-implemented"}, "GOV-02": {"option": "fully-implemented"}, "GOV-03": {"option": "not-applicable"}, "GOV-04": {"option": "largely-implemented"}}),
        "2025-06-30",
    );
    let new = scored(
        json!({"GOV-01": {"option": "fully-implemented"}, "GOV-02": {"option": "not-implemented"}, "GOV-03": {"option": "largely-implemented"}, "GOV-05": {"option": "fully-implemented"}}),
        "2026-06-30",
    );
    let c = kalkan::compare(&old, &new).unwrap();
    let change = |id: &str| c.controls.iter().find(|x| x.control == id).unwrap().change;
    assert_eq!(
        [change("GOV-01"), change("GOV-02"), change("GOV-03"), change("GOV-04"), change("GOV-05"), change("GOV-06")],
        [Direction::Improved, Direction::Regressed, Direction::Applicability, Direction::NoLongerAnswered, Direction::NewlyAnswered, Direction::Unchanged]
    );
    let gov = c.groups.iter().find(|g| g.group == "GOV").unwrap();
    assert_eq!(gov.index_delta, Some(gov.new_index.unwrap() - gov.old_index.unwrap()));
    assert_eq!(c.groups[0].group, FW);
    let t = kalkan::trend(&[new.clone(), old.clone()]).unwrap();
    assert_eq!(t.points.iter().map(|p| p.date.as_deref().unwrap()).collect::<Vec<_>>(), ["2025-06-30", "2026-06-30"]);
    assert_eq!(t.series[0].group, FW);
    assert_eq!(t.series.len(), 1 + new.root.groups.len());
    assert_eq!(t.series[1].index, vec![old.root.groups[0].index, new.root.groups[0].index]);
    let mut elsewhere = new.clone();
    elsewhere.subject.name = "Other".into();
    assert_eq!(kalkan::compare(&old, &elsewhere).unwrap_err().code(), Code::SubjectMismatch);
    let mut v2 = new;
    v2.framework.version = "2.0.0".into();
    assert_eq!(kalkan::compare(&old, &v2).unwrap_err().code(), Code::VersionMismatch);
}

fn cohort_report(country: &str, credit: &str, version: &str) -> Report {
    let fw = Registry::builtin().get(FW, &format!("={version}")).unwrap();
    let a =
        assessment(json!({"framework": {"id": FW, "version": format!("={version}")}, "subject": {"name": format!("Agency in {country}"), "country": country},
        "responses": {"GOV-01": {"option": credit}, "AST-01": {"option": "fully-implemented"}}}));
    fw.score(&a, None).unwrap()
}

#[test]
fn aggregate_groups_by_major_version_and_suppresses_small_cohorts_with_their_complement() {
    let mut agg = Aggregator::new(vec![CohortKey::Country]);
    let options = ["not-implemented", "partially-implemented", "largely-implemented", "fully-implemented"];
    for i in 0..12 {
        agg.add(&cohort_report("TR", options[i % 4], if i % 2 == 0 { "1.0.0" } else { "1.0.1" }));
    }
    for i in 0..8 {
        agg.add(&cohort_report("MA", options[i % 3], "1.0.1"));
    }
    for i in 0..6 {
        agg.add(&cohort_report("SN", options[(i + 1) % 4], "1.0.1"));
    }
    for i in 0..3 {
        agg.add(&cohort_report("EG", options[i % 2], "1.0.1"));
    }
    let b = agg.statistics(5);
    assert_eq!(b.families.len(), 1, "1.0.0 and 1.0.1 share their major version");
    let fam = &b.families[0];
    assert_eq!(fam.versions, ["1.0.0", "1.0.1"]);
    assert_eq!(fam.total.n, Some(29));
    let by_key = |c: &str| fam.cohorts.iter().find(|x| x.key == [Some(c.to_string())]).unwrap();
    // EG has 3 subjects: withheld; SN (6), the smallest other, is withheld with it.
    assert!(by_key("EG").suppressed && by_key("EG").n.is_none() && by_key("EG").groups.is_empty());
    assert!(by_key("SN").suppressed);
    assert!(!by_key("MA").suppressed && !by_key("TR").suppressed);
    let gov = |c: &kalkan::CohortStats| c.groups.iter().find(|g| g.group == "GOV").cloned().unwrap();
    let tr = gov(by_key("TR")).index.unwrap();
    assert_eq!(tr.n, 12);
    // Splitting the work gives the same statistics.
    let mut a = Aggregator::new(vec![CohortKey::Country]);
    let mut c = Aggregator::new(vec![CohortKey::Country]);
    for i in 0..12 {
        let target = if i % 3 == 0 { &mut a } else { &mut c };
        target.add(&cohort_report("TR", options[i % 4], if i % 2 == 0 { "1.0.0" } else { "1.0.1" }));
    }
    let mut whole = Aggregator::new(vec![CohortKey::Country]);
    for i in 0..12 {
        whole.add(&cohort_report("TR", options[i % 4], if i % 2 == 0 { "1.0.0" } else { "1.0.1" }));
    }
    let mut back = Aggregator::from_state(c.to_state());
    back.merge(&a).unwrap();
    assert_eq!(back.statistics(5), whole.statistics(5));
    // Placement against everyone and against the subject's own cohort.
    let p = agg.place(&cohort_report("TR", "fully-implemented", "1.0.1"), 5).unwrap();
    assert_eq!(p.peers.len(), 2);
    assert_eq!(p.peers[1].key, [Some("TR".to_string())]);
    let gov_place = p.peers[1].groups.iter().find(|g| g.group == "GOV").unwrap();
    assert_eq!(gov_place.position, Some(kalkan::Position::Above));
    assert!(gov_place.percentile_rank.unwrap() > 50.0);
    // A suppressed cohort gives no placement.
    let p = agg.place(&cohort_report("EG", "fully-implemented", "1.0.1"), 5).unwrap();
    assert!(p.peers[1].suppressed && p.peers[1].groups.is_empty());
    assert_eq!(CohortKey::parse("planet").unwrap_err().code(), Code::InvalidArgument);
}

#[test]
fn anonymize_removes_people_notes_evidence_and_precise_dates() {
    let a = assessment(
        json!({"framework": {"id": FW, "version": "^1.0"}, "subject": {"name": "Ministry of Ports", "country": "TR", "sector": "transport", "kind": "ministry"},
        "assessor": {"name": "A. Yilmaz", "email": "a@example.org"}, "started": "2026-11-02", "completed": "2026-11-25",
        "responses": {"GOV-01": {"option": "fully-implemented", "notes": "see the CISO", "evidence": ["memo-7.pdf"], "answered_at": "2026-11-03T10:00:00Z"}}}),
    );
    let out = kalkan::anonymize(&a, "subject-1", &kalkan::AnonymizeOptions { keep_country: true, ..Default::default() });
    let text = serde_json::to_string(&out).unwrap();
    for gone in [
        "Ministry of Ports",
        "Yilmaz",
        "a@example.org",
        "CISO",
        "memo-7",
        "transport",
        "assessor",
        "notes",
        "evidence",
        "answered_at",
        "2026-11-02",
        "2026-11-25",
    ] {
        assert!(!text.contains(gone), "{gone} in {text}");
    }
    assert_eq!((out.started.as_deref(), out.completed.as_deref(), out.subject.country.as_deref()), (Some("2026-11-01"), Some("2026-11-01"), Some("TR")));
    let fw = Registry::builtin().get(FW, "^1").unwrap();
    assert_eq!(fw.score(&out, None).unwrap().root, fw.score(&a, None).unwrap().root);
}

#[test]
fn the_stream_scorer_keeps_input_order_and_reports_errors_in_place() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/public-institution.assessment.json")).unwrap();
    let items = (0..1000).map(|i| kalkan::StreamItem { label: i.to_string(), text: if i % 97 == 0 { Ok("{".into()) } else { Ok(text.clone()) } });
    let mut seen = Vec::new();
    kalkan::StreamScorer::new(kalkan::FrameworkSource::builtin())
        .workers(3)
        .batch(7)
        .run(
            items,
            |_, r| r.is_ok(),
            |label, ok| {
                seen.push((label.parse::<usize>().unwrap(), ok));
                Ok::<(), ()>(())
            },
        )
        .unwrap();
    assert_eq!(seen.len(), 1000);
    assert!(seen.iter().enumerate().all(|(i, (l, ok))| *l == i && *ok == (i % 97 != 0)));
    // A sink that stops ends the run early without hanging.
    let items = (0..100_000).map(|i| kalkan::StreamItem { label: i.to_string(), text: Ok(text.clone()) });
    let mut n = 0;
    let r = kalkan::StreamScorer::new(kalkan::FrameworkSource::builtin()).workers(2).batch(3).run(
        items,
        |_, r| r.is_ok(),
        |_, _| {
            n += 1;
            if n == 10 {
                Err("stop")
            } else {
                Ok(())
            }
        },
    );
    assert_eq!(r, Err("stop"));
}

#[test]
fn fictional_countries_use_the_user_assigned_q_codes() {
    let fw = Registry::builtin().get(FW, "^1").unwrap();
    let mut a = respondent("A", json!({}));
    a.subject.country = Some("QS".into());
    assert!(fw.validate_assessment(&a).is_empty());
    for bad in ["QB", "XX", "Q", "qs"] {
        a.subject.country = Some(bad.into());
        assert_eq!(fw.validate_assessment(&a).first().map(|p| p.code), Some(Code::InvalidCountry), "{bad}");
    }
}

/// Several documents given one by one become one JSON array, each text checked on its own: a
/// text that is not exactly one JSON value is an error at its position, so two documents glued
/// into one string cannot pass for two.
#[test]
fn documents_join_into_an_array_each_checked_alone() {
    let a = r#"{"framework": {"id": "kalkan-public-institution", "version": "^1"}, "subject": {"name": "A"}}"#;
    let joined = kalkan::api::documents_array(&[a, " [1, 2] "]).unwrap();
    assert_eq!(serde_json::from_str::<Value>(&joined).unwrap().as_array().map(Vec::len), Some(2));
    assert_eq!(kalkan::api::documents_array(&[]).unwrap(), "[]");
    let glued = format!("{a},{a}");
    let e = kalkan::api::documents_array(&[a, &glued]).unwrap_err();
    assert_eq!((e.code, e.pointer.as_str(), e.document), (Code::MalformedJson, "/1", Some(kalkan::DocumentKind::Assessment)));
    // Line and column count in the text of that document alone.
    let e = kalkan::api::documents_array(&["{\n  \"subject\": }"]).unwrap_err();
    assert_eq!((e.pointer.as_str(), e.problems[0].line, e.problems[0].column), ("/0", Some(2), Some(14)));
}
