//! Why a command failed, and the exit code that says so.

use std::fmt::Write as _;
use std::path::Path;

use kalkan::Problem;

use crate::i18n::Lang;

/// Exit code: an input was rejected (invalid document, unknown framework, ...).
pub const EXIT_INVALID: u8 = 1;
/// Exit code: bad arguments, or a file could not be read or written.
pub const EXIT_USAGE: u8 = 2;

thread_local! {
    static LANGUAGE: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// The language failures of this command are written in (its `--lang`; English by default).
pub fn set_language(lang: Lang) {
    LANGUAGE.with(|l| l.set(lang));
}

/// The language set by [`set_language`].
pub fn language() -> Lang {
    LANGUAGE.with(std::cell::Cell::get)
}

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
        Failure::Io(io_message(action, path, e))
    }

    /// A core error about `what` (usually a file name and what it is), in the language of the
    /// command (`set_language`). A document's problems are listed under the error's message;
    /// any other error is one message, said once, with its code.
    pub fn core(what: impl Into<String>, e: &kalkan::Error) -> Self {
        let what = what.into();
        let lang = language();
        let document = |d: &kalkan::DocumentKind| kalkan::l10n::Arg::from(d.to_string());
        match e {
            kalkan::Error::Parse { document: d, .. } => {
                let summary = kalkan::l10n::message(lang.code(), "document-unreadable", &[("document", document(d))]);
                Failure::Rejected { what: lang.labelled(&what, &summary), problems: e.problems() }
            }
            kalkan::Error::Invalid { document: d, problems } => {
                let args = [("document", document(d)), ("count", kalkan::l10n::Arg::from(problems.len()))];
                let summary = kalkan::l10n::message(lang.code(), "document-invalid", &args);
                Failure::Rejected { what: lang.labelled(&what, &summary), problems: problems.clone() }
            }
            other => Failure::Rejected { what: format!("{} [{}]", lang.labelled(&what, &other.message_in(lang.code())), other.code()), problems: Vec::new() },
        }
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
                let lang = language();
                let mut out = format!("error: {what}\n");
                for p in problems {
                    let mut at = if p.pointer.is_root() { lang.t("whole-document").to_string() } else { p.pointer.to_string() };
                    // A problem found in a spreadsheet says which cell (`Governance!D14`).
                    if let Some(cell) = p.details.get("cell").and_then(|c| c.as_str()) {
                        at = format!("{cell} ({at})");
                    }
                    let _ = write!(out, "  - {} [{}]", lang.labelled(&at, &p.message_in(lang.code())), p.code);
                    if let (Some(line), Some(column)) = (p.line, p.column) {
                        let _ = write!(out, " ({})", lang.f("at-line-column", &[&line.to_string(), &column.to_string()]));
                    }
                    out.push('\n');
                }
                out
            }
        }
    }
}

/// `cannot {action} `path`: {error}`.
pub fn io_message(action: &str, path: &Path, e: &std::io::Error) -> String {
    let detail = if e.kind() == std::io::ErrorKind::InvalidData { "the file is not UTF-8 text".to_string() } else { e.to_string() };
    format!("cannot {action} `{}`: {detail}", path.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_core_error_that_is_not_about_a_document_is_said_once() {
        let e = kalkan::Error::UnknownProfile { profile: "gold".into(), known: vec![] };
        let text = Failure::core("`a.json`", &e).render();
        assert_eq!(text, "error: `a.json`: the profile `gold` does not exist; the framework declares no profiles [unknown_profile]\n");
        // A document's problems are each listed once, under a summary.
        let p = kalkan::Problem::new(
            kalkan::Pointer::root().key("subject").key("country"),
            kalkan::Code::InvalidCountry,
            [("country".to_string(), serde_json::Value::from("XX"))].into_iter().collect(),
        );
        let e = kalkan::Error::Invalid { document: kalkan::DocumentKind::Assessment, problems: vec![p.clone()] };
        let text = Failure::core("`a.json`", &e).render();
        assert_eq!(text, format!("error: `a.json`: the assessment is invalid (1 problem)\n  - {p}\n"));
    }

    #[test]
    fn a_problem_found_in_a_spreadsheet_names_its_cell_before_its_pointer() {
        let details = [("cell", "Governance!D14"), ("control", "GOV-1"), ("option", "Maybe")];
        let mut details: kalkan::Details = details.into_iter().map(|(k, v)| (k.to_string(), serde_json::Value::from(v))).collect();
        details.insert("known".into(), serde_json::json!(["Yes", "No"]));
        let p = kalkan::Problem::new(kalkan::Pointer::root().key("responses").key("GOV-1").key("option"), kalkan::Code::UnknownOption, details);
        let e = kalkan::Error::Invalid { document: kalkan::DocumentKind::Assessment, problems: vec![p] };
        let text = Failure::core("`q.xlsx`", &e).render();
        assert!(text.contains("\n  - Governance!D14 (/responses/GOV-1/option): the option `Maybe` is not in the control"), "{text}");
    }
}
