//! JSON Schemas of the documents, generated from the Rust types.

use crate::{Assessment, Framework, Report};

/// The documents that have a JSON Schema.
pub const SCHEMA_NAMES: [&str; 3] = ["framework", "assessment", "report"];

/// The JSON Schema of `name` (`framework`, `assessment` or `report`), pretty-printed.
pub fn schema_json(name: &str) -> Option<String> {
    let schema = match name {
        "framework" => schemars::schema_for!(Framework),
        "assessment" => schemars::schema_for!(Assessment),
        "report" => schemars::schema_for!(Report),
        _ => return None,
    };
    serde_json::to_string_pretty(&schema).ok().map(|mut s| {
        s.push('\n');
        s
    })
}
