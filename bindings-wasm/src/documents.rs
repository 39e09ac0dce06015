//! The free functions over documents (feature `api`), as `kalkan::api` has them: the built-in
//! frameworks, validation, scoring, gaps, the questionnaire view and progress of documents given
//! as JSON text or objects, each parsed for the call. The page's lean engine leaves them out: it
//! compiles a framework once (`CompiledFramework`, from its `Registry`) and calls its methods.

use kalkan::{api, DocumentKind};
use wasm_bindgen::prelude::*;

use crate::convert::{api_result, document_text, optional_document_text, optional_string_arg, string_arg};

/// Summaries of the built-in frameworks, sorted by id then version.
#[wasm_bindgen(js_name = listFrameworks, unchecked_return_type = "FrameworkSummary[]")]
pub fn list_frameworks() -> Result<JsValue, JsValue> {
    api_result(api::list_frameworks())
}

/// The built-in framework `id`, newest version matching `requirement` (Cargo syntax such as
/// `^1.0`; default `*`). Throws `KalkanError` (`framework_not_found`) when none matches.
#[wasm_bindgen(js_name = builtinFramework, unchecked_return_type = "Framework")]
pub fn builtin_framework(
    #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] requirement: JsValue,
) -> Result<JsValue, JsValue> {
    let id = string_arg(&id, "id")?;
    let requirement = optional_string_arg(&requirement, "requirement")?;
    api_result(api::builtin_framework(&id, requirement.as_deref().unwrap_or("*")))
}

/// Validates a framework: every error and every warning (missing translations). Never throws
/// for a bad framework; `valid` is false and `errors` lists the problems.
#[wasm_bindgen(js_name = validateFramework, unchecked_return_type = "Validation")]
pub fn validate_framework(#[wasm_bindgen(unchecked_param_type = "string | Framework")] framework: JsValue) -> Result<JsValue, JsValue> {
    let framework = document_text(&framework, DocumentKind::Framework)?;
    api_result(api::validate_framework(&framework))
}

/// Validates an assessment against `framework`, or (when `framework` is `null`) against the
/// built-in framework the assessment names.
#[wasm_bindgen(js_name = validateAssessment, unchecked_return_type = "Validation")]
pub fn validate_assessment(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let assessment = document_text(&assessment, DocumentKind::Assessment)?;
    api_result(api::validate_assessment(framework.as_deref(), &assessment))
}

/// Scores an assessment into a report. `framework` `null` takes the built-in framework the
/// assessment names; `profile` overrides the assessment's target profile.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn score(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] profile: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let assessment = document_text(&assessment, DocumentKind::Assessment)?;
    let profile = optional_string_arg(&profile, "profile")?;
    api_result(api::score(framework.as_deref(), &assessment, profile.as_deref()))
}

/// Gap analysis of an assessment against `profile` (or the assessment's own profile).
#[wasm_bindgen(unchecked_return_type = "Gaps")]
pub fn gaps(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] profile: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let assessment = document_text(&assessment, DocumentKind::Assessment)?;
    let profile = optional_string_arg(&profile, "profile")?;
    api_result(api::gaps(framework.as_deref(), &assessment, profile.as_deref()))
}

/// The questionnaire view of `framework` in `lang`, or, when `framework` is `null`, of the
/// built-in framework named by `builtin` (`id` or `id@requirement`, e.g. `nist-csf@^2`).
#[wasm_bindgen(unchecked_return_type = "Questionnaire")]
pub fn questionnaire(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | null | undefined")] builtin: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let builtin = optional_string_arg(&builtin, "builtin")?;
    let lang = string_arg(&lang, "lang")?;
    api_result(api::questionnaire(framework.as_deref(), builtin.as_deref().unwrap_or_default(), &lang))
}

/// Progress of an assessment through its questionnaire: answered of total, per section and
/// overall, and the first unanswered control.
#[wasm_bindgen(unchecked_return_type = "Progress")]
pub fn progress(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let assessment = document_text(&assessment, DocumentKind::Assessment)?;
    api_result(api::progress(framework.as_deref(), &assessment))
}
