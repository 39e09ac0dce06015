//! CISO Assistant library import on real libraries (tests/fixtures/ciso-assistant, see SOURCES.md
//! there), checked against the counts measured independently in `expected.json`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use kalkan::{
    import_ciso_library, import_ciso_mapping, validate_framework, validate_mapping, CisoImport, CisoOptions, CompiledFramework, Relationship, Subject,
};
use serde_json::Value;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/ciso-assistant")
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(dir().join(name)).unwrap()
}

fn expected() -> Value {
    serde_json::from_str(&fixture("expected.json")).unwrap()
}

const FRAMEWORKS: [&str; 7] = [
    "anssi-rec-secu-interco-si-internet.yaml",
    "dynamic-questionnaire.yaml",
    "essential-eight.yaml",
    "fncs-v2.yaml",
    "nist-ai-rmf-1.0.yaml",
    "nist-csf-1.1.yaml",
    "nist-ssdf-1.1.yaml",
];

fn import(name: &str) -> CisoImport {
    import_ciso_library(&fixture(name), &CisoOptions::default()).unwrap()
}

fn n(v: &Value) -> usize {
    usize::try_from(v.as_u64().unwrap()).unwrap()
}

fn warnings<'a>(i: &'a CisoImport, code: &str) -> Vec<&'a kalkan::ImportWarning> {
    i.report.warnings.iter().filter(|w| w.code == code).collect()
}

#[test]
fn every_library_imports_validates_compiles_and_scores_with_the_expected_counts() {
    let expected = expected();
    for name in FRAMEWORKS {
        let e = &expected["files"][name];
        let fe = &e["framework"];
        let imported = import(name);
        let f = &imported.framework;
        let r = &imported.report;
        assert_eq!(validate_framework(f), vec![], "{name}");
        // Identity: the slug of the framework URN's tail, `<library version>.0.0`, the digest.
        let tail = fe["urn"].as_str().unwrap().rsplit(':').next().unwrap();
        assert_eq!(f.id, tail.to_ascii_lowercase().replace('.', "-"), "{name}");
        assert_eq!(f.version, format!("{}.0.0", e["version"]), "{name}");
        assert_eq!(r.source_digest, format!("sha256:{}", e["sha256"].as_str().unwrap()), "{name}");
        assert_eq!(r.nodes, n(&fe["nodes"]), "{name}");
        // Every assessable node is exactly one control (an assessable node with children gives
        // one control for itself plus a group), so controls = assessable nodes.
        assert_eq!(r.controls, n(&fe["assessable"]), "{name}");
        assert_eq!(f.control_count(), n(&fe["assessable"]), "{name}");
        // Every node is a control, a group or a note: nodes = controls + groups made from nodes
        // − the extra groups of assessable nodes with assessable children + notes.
        assert_eq!(r.nodes, r.controls + r.groups - n(&fe["assessable_with_assessable_children"]) + r.notes, "{name}: groups {} notes {}", r.groups, r.notes);
        // Top-level nodes are all non-assessable groups here: as many top-level groups.
        assert_eq!(n(&fe["top_level_assessable_nodes"]), 0);
        // (The dynamic questionnaire's 2 non-assessable leaves are top-level splash screens,
        // folded into the framework's description.)
        let top_notes = if name == "dynamic-questionnaire.yaml" { n(&fe["non_assessable_leaves"]) } else { 0 };
        assert_eq!(f.groups.len(), n(&fe["top_level_nodes"]) - top_notes, "{name}");
        // The scale: scores when defined, else CISO Assistant's result scale.
        match fe["scores"].as_array() {
            Some(scores) => {
                let s = &f.scales[0];
                assert_eq!(s.id, "ciso-score");
                assert_eq!(s.options.len(), scores.len() + 1, "{name}: one option per score and not applicable");
                let (lo, hi) = (fe["min_score"].as_f64().unwrap(), fe["max_score"].as_f64().unwrap());
                for (o, sc) in s.options.iter().zip(scores) {
                    let sc = sc.as_f64().unwrap();
                    assert_eq!(o.id, format!("score-{sc}"));
                    assert!((o.credit - (sc - lo) / (hi - lo)).abs() < 1e-12);
                    assert_eq!(o.meets, o.credit >= 2.0 / 3.0 - 1e-9);
                }
                assert!(s.options.last().unwrap().not_applicable);
            }
            None => {
                let ids: Vec<&str> = f.scales[0].options.iter().map(|o| o.id.as_str()).collect();
                assert_eq!(ids, ["compliant", "partially_compliant", "non_compliant", "not_applicable"], "{name}");
            }
        }
        // Languages and the English fallback.
        let has_english = e["has_english"].as_bool().unwrap();
        assert_eq!(r.english_fallback.is_none(), has_english, "{name}");
        assert_eq!(warnings(&imported, "no_english").len(), usize::from(!has_english), "{name}");
        let languages: Vec<&str> = e["languages"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
        assert_eq!(r.languages, languages, "{name}");
        // Questions are reported, one warning per node that has some: turned into the control's
        // scale (one unique_choice question) or left unsupported.
        let (as_scale, unsupported) = (warnings(&imported, "question_as_scale"), warnings(&imported, "questions_unsupported"));
        assert_eq!(as_scale.len() + unsupported.len(), n(&fe["nodes_with_questions"]), "{name}");
        let questions: usize = as_scale.iter().chain(&unsupported).map(|w| w.details["count"].parse::<usize>().unwrap()).sum();
        assert_eq!(questions, n(&fe["questions"]), "{name}");
        // Nodes with one question are those with questions but not several.
        assert_eq!(as_scale.len(), n(&fe["nodes_with_questions"]) - n(&fe["nodes_with_several_questions"]), "{name}");
        assert_eq!(f.scales.len(), 1 + as_scale.len(), "{name}");
        // Compiles and scores an empty assessment.
        let fw = CompiledFramework::new(f.clone()).unwrap();
        let a = fw.new_assessment(Subject { name: "Agency".into(), kind: None, country: None, sector: None, region: None, size: None });
        let report = fw.score(&a, None).unwrap();
        assert_eq!(report.root.counts.controls as usize, n(&fe["assessable"]), "{name}");
        assert_eq!(report.root.index, Some(0.0), "{name}");
    }
}

#[test]
fn unsafe_ref_ids_are_renamed_reversibly_and_uniquely() {
    let expected = expected();
    for name in FRAMEWORKS {
        let fe = &expected["files"][name]["framework"];
        let imported = import(name);
        let unsafe_ids: BTreeSet<&str> = fe["ref_ids_outside_safe_charset"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        // Every ref_id Kalkan forbids was renamed, and nothing else was renamed but nodes
        // without ref_id (named after their URN tail, recorded when that tail was changed).
        let renamed_from_ref: BTreeSet<&str> =
            imported.report.renamed.iter().filter(|r| !r.urn.ends_with(&format!(":{}", r.original))).map(|r| r.original.as_str()).collect();
        assert_eq!(renamed_from_ref, unsafe_ids, "{name}");
        assert_eq!(warnings(&imported, "id_renamed").len(), unsafe_ids.len(), "{name}");
        // The original is recovered from the control's tag, for every renamed control.
        let mut controls = BTreeMap::new();
        imported.framework.walk_controls(|c, _| {
            controls.insert(c.id.clone(), c.clone());
        });
        let mut groups = BTreeSet::new();
        imported.framework.walk_groups(|g, _| {
            groups.insert(g.id.clone());
        });
        for r in &imported.report.renamed {
            assert!(kalkan::id_problem(&r.id).is_none(), "{}", r.id);
            match r.what.as_str() {
                "control" => {
                    let c = &controls[&r.id];
                    assert!(c.tags.contains(&format!("ref_id:{}", r.original)), "{name}: {:?}", c.tags);
                    assert_eq!(imported.report.node_ids[&r.urn], r.id);
                }
                _ => assert!(groups.contains(&r.id)),
            }
        }
        // Ids are unique across groups and controls (validation passed) and every node URN maps
        // to one of them.
        for id in imported.report.node_ids.values() {
            assert!(controls.contains_key(id) || groups.contains(id), "{name}: {id}");
        }
    }
    // The examples of the two shapes.
    let rmf = import("nist-ai-rmf-1.0.yaml");
    assert_eq!(rmf.report.node_ids["urn:intuitem:risk:req_node:nist-ai-rmf-1.0:measure-2.10"], "MEASURE_2.10");
    let anssi = import("anssi-rec-secu-interco-si-internet.yaml");
    let r27 = anssi.report.renamed.iter().find(|r| r.original == "R27 (+)").unwrap();
    assert_eq!(r27.id, "R27_(plus)");
}

#[test]
fn nested_assessable_nodes_become_a_group_led_by_their_own_control() {
    let expected = expected();
    let fe = &expected["files"]["anssi-rec-secu-interco-si-internet.yaml"]["framework"];
    let imported = import("anssi-rec-secu-interco-si-internet.yaml");
    let mut led = Vec::new();
    imported.framework.walk_groups(|g, _| {
        if let Some(own) = g.id.strip_suffix(":group") {
            assert_eq!(g.controls[0].id, own, "the node's own control comes first and keeps its id");
            assert!(g.controls.len() > 1, "followed by its children");
            led.push(g.id.clone());
        }
    });
    assert_eq!(led.len(), n(&fe["assessable_with_assessable_children"]));
    // The children have neither ref_id nor name: ids from the URN tail, titles from the text.
    assert_eq!(n(&fe["nodes_without_ref_id"]), 15);
    // SSDF tasks have only notes as children ("Example N:"): they stay controls, the examples
    // become their guidance.
    let ssdf = import("nist-ssdf-1.1.yaml");
    let fs = &expected["files"]["nist-ssdf-1.1.yaml"]["framework"];
    assert_eq!(ssdf.report.notes, n(&fs["non_assessable_leaves"]));
    let mut with_examples = 0;
    ssdf.framework.walk_controls(|c, _| {
        with_examples += usize::from(c.guidance.as_ref().and_then(|g| g.get("en")).is_some_and(|g| g.contains("Example 1")));
    });
    assert_eq!(with_examples, n(&fs["assessable_with_children"]));
    // AI RMF: 14 non-assessable leaves, and 4 "Preamble" nodes whose children are all notes,
    // folded into their function's description.
    let rmf = import("nist-ai-rmf-1.0.yaml");
    assert_eq!(rmf.report.notes, n(&expected["files"]["nist-ai-rmf-1.0.yaml"]["framework"]["non_assessable_leaves"]) + 4);
    assert!(rmf.framework.groups[0].description.get("en").unwrap().contains("Preamble"));
}

#[test]
fn a_library_without_english_gets_its_own_text_as_english_marked_in_the_report() {
    for name in ["anssi-rec-secu-interco-si-internet.yaml", "fncs-v2.yaml", "dynamic-questionnaire.yaml"] {
        let imported = import(name);
        let locale = imported.report.locale.clone();
        assert_ne!(locale, "en");
        assert_eq!(imported.report.english_fallback.as_deref(), Some(locale.as_str()));
        let f = &imported.framework;
        assert_eq!(f.title.get("en"), f.title.get(&locale), "{name}");
        f.walk_controls(|c, _| {
            assert_eq!(c.statement.get("en"), c.statement.get(&locale), "{name}: {}", c.id);
        });
        assert!(validate_framework(f).is_empty());
    }
    // A library with English and French keeps both.
    let csf = import("nist-csf-1.1.yaml");
    assert_eq!(csf.framework.scales[0].options[0].label.get("fr"), Some("Partiel"));
    assert_eq!(csf.framework.scales[0].options[0].label.get("en"), Some("Partial"));
    let mut french = 0;
    csf.framework.walk_controls(|c, _| french += usize::from(c.statement.get("fr").is_some()));
    assert_eq!(french, 108);
}

#[test]
fn implementation_groups_become_tags_and_profiles() {
    let expected = expected();
    for name in FRAMEWORKS {
        let fe = &expected["files"][name]["framework"];
        let imported = import(name);
        let f = &imported.framework;
        let igs: Vec<&str> = fe["implementation_groups"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        assert_eq!(f.profiles.len(), igs.len(), "{name}");
        for (p, ig) in f.profiles.iter().zip(&igs) {
            let nodes = n(&fe["implementation_group_node_counts"][*ig]);
            // Profiles target controls: in the dynamic questionnaire each IG also tags one
            // non-assessable category node, which is a group, not a control.
            let controls = if name == "dynamic-questionnaire.yaml" { nodes - 1 } else { nodes };
            assert_eq!(p.control_targets.len(), controls, "{name}: {ig}");
            let mut tagged = 0;
            f.walk_controls(|c, _| tagged += usize::from(c.tags.contains(&format!("ig:{ig}"))));
            assert_eq!(tagged, controls, "{name}: {ig}");
        }
    }
    let anssi = import("anssi-rec-secu-interco-si-internet.yaml");
    let ids: Vec<&str> = anssi.framework.profiles.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["Rplus", "R", "R-", "R--"]);
    let fw = CompiledFramework::new(anssi.framework.clone()).unwrap();
    let a = fw.new_assessment(Subject { name: "Agency".into(), kind: None, country: None, sector: None, region: None, size: None });
    assert_eq!(fw.gaps(&a, Some("R")).unwrap().controls.len(), 57);
}

#[test]
fn mapping_sets_give_the_expected_maps() {
    let expected = expected();
    let csf = import("nist-csf-1.1.yaml");
    for (name, known) in [("map-nist-csf-1.1-nist-csf-2.0.yaml", vec![&csf]), ("mapping-india-dpdpa-2023-and-scf-2025.2.2.yaml", vec![])] {
        let e = &expected["files"][name]["requirement_mapping_sets"];
        let imported = import_ciso_mapping(&fixture(name), &known).unwrap();
        let sets = e.as_array().unwrap();
        assert_eq!(imported.mappings.len(), sets.len(), "{name}");
        // With CSF 1.1 given, the mappings from its functions and categories (groups in Kalkan,
        // whose mappings relate controls) are left out, with one warning saying how many.
        let made = |es: &Value| n(es.get("mappings_from_assessable_sources").filter(|_| !known.is_empty()).unwrap_or(&es["mappings"]));
        let left_out: Vec<(String, String)> = imported
            .report
            .warnings
            .iter()
            .map(|w| {
                assert_eq!(w.code, "not_a_control", "{name}: {w:?}");
                (w.details["side"].clone(), w.details["count"].clone())
            })
            .collect();
        let expected_left_out: Vec<(String, String)> =
            sets.iter().filter(|es| made(es) != n(&es["mappings"])).map(|es| ("source".to_string(), (n(&es["mappings"]) - made(es)).to_string())).collect();
        assert_eq!(left_out, expected_left_out, "{name}");
        for ((m, rep), es) in imported.mappings.iter().zip(&imported.report.sets).zip(sets) {
            assert_eq!(validate_mapping(m), vec![], "{name}");
            assert_eq!(m.maps.len(), made(es), "{name}");
            assert_eq!((rep.read, rep.maps), (n(&es["mappings"]), made(es)), "{name}");
            assert_eq!(rep.urn, es["urn"].as_str().unwrap());
            let mut by: BTreeMap<String, usize> = BTreeMap::new();
            for map in &m.maps {
                *by.entry(map.relationship.as_str().to_string()).or_default() += 1;
            }
            let relationships = es["relationships"].as_object().unwrap();
            let want: BTreeMap<String, usize> = relationships
                .iter()
                .map(|(k, v)| {
                    let r = match k.as_str() {
                        "equal" => Relationship::EqualTo,
                        "subset" => Relationship::SubsetOf,
                        "superset" => Relationship::SupersetOf,
                        _ => Relationship::IntersectsWith,
                    };
                    // A set of one relationship keeps it for every map made.
                    let count = if relationships.len() == 1 { made(es) } else { n(v) };
                    (r.as_str().to_string(), count)
                })
                .collect();
            assert_eq!(by, want, "{name}");
            assert_eq!(rep.relationships, want);
            let sources: BTreeSet<&str> = m.maps.iter().map(|x| x.source.as_str()).collect();
            let targets: BTreeSet<&str> = m.maps.iter().map(|x| x.target.as_str()).collect();
            let distinct = match (known.is_empty(), es.get("distinct_assessable_sources")) {
                (false, Some(s)) => (n(s), n(&es["distinct_targets_of_assessable_sources"])),
                _ => (n(&es["distinct_sources"]), n(&es["distinct_targets"])),
            };
            assert_eq!((sources.len(), targets.len()), distinct, "{name}");
            if es["sources_resolved_in_fixtures"].as_u64().is_some() {
                // Every source of every map made was resolved (the others were functions or
                // categories); no target was (CSF 2.0 is not given).
                assert_eq!((rep.resolved_sources, rep.resolved_targets), (made(es), 0));
            }
        }
    }
    // CSF 1.1 → 2.0: the source side resolved against the imported CSF 1.1 (its id, `^6`), the
    // target side named by URN tails (CSF 2.0 is not given).
    let m = &import_ciso_mapping(&fixture("map-nist-csf-1.1-nist-csf-2.0.yaml"), &[&csf]).unwrap().mappings[0];
    assert_eq!((m.source.id.as_str(), m.source.version.as_str()), ("nist-csf-1-1", "^6"));
    assert_eq!((m.target.id.as_str(), m.target.version.as_str()), ("nist-csf-2-0", "*"));
    // The first two mappings start at a category (ID.GV, ID.BE): left out.
    let first = &m.maps[0];
    assert_eq!((first.source.as_str(), first.target.as_str()), ("ID.BE-2", "gv.oc-01"));
    assert_eq!(first.matching, Some(kalkan::Matching::Semantic));
    let ids: BTreeSet<String> = {
        let mut s = BTreeSet::new();
        csf.framework.walk_controls(|c, _| {
            s.insert(c.id.clone());
        });
        s
    };
    assert!(m.maps.iter().all(|x| ids.contains(&x.source)), "every source is a control of the imported CSF 1.1");
    // Without CSF 1.1, nothing tells a function from a subcategory: every map is kept, named by
    // URN tails; a framework given that the library does not name is reported.
    let ssdf = import("nist-ssdf-1.1.yaml");
    let blind = import_ciso_mapping(&fixture("map-nist-csf-1.1-nist-csf-2.0.yaml"), &[&ssdf]).unwrap();
    assert_eq!(blind.mappings[0].maps.len(), 185);
    assert_eq!((blind.mappings[0].maps[0].source.as_str(), blind.mappings[0].source.version.as_str()), ("id.gv", "*"));
    let codes: Vec<(&str, Option<&str>)> = blind.report.warnings.iter().map(|w| (w.code.as_str(), w.details.get("urn").map(String::as_str))).collect();
    assert_eq!(codes, [("unused_framework", Some("urn:intuitem:risk:framework:nist-ssdf-1.1"))]);
    // Both directions of the DPDPA set; URN tails with parentheses are valid ids.
    let dpdpa = import_ciso_mapping(&fixture("mapping-india-dpdpa-2023-and-scf-2025.2.2.yaml"), &[]).unwrap();
    assert_eq!(dpdpa.mappings[0].maps[2].source, "10(2)(a)(i)");
    assert_eq!(dpdpa.mappings[1].source.id, dpdpa.mappings[0].target.id);
}

#[test]
fn a_single_unique_choice_question_becomes_the_controls_scale() {
    let imported = import("dynamic-questionnaire.yaml");
    let f = &imported.framework;
    let mut control = None;
    f.walk_controls(|c, _| {
        if c.id == "3.1_Conformite" {
            control = Some(c.clone());
        }
    });
    let c = control.unwrap();
    assert_eq!(c.scale, "q:3.1_Conformite");
    assert_eq!(c.question.as_ref().and_then(|q| q.get("en")), Some("Un dossier de conformité sectoriel est-il tenu à jour ?"));
    let s = f.scales.iter().find(|s| s.id == c.scale).unwrap();
    let got: Vec<(&str, f64, bool, bool)> = s.options.iter().map(|o| (o.id.as_str(), o.credit, o.meets, o.not_applicable)).collect();
    // add_score 25 / 10 / 0 over the largest (25); compliant meets; a not-applicable option added.
    assert_eq!(got, [("choice-1", 1.0, true, false), ("choice-2", 0.4, false, false), ("choice-3", 0.0, false, false), ("not_applicable", 0.0, false, true)]);
    assert_eq!(s.options[1].label.get("fr"), Some("Oui, mais non revu."));
    // The other question nodes keep the framework's scale.
    let mut on_result = 0;
    f.walk_controls(|c, _| on_result += usize::from(c.scale == "ciso-result"));
    assert_eq!(on_result, 6);
}

#[test]
fn fixtures_are_the_measured_files() {
    // The counts above are only meaningful for the files they were measured on.
    let expected = expected();
    for (name, e) in expected["files"].as_object().unwrap() {
        let size = std::fs::metadata(dir().join(name)).unwrap().len();
        assert_eq!(size, e["size_bytes"].as_u64().unwrap(), "{name}");
    }
}

#[test]
fn a_framework_file_of_any_format_is_told_apart_and_imported_as_its_importer_does() {
    use kalkan::{framework_format, import_framework, AnyImportReport, FrameworkFormat};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let read = |p: &str| std::fs::read_to_string(dir.join(p)).unwrap();
    let catalog = read("oscal/NIST_SP-800-53_rev5_catalog.json");
    let e8 = read("ciso-assistant/essential-eight.yaml");
    assert_eq!(framework_format(&catalog), FrameworkFormat::OscalCatalog);
    assert_eq!(framework_format(&format!("\u{FEFF}\n  {catalog}")), FrameworkFormat::OscalCatalog);
    assert_eq!(framework_format(&e8), FrameworkFormat::CisoAssistant);
    assert_eq!(framework_format(kalkan::examples::FRAMEWORK), FrameworkFormat::Kalkan);
    // A profile, a framework that merely mentions a catalog, YAML without `objects:`, nothing.
    assert_eq!(framework_format(&read("oscal/NIST_SP-800-53_rev5_MODERATE-baseline_profile.json")), FrameworkFormat::Kalkan);
    assert_eq!(framework_format(r#"{"id": "x", "description": {"en": "catalog"}}"#), FrameworkFormat::Kalkan);
    assert_eq!(framework_format("urn: x\n  objects:\n"), FrameworkFormat::Kalkan);
    assert_eq!(framework_format(""), FrameworkFormat::Kalkan);

    let file = import_framework(&e8).unwrap();
    let direct = kalkan::import_ciso_library(&e8, &kalkan::CisoOptions::default()).unwrap();
    assert_eq!(file.format, FrameworkFormat::CisoAssistant);
    assert_eq!(file.framework.as_ref(), Some(&direct.framework));
    assert!(matches!(file.report, Some(AnyImportReport::Ciso(ref r)) if *r == direct.report));
    let oscal = import_framework(&catalog).unwrap();
    assert!(matches!(oscal.report, Some(AnyImportReport::Oscal(ref r)) if r.controls == 1007));
    let own = import_framework(kalkan::examples::FRAMEWORK).unwrap();
    assert_eq!((own.format, own.framework, own.report), (FrameworkFormat::Kalkan, None, None));
    // A broken file of a recognised format is the importer's error, not a silent fallback.
    assert!(import_framework("objects:\n  framework: [unclosed\n").is_err());
    assert!(import_framework(r#"{"catalog": 5}"#).is_err());
}
