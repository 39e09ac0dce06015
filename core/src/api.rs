//! The same operations over JSON text, for bindings and the conformance corpus: every function
//! takes and returns JSON, and fails with [`ErrorData`]. It only converts: each function parses,
//! calls the typed API and serializes. Nothing here panics.

use std::sync::Arc;

use serde::Serialize;

use crate::changelog;
use crate::compiled::CompiledFramework;
use crate::crosswalk;
use crate::diff::{self as versions};
use crate::error::{Error, ErrorData, Result};
use crate::migration;
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;
use crate::model::mapping::Mapping;
use crate::projection;
use crate::registry::{FrameworkSource, Registry};
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
    let report = assessment_and_framework(framework_json, assessment_json).and_then(|(a, fw)| fw.score(&a, profile)).map_err(|e| e.to_data())?;
    to_json(&report)
}

/// Gap analysis (JSON) of an assessment against a profile.
pub fn gaps(framework_json: Option<&str>, assessment_json: &str, profile: Option<&str>) -> ApiResult {
    let gaps = assessment_and_framework(framework_json, assessment_json).and_then(|(a, fw)| fw.gaps(&a, profile)).map_err(|e| e.to_data())?;
    to_json(&gaps)
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
