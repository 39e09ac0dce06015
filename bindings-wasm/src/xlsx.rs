//! Questionnaire workbooks (feature `xlsx`): `exportXlsx` writes a framework's (or an
//! assessment's) questionnaire as the bytes of an `.xlsx` file, `importXlsx` reads a filled one
//! back into an assessment, exactly as the CLI and Python do (the core's `api::export_xlsx` and
//! `api::import_xlsx`: layout, validation, every bad cell reported with its reference).

use js_sys::{ArrayBuffer, Uint8Array};
use kalkan::{api, DocumentKind};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::convert::{api_result, argument_error, error_value, optional_document_text, optional_string_arg, throw, type_name};

/// A questionnaire workbook (the bytes of an `.xlsx` file) in `lang` (default `en`; Arabic sheets
/// are right to left): of `framework`, or of `assessment` with its answers filled in (its
/// framework: `framework`, else the built-in one it names; only a valid assessment is written).
/// The same inputs give the same bytes (the workbook's date comes from them, not the clock).
#[wasm_bindgen(js_name = exportXlsx)]
pub fn export_xlsx(
    #[wasm_bindgen(unchecked_param_type = "Framework | string | null")] framework: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Assessment | string | null")] assessment: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] lang: JsValue,
) -> Result<Vec<u8>, JsValue> {
    let assessment = optional_document_text(&assessment, DocumentKind::Assessment)?;
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    let lang = optional_string_arg(&lang, "lang")?.unwrap_or_else(|| "en".to_string());
    api::export_xlsx(framework.as_deref(), assessment.as_deref(), &lang).map_err(|e| error_value(&e))
}

/// A filled questionnaire workbook (a `Uint8Array` or an `ArrayBuffer`) as `{assessment, report}`,
/// its answers checked against `framework`, else the built-in framework the workbook names.
/// Every bad cell is a problem of the thrown `KalkanError` with its reference in
/// `details.cell` (`Governance!D14`); over `limits().max_input_bytes` is `input_too_large`,
/// checked before the bytes are copied.
#[wasm_bindgen(js_name = importXlsx, unchecked_return_type = "XlsxImport")]
pub fn import_xlsx(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] workbook: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Framework | string | null")] framework: JsValue,
) -> Result<JsValue, JsValue> {
    let bytes = if let Some(bytes) = workbook.dyn_ref::<Uint8Array>() {
        bytes.clone()
    } else if let Some(buffer) = workbook.dyn_ref::<ArrayBuffer>() {
        Uint8Array::new(buffer)
    } else {
        return Err(argument_error("workbook", "a Uint8Array or an ArrayBuffer", &type_name(&workbook), None));
    };
    kalkan::check_size(DocumentKind::Assessment, u64::from(bytes.length())).map_err(|e| throw(&e))?;
    let framework = optional_document_text(&framework, DocumentKind::Framework)?;
    api_result(api::import_xlsx(&bytes.to_vec(), framework.as_deref()))
}
