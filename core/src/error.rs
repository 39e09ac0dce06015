//! Errors and validation problems: one contract for every front end.
//!
//! Every failure carries a [`Code`] (stable), an [`ErrorKind`] (which class of failure, chosen
//! here so that bindings never guess), a [`Pointer`] (RFC 6901, where in the document), a
//! message, and [`Details`]: the values the message is made of, as data.

use std::collections::BTreeMap;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{json, Value};

use crate::l10n;

macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// A stable, machine-readable problem code.
        ///
        /// Codes are part of the public contract: they never change meaning once released. Each
        /// code's documentation lists the keys of the [`Details`] its problems carry.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        #[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
        #[non_exhaustive]
        pub enum Code {
            $($(#[$doc])* #[serde(rename = $name)] $variant,)*
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as it appears in JSON (`snake_case`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }
        }
    };
}

codes! {
    // Documents
    /// The input is not well-formed JSON. Details: `line`, `column` (when known).
    MalformedJson = "malformed_json",
    /// The JSON does not have the expected shape. Details: `problem` (`missing_field`,
    /// `unknown_field`, `invalid_type`, `invalid_value`, `invalid_length` or `other`), and when
    /// known `field`, `expected`, `found`.
    InvalidStructure = "invalid_structure",
    /// The bytes are not UTF-8 text (UTF-16 or UTF-32 with or without a byte-order mark, or
    /// invalid UTF-8); a UTF-8 byte-order mark is skipped, not refused. Details: `encoding`
    /// (`utf-16le`, `utf-16be`, `utf-32le`, `utf-32be` or `utf-8`), and `offset` (the first
    /// invalid byte) for invalid UTF-8.
    InvalidEncoding = "invalid_encoding",
    /// The document is larger than the input limit. Details: `size`, `limit` (bytes).
    InputTooLarge = "input_too_large",
    /// The JSON is nested deeper than the parser allows. Details: `limit`.
    TooDeep = "too_deep",
    /// More items than the limit allows. Details: `what` (`groups`, `controls`, `options`,
    /// `responses`), `count`, `limit`.
    TooMany = "too_many",
    /// A text is longer than the limit. Details: `length`, `limit` (characters).
    TextTooLong = "text_too_long",
    /// A text holds a character that could hurt where it is shown: a control character (other
    /// than tab and line feed) or an unbalanced bidi control. Details: `reason` (`control` or
    /// `bidi`), `char` (`U+XXXX`), `position` (in characters, from 0).
    UnsafeText = "unsafe_text",
    /// Only the first problems are listed. Details: `dropped` (how many were not), `limit`.
    TooManyProblems = "too_many_problems",
    // Frameworks
    /// An id is not a valid slug or identifier. Details: `id`, `what` (`framework`, `group`,
    /// `control`, `scale`, `option` or `profile`), `reason` (`empty`, `too_long`, `character`,
    /// `not_nfc`; for a framework id, `slug`).
    InvalidId = "invalid_id",
    /// A version is not a semantic version. Details: `version`.
    InvalidVersion = "invalid_version",
    /// A date is not `YYYY-MM-DD` (or, where allowed, an RFC 3339 timestamp). Details: `value`.
    InvalidDate = "invalid_date",
    /// Two items share an id. Details: `id`, `what`, and `first` (pointer to the first use)
    /// where there is one.
    DuplicateId = "duplicate_id",
    /// A control names a scale the framework does not declare. Details: `scale`, `known`.
    UnknownScale = "unknown_scale",
    /// A scale has no options. Details: `scale`.
    EmptyScale = "empty_scale",
    /// Every option of a scale is "not applicable", so no answer could ever count. Details:
    /// `scale`.
    NoApplicableOption = "no_applicable_option",
    /// A control or target names a level the framework does not declare. Details: `level`, `known`.
    UndeclaredLevel = "undeclared_level",
    /// A level number is 0. Details: `level`.
    InvalidLevel = "invalid_level",
    /// A weight is not finite, not greater than 0, or greater than the largest weight. Details:
    /// `weight`, `max`.
    InvalidWeight = "invalid_weight",
    /// A credit is not in `[0, 1]`. Details: `credit`.
    CreditOutOfRange = "credit_out_of_range",
    /// A framework or group has neither controls nor sub-groups. Details: `group` (absent for
    /// the framework itself).
    EmptyGroup = "empty_group",
    /// A text lacks English.
    MissingEnglish = "missing_english",
    /// A text lacks one of the expected languages (a warning, not an error). Details: `missing`.
    MissingTranslation = "missing_translation",
    /// A profile names a group that does not exist. Details: `group`, `profile`.
    UnknownGroup = "unknown_group",
    /// A profile or response names a control that does not exist. Details: `control`, and
    /// `profile` or `framework` and `version`.
    UnknownControl = "unknown_control",
    // Assessments
    /// The assessment answers another framework. Details: `found`, `expected`.
    FrameworkMismatch = "framework_mismatch",
    /// A version requirement is not valid. Details: `requirement`, `reason`.
    InvalidVersionRequirement = "invalid_version_requirement",
    /// The framework's version does not satisfy the assessment's requirement. Details:
    /// `version`, `requirement`.
    VersionNotSatisfied = "version_not_satisfied",
    /// A response's option is not in the control's scale. Details: `control`, `option`, `known`.
    UnknownOption = "unknown_option",
    /// The named target profile does not exist. Details: `profile`, `known`.
    UnknownProfile = "unknown_profile",
    /// Gap analysis was asked for without a target profile. Details: `known`.
    NoProfile = "no_profile",
    /// A country code is not an ISO 3166-1 alpha-2 code. Details: `country`.
    InvalidCountry = "invalid_country",
    /// The subject has no name.
    MissingSubject = "missing_subject",
    /// The assessment was completed before it started. Details: `started`, `completed`.
    DatesOutOfOrder = "dates_out_of_order",
    // Registry
    /// No framework matches the id and version requirement. Details: `id`, `requirement`,
    /// `available` (`id@version` of every version of that id).
    FrameworkNotFound = "framework_not_found",
    /// A framework with the same id and version is already registered with other content.
    /// Details: `id`, `version`.
    ConflictingFramework = "conflicting_framework",
    /// An argument (not a document) of the wrong type or form, as a binding received it.
    /// Details: `argument`, `expected`, `found`, `reason` (`none` when there is nothing to add).
    InvalidArgument = "invalid_argument",
    // Versions and mappings
    /// A mapping's source or target framework is not the one it is used with. Details: `side`
    /// (`source` or `target`), `found`, `expected`.
    MappingMismatch = "mapping_mismatch",
    /// No mapping leads from one framework to another. Details: `source`, `target`
    /// (`id@version`).
    NoMapping = "no_mapping",
    /// Two frameworks given to a diff are not versions of one framework. Details: `old`, `new`.
    DifferentFrameworks = "different_frameworks",
    // Several assessments (merge, compare, trend, aggregate)
    /// The documents are about different subjects. Details: `found`, `expected`.
    SubjectMismatch = "subject_mismatch",
    /// Two reports compared or put in one series are of different major versions of a
    /// framework. Details: `found`, `expected`.
    VersionMismatch = "version_mismatch",
    /// An assessment to merge names no assessor, so its respondent is unknown.
    MissingRespondent = "missing_respondent",
    /// Two assessments to merge have the same respondent. Details: `respondent`, `first` (the
    /// position of the first one).
    DuplicateRespondent = "duplicate_respondent",
    /// An operation over several documents was given none. Details: `what`.
    NothingGiven = "nothing_given",
    // Files
    /// A file cannot be read. Details: `path`, `reason`.
    Unreadable = "unreadable",
    // Bugs
    /// A bug in Kalkan, not a problem with the input. Details: `reason`.
    Internal = "internal",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A location in a JSON document: an RFC 6901 JSON Pointer such as `/responses/GV.OC-01/option`
/// (the empty pointer is the whole document; `~` and `/` inside a key are written `~0` and `~1`).
///
/// ```
/// use kalkan::Pointer;
/// let p = Pointer::root().key("responses").key("a/b").key("option");
/// assert_eq!(p.as_str(), "/responses/a~1b/option");
/// assert_eq!(p.tokens(), ["responses", "a/b", "option"]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pointer(String);

impl Pointer {
    /// The whole document.
    pub fn root() -> Pointer {
        Pointer(String::new())
    }

    /// This pointer, then the member `key` of an object.
    pub fn key(mut self, key: &str) -> Pointer {
        self.0.reserve(key.len() + 1);
        self.0.push('/');
        for c in key.chars() {
            match c {
                '~' => self.0.push_str("~0"),
                '/' => self.0.push_str("~1"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// This pointer, then the element `index` of an array.
    pub fn index(mut self, index: usize) -> Pointer {
        self.0.push('/');
        self.0.push_str(&index.to_string());
        self
    }

    /// Reads a pointer written per RFC 6901; `None` when `s` is not one (it must be empty or
    /// start with `/`, and `~` must be followed by `0` or `1`).
    pub fn parse(s: &str) -> Option<Pointer> {
        if !(s.is_empty() || s.starts_with('/')) {
            return None;
        }
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '~' && !matches!(chars.next(), Some('0' | '1')) {
                return None;
            }
        }
        Some(Pointer(s.to_string()))
    }

    /// The pointer as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is the whole document.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The reference tokens, unescaped.
    pub fn tokens(&self) -> Vec<String> {
        if self.0.is_empty() {
            return Vec::new();
        }
        self.0.split('/').skip(1).map(|t| t.replace("~1", "/").replace("~0", "~")).collect()
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Pointer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Pointer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Pointer::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("`{s}` is not a JSON Pointer (RFC 6901)")))
    }
}

impl JsonSchema for Pointer {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Pointer".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "json-pointer",
            "description": "An RFC 6901 JSON Pointer into the document (empty for the whole document)."
        })
    }
}

#[cfg(feature = "tsify")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const POINTER_TS: &str = r#"
/** An RFC 6901 JSON Pointer into the document, e.g. `/responses/GV.OC-01/option` (empty: the whole document). */
export type Pointer = string;
/** The values an error's message is made of, by name (which names depends on the code). */
export type Details = Record<string, unknown>;
"#;

/// The values a problem's message is made of, by name (see each [`Code`] for its keys), so that
/// programs and translations need not read the message.
pub type Details = BTreeMap<String, Value>;

/// Builds [`Details`] from `(name, value)` pairs.
pub(crate) fn details<const N: usize>(pairs: [(&str, Value); N]) -> Details {
    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

/// One problem found in a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Problem {
    /// Where: a JSON Pointer such as `/groups/2/controls/4/scale` (empty for the whole document).
    #[cfg_attr(feature = "tsify", tsify(type = "Pointer"))]
    pub pointer: Pointer,
    /// What kind of problem it is.
    pub code: Code,
    /// What is wrong and what was expected.
    pub message: String,
    /// The values of the message, by name (always present, possibly empty).
    #[cfg_attr(feature = "tsify", tsify(type = "Details"))]
    pub details: Details,
    /// 1-based line, for syntax errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column, for syntax errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl Problem {
    /// A problem at `pointer`, its English message made from the catalog and `details`.
    pub fn new(pointer: Pointer, code: Code, details: Details) -> Self {
        let message = message_of(code, &details, "en");
        Problem { pointer, code, message, details, line: None, column: None }
    }

    /// The problem's message in `lang` (`en`, `ar`, `fr`; others get English), from the
    /// catalog and the problem's details.
    pub fn message_in(&self, lang: &str) -> String {
        message_of(self.code, &self.details, lang)
    }
}

/// The message of a problem with `code` and `details` in `lang`.
fn message_of(code: Code, details: &Details, lang: &str) -> String {
    l10n::message_with(lang, &format!("error-{}", code.as_str()), &l10n::details_args(lang, details))
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.pointer.is_root() { "(document)" } else { self.pointer.as_str() };
        write!(f, "{at}: {} [{}]", self.message, self.code)?;
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
    /// A control framework.
    Framework,
    /// An answered questionnaire.
    Assessment,
    /// A score report read back (e.g. to turn it into rows).
    Report,
    /// A mapping between two frameworks (or two versions of one).
    Mapping,
    /// An adjudication: decisions settling the conflicts of a merge.
    Adjudication,
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DocumentKind::Framework => "framework",
            DocumentKind::Assessment => "assessment",
            DocumentKind::Report => "report",
            DocumentKind::Mapping => "mapping",
            DocumentKind::Adjudication => "adjudication",
        })
    }
}

/// Everything that can go wrong in Kalkan.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// The document is not well-formed JSON, or not of the expected shape.
    Parse {
        /// The document it is about.
        document: DocumentKind,
        /// Where and what.
        problem: Problem,
    },
    /// The document parsed but breaks one or more rules; every problem is listed.
    Invalid {
        /// The document it is about.
        document: DocumentKind,
        /// Every problem, in document order.
        problems: Vec<Problem>,
    },
    /// No registered framework matches.
    FrameworkNotFound {
        /// The framework id asked for.
        id: String,
        /// The version requirement asked for.
        requirement: String,
        /// `id@version` of every version of `id` there is.
        available: Vec<String>,
    },
    /// A framework with the same id and version but different content is already registered.
    ConflictingFramework {
        /// The framework id.
        id: String,
        /// The version.
        version: String,
    },
    /// A version requirement given as an argument is not valid.
    InvalidRequirement {
        /// The requirement as given.
        requirement: String,
        /// Why it is not one.
        reason: String,
    },
    /// A named target profile does not exist.
    UnknownProfile {
        /// The profile asked for.
        profile: String,
        /// The profiles the framework declares.
        known: Vec<String>,
    },
    /// Gap analysis was asked for without a profile.
    NoProfile {
        /// The profiles the framework declares.
        known: Vec<String>,
    },
    /// An argument (not a document) of the wrong type or form, as a binding received it (a
    /// JavaScript or Python value).
    InvalidArgument {
        /// The argument's name.
        argument: String,
        /// What it must be.
        expected: String,
        /// What it was (a type name).
        found: String,
        /// More precisely what is wrong, if anything.
        reason: Option<String>,
    },
    /// No mapping leads from one framework to the other.
    NoMapping {
        /// `id@version` of the source framework.
        source: String,
        /// `id@version` of the target framework.
        target: String,
    },
    /// A diff was asked for between two different frameworks.
    DifferentFrameworks {
        /// `id@version` of the first.
        old: String,
        /// `id@version` of the second.
        new: String,
    },
    /// A file cannot be read.
    Unreadable {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// A bug in Kalkan (for example a result that cannot be serialized).
    Internal {
        /// What went wrong.
        reason: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in("en"))
    }
}

impl std::error::Error for Error {}

impl Error {
    /// A stable code for the error as a whole (for a document's problems, the first one's).
    pub fn code(&self) -> Code {
        match self {
            Error::Parse { problem, .. } => problem.code,
            Error::Invalid { problems, .. } => problems.first().map_or(Code::InvalidStructure, |p| p.code),
            Error::FrameworkNotFound { .. } => Code::FrameworkNotFound,
            Error::ConflictingFramework { .. } => Code::ConflictingFramework,
            Error::InvalidRequirement { .. } => Code::InvalidVersionRequirement,
            Error::InvalidArgument { .. } => Code::InvalidArgument,
            Error::UnknownProfile { .. } => Code::UnknownProfile,
            Error::NoProfile { .. } => Code::NoProfile,
            Error::NoMapping { .. } => Code::NoMapping,
            Error::DifferentFrameworks { .. } => Code::DifferentFrameworks,
            Error::Unreadable { .. } => Code::Unreadable,
            Error::Internal { .. } => Code::Internal,
        }
    }

    /// Which class of failure this is.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Parse { .. } => ErrorKind::Parse,
            Error::Invalid { .. } => ErrorKind::Invalid,
            Error::FrameworkNotFound { .. } => ErrorKind::NotFound,
            Error::ConflictingFramework { .. } => ErrorKind::Conflict,
            Error::InvalidRequirement { .. } | Error::InvalidArgument { .. } => ErrorKind::Argument,
            Error::UnknownProfile { .. } | Error::NoProfile { .. } => ErrorKind::Profile,
            Error::NoMapping { .. } => ErrorKind::NotFound,
            Error::DifferentFrameworks { .. } => ErrorKind::Argument,
            Error::Unreadable { .. } => ErrorKind::Io,
            Error::Internal { .. } => ErrorKind::Internal,
        }
    }

    /// The document the error is about, if it is about one.
    pub fn document(&self) -> Option<DocumentKind> {
        match self {
            Error::Parse { document, .. } | Error::Invalid { document, .. } => Some(*document),
            _ => None,
        }
    }

    /// The values of the error's message, by name (for a document's problems, the first one's).
    pub fn details(&self) -> Details {
        match self {
            Error::Parse { problem, .. } => problem.details.clone(),
            Error::Invalid { problems, .. } => problems.first().map(|p| p.details.clone()).unwrap_or_default(),
            Error::FrameworkNotFound { id, requirement, available } => {
                details([("id", json!(id)), ("requirement", json!(requirement)), ("available", json!(available))])
            }
            Error::ConflictingFramework { id, version } => details([("id", json!(id)), ("version", json!(version))]),
            Error::InvalidRequirement { requirement, reason } => details([("requirement", json!(requirement)), ("reason", json!(reason))]),
            Error::InvalidArgument { argument, expected, found, reason } => details([
                ("argument", json!(argument)),
                ("expected", json!(expected)),
                ("found", json!(found)),
                ("reason", json!(reason.as_deref().unwrap_or("none"))),
            ]),
            Error::UnknownProfile { profile, known } => details([("profile", json!(profile)), ("known", json!(known))]),
            Error::NoProfile { known } => details([("known", json!(known))]),
            Error::NoMapping { source, target } => details([("source", json!(source)), ("target", json!(target))]),
            Error::DifferentFrameworks { old, new } => details([("old", json!(old)), ("new", json!(new))]),
            Error::Unreadable { path, reason } => details([("path", json!(path)), ("reason", json!(reason))]),
            Error::Internal { reason } => details([("reason", json!(reason))]),
        }
    }

    /// Where the error is (for a document's problems, the first one's; else the whole input).
    pub fn pointer(&self) -> Pointer {
        match self {
            Error::Parse { problem, .. } => problem.pointer.clone(),
            Error::Invalid { problems, .. } => problems.first().map(|p| p.pointer.clone()).unwrap_or_default(),
            _ => Pointer::root(),
        }
    }

    /// Every problem the error carries: a document's problems, or one problem saying the error.
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            Error::Parse { problem, .. } => vec![problem.clone()],
            Error::Invalid { problems, .. } => problems.clone(),
            other => vec![Problem::new(other.pointer(), other.code(), other.details())],
        }
    }

    /// The error's message in `lang` (`en`, `ar`, `fr`; others get English).
    pub fn message_in(&self, lang: &str) -> String {
        self.data(String::new()).message_in(lang)
    }

    /// The error as plain serializable data (what the JSON API and the bindings hand out), with
    /// its message in English.
    pub fn to_data(&self) -> ErrorData {
        let mut data = self.data(String::new());
        data.message = data.message_in("en");
        data
    }

    fn data(&self, message: String) -> ErrorData {
        ErrorData {
            kind: self.kind(),
            document: self.document(),
            code: self.code(),
            pointer: self.pointer(),
            message,
            details: self.details(),
            problems: self.problems(),
        }
    }

    /// This error with `prefix` (e.g. a file name) put before each problem's message.
    pub fn prefixed(self, prefix: &str) -> Error {
        match self {
            Error::Parse { document, mut problem } => {
                problem.message = format!("{prefix}: {}", problem.message);
                Error::Parse { document, problem }
            }
            Error::Invalid { document, mut problems } => {
                for p in &mut problems {
                    p.message = format!("{prefix}: {}", p.message);
                }
                Error::Invalid { document, problems }
            }
            other => other,
        }
    }
}

/// The class of an error: what the caller can do about it. Bindings map each kind to one
/// exception class (Python) or `KalkanError.kind` value (JavaScript).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// A document is not well-formed JSON, or not of the expected shape.
    Parse,
    /// A document breaks the rules of its format.
    Invalid,
    /// No framework matches.
    NotFound,
    /// Conflicting framework registration.
    Conflict,
    /// A target profile asked for does not exist, or none was named.
    Profile,
    /// An argument (not a document) is not valid, e.g. a version requirement.
    Argument,
    /// A file cannot be read.
    Io,
    /// A bug in Kalkan.
    Internal,
}

impl ErrorKind {
    /// Every kind, in declaration order.
    pub const ALL: [ErrorKind; 8] = [
        ErrorKind::Parse,
        ErrorKind::Invalid,
        ErrorKind::NotFound,
        ErrorKind::Conflict,
        ErrorKind::Profile,
        ErrorKind::Argument,
        ErrorKind::Io,
        ErrorKind::Internal,
    ];
}

/// An error as data: what crosses into Python and JavaScript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct ErrorData {
    /// Which class of failure.
    pub kind: ErrorKind,
    /// The document it is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentKind>,
    /// The stable code of the error as a whole (the first problem's, for a document).
    pub code: Code,
    /// Where (the first problem's pointer, for a document; else empty).
    #[cfg_attr(feature = "tsify", tsify(type = "Pointer"))]
    pub pointer: Pointer,
    /// What went wrong, in English.
    pub message: String,
    /// The values of the message, by name.
    #[cfg_attr(feature = "tsify", tsify(type = "Details"))]
    pub details: Details,
    /// Every problem (one for errors that are not about a document's content).
    pub problems: Vec<Problem>,
}

impl ErrorData {
    /// The error's message in `lang` (`en`, `ar`, `fr`; others get English): a document's
    /// problems are summarized by the first one, any other error is its one problem.
    pub fn message_in(&self, lang: &str) -> String {
        let Some(first) = self.problems.first() else { return message_of(self.code, &self.details, lang) };
        let document = self.document.map_or("report", |d| match d {
            DocumentKind::Framework => "framework",
            DocumentKind::Assessment => "assessment",
            DocumentKind::Report => "report",
            DocumentKind::Mapping => "mapping",
            DocumentKind::Adjudication => "adjudication",
        });
        let mut text = first.message_in(lang);
        if let (Some(line), Some(column)) = (first.line, first.column) {
            let at = l10n::message(lang, "at-line-column", &[("line", l10n::Arg::from(line)), ("column", l10n::Arg::from(column))]);
            text = format!("{text} ({at})");
        }
        let args = |extra: Vec<(&'static str, l10n::Arg)>| {
            let mut a = vec![("document", l10n::Arg::from(document)), ("first", l10n::Arg::from(text.clone()))];
            a.extend(extra);
            a
        };
        match self.kind {
            ErrorKind::Parse => l10n::message(
                lang,
                "error-parse",
                &args(vec![
                    ("problem_code", l10n::Arg::from(first.code.as_str())),
                    ("pointer_is_root", l10n::Arg::from(if first.pointer.is_root() { "yes" } else { "no" })),
                    ("pointer", l10n::Arg::from(first.pointer.as_str())),
                ]),
            ),
            ErrorKind::Invalid => l10n::message(lang, "error-invalid", &args(vec![("count", l10n::Arg::from(self.problems.len()))])),
            _ => first.message_in(lang),
        }
    }
}

/// Shorthand for results in this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_escape_and_parse_per_rfc_6901() {
        let p = Pointer::root().key("a~b").key("c/d").index(3);
        assert_eq!(p.as_str(), "/a~0b/c~1d/3");
        assert_eq!(p.tokens(), ["a~b", "c/d", "3"]);
        assert_eq!(Pointer::parse(p.as_str()), Some(p));
        assert_eq!(Pointer::parse(""), Some(Pointer::root()));
        assert_eq!(Pointer::parse("a/b"), None);
        assert_eq!(Pointer::parse("/a~2"), None);
        assert_eq!(Pointer::parse("/a~"), None);
        assert!(Pointer::root().tokens().is_empty());
    }

    #[test]
    fn code_names_are_the_serde_names() {
        for code in Code::ALL {
            assert_eq!(serde_json::to_value(code).ok(), Some(Value::from(code.as_str())));
        }
        assert_eq!(Code::VersionNotSatisfied.to_string(), "version_not_satisfied");
    }

    #[test]
    fn every_error_has_a_kind_code_pointer_and_details() {
        let e = Error::UnknownProfile { profile: "gold".into(), known: vec!["basic".into()] };
        let d = e.to_data();
        assert_eq!((d.kind, d.code, d.document), (ErrorKind::Profile, Code::UnknownProfile, None));
        assert_eq!(d.details.get("profile"), Some(&Value::from("gold")));
        assert_eq!(d.problems.len(), 1);
        assert_eq!(d.message, "the profile `gold` does not exist; declared profiles: `basic`");
        assert_eq!(e.message_in("fr"), "le profil `gold` n’existe pas\u{202f}; profils déclarés\u{a0}: `basic`");
        assert!(e.message_in("ar").starts_with("الملف المستهدف `gold` غير موجود؛"));
    }
}
