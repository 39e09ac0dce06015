//! Where results go: standard output, or a file written atomically.

use std::io::Write as _;
use std::path::Path;

use crate::failure::Failure;
use crate::files;

/// Writes to standard output. A closed pipe (`kalkan ... | head`) is not an error.
pub fn stdout(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Io(format!("cannot write to standard output: {e}"))),
        _ => Ok(()),
    }
}

/// "wrote PATH" in the command's language (see `failure::set_language`).
pub fn wrote(path: &Path) -> String {
    kalkan::l10n::message(crate::failure::language().code(), "output-wrote", &[("path", kalkan::l10n::Arg::from(path.display().to_string()))])
}

/// Writes `text` to `path` atomically (and says so on standard error), or to standard output.
pub fn emit(path: Option<&Path>, text: &str) -> Result<(), Failure> {
    match path {
        Some(p) => {
            files::write_atomic(p, text.as_bytes())?;
            eprintln!("{}", wrote(p));
            Ok(())
        }
        None => stdout(text),
    }
}
