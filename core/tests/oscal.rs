//! OSCAL import on NIST's own files (tests/fixtures/oscal, see SOURCES.md there): the SP 800-53
//! rev5 5.0.1 catalog and the MODERATE baseline profile, checked against NIST's resolved profile.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use kalkan::{import_oscal_catalog, import_oscal_profile, CompiledFramework, ImportScale, OscalOptions};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/oscal").join(name)).unwrap()
}

const CATALOG: &str = "NIST_SP-800-53_rev5_catalog.json";

#[test]
fn the_800_53_catalog_imports_to_1007_controls_and_reports_182_withdrawn() {
    let imported = import_oscal_catalog(&fixture(CATALOG), &OscalOptions::default()).unwrap();
    let f = &imported.framework;
    assert_eq!(f.control_count(), 1007);
    assert_eq!(imported.report.controls, 1007);
    assert_eq!(imported.report.withdrawn.len(), 182);
    assert_eq!(f.groups.len(), 20);
    assert_eq!(f.version, "5.0.1");
    assert_eq!(imported.report.source_digest, "sha256:95e025bfdc248269efb10ee2621b7a211116a2ef3a82f39676f7c5eb9c8acb64");
    // Withdrawn controls say where their content went.
    let ac13 = imported.report.withdrawn.iter().find(|w| w.id == "ac-13").unwrap();
    assert_eq!(ac13.incorporated_into, ["ac-2", "au-6"]);
    assert_eq!(ac13.label.as_deref(), Some("AC-13"));
    // An enhancement follows its parent, tagged.
    let ac = &f.groups[0];
    let pos = |id: &str| ac.controls.iter().position(|c| c.id == id).unwrap();
    assert_eq!(pos("ac-2.1"), pos("ac-2") + 1);
    assert!(ac.controls[pos("ac-2.1")].tags.contains(&"parent:ac-2".to_string()));
    assert!(ac.controls[pos("ac-2.1")].tags.contains(&"label:AC-2(1)".to_string()));
    // Parameters are rendered, items flattened with their labels.
    let ac1 = &ac.controls[pos("ac-1")];
    let statement = ac1.statement.get("en").unwrap();
    assert!(statement.starts_with("a. Develop, document, and disseminate to [Assignment: organization-defined personnel or roles]:"), "{statement}");
    assert!(
        statement.contains("\n1. [Selection (one or more): Organization-level; Mission/business process-level; System-level] access control policy that:"),
        "{statement}"
    );
    assert!(!statement.contains("{{"), "no raw insert left");
    assert!(ac1.guidance.as_ref().and_then(|g| g.get("en")).is_some_and(|g| g.len() > 100));
    // Valid, compiles, scores.
    let fw = CompiledFramework::new(f.clone()).unwrap();
    let a = fw.new_assessment(kalkan::Subject { name: "Agency".into(), kind: None, country: None, sector: None, region: None, size: None });
    let report = fw.score(&a, None).unwrap();
    assert_eq!(report.root.counts.controls, 1007);
    assert_eq!(report.root.index, Some(0.0));
    // The yes / no scale when asked.
    let yn = import_oscal_catalog(&fixture(CATALOG), &OscalOptions { scale: ImportScale::YesNoNa, id: Some("sp800-53".into()), version: None }).unwrap();
    assert_eq!((yn.framework.id.as_str(), yn.framework.scales[0].id.as_str()), ("sp800-53", "yes-no-na"));
}

#[test]
fn the_moderate_profile_targets_the_287_controls_of_nists_resolved_catalog() {
    let catalog = fixture(CATALOG);
    let imported = import_oscal_profile(&fixture("NIST_SP-800-53_rev5_MODERATE-baseline_profile.json"), &catalog, &OscalOptions::default(), true).unwrap();
    assert_eq!(imported.targets.len(), 287);
    let resolved: serde_json::Value = serde_json::from_str(&fixture("NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog.json")).unwrap();
    fn ids(v: &serde_json::Value, out: &mut BTreeSet<String>) {
        for c in v.get("controls").and_then(|c| c.as_array()).into_iter().flatten() {
            out.insert(c["id"].as_str().unwrap().to_string());
            ids(c, out);
        }
        for g in v.get("groups").and_then(|g| g.as_array()).into_iter().flatten() {
            ids(g, out);
        }
    }
    let mut expected = BTreeSet::new();
    ids(&resolved["catalog"], &mut expected);
    assert_eq!(expected.len(), 287);
    assert_eq!(imported.targets.iter().cloned().collect::<BTreeSet<_>>(), expected);
    // The profile is a target profile of the imported framework, which stays valid.
    let fw = CompiledFramework::new(imported.framework.clone()).unwrap();
    assert_eq!(fw.profile_ids(), [imported.profile.as_str()]);
    let restricted = imported.restricted.unwrap();
    assert_eq!(restricted.control_count(), 287);
    CompiledFramework::new(restricted).unwrap();
    // Scoring with the profile gives gaps for every targeted control left unanswered.
    let a = fw.new_assessment(kalkan::Subject { name: "Agency".into(), kind: None, country: None, sector: None, region: None, size: None });
    let gaps = fw.gaps(&a, Some(&imported.profile)).unwrap();
    assert_eq!(gaps.controls.len(), 287);
}
