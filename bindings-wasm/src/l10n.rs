//! The core's message catalog for the page: every word the page shows comes from
//! `core/l10n/*.ftl` through these functions, as in the CLI and the reports.

use kalkan::l10n::{self, Arg};
use wasm_bindgen::prelude::*;

use crate::convert::{argument_error, details_arg, number_arg, string_arg};

/// The catalog's message `id` in `lang` (other languages get English), with `args`: texts,
/// numbers (which choose plural forms) and lists, as in a problem's or a warning's `details`.
/// An id the catalog lacks is returned as it is (the package's tests make sure the page uses
/// none).
#[wasm_bindgen]
pub fn message(
    #[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Record<string, unknown> | null")] args: JsValue,
) -> Result<String, JsValue> {
    let lang = string_arg(&lang, "lang")?;
    let id = string_arg(&id, "id")?;
    let named = l10n::details_arguments(&lang, &details_arg(&args, "args")?);
    let borrowed: Vec<(&str, Arg)> = named.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    Ok(l10n::message(&lang, &id, &borrowed))
}

/// Whether the catalog has the message `id`.
#[wasm_bindgen(js_name = hasMessage)]
pub fn has_message(#[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> Result<bool, JsValue> {
    Ok(l10n::has_message(&string_arg(&id, "id")?))
}

/// `value` with `decimals` decimals (a whole number from 0 to 20), the language's way (`57.1`,
/// `57,1`; ties away from zero).
#[wasm_bindgen(js_name = formatNumber)]
pub fn format_number(
    #[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] decimals: JsValue,
) -> Result<String, JsValue> {
    let lang = string_arg(&lang, "lang")?;
    let value = number_arg(&value, "value")?;
    let places = number_arg(&decimals, "decimals")?;
    if places.fract() != 0.0 || !(0.0..=20.0).contains(&places) {
        return Err(argument_error("decimals", "a whole number from 0 to 20", &places.to_string(), None));
    }
    // In range and whole, so the conversion is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(l10n::number(&lang, value, places as usize))
}

/// A percentage (`value` already 0-100) with one decimal, the language's way (`50,0 %`).
#[wasm_bindgen(js_name = formatPercent)]
pub fn format_percent(
    #[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] value: JsValue,
) -> Result<String, JsValue> {
    Ok(l10n::percent(&string_arg(&lang, "lang")?, number_arg(&value, "value")?))
}

/// The catalog's languages (`en`, `ar`, `fr`).
#[wasm_bindgen(js_name = catalogLanguages)]
pub fn catalog_languages() -> Vec<String> {
    l10n::LANGUAGES.iter().map(|l| l.to_string()).collect()
}
