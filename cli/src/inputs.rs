//! Assessments to read as a stream: files, folders (their `*.json` and `*.jsonl` files), JSON
//! Lines files (one assessment per line) and `-` for JSON Lines on standard input. Files are
//! read one at a time as the stream is consumed, so memory does not grow with the input.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use kalkan::{unreadable, DocumentKind, StreamItem};

/// Whether a path names JSON Lines (`-`, or a `.jsonl` / `.ndjson` file).
pub fn is_lines(path: &Path) -> bool {
    path.as_os_str() == "-" || path.extension().is_some_and(|x| x.eq_ignore_ascii_case("jsonl") || x.eq_ignore_ascii_case("ndjson"))
}

/// Whether any input is JSON Lines (a stream that may be large).
pub fn any_lines(inputs: &[PathBuf]) -> bool {
    inputs.iter().any(|p| is_lines(p) || (p.is_dir() && list(p).iter().any(|f| is_lines(f))))
}

/// The `*.json`, `*.jsonl` and `*.ndjson` files of a folder, sorted.
fn list(dir: &Path) -> Vec<PathBuf> {
    let Ok(rd) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && (is_lines(p) || p.extension().is_some_and(|x| x.eq_ignore_ascii_case("json"))))
        .collect();
    files.sort();
    files
}

/// Every input expanded: folders into their files.
pub fn expand(inputs: &[PathBuf]) -> Vec<PathBuf> {
    inputs.iter().flat_map(|p| if p.is_dir() { list(p) } else { vec![p.clone()] }).collect()
}

/// The assessments of `inputs`, one item per file or line (blank lines are skipped). A file is
/// read as one document (`files::read_document`: size checked first, then decoded); JSON Lines
/// are decoded line by line, each line a document under the size limit, a UTF-8 byte order mark
/// at the start skipped. A stream in UTF-16 or UTF-32 is one `invalid_encoding` error, not one
/// per line.
pub fn items(inputs: &[PathBuf]) -> impl Iterator<Item = StreamItem> + Send {
    expand(inputs).into_iter().flat_map(|path| -> Box<dyn Iterator<Item = StreamItem> + Send> {
        let label = path.display().to_string();
        if !is_lines(&path) {
            let text = crate::files::read_document(&path, DocumentKind::Assessment).map_err(|e| match e {
                crate::files::ReadError::Io(e) => unreadable(&label, &e.to_string()),
                crate::files::ReadError::Document(e) => e,
            });
            return Box::new(std::iter::once(StreamItem { label, text }));
        }
        let reader: Box<dyn BufRead + Send> = if path.as_os_str() == "-" {
            Box::new(BufReader::new(std::io::stdin()))
        } else {
            match File::open(&path) {
                Ok(f) => Box::new(BufReader::with_capacity(1 << 20, f)),
                Err(e) => return Box::new(std::iter::once(StreamItem { text: Err(unreadable(&label, &e.to_string())), label })),
            }
        };
        let name = if path.as_os_str() == "-" { "stdin".to_string() } else { label };
        Box::new(Lines { reader, name, number: 0, done: false })
    })
}

/// The documents of a JSON Lines stream, each line decoded and checked on its own.
struct Lines {
    reader: Box<dyn BufRead + Send>,
    name: String,
    /// The number of the last line read (1-based).
    number: usize,
    done: bool,
}

impl Iterator for Lines {
    type Item = StreamItem;

    fn next(&mut self) -> Option<StreamItem> {
        while !self.done {
            let line = next_line(&mut self.reader);
            self.number += 1;
            let label = format!("{}:{}", self.name, self.number);
            let bytes = match line {
                Ok(None) => return None,
                Ok(Some(Line::TooLong(size))) => {
                    let e = kalkan::check_size(DocumentKind::Assessment, size).err().unwrap_or_else(|| unreadable(&label, "line too long"));
                    return Some(StreamItem { label, text: Err(e) });
                }
                Ok(Some(Line::Bytes(b))) => b,
                Err(e) => {
                    self.done = true;
                    return Some(StreamItem { text: Err(unreadable(&label, &e.to_string())), label });
                }
            };
            match crate::files::into_text(DocumentKind::Assessment, bytes) {
                Ok(l) if l.trim().is_empty() => continue,
                Ok(l) => return Some(StreamItem { label, text: Ok(l) }),
                Err(e) => {
                    // A stream in UTF-16 or UTF-32 is wrong as a whole: said once, for the stream.
                    if e.problems()
                        .first()
                        .and_then(|p| p.details.get("encoding"))
                        .and_then(|v| v.as_str())
                        .is_some_and(|enc| enc.starts_with("utf-16") || enc.starts_with("utf-32"))
                    {
                        self.done = true;
                    }
                    return Some(StreamItem { label, text: Err(e) });
                }
            }
        }
        None
    }
}

/// A line of a stream: its bytes (without the line break), or the size of a line longer than
/// the limit (read through, not kept).
enum Line {
    Bytes(Vec<u8>),
    TooLong(u64),
}

/// The next line of `reader`; `None` at the end. Memory stays within the size limit.
fn next_line(reader: &mut dyn BufRead) -> std::io::Result<Option<Line>> {
    let limit = kalkan::Limits::current().max_input_bytes;
    let mut line = Vec::new();
    let mut size = 0u64;
    let mut too_long = false;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        let (part, newline) = match chunk.split(|&b| b == b'\n').next() {
            Some(first) if first.len() < chunk.len() => (first, true),
            _ => (chunk, false),
        };
        size += part.len() as u64;
        if !too_long && line.len() + part.len() > limit {
            too_long = true;
            line = Vec::new();
        }
        if !too_long {
            line.extend_from_slice(part);
        }
        let used = part.len() + usize::from(newline);
        reader.consume(used);
        if newline {
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            return Ok(Some(if too_long { Line::TooLong(size) } else { Line::Bytes(line) }));
        }
    }
    if size == 0 && line.is_empty() && !too_long {
        return Ok(None);
    }
    Ok(Some(if too_long { Line::TooLong(size) } else { Line::Bytes(line) }))
}
