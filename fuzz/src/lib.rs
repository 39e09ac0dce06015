//! Harnesses of the fuzz targets: each takes what libFuzzer gives, drives the public API of the
//! `kalkan` crate the way a front end does, and panics only when an invariant breaks (a panic is
//! what libFuzzer reports as a crash). Errors are expected outcomes, not crashes.
//!
//! The same functions replay the seed corpus and every saved crash (`regressions/<target>/`) in
//! the ordinary test suite (`cargo test --manifest-path fuzz/Cargo.toml --lib`), on stable.

use std::sync::{Arc, OnceLock};

use arbitrary::Arbitrary;
use kalkan::{
    Assessment, CisoImport, CisoOptions, CompiledFramework, Control, DocumentKind, Framework, FrameworkFormat, FrameworkSource, Group, GroupScore, GroupTarget,
    Headline, ImportScale, JsonLayout, Level, Mapping, OscalOptions, Profile, Registry, Report, Response, Scale, ScaleOption, Subject, Text, Validation,
};
#[cfg(test)]
use serde_json::Value;

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

/// Assessment parsing, validation, progress, gaps and scoring against the built-in framework
/// the assessment names (as every front end finds it; there, the report's JSON written straight
/// from the text is the report serialized) and against one more built-in framework, chosen by
/// the input's length, so that every built-in framework is reached without scoring each input
/// eight times.
pub fn assessment(data: &[u8]) {
    let Some(json) = text(DocumentKind::Assessment, data) else { return };
    let Ok(a) = Assessment::from_json(json) else { return };
    let builtin = Registry::builtin();
    let named = FrameworkSource::builtin().for_assessment(&a).ok();
    let count = builtin.frameworks().count().max(1);
    let other = builtin.frameworks().nth(data.len() % count).filter(|o| named.as_ref().is_none_or(|n| !Arc::ptr_eq(n, o)));
    if let Some(fw) = &named {
        let straight = fw.report_json(json, None, JsonLayout::Compact);
        let serialized = fw.score_json(json, None).map(|r| serde_json::to_string(&r).unwrap_or_default());
        assert_eq!(straight, serialized, "report_json differs from the serialized report");
    }
    for fw in named.iter().chain(other) {
        let problems = fw.validate_assessment(&a);
        if let Ok(report) = fw.score(&a, None) {
            assert!(problems.is_empty(), "scored an assessment with problems");
            check_report(&report);
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

fn t(en: &str) -> Text {
    Text::from_pairs([("en", en), ("ar", en), ("fr", en)])
}

/// Scores the framework and answers `input` describes and checks every invariant of the report;
/// the report's JSON written straight from the assessment's JSON (`report_json`) is the report
/// serialized, and an error is the same error.
///
/// The framework and the assessment are built as structs (the `framework` and `assessment`
/// targets fuzz the JSON readers), so that an execution is spent in compilation and scoring.
pub fn scorer(input: &ScorerInput) {
    let levels = u32::from(input.levels % 5);
    let mut options: Vec<ScaleOption> = input
        .options
        .iter()
        .take(8)
        .enumerate()
        .map(|(i, o)| ScaleOption {
            id: format!("o{i}"),
            label: t("o"),
            credit: f64::from(o.credit % 101) / 100.0,
            meets: o.meets,
            not_applicable: o.not_applicable,
        })
        .collect();
    if options.is_empty() {
        options.push(ScaleOption { id: "o0".into(), label: t("o"), credit: 1.0, meets: true, not_applicable: false });
    }
    let mut n = 0usize;
    let mut control = |c: &ControlInput| {
        n += 1;
        Control {
            id: format!("c{n}"),
            title: t("c"),
            statement: t("s"),
            question: None,
            guidance: None,
            level: (levels > 0 && c.level % 2 == 0).then(|| 1 + u32::from(c.level) % levels),
            weight: f64::from(c.weight % 1000) / 10.0 + 0.1,
            scale: "s".into(),
            tags: Vec::new(),
            references: Vec::new(),
        }
    };
    let group = |id: String, weight: f64, controls: Vec<Control>, groups: Vec<Group>| Group {
        id,
        title: t("g"),
        description: Text::default(),
        weight,
        controls,
        groups,
    };
    let groups: Vec<Group> = input
        .groups
        .iter()
        .take(12)
        .enumerate()
        .map(|(i, g)| {
            let controls: Vec<Control> = g.controls.iter().take(20).map(&mut control).collect();
            let mut inner = Vec::new();
            if !g.children.is_empty() {
                let children: Vec<Control> = g.children.iter().take(20).map(&mut control).collect();
                inner.push(group(format!("g{i}.1"), 1.0, children, Vec::new()));
            }
            group(format!("g{i}"), f64::from(g.weight % 100) + 0.5, controls, inner)
        })
        .collect();
    let level_defs: Vec<Level> = (1..=levels).map(|level| Level { level, name: t("l"), description: Text::default() }).collect();
    let mut profiles = Vec::new();
    if levels > 0 && !groups.is_empty() {
        profiles.push(Profile {
            id: "p".into(),
            title: t("p"),
            description: Text::default(),
            group_targets: vec![GroupTarget { group: "g0".into(), level: 1 + u32::from(input.profile_level) % levels }],
            control_targets: Vec::new(),
        });
    }
    let framework = Framework {
        schema: None,
        id: "fuzz".into(),
        version: "1.0.0".into(),
        title: t("F"),
        description: Text::default(),
        publisher: Text::default(),
        license: String::new(),
        released: None,
        source_url: None,
        headline: if levels > 0 { Headline::Level } else { Headline::Index },
        scales: vec![Scale { id: "s".into(), title: t("S"), options }],
        levels: level_defs,
        groups,
        profiles,
    };
    let has_profile = !framework.profiles.is_empty();
    let Ok(fw) = CompiledFramework::new(framework) else { return };
    let option_count = input.options.len().clamp(1, 8);
    let mut assessment = fw.new_assessment(Subject { name: "Fuzz".into(), kind: None, country: None, sector: None, region: None, size: None });
    for (i, a) in input.answers.iter().enumerate().take(n) {
        // 0 leaves the control unanswered.
        if *a != 0 {
            let response =
                Response { option: format!("o{}", usize::from(*a) % option_count), notes: None, evidence: Vec::new(), answered_at: None, provenance: None };
            assessment.responses.set(format!("c{}", i + 1), response);
        }
    }
    if has_profile {
        assessment.profile = Some("p".into());
    }
    let scored = fw.score(&assessment, None);
    if let Ok(report) = &scored {
        check_report(report);
        if let Some(max) = report.root.level {
            assert!(max <= levels, "level {max} above the highest declared level {levels}");
        }
    }
    let Ok(text) = serde_json::to_string(&assessment) else { return };
    let straight = fw.report_json(&text, None, JsonLayout::Compact);
    let serialized = scored.map(|r| serde_json::to_string(&r).unwrap_or_default());
    assert_eq!(straight, serialized, "report_json differs from the serialized report");
}

// ---- Importers ----

/// What every import that gives a framework keeps (the importers do not promise a valid
/// framework: the CLI validates before it writes): the framework's JSON (what the CLI writes)
/// compiles exactly when validation finds no problem, and reads back as the same framework.
fn check_imported(f: &Framework) {
    let valid = kalkan::validate_framework(f).is_empty();
    let json = serde_json::to_string(f).unwrap_or_default();
    let back = CompiledFramework::from_json(&json);
    assert_eq!(back.is_ok(), valid, "validation and compilation disagree on an imported framework: {:?}", back.err());
    if let Ok(b) = back {
        assert!(b.framework() == f, "an imported framework does not read back from its JSON as itself");
    }
}

/// The catalog OSCAL profiles are resolved against: a few controls of SP 800-53 rev5
/// (`python3 scripts/fuzz-seeds.py --oscal-catalog`).
pub const OSCAL_CATALOG: &str = include_str!("../data/oscal-catalog.json");

/// OSCAL import. The first byte is the mode: bit 0 clear, the rest is a catalog (imported on
/// the implementation scale, or with bit 1 on the yes/no scale; on the default scale, the
/// format's autodetection gives the same import); bit 0 set, the rest is a profile resolved
/// against [`OSCAL_CATALOG`] (bit 2: with the restricted framework). Each framework made is
/// checked by `check_imported`; a profile's targets are controls of the framework. (The
/// autodetected import is compared only when the import succeeded: a failing one would read
/// the input twice for nothing.)
pub fn oscal(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else { return };
    let Some(json) = text(DocumentKind::Framework, rest) else { return };
    let scale = if mode & 2 == 0 { ImportScale::Implementation } else { ImportScale::YesNoNa };
    let options = OscalOptions { scale, ..OscalOptions::default() };
    if mode & 1 == 0 {
        let imported = kalkan::import_oscal_catalog(json, &options);
        let Ok(i) = imported else { return };
        assert_eq!(i.report.controls, i.framework.control_count(), "the report counts other controls");
        check_imported(&i.framework);
        if scale == ImportScale::Implementation && kalkan::framework_format(json) == FrameworkFormat::OscalCatalog {
            let auto = kalkan::import_framework(json).map(|f| f.framework);
            assert_eq!(auto, Ok(Some(i.framework)), "autodetected import differs (or the import is not deterministic)");
        }
    } else {
        let Ok(p) = kalkan::import_oscal_profile(json, OSCAL_CATALOG, &options, mode & 4 != 0) else { return };
        check_imported(&p.framework);
        if let Some(r) = &p.restricted {
            check_imported(r);
        }
        assert!(p.framework.profiles.iter().any(|x| x.id == p.profile), "the profile is not in the framework");
        let mut ids = Vec::new();
        p.framework.walk_groups(|g, _| ids.extend(g.controls.iter().map(|c| c.id.as_str())));
        assert!(p.targets.iter().all(|t| ids.contains(&t.as_str())), "a target that is not a control");
    }
}

/// NIST CSF 1.1 as CISO Assistant publishes it, imported once: the framework the `ciso`
/// target's mapping libraries are resolved against.
fn ciso_csf() -> &'static CisoImport {
    static CSF: OnceLock<CisoImport> = OnceLock::new();
    CSF.get_or_init(|| {
        kalkan::import_ciso_library(include_str!("../../tests/fixtures/ciso-assistant/nist-csf-1.1.yaml"), &CisoOptions::default())
            .expect("the CSF 1.1 fixture imports")
    })
}

/// CISO Assistant import: a library with requirement mappings is imported as a mapping library
/// resolved against NIST CSF 1.1 (one mapping per set, each validated); any other as a framework
/// library (checked by `check_imported`; the format's autodetection gives the same import).
pub fn ciso(data: &[u8]) {
    let Some(yaml) = text(DocumentKind::Framework, data) else { return };
    if yaml.contains("requirement_mapping") {
        let Ok(m) = kalkan::import_ciso_mapping(yaml, &[ciso_csf()]) else { return };
        assert_eq!(m.mappings.len(), m.report.sets.len(), "one mapping per set");
        for mapping in &m.mappings {
            let _ = kalkan::validate_mapping(mapping);
        }
        return;
    }
    let Ok(i) = kalkan::import_ciso_library(yaml, &CisoOptions::default()) else { return };
    check_imported(&i.framework);
    if kalkan::framework_format(yaml) == FrameworkFormat::CisoAssistant {
        let auto = kalkan::import_framework(yaml).map(|f| f.framework);
        assert_eq!(auto, Ok(Some(i.framework)), "autodetected import differs (or the import is not deterministic)");
    }
}

/// A built-in framework cut down to a few controls (the first two top-level groups, each with
/// its first two controls and first sub-group; texts cut to 60 characters; profiles kept for
/// what is left): small seeds, and small workbooks.
pub fn reduced(f: &Framework) -> Framework {
    fn cut(t: &mut Text) {
        for v in t.0.values_mut() {
            if v.chars().count() > 60 {
                *v = v.chars().take(60).collect::<String>().trim_end().to_string();
            }
        }
    }
    fn group(g: &mut Group, depth: usize) {
        cut(&mut g.title);
        cut(&mut g.description);
        g.controls.truncate(2);
        g.groups.truncate(if depth == 0 || g.controls.is_empty() { 1 } else { 0 });
        for c in &mut g.controls {
            for t in [&mut c.title, &mut c.statement].into_iter().chain(c.question.as_mut()).chain(c.guidance.as_mut()) {
                cut(t);
            }
        }
        g.groups.iter_mut().for_each(|s| group(s, depth + 1));
    }
    let mut f = f.clone();
    cut(&mut f.description);
    for l in &mut f.levels {
        cut(&mut l.name);
        cut(&mut l.description);
    }
    f.groups.truncate(2);
    f.groups.iter_mut().for_each(|g| group(g, 0));
    let (mut groups, mut controls) = (Vec::new(), Vec::new());
    f.walk_groups(|g, _| {
        groups.push(g.id.clone());
        controls.extend(g.controls.iter().map(|c| c.id.clone()));
    });
    for p in &mut f.profiles {
        cut(&mut p.title);
        cut(&mut p.description);
        p.group_targets.retain(|t| groups.contains(&t.group));
        p.control_targets.retain(|c| controls.contains(c));
    }
    f.profiles.retain(|p| !p.group_targets.is_empty() || !p.control_targets.is_empty());
    f
}

/// The built-in frameworks, reduced ([`reduced`]) and compiled, once.
pub fn reduced_builtins() -> &'static [Arc<CompiledFramework>] {
    static REDUCED: OnceLock<Vec<Arc<CompiledFramework>>> = OnceLock::new();
    REDUCED.get_or_init(|| Registry::builtin().frameworks().filter_map(|fw| CompiledFramework::new(reduced(fw.framework())).ok().map(Arc::new)).collect())
}

/// The framework source of the `xlsx` target: the reduced built-in frameworks before the
/// built-in ones (same ids and versions: a workbook of a built-in framework finds its reduced
/// version, as small as its seeds).
fn xlsx_source() -> &'static FrameworkSource {
    static SOURCE: OnceLock<FrameworkSource> = OnceLock::new();
    SOURCE.get_or_init(|| FrameworkSource::with_given(reduced_builtins().iter().cloned()).expect("the reduced frameworks do not conflict"))
}

/// The `xlsx` target's seeds: a workbook of each reduced built-in framework, unanswered (only
/// the subject's name) in English and filled (every control answered, options in turn, some notes and evidence) in English,
/// Arabic and French.
pub fn seed_workbooks() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for fw in reduced_builtins() {
        let f = fw.framework();
        let mut a = fw.new_assessment(Subject { name: "Fuzz".into(), kind: None, country: Some("TR".into()), sector: None, region: None, size: None });
        out.extend(kalkan::export_xlsx(fw, Some(&a), "en"));
        a.profile = f.profiles.first().map(|p| p.id.clone());
        let mut i = 0usize;
        f.walk_groups(|g, _| {
            for c in &g.controls {
                let Some(scale) = f.scales.iter().find(|s| s.id == c.scale) else { continue };
                let Some(o) = scale.options.get(i % scale.options.len().max(1)) else { continue };
                let notes = (i % 2 == 0).then(|| format!("note {i}"));
                let evidence = if i % 3 == 0 { vec!["doc-1".to_string(), "=cmd()".to_string()] } else { Vec::new() };
                a.responses.set(c.id.clone(), Response { option: o.id.clone(), notes, evidence, answered_at: None, provenance: None });
                i += 1;
            }
        });
        for lang in ["en", "ar", "fr"] {
            out.extend(kalkan::export_xlsx(fw, Some(&a), lang));
        }
    }
    out
}

/// Questionnaire workbook import: a workbook that imports gives an assessment valid against the
/// framework it names (what `import_xlsx` promises), which scores.
pub fn xlsx(data: &[u8]) {
    let source = xlsx_source();
    let Ok(imported) = kalkan::import_xlsx(data, source) else { return };
    let a = &imported.assessment;
    let fw = source.for_assessment(a).expect("the framework of an imported workbook is found again");
    let problems = fw.validate_assessment(a);
    assert!(problems.is_empty(), "an imported workbook gives an invalid assessment: {problems:?}");
    assert_eq!(imported.report.answered, a.responses.len(), "the report counts other answers");
    if let Ok(report) = fw.score(a, None) {
        check_report(&report);
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
        let targets: [(&str, fn(&[u8])); 7] =
            [("framework", framework), ("assessment", assessment), ("report", report), ("mapping", mapping), ("oscal", oscal), ("ciso", ciso), ("xlsx", xlsx)];
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
        // Every reduced built-in framework compiles, and its workbooks import.
        assert_eq!(reduced_builtins().len(), Registry::builtin().frameworks().count());
        let books = seed_workbooks();
        assert_eq!(books.len(), 4 * reduced_builtins().len());
        for b in &books {
            if let Err(e) = kalkan::import_xlsx(b, xlsx_source()) {
                panic!("a seed workbook does not import: {e:?}");
            }
            xlsx(b);
        }
        // The OSCAL catalog imports, and a profile resolves against it.
        for mode in [0u8, 2] {
            let seed = [&[mode], OSCAL_CATALOG.as_bytes()].concat();
            assert!(kalkan::import_oscal_catalog(OSCAL_CATALOG, &OscalOptions::default()).is_ok());
            oscal(&seed);
        }
        let profile = r##"{"profile": {"uuid": "u", "metadata": {"title": "P", "version": "1", "oscal-version": "1.1.2"},
            "imports": [{"href": "#c", "include-controls": [{"with-ids": ["ac-1", "ac-2.1"]}]}]}}"##;
        assert!(kalkan::import_oscal_profile(profile, OSCAL_CATALOG, &OscalOptions::default(), true).is_ok());
        for mode in [1u8, 5] {
            oscal(&[&[mode], profile.as_bytes()].concat());
        }
        // Every CISO Assistant fixture, framework and mapping libraries.
        for f in files(&root().join("tests/fixtures/ciso-assistant")).into_iter().filter(|p| p.extension().is_some_and(|x| x == "yaml")) {
            ciso(&std::fs::read(&f).unwrap_or_default());
        }
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
