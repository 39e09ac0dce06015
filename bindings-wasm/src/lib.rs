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

#[cfg(feature = "engine")]
mod charts;
#[cfg(feature = "engine")]
mod compiled;
#[cfg(feature = "api")]
mod documents;
// The import module (features `import`, `xlsx`, `oscal`) uses only a few of the conversions.
#[cfg_attr(not(feature = "engine"), allow(dead_code))]
mod convert;
#[cfg(feature = "engine")]
mod engine;
#[cfg(feature = "engine")]
mod input;
#[cfg(feature = "import")]
mod interchange;
#[cfg(feature = "engine")]
mod l10n;
#[cfg(feature = "oscal")]
mod oscal;
#[cfg(feature = "engine")]
mod registry;
#[cfg(feature = "analysis")]
mod review;
#[cfg(feature = "analysis")]
mod versions;
#[cfg(feature = "xlsx")]
mod xlsx;

use wasm_bindgen::prelude::*;

#[cfg(feature = "engine")]
pub use compiled::CompiledFramework;
#[cfg(feature = "api")]
pub use documents::*;
#[cfg(feature = "engine")]
pub use engine::*;
#[cfg(feature = "engine")]
pub use input::{check_size, decode, limits, set_limits};
#[cfg(feature = "import")]
pub use interchange::{import_ciso_assistant, import_ciso_mapping, import_framework, import_oscal_catalog, import_oscal_profile};
#[cfg(all(feature = "engine", feature = "translations"))]
pub use l10n::compiled_catalog;
#[cfg(feature = "engine")]
pub use l10n::{add_catalog, catalog_languages, format_number, format_percent, has_catalog, has_message, message};
#[cfg(feature = "oscal")]
pub use oscal::{oscal_assessment_results, oscal_poam};
#[cfg(feature = "engine")]
pub use registry::Registry;
#[cfg(feature = "analysis")]
pub use review::{aggregate, anonymize, compare, merge, place, trend};
#[cfg(feature = "analysis")]
pub use versions::{diff, diff_text, generate_mapping, migrate, project, validate_mapping};
#[cfg(feature = "xlsx")]
pub use xlsx::{export_xlsx, import_xlsx};

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

/// Whether `value` is an error thrown by this package (a `KalkanError`).
#[wasm_bindgen(js_name = isKalkanError, unchecked_return_type = "value is KalkanError")]
pub fn is_kalkan_error(#[wasm_bindgen(unchecked_param_type = "unknown")] value: &JsValue) -> bool {
    convert::is_kalkan_error(value)
}
