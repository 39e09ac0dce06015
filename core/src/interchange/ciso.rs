//! CISO Assistant libraries in (YAML): a library's `framework` becomes a Kalkan framework, its
//! `requirement_mapping_set(s)` become Kalkan mapping documents.
//!
//! How a framework library becomes a framework (see also `docs/interchange.md`):
//! - **Identity**: `id` is given, or else the slug of the framework URN's last segment
//!   (`urn:intuitem:risk:framework:nist-csf-1.1` → `nist-csf-1-1`); `version` is given, or else
//!   `<library version>.0.0` (a library upgrade may delete nodes, so each one is a major). The
//!   SHA-256 of the source text is in the report. `publisher` = `provider`, `license` =
//!   `copyright`, `released` = `publication_date`.
//! - **Tree**: `requirement_nodes` is a flat list linked by `parent_urn` (a parent must come
//!   before its children, as CISO Assistant writes them; without `parent_urn` the nearest
//!   earlier node one `depth` up is the parent). A non-assessable node with children is a
//!   group; an assessable leaf is a control. An **assessable node with children** that give
//!   controls is a group (id `<id>:group`) holding first a control for the node itself (which
//!   keeps the node's id, so mappings and answers by `ref_id` reach it) and then its children.
//!   A **non-assessable leaf** is a note: its name and description are appended to its parent
//!   group's description, to the guidance of its parent control (the SSDF's "Example N:"
//!   children of a task), or, at the top level, to the framework's description; a
//!   non-assessable node whose children are all notes is itself a note. Assessable top-level
//!   nodes go into a synthetic group `requirements` titled after the framework. In a group,
//!   controls come before sub-groups (Kalkan's document order).
//! - **Ids**: a node's id is its `ref_id`, else its URN's tail after the framework's segment.
//!   An id that Kalkan's id rules forbid is encoded: NFC, each run of forbidden characters
//!   becomes one `_` between kept characters (none at the ends), `+` becomes `plus`
//!   (`GOVERN 1.1` → `GOVERN_1.1`, `R27 (+)` → `R27_(plus)`), cut to 64 characters; a clash
//!   gets `-2`, `-3`... The original is kept: the control gets a tag `ref_id:<original>`, and
//!   the report lists every renamed id (`renamed`: URN, original, id) and maps every node URN
//!   to its id (`node_ids`).
//! - **Texts**: `locale` is the language of the plain fields, `translations` add the others.
//!   Title = `name`, else `ref_id`, else the first line of the description (cut to 120
//!   characters), else the id; statement = `description`, else the title; guidance =
//!   `annotation` and `typical_evidence` (and notes). Control characters are removed
//!   (`text_cleaned`). **Without English** (locale not `en` and no `en` translation) the
//!   locale's text is also given as the English text, so that the framework validates, and the
//!   report says so (`english_fallback` = the locale, warning `no_english`); a text lacking
//!   English in a library that has English gets the same fallback (warning
//!   `english_fallback`, with the count).
//! - **Scale**: with `scores_definition` (a list, or `{scale: [...]}`), one option per score
//!   `s` (id `score-<s>`, label its name) with credit (s − min)/(max − min) (`min_score`,
//!   `max_score`, else the lowest and highest scores), `meets` when s ≥ the threshold given
//!   (`meets_from`) or, by default, when the credit is at least 2/3 (as in Kalkan's
//!   implementation scale: CSF tiers 3 and 4 of 1–4 meet), plus `not_applicable`. Otherwise
//!   CISO Assistant's result scale: `compliant` (1, meets), `partially_compliant` (0.5),
//!   `non_compliant` (0), `not_applicable`. The headline is the index (scores grade an answer;
//!   they are not cumulative maturity levels).
//! - **Implementation groups**: each node's IGs become tags `ig:<ref_id>`, and each IG of
//!   `implementation_groups_definition` a target profile (id: its `ref_id`, encoded as above)
//!   whose `control_targets` are the controls tagged with it, in document order.
//! - `weight` → weight, `importance` → tag `importance:<value>`.
//! - **Left out, with a warning** (`dropped_field`, with the field and the count):
//!   `reference_controls`, `threats` (they point into other libraries), score descriptions,
//!   node `min_score`/`max_score`/`scores_definition_ref`, `display_mode`,
//!   `field_visibility`. **Questions**: an assessable node with exactly one question, of type
//!   `unique_choice`, is a control whose `question` is the question's text and whose scale
//!   (`q:<id>`) is its choices (credit = `add_score` / the largest `add_score`, meets ⇐
//!   `compute_result: compliant`, not applicable ⇐ `not_applicable`; warning
//!   `question_as_scale`). Other questions are not turned into controls: warning
//!   `questions_unsupported` per node with the number and types of its questions (the node is
//!   answered on the framework's scale).
//!
//! A mapping library's sets (`requirement_mapping_set`, or the list
//! `requirement_mapping_sets`) each become a [`Mapping`]: `equal` → `equal-to`, `subset` →
//! `subset-of`, `superset` → `superset-of`, `intersect` → `intersects-with`, `not_related` →
//! `no-relationship`; `rationale` (`syntactic`, `semantic`, `functional`) → `matching`;
//! `annotation` → the map's rationale text. Node URNs are resolved to control ids through the
//! reports of framework imports given alongside (`node_ids`); an unresolved URN gets its tail,
//! encoded as above, and is counted in the set's report. A framework resolved so gives the
//! mapping its id and the requirement `^<version>`; otherwise the slug of the URN tail and `*`.
//! A Kalkan mapping relates controls: a requirement mapping whose node, in a framework given,
//! became a group (a non-assessable node: a CSF function or category) is left out, with one
//! warning `not_a_control` per set and side (with the count). A framework given that no set
//! names is reported (`unused_framework`, with its URN): it resolved nothing.

use std::collections::{BTreeMap, HashMap, HashSet};

use schemars::JsonSchema;
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Serialize};
use serde_json::json;
use unicode_normalization::UnicodeNormalization;

use crate::error::{details, Code, DocumentKind, Error, Pointer, Problem, Result};
use crate::interchange::oscal::{sha256, slug, version_of, ImportWarning};
use crate::limits::check_size;
use crate::model::framework::{Control, Framework, Group, Headline, Profile, Scale, ScaleOption};
use crate::model::mapping::{Map, MappedFramework, Mapping, Matching, Relationship};
use crate::model::text::Text;
use crate::parse::{pointer_of, shape_problem, strip_position};
use crate::safe::{text_problem, ID_PUNCTUATION, MAX_ID_CHARS};
use crate::validate::framework::MAX_WEIGHT;

// ---- The CISO Assistant subset read (unknown fields are ignored) ----

/// A YAML scalar read as text (`ref_id: 1.1` is a number in YAML).
#[derive(Deserialize, Clone)]
#[serde(untagged)]
enum Scalar {
    S(String),
    I(i64),
    F(f64),
    B(bool),
}

impl Scalar {
    fn text(&self) -> String {
        match self {
            Scalar::S(s) => s.clone(),
            Scalar::I(i) => i.to_string(),
            Scalar::F(f) => f.to_string(),
            Scalar::B(b) => b.to_string(),
        }
    }
}

#[derive(Deserialize, Default, Clone)]
struct Tr {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    annotation: Option<String>,
}

type Trs = Option<BTreeMap<String, Option<Tr>>>;

#[derive(Deserialize)]
struct Library {
    urn: String,
    #[serde(default)]
    locale: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    copyright: Option<String>,
    version: Scalar,
    #[serde(default)]
    publication_date: Option<Scalar>,
    #[serde(default)]
    provider: Option<String>,
    #[serde(default)]
    translations: Trs,
    objects: Objects,
}

#[derive(Deserialize)]
struct Objects {
    #[serde(default)]
    framework: Option<Fw>,
    #[serde(default)]
    frameworks: Option<Vec<Fw>>,
    #[serde(default)]
    requirement_mapping_set: Option<MSet>,
    #[serde(default)]
    requirement_mapping_sets: Option<Vec<MSet>>,
}

#[derive(Deserialize)]
struct Fw {
    urn: String,
    #[serde(default)]
    ref_id: Option<Scalar>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    min_score: Option<f64>,
    #[serde(default)]
    max_score: Option<f64>,
    #[serde(default)]
    scores_definition: Option<ScoresDef>,
    #[serde(default)]
    implementation_groups_definition: Option<Vec<IgDef>>,
    #[serde(default)]
    translations: Trs,
    #[serde(default)]
    field_visibility: Option<IgnoredAny>,
    #[serde(default)]
    requirement_nodes: Option<Vec<Node>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ScoresDef {
    List(Vec<ScoreDef>),
    Scale { scale: Vec<ScoreDef> },
}

#[derive(Deserialize)]
struct ScoreDef {
    score: f64,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    translations: Trs,
}

#[derive(Deserialize)]
struct IgDef {
    ref_id: Scalar,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    translations: Trs,
}

#[derive(Deserialize)]
struct Node {
    urn: String,
    #[serde(default)]
    parent_urn: Option<String>,
    #[serde(default)]
    depth: Option<u32>,
    #[serde(default)]
    assessable: Option<bool>,
    #[serde(default)]
    ref_id: Option<Scalar>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    annotation: Option<String>,
    #[serde(default)]
    typical_evidence: Option<String>,
    #[serde(default)]
    implementation_groups: Option<Vec<Scalar>>,
    #[serde(default)]
    weight: Option<f64>,
    #[serde(default)]
    importance: Option<String>,
    #[serde(default)]
    translations: Trs,
    #[serde(default)]
    reference_controls: Option<Vec<IgnoredAny>>,
    #[serde(default)]
    threats: Option<Vec<IgnoredAny>>,
    #[serde(default)]
    questions: Option<BTreeMap<String, Question>>,
    #[serde(default)]
    display_mode: Option<IgnoredAny>,
    #[serde(default)]
    min_score: Option<IgnoredAny>,
    #[serde(default)]
    max_score: Option<IgnoredAny>,
    #[serde(default)]
    scores_definition_ref: Option<IgnoredAny>,
}

#[derive(Deserialize)]
struct Question {
    #[serde(rename = "type", default)]
    kind: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    choices: Option<Vec<Choice>>,
}

#[derive(Deserialize)]
struct Choice {
    #[serde(default)]
    value: Option<Scalar>,
    #[serde(default)]
    add_score: Option<Scalar>,
    #[serde(default)]
    compute_result: Option<Scalar>,
}

/// The question of an assessable node that has exactly one question, of type `unique_choice`
/// with choices: its choices become the control's scale.
fn single_choice(node: &Node) -> Option<&Question> {
    let q = node.questions.as_ref().filter(|q| q.len() == 1)?.values().next()?;
    let ok = node.assessable == Some(true) && q.kind.as_deref() == Some("unique_choice") && q.choices.as_ref().is_some_and(|c| !c.is_empty());
    ok.then_some(q)
}

#[derive(Deserialize)]
struct MSet {
    urn: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    source_framework_urn: String,
    target_framework_urn: String,
    #[serde(default)]
    requirement_mappings: Option<Vec<RMap>>,
}

#[derive(Deserialize)]
struct RMap {
    source_requirement_urn: String,
    target_requirement_urn: String,
    relationship: String,
    #[serde(default)]
    rationale: Option<String>,
    #[serde(default)]
    annotation: Option<String>,
    #[serde(default)]
    strength_of_relationship: Option<IgnoredAny>,
}

// ---- What the import gives ----

/// Choices for a CISO Assistant framework import.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields, default)]
pub struct CisoOptions {
    /// The framework id (else the slug of the framework URN's last segment).
    pub id: Option<String>,
    /// The framework version (else `<library version>.0.0`).
    pub version: Option<String>,
    /// With `scores_definition`: the lowest score that meets a control (else the scores whose
    /// credit is at least 2/3).
    pub meets_from: Option<f64>,
}

/// An id changed from the library's (encoded, or made unique), with its original.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct RenamedId {
    /// The node's URN.
    pub urn: String,
    /// The library's `ref_id` (or URN tail).
    pub original: String,
    /// The Kalkan id given.
    pub id: String,
    /// `control` or `group`.
    pub what: String,
}

/// What a CISO Assistant framework import read, made and left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct CisoReport {
    /// `ciso-assistant`.
    pub format: String,
    /// `sha256:` and the hex SHA-256 of the source text.
    pub source_digest: String,
    /// The library's URN and version.
    pub library_urn: String,
    /// See `library_urn`.
    pub library_version: String,
    /// The framework's URN.
    pub framework_urn: String,
    /// The library's `locale`.
    pub locale: String,
    /// The languages of the library's texts (locale first).
    pub languages: Vec<String>,
    /// The language whose texts were also given as English, when the library has no English.
    pub english_fallback: Option<String>,
    /// Requirement nodes read.
    pub nodes: usize,
    /// Groups made.
    pub groups: usize,
    /// Controls made.
    pub controls: usize,
    /// Non-assessable leaves folded into a description or guidance.
    pub notes: usize,
    /// Every id that differs from the library's.
    pub renamed: Vec<RenamedId>,
    /// Each node URN and the id of the control (assessable node) or group it became.
    pub node_ids: BTreeMap<String, String>,
    /// Everything else worth knowing.
    pub warnings: Vec<ImportWarning>,
}

/// An imported CISO Assistant framework library: the framework and the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct CisoImport {
    /// The framework.
    pub framework: Framework,
    /// What was read, made and left out.
    pub report: CisoReport,
}

/// What one mapping set gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct MappingSetReport {
    /// The set's URN.
    pub urn: String,
    /// The frameworks' URNs.
    pub source_framework_urn: String,
    /// See `source_framework_urn`.
    pub target_framework_urn: String,
    /// Requirement mappings read.
    pub read: usize,
    /// Maps made.
    pub maps: usize,
    /// Maps by relationship (`intersects-with`: 98, ...).
    pub relationships: BTreeMap<String, usize>,
    /// Maps made whose source (target) URN was resolved to an imported framework's control id
    /// (the others name the URN's tail).
    pub resolved_sources: usize,
    /// See `resolved_sources`.
    pub resolved_targets: usize,
}

/// What a CISO Assistant mapping import read, made and left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct MappingReport {
    /// `ciso-assistant-mapping`.
    pub format: String,
    /// `sha256:` and the hex SHA-256 of the source text.
    pub source_digest: String,
    /// The library's URN.
    pub library_urn: String,
    /// One per set, in the library's order.
    pub sets: Vec<MappingSetReport>,
    /// Everything else worth knowing.
    pub warnings: Vec<ImportWarning>,
}

/// An imported CISO Assistant mapping library: one mapping per set, and the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct MappingImport {
    /// The mappings, in the library's order.
    pub mappings: Vec<Mapping>,
    /// What was read, made and left out.
    pub report: MappingReport,
}

// ---- Reading YAML ----

fn problem(document: DocumentKind, problem: &str) -> Error {
    Error::Parse { document, problem: Problem::new(Pointer::root(), Code::InvalidStructure, details([("problem", json!(problem))])) }
}

fn located(mut p: Problem, e: &serde_norway::Error) -> Problem {
    if let Some(l) = e.location() {
        p.line = Some(l.line());
        p.column = Some(l.column());
    }
    p
}

/// Reads `yaml` as a `T` with located errors: syntax errors as `malformed_json` (reason
/// `yaml`, with line and column), shape errors as `invalid_structure` with their pointer.
fn read<T: DeserializeOwned>(document: DocumentKind, yaml: &str, is_wanted: fn(&Probe) -> bool, not_wanted: &str) -> Result<T> {
    check_size(document, yaml.len() as u64)?;
    let yaml = yaml.strip_prefix('\u{FEFF}').unwrap_or(yaml);
    if let Err(e) = IgnoredAny::deserialize(serde_norway::Deserializer::from_str(yaml)) {
        let mut d = details([("reason", json!("yaml"))]);
        if let Some(l) = e.location() {
            d.insert("line".into(), json!(l.line()));
            d.insert("column".into(), json!(l.column()));
        }
        return Err(Error::Parse { document, problem: located(Problem::new(Pointer::root(), Code::MalformedJson, d), &e) });
    }
    match Probe::deserialize(serde_norway::Deserializer::from_str(yaml)) {
        Ok(p) if p.urn.is_some() && p.objects.is_some() => {
            if !is_wanted(&p) {
                return Err(problem(document, not_wanted));
            }
        }
        _ => return Err(problem(document, "not_ciso_library")),
    }
    serde_path_to_error::deserialize::<_, T>(serde_norway::Deserializer::from_str(yaml)).map_err(|e| {
        let at = pointer_of(e.path());
        let inner = e.into_inner();
        Error::Parse { document, problem: located(shape_problem(at, &serde_message(&inner.to_string())), &inner) }
    })
}

/// serde's own message in a YAML error: without the position, and without the path that the
/// YAML reader puts in front (`objects.framework: invalid type: ...`; the pointer says where).
fn serde_message(message: &str) -> String {
    let message = strip_position(message);
    const STARTS: [&str; 8] = [
        "missing field ",
        "duplicate field ",
        "unknown field ",
        "unknown variant ",
        "invalid type: ",
        "invalid value: ",
        "invalid length ",
        "data did not match",
    ];
    let start = STARTS.iter().filter_map(|s| message.find(s)).min().unwrap_or(0);
    message.get(start..).unwrap_or(&message).to_string()
}

#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    urn: Option<IgnoredAny>,
    #[serde(default)]
    objects: Option<ProbeObjects>,
}

#[derive(Deserialize)]
struct ProbeObjects {
    #[serde(default)]
    framework: Option<IgnoredAny>,
    #[serde(default)]
    frameworks: Option<IgnoredAny>,
    #[serde(default)]
    requirement_mapping_set: Option<IgnoredAny>,
    #[serde(default)]
    requirement_mapping_sets: Option<IgnoredAny>,
}

fn has_framework(p: &Probe) -> bool {
    p.objects.as_ref().is_some_and(|o| o.framework.is_some() || o.frameworks.is_some())
}

fn has_mapping(p: &Probe) -> bool {
    p.objects.as_ref().is_some_and(|o| o.requirement_mapping_set.is_some() || o.requirement_mapping_sets.is_some())
}

// ---- Ids and texts ----

/// Kalkan's id for a library id (see the module's rule); `None` when nothing is left.
pub(crate) fn encode_id(raw: &str) -> Option<String> {
    let mut out = String::new();
    let mut gap = false;
    let mut n = 0;
    for c in raw.nfc() {
        let piece: Option<&str> = if c == '+' { Some("plus") } else { None };
        if !(c.is_alphanumeric() || ID_PUNCTUATION.contains(&c) || piece.is_some()) {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push('_');
            n += 1;
        }
        gap = false;
        match piece {
            Some(p) => {
                out.push_str(p);
                n += p.len();
            }
            None => {
                out.push(c);
                n += 1;
            }
        }
        if n >= MAX_ID_CHARS {
            break;
        }
    }
    let out: String = out.chars().take(MAX_ID_CHARS).collect();
    // A cut may leave a trailing `_`: keep ids tidy.
    let out = out.trim_end_matches('_').to_string();
    (!out.is_empty()).then_some(out)
}

/// A URN's tail: what follows `urn:<namespace>:risk:<kind>:<library>:`, else its last segment.
fn urn_tail(urn: &str) -> &str {
    let parts: Vec<&str> = urn.splitn(6, ':').collect();
    match parts.as_slice() {
        [_, _, _, _, _, rest] if !rest.is_empty() => rest,
        _ => urn.rsplit(':').next().unwrap_or(urn),
    }
}

/// Text safe for Kalkan: CR LF as LF, control characters (but tab and line feed) removed, and
/// unbalanced bidi controls removed; trimmed. Whether anything was removed.
fn clean(s: &str) -> (String, bool) {
    let s = s.trim();
    if text_problem(s).is_none() {
        return (s.to_string(), false);
    }
    let s = s.replace("\r\n", "\n");
    let mut out: String = s.chars().filter(|&c| c == '\t' || c == '\n' || !c.is_control()).collect();
    if text_problem(&out).is_some() {
        out = out.chars().filter(|&c| !crate::safe::is_bidi_control(c)).collect();
    }
    (out.trim().to_string(), true)
}

/// The first line of `s`, cut at a word boundary to at most `max` characters (with `…`).
fn excerpt(s: &str, max: usize) -> String {
    let line = s.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    if line.chars().count() <= max {
        return line.to_string();
    }
    let cut: String = line.chars().take(max).collect();
    let at_word_end = line.chars().nth(max).is_some_and(char::is_whitespace);
    let cut = match cut.rfind(' ') {
        Some(i) if !at_word_end && i > max / 2 => cut.get(..i).unwrap_or(&cut).to_string(),
        _ => cut,
    };
    format!("{}…", cut.trim_end())
}

/// Joins texts language by language (blank ones skipped).
fn join(texts: &[&Text], sep: &str) -> Text {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for t in texts {
        for (lang, s) in &t.0 {
            if s.trim().is_empty() {
                continue;
            }
            out.entry(lang.clone())
                .and_modify(|o| {
                    o.push_str(sep);
                    o.push_str(s);
                })
                .or_insert_with(|| s.clone());
        }
    }
    Text(out)
}

fn is_blank(t: &Text) -> bool {
    t.0.values().all(|s| s.trim().is_empty())
}

struct Ctx {
    locale: String,
    english: bool,
    fallbacks: usize,
    cleaned: usize,
    warnings: Vec<ImportWarning>,
}

impl Ctx {
    fn warn(&mut self, code: &str, at: Pointer, pairs: &[(&str, &str)]) {
        self.warnings.push(ImportWarning {
            code: code.into(),
            pointer: at,
            details: pairs.iter().map(|(k, v)| ((*k).to_string(), (*v).to_string())).collect(),
        });
    }

    fn clean(&mut self, s: &str) -> String {
        let (s, changed) = clean(s);
        self.cleaned += usize::from(changed);
        s
    }

    /// A localized text from the locale's field and the same field of each translation, with
    /// English given (from the locale's text, else the first language) when absent.
    fn text(&mut self, base: Option<&str>, translations: &Trs, pick: fn(&Tr) -> Option<&str>) -> Text {
        let mut map: BTreeMap<String, String> = BTreeMap::new();
        if let Some(b) = base {
            let b = self.clean(b);
            if !b.is_empty() {
                map.insert(self.locale.clone(), b);
            }
        }
        for (lang, tr) in translations.iter().flatten() {
            if let Some(s) = tr.as_ref().and_then(pick) {
                let s = self.clean(s);
                if !s.is_empty() {
                    map.entry(lang.clone()).or_insert(s);
                }
            }
        }
        if !map.is_empty() && !map.contains_key("en") {
            let fallback = map.get(&self.locale).or_else(|| map.values().next()).cloned().unwrap_or_default();
            map.insert("en".into(), fallback);
            if self.english {
                self.fallbacks += 1;
            }
        }
        Text(map)
    }

    fn plain(&self, s: &str) -> Text {
        let mut t = Text::from_pairs([("en", s)]);
        if self.locale != "en" {
            t.0.insert(self.locale.clone(), s.to_string());
        }
        t
    }
}

// ---- Frameworks ----

enum Item {
    Control(Control),
    Group(Group),
    Note(Text),
}

/// Deepest nesting of requirement nodes accepted (the tree is built recursively).
const MAX_NODE_DEPTH: usize = 64;

struct Builder<'a> {
    ctx: Ctx,
    nodes: &'a [Node],
    children: Vec<Vec<usize>>,
    at: Pointer,
    ids: HashSet<String>,
    scale: String,
    renamed: Vec<RenamedId>,
    node_ids: BTreeMap<String, String>,
    notes: usize,
    dropped: BTreeMap<&'static str, usize>,
    known_igs: HashSet<String>,
    /// Scales of questions turned into scales.
    extra_scales: Vec<Scale>,
}

impl<'a> Builder<'a> {
    fn unique(&mut self, wanted: String) -> String {
        if self.ids.insert(wanted.clone()) {
            return wanted;
        }
        let mut n = 2;
        loop {
            let suffix = format!("-{n}");
            let base: String = wanted.chars().take(MAX_ID_CHARS - suffix.len()).collect();
            let candidate = format!("{base}{suffix}");
            if self.ids.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }

    /// The node's id (unique) and its original when they differ.
    fn node_id(&mut self, i: usize, suffix: &str, what: &str) -> String {
        let nodes = self.nodes;
        let Some(node) = nodes.get(i) else { return self.unique(format!("node-{i}")) };
        let original = match &node.ref_id {
            Some(r) if !r.text().trim().is_empty() => r.text(),
            _ => urn_tail(&node.urn).to_string(),
        };
        let encoded = encode_id(&original).unwrap_or_else(|| format!("node-{i}"));
        let wanted = if suffix.is_empty() {
            encoded
        } else {
            let base: String = encoded.chars().take(MAX_ID_CHARS - suffix.len()).collect();
            format!("{base}{suffix}")
        };
        let id = self.unique(wanted);
        let from_ref = node.ref_id.is_some();
        if suffix.is_empty() && id != original {
            self.renamed.push(RenamedId { urn: node.urn.clone(), original: original.clone(), id: id.clone(), what: what.into() });
            if from_ref {
                self.ctx.warn("id_renamed", self.at.clone().index(i).key("ref_id"), &[("from", &original), ("to", &id)]);
            }
        }
        id
    }

    fn title(&mut self, node: &Node, id: &str) -> Text {
        let t = self.ctx.text(node.name.as_deref(), &node.translations, |t| t.name.as_deref());
        if !is_blank(&t) {
            return t;
        }
        if let Some(r) = node.ref_id.as_ref().map(Scalar::text).filter(|r| !r.trim().is_empty()) {
            let r = self.ctx.clean(&r);
            return self.ctx.plain(&r);
        }
        let d = self.ctx.text(node.description.as_deref(), &node.translations, |t| t.description.as_deref());
        if !is_blank(&d) {
            return Text(d.0.into_iter().map(|(l, s)| (l, excerpt(&s, 120))).collect());
        }
        self.ctx.plain(id)
    }

    fn note(&mut self, node: &Node) -> Text {
        let name = self.ctx.text(node.name.as_deref(), &node.translations, |t| t.name.as_deref());
        let description = self.ctx.text(node.description.as_deref(), &node.translations, |t| t.description.as_deref());
        join(&[&name, &description], "\n")
    }

    fn count_dropped(&mut self, i: usize) {
        let nodes = self.nodes;
        let Some(node) = nodes.get(i) else { return };
        let fields: [(&'static str, bool); 6] = [
            ("reference_controls", node.reference_controls.as_ref().is_some_and(|v| !v.is_empty())),
            ("threats", node.threats.as_ref().is_some_and(|v| !v.is_empty())),
            ("display_mode", node.display_mode.is_some()),
            ("min_score", node.min_score.is_some()),
            ("max_score", node.max_score.is_some()),
            ("scores_definition_ref", node.scores_definition_ref.is_some()),
        ];
        for (field, present) in fields {
            if present {
                *self.dropped.entry(field).or_default() += 1;
            }
        }
        if single_choice(node).is_some() {
            self.ctx.warn("question_as_scale", self.at.clone().index(i).key("questions"), &[("count", "1"), ("types", "unique_choice: 1")]);
        } else if let Some(q) = node.questions.as_ref().filter(|q| !q.is_empty()) {
            let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
            for question in q.values() {
                *kinds.entry(question.kind.as_deref().unwrap_or("unknown")).or_default() += 1;
            }
            let kinds = kinds.iter().map(|(k, n)| format!("{k}: {n}")).collect::<Vec<_>>().join(", ");
            self.ctx.warn("questions_unsupported", self.at.clone().index(i).key("questions"), &[("count", &q.len().to_string()), ("types", &kinds)]);
        }
    }

    fn weight(&mut self, i: usize, w: Option<f64>) -> f64 {
        match w {
            None => 1.0,
            Some(w) if w.is_finite() && w > 0.0 && w <= MAX_WEIGHT => w,
            Some(w) => {
                self.ctx.warn("invalid_weight", self.at.clone().index(i).key("weight"), &[("weight", &w.to_string())]);
                1.0
            }
        }
    }

    fn control(&mut self, node: &'a Node, i: usize, id: String, notes: &[Text]) -> Control {
        let title = self.title(node, &id);
        let statement = self.ctx.text(node.description.as_deref(), &node.translations, |t| t.description.as_deref());
        let statement = if is_blank(&statement) { title.clone() } else { statement };
        let annotation = self.ctx.text(node.annotation.as_deref(), &node.translations, |t| t.annotation.as_deref());
        let evidence = self.ctx.text(node.typical_evidence.as_deref(), &None, |_| None);
        let mut parts = vec![&annotation, &evidence];
        parts.extend(notes.iter());
        let guidance = join(&parts, "\n\n");
        let mut tags = Vec::new();
        for ig in node.implementation_groups.iter().flatten() {
            let ig = ig.text();
            if !self.known_igs.contains(&ig) {
                self.known_igs.insert(ig.clone());
                self.ctx.warn("unknown_implementation_group", self.at.clone().index(i).key("implementation_groups"), &[("group", &ig)]);
            }
            tags.push(format!("ig:{}", self.ctx.clean(&ig)));
        }
        if let Some(imp) = node.importance.as_deref().filter(|s| !s.trim().is_empty()) {
            tags.push(format!("importance:{}", self.ctx.clean(imp)));
        }
        if let Some(r) = node.ref_id.as_ref().map(Scalar::text) {
            if r != id {
                tags.push(format!("ref_id:{}", self.ctx.clean(&r)));
            }
        }
        self.node_ids.insert(node.urn.clone(), id.clone());
        let (scale, question) = match single_choice(node) {
            Some(q) => {
                let scale = self.question_scale(&id, q);
                let text = self.ctx.text(q.text.as_deref(), &None, |_| None);
                (scale, (!is_blank(&text)).then_some(text))
            }
            None => (self.scale.clone(), None),
        };
        Control {
            id,
            title,
            statement,
            question,
            guidance: (!is_blank(&guidance)).then_some(guidance),
            level: None,
            weight: self.weight(i, node.weight),
            scale,
            tags,
            references: Vec::new(),
        }
    }

    /// A scale of a `unique_choice` question's choices (id `q:<control id>`): option `choice-<n>`
    /// labelled with its value, credit = add_score / the largest add_score (without scores: 1,
    /// 0.5, 0 by `compute_result`), meets when `compute_result` is `compliant`, not applicable
    /// when it is `not_applicable` (an option `not_applicable` is added when no choice is).
    fn question_scale(&mut self, control: &str, q: &Question) -> String {
        let choices: &[Choice] = q.choices.as_deref().unwrap_or(&[]);
        let score = |c: &Choice| c.add_score.as_ref().and_then(|s| s.text().trim().parse::<f64>().ok()).filter(|s| s.is_finite() && *s >= 0.0);
        let top = choices.iter().filter_map(score).fold(0.0_f64, f64::max);
        let mut options = Vec::new();
        for (j, c) in choices.iter().enumerate() {
            let result = c.compute_result.as_ref().map(Scalar::text).unwrap_or_default();
            let credit = match score(c) {
                Some(s) if top > 0.0 => s / top,
                _ => match result.as_str() {
                    "compliant" => 1.0,
                    "partially_compliant" => 0.5,
                    _ => 0.0,
                },
            };
            let value = c.value.as_ref().map(Scalar::text).unwrap_or_default();
            let label = self.ctx.text(Some(&value), &None, |_| None);
            let label = if is_blank(&label) { self.ctx.plain(&format!("{}", j + 1)) } else { label };
            let na = result == "not_applicable";
            options.push(ScaleOption {
                id: format!("choice-{}", j + 1),
                label,
                credit: if na { 0.0 } else { credit },
                meets: result == "compliant",
                not_applicable: na,
            });
        }
        if !options.iter().any(|o| o.not_applicable) {
            options.push(na_option());
        }
        let id: String = format!("q:{control}").chars().take(MAX_ID_CHARS).collect();
        self.extra_scales.push(Scale { id: id.clone(), title: Text::default(), options });
        id
    }

    fn item(&mut self, i: usize, depth: usize) -> Result<Item> {
        if depth > MAX_NODE_DEPTH {
            return Err(Error::Parse {
                document: DocumentKind::Framework,
                problem: Problem::new(self.at.clone().index(i), Code::TooDeep, details([("limit", json!(MAX_NODE_DEPTH))])),
            });
        }
        self.count_dropped(i);
        let nodes = self.nodes;
        let Some(node) = nodes.get(i) else { return Ok(Item::Note(Text::default())) };
        let assessable = node.assessable.unwrap_or(false);
        let kids = self.children.get(i).cloned().unwrap_or_default();
        if kids.is_empty() {
            if assessable {
                let id = self.node_id(i, "", "control");
                return Ok(Item::Control(self.control(node, i, id, &[])));
            }
            self.notes += 1;
            return Ok(Item::Note(self.note(node)));
        }
        // Ids in document order: the node's own first.
        let own = if assessable { Some(self.node_id(i, "", "control")) } else { None };
        let mut controls = Vec::new();
        let mut groups = Vec::new();
        let mut notes = Vec::new();
        for k in kids {
            match self.item(k, depth + 1)? {
                Item::Control(c) => controls.push(c),
                Item::Group(g) => groups.push(g),
                Item::Note(t) => notes.push(t),
            }
        }
        if controls.is_empty() && groups.is_empty() {
            if let Some(id) = own {
                return Ok(Item::Control(self.control(node, i, id, &notes)));
            }
            self.notes += 1;
            let mut all = vec![self.note(node)];
            all.extend(notes);
            let refs: Vec<&Text> = all.iter().collect();
            return Ok(Item::Note(join(&refs, "\n\n")));
        }
        let refs: Vec<&Text> = notes.iter().collect();
        let notes_text = join(&refs, "\n\n");
        let group = match own {
            Some(id) => {
                let gid = self.node_id(i, ":group", "group");
                let control = self.control(node, i, id, &[]);
                controls.insert(0, control);
                let title = self.title(node, &gid);
                Group { id: gid, title, description: notes_text, weight: self.weight(i, node.weight), controls, groups }
            }
            None => {
                let gid = self.node_id(i, "", "group");
                self.node_ids.insert(node.urn.clone(), gid.clone());
                let description = self.ctx.text(node.description.as_deref(), &node.translations, |t| t.description.as_deref());
                let title = self.title(node, &gid);
                Group { id: gid, title, description: join(&[&description, &notes_text], "\n\n"), weight: self.weight(i, node.weight), controls, groups }
            }
        };
        Ok(Item::Group(group))
    }
}

fn score_text(s: f64) -> String {
    if s.fract() == 0.0 && s.abs() < 1e15 {
        format!("{}", s as i64)
    } else {
        s.to_string()
    }
}

fn na_option() -> ScaleOption {
    ScaleOption {
        id: "not_applicable".into(),
        label: Text::from_pairs([("en", "Not applicable"), ("ar", "لا ينطبق"), ("fr", "Sans objet")]),
        credit: 0.0,
        meets: false,
        not_applicable: true,
    }
}

/// CISO Assistant's result scale.
pub(crate) fn result_scale() -> Scale {
    let option = |id: &str, [en, ar, fr]: [&str; 3], credit: f64, meets: bool| ScaleOption {
        id: id.into(),
        label: Text::from_pairs([("en", en), ("ar", ar), ("fr", fr)]),
        credit,
        meets,
        not_applicable: false,
    };
    Scale {
        id: "ciso-result".into(),
        title: Text::from_pairs([("en", "Compliance result"), ("ar", "نتيجة الامتثال"), ("fr", "Résultat de conformité")]),
        options: vec![
            option("compliant", ["Compliant", "ممتثل", "Conforme"], 1.0, true),
            option("partially_compliant", ["Partially compliant", "ممتثل جزئيًا", "Partiellement conforme"], 0.5, false),
            option("non_compliant", ["Non-compliant", "غير ممتثل", "Non conforme"], 0.0, false),
            na_option(),
        ],
    }
}

fn score_scale(ctx: &mut Ctx, fw: &Fw, at: &Pointer, meets_from: Option<f64>, dropped: &mut BTreeMap<&'static str, usize>) -> Scale {
    let defs: &[ScoreDef] = match &fw.scores_definition {
        Some(ScoresDef::List(l)) => l,
        Some(ScoresDef::Scale { scale }) => scale,
        None => &[],
    };
    let finite: Vec<f64> = defs.iter().map(|d| d.score).filter(|s| s.is_finite()).collect();
    if defs.is_empty() {
        return result_scale();
    }
    let lo = fw.min_score.unwrap_or_else(|| finite.iter().copied().fold(f64::INFINITY, f64::min));
    let hi = fw.max_score.unwrap_or_else(|| finite.iter().copied().fold(f64::NEG_INFINITY, f64::max));
    if !(lo.is_finite() && hi.is_finite() && hi > lo) || finite.len() != defs.len() {
        ctx.warn("invalid_scores", at.clone().key("scores_definition"), &[("min_score", &lo.to_string()), ("max_score", &hi.to_string())]);
        return result_scale();
    }
    let mut options = Vec::new();
    let mut seen = HashSet::new();
    for (j, d) in defs.iter().enumerate() {
        let id = format!("score-{}", score_text(d.score));
        if !seen.insert(id.clone()) {
            ctx.warn("duplicate_score", at.clone().key("scores_definition").index(j), &[("score", &score_text(d.score))]);
            continue;
        }
        if d.description.is_some() {
            *dropped.entry("scores_definition.description").or_default() += 1;
        }
        let label = ctx.text(d.name.as_deref(), &d.translations, |t| t.name.as_deref());
        let label = if is_blank(&label) { ctx.plain(&score_text(d.score)) } else { label };
        let credit = ((d.score - lo) / (hi - lo)).clamp(0.0, 1.0);
        let meets = match meets_from {
            Some(m) => d.score >= m,
            None => credit >= 2.0 / 3.0 - 1e-9,
        };
        options.push(ScaleOption { id, label, credit, meets, not_applicable: false });
    }
    options.push(na_option());
    Scale { id: "ciso-score".into(), title: Text::from_pairs([("en", "Score"), ("ar", "الدرجة"), ("fr", "Score")]), options }
}

/// Imports a CISO Assistant framework library (YAML text) as a framework.
pub fn import_ciso_library(yaml: &str, options: &CisoOptions) -> Result<CisoImport> {
    let lib: Library = read(DocumentKind::Framework, yaml, has_framework, "not_ciso_framework")?;
    let mut warnings = Vec::new();
    let (fw, fw_at) = match (lib.objects.framework.as_ref(), lib.objects.frameworks.as_deref()) {
        (Some(f), _) => (f, Pointer::root().key("objects").key("framework")),
        (None, Some([first, rest @ ..])) => {
            if !rest.is_empty() {
                warnings.push(ImportWarning {
                    code: "frameworks_ignored".into(),
                    pointer: Pointer::root().key("objects").key("frameworks"),
                    details: [("count".to_string(), rest.len().to_string())].into_iter().collect(),
                });
            }
            (first, Pointer::root().key("objects").key("frameworks").index(0))
        }
        _ => return Err(problem(DocumentKind::Framework, "not_ciso_framework")),
    };
    let locale = lib.locale.clone().filter(|l| !l.trim().is_empty()).unwrap_or_else(|| "en".into());
    let mut languages = vec![locale.clone()];
    for l in lib.translations.iter().flatten().map(|(l, _)| l) {
        if !languages.contains(l) {
            languages.push(l.clone());
        }
    }
    let english = languages.iter().any(|l| l == "en");
    let mut ctx = Ctx { locale: locale.clone(), english, fallbacks: 0, cleaned: 0, warnings };
    if !english {
        ctx.warn("no_english", Pointer::root().key("locale"), &[("locale", &locale)]);
    }

    // Identity.
    let library_version = lib.version.text();
    let version = match &options.version {
        Some(v) => v.clone(),
        None => match version_of(library_version.trim()) {
            Some((v, _)) if library_version.trim().bytes().all(|b| b.is_ascii_digit()) => v,
            Some((v, _)) => {
                ctx.warn("version_padded", Pointer::root().key("version"), &[("from", &library_version), ("to", &v)]);
                v
            }
            None => {
                let problem = Problem::new(Pointer::root().key("version"), Code::InvalidVersion, details([("version", json!(library_version))]));
                return Err(Error::Invalid { document: DocumentKind::Framework, problems: vec![problem] });
            }
        },
    };
    let id = options.id.clone().unwrap_or_else(|| slug(urn_tail(&fw.urn).rsplit(':').next().unwrap_or(&fw.urn), 64, "ciso-framework"));

    // Scale.
    let mut dropped: BTreeMap<&'static str, usize> = BTreeMap::new();
    let scale = score_scale(&mut ctx, fw, &fw_at, options.meets_from, &mut dropped);
    if fw.field_visibility.is_some() {
        *dropped.entry("field_visibility").or_default() += 1;
    }

    // Tree.
    let nodes: &[Node] = fw.requirement_nodes.as_deref().unwrap_or(&[]);
    let at = fw_at.clone().key("requirement_nodes");
    let mut position: HashMap<&str, usize> = HashMap::new();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    let mut roots = Vec::new();
    // The last node seen at each depth, for the `depth` fallback.
    let mut at_depth: Vec<usize> = Vec::new();
    for (i, n) in nodes.iter().enumerate() {
        let parent = match n.parent_urn.as_deref().filter(|p| !p.is_empty()) {
            Some(p) => match position.get(p) {
                Some(&j) => Some(j),
                None => {
                    ctx.warn("unknown_parent", at.clone().index(i).key("parent_urn"), &[("parent_urn", p)]);
                    None
                }
            },
            None => match n.depth {
                Some(d) if d > 1 => at_depth.get(d as usize - 2).copied(),
                _ => None,
            },
        };
        match parent.and_then(|j| children.get_mut(j)) {
            Some(c) => c.push(i),
            None => roots.push(i),
        }
        if position.insert(&n.urn, i).is_some() {
            ctx.warn("duplicate_urn", at.clone().index(i).key("urn"), &[("urn", &n.urn)]);
        }
        // Depths over the nesting limit are cut: the limit is checked when the tree is built.
        let d = n.depth.map_or(1, |d| (d.max(1) as usize).min(MAX_NODE_DEPTH + 2));
        at_depth.truncate(d - 1);
        while at_depth.len() < d - 1 {
            let last = at_depth.last().copied().unwrap_or(i);
            at_depth.push(last);
        }
        at_depth.push(i);
    }
    let known_igs: HashSet<String> = fw.implementation_groups_definition.iter().flatten().map(|g| g.ref_id.text()).collect();
    let mut b = Builder {
        ctx,
        nodes,
        children,
        at: at.clone(),
        ids: HashSet::new(),
        scale: scale.id.clone(),
        renamed: Vec::new(),
        node_ids: BTreeMap::new(),
        notes: 0,
        dropped,
        known_igs,
        extra_scales: Vec::new(),
    };
    let mut groups = Vec::new();
    let mut loose = Vec::new();
    let mut top_notes = Vec::new();
    for r in roots {
        match b.item(r, 1)? {
            Item::Control(c) => loose.push(c),
            Item::Group(g) => groups.push(g),
            Item::Note(t) => top_notes.push(t),
        }
    }
    let title = {
        let t = b.ctx.text(fw.name.as_deref(), &fw.translations, |t| t.name.as_deref());
        let t = if is_blank(&t) { b.ctx.text(lib.name.as_deref(), &lib.translations, |t| t.name.as_deref()) } else { t };
        if is_blank(&t) {
            let r = fw.ref_id.as_ref().map(Scalar::text).unwrap_or_else(|| urn_tail(&fw.urn).to_string());
            b.ctx.plain(&r)
        } else {
            t
        }
    };
    if !loose.is_empty() {
        let gid = b.unique("requirements".to_string());
        groups.insert(0, Group { id: gid, title: title.clone(), description: Text::default(), weight: 1.0, controls: loose, groups: Vec::new() });
    }
    let description = {
        let d = b.ctx.text(fw.description.as_deref(), &fw.translations, |t| t.description.as_deref());
        let d = if is_blank(&d) { b.ctx.text(lib.description.as_deref(), &lib.translations, |t| t.description.as_deref()) } else { d };
        let mut parts = vec![&d];
        parts.extend(top_notes.iter());
        join(&parts, "\n\n")
    };

    // Implementation groups.
    let mut profiles = Vec::new();
    let mut profile_ids = HashSet::new();
    let mut framework = Framework {
        schema: None,
        id,
        version,
        title,
        description,
        publisher: lib.provider.as_deref().map(|p| Text::from_pairs([("en", clean(p).0.as_str())])).unwrap_or_default(),
        license: lib.copyright.as_deref().map(|c| clean(c).0).unwrap_or_default(),
        released: lib.publication_date.as_ref().map(Scalar::text).filter(|d| crate::dates::is_date(d)),
        source_url: None,
        headline: Headline::Index,
        scales: std::iter::once(scale).chain(std::mem::take(&mut b.extra_scales)).collect(),
        levels: Vec::new(),
        groups,
        profiles: Vec::new(),
    };
    for (j, ig) in fw.implementation_groups_definition.iter().flatten().enumerate() {
        let raw = ig.ref_id.text();
        let tag = format!("ig:{}", clean(&raw).0);
        let mut pid = encode_id(&raw).unwrap_or_else(|| format!("ig-{j}"));
        let mut n = 2;
        while !profile_ids.insert(pid.clone()) {
            pid = format!("{}-{n}", encode_id(&raw).unwrap_or_else(|| format!("ig-{j}")));
            n += 1;
        }
        let mut targets = Vec::new();
        framework.walk_controls(|c, _| {
            if c.tags.contains(&tag) {
                targets.push(c.id.clone());
            }
        });
        let title = b.ctx.text(ig.name.as_deref(), &ig.translations, |t| t.name.as_deref());
        let title = if is_blank(&title) { b.ctx.plain(&raw) } else { title };
        let description = b.ctx.text(ig.description.as_deref(), &ig.translations, |t| t.description.as_deref());
        profiles.push(Profile { id: pid, title, description, group_targets: Vec::new(), control_targets: targets });
    }
    framework.profiles = profiles;

    let mut ctx = b.ctx;
    for (field, count) in &b.dropped {
        ctx.warn("dropped_field", at.clone(), &[("field", field), ("count", &count.to_string())]);
    }
    if ctx.fallbacks > 0 {
        ctx.warn("english_fallback", Pointer::root(), &[("count", &ctx.fallbacks.to_string())]);
    }
    if ctx.cleaned > 0 {
        ctx.warn("text_cleaned", Pointer::root(), &[("count", &ctx.cleaned.to_string())]);
    }
    let report = CisoReport {
        format: "ciso-assistant".into(),
        source_digest: sha256(yaml),
        library_urn: lib.urn.clone(),
        library_version,
        framework_urn: fw.urn.clone(),
        locale: locale.clone(),
        languages,
        english_fallback: (!english).then_some(locale),
        nodes: nodes.len(),
        groups: framework.group_count(),
        controls: framework.control_count(),
        notes: b.notes,
        renamed: b.renamed,
        node_ids: b.node_ids,
        warnings: ctx.warnings,
    };
    Ok(CisoImport { framework, report })
}

// ---- Mappings ----

fn relationship(r: &str) -> Option<Relationship> {
    Some(match r.trim() {
        "equal" => Relationship::EqualTo,
        "subset" => Relationship::SubsetOf,
        "superset" => Relationship::SupersetOf,
        "intersect" => Relationship::IntersectsWith,
        "not_related" => Relationship::NoRelationship,
        _ => return None,
    })
}

/// Imports a CISO Assistant mapping library (YAML text): one mapping per set. Node URNs are
/// resolved through the reports of the framework imports given (`frameworks`).
pub fn import_ciso_mapping(yaml: &str, frameworks: &[&CisoImport]) -> Result<MappingImport> {
    let lib: Library = read(DocumentKind::Mapping, yaml, has_mapping, "not_ciso_mapping")?;
    let sets: Vec<(&MSet, Pointer)> = match (&lib.objects.requirement_mapping_set, &lib.objects.requirement_mapping_sets) {
        (Some(s), _) => vec![(s, Pointer::root().key("objects").key("requirement_mapping_set"))],
        (None, Some(list)) => list.iter().enumerate().map(|(i, s)| (s, Pointer::root().key("objects").key("requirement_mapping_sets").index(i))).collect(),
        _ => Vec::new(),
    };
    let locale = lib.locale.clone().unwrap_or_else(|| "en".into());
    let english = locale == "en" || lib.translations.iter().flatten().any(|(l, _)| l == "en");
    let mut ctx = Ctx { locale, english, fallbacks: 0, cleaned: 0, warnings: Vec::new() };
    let mut mappings = Vec::new();
    let mut reports = Vec::new();
    let framework_of = |urn: &str| frameworks.iter().position(|f| f.report.framework_urn == urn);
    // The control ids of each framework given: a node that became a group cannot be mapped.
    let controls: Vec<HashSet<&str>> = frameworks
        .iter()
        .map(|f| {
            let mut ids = HashSet::new();
            f.framework.walk_controls(|c, _| {
                ids.insert(c.id.as_str());
            });
            ids
        })
        .collect();
    let mut used = vec![false; frameworks.len()];
    for (set, at) in sets {
        let side = |urn: &str| match framework_of(urn).and_then(|i| frameworks.get(i)) {
            Some(f) => {
                let major = semver::Version::parse(&f.framework.version).map(|v| format!("^{}", v.major)).unwrap_or_else(|_| "*".into());
                MappedFramework { id: f.framework.id.clone(), version: major }
            }
            None => MappedFramework { id: slug(urn.rsplit(':').next().unwrap_or(urn), 64, "ciso-framework"), version: "*".into() },
        };
        let (source_fw, target_fw) = (framework_of(&set.source_framework_urn), framework_of(&set.target_framework_urn));
        for i in [source_fw, target_fw].into_iter().flatten() {
            if let Some(u) = used.get_mut(i) {
                *u = true;
            }
        }
        let mut rep = MappingSetReport {
            urn: set.urn.clone(),
            source_framework_urn: set.source_framework_urn.clone(),
            target_framework_urn: set.target_framework_urn.clone(),
            read: 0,
            maps: 0,
            relationships: BTreeMap::new(),
            resolved_sources: 0,
            resolved_targets: 0,
        };
        // A node's id, and whether it was resolved: `Some(true)` to a control, `Some(false)`
        // to a group (left out), `None` not at all (its URN's tail).
        let resolve = |fw: Option<usize>, urn: &str| -> (String, Option<bool>) {
            match fw.and_then(|i| Some((frameworks.get(i)?.report.node_ids.get(urn)?, controls.get(i)?))) {
                Some((id, ids)) => (id.clone(), Some(ids.contains(id.as_str()))),
                None => (encode_id(urn_tail(urn)).unwrap_or_else(|| "unknown".into()), None),
            }
        };
        let mut maps = Vec::new();
        let mut seen: HashSet<(String, String)> = HashSet::new();
        let mut strength = 0usize;
        let mut groups = [0usize; 2];
        for (i, m) in set.requirement_mappings.iter().flatten().enumerate() {
            rep.read += 1;
            let here = at.clone().key("requirement_mappings").index(i);
            let Some(rel) = relationship(&m.relationship) else {
                ctx.warn("unknown_relationship", here.key("relationship"), &[("relationship", &m.relationship)]);
                continue;
            };
            let (source, s_ok) = resolve(source_fw, &m.source_requirement_urn);
            let (target, t_ok) = resolve(target_fw, &m.target_requirement_urn);
            if s_ok == Some(false) || t_ok == Some(false) {
                groups[0] += usize::from(s_ok == Some(false));
                groups[1] += usize::from(t_ok == Some(false));
                continue;
            }
            let (s_ok, t_ok) = (s_ok.is_some(), t_ok.is_some());
            if !seen.insert((source.clone(), target.clone())) {
                ctx.warn("duplicate_map", here, &[("source", &source), ("target", &target)]);
                continue;
            }
            rep.resolved_sources += usize::from(s_ok);
            rep.resolved_targets += usize::from(t_ok);
            strength += usize::from(m.strength_of_relationship.is_some());
            let matching = match m.rationale.as_deref().map(str::trim) {
                Some("syntactic") => Some(Matching::Syntactic),
                Some("semantic") => Some(Matching::Semantic),
                Some("functional") => Some(Matching::Functional),
                _ => None,
            };
            let rationale = m.annotation.as_deref().map(|a| ctx.text(Some(a), &None, |_| None)).filter(|t| !is_blank(t));
            *rep.relationships.entry(rel.as_str().to_string()).or_default() += 1;
            maps.push(Map { source, target, relationship: rel, matching, rationale });
        }
        for (side, count) in ["source", "target"].into_iter().zip(groups) {
            if count > 0 {
                ctx.warn("not_a_control", at.clone().key("requirement_mappings"), &[("side", side), ("count", &count.to_string())]);
            }
        }
        if strength > 0 {
            ctx.warn("dropped_field", at.clone().key("requirement_mappings"), &[("field", "strength_of_relationship"), ("count", &strength.to_string())]);
        }
        rep.maps = maps.len();
        let title = ctx.text(set.name.as_deref().or(lib.name.as_deref()), &None, |_| None);
        let description = ctx.text(set.description.as_deref().or(lib.description.as_deref()), &None, |_| None);
        mappings.push(Mapping {
            schema: None,
            source: side(&set.source_framework_urn),
            target: side(&set.target_framework_urn),
            title,
            description,
            publisher: lib.provider.as_deref().map(|p| clean(p).0).unwrap_or_default(),
            license: lib.copyright.as_deref().map(|c| clean(c).0).unwrap_or_default(),
            released: lib.publication_date.as_ref().map(Scalar::text).filter(|d| crate::dates::is_date(d)),
            source_url: None,
            maps,
        });
        reports.push(rep);
    }
    for (f, used) in frameworks.iter().zip(used) {
        if !used {
            ctx.warn("unused_framework", Pointer::root(), &[("urn", &f.report.framework_urn)]);
        }
    }
    if !ctx.english {
        let locale = ctx.locale.clone();
        ctx.warn("no_english", Pointer::root().key("locale"), &[("locale", &locale)]);
    }
    let report = MappingReport {
        format: "ciso-assistant-mapping".into(),
        source_digest: sha256(yaml),
        library_urn: lib.urn.clone(),
        sets: reports,
        warnings: ctx.warnings,
    };
    Ok(MappingImport { mappings, report })
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_encoded_readably() {
        assert_eq!(encode_id("GOVERN 1.1").as_deref(), Some("GOVERN_1.1"));
        assert_eq!(encode_id("R27 (+)").as_deref(), Some("R27_(plus)"));
        assert_eq!(encode_id("R12 (-)").as_deref(), Some("R12_(-)"));
        assert_eq!(encode_id("R+").as_deref(), Some("Rplus"));
        assert_eq!(encode_id("  a / b  ").as_deref(), Some("a_b"));
        assert_eq!(encode_id("ID.AM-1").as_deref(), Some("ID.AM-1"));
        assert_eq!(encode_id(" / ").as_deref(), None);
        assert_eq!(encode_id(&"x ".repeat(80)).map(|s| s.chars().count()), Some(63));
        assert_eq!(urn_tail("urn:intuitem:risk:req_node:india-dpdpa-2023:10(2)(a)(i)"), "10(2)(a)(i)");
        assert_eq!(urn_tail("urn:intuitem:risk:framework:nist-csf-1.1"), "nist-csf-1.1");
        assert_eq!(excerpt("A long sentence that goes on and on", 20), "A long sentence that…");
        assert_eq!(excerpt("A long sentence that goes on and on", 18), "A long sentence…");
    }

    const TINY: &str = r#"
urn: urn:test:risk:library:tiny
locale: en
ref_id: tiny
name: Tiny
version: 2
objects:
  framework:
    urn: urn:test:risk:framework:tiny
    ref_id: tiny
    name: Tiny framework
    requirement_nodes:
    - urn: urn:test:risk:req_node:tiny:a
      assessable: true
      depth: 1
      ref_id: A 1
      description: "Do A.\r\n"
    - urn: urn:test:risk:req_node:tiny:g
      assessable: false
      depth: 1
      ref_id: G
      name: Group
    - urn: urn:test:risk:req_node:tiny:n
      assessable: false
      depth: 2
      name: A note
    - urn: urn:test:risk:req_node:tiny:b
      assessable: true
      depth: 2
      ref_id: B
      name: B
      questions:
        q1: {type: unique_choice}
        q2: {type: text}
    - urn: urn:test:risk:req_node:tiny:b1
      parent_urn: urn:test:risk:req_node:tiny:b
      assessable: true
      ref_id: B.1
      description: B one
"#;

    #[test]
    fn top_level_controls_nested_assessable_notes_and_questions() {
        let Ok(imported) = import_ciso_library(TINY, &CisoOptions::default()) else { panic!("import failed") };
        let f = &imported.framework;
        assert_eq!((f.id.as_str(), f.version.as_str()), ("tiny", "2.0.0"));
        assert_eq!(f.groups[0].id, "requirements");
        assert_eq!(f.groups[0].controls[0].id, "A_1");
        assert_eq!(f.groups[0].controls[0].tags, ["ref_id:A 1"]);
        assert_eq!(f.groups[0].controls[0].statement.get("en"), Some("Do A."));
        let g = &f.groups[1];
        assert_eq!(g.description.get("en"), Some("A note"));
        assert_eq!(g.groups[0].id, "B:group");
        let ids: Vec<&str> = g.groups[0].controls.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["B", "B.1"]);
        assert_eq!(f.scales[0].id, "ciso-result");
        let codes: Vec<&str> = imported.report.warnings.iter().map(|w| w.code.as_str()).collect();
        assert_eq!(codes, ["id_renamed", "questions_unsupported"]);
        assert_eq!(imported.report.warnings[1].details.get("types").map(String::as_str), Some("text: 1, unique_choice: 1"));
        assert_eq!(imported.report.notes, 1);
        assert!(crate::validate::framework::validate_framework(f).is_empty(), "{:?}", crate::validate::framework::validate_framework(f));
    }

    #[test]
    fn hostile_trees_are_bounded() {
        // A chain of parents deeper than the limit is refused, not a stack overflow.
        let mut yaml = String::from("urn: u\nversion: 1\nobjects:\n  framework:\n    urn: urn:x:risk:framework:deep\n    requirement_nodes:\n");
        for i in 0..200 {
            yaml.push_str(&format!("    - urn: n{i}\n      assessable: true\n"));
            if i > 0 {
                yaml.push_str(&format!("      parent_urn: n{}\n", i - 1));
            }
        }
        let e = import_ciso_library(&yaml, &CisoOptions::default());
        assert!(matches!(e, Err(Error::Parse { ref problem, .. }) if problem.code == Code::TooDeep), "{e:?}");
        // A parent named after its child (a cycle, or a forward reference) is not followed.
        let cycle = "urn: u\nversion: 1\nobjects:\n  framework:\n    urn: urn:x:risk:framework:c\n    requirement_nodes:\n    - {urn: a, parent_urn: b, assessable: true}\n    - {urn: b, parent_urn: a, assessable: true}\n";
        let Ok(imported) = import_ciso_library(cycle, &CisoOptions::default()) else { panic!("import failed") };
        assert_eq!(imported.report.warnings[0].code, "unknown_parent");
        assert_eq!(imported.framework.control_count(), 2);
        assert!(crate::validate::framework::validate_framework(&imported.framework).is_empty());
        // Scores: the threshold given, and a broken range falls back to the result scale.
        let scored = "urn: u\nversion: 1\nobjects:\n  framework:\n    urn: urn:x:risk:framework:s\n    min_score: 0\n    max_score: 3\n    scores_definition:\n    - {score: 0, name: None}\n    - {score: 1, name: Some}\n    - {score: 3, name: All}\n    requirement_nodes:\n    - {urn: a, assessable: true, ref_id: A}\n";
        let Ok(imported) = import_ciso_library(scored, &CisoOptions { meets_from: Some(1.0), ..CisoOptions::default() }) else { panic!("import failed") };
        let s = &imported.framework.scales[0];
        let got: Vec<(&str, bool)> = s.options.iter().map(|o| (o.id.as_str(), o.meets)).collect();
        assert_eq!(got, [("score-0", false), ("score-1", true), ("score-3", true), ("not_applicable", false)]);
        assert!((s.options[1].credit - 1.0 / 3.0).abs() < 1e-12);
        let Ok(imported) = import_ciso_library(&scored.replace("max_score: 3", "max_score: 0"), &CisoOptions::default()) else { panic!("import failed") };
        assert_eq!(imported.framework.scales[0].id, "ciso-result");
        assert_eq!(imported.report.warnings[0].code, "invalid_scores");
    }

    #[test]
    fn refusals_are_typed_and_located() {
        let e = import_ciso_library("a: [1, 2\nb: 3\n", &CisoOptions::default());
        assert!(
            matches!(e, Err(Error::Parse { ref problem, .. }) if problem.code == Code::MalformedJson && problem.line.is_some() && problem.details.get("reason") == Some(&json!("yaml"))),
            "{e:?}"
        );
        let e = import_ciso_library("services:\n  web: {image: nginx}\n", &CisoOptions::default());
        assert!(matches!(e, Err(Error::Parse { ref problem, .. }) if problem.details.get("problem") == Some(&json!("not_ciso_library"))), "{e:?}");
        let e = import_ciso_library("urn: u\nversion: 1\nobjects:\n  requirement_mapping_set: {}\n", &CisoOptions::default());
        assert!(matches!(e, Err(Error::Parse { ref problem, .. }) if problem.details.get("problem") == Some(&json!("not_ciso_framework"))), "{e:?}");
        let e = import_ciso_mapping(TINY, &[]);
        assert!(
            matches!(e, Err(Error::Parse { document: DocumentKind::Mapping, ref problem }) if problem.details.get("problem") == Some(&json!("not_ciso_mapping"))),
            "{e:?}"
        );
        let e = import_ciso_mapping("services:\n  web: {image: nginx}\n", &[]);
        assert!(
            matches!(e, Err(Error::Parse { document: DocumentKind::Mapping, ref problem }) if problem.details.get("problem") == Some(&json!("not_ciso_library"))),
            "{e:?}"
        );
        let broken = TINY.replace("    - urn: urn:test:risk:req_node:tiny:g\n", "    - urnx: urn:test:risk:req_node:tiny:g\n");
        let e = import_ciso_library(&broken, &CisoOptions::default());
        assert!(
            matches!(e, Err(Error::Parse { ref problem, .. }) if problem.code == Code::InvalidStructure && problem.pointer.to_string() == "/objects/framework/requirement_nodes/1" && problem.line.is_some()),
            "{e:?}"
        );
    }
}
