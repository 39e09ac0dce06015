//! Reading input safely: the core's declared limits (`limits`, `setLimits`), a file's size checked
//! before it is read (`checkSize`), and bytes decoded as UTF-8 the core's way (`decode`: a BOM is
//! skipped, UTF-16/32 and invalid UTF-8 are `invalid_encoding`). The rules are the core's; this
//! module converts arguments and errors.

use js_sys::{ArrayBuffer, Uint8Array};
use kalkan::{api, DocumentKind};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::convert::{api_result, argument_error, error_value, internal, options_arg_strict, string_arg, throw, type_name};

/// The kind of document named `document` (`framework`, `assessment`, `report`, `mapping`,
/// `adjudication`). Any other name is the core's own `invalid_argument` error, as
/// `kalkan::api::decode` words it (it checks the name before it looks at the bytes).
fn document_kind(document: &JsValue) -> Result<DocumentKind, JsValue> {
    let name = string_arg(document, "document")?;
    // Read as the JSON string it is in a document (the parser the module has anyway).
    let quoted = serde_json::to_string(&name).map_err(|e| internal(e.to_string()))?;
    serde_json::from_str(&quoted).map_err(|_| match api::decode(&name, &[]) {
        Err(data) => error_value(&data),
        Ok(_) => internal(format!("the core accepts the document kind `{name}` the binding does not know")),
    })
}

/// The bytes argument: a `Uint8Array` (or an `ArrayBuffer`), without copying it yet.
fn bytes_arg(value: &JsValue) -> Result<Uint8Array, JsValue> {
    if let Some(bytes) = value.dyn_ref::<Uint8Array>() {
        return Ok(bytes.clone());
    }
    if let Some(buffer) = value.dyn_ref::<ArrayBuffer>() {
        return Ok(Uint8Array::new(buffer));
    }
    Err(argument_error("bytes", "a Uint8Array or an ArrayBuffer", &type_name(value), None))
}

/// The bytes of a file as the text of a `document` (`framework`, `assessment`, `report`,
/// `mapping` or `adjudication`): a UTF-8 byte-order mark is skipped. Throws `KalkanError`:
/// `input_too_large` over `limits().max_input_bytes` (checked before the bytes are copied),
/// `invalid_encoding` for UTF-16, UTF-32 or invalid UTF-8 (details `encoding`, and `offset` of
/// the first bad byte for UTF-8).
#[wasm_bindgen]
pub fn decode(
    #[wasm_bindgen(unchecked_param_type = "DocumentKind")] document: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue,
) -> Result<String, JsValue> {
    let kind = document_kind(&document)?;
    let bytes = bytes_arg(&bytes)?;
    kalkan::check_size(kind, u64::from(bytes.length())).map_err(|e| throw(&e))?;
    kalkan::decode(kind, &bytes.to_vec()).map(str::to_owned).map_err(|e| throw(&e))
}

/// Checks the size of a `document` (in bytes) before it is read, as a page does with a chosen
/// file's `size`: throws `KalkanError` `input_too_large` (details `size`, `limit`) when it is over
/// `limits().max_input_bytes`.
#[wasm_bindgen(js_name = checkSize)]
pub fn check_size(
    #[wasm_bindgen(unchecked_param_type = "DocumentKind")] document: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] size: JsValue,
) -> Result<(), JsValue> {
    let kind = document_kind(&document)?;
    let expected = "a size in bytes (a whole number, 0 or more)";
    let size = match size.as_f64() {
        // Every whole number a file size can be in JavaScript is exact below 2^53.
        Some(v) if v.is_finite() && v >= 0.0 && v.fract() == 0.0 && v <= 9_007_199_254_740_991.0 => v as u64,
        Some(v) => return Err(argument_error("size", expected, "number", Some(&format!("{v} is not a whole number of bytes")))),
        None => return Err(argument_error("size", expected, &type_name(&size), None)),
    };
    kalkan::check_size(kind, size).map_err(|e| throw(&e))
}

/// The limits in force, every field present (they hold for every function of this module
/// instance; a Web Worker's instance has its own).
#[wasm_bindgen(unchecked_return_type = "Required<Limits>")]
pub fn limits() -> Result<JsValue, JsValue> {
    api_result(api::limits())
}

/// Puts limits in force for this module instance and returns them all. Fields left out take
/// their defaults (so `setLimits({})` restores every default); 0, a fraction, a negative number or
/// an unknown field is `invalid_argument`, and then nothing changes.
#[wasm_bindgen(js_name = setLimits, unchecked_return_type = "Required<Limits>")]
pub fn set_limits(#[wasm_bindgen(unchecked_param_type = "Partial<Limits>")] limits: JsValue) -> Result<JsValue, JsValue> {
    let text = options_arg_strict(&limits, "limits", "an object of limits such as {max_input_bytes: 1048576}")?;
    api_result(api::set_limits(&text))
}
