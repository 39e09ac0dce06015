//! The OSCAL exports (feature `oscal`): an assessment's `assessment-results` and the plan of
//! action and milestones of its gaps, byte for byte the CLI's and Python's. The page's lean
//! engine leaves them out: the page runs them in the import module, fetched on first use.

use kalkan::{api, DocumentKind};
use wasm_bindgen::prelude::*;

use crate::convert::{api_result, document_text, optional_document_text, optional_string_arg};

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
