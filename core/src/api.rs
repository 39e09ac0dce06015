//! The JSON-string API that the Python and WASM bindings wrap.
//!
//! Every function takes and returns JSON text; failures are [`ErrorData`], plain data with a
//! kind, a stable code, a message and every problem. Nothing here panics.

use serde::Serialize;

use crate::compiled::CompiledFramework;
use crate::error::{DocumentKind, Error, ErrorData};
use crate::registry::Registry;
use crate::{parse, Assessment, Framework};

/// What these functions return.
pub type ApiResult = Result<String, ErrorData>;

fn to_json<T: Serialize>(v: &T) -> ApiResult {
    serde_json::to_string(v).map_err(|e| {
        Error::Parse { kind: DocumentKind::Framework, problem: crate::Problem::new("", crate::Code::InvalidStructure, format!("cannot serialize result: {e}")) }
            .to_data()
    })
}

/// The framework to use: the one given as JSON, or else the built-in one the assessment names.
fn framework_for(framework_json: Option<&str>, a: &Assessment) -> Result<std::sync::Arc<CompiledFramework>, Error> {
    match framework_json {
        Some(json) => CompiledFramework::from_json(json).map(std::sync::Arc::new),
        None => Registry::builtin().for_assessment(a),
    }
}

/// Summaries of the built-in frameworks (a JSON array).
pub fn list_frameworks() -> String {
    serde_json::to_string(&Registry::builtin().list()).unwrap_or_else(|_| "[]".into())
}

/// The built-in framework `id` newest matching `requirement`, as JSON.
pub fn builtin_framework(id: &str, requirement: &str) -> ApiResult {
    let fw = Registry::builtin().get(id, requirement).map_err(|e| e.to_data())?;
    to_json(fw.framework())
}

/// The outcome of a validation: every error and every warning.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Validation {
    pub valid: bool,
    pub errors: Vec<crate::Problem>,
    pub warnings: Vec<crate::Problem>,
}

/// Validates a framework: `{valid, errors, warnings}` (warnings: missing translations).
pub fn validate_framework(framework_json: &str) -> String {
    let v = match parse::parse::<Framework>(DocumentKind::Framework, framework_json) {
        Err(e) => Validation { valid: false, errors: e.problems(), warnings: vec![] },
        Ok(f) => {
            let errors = crate::validate_framework(&f);
            Validation { valid: errors.is_empty(), errors, warnings: crate::translation_gaps(&f) }
        }
    };
    serde_json::to_string(&v).unwrap_or_default()
}

/// Validates an assessment against the given framework, or the built-in one it names.
///
/// When there is no framework to validate against (the framework JSON is malformed or invalid,
/// or no built-in framework matches), its problems are the errors: the assessment cannot be
/// judged valid without one.
pub fn validate_assessment(framework_json: Option<&str>, assessment_json: &str) -> String {
    let errors = (|| -> Result<Vec<crate::Problem>, Error> {
        let a: Assessment = parse::parse(DocumentKind::Assessment, assessment_json)?;
        let fw = framework_for(framework_json, &a)?;
        Ok(fw.validate_assessment(&a))
    })()
    .unwrap_or_else(|e| e.problems());
    let v = Validation { valid: errors.is_empty(), errors, warnings: vec![] };
    serde_json::to_string(&v).unwrap_or_default()
}

/// Scores an assessment (JSON) into a report (JSON).
///
/// `framework_json` is the framework to score against; `None` takes the built-in framework the
/// assessment names. `profile` overrides the assessment's target profile.
pub fn score(framework_json: Option<&str>, assessment_json: &str, profile: Option<&str>) -> ApiResult {
    let report = (|| {
        let a: Assessment = parse::parse(DocumentKind::Assessment, assessment_json)?;
        let fw = framework_for(framework_json, &a)?;
        fw.score(&a, profile)
    })()
    .map_err(|e| e.to_data())?;
    to_json(&report)
}

/// Gap analysis (JSON) of an assessment against a profile.
pub fn gaps(framework_json: Option<&str>, assessment_json: &str, profile: Option<&str>) -> ApiResult {
    let gaps = (|| {
        let a: Assessment = parse::parse(DocumentKind::Assessment, assessment_json)?;
        let fw = framework_for(framework_json, &a)?;
        fw.gaps(&a, profile)
    })()
    .map_err(|e| e.to_data())?;
    to_json(&gaps)
}

/// The JSON Schema of `framework`, `assessment` or `report`.
pub fn schema(name: &str) -> Option<String> {
    crate::schema::schema_json(name)
}

/// The questionnaire view (JSON) of a framework in `lang`: the given framework JSON, or the
/// built-in framework `id@requirement` when `framework_json` is `None`.
pub fn questionnaire(framework_json: Option<&str>, builtin_spec: &str, lang: &str) -> ApiResult {
    let fw = match framework_json {
        Some(json) => CompiledFramework::from_json(json).map(std::sync::Arc::new),
        None => Registry::builtin().get_spec(builtin_spec),
    }
    .map_err(|e| e.to_data())?;
    to_json(&fw.questionnaire(lang))
}

/// Progress (JSON) of an assessment through its framework's questionnaire.
pub fn progress(framework_json: Option<&str>, assessment_json: &str) -> ApiResult {
    let p = (|| {
        let a: Assessment = parse::parse(DocumentKind::Assessment, assessment_json)?;
        let fw = framework_for(framework_json, &a)?;
        Ok::<_, Error>(fw.progress(&a))
    })()
    .map_err(|e| e.to_data())?;
    to_json(&p)
}

/// Tidy rows (JSON array) of a report given as JSON.
pub fn report_rows(report_json: &str) -> ApiResult {
    let report = crate::Report::from_json(report_json).map_err(|e| e.to_data())?;
    to_json(&report.rows())
}
