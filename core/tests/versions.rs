//! Framework versions: the diff and its classification per change kind, the semantic-version
//! check (every built-in framework against the previous version kept beside it, and the
//! public-institution revision refused as 1.1.0), mapping documents, migration and projection.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, clippy::type_complexity)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use kalkan::{Bump, ChangeClass, ChangeKind, CompiledFramework, Framework, Mapping, Outcome, Registry, Relationship, Status};
use serde_json::{json, Value};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn text(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap()
}

fn builtin(spec: &str) -> std::sync::Arc<CompiledFramework> {
    Registry::builtin().get_spec(spec).unwrap()
}

fn compile(v: &Value) -> CompiledFramework {
    CompiledFramework::new(Framework::from_value(v.clone()).unwrap()).unwrap_or_else(|e| panic!("{e}: {v}"))
}

/// A small framework to change one thing at a time.
fn base() -> Value {
    let t = |s: &str| json!({"en": s, "ar": format!("ع {s}"), "fr": format!("fr {s}")});
    json!({
        "id": "tiny", "version": "1.0.0", "title": t("Tiny"), "description": t("A tiny framework"),
        "publisher": "tests", "license": "CC0-1.0",
        "scales": [{"id": "yn", "title": t("Yes/No"), "options": [
            {"id": "yes", "label": t("Yes"), "credit": 1.0, "meets": true},
            {"id": "no", "label": t("No"), "credit": 0.0, "meets": false},
            {"id": "na", "label": t("N/A"), "credit": 0.0, "not_applicable": true}]},
            {"id": "other", "title": t("Other"), "options": [{"id": "done", "label": t("Done"), "credit": 1.0, "meets": true}]}],
        "levels": [{"level": 1, "name": t("One")}, {"level": 2, "name": t("Two")}],
        "groups": [
            {"id": "A", "title": t("A"), "controls": [
                {"id": "a1", "title": t("a1"), "statement": t("Do a1"), "level": 1, "scale": "yn", "tags": ["x"],
                 "references": [{"framework": "nist-csf", "version": "2.0", "id": "GV.OC-01"}]},
                {"id": "a2", "title": t("a2"), "statement": t("Do a2"), "level": 2, "scale": "yn"}],
             "groups": [{"id": "A1", "title": t("A1"), "controls": [{"id": "a11", "title": t("a11"), "statement": t("Do a11"), "level": 1, "scale": "yn"}]}]},
            {"id": "B", "title": t("B"), "controls": [{"id": "b1", "title": t("b1"), "statement": t("Do b1"), "level": 1, "scale": "yn"}]}],
        "profiles": [{"id": "p", "title": t("P"), "group_targets": [{"group": "A", "level": 1}]}]
    })
}

/// The kinds found when `change` is applied to the base (the version bumped by a major step).
fn kinds_after(change: impl FnOnce(&mut Value)) -> Vec<(ChangeKind, ChangeClass)> {
    let old = base();
    let mut new = base();
    new["version"] = json!("2.0.0");
    change(&mut new);
    let d = kalkan::diff(&compile(&old), &compile(&new), None);
    d.changes.iter().map(|c| (c.kind, c.class)).collect()
}

#[test]
fn every_change_kind_is_detected_and_classified() {
    use ChangeClass::*;
    use ChangeKind::*;
    let cases: Vec<(ChangeKind, ChangeClass, Box<dyn FnOnce(&mut Value)>)> = vec![
        (FrameworkTextChanged, Editorial, Box::new(|f| f["title"]["fr"] = json!("Minuscule"))),
        (MetadataChanged, Editorial, Box::new(|f| f["license"] = json!("CC-BY-4.0"))),
        (HeadlineChanged, Breaking, Box::new(|f| f["headline"] = json!("index"))),
        (
            ScaleAdded,
            Additive,
            Box::new(|f| f["scales"].as_array_mut().unwrap().push(json!({"id": "new", "options": [{"id": "o", "label": {"en": "o"}, "credit": 1.0}]}))),
        ),
        (
            ScaleRemoved,
            Breaking,
            Box::new(|f| {
                f["scales"].as_array_mut().unwrap().pop();
            }),
        ),
        (ScaleTextChanged, Editorial, Box::new(|f| f["scales"][0]["title"]["en"] = json!("Yes or no"))),
        (
            OptionAdded,
            Breaking,
            Box::new(|f| f["scales"][0]["options"].as_array_mut().unwrap().push(json!({"id": "partly", "label": {"en": "Partly"}, "credit": 0.5}))),
        ),
        (
            OptionRemoved,
            Breaking,
            Box::new(|f| {
                f["scales"][0]["options"].as_array_mut().unwrap().remove(2);
            }),
        ),
        (OptionCreditChanged, Breaking, Box::new(|f| f["scales"][0]["options"][0]["credit"] = json!(0.9))),
        (OptionMeetsChanged, Breaking, Box::new(|f| f["scales"][0]["options"][1]["meets"] = json!(true))),
        (OptionNotApplicableChanged, Breaking, Box::new(|f| f["scales"][0]["options"][2]["not_applicable"] = json!(false))),
        (OptionTextChanged, Editorial, Box::new(|f| f["scales"][0]["options"][0]["label"]["ar"] = json!("نعم"))),
        (OptionsReordered, Editorial, Box::new(|f| f["scales"][0]["options"].as_array_mut().unwrap().swap(0, 1))),
        (LevelAdded, Additive, Box::new(|f| f["levels"].as_array_mut().unwrap().push(json!({"level": 3, "name": {"en": "Three"}})))),
        (LevelTextChanged, Editorial, Box::new(|f| f["levels"][0]["name"]["en"] = json!("First"))),
        (
            GroupAdded,
            Additive,
            Box::new(|f| {
                f["groups"].as_array_mut().unwrap().push(
                    json!({"id": "C", "title": {"en": "C"}, "controls": [{"id": "c1", "title": {"en": "c1"}, "statement": {"en": "Do c1"}, "scale": "yn"}]}),
                )
            }),
        ),
        (
            GroupMoved,
            Breaking,
            Box::new(|f| {
                let sub = f["groups"][0]["groups"].as_array_mut().unwrap().remove(0);
                f["groups"][1]["groups"] = json!([sub]);
            }),
        ),
        (GroupWeightChanged, Breaking, Box::new(|f| f["groups"][1]["weight"] = json!(2))),
        (GroupTextChanged, Editorial, Box::new(|f| f["groups"][1]["description"] = json!({"en": "About B"}))),
        (GroupsReordered, Editorial, Box::new(|f| f["groups"].as_array_mut().unwrap().swap(0, 1))),
        (
            ControlAdded,
            Additive,
            Box::new(|f| {
                f["groups"][1]["controls"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"id": "b2", "title": {"en": "b2"}, "statement": {"en": "Do b2"}, "level": 2, "scale": "yn"}))
            }),
        ),
        (
            ControlMoved,
            Breaking,
            Box::new(|f| {
                let c = f["groups"][1]["controls"].as_array_mut().unwrap().remove(0);
                f["groups"][1]["controls"] = json!([{"id": "b9", "title": {"en": "b9"}, "statement": {"en": "Do b9"}, "level": 1, "scale": "yn"}]);
                f["groups"][0]["controls"].as_array_mut().unwrap().push(c);
            }),
        ),
        (ControlLevelChanged, Breaking, Box::new(|f| f["groups"][0]["controls"][1]["level"] = json!(1))),
        (ControlWeightChanged, Breaking, Box::new(|f| f["groups"][0]["controls"][1]["weight"] = json!(3))),
        (ControlScaleChanged, Breaking, Box::new(|f| f["groups"][0]["controls"][1]["scale"] = json!("other"))),
        (ControlTextChanged, Editorial, Box::new(|f| f["groups"][0]["controls"][0]["guidance"] = json!({"en": "How to check"}))),
        (
            ControlReferencesAdded,
            Additive,
            Box::new(|f| f["groups"][0]["controls"][1]["references"] = json!([{"framework": "nist-csf", "version": "2.0", "id": "GV.OC-02"}])),
        ),
        (ControlReferencesRemoved, Breaking, Box::new(|f| f["groups"][0]["controls"][0]["references"] = json!([]))),
        (ControlTagsChanged, Additive, Box::new(|f| f["groups"][0]["controls"][0]["tags"] = json!(["x", "y"]))),
        (ControlsReordered, Editorial, Box::new(|f| f["groups"][0]["controls"].as_array_mut().unwrap().swap(0, 1))),
        (ProfileAdded, Additive, Box::new(|f| f["profiles"].as_array_mut().unwrap().push(json!({"id": "q", "title": {"en": "Q"}})))),
        (ProfileRemoved, Breaking, Box::new(|f| f["profiles"] = json!([]))),
        (ProfileTargetsChanged, Breaking, Box::new(|f| f["profiles"][0]["group_targets"][0]["level"] = json!(2))),
        (ProfileTextChanged, Editorial, Box::new(|f| f["profiles"][0]["title"]["fr"] = json!("Profil"))),
    ];
    let mut seen = std::collections::BTreeSet::new();
    for (kind, class, change) in cases {
        let found = kinds_after(change);
        assert!(found.contains(&(kind, class)), "{kind:?}: found {found:?}");
        assert_eq!(kind.class(), class);
        seen.insert(kind);
    }
    // Removals of controls and groups, levels and renames need their own set-ups.
    let found = kinds_after(|f| {
        f["groups"][1]["controls"] = json!([{"id": "b2", "title": {"en": "b2"}, "statement": {"en": "Do b2"}, "level": 1, "scale": "yn"}]);
    });
    assert!(
        found.contains(&(ChangeKind::ControlRemoved, ChangeClass::Breaking)) && found.contains(&(ChangeKind::ControlAdded, ChangeClass::Additive)),
        "{found:?}"
    );
    seen.insert(ChangeKind::ControlRemoved);
    let found = kinds_after(|f| {
        f["groups"][0]["groups"] = json!([]);
        f["groups"][0]["controls"]
            .as_array_mut()
            .unwrap()
            .push(json!({"id": "a11", "title": {"en": "a11"}, "statement": {"en": "Do a11"}, "level": 1, "scale": "yn"}));
    });
    assert!(found.contains(&(ChangeKind::GroupRemoved, ChangeClass::Breaking)), "{found:?}");
    seen.insert(ChangeKind::GroupRemoved);
    let found = kinds_after(|f| {
        f["levels"].as_array_mut().unwrap().pop();
        f["groups"][0]["controls"][1]["level"] = json!(1);
    });
    assert!(found.contains(&(ChangeKind::LevelRemoved, ChangeClass::Breaking)), "{found:?}");
    seen.insert(ChangeKind::LevelRemoved);
    // A rename is only a rename through a mapping.
    let old = compile(&base());
    let mut renamed = base();
    renamed["version"] = json!("2.0.0");
    renamed["groups"][1]["controls"][0]["id"] = json!("b1-new");
    let new = compile(&renamed);
    let plain = kalkan::diff(&old, &new, None);
    assert!(plain.changes.iter().any(|c| c.kind == ChangeKind::ControlRemoved));
    let m: Mapping = serde_json::from_value(json!({"source": {"id": "tiny", "version": "1"}, "target": {"id": "tiny", "version": "2"},
        "maps": [{"source": "b1", "target": "b1-new", "relationship": "equal-to"}]}))
    .unwrap();
    let mapped = kalkan::diff(&old, &new, Some(&m));
    let kinds: Vec<ChangeKind> = mapped.changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, vec![ChangeKind::ControlRenamed], "{kinds:?}");
    seen.insert(ChangeKind::ControlRenamed);
    let missing: Vec<&ChangeKind> = ChangeKind::ALL.iter().filter(|k| !seen.contains(k)).collect();
    assert!(missing.is_empty(), "change kinds without a test: {missing:?}");
    // Every change kind has a sentence in every language, with the details it carries.
    for c in plain.changes.iter().chain(&mapped.changes) {
        for lang in ["en", "ar", "fr"] {
            assert!(!kalkan::change_message(lang, c).starts_with("change-"), "{:?} in {lang}", c.kind);
        }
    }
}

#[test]
fn the_version_check_needs_the_bump_the_changes_need() {
    let old = compile(&base());
    let mut new = base();
    new["groups"][0]["controls"][1]["level"] = json!(1);
    for (version, ok) in [("1.0.1", false), ("1.1.0", false), ("2.0.0", true), ("1.0.0", false), ("0.9.0", false)] {
        new["version"] = json!(version);
        let d = kalkan::diff(&old, &compile(&new), None);
        assert_eq!(d.check.required, Bump::Major);
        assert_eq!(d.check.ok, ok, "{version}");
        assert_eq!(d.violations().count(), usize::from(!ok), "{version}");
    }
    // Wording only: a patch is enough; nothing changed: any version passes, even the same one.
    let mut worded = base();
    worded["version"] = json!("1.0.1");
    worded["groups"][0]["controls"][0]["statement"]["en"] = json!("Do a1, please");
    let d = kalkan::diff(&old, &compile(&worded), None);
    assert_eq!((d.check.required, d.check.actual, d.check.ok), (Bump::Patch, Bump::Patch, true));
    let same = kalkan::diff(&old, &old, None);
    assert!(same.changes.is_empty() && same.check.ok && same.check.actual == Bump::None);
}

/// Consecutive built-in versions of each framework id, as kept in `frameworks/`.
fn consecutive_builtin_versions() -> Vec<(String, String)> {
    let mut by_id: BTreeMap<String, Vec<semver::Version>> = BTreeMap::new();
    for fw in Registry::builtin().frameworks() {
        by_id.entry(fw.id().to_string()).or_default().push(fw.version().clone());
    }
    let mut out = Vec::new();
    for (id, mut versions) in by_id {
        versions.sort();
        for pair in versions.windows(2) {
            out.push((format!("{id}@={}", pair[0]), format!("{id}@={}", pair[1])));
        }
    }
    out
}

#[test]
fn every_built_in_framework_is_versioned_as_its_changes_require() {
    let pairs = consecutive_builtin_versions();
    assert!(pairs.len() >= 5, "{pairs:?}");
    let mut failures = Vec::new();
    for (old, new) in &pairs {
        let d = kalkan::diff(&builtin(old), &builtin(new), None);
        println!("{old} -> {new}: breaking {}, additive {}, editorial {}", d.counts.breaking, d.counts.additive, d.counts.editorial);
        if !d.check.ok {
            failures.push(format!("{old} -> {new}: {}", kalkan::violation_messages("en", &d).join("; ")));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}

#[test]
fn the_public_institution_revision_would_be_refused_as_1_1_0() {
    let old = builtin("kalkan-public-institution@=1.0.1");
    let mut v: Value = serde_json::from_str(&text("frameworks/kalkan-public-institution-2.0.0.json")).unwrap();
    let honest = kalkan::diff(&old, &compile(&v), None);
    assert!(honest.check.ok);
    assert_eq!((honest.counts.breaking, honest.counts.additive, honest.counts.editorial), (2, 4, 2));
    v["version"] = json!("1.1.0");
    let d = kalkan::diff(&old, &compile(&v), None);
    assert!(!d.check.ok);
    assert_eq!((d.check.required, d.check.actual), (Bump::Major, Bump::Minor));
    let refused: Vec<ChangeKind> = d.violations().map(|c| c.kind).collect();
    assert_eq!(refused, vec![ChangeKind::ControlRemoved, ChangeKind::ControlLevelChanged]);
    let text = kalkan::diff_text("en", &d);
    assert!(text.contains("version check failed: the changes need a major release, but 1.0.1 → 1.1.0 is a minor release"), "{text}");
    assert!(text.contains("control `CFG-04` removed from group `CFG` (needs a major release)"), "{text}");
    // The old versions stay scorable beside it.
    let a = kalkan::Assessment::from_json(&text_of_example("public-institution")).unwrap();
    assert_eq!(kalkan::FrameworkSource::builtin().for_assessment(&a).unwrap().version().to_string(), "1.0.1");
    builtin("kalkan-public-institution@=1.0.0").score(&a, None).unwrap();
}

fn text_of_example(name: &str) -> String {
    text(&format!("examples/{name}.assessment.json"))
}

#[test]
fn built_in_mappings_are_valid_and_detected() {
    let files = kalkan::builtin_mapping_files();
    assert_eq!(files.len(), 2, "{:?}", files.iter().map(|f| f.0).collect::<Vec<_>>());
    for (name, json) in files {
        assert_eq!(kalkan::detect_document(json).unwrap(), kalkan::DocumentKind::Mapping, "{name}");
        let m = Mapping::from_json(json).unwrap();
        let source = Registry::builtin().get(&m.source.id, &m.source.version).unwrap();
        let target = Registry::builtin().get(&m.target.id, &m.target.version).unwrap();
        let problems = kalkan::validate_mapping_against(&m, &source, &target);
        assert!(problems.is_empty(), "{name}: {problems:?}");
        for e in &m.maps {
            let r = e.rationale.as_ref().unwrap();
            assert!(r.missing_languages().is_empty(), "{name}: {} -> {}", e.source, e.target);
        }
    }
    assert_eq!(kalkan::builtin_mappings().len(), 2);
}

#[test]
fn a_mapping_that_does_not_fit_its_frameworks_is_refused_with_every_problem() {
    let m: Mapping =
        serde_json::from_value(json!({"source": {"id": "kalkan-public-institution", "version": "^1"}, "target": {"id": "nist-csf", "version": "^2"},
        "maps": [{"source": "GOV-01", "target": "NOPE", "relationship": "subset-of"}, {"source": "GOV-99", "target": "GV.OC-01", "relationship": "subset-of"},
                 {"source": "GOV-01", "target": "NOPE", "relationship": "equal-to"}]}))
        .unwrap();
    let structural = kalkan::validate_mapping(&m);
    assert_eq!(structural.len(), 1);
    assert_eq!(structural[0].pointer.as_str(), "/maps/2");
    let mut m2 = m.clone();
    m2.maps.pop();
    let problems = kalkan::validate_mapping_against(&m2, &builtin("kalkan-public-institution@^1"), &builtin("nist-csf@^2"));
    let at: Vec<&str> = problems.iter().map(|p| p.pointer.as_str()).collect();
    assert_eq!(at, ["/maps/0/target", "/maps/1/source"]);
    let wrong = kalkan::validate_mapping_against(&m2, &builtin("nist-csf@^2"), &builtin("nist-csf@^2"));
    assert_eq!(wrong[0].code, kalkan::Code::MappingMismatch);
}

#[test]
fn migrating_to_the_same_framework_changes_nothing() {
    for name in ["public-institution", "nist-csf", "nist-csf-1.1", "national-capacity"] {
        let a = kalkan::Assessment::from_json(&text_of_example(name)).unwrap();
        let fw = kalkan::FrameworkSource::builtin().for_assessment(&a).unwrap();
        let m = kalkan::migrate(&fw, &a, &fw, None).unwrap();
        assert_eq!(m.assessment, a, "{name}");
        assert_eq!(m.report.basis, kalkan::MappingBasis::Identity);
        assert_eq!(m.report.counts.review + m.report.counts.new, 0, "{name}");
        assert_eq!(fw.score(&m.assessment, None).unwrap(), fw.score(&a, None).unwrap());
    }
}

#[test]
fn the_public_institution_example_moves_to_2_0_0() {
    let a = kalkan::Assessment::from_json(&text_of_example("public-institution")).unwrap();
    let old = builtin("kalkan-public-institution@=1.0.1");
    let new = builtin("kalkan-public-institution@^2");
    let m = kalkan::migrate(&old, &a, &new, None).unwrap();
    let r = &m.report;
    assert_eq!(r.basis, kalkan::MappingBasis::Builtin);
    assert_eq!((r.counts.controls, r.counts.carried, r.counts.review, r.counts.new, r.counts.unanswered), (114, 109, 2, 1, 2));
    let outcome = |id: &str| r.controls.iter().find(|c| c.control == id).unwrap();
    assert_eq!(outcome("AST-11").outcome, Outcome::New);
    for split in ["CFG-12", "CFG-13"] {
        let c = outcome(split);
        assert_eq!(c.outcome, Outcome::Review);
        assert_eq!((c.sources[0].control.as_str(), c.sources[0].relationship), ("CFG-04", Relationship::SupersetOf));
        assert!(m.assessment.responses.get(split).is_none(), "never an invented answer");
    }
    // Every unchanged answer is carried, with its provenance; the reworded and re-levelled ones too.
    for (id, r0) in a.responses.iter() {
        if id == "CFG-04" {
            continue;
        }
        let carried = m.assessment.responses.get(id).unwrap();
        assert_eq!((carried.option.as_str(), &carried.notes, &carried.evidence), (r0.option.as_str(), &r0.notes, &r0.evidence));
        let p = carried.provenance.as_ref().unwrap();
        assert_eq!((p.version.as_str(), p.control.as_str()), ("1.0.1", id));
    }
    assert!(r.left_behind.is_empty(), "CFG-04 is used by the split: {:?}", r.left_behind);
    assert_eq!(m.assessment.framework.version, "^2.0.0");
    assert_eq!(m.assessment.completed, None, "not complete until reviewed");
    // The migrated assessment is valid and scores.
    let report = new.score(&m.assessment, None).unwrap();
    assert_eq!(report.root.counts.unanswered, 5);
    // Old assessment files stay valid: the provenance field is optional.
    let json = serde_json::to_string(&m.assessment).unwrap();
    assert!(json.contains("\"provenance\""));
    assert!(!serde_json::to_string(&a).unwrap().contains("provenance"));
}

#[test]
fn csf_1_1_moves_to_2_0_with_every_subcategory_accounted_for() {
    let a = kalkan::Assessment::from_json(&text_of_example("nist-csf-1.1")).unwrap();
    let old = builtin("nist-csf@~1.1");
    let new = builtin("nist-csf@^2");
    let m = kalkan::migrate(&old, &a, &new, None).unwrap();
    let c = m.report.counts;
    assert_eq!((c.controls, c.carried, c.review, c.new, c.unanswered), (106, 22, 64, 20, 0));
    assert_eq!(c.carried + c.review + c.new + c.unanswered, new.control_count() as u32);
    let new_ones: Vec<&str> = m.report.controls.iter().filter(|x| x.outcome == Outcome::New).map(|x| x.control.as_str()).collect();
    assert!(new_ones.contains(&"GV.OV-01") && new_ones.contains(&"RC.RP-06"), "{new_ones:?}");
    // A kept identifier whose requirement is the same carries, with notes and evidence.
    let am = m.assessment.responses.get("ID.AM-01").unwrap();
    assert_eq!(am.evidence, ["asset-register-2024-Q4.xlsx"]);
    assert_eq!(am.provenance.as_ref().unwrap().relationship, Relationship::EquivalentTo);
    // The only 1.1 answer left behind is DE.DP-2 (linked by NIST to a whole category only).
    let behind: Vec<&str> = m.report.left_behind.iter().map(|l| l.control.as_str()).collect();
    assert_eq!(behind, ["DE.DP-2"]);
    new.score(&m.assessment, None).unwrap();
}

#[test]
fn a_changed_credit_is_never_carried_silently() {
    let old = compile(&base());
    let mut changed = base();
    changed["version"] = json!("2.0.0");
    changed["scales"][0]["options"][0]["credit"] = json!(0.9);
    let new = compile(&changed);
    let a: kalkan::Assessment = serde_json::from_value(json!({"framework": {"id": "tiny", "version": "^1"}, "subject": {"name": "T"},
        "responses": {"a1": {"option": "yes"}, "a2": {"option": "no"}}}))
    .unwrap();
    let m = kalkan::migrate(&old, &a, &new, None).unwrap();
    let a1 = m.report.controls.iter().find(|c| c.control == "a1").unwrap();
    assert_eq!((a1.outcome, a1.reason), (Outcome::Review, Some(kalkan::ReviewReason::NoTranslation)));
    assert!(m.assessment.responses.get("a1").is_none());
    assert_eq!(m.assessment.responses.get("a2").unwrap().option, "no");
}

#[test]
fn the_public_institution_example_seen_through_the_csf() {
    let a = kalkan::Assessment::from_json(&text_of_example("public-institution")).unwrap();
    let pi = builtin("kalkan-public-institution@^1");
    let csf = builtin("nist-csf@^2");
    let p = kalkan::project(&pi, &a, &csf, None, None).unwrap();
    assert_eq!(p.basis, kalkan::MappingBasis::References);
    assert_eq!(p.report.framework.id, "nist-csf");
    let c = p.coverage;
    assert_eq!(c.controls, 106);
    assert_eq!(c.covered + c.partial + c.uncovered, 106);
    assert_eq!(c.partial, 0, "references are read as subset-of: never only partial");
    println!("coverage: {c:?}");
    // The rule: met only when every deciding source meets.
    for t in &p.controls {
        let deciding: Vec<_> = t.sources.iter().filter(|s| s.counted).collect();
        if t.status == Status::Met {
            assert!(!deciding.is_empty() && deciding.iter().all(|s| matches!(s.status, Status::Met | Status::NotApplicable)), "{t:?}");
        }
        if deciding.iter().any(|s| s.status == Status::NotMet) {
            assert_eq!(t.status, Status::NotMet, "{t:?}");
        }
        if deciding.is_empty() {
            assert_eq!(t.status, Status::Unanswered);
        }
    }
    // An intersecting source is shown and never counted.
    let m: Mapping =
        serde_json::from_value(json!({"source": {"id": "kalkan-public-institution", "version": "^1"}, "target": {"id": "nist-csf", "version": "^2"},
        "maps": [{"source": "GOV-01", "target": "GV.RR-01", "relationship": "intersects-with"}]}))
        .unwrap();
    let q = kalkan::project(&pi, &a, &csf, Some(&m), None).unwrap();
    let rr = q.controls.iter().find(|t| t.control == "GV.RR-01").unwrap();
    assert_eq!(a.responses.get("GOV-01").unwrap().option, "fully-implemented");
    assert_eq!((rr.status, rr.cover, rr.sources[0].counted), (Status::Unanswered, kalkan::Cover::Partial, false));
    assert_eq!((q.coverage.covered, q.coverage.partial), (0, 1));
}

#[test]
fn the_migrated_example_is_what_migration_writes() {
    let a = kalkan::Assessment::from_json(&text_of_example("public-institution")).unwrap();
    let m = kalkan::migrate(&builtin("kalkan-public-institution@=1.0.1"), &a, &builtin("kalkan-public-institution@^2"), None).unwrap();
    let kept = kalkan::Assessment::from_json(&text_of_example("public-institution-2.0")).unwrap();
    assert_eq!(m.assessment, kept, "regenerate with `kalkan migrate examples/public-institution.assessment.json --to kalkan-public-institution@^2 -o examples/public-institution-2.0.assessment.json`");
}
