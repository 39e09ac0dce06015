//! The JSON-string API that the Python and WASM bindings wrap.
//!
//! Every function takes and returns JSON text; failures are [`ErrorData`], plain data with a
//! kind, a stable code, a message and every problem. Nothing here panics.

use std::sync::Arc;

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
fn framework_for(framework_json: Option<&str>, a: &Assessment) -> Result<Arc<CompiledFramework>, Error> {
    Registry::given_or_builtin(framework_json.map(|json| CompiledFramework::from_json(json).map(Arc::new)), a)
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

impl Validation {
    /// The validation of a framework document: every error, and missing translations as
    /// warnings; a document that could not be read has its parse problem as the error.
    pub fn of_framework(parsed: Result<&Framework, &Error>) -> Validation {
        match parsed {
            Err(e) => Validation { valid: false, errors: e.problems(), warnings: vec![] },
            Ok(f) => {
                let errors = crate::validate_framework(f);
                Validation { valid: errors.is_empty(), errors, warnings: crate::translation_gaps(f) }
            }
        }
    }

    /// The validation of an assessment: the problems found against its framework, or, when
    /// there was no framework to judge it by (or the assessment could not be read), the problems
    /// of that failure. An assessment cannot be judged valid without a framework.
    pub fn of_assessment(checked: Result<Vec<crate::Problem>, Error>) -> Validation {
        let errors = checked.unwrap_or_else(|e| e.problems());
        Validation { valid: errors.is_empty(), errors, warnings: vec![] }
    }
}

/// Validates a framework: `{valid, errors, warnings}` (warnings: missing translations).
pub fn validate_framework(framework_json: &str) -> String {
    let parsed = parse::parse::<Framework>(DocumentKind::Framework, framework_json);
    serde_json::to_string(&Validation::of_framework(parsed.as_ref())).unwrap_or_default()
}

/// Validates an assessment against the given framework, or the built-in one it names (see
/// [`Validation::of_assessment`] for what is reported when there is no framework).
pub fn validate_assessment(framework_json: Option<&str>, assessment_json: &str) -> String {
    let checked = (|| -> Result<Vec<crate::Problem>, Error> {
        let a: Assessment = parse::parse(DocumentKind::Assessment, assessment_json)?;
        Ok(framework_for(framework_json, &a)?.validate_assessment(&a))
    })();
    serde_json::to_string(&Validation::of_assessment(checked)).unwrap_or_default()
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
        Some(json) => CompiledFramework::from_json(json).map(Arc::new),
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
