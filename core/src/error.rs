//! Errors and validation problems.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A stable, machine-readable problem code.
///
/// Codes are part of the public contract: they never change meaning once released.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Code {
    // Documents
    /// The input is not well-formed JSON.
    MalformedJson,
    /// The JSON does not have the expected shape (missing field, wrong type, unknown field).
    InvalidStructure,
    // Frameworks
    /// An id is not a valid slug / identifier.
    InvalidId,
    /// A version is not a semantic version.
    InvalidVersion,
    /// A date is not `YYYY-MM-DD`.
    InvalidDate,
    /// Two items share an id.
    DuplicateId,
    /// A control names a scale the framework does not declare.
    UnknownScale,
    /// A scale has no options.
    EmptyScale,
    /// A control or target names a level the framework does not declare.
    UndeclaredLevel,
    /// A level number is 0.
    InvalidLevel,
    /// A weight is not finite or not greater than 0.
    InvalidWeight,
    /// A credit is not in `[0, 1]`.
    CreditOutOfRange,
    /// A group has neither controls nor sub-groups.
    EmptyGroup,
    /// A text lacks English.
    MissingEnglish,
    /// A text lacks one of the expected languages (a warning, not an error).
    MissingTranslation,
    /// A profile names a group that does not exist.
    UnknownGroup,
    /// A profile or response names a control that does not exist.
    UnknownControl,
    // Assessments
    /// The assessment answers another framework.
    FrameworkMismatch,
    /// The version requirement is not valid.
    InvalidVersionRequirement,
    /// The framework's version does not satisfy the assessment's requirement.
    VersionNotSatisfied,
    /// A response's option is not in the control's scale.
    UnknownOption,
    /// The named target profile does not exist.
    UnknownProfile,
    /// A country code is not an ISO 3166-1 alpha-2 code.
    InvalidCountry,
    /// The subject has no name.
    MissingSubject,
    // Registry
    /// No framework matches the id and version requirement.
    FrameworkNotFound,
    /// A framework with the same id and version is already registered with other content.
    ConflictingFramework,
}

impl Code {
    /// The code as it appears in JSON (`snake_case`).
    pub fn as_str(self) -> &'static str {
        match self {
            Code::MalformedJson => "malformed_json",
            Code::InvalidStructure => "invalid_structure",
            Code::InvalidId => "invalid_id",
            Code::InvalidVersion => "invalid_version",
            Code::InvalidDate => "invalid_date",
            Code::DuplicateId => "duplicate_id",
            Code::UnknownScale => "unknown_scale",
            Code::EmptyScale => "empty_scale",
            Code::UndeclaredLevel => "undeclared_level",
            Code::InvalidLevel => "invalid_level",
            Code::InvalidWeight => "invalid_weight",
            Code::CreditOutOfRange => "credit_out_of_range",
            Code::EmptyGroup => "empty_group",
            Code::MissingEnglish => "missing_english",
            Code::MissingTranslation => "missing_translation",
            Code::UnknownGroup => "unknown_group",
            Code::UnknownControl => "unknown_control",
            Code::FrameworkMismatch => "framework_mismatch",
            Code::InvalidVersionRequirement => "invalid_version_requirement",
            Code::VersionNotSatisfied => "version_not_satisfied",
            Code::UnknownOption => "unknown_option",
            Code::UnknownProfile => "unknown_profile",
            Code::InvalidCountry => "invalid_country",
            Code::MissingSubject => "missing_subject",
            Code::FrameworkNotFound => "framework_not_found",
            Code::ConflictingFramework => "conflicting_framework",
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Problem {
    /// Where: a JSON path such as `groups[2].controls[4].scale` (empty for the whole document).
    pub path: String,
    pub code: Code,
    /// What is wrong and what was expected.
    pub message: String,
    /// 1-based line, for syntax errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column, for syntax errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl Problem {
    pub fn new(path: impl Into<String>, code: Code, message: impl Into<String>) -> Self {
        Problem { path: path.into(), code, message: message.into(), line: None, column: None }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = if self.path.is_empty() { "(document)" } else { &self.path };
        write!(f, "{path}: {} [{}]", self.message, self.code)?;
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, " at line {l}, column {c}")?;
        }
        Ok(())
    }
}

/// Which kind of document an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Framework,
    Assessment,
    /// A score report read back (e.g. to turn it into rows).
    Report,
}

impl std::fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            DocumentKind::Framework => "framework",
            DocumentKind::Assessment => "assessment",
            DocumentKind::Report => "report",
        })
    }
}

/// Everything that can go wrong in Kalkan.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    /// The document is not well-formed JSON, or not of the expected shape.
    #[error("{}", parse_message(*.kind, .problem))]
    Parse { kind: DocumentKind, problem: Problem },
    /// The document parsed but breaks one or more rules; every problem is listed.
    #[error("{kind} is invalid: {} problem(s), first: {}", .problems.len(), first(.problems))]
    Invalid { kind: DocumentKind, problems: Vec<Problem> },
    /// No registered framework matches.
    #[error("no framework `{id}` matches version requirement `{requirement}`{}", available_note(.available))]
    FrameworkNotFound { id: String, requirement: String, available: Vec<String> },
    /// A framework with the same id and version but different content is already registered.
    #[error("framework `{id}` version `{version}` is already registered with different content")]
    ConflictingFramework { id: String, version: String },
    /// A named target profile does not exist.
    #[error("framework has no target profile `{0}`")]
    UnknownProfile(String),
    /// Gap analysis was asked for without a profile.
    #[error("no target profile: name one, or set `profile` in the assessment")]
    NoProfile,
}

fn parse_message(kind: DocumentKind, p: &Problem) -> String {
    let at = match (p.line, p.column) {
        (Some(l), Some(c)) => format!(" (line {l}, column {c})"),
        _ => String::new(),
    };
    match (p.code, p.path.is_empty()) {
        (Code::MalformedJson, _) => format!("{kind} is not well-formed JSON: {}{at}", p.message),
        (_, true) => format!("{kind} does not have the expected shape: {}{at}", p.message),
        (_, false) => format!("{kind} does not have the expected shape at `{}`: {}{at}", p.path, p.message),
    }
}

fn first(problems: &[Problem]) -> String {
    problems.first().map(ToString::to_string).unwrap_or_default()
}

fn available_note(available: &[String]) -> String {
    if available.is_empty() {
        String::new()
    } else {
        format!(" (available: {})", available.join(", "))
    }
}

impl Error {
    /// A stable code for the error as a whole.
    pub fn code(&self) -> Code {
        match self {
            Error::Parse { problem, .. } => problem.code,
            Error::Invalid { problems, .. } => problems.first().map(|p| p.code).unwrap_or(Code::InvalidStructure),
            Error::FrameworkNotFound { .. } => Code::FrameworkNotFound,
            Error::ConflictingFramework { .. } => Code::ConflictingFramework,
            Error::UnknownProfile(_) | Error::NoProfile => Code::UnknownProfile,
        }
    }

    /// Every problem the error carries (one for errors that are not about a document's content).
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            Error::Parse { problem, .. } => vec![problem.clone()],
            Error::Invalid { problems, .. } => problems.clone(),
            Error::UnknownProfile(_) | Error::NoProfile => vec![Problem::new("profile", Code::UnknownProfile, self.to_string())],
            other => vec![Problem::new("", other.code(), other.to_string())],
        }
    }

    /// The error as plain serializable data (what the JSON API and the bindings hand out).
    pub fn to_data(&self) -> ErrorData {
        ErrorData {
            kind: match self {
                Error::Parse { .. } => ErrorKind::Parse,
                Error::Invalid { .. } => ErrorKind::Invalid,
                Error::FrameworkNotFound { .. } => ErrorKind::NotFound,
                Error::ConflictingFramework { .. } => ErrorKind::Conflict,
                Error::UnknownProfile(_) | Error::NoProfile => ErrorKind::Invalid,
            },
            document: match self {
                Error::Parse { kind, .. } | Error::Invalid { kind, .. } => Some(*kind),
                _ => None,
            },
            code: self.code(),
            message: self.to_string(),
            problems: self.problems(),
        }
    }
}

/// The broad class of an error, for bindings that map errors to exception classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// Not well-formed JSON, or not the expected shape.
    Parse,
    /// Breaks the rules of the format.
    Invalid,
    /// No framework matches.
    NotFound,
    /// Conflicting registration.
    Conflict,
}

/// An error as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct ErrorData {
    pub kind: ErrorKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentKind>,
    pub code: Code,
    pub message: String,
    pub problems: Vec<Problem>,
}

/// Shorthand for results in this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
