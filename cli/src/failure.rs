//! Why a command failed, and the exit code that says so.

use std::fmt::Write as _;
use std::path::Path;

use kalkan::Problem;

/// Exit code: an input was rejected (invalid document, unknown framework, ...).
pub const EXIT_INVALID: u8 = 1;
/// Exit code: bad arguments, or a file could not be read or written.
pub const EXIT_USAGE: u8 = 2;

/// A failure that ends the command.
#[derive(Debug)]
pub enum Failure {
    /// The arguments do not make sense together.
    Usage(String),
    /// A file could not be read or written.
    Io(String),
    /// An input was rejected; every problem is listed.
    Rejected { what: String, problems: Vec<Problem> },
}

impl Failure {
    /// `cannot {action} `path`: {error}`.
    pub fn io(action: &str, path: &Path, e: &std::io::Error) -> Self {
        let detail = if e.kind() == std::io::ErrorKind::InvalidData { "the file is not UTF-8 text".to_string() } else { e.to_string() };
        Failure::Io(format!("cannot {action} `{}`: {detail}", path.display()))
    }

    /// A core error about `what` (usually a file name and what it is).
    pub fn core(what: impl Into<String>, e: &kalkan::Error) -> Self {
        Failure::Rejected { what: format!("{}: {}", what.into(), summary(e)), problems: e.problems() }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) | Failure::Io(_) => EXIT_USAGE,
            Failure::Rejected { .. } => EXIT_INVALID,
        }
    }

    /// The text for standard error.
    pub fn render(&self) -> String {
        match self {
            Failure::Usage(m) | Failure::Io(m) => format!("error: {m}\n"),
            Failure::Rejected { what, problems } => {
                let mut out = format!("error: {what}\n");
                for p in problems {
                    let _ = writeln!(out, "  - {p}");
                }
                out
            }
        }
    }
}

/// A short description of a core error, without repeating its problems.
pub fn summary(e: &kalkan::Error) -> String {
    match e {
        kalkan::Error::Parse { kind, .. } => format!("{kind} is not valid JSON of the expected shape"),
        kalkan::Error::Invalid { kind, problems } => format!("{kind} is invalid ({} problem{})", problems.len(), plural(problems.len())),
        other => other.to_string(),
    }
}

pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
