//! Imports of the formats people already hold (feature `import`): OSCAL catalogs and profiles
//! (JSON) and CISO Assistant framework libraries (YAML), each becoming a Kalkan framework with
//! an import report, and CISO Assistant mapping libraries, becoming Kalkan mappings, exactly as
//! the CLI and Python import them; and `importFramework`, which reads a framework file of any of
//! those formats (the page's "open a framework" uses it).

use kalkan::api;
use wasm_bindgen::prelude::*;

use crate::convert::{api_result, argument_error, bool_arg, options_arg, string_arg, type_name};

/// An OSCAL catalog (JSON text) as `{framework, report}`: groups, controls and enhancements,
/// withdrawn controls left out and listed in the report. `options`: `{id, version, scale}`
/// (`scale`: `implementation`, the default, or `yes-no-na`), all optional.
#[wasm_bindgen(js_name = importOscalCatalog, unchecked_return_type = "CatalogImport")]
pub fn import_oscal_catalog(
    #[wasm_bindgen(unchecked_param_type = "string")] catalog: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Partial<OscalOptions> | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let catalog = string_arg(&catalog, "catalog")?;
    let options = options_arg(&options, "options")?;
    api_result(api::import_oscal_catalog(&catalog, &options))
}

/// An OSCAL profile (JSON text) resolved against its catalog (JSON text) as `{framework,
/// profile, targets, restricted, report}`: the catalog's framework with the profile as a target
/// profile; with `restrict`, also the framework of the profile's controls only.
#[wasm_bindgen(js_name = importOscalProfile, unchecked_return_type = "ProfileImport")]
pub fn import_oscal_profile(
    #[wasm_bindgen(unchecked_param_type = "string")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] catalog: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Partial<OscalOptions> | null")] options: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "boolean | null")] restrict: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = string_arg(&profile, "profile")?;
    let catalog = string_arg(&catalog, "catalog")?;
    let options = options_arg(&options, "options")?;
    let restrict = if restrict.is_null() || restrict.is_undefined() { false } else { bool_arg(&restrict, "restrict")? };
    api_result(api::import_oscal_profile(&profile, &catalog, &options, restrict))
}

/// A CISO Assistant framework library (YAML text) as `{framework, report}`. `options`: `{id,
/// version, meets_from}`, all optional.
#[wasm_bindgen(js_name = importCisoAssistant, unchecked_return_type = "CisoImport")]
pub fn import_ciso_assistant(
    #[wasm_bindgen(unchecked_param_type = "string")] library: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Partial<CisoOptions> | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let library = string_arg(&library, "library")?;
    let options = options_arg(&options, "options")?;
    api_result(api::import_ciso_assistant(&library, &options))
}

/// A CISO Assistant mapping library (YAML text) as `{mappings, report}`: one Kalkan mapping per
/// set, its requirement URNs resolved to the control ids of `frameworks`, the framework libraries
/// the sets map from and to, each its YAML text (imported with the default choices) or the
/// result of `importCisoAssistant` (made with any choices). A side whose framework is not given is
/// named by the URNs' tails, any version (`*`). Mappings to a function or category (a group) are
/// left out, with a warning `not_a_control`.
#[wasm_bindgen(js_name = importCisoMapping, unchecked_return_type = "MappingImport")]
pub fn import_ciso_mapping(
    #[wasm_bindgen(unchecked_param_type = "string")] mapping: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Array<string | CisoImport> | null")] frameworks: JsValue,
) -> Result<JsValue, JsValue> {
    let mapping = string_arg(&mapping, "mapping")?;
    // The array as JSON: what each item is (a library's text, an import) is the core's to check.
    let frameworks = if frameworks.is_null() || frameworks.is_undefined() {
        "[]".to_string()
    } else if frameworks.is_array() {
        let expected = "an array of framework libraries (YAML text) or of imports ({framework, report})";
        let text = js_sys::JSON::stringify(&frameworks).map_err(|_| argument_error("frameworks", expected, "array", Some("it has no JSON form")))?;
        text.as_string().ok_or_else(|| argument_error("frameworks", expected, "array", Some("it has no JSON form")))?
    } else {
        return Err(argument_error(
            "frameworks",
            "an array of framework libraries (YAML text) or of imports, null or undefined",
            &type_name(&frameworks),
            None,
        ));
    };
    api_result(api::import_ciso_mapping(&mapping, &frameworks))
}

/// A framework file of any format Kalkan reads, as `{format, framework?, report?}`: an OSCAL
/// catalog or a CISO Assistant library is imported (default choices) to `framework`, with its
/// `report`; Kalkan's own format gives only `{format: "kalkan"}` (the text is the framework).
#[wasm_bindgen(js_name = importFramework, unchecked_return_type = "FrameworkFile")]
pub fn import_framework(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    api_result(api::import_framework(&text))
}
