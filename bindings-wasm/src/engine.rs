//! The engine's functions (feature `engine`): frameworks, validation, scoring, the
//! questionnaire, progress, schemas and texts. The import module the page fetches on demand
//! leaves them out (it has the importers, the workbooks and the OSCAL exports).

use kalkan::{api, DocumentKind};
use wasm_bindgen::prelude::*;

use crate::compiled;
#[cfg(feature = "analysis")]
use crate::convert::from_json_text;
use crate::convert::{api_result, document_text, optional_document_text, optional_string_arg, string_arg, text_arg, to_js};

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

/// What a framework file is, from its text (the core's cheap rule): `oscal-catalog` (a JSON
/// object with `catalog`), `ciso-assistant` (YAML with a top-level `objects:`) or `kalkan`
/// (anything else). Files of the first two are read with `importFramework`.
#[wasm_bindgen(js_name = frameworkFormat, unchecked_return_type = "FrameworkFormat")]
pub fn framework_format(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    to_js(&kalkan::framework_format(&text))
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

// The core's JSON Schemas, written by the build script (`build.rs`): one for each name of
// `kalkan::schema::SCHEMA_NAMES`, in its order, without the schema generator in the module.
#[cfg(feature = "analysis")]
include!(concat!(env!("OUT_DIR"), "/schemas.rs"));

/// The JSON Schema named `name` (see [`schema_names`]); `undefined` for any other name (a name
/// that is not a string is a `KalkanError`).
#[cfg(feature = "analysis")]
#[wasm_bindgen(unchecked_return_type = "object | undefined")]
pub fn schema(#[wasm_bindgen(unchecked_param_type = "SchemaName")] name: JsValue) -> Result<JsValue, JsValue> {
    let name = string_arg(&name, "name")?;
    match SCHEMAS.iter().find(|(n, _)| *n == name) {
        Some((_, text)) => from_json_text(text),
        None => Ok(JsValue::UNDEFINED),
    }
}

/// The names [`schema`] accepts: the core's `SCHEMA_NAMES`.
#[cfg(feature = "analysis")]
#[wasm_bindgen(js_name = schemaNames, unchecked_return_type = "SchemaName[]")]
pub fn schema_names() -> Vec<String> {
    SCHEMAS.iter().map(|(n, _)| n.to_string()).collect()
}

/// The assessment without its response to `control` (every response to it, should the file
/// have several). Answering is `CompiledFramework.answer`, which needs the framework's order.
#[wasm_bindgen(js_name = removeResponse, unchecked_return_type = "Assessment")]
pub fn remove_response(
    #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] control: JsValue,
) -> Result<JsValue, JsValue> {
    let mut a = compiled::parse_assessment(&assessment)?;
    a.responses.remove(&string_arg(&control, "control")?);
    to_js(&a)
}

/// A localized text (an object keyed by language tag, such as a `FrameworkSummary`'s `title`)
/// in `lang`, falling back to English, then to `""`: the rule every front end uses.
#[wasm_bindgen]
pub fn localize(
    #[wasm_bindgen(unchecked_param_type = "Text")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue,
) -> Result<String, JsValue> {
    let text = text_arg(&text, "text")?;
    let lang = string_arg(&lang, "lang")?;
    Ok(text.display(&lang).to_string())
}

/// Whether `lang` is written right to left (Arabic and others).
#[wasm_bindgen(js_name = isRtl)]
pub fn is_rtl(#[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue) -> Result<bool, JsValue> {
    Ok(kalkan::is_rtl(&string_arg(&lang, "lang")?))
}
