//! The core's message catalog for the page: every word the page shows comes from
//! `core/l10n/*.ftl` through these functions, as in the CLI and the reports.
//!
//! English is always in the module. The all-in-one module embeds Arabic and French too (feature
//! `translations`); the lean engine does not: its page fetches their compiled catalogs
//! (`www/l10n/`, written by build.sh from [`compiled_catalog`]) and adds them with
//! [`add_catalog`].

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

/// Adds a language's compiled catalog (the text `compiledCatalog` gives) and returns the
/// language. A language whose catalog is there already keeps it; until its catalog is added, a
/// language's messages are in English. Throws `KalkanError` (`invalid_argument`) for a text that
/// is not a compiled catalog of one of the catalog's languages.
#[wasm_bindgen(js_name = addCatalog)]
pub fn add_catalog(#[wasm_bindgen(unchecked_param_type = "string")] compiled: JsValue) -> Result<String, JsValue> {
    let text = string_arg(&compiled, "compiled")?;
    l10n::add_catalog(&text).map(str::to_string).map_err(|why| argument_error("compiled", "a compiled message catalog", "string", Some(&why)))
}

/// Whether the catalog of `lang` (`en`, `ar` or `fr`) is in the module, embedded or added.
#[wasm_bindgen(js_name = hasCatalog)]
pub fn has_catalog(#[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue) -> Result<bool, JsValue> {
    Ok(l10n::has_catalog(&string_arg(&lang, "lang")?))
}

/// The compiled catalog of `lang` as this module embeds it (what `addCatalog` reads), or
/// `undefined` for a language it does not embed. build.sh writes the page's `www/l10n/` with it.
#[cfg(feature = "translations")]
#[wasm_bindgen(js_name = compiledCatalog)]
pub fn compiled_catalog(#[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue) -> Result<Option<String>, JsValue> {
    Ok(l10n::compiled_catalog(&string_arg(&lang, "lang")?).map(str::to_string))
}

/// The catalog's languages (`en`, `ar`, `fr`).
#[wasm_bindgen(js_name = catalogLanguages)]
pub fn catalog_languages() -> Vec<String> {
    l10n::LANGUAGES.iter().map(|l| l.to_string()).collect()
}
