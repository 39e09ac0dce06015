//! Reading inputs, writing outputs atomically, and telling frameworks from assessments.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use kalkan::{Code, DocumentKind, Pointer, Problem};

use crate::failure::Failure;

/// Why a document file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The file could not be opened or read.
    Io(std::io::Error),
    /// Its bytes are not a document: too large (`input_too_large`) or not UTF-8
    /// (`invalid_encoding`).
    Document(kalkan::Error),
}

impl ReadError {
    /// The failure that ends a command: a document error (exit 1, with its code) or an I/O
    /// error (exit 2).
    pub fn failure(&self, path: &Path) -> Failure {
        match self {
            ReadError::Io(e) => Failure::io("read", path, e),
            ReadError::Document(e) => Failure::core(format!("`{}`", path.display()), e),
        }
    }
}

/// Reads a document of `kind` from a file as the core says a front end must: its size is
/// checked against the limit before it is read (`kalkan::check_size`), then its bytes are
/// decoded by `kalkan::decode` (a UTF-8 byte order mark is skipped; UTF-16, UTF-32 and
/// invalid UTF-8 are `invalid_encoding`). A file whose size is not known in advance (a pipe)
/// is read no further than the limit.
pub fn read_document(path: &Path, kind: DocumentKind) -> Result<String, ReadError> {
    use std::io::Read as _;
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if meta.is_file() {
        kalkan::check_size(kind, meta.len()).map_err(ReadError::Document)?;
    }
    let limit = u64::try_from(kalkan::Limits::current().max_input_bytes).unwrap_or(u64::MAX);
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0).saturating_add(1));
    // One byte more than the limit is enough to tell that the input is too large.
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    into_text(kind, bytes).map_err(ReadError::Document)
}

/// `bytes` decoded by `kalkan::decode`, without copying them.
pub fn into_text(kind: DocumentKind, mut bytes: Vec<u8>) -> kalkan::Result<String> {
    let skipped = bytes.len() - kalkan::decode(kind, &bytes)?.len();
    bytes.drain(..skipped);
    // `decode` checked the rest: this cannot fail, but is not worth an `unsafe` to skip.
    String::from_utf8(bytes).map_err(|e| kalkan::Error::Internal { reason: e.to_string() })
}

/// Reads a binary document (a workbook) from a file, its size checked against the limit before
/// it is read, as [`read_document`] does; failing the command otherwise.
pub fn read_bytes(path: &Path, kind: DocumentKind) -> Result<Vec<u8>, Failure> {
    use std::io::Read as _;
    let file = std::fs::File::open(path).map_err(|e| Failure::io("read", path, &e))?;
    let meta = file.metadata().map_err(|e| Failure::io("read", path, &e))?;
    let too_large = |size: u64| kalkan::check_size(kind, size).map_err(|e| Failure::core(format!("`{}`", path.display()), &e));
    if meta.is_file() {
        too_large(meta.len())?;
    }
    let limit = u64::try_from(kalkan::Limits::current().max_input_bytes).unwrap_or(u64::MAX);
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0).saturating_add(1));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(|e| Failure::io("read", path, &e))?;
    too_large(bytes.len() as u64)?;
    Ok(bytes)
}

/// Reads a document of `kind` from a file ([`read_document`]), failing the command otherwise.
pub fn read_text(path: &Path, kind: DocumentKind) -> Result<String, Failure> {
    read_document(path, kind).map_err(|e| e.failure(path))
}

/// How the names of temporary files begin: `.kalkan-<pid>-` (then random characters and
/// [`TEMP_SUFFIX`]), so that a file left by a process that was killed can be told from one
/// being written.
const TEMP_START: &str = ".kalkan-";
const TEMP_SUFFIX: &str = ".tmp";

/// How long a temporary file whose writer cannot be checked is left alone.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);

fn temp_prefix() -> String {
    format!("{TEMP_START}{}-", std::process::id())
}

/// Whether the temporary file `name` (in a folder, with its metadata) was left by a process
/// that no longer runs: its PID is not a live process (Linux: no `/proc/<pid>`; elsewhere:
/// older than an hour), or, for a name without a PID (older versions), it is older than an
/// hour. Never true for this process's own files or for names that are not Kalkan's.
fn is_stale(name: &str, meta: &std::fs::Metadata) -> bool {
    let Some(middle) = name.strip_prefix(TEMP_START).and_then(|n| n.strip_suffix(TEMP_SUFFIX)) else { return false };
    if !meta.is_file() {
        return false;
    }
    let old = || meta.modified().ok().and_then(|m| m.elapsed().ok()).is_some_and(|age| age > STALE_AFTER);
    let pid = middle.split_once('-').and_then(|(pid, _)| pid.parse::<u32>().ok());
    match pid {
        Some(pid) if pid == std::process::id() => false,
        Some(pid) if Path::new("/proc/self").exists() => !Path::new("/proc").join(pid.to_string()).exists(),
        _ => old(),
    }
}

/// Removes the stale temporary files ([`is_stale`]) of `dir`, once per folder and process
/// (a folder receiving thousands of files is listed once). Best effort: a file that cannot be
/// removed stays.
pub fn sweep_stale(dir: &Path) {
    static SWEPT: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());
    let key = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    {
        let Ok(mut swept) = SWEPT.lock() else { return };
        if swept.contains(&key) {
            return;
        }
        swept.push(key);
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !name.starts_with(TEMP_START) {
            continue;
        }
        // Not followed: a link is never removed.
        if let Ok(meta) = std::fs::symlink_metadata(entry.path()) {
            if is_stale(name, &meta) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// Writes `data` to `path` so that readers see the old file or the new one, never a part:
/// a temporary file in the same directory, flushed to disk, then renamed over `path`.
/// Missing parent folders are created; an existing file keeps its permissions.
pub fn write_atomic(path: &Path, data: &[u8]) -> Result<(), Failure> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|e| Failure::io("create the folder for", path, &e))?;
    sweep_stale(&dir);
    let prefix = temp_prefix();
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // Like a plain `create`: 0666 less the umask, instead of tempfile's private 0600.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(&dir).map_err(|e| Failure::io("create a temporary file for", path, &e))?;
    tmp.write_all(data).map_err(|e| Failure::io("write", path, &e))?;
    tmp.as_file().sync_all().map_err(|e| Failure::io("write", path, &e))?;
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.is_dir() {
            return Err(Failure::Io(format!("cannot write `{}`: it is a directory", path.display())));
        }
        // Best effort: a file we may replace but not chmod keeps the default mode.
        let _ = tmp.as_file().set_permissions(meta.permissions());
    }
    tmp.persist(path).map_err(|e| Failure::io("write", path, &e.error))?;
    #[cfg(unix)]
    {
        // Make the rename itself durable; not fatal where directories cannot be opened.
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

/// A file written as a stream and put in place atomically by [`AtomicFile::finish`]: until
/// then (and if the command fails) the old file, if any, is left as it was.
pub struct AtomicFile {
    tmp: tempfile::NamedTempFile,
    path: PathBuf,
}

impl AtomicFile {
    /// A temporary file beside `path` (missing parent folders are created).
    pub fn create(path: &Path) -> Result<AtomicFile, Failure> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&dir).map_err(|e| Failure::io("create the folder for", path, &e))?;
        sweep_stale(&dir);
        let tmp = tempfile::Builder::new()
            .prefix(&temp_prefix())
            .suffix(TEMP_SUFFIX)
            .tempfile_in(&dir)
            .map_err(|e| Failure::io("create a temporary file for", path, &e))?;
        Ok(AtomicFile { tmp, path: path.to_path_buf() })
    }

    /// Where the data goes until [`AtomicFile::finish`].
    pub fn file(&mut self) -> &mut std::fs::File {
        self.tmp.as_file_mut()
    }

    /// Flushes to disk and renames over the destination.
    pub fn finish(self) -> Result<(), Failure> {
        if self.path.is_dir() {
            return Err(Failure::Io(format!("cannot write `{}`: it is a directory", self.path.display())));
        }
        self.tmp.as_file().sync_all().map_err(|e| Failure::io("write", &self.path, &e))?;
        let path = self.path.clone();
        self.tmp.persist(&path).map_err(|e| Failure::io("write", &path, &e.error))?;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Tells a framework from an assessment by content (`kalkan::detect_document`); for text that
/// is not JSON, the file name decides (a name ending in `.framework.json` or `.assessment.json`),
/// otherwise the located syntax error is returned as the problem. Never returns
/// [`DocumentKind::Report`]: a score report is not an input, so it is returned as a problem.
pub fn detect(text: &str, path: &Path) -> Result<DocumentKind, Problem> {
    match kalkan::detect_document(text) {
        Ok(DocumentKind::Report) => {
            let details = [("problem".to_string(), serde_json::Value::from("score_report"))].into_iter().collect();
            Err(Problem::new(Pointer::root(), Code::InvalidStructure, details))
        }
        Ok(kind) => Ok(kind),
        Err(p) if p.code == Code::MalformedJson => kind_from_name(path).ok_or(p),
        Err(p) => Err(p),
    }
}

/// The kind of document a file's name says it holds (`*.framework.json`, `*.assessment.json`).
pub fn kind_from_name(path: &Path) -> Option<DocumentKind> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    if name.ends_with(".assessment.json") {
        Some(DocumentKind::Assessment)
    } else if name.ends_with(".framework.json") {
        Some(DocumentKind::Framework)
    } else {
        None
    }
}

/// The files named: files as given, directories as their `*.json` files (sorted, not
/// recursive); also whether any input was a directory. Paths that cannot be listed are returned
/// as they are, so that reading them reports the error for that path alone.
pub fn expand(inputs: &[PathBuf]) -> (Vec<PathBuf>, bool) {
    let mut out = Vec::new();
    let mut any_dir = false;
    for p in inputs {
        if !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        any_dir = true;
        let Ok(rd) = std::fs::read_dir(p) else {
            out.push(p.clone());
            continue;
        };
        let mut files: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|x| x.eq_ignore_ascii_case("json")) && path.is_file())
            .collect();
        files.sort();
        out.extend(files);
    }
    (out, any_dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_documents_by_content_then_by_name() {
        let p = Path::new("x.json");
        assert_eq!(detect(r#"{"framework": {"id": "a", "version": "1"}, "responses": {}}"#, p), Ok(DocumentKind::Assessment));
        assert_eq!(detect(r#"{"id": "a", "groups": [], "scales": []}"#, p), Ok(DocumentKind::Framework));
        assert_eq!(detect("{", Path::new("a.assessment.json")), Ok(DocumentKind::Assessment));
        assert_eq!(detect("{", Path::new("dir/A.Framework.JSON")), Ok(DocumentKind::Framework));
        // Only the documented endings count, not a name that merely mentions the word.
        for name in ["assessment-notes.json", "framework.json", "my-framework.json.bak", "assessment.json"] {
            assert_eq!(detect("{", Path::new(name)).err().map(|e| e.code), Some(Code::MalformedJson), "{name}");
        }
        let err = detect("{\n  \"id\": }", p).err().map(|e| (e.code, e.line, e.column));
        assert_eq!(err, Some((Code::MalformedJson, Some(2), Some(9))));
        assert_eq!(detect("[1]", p).err().map(|e| e.code), Some(Code::InvalidStructure));
    }

    #[test]
    fn atomic_write_replaces_and_keeps_permissions() {
        let dir = tempfile::tempdir().map_err(|e| e.to_string());
        let Ok(dir) = dir else { return assert!(dir.is_ok()) };
        let path = dir.path().join("out.txt");
        assert!(write_atomic(&path, b"one").is_ok());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640));
        }
        assert!(write_atomic(&path, b"two").is_ok());
        assert_eq!(std::fs::read_to_string(&path).ok().as_deref(), Some("two"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            assert_eq!(std::fs::metadata(&path).map(|m| m.permissions().mode() & 0o777).ok(), Some(0o640));
        }
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path()).into_iter().flatten().flatten().map(|e| e.file_name()).collect();
        assert_eq!(names.len(), 1);
        // Missing parent folders are created.
        let nested = dir.path().join("a").join("b").join("report.html");
        assert!(write_atomic(&nested, b"<p>").is_ok());
        assert_eq!(std::fs::read_to_string(&nested).ok().as_deref(), Some("<p>"));
        assert!(std::fs::remove_dir_all(dir.path().join("a")).is_ok());
        // Writing over a directory fails and leaves it alone: still a directory, with the same
        // single file in it unchanged, and no temporary file left beside it.
        let sub = dir.path().join("sub");
        assert!(std::fs::create_dir(&sub).is_ok());
        assert!(write_atomic(&sub.join("inner.txt"), b"inner").is_ok());
        assert!(write_atomic(&sub, b"x").is_err());
        assert!(sub.is_dir());
        let inside: Vec<_> = std::fs::read_dir(&sub).into_iter().flatten().flatten().map(|e| e.file_name()).collect();
        assert_eq!(inside, [std::ffi::OsString::from("inner.txt")]);
        assert_eq!(std::fs::read_to_string(sub.join("inner.txt")).ok().as_deref(), Some("inner"));
        let mut around: Vec<_> = std::fs::read_dir(dir.path()).into_iter().flatten().flatten().map(|e| e.file_name()).collect();
        around.sort();
        assert_eq!(around, [std::ffi::OsString::from("out.txt"), std::ffi::OsString::from("sub")]);
    }
}
