//! The same operations over JSON text, for bindings and the conformance corpus: every function
//! takes and returns JSON, and fails with [`ErrorData`]. It only converts: each function parses,
//! calls the typed API and serializes. Nothing here panics.

use std::sync::Arc;

use serde::Serialize;

use crate::compiled::CompiledFramework;
use crate::error::{Error, ErrorData, Result};
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;
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
