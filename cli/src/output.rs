//! Where results go: standard output, or a file written atomically; and messages on standard
//! error. Text meant for a terminal (the text formats on standard output, every message on
//! standard error) goes through `kalkan::terminal_text`, so that a control character or a bidi
//! control in a name, an id, a file name or an echoed key is shown as a visible escape
//! (`\u{1b}`) instead of acting on the terminal. Data (JSON, CSV, Parquet) and files (HTML and
//! Markdown have their own escaping) are written as they are.

use std::io::Write as _;
use std::path::Path;

use crate::failure::Failure;
use crate::files;

/// What is written: text for a person at a terminal, or data for a program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// A text format: escaped on standard output (not in a file).
    Text,
    /// JSON, CSV, Markdown, HTML: written as it is.
    Data,
}

impl Shown {
    /// `Text` when `text` is true.
    pub fn text_if(text: bool) -> Shown {
        if text {
            Shown::Text
        } else {
            Shown::Data
        }
    }
}

/// Writes to standard output. A closed pipe (`kalkan ... | head`) is not an error.
pub fn stdout(text: &str, shown: Shown) -> Result<(), Failure> {
    let text = match shown {
        Shown::Text => kalkan::terminal_text(text),
        Shown::Data => std::borrow::Cow::Borrowed(text),
    };
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Io(format!("cannot write to standard output: {e}"))),
        _ => Ok(()),
    }
}

/// Writes a message to standard error, its controls made visible (`kalkan::terminal_text`).
pub fn eprint(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(kalkan::terminal_text(text).as_bytes());
}

/// [`eprint`] and a line break.
pub fn eprintln(text: &str) {
    let mut line = String::with_capacity(text.len() + 1);
    line.push_str(text);
    line.push('\n');
    eprint(&line);
}

/// "wrote PATH" in the command's language (see `failure::set_language`).
pub fn wrote(path: &Path) -> String {
    kalkan::l10n::message(crate::failure::language().code(), "output-wrote", &[("path", kalkan::l10n::Arg::from(path.display().to_string()))])
}

/// Writes `text` to `path` atomically (and says so on standard error), or to standard output.
pub fn emit(path: Option<&Path>, text: &str, shown: Shown) -> Result<(), Failure> {
    match path {
        Some(p) => {
            files::write_atomic(p, text.as_bytes())?;
            eprintln(&wrote(p));
            Ok(())
        }
        None => stdout(text, shown),
    }
}
