//! Reading inputs, writing outputs atomically, and telling frameworks from assessments.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use kalkan::{Code, DocumentKind, Pointer, Problem};

use crate::failure::Failure;

/// Reads a UTF-8 text file.
pub fn read_text(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| Failure::io("read", path, &e))
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
    let mut builder = tempfile::Builder::new();
    builder.prefix(".kalkan-").suffix(".tmp");
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
        let tmp =
            tempfile::Builder::new().prefix(".kalkan-").suffix(".tmp").tempfile_in(&dir).map_err(|e| Failure::io("create a temporary file for", path, &e))?;
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

fn kind_from_name(path: &Path) -> Option<DocumentKind> {
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
