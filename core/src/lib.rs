//! # Kalkan
//!
//! Cybersecurity self-assessment: versioned control frameworks, maturity scores, gaps against a
//! target, and reports.
//!
//! ```
//! use kalkan::{CompiledFramework, examples};
//!
//! let framework = CompiledFramework::from_json(examples::FRAMEWORK)?;
//! let assessment = framework.parse_assessment(examples::ASSESSMENT)?;
//! let report = framework.score(&assessment, None)?;
//! assert_eq!(report.root.level, Some(1));
//! # Ok::<(), kalkan::Error>(())
//! ```
//!
//! Modules are private; the public surface is the list of re-exports below, plus [`api`] (the
//! JSON-string functions the bindings wrap), [`examples`] and [`schema`].

mod assessment;
mod compiled;
mod country;
mod error;
mod framework;
mod gaps;
mod parse;
mod questionnaire;
mod registry;
mod report;
mod rows;
mod scoring;
mod text;
mod validate;

pub mod api;
pub mod examples;
pub mod schema;

pub use assessment::{Assessment, Assessor, FrameworkRequirement, Response, Responses, Subject};
pub use compiled::{canonical_json, CompiledFramework};
pub use country::is_iso3166_alpha2;
pub use error::{Code, DocumentKind, Error, ErrorData, ErrorKind, Problem, Result};
pub use framework::{Control, Framework, Group, GroupTarget, Headline, Level, Profile, Reference, Scale, ScaleOption};
pub use parse::detect_document;
pub use questionnaire::{is_rtl, LevelView, OptionView, ProfileView, Progress, Question, Questionnaire, Section, SectionProgress};
pub use registry::{builtin_files, FrameworkSummary, Registry};
pub use report::{ControlGap, ControlScore, Counts, FrameworkStamp, Gaps, GroupGap, GroupScore, Report, Status, Warning, WarningCode};
pub use rows::GroupRow;
pub use text::{Text, EXPECTED_LANGUAGES, REQUIRED_LANGUAGE};
pub use validate::{translation_gaps, validate_framework};

impl Framework {
    /// Parses a framework from JSON (no validation; see [`validate_framework`] and [`CompiledFramework`]).
    pub fn from_json(json: &str) -> Result<Framework> {
        parse::parse(DocumentKind::Framework, json)
    }

    /// Converts a parsed JSON value into a framework.
    pub fn from_value(value: serde_json::Value) -> Result<Framework> {
        parse::from_value(DocumentKind::Framework, value)
    }
}

impl Report {
    /// Reads a report back from JSON (as written by the JSON API or `serde_json`), with the same
    /// located errors as frameworks and assessments.
    pub fn from_json(json: &str) -> Result<Report> {
        parse::parse(DocumentKind::Report, json)
    }

    /// Converts an already-parsed JSON value into a report.
    pub fn from_value(value: serde_json::Value) -> Result<Report> {
        parse::from_value(DocumentKind::Report, value)
    }
}

impl Assessment {
    /// Parses an assessment from JSON (no validation against a framework).
    pub fn from_json(json: &str) -> Result<Assessment> {
        parse::parse(DocumentKind::Assessment, json)
    }

    /// Converts a parsed JSON value into an assessment.
    pub fn from_value(value: serde_json::Value) -> Result<Assessment> {
        parse::from_value(DocumentKind::Assessment, value)
    }
}
