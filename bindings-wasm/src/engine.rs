//! The engine's free functions (feature `engine`): a framework file's format, removing a
//! response, localized texts and writing direction (and, with `analysis`, the JSON Schemas).
//! Frameworks, validation, scoring and the questionnaire are `Registry` and `CompiledFramework`
//! (and, with `api`, the free functions of documents.rs). The import module the page fetches on demand
//! leaves them out (it has the importers, the workbooks and the OSCAL exports).

use wasm_bindgen::prelude::*;

use crate::compiled;
#[cfg(feature = "analysis")]
use crate::convert::from_json_text;
use crate::convert::{string_arg, text_arg, to_js};

/// What a framework file is, from its text (the core's cheap rule): `oscal-catalog` (a JSON
/// object with `catalog`), `ciso-assistant` (YAML with a top-level `objects:`) or `kalkan`
/// (anything else). Files of the first two are read with `importFramework`.
#[wasm_bindgen(js_name = frameworkFormat, unchecked_return_type = "FrameworkFormat")]
pub fn framework_format(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    to_js(&kalkan::framework_format(&text))
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
