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
//! same operations over JSON text, for bindings), [`examples`] and [`schema`]. Every error is an
//! [`Error`] with a [`Code`], an [`ErrorKind`], a JSON [`Pointer`] and [`Details`]
//! ([`Error::to_data`] gives all of it as data).
//!
//! How the code is laid out: `model/` holds the documents (plain serde types); `parse` reads
//! them; `compiled` indexes a framework; `answers` reads an assessment's responses against it;
//! `validate/` holds the rules of each document; `scoring`, `gaps`, `progress`,
//! `questionnaire` and `authoring` work on a compiled framework and its answers; `operations`
//! gathers them as methods; `registry` finds frameworks; `review/` holds the national review
//! (merge, compare and trend, aggregate statistics and placement, privacy, streaming).
//!
//! Feature `tsify`: derives TypeScript declarations of the public serde types (used by the
//! WebAssembly package). Feature `xlsx` (on by default): questionnaire workbooks
//! (`export_xlsx`, `import_xlsx`), with `rust_xlsxwriter` and `calamine`.

#![deny(missing_docs)]

mod answers;
mod authoring;
mod changelog;
mod compiled;
mod country;
mod crosswalk;
mod dates;
mod diff;
mod error;
mod gaps;
mod interchange;
mod limits;
mod migration;
mod model;
mod operations;
mod parse;
mod progress;
mod projection;
mod questionnaire;
mod registry;
mod report_json;
mod review;
mod safe;
mod scoring;
mod validate;

pub mod api;
pub mod charts;
pub mod examples;
pub mod l10n;
pub mod schema;

pub use changelog::{change_message, check_message, render_markdown as changelog_markdown, render_text as diff_text, violation_messages};
pub use compiled::CompiledFramework;
pub use country::is_iso3166_alpha2;
pub use crosswalk::{applies as mapping_applies, builtin_mappings, from_references as mapping_from_references, generate as generate_mapping, MappingBasis};
pub use diff::{diff, Bump, Change, ChangeClass, ChangeKind, ClassCounts, FrameworkDiff, VersionCheck};
pub use error::{Code, Details, DocumentKind, Error, ErrorData, ErrorKind, Pointer, Problem, Result};
#[cfg(feature = "yaml")]
pub use interchange::ciso::{
    import_ciso_library, import_ciso_mapping, CisoImport, CisoOptions, CisoReport, MappingImport, MappingReport, MappingSetReport, RenamedId,
};
pub use interchange::oscal::{
    import_oscal_catalog, import_oscal_profile, CatalogImport, ImportReport, ImportScale, ImportWarning, OscalOptions, ProfileImport, WithdrawnControl,
};
pub use interchange::oscal_export::{
    assessment_results as oscal_assessment_results, poam as oscal_poam, KALKAN_NS as OSCAL_KALKAN_NS, OSCAL_VERSION as OSCAL_EXPORT_VERSION,
    UUID_NAMESPACE as OSCAL_UUID_NAMESPACE,
};
#[cfg(feature = "xlsx")]
pub use interchange::xlsx::{cell_ref as xlsx_cell_ref, export_xlsx, import_xlsx, XlsxImport, XlsxReport, KALKAN_SHEET as XLSX_KALKAN_SHEET};
pub use interchange::{framework_format, import_framework, AnyImportReport, FrameworkFile, FrameworkFormat};
pub use limits::{check_size, Limits, MAX_DEPTH};
pub use migration::{migrate, LeftBehind, MigratedControl, Migration, MigrationCounts, MigrationReport, Outcome, ReviewReason, SourceAnswer};
pub use model::adjudication::Adjudication;
pub use model::assessment::{Assessment, Assessor, FrameworkRequirement, Response, Responses, Subject};
pub use model::framework::{Control, Framework, Group, GroupTarget, Headline, Level, Profile, Reference, Scale, ScaleOption};
pub use model::mapping::{Map, MappedFramework, Mapping, Matching, Provenance, Relationship};
pub use model::merge::{Conflict, ControlProvenance, MergeOutcome, MergeRecord, MergeRule, Respondent, RespondentAnswer};
pub use model::report::{ControlGap, ControlScore, Counts, FrameworkStamp, Gaps, GroupGap, GroupScore, Report, Status, Warning, WarningCode};
pub use model::rows::GroupRow;
pub use model::text::{Text, EXPECTED_LANGUAGES, REQUIRED_LANGUAGE};
pub use parse::{decode, detect_document};
pub use progress::{Progress, SectionProgress};
pub use projection::{project, Contribution, Cover, Coverage, ProjectedControl, Projection};
pub use questionnaire::{is_rtl, LevelView, OptionView, ProfileView, Question, Questionnaire, Section};
pub use registry::{builtin_files, builtin_mapping_files, FrameworkSource, FrameworkSummary, Registry};
pub use report_json::JsonLayout;
pub use review::aggregate::{
    AggregateOptions, Aggregator, AggregatorState, Benchmark, CohortKey, CohortStats, FamilyStats, GroupInfo, GroupStats, LevelCount, Measure,
};
pub use review::aggregate::{GroupPlacement, PeerPlacement, Placement, Position, DEFAULT_K};
pub use review::compare::{compare, trend, ChangeCount, Comparison, ControlChange, Direction, GroupChange, Trend, TrendPoint, TrendSeries};
pub use review::privacy::{anonymize, AnonymizeOptions, DatePrecision};
pub use review::stats::{Summary, EXACT_LIMIT as QUANTILE_EXACT_LIMIT, GRID as QUANTILE_GRID};
pub use review::stream::{unreadable, StreamItem, StreamScorer};
pub use safe::{id_problem, is_nfc, spreadsheet_cell, terminal as terminal_text, text_problem, ID_PUNCTUATION, MAX_ID_CHARS};
pub use validate::framework::{translation_gaps, validate_framework, MAX_WEIGHT};
pub use validate::mapping::{validate_mapping, validate_mapping_against};
pub use validate::Validation;
