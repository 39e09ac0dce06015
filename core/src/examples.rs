//! A small, realistic example framework and assessment, for documentation and tests.

/// The example framework (`example-agency-baseline` 1.2.0).
pub const FRAMEWORK: &str = include_str!("../../examples/agency-baseline.framework.json");
/// An assessment of a fictional ministry against the example framework.
pub const ASSESSMENT: &str = include_str!("../../examples/agency-baseline.assessment.json");
