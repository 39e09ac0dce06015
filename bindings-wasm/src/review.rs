//! The national review: several respondents merged, assessments compared and followed over
//! time, benchmark statistics with small cohorts suppressed, placement among peers, and
//! anonymization. Conversion only: each function calls `kalkan::api`.
//!
//! Arrays of assessments are JavaScript arrays whose items are documents (JSON text or objects);
//! options are plain objects (or `null`/`undefined` for the defaults).

use kalkan::{api, DocumentKind};
use wasm_bindgen::prelude::*;

use crate::convert::{api_result, document_text, documents_arg, error_value, optional_document_text, options_arg, string_arg};

/// The documents of an array argument, as the JSON array text the core's API takes (each item
/// checked on its own by the core, so an error points at `/i/...`).
fn documents(value: &JsValue, name: &str) -> Result<String, JsValue> {
    let texts = documents_arg(value, name, DocumentKind::Assessment)?;
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    api::documents_array(&refs).map_err(|e| error_value(&e))
}

/// Merges several respondents' assessments of one subject into one assessment under `rule`
/// (`"consensus"`, `"minimum"`, `"median"`, `"majority"`); `adjudication` settles conflicts by
/// hand. The merged assessment's `merge` field records the rule, the respondents, who answered
/// what and the conflicts. `framework` `null` takes the built-in framework the first assessment
/// names.
#[wasm_bindgen(unchecked_return_type = "Assessment")]
pub fn merge(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "(string | Assessment)[]")] assessments: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MergeRule")] rule: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | Adjudication | null")] adjudication: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let assessments = documents(&assessments, "assessments")?;
    let rule = string_arg(&rule, "rule")?;
    let adjudication = optional_document_text(&adjudication, DocumentKind::Adjudication)?;
    api_result(api::merge(framework.as_deref(), &assessments, &rule, adjudication.as_deref()))
}

/// What changed from `old` to `new` (two assessments of one subject), per group and control.
#[wasm_bindgen(unchecked_return_type = "Comparison")]
pub fn compare(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Assessment")] old: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Assessment")] new: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let old = document_text(&old, DocumentKind::Assessment)?;
    let new = document_text(&new, DocumentKind::Assessment)?;
    api_result(api::compare(framework.as_deref(), &old, &new))
}

/// The trend of a series of assessments of one subject: one series per top-level group (and the
/// root), in date order.
#[wasm_bindgen(unchecked_return_type = "Trend")]
pub fn trend(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "(string | Assessment)[]")] assessments: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let assessments = documents(&assessments, "assessments")?;
    api_result(api::trend(framework.as_deref(), &assessments))
}

/// Benchmark statistics of many assessments, per framework family, cohort (`options.by`) and
/// group, with cohorts of fewer than `options.k` (default 5) subjects suppressed.
#[wasm_bindgen(unchecked_return_type = "Benchmark")]
pub fn aggregate(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "(string | Assessment)[]")] assessments: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AggregateOptions | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let assessments = documents(&assessments, "assessments")?;
    let options = options_arg(&options, "options")?;
    api_result(api::aggregate(framework.as_deref(), &assessments, &options))
}

/// Where the subject of `subject` stands among `assessments`: the peers' medians, its percentile
/// rank per group, and how many top-level groups are above, at or below the median.
#[wasm_bindgen(unchecked_return_type = "Placement")]
pub fn place(
    #[wasm_bindgen(unchecked_param_type = "string | Framework | null | undefined")] framework: JsValue,
    #[wasm_bindgen(unchecked_param_type = "(string | Assessment)[]")] assessments: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Assessment")] subject: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AggregateOptions | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let assessments = documents(&assessments, "assessments")?;
    let subject = document_text(&subject, DocumentKind::Assessment)?;
    let options = options_arg(&options, "options")?;
    api_result(api::place(framework.as_deref(), &assessments, &subject, &options))
}

/// The assessment without what identifies people or the subject: the subject's name becomes
/// `pseudonym`; assessor, notes, evidence, answer times and merge record are removed; dates are
/// coarsened (`options.dates`, default `"month"`); country and sector are kept only when
/// `options.keep_country` / `options.keep_sector` say so.
#[wasm_bindgen(unchecked_return_type = "Assessment")]
pub fn anonymize(
    #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] pseudonym: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AnonymizeOptions | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let assessment = document_text(&assessment, DocumentKind::Assessment)?;
    let pseudonym = string_arg(&pseudonym, "pseudonym")?;
    let options = options_arg(&options, "options")?;
    api_result(api::anonymize(&assessment, &pseudonym, &options))
}
