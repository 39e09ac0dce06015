//! Framework versions: diff (and the changelog in words), generated mappings, mapping
//! validation, migration and projection. Conversion only: each function calls `kalkan::api`.

use kalkan::{api, DocumentKind};
use wasm_bindgen::prelude::*;

use crate::convert::{api_result, document_text, optional_document_text, optional_string_arg};

/// A target framework: a built-in `"id@requirement"` string, or a framework (JSON text or object).
fn target_text(target: &JsValue) -> Result<String, JsValue> {
    match target.as_string() {
        Some(s) => Ok(s),
        None => document_text(target, DocumentKind::Framework),
    }
}

/// The changes from `old` to `new` (two versions of one framework), each classified breaking,
/// additive or editorial, and the version check. `mapping` may name renamed controls.
#[wasm_bindgen(unchecked_return_type = "FrameworkDiff")]
pub fn diff(
    #[wasm_bindgen(unchecked_param_type = "string | Framework")] old: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Framework")] new: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | Mapping | null")] mapping: JsValue,
) -> Result<JsValue, JsValue> {
    let old = document_text(&old, DocumentKind::Framework)?;
    let new = document_text(&new, DocumentKind::Framework)?;
    let mapping = optional_document_text(&mapping, DocumentKind::Mapping)?;
    api_result(api::diff(&old, &new, mapping.as_deref()))
}

/// The same diff in words: `format` `"text"` or `"md"` (a Markdown changelog), in `lang`.
#[wasm_bindgen(js_name = diffText)]
pub fn diff_text(
    #[wasm_bindgen(unchecked_param_type = "string | Framework")] old: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Framework")] new: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | Mapping | null")] mapping: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "\"text\" | \"md\" | null")] format: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] lang: JsValue,
) -> Result<String, JsValue> {
    let old = document_text(&old, DocumentKind::Framework)?;
    let new = document_text(&new, DocumentKind::Framework)?;
    let mapping = optional_document_text(&mapping, DocumentKind::Mapping)?;
    let format = optional_string_arg(&format, "format")?.unwrap_or_else(|| "text".into());
    let lang = optional_string_arg(&lang, "lang")?.unwrap_or_else(|| "en".into());
    match api::diff_text(&old, &new, mapping.as_deref(), &format, &lang) {
        Ok(text) => Ok(text),
        Err(data) => api_result(Err(data)).map(|_| String::new()),
    }
}

/// A mapping from `old` to `new` generated from their diff, to complete by hand.
#[wasm_bindgen(js_name = generateMapping, unchecked_return_type = "Mapping")]
pub fn generate_mapping(
    #[wasm_bindgen(unchecked_param_type = "string | Framework")] old: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Framework")] new: JsValue,
) -> Result<JsValue, JsValue> {
    let old = document_text(&old, DocumentKind::Framework)?;
    let new = document_text(&new, DocumentKind::Framework)?;
    api_result(api::generate_mapping(&old, &new))
}

/// `{valid, errors, warnings}` of a mapping, against the given frameworks or the built-in ones
/// its requirements name.
#[wasm_bindgen(js_name = validateMapping, unchecked_return_type = "Validation")]
pub fn validate_mapping(
    #[wasm_bindgen(unchecked_param_type = "string | Mapping")] mapping: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | Framework | null")] source: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | Framework | null")] target: JsValue,
) -> Result<JsValue, JsValue> {
    let mapping = document_text(&mapping, DocumentKind::Mapping)?;
    let source = optional_document_text(&source, DocumentKind::Framework)?;
    let target = optional_document_text(&target, DocumentKind::Framework)?;
    api_result(api::validate_mapping(&mapping, source.as_deref(), target.as_deref()))
}

/// `{assessment, report}`: the assessment moved to `target` (a built-in `"id@requirement"` or a
/// framework) through `mapping` or the default one. `framework` `null` takes the built-in
/// framework the assessment names.
#[wasm_bindgen(unchecked_return_type = "Migration")]
pub fn migrate(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Framework")] target: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | Mapping | null")] mapping: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let assessment = document_text(&assessment, DocumentKind::Assessment)?;
    let target = target_text(&target)?;
    let mapping = optional_document_text(&mapping, DocumentKind::Mapping)?;
    api_result(api::migrate(framework.as_deref(), &assessment, &target, mapping.as_deref()))
}

/// The assessment seen through `target` (a built-in `"id@requirement"` or a framework): the
/// target's report, how each control was derived, and the coverage.
#[wasm_bindgen(unchecked_return_type = "Projection")]
pub fn project(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Framework")] target: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | Mapping | null")] mapping: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] profile: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let assessment = document_text(&assessment, DocumentKind::Assessment)?;
    let target = target_text(&target)?;
    let mapping = optional_document_text(&mapping, DocumentKind::Mapping)?;
    let profile = optional_string_arg(&profile, "profile")?;
    api_result(api::project(framework.as_deref(), &assessment, &target, mapping.as_deref(), profile.as_deref()))
}
