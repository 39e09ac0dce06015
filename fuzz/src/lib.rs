//! Harnesses of the fuzz targets: each takes what libFuzzer gives, drives the public API of the
//! `kalkan` crate the way a front end does, and panics only when an invariant breaks (a panic is
//! what libFuzzer reports as a crash). Errors are expected outcomes, not crashes.
//!
//! The same functions replay the seed corpus and every saved crash (`regressions/<target>/`) in
//! the ordinary test suite (`cargo test --manifest-path fuzz/Cargo.toml --lib`), on stable.

use arbitrary::Arbitrary;
use kalkan::{Assessment, CompiledFramework, DocumentKind, Framework, GroupScore, Mapping, Registry, Report, Validation};
use serde_json::{json, Value};

/// The text of `data` as a front end would read a file: through the core's decoder.
fn text(document: DocumentKind, data: &[u8]) -> Option<&str> {
    kalkan::decode(document, data).ok()
}

/// Framework parsing, validation, compilation, and on a valid framework, an empty assessment
/// scored and its questionnaire built in each language.
pub fn framework(data: &[u8]) {
    let Some(json) = text(DocumentKind::Framework, data) else { return };
    let parsed = Framework::from_json(json);
    let validation = Validation::of_framework(parsed.as_ref());
    let Ok(f) = parsed else { return };
    let compiled = CompiledFramework::new(f);
    assert_eq!(compiled.is_ok(), validation.valid, "validation and compilation disagree");
    let Ok(fw) = compiled else { return };
    let empty = fw.new_assessment(kalkan::Subject { name: "Fuzz".into(), kind: None, country: None, sector: None, region: None, size: None });
    if let Ok(report) = fw.score(&empty, None) {
        check_report(&report);
    }
    for lang in ["en", "ar", "fr"] {
        let _ = fw.questionnaire(lang);
    }
}

/// Assessment parsing, validation and scoring against every built-in framework (and gaps
/// against the assessment's profile).
pub fn assessment(data: &[u8]) {
    let Some(json) = text(DocumentKind::Assessment, data) else { return };
    let Ok(a) = Assessment::from_json(json) else { return };
    for fw in Registry::builtin().frameworks() {
        let problems = fw.validate_assessment(&a);
        match fw.score(&a, None) {
            Ok(report) => {
                assert!(problems.is_empty(), "scored an assessment with problems");
                check_report(&report);
            }
            Err(_) => {}
        }
        let _ = fw.progress(&a);
        if a.profile.is_some() {
            let _ = fw.gaps(&a, None);
        }
    }
}

/// A score report read back, turned into rows, written and read again unchanged.
pub fn report(data: &[u8]) {
    let Some(json) = text(DocumentKind::Report, data) else { return };
    let Ok(r) = Report::from_json(json) else { return };
    let rows = r.rows();
    assert!(!rows.is_empty(), "a report has at least its root row");
    let Ok(again) = serde_json::to_string(&r) else { return };
    let back = Report::from_json(&again);
    assert!(back.as_ref().is_ok_and(|b| b == &r), "a report does not survive its own round trip");
}

/// Mapping parsing and validation (against the built-in frameworks it names, when they exist).
pub fn mapping(data: &[u8]) {
    let Some(json) = text(DocumentKind::Mapping, data) else { return };
    let parsed = Mapping::from_json(json);
    let builtin = Registry::builtin();
    let frameworks =
        parsed.as_ref().map_err(Clone::clone).and_then(|m| Ok((builtin.get(&m.source.id, &m.source.version)?, builtin.get(&m.target.id, &m.target.version)?)));
    let _ = Validation::of_mapping(parsed.as_ref(), frameworks.as_ref().map(|(s, t)| (&**s, &**t)).map_err(|e| e));
}

/// Every invariant of a score: numbers finite and in range, counts that add up, levels within
/// the declared ones.
pub fn check_report(r: &Report) {
    fn walk(g: &GroupScore) {
        let c = &g.counts;
        assert_eq!(c.applicable + c.not_applicable, c.controls, "{}: applicable + not applicable != controls", g.id);
        assert_eq!(c.answered + c.unanswered, c.controls, "{}: answered + unanswered != controls", g.id);
        assert!(c.met <= c.applicable, "{}: more met than applicable", g.id);
        assert!(g.completeness.is_finite() && (0.0..=1.0).contains(&g.completeness), "{}: completeness {}", g.id, g.completeness);
        for v in [g.index, g.compliance].into_iter().flatten() {
            assert!(v.is_finite() && (0.0..=100.0 + 1e-9).contains(&v), "{}: index or compliance {v}", g.id);
        }
        let (mut controls, mut sub) = (g.controls.len() as u32, 0u32);
        for child in &g.groups {
            walk(child);
            sub += child.counts.controls;
        }
        controls += sub;
        assert_eq!(controls, c.controls, "{}: counts do not add up over children", g.id);
    }
    walk(&r.root);
}

/// A framework and answers built from structured fuzz input: every shape the rules allow
/// (nesting, weights, levels, N/A options, unanswered controls) and some they do not.
#[derive(Debug, Arbitrary)]
pub struct ScorerInput {
    groups: Vec<GroupInput>,
    options: Vec<OptionInput>,
    levels: u8,
    answers: Vec<u8>,
    profile_level: u8,
}

#[derive(Debug, Arbitrary)]
struct GroupInput {
    weight: u16,
    controls: Vec<ControlInput>,
    children: Vec<ControlInput>,
}

#[derive(Debug, Arbitrary)]
struct ControlInput {
    level: u8,
    weight: u16,
}

#[derive(Debug, Arbitrary)]
struct OptionInput {
    credit: u8,
    meets: bool,
    not_applicable: bool,
}

fn t(en: &str) -> Value {
    json!({"en": en, "ar": en, "fr": en})
}

/// Scores the framework and answers `input` describes and checks every invariant; scoring the
/// same input twice gives the same report.
pub fn scorer(input: &ScorerInput) {
    let levels = u32::from(input.levels % 5);
    let mut options: Vec<Value> = input
        .options
        .iter()
        .take(8)
        .enumerate()
        .map(|(i, o)| json!({"id": format!("o{i}"), "label": t("o"), "credit": f64::from(o.credit % 101) / 100.0, "meets": o.meets, "not_applicable": o.not_applicable}))
        .collect();
    if options.is_empty() {
        options.push(json!({"id": "o0", "label": t("o"), "credit": 1.0, "meets": true}));
    }
    let mut n = 0usize;
    let mut control = |c: &ControlInput| {
        n += 1;
        let mut v = json!({"id": format!("c{n}"), "title": t("c"), "statement": t("s"), "scale": "s", "weight": f64::from(c.weight % 1000) / 10.0 + 0.1});
        if levels > 0 && c.level % 2 == 0 {
            v["level"] = json!(1 + u32::from(c.level) % levels);
        }
        v
    };
    let groups: Vec<Value> = input
        .groups
        .iter()
        .take(12)
        .enumerate()
        .map(|(i, g)| {
            let controls: Vec<Value> = g.controls.iter().take(20).map(&mut control).collect();
            let mut v = json!({"id": format!("g{i}"), "title": t("g"), "weight": f64::from(g.weight % 100) + 0.5, "controls": controls});
            if !g.children.is_empty() {
                let inner: Vec<Value> = g.children.iter().take(20).map(&mut control).collect();
                v["groups"] = json!([{"id": format!("g{i}.1"), "title": t("g"), "controls": inner}]);
            }
            v
        })
        .collect();
    let level_defs: Vec<Value> = (1..=levels).map(|l| json!({"level": l, "name": t("l")})).collect();
    let mut profiles = Vec::new();
    if levels > 0 && !groups.is_empty() {
        profiles.push(json!({"id": "p", "title": t("p"), "group_targets": [{"group": "g0", "level": 1 + u32::from(input.profile_level) % levels}]}));
    }
    let headline = if levels > 0 { "level" } else { "index" };
    let framework = json!({"id": "fuzz", "version": "1.0.0", "title": t("F"), "headline": headline,
        "scales": [{"id": "s", "title": t("S"), "options": options}], "levels": level_defs, "groups": groups, "profiles": profiles});
    let Ok(fw) = CompiledFramework::from_json(&framework.to_string()) else { return };
    let option_count = input.options.len().clamp(1, 8);
    let mut responses = serde_json::Map::new();
    for (i, a) in input.answers.iter().enumerate().take(n) {
        // 0 leaves the control unanswered.
        if *a != 0 {
            responses.insert(format!("c{}", i + 1), json!({"option": format!("o{}", usize::from(*a) % option_count)}));
        }
    }
    let mut assessment = json!({"framework": {"id": "fuzz", "version": "^1"}, "subject": {"name": "Fuzz"}, "responses": responses});
    if !profiles.is_empty() {
        assessment["profile"] = json!("p");
    }
    let text = assessment.to_string();
    let first = fw.score_json(&text, None);
    let second = fw.score_json(&text, None);
    assert_eq!(first, second, "scoring is not deterministic");
    if let Ok(report) = first {
        check_report(&report);
        if let Some(max) = report.root.level {
            assert!(max <= levels, "level {max} above the highest declared level {levels}");
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    fn files(dir: &Path) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
        out.sort();
        out
    }

    /// Every saved crash replays without a panic (each was fixed; this keeps it fixed).
    #[test]
    fn regressions_replay() {
        let targets: [(&str, fn(&[u8])); 4] = [("framework", framework), ("assessment", assessment), ("report", report), ("mapping", mapping)];
        for (name, run) in targets {
            for f in files(&root().join("fuzz/regressions").join(name)) {
                run(&std::fs::read(&f).unwrap_or_default());
            }
        }
        for f in files(&root().join("fuzz/regressions/scorer")) {
            let bytes = std::fs::read(&f).unwrap_or_default();
            if let Ok(input) = ScorerInput::arbitrary(&mut arbitrary::Unstructured::new(&bytes)) {
                scorer(&input);
            }
        }
    }

    /// The harnesses run on every conformance case's documents, the examples and the built-in
    /// frameworks (the seed corpus), and they do reach the scorer: the built-ins compile.
    #[test]
    fn seeds_run_through_the_harnesses() {
        let mut count = 0;
        for f in files(&root().join("tests/conformance")).into_iter().filter(|p| p.extension().is_some_and(|x| x == "json")) {
            let Ok(case) = serde_json::from_str::<Value>(&std::fs::read_to_string(&f).unwrap_or_default()) else { continue };
            for (key, run) in [("framework", framework as fn(&[u8])), ("assessment", assessment), ("mapping", mapping)] {
                if let Some(v) = case.get(key) {
                    run(v.to_string().as_bytes());
                    count += 1;
                }
                if let Some(Value::String(s)) = case.get(format!("{key}_text")) {
                    run(s.as_bytes());
                    count += 1;
                }
            }
            if let Some(ok) = case.pointer("/expected/ok") {
                if ok.get("root").is_some() {
                    report(ok.to_string().as_bytes());
                    count += 1;
                }
            }
        }
        assert!(count > 100, "only {count} seeds");
        for (_, json) in kalkan::builtin_files() {
            framework(json.as_bytes());
        }
        for f in files(&root().join("examples")) {
            assessment(&std::fs::read(&f).unwrap_or_default());
        }
        let input = ScorerInput {
            groups: vec![GroupInput {
                weight: 3,
                controls: vec![ControlInput { level: 0, weight: 5 }, ControlInput { level: 2, weight: 1 }],
                children: vec![ControlInput { level: 4, weight: 9 }],
            }],
            options: vec![OptionInput { credit: 100, meets: true, not_applicable: false }, OptionInput { credit: 0, meets: false, not_applicable: true }],
            levels: 3,
            answers: vec![1, 2, 0],
            profile_level: 1,
        };
        scorer(&input);
    }

    /// The invariants do catch a broken report.
    #[test]
    fn a_broken_report_is_caught() {
        let fw = CompiledFramework::from_json(kalkan::examples::FRAMEWORK).expect("example");
        let a = fw.parse_assessment(kalkan::examples::ASSESSMENT).expect("example");
        let mut r = fw.score(&a, None).expect("scores");
        check_report(&r);
        r.root.index = Some(f64::NAN);
        assert!(std::panic::catch_unwind(|| check_report(&r)).is_err());
    }
}
