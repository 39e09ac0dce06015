//! JSON Schemas of the documents, generated from the Rust types.

use crate::error::ErrorData;
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;
use crate::model::report::Report;
use crate::validate::Validation;

/// The documents that have a JSON Schema: the three document types, the outcome of a
/// validation, and an error as data (which holds the one list of error codes).
pub const SCHEMA_NAMES: [&str; 5] = ["framework", "assessment", "report", "validation", "error"];

/// The JSON Schema of `name` (one of [`SCHEMA_NAMES`]), pretty-printed.
pub fn schema_json(name: &str) -> Option<String> {
    let schema = match name {
        "framework" => schemars::schema_for!(Framework),
        "assessment" => schemars::schema_for!(Assessment),
        "report" => schemars::schema_for!(Report),
        "validation" => schemars::schema_for!(Validation),
        "error" => schemars::schema_for!(ErrorData),
        _ => return None,
    };
    serde_json::to_string_pretty(&schema).ok().map(|mut s| {
        s.push('\n');
        s
    })
}
