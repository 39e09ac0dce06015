//! The same operations over JSON text, for bindings and the conformance corpus: every function
//! takes and returns JSON, and fails with [`ErrorData`]. It only converts: each function parses,
//! calls the typed API and serializes. Nothing here panics.

use std::sync::Arc;

use serde::Serialize;

use crate::changelog;
use crate::compiled::CompiledFramework;
use crate::crosswalk;
use crate::diff::{self as versions};
use crate::error::{DocumentKind, Error, ErrorData, Result};
use crate::interchange::oscal_export;
use crate::limits::Limits;
use crate::migration;
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;
use crate::model::mapping::Mapping;
use crate::projection;
use crate::registry::{FrameworkSource, Registry};
use crate::report_json::JsonLayout;
use crate::schema;
use crate::validate::Validation;

/// What these functions return.
pub type ApiResult = Result<String, ErrorData>;

fn to_json<T: Serialize>(v: &T) -> ApiResult {
    serde_json::to_string(v).map_err(|e| Error::Internal { reason: format!("cannot serialize a result: {e}") }.to_data())
}

/// The framework to use: the one given as JSON (pinned), or else the built-in one the
/// assessment names.
fn source(framework_json: Option<&str>) -> Result<FrameworkSource> {
    Ok(match framework_json {
        Some(json) => FrameworkSource::pinned(Arc::new(CompiledFramework::from_json(json)?)),
        None => FrameworkSource::builtin(),
    })
}

/// The assessment, then its framework: errors come in that order in every front end.
fn assessment_and_framework(framework_json: Option<&str>, assessment_json: &str) -> Result<(Assessment, Arc<CompiledFramework>)> {
    let a = Assessment::from_json(assessment_json)?;
    let fw = source(framework_json)?.for_assessment(&a)?;
    Ok((a, fw))
}

/// Summaries of the built-in frameworks (a JSON array).
pub fn list_frameworks() -> ApiResult {
    to_json(&Registry::builtin().list())
}

/// The built-in framework `id` newest matching `requirement`, as JSON.
pub fn builtin_framework(id: &str, requirement: &str) -> ApiResult {
    let fw = Registry::builtin().get(id, requirement).map_err(|e| e.to_data())?;
    to_json(fw.framework())
}

/// Validates a framework: `{valid, errors, warnings}` (warnings: missing translations).
pub fn validate_framework(framework_json: &str) -> ApiResult {
    let parsed = Framework::from_json(framework_json);
    to_json(&Validation::of_framework(parsed.as_ref()))
}

/// Validates an assessment against the given framework, or the built-in one it names (see
/// [`Validation::of_assessment`] for what is reported when there is no framework).
pub fn validate_assessment(framework_json: Option<&str>, assessment_json: &str) -> ApiResult {
    let checked = assessment_and_framework(framework_json, assessment_json);
    to_json(&Validation::of_assessment(checked.as_ref().map(|(a, fw)| (&**fw, a))))
}

/// Scores an assessment (JSON) into a report (JSON).
///
/// `framework_json` is the framework to score against; `None` takes the built-in framework the
/// assessment names. `profile` overrides the assessment's target profile.
pub fn score(framework_json: Option<&str>, assessment_json: &str, profile: Option<&str>) -> ApiResult {
    let run = || -> Result<String> {
        // Written straight from the scored state (`FrameworkSource::report_json`), which reads
        // the assessment itself; the framework is compiled first, so when it fails the
        // assessment is read here to keep the order of errors: the assessment's, then its
        // framework's.
        let src = match source(framework_json) {
            Ok(src) => src,
            Err(e) => {
                Assessment::from_json(assessment_json)?;
                return Err(e);
            }
        };
        src.report_json(assessment_json, profile, JsonLayout::Compact)
    };
    run().map_err(|e| e.to_data())
}

/// Gap analysis (JSON) of an assessment against a profile.
pub fn gaps(framework_json: Option<&str>, assessment_json: &str, profile: Option<&str>) -> ApiResult {
    let gaps = assessment_and_framework(framework_json, assessment_json).and_then(|(a, fw)| fw.gaps(&a, profile)).map_err(|e| e.to_data())?;
    to_json(&gaps)
}

/// The OSCAL `assessment-results` document (JSON) of a scored assessment: see
/// [`oscal_export::assessment_results`]. `profile` overrides the assessment's target profile.
pub fn oscal_ar(framework_json: Option<&str>, assessment_json: &str, profile: Option<&str>) -> ApiResult {
    let doc = assessment_and_framework(framework_json, assessment_json)
        .and_then(|(a, fw)| fw.score(&a, profile).and_then(|report| oscal_export::assessment_results(&fw, &a, &report)))
        .map_err(|e| e.to_data())?;
    to_json(&doc)
}

/// The OSCAL `plan-of-action-and-milestones` document (JSON) of an assessment's gaps against
/// `profile`, or else its own profile (neither: the `no_profile` error): see [`oscal_export::poam`].
pub fn oscal_poam(framework_json: Option<&str>, assessment_json: &str, profile: Option<&str>) -> ApiResult {
    let doc = assessment_and_framework(framework_json, assessment_json)
        .and_then(|(a, fw)| fw.gaps(&a, profile).and_then(|gaps| oscal_export::poam(&fw, &a, &gaps)))
        .map_err(|e| e.to_data())?;
    to_json(&doc)
}

fn import_options<T: serde::de::DeserializeOwned>(options_json: &str, expected: &str) -> Result<T> {
    serde_json::from_str(options_json).map_err(|e| crate::review::aggregate::argument_error("options", &e.to_string(), expected))
}

/// An OSCAL catalog (JSON) as `{framework, report}`; `options_json` is `{"id", "version",
/// "scale": "implementation" | "yes-no-na"}` (all optional).
pub fn import_oscal_catalog(catalog_json: &str, options_json: &str) -> ApiResult {
    let run = || -> Result<_> {
        let options = import_options(options_json, OSCAL_OPTIONS)?;
        crate::interchange::oscal::import_oscal_catalog(catalog_json, &options)
    };
    to_json(&run().map_err(|e| e.to_data())?)
}

/// An OSCAL profile resolved against its catalog (both JSON) as `{framework, profile, targets,
/// restricted, report}`; options as for [`import_oscal_catalog`]; `restrict` also makes the
/// framework of the profile's controls only.
pub fn import_oscal_profile(profile_json: &str, catalog_json: &str, options_json: &str, restrict: bool) -> ApiResult {
    let run = || -> Result<_> {
        let options = import_options(options_json, OSCAL_OPTIONS)?;
        crate::interchange::oscal::import_oscal_profile(profile_json, catalog_json, &options, restrict)
    };
    to_json(&run().map_err(|e| e.to_data())?)
}

const OSCAL_OPTIONS: &str = "{\"id\", \"version\", \"scale\": \"implementation\" | \"yes-no-na\"}";

/// A CISO Assistant framework library (YAML) as `{framework, report}`; `options_json` is
/// `{"id", "version", "meets_from"}` (all optional).
#[cfg(feature = "yaml")]
pub fn import_ciso_assistant(library_yaml: &str, options_json: &str) -> ApiResult {
    let run = || -> Result<_> {
        let options = import_options(options_json, "{\"id\", \"version\", \"meets_from\": a number}")?;
        crate::interchange::ciso::import_ciso_library(library_yaml, &options)
    };
    to_json(&run().map_err(|e| e.to_data())?)
}

/// A CISO Assistant mapping library (YAML) as `{mappings, report}`: one mapping per set, node
/// URNs resolved through the frameworks of `frameworks_json` (see
/// [`crate::import_ciso_mapping`]). `frameworks_json` is a JSON array whose items are CISO
/// Assistant framework libraries, each as its YAML text (a JSON string, imported with the
/// default choices), or the result of an import (`{framework, report}`, as
/// [`import_ciso_assistant`] returns it, with whatever choices it was made). A library that
/// cannot be imported is its importer's error, its pointer under `/i` (the item's position).
#[cfg(feature = "yaml")]
pub fn import_ciso_mapping(mapping_yaml: &str, frameworks_json: &str) -> ApiResult {
    use crate::interchange::ciso::{import_ciso_library, CisoImport, CisoOptions};
    const EXPECTED: &str = "an array of CISO Assistant framework libraries (YAML text) or of their imports ({framework, report})";
    let wrong =
        |found: String, reason: String| Error::InvalidArgument { argument: "frameworks".into(), expected: EXPECTED.into(), found, reason: Some(reason) };
    let run = || -> Result<_> {
        let items: Vec<serde_json::Value> =
            serde_json::from_str(frameworks_json).map_err(|e| wrong(frameworks_json.chars().take(80).collect(), e.to_string()))?;
        let imports = items
            .into_iter()
            .enumerate()
            .map(|(i, item)| match item {
                serde_json::Value::String(yaml) => import_ciso_library(&yaml, &CisoOptions::default()).map_err(|e| crate::review::merge::at_index(e, i)),
                serde_json::Value::Object(_) => serde_json::from_value::<CisoImport>(item).map_err(|e| wrong(format!("item {i}"), e.to_string())),
                other => Err(wrong(format!("item {i}: {}", json_type(&other)), "an item is a string or an object".into())),
            })
            .collect::<Result<Vec<CisoImport>>>()?;
        let refs: Vec<&CisoImport> = imports.iter().collect();
        crate::interchange::ciso::import_ciso_mapping(mapping_yaml, &refs)
    };
    to_json(&run().map_err(|e| e.to_data())?)
}

/// The JSON type of a value, as messages name it.
#[cfg(feature = "yaml")]
fn json_type(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "boolean",
        serde_json::Value::Number(_) => "number",
        serde_json::Value::String(_) => "string",
        serde_json::Value::Array(_) => "array",
        serde_json::Value::Object(_) => "object",
    }
}

/// A framework file of any format Kalkan reads, as `{format, framework?, report?}` (see
/// [`crate::import_framework`]).
pub fn import_framework(text: &str) -> ApiResult {
    to_json(&crate::interchange::import_framework(text).map_err(|e| e.to_data())?)
}

/// A questionnaire workbook (the bytes of an .xlsx file, see [`crate::export_xlsx`]) in `lang`:
/// of the framework given as JSON, or of the assessment given as JSON with its answers filled in
/// (its framework: the one given, else the built-in one it names). Only a valid assessment is
/// written out: its problems are the `invalid` error. Neither given: `invalid_argument`.
#[cfg(feature = "xlsx")]
pub fn export_xlsx(framework_json: Option<&str>, assessment_json: Option<&str>, lang: &str) -> Result<Vec<u8>, ErrorData> {
    let run = || -> Result<Vec<u8>> {
        let Some(assessment_json) = assessment_json else {
            let json = framework_json.ok_or_else(|| Error::InvalidArgument {
                argument: "framework".into(),
                expected: "a framework, or an assessment".into(),
                found: "nothing".into(),
                reason: None,
            })?;
            return crate::interchange::xlsx::export_xlsx(&CompiledFramework::from_json(json)?, None, lang);
        };
        let (a, fw) = assessment_and_framework(framework_json, assessment_json)?;
        let problems = fw.validate_assessment(&a);
        if !problems.is_empty() {
            return Err(Error::Invalid { document: DocumentKind::Assessment, problems });
        }
        crate::interchange::xlsx::export_xlsx(&fw, Some(&a), lang)
    };
    run().map_err(|e| e.to_data())
}

/// A filled questionnaire workbook (the bytes of an .xlsx file) as `{assessment, report}`, its
/// answers checked against the framework given as JSON, else the built-in one the workbook names
/// (see [`crate::import_xlsx`]: every bad cell is a problem with its `cell`).
#[cfg(feature = "xlsx")]
pub fn import_xlsx(workbook: &[u8], framework_json: Option<&str>) -> ApiResult {
    let imported = source(framework_json).and_then(|s| crate::interchange::xlsx::import_xlsx(workbook, &s)).map_err(|e| e.to_data())?;
    to_json(&imported)
}

/// The JSON Schema of `framework`, `assessment`, `report` or `error`.
pub fn schema(name: &str) -> Option<String> {
    schema::schema_json(name)
}

/// The questionnaire view (JSON) of a framework in `lang`: the given framework JSON, or the
/// built-in framework `id@requirement` when `framework_json` is `None`.
pub fn questionnaire(framework_json: Option<&str>, builtin_spec: &str, lang: &str) -> ApiResult {
    let fw = match framework_json {
        Some(json) => CompiledFramework::from_json(json).map(Arc::new),
        None => Registry::builtin().get_spec(builtin_spec),
    }
    .map_err(|e| e.to_data())?;
    to_json(&fw.questionnaire(lang))
}

/// Progress (JSON) of an assessment through its framework's questionnaire.
pub fn progress(framework_json: Option<&str>, assessment_json: &str) -> ApiResult {
    let p = assessment_and_framework(framework_json, assessment_json).map(|(a, fw)| fw.progress(&a)).map_err(|e| e.to_data())?;
    to_json(&p)
}

/// A framework given as JSON, or else the built-in `id@requirement` spec.
fn framework_or_builtin(framework_json: Option<&str>, builtin_spec: &str) -> Result<Arc<CompiledFramework>> {
    match framework_json {
        Some(json) => CompiledFramework::from_json(json).map(Arc::new),
        None => Registry::builtin().get_spec(builtin_spec),
    }
}

fn mapping_of(mapping_json: Option<&str>) -> Result<Option<Mapping>> {
    mapping_json.map(Mapping::from_json).transpose()
}

/// Two versions of one framework, compared (both given as JSON); `mapping_json` may name renamed
/// controls. Two different frameworks are [`Error::DifferentFrameworks`].
fn framework_diff(old_json: &str, new_json: &str, mapping_json: Option<&str>) -> Result<(versions::FrameworkDiff, Arc<CompiledFramework>)> {
    let old = CompiledFramework::from_json(old_json)?;
    let new = CompiledFramework::from_json(new_json)?;
    if old.id() != new.id() {
        return Err(Error::DifferentFrameworks { old: format!("{}@{}", old.id(), old.version()), new: format!("{}@{}", new.id(), new.version()) });
    }
    let m = mapping_of(mapping_json)?;
    Ok((versions::diff(&old, &new, m.as_ref()), Arc::new(new)))
}

/// The changes between two versions of a framework (JSON): every change with its class, the
/// counts by class and the semantic-version check.
pub fn diff(old_json: &str, new_json: &str, mapping_json: Option<&str>) -> ApiResult {
    let (d, _) = framework_diff(old_json, new_json, mapping_json).map_err(|e| e.to_data())?;
    to_json(&d)
}

/// The same diff in words: `format` `text` (for a terminal) or `md` (a Markdown changelog), in
/// `lang`. Not JSON.
pub fn diff_text(old_json: &str, new_json: &str, mapping_json: Option<&str>, format: &str, lang: &str) -> ApiResult {
    let (d, new) = framework_diff(old_json, new_json, mapping_json).map_err(|e| e.to_data())?;
    Ok(match format {
        "md" | "markdown" => changelog::render_markdown(lang, &d, &new.framework().title),
        _ => changelog::render_text(lang, &d),
    })
}

/// A mapping from `old` to `new` (two versions of one framework, as JSON) generated from their
/// diff, to be completed by hand.
pub fn generate_mapping(old_json: &str, new_json: &str) -> ApiResult {
    let old = CompiledFramework::from_json(old_json).map_err(|e| e.to_data())?;
    let new = CompiledFramework::from_json(new_json).map_err(|e| e.to_data())?;
    to_json(&crosswalk::generate(&old, &new))
}

/// Validates a mapping: `{valid, errors, warnings}`. Its frameworks are the ones given as JSON,
/// or else the newest built-in ones its requirements admit.
pub fn validate_mapping(mapping_json: &str, source_json: Option<&str>, target_json: Option<&str>) -> ApiResult {
    let parsed = Mapping::from_json(mapping_json);
    let frameworks = parsed.as_ref().map_err(Clone::clone).and_then(|m| {
        let source = framework_or_builtin(source_json, &format!("{}@{}", m.source.id, m.source.version))?;
        let target = framework_or_builtin(target_json, &format!("{}@{}", m.target.id, m.target.version))?;
        Ok((source, target))
    });
    to_json(&Validation::of_mapping(parsed.as_ref(), frameworks.as_ref().map(|(s, t)| (&**s, &**t))))
}

/// A target framework: JSON text (it starts with `{`), or else a built-in `id@requirement`.
fn target_framework(target: &str) -> Result<Arc<CompiledFramework>> {
    if target.trim_start().starts_with('{') {
        framework_or_builtin(Some(target), "")
    } else {
        framework_or_builtin(None, target)
    }
}

/// Migrates an assessment (JSON) to `target` (a framework as JSON text, or a built-in
/// `id@requirement`), through `mapping_json` or the default mapping: `{assessment, report}`.
/// The source framework is `framework_json`, or the built-in one the assessment names.
pub fn migrate(framework_json: Option<&str>, assessment_json: &str, target: &str, mapping_json: Option<&str>) -> ApiResult {
    let m = (|| {
        let (a, source) = assessment_and_framework(framework_json, assessment_json)?;
        let target = target_framework(target)?;
        let mapping = mapping_of(mapping_json)?;
        migration::migrate(&source, &a, &target, mapping.as_ref())
    })()
    .map_err(|e| e.to_data())?;
    to_json(&m)
}

/// Projects an assessment (JSON) onto `target` (a framework as JSON text, or a built-in
/// `id@requirement`) through `mapping_json`, a built-in mapping, or the source controls'
/// crosswalk references; gaps against the target's `profile` when named.
pub fn project(framework_json: Option<&str>, assessment_json: &str, target: &str, mapping_json: Option<&str>, profile: Option<&str>) -> ApiResult {
    let p = (|| {
        let (a, source) = assessment_and_framework(framework_json, assessment_json)?;
        let target = target_framework(target)?;
        let mapping = mapping_of(mapping_json)?;
        let profile = match profile {
            Some(id) => Some(target.profile(id).ok_or_else(|| Error::UnknownProfile { profile: id.to_string(), known: target.profile_ids() })?),
            None => None,
        };
        projection::project(&source, &a, &target, mapping.as_ref(), profile)
    })()
    .map_err(|e| e.to_data())?;
    to_json(&p)
}

// --- The national review: merge, compare, trend, aggregate, place, anonymize -----------------

use crate::model::adjudication::Adjudication;
use crate::model::merge::MergeRule;
use crate::model::report::Report;
use crate::review::aggregate::{argument_error, AggregateOptions, Aggregator, CohortKey, DEFAULT_K};
use crate::review::merge::{at_index, nothing_given};
use crate::review::privacy::AnonymizeOptions;

/// The documents of a JSON array, each as compact JSON text.
fn array_items(json: &str, what: &str) -> Result<Vec<String>> {
    let values: Vec<serde_json::Value> = crate::parse::parse(crate::error::DocumentKind::Assessment, json)?;
    if values.is_empty() {
        return Err(nothing_given(what));
    }
    Ok(values.iter().map(serde_json::Value::to_string).collect())
}

/// Every assessment of the array scored (each against its framework); the first failure, with
/// its problems under `/i`.
fn reports(framework_json: Option<&str>, assessments_json: &str) -> Result<Vec<Report>> {
    let src = source(framework_json)?;
    array_items(assessments_json, "assessments")?
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let a = Assessment::from_json(text).map_err(|e| at_index(e, i))?;
            src.for_assessment(&a).and_then(|fw| fw.score(&a, None)).map_err(|e| at_index(e, i))
        })
        .collect()
}

fn aggregator(framework_json: Option<&str>, assessments_json: &str, options_json: &str) -> Result<(Aggregator, u64)> {
    let options: AggregateOptions = serde_json::from_str(options_json).map_err(|e| argument_error("options", &e.to_string(), "{\"by\": [...], \"k\": 5}"))?;
    let by = options.by.iter().map(|k| CohortKey::parse(k)).collect::<Result<Vec<_>>>()?;
    let k = options.k.unwrap_or(DEFAULT_K);
    if k == 0 {
        return Err(argument_error("k", "0", "1 or more"));
    }
    let mut agg = Aggregator::new(by);
    for r in reports(framework_json, assessments_json)? {
        agg.add(&r);
    }
    Ok((agg, k))
}

/// The JSON array of several documents given as separate JSON texts (what [`merge`], [`trend`],
/// [`aggregate`] and [`place`] take). Each text must be one JSON value: one that is not is the
/// error of reading it as an assessment, located under `/i` (its position), and nothing of one
/// text can run into the next.
pub fn documents_array(items: &[&str]) -> ApiResult {
    let mut out = String::with_capacity(items.iter().map(|t| t.len() + 1).sum::<usize>() + 2);
    out.push('[');
    for (i, text) in items.iter().enumerate() {
        if serde_json::from_str::<serde::de::IgnoredAny>(text).is_err() {
            let e = Assessment::from_json(text).err().unwrap_or_else(|| Error::Internal { reason: "a text is JSON to one reader and not to another".into() });
            return Err(at_index(e, i).to_data());
        }
        if i > 0 {
            out.push(',');
        }
        out.push_str(text);
    }
    out.push(']');
    Ok(out)
}

/// Merges several respondents' assessments (a JSON array) into one assessment (JSON) under
/// `rule` (`consensus`, `minimum`, `median`, `majority`), with an optional adjudication (JSON).
/// The framework is the given one, or the built-in one the first assessment names.
pub fn merge(framework_json: Option<&str>, assessments_json: &str, rule: &str, adjudication_json: Option<&str>) -> ApiResult {
    let run = || -> Result<Assessment> {
        let rule =
            MergeRule::ALL.into_iter().find(|r| r.as_str() == rule).ok_or_else(|| argument_error("rule", rule, "consensus, minimum, median, majority"))?;
        let items = array_items(assessments_json, "assessments")?;
        let assessments = items.iter().enumerate().map(|(i, t)| Assessment::from_json(t).map_err(|e| at_index(e, i))).collect::<Result<Vec<_>>>()?;
        let adjudication = adjudication_json.map(Adjudication::from_json).transpose()?;
        let first = assessments.first().ok_or_else(|| nothing_given("assessments"))?;
        let fw = source(framework_json)?.for_assessment(first).map_err(|e| at_index(e, 0))?;
        fw.merge(&assessments, rule, adjudication.as_ref())
    };
    to_json(&run().map_err(|e| e.to_data())?)
}

/// Compares two assessments of one subject (each scored against its framework): what changed
/// per group and per control.
pub fn compare(framework_json: Option<&str>, old_json: &str, new_json: &str) -> ApiResult {
    let run = || -> Result<_> {
        let src = source(framework_json)?;
        let score = |text: &str, i: usize| -> Result<Report> {
            let a = Assessment::from_json(text).map_err(|e| at_index(e, i))?;
            src.for_assessment(&a).and_then(|fw| fw.score(&a, None)).map_err(|e| at_index(e, i))
        };
        crate::review::compare::compare(&score(old_json, 0)?, &score(new_json, 1)?)
    };
    to_json(&run().map_err(|e| e.to_data())?)
}

/// The trend of a series of assessments of one subject (a JSON array).
pub fn trend(framework_json: Option<&str>, assessments_json: &str) -> ApiResult {
    let t = reports(framework_json, assessments_json).and_then(|r| crate::review::compare::trend(&r)).map_err(|e| e.to_data())?;
    to_json(&t)
}

/// Benchmark statistics of assessments (a JSON array); `options_json` is `{"by": ["country",
/// ...], "k": 5}` (both optional).
pub fn aggregate(framework_json: Option<&str>, assessments_json: &str, options_json: &str) -> ApiResult {
    let (agg, k) = aggregator(framework_json, assessments_json, options_json).map_err(|e| e.to_data())?;
    to_json(&agg.statistics(k))
}

/// Where the subject of `subject_json` stands among the assessments of `assessments_json`.
pub fn place(framework_json: Option<&str>, assessments_json: &str, subject_json: &str, options_json: &str) -> ApiResult {
    let run = || -> Result<_> {
        let (agg, k) = aggregator(framework_json, assessments_json, options_json)?;
        let a = Assessment::from_json(subject_json)?;
        let report = source(framework_json)?.for_assessment(&a).and_then(|fw| fw.score(&a, None))?;
        agg.place(&report, k)
    };
    to_json(&run().map_err(|e| e.to_data())?)
}

/// The assessment anonymized (see [`crate::anonymize`]); `options_json` is
/// `{"keep_country": false, "keep_sector": false, "dates": "month"}` (all optional).
pub fn anonymize(assessment_json: &str, pseudonym: &str, options_json: &str) -> ApiResult {
    let run = || -> Result<Assessment> {
        let options: AnonymizeOptions = serde_json::from_str(options_json)
            .map_err(|e| argument_error("options", &e.to_string(), "{\"keep_country\", \"keep_sector\", \"dates\": \"month\" | \"year\"}"))?;
        let a = Assessment::from_json(assessment_json)?;
        Ok(crate::review::privacy::anonymize(&a, pseudonym, &options))
    };
    to_json(&run().map_err(|e| e.to_data())?)
}

/// Reads bytes as the UTF-8 text of a `document` (`framework`, `assessment`, `report`,
/// `mapping` or `adjudication`), as [`crate::decode`] does: the text as a JSON string, or the
/// `invalid_encoding` / `input_too_large` error.
pub fn decode(document: &str, bytes: &[u8]) -> ApiResult {
    let kind: DocumentKind = serde_json::from_value(serde_json::Value::from(document)).map_err(|_| {
        Error::InvalidArgument {
            argument: "document".into(),
            expected: "`framework`, `assessment`, `report`, `mapping` or `adjudication`".into(),
            found: document.into(),
            reason: None,
        }
        .to_data()
    })?;
    to_json(&crate::parse::decode(kind, bytes).map_err(|e| e.to_data())?)
}

/// The limits in force, as JSON ([`Limits`]).
pub fn limits() -> ApiResult {
    to_json(&Limits::current())
}

/// Puts limits in force (a JSON object of [`Limits`] fields; missing fields take their
/// defaults) and returns them.
pub fn set_limits(limits_json: &str) -> ApiResult {
    let limits: Limits = serde_json::from_str(limits_json).map_err(|e| {
        Error::InvalidArgument {
            argument: "limits".into(),
            expected: "an object of limits such as {\"max_input_bytes\": 1048576}".into(),
            found: limits_json.chars().take(80).collect(),
            reason: Some(e.to_string()),
        }
        .to_data()
    })?;
    limits.set().map_err(|e| e.to_data())?;
    self::limits()
}
