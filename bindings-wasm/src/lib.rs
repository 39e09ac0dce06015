//! WebAssembly bindings of Kalkan for browsers and Node.js.
//!
//! A thin layer: the free functions wrap [`kalkan::api`] and [`kalkan::charts`],
//! [`CompiledFramework`] wraps [`kalkan::CompiledFramework`] (scoring, and authoring: new
//! assessments and answers) for front ends that use the same framework many times, and
//! [`Registry`] wraps [`kalkan::Registry`]. Every rule lives in the core; this crate converts
//! documents, arguments, results and errors. Two differences keep the module small: report rows
//! come from `CompiledFramework::rows` (not from a report read back), and the JSON Schemas are
//! the checked-in files (embedded without whitespace, see `build.rs`) rather than the generator's output.
//!
//! Documents (frameworks, assessments) are accepted as JSON text or as plain objects.
//! Results are plain JSON values (objects, arrays, numbers), typed in the generated `.d.ts` by the
//! core's own serde types (tsify). Failures are thrown as `KalkanError`: a JavaScript `Error`
//! carrying the core's `ErrorData` (`kind`, `document`, `code`, `pointer`, `message`, `details`,
//! `problems`).

mod charts;
mod compiled;
mod convert;
mod input;
mod l10n;
mod registry;
mod review;
mod versions;

use kalkan::{api, DocumentKind};
use wasm_bindgen::prelude::*;

pub use compiled::CompiledFramework;
use convert::{api_result, document_text, from_json_text, optional_document_text, optional_string_arg, string_arg, text_arg, to_js};
pub use input::{check_size, decode, limits, set_limits};
pub use l10n::{catalog_languages, format_number, format_percent, has_message, message};
pub use registry::Registry;
pub use review::{aggregate, anonymize, compare, merge, place, trend};
pub use versions::{diff, diff_text, generate_mapping, migrate, project, validate_mapping};

#[wasm_bindgen(typescript_custom_section)]
const KALKAN_ERROR_TS: &str = r#"
/**
 * What every function of this package throws: a JavaScript `Error` (with a stack) named
 * `KalkanError` whose own properties are the core's `ErrorData`, exactly as the CLI prints it
 * and the conformance corpus expects it:
 *
 * - `kind`: the class of failure, chosen by the core (`parse`, `invalid`, `not_found`,
 *   `conflict`, `profile`, `argument`, `io`, `internal`);
 * - `document`: `framework`, `assessment` or `report` when the error is about one (else absent);
 * - `code`: the stable code (`malformed_json`, `unknown_option`, `framework_not_found`, ...);
 * - `pointer`: where, as an RFC 6901 JSON Pointer (`/responses/GV.OC-01/option`; empty for the
 *   whole document or for errors about no document);
 * - `message`: what went wrong, in English;
 * - `details`: the values the message is made of, by name (e.g. `id`, `requirement` and
 *   `available` for `framework_not_found`; `profile` and `known` for `unknown_profile`);
 * - `problems`: every problem, each with its own `pointer`, `code`, `message`, `details` (and
 *   `line`, `column` for syntax errors).
 */
export interface KalkanError extends Error, ErrorData {
    name: "KalkanError";
}

/** The names of the JSON Schemas (the core's `SCHEMA_NAMES`). */
export type SchemaName = "framework" | "assessment" | "report" | "validation" | "error" | "questionnaire" | "progress" | "row" | "framework-summary";
"#;

/// The version of this package, which is the workspace's (and the core's) version.
#[wasm_bindgen(js_name = kalkanVersion)]
pub fn kalkan_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

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

/// The OSCAL `assessment-results` document of an assessment scored against `profile` (or its own),
/// byte for byte the CLI's and Python's (deterministic UUIDs).
#[wasm_bindgen(js_name = oscalAssessmentResults, unchecked_return_type = "Record<string, unknown>")]
pub fn oscal_assessment_results(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] profile: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let assessment = document_text(&assessment, DocumentKind::Assessment)?;
    let profile = optional_string_arg(&profile, "profile")?;
    api_result(api::oscal_ar(framework.as_deref(), &assessment, profile.as_deref()))
}

/// The OSCAL `plan-of-action-and-milestones` document of an assessment's gaps against `profile`
/// (or its own profile; neither: `no_profile`).
#[wasm_bindgen(js_name = oscalPoam, unchecked_return_type = "Record<string, unknown>")]
pub fn oscal_poam(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] profile: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let assessment = document_text(&assessment, DocumentKind::Assessment)?;
    let profile = optional_string_arg(&profile, "profile")?;
    api_result(api::oscal_poam(framework.as_deref(), &assessment, profile.as_deref()))
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
include!(concat!(env!("OUT_DIR"), "/schemas.rs"));

/// The JSON Schema named `name` (see [`schema_names`]); `undefined` for any other name (a name
/// that is not a string is a `KalkanError`).
#[wasm_bindgen(unchecked_return_type = "object | undefined")]
pub fn schema(#[wasm_bindgen(unchecked_param_type = "SchemaName")] name: JsValue) -> Result<JsValue, JsValue> {
    let name = string_arg(&name, "name")?;
    match SCHEMAS.iter().find(|(n, _)| *n == name) {
        Some((_, text)) => from_json_text(text),
        None => Ok(JsValue::UNDEFINED),
    }
}

/// The names [`schema`] accepts: the core's `SCHEMA_NAMES`.
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

/// Whether `value` is an error thrown by this package (a `KalkanError`).
#[wasm_bindgen(js_name = isKalkanError, unchecked_return_type = "value is KalkanError")]
pub fn is_kalkan_error(#[wasm_bindgen(unchecked_param_type = "unknown")] value: &JsValue) -> bool {
    convert::is_kalkan_error(value)
}
