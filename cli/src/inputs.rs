//! Assessments to read as a stream: files, folders (their `*.json` and `*.jsonl` files), JSON
//! Lines files (one assessment per line) and `-` for JSON Lines on standard input. Files are
//! read one at a time as the stream is consumed, so memory does not grow with the input.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use kalkan::{unreadable, StreamItem};

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

/// The assessments of `inputs`, one item per file or line (blank lines are skipped).
pub fn items(inputs: &[PathBuf]) -> impl Iterator<Item = StreamItem> + Send {
    expand(inputs).into_iter().flat_map(|path| -> Box<dyn Iterator<Item = StreamItem> + Send> {
        let label = path.display().to_string();
        if !is_lines(&path) {
            let text = std::fs::read_to_string(&path).map_err(|e| unreadable(&label, &e.to_string()));
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
        Box::new(reader.lines().enumerate().filter_map(move |(i, line)| {
            let label = format!("{name}:{}", i + 1);
            match line {
                Ok(l) if l.trim().is_empty() => None,
                Ok(l) => Some(StreamItem { label, text: Ok(l) }),
                Err(e) => Some(StreamItem { text: Err(unreadable(&label, &e.to_string())), label }),
            }
        }))
    })
}
