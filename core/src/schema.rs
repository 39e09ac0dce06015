//! JSON Schemas of the documents, generated from the Rust types.

use crate::diff::FrameworkDiff;
use crate::error::ErrorData;
use crate::migration::Migration;
use crate::model::adjudication::Adjudication;
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;
use crate::model::mapping::Mapping;
use crate::model::report::Report;
use crate::model::rows::GroupRow;
use crate::progress::Progress;
use crate::projection::Projection;
use crate::questionnaire::Questionnaire;
use crate::registry::FrameworkSummary;
use crate::review::aggregate::{Benchmark, Placement};
use crate::review::compare::{Comparison, Trend};
use crate::validate::Validation;

/// What has a JSON Schema: the three documents (`framework`, `assessment`, `report`); the
/// outcome of a validation; an error as data (which holds the one list of error codes); and the
/// other results front ends receive (a questionnaire view, progress, a tidy report row, a
/// framework summary); the mapping document; the results of a framework diff, a migration
/// and a projection; the adjudication of a merge; and the review's results (a comparison, a
/// trend, benchmark statistics, a placement).
pub const SCHEMA_NAMES: [&str; 18] = [
    "framework",
    "assessment",
    "report",
    "validation",
    "error",
    "questionnaire",
    "progress",
    "row",
    "framework-summary",
    "mapping",
    "diff",
    "migration",
    "projection",
    "adjudication",
    "comparison",
    "trend",
    "benchmark",
    "placement",
];

/// The JSON Schema of `name` (one of [`SCHEMA_NAMES`]), pretty-printed. Documents people write
/// (`framework`, `assessment`) are described as they are read (fields with defaults may be left
/// out); results are described as the core writes them (every field it always writes, `null`
/// included, is required), so bindings can generate exact types from them.
pub fn schema_json(name: &str) -> Option<String> {
    let written = || schemars::generate::SchemaSettings::draft2020_12().for_serialize().into_generator();
    let schema = match name {
        "framework" => schemars::schema_for!(Framework),
        "assessment" => schemars::schema_for!(Assessment),
        "report" => written().into_root_schema_for::<Report>(),
        "validation" => written().into_root_schema_for::<Validation>(),
        "error" => written().into_root_schema_for::<ErrorData>(),
        "questionnaire" => written().into_root_schema_for::<Questionnaire>(),
        "progress" => written().into_root_schema_for::<Progress>(),
        "row" => written().into_root_schema_for::<GroupRow>(),
        "framework-summary" => written().into_root_schema_for::<FrameworkSummary>(),
        "mapping" => schemars::schema_for!(Mapping),
        "diff" => written().into_root_schema_for::<FrameworkDiff>(),
        "migration" => written().into_root_schema_for::<Migration>(),
        "projection" => written().into_root_schema_for::<Projection>(),
        "adjudication" => schemars::schema_for!(Adjudication),
        "comparison" => written().into_root_schema_for::<Comparison>(),
        "trend" => written().into_root_schema_for::<Trend>(),
        "benchmark" => written().into_root_schema_for::<Benchmark>(),
        "placement" => written().into_root_schema_for::<Placement>(),
        _ => return None,
    };
    serde_json::to_string_pretty(&schema).ok().map(|mut s| {
        s.push('\n');
        s
    })
}
