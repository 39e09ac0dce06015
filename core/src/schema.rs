//! JSON Schemas of the documents, generated from the Rust types.

use crate::error::ErrorData;
use crate::model::adjudication::Adjudication;
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;
use crate::model::report::Report;
use crate::model::rows::GroupRow;
use crate::progress::Progress;
use crate::questionnaire::Questionnaire;
use crate::registry::FrameworkSummary;
use crate::review::aggregate::{Benchmark, Placement};
use crate::review::compare::{Comparison, Trend};
use crate::validate::Validation;

/// What has a JSON Schema: the three documents (`framework`, `assessment`, `report`); the
/// outcome of a validation; an error as data (which holds the one list of error codes); and the
/// other results front ends receive (a questionnaire view, progress, a tidy report row, a
/// framework summary); the adjudication of a merge; and the review's results (a comparison, a
/// trend, benchmark statistics, a placement).
pub const SCHEMA_NAMES: [&str; 14] = [
    "framework",
    "assessment",
    "report",
    "validation",
    "error",
    "questionnaire",
    "progress",
    "row",
    "framework-summary",
    "adjudication",
    "comparison",
    "trend",
    "benchmark",
    "placement",
];

/// The JSON Schema of `name` (one of [`SCHEMA_NAMES`]), pretty-printed.
pub fn schema_json(name: &str) -> Option<String> {
    let schema = match name {
        "framework" => schemars::schema_for!(Framework),
        "assessment" => schemars::schema_for!(Assessment),
        "report" => schemars::schema_for!(Report),
        "validation" => schemars::schema_for!(Validation),
        "error" => schemars::schema_for!(ErrorData),
        "questionnaire" => schemars::schema_for!(Questionnaire),
        "progress" => schemars::schema_for!(Progress),
        "row" => schemars::schema_for!(GroupRow),
        "framework-summary" => schemars::schema_for!(FrameworkSummary),
        "adjudication" => schemars::schema_for!(Adjudication),
        "comparison" => schemars::schema_for!(Comparison),
        "trend" => schemars::schema_for!(Trend),
        "benchmark" => schemars::schema_for!(Benchmark),
        "placement" => schemars::schema_for!(Placement),
        _ => return None,
    };
    serde_json::to_string_pretty(&schema).ok().map(|mut s| {
        s.push('\n');
        s
    })
}
