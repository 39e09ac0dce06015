//! Turning JSON text into typed documents, with located errors.

use serde::de::DeserializeOwned;

use crate::error::{Code, DocumentKind, Error, Problem};

/// Parses `json` as a `T`. On failure the error names the line, the column and, for shape errors,
/// the JSON path of the offending value.
///
/// Natively, a fast parse comes first and the slower, path-tracking one only runs to explain a
/// failure. In WebAssembly the path-tracking parse is the only one: every deserializer is
/// instantiated once instead of twice, which keeps the module small. Results are the same.
pub(crate) fn parse<T: DeserializeOwned>(kind: DocumentKind, json: &str) -> Result<T, Error> {
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(v) = serde_json::from_str::<T>(json) {
        return Ok(v);
    }
    parse_located(kind, json)
}

/// Converts an already-parsed JSON value into a `T`, with the same located errors (no line numbers).
pub(crate) fn from_value<T: DeserializeOwned>(kind: DocumentKind, value: serde_json::Value) -> Result<T, Error> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let path = clean_path(&e.path().to_string());
        let inner = e.into_inner();
        Error::Parse { kind, problem: Problem::new(path, Code::InvalidStructure, strip_position(&inner.to_string())) }
    })
}

fn parse_located<T: DeserializeOwned>(kind: DocumentKind, json: &str) -> Result<T, Error> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let (path, inner) = match serde_path_to_error::deserialize::<_, T>(&mut *de) {
        // Only whitespace may follow the document.
        Ok(v) => match de.end() {
            Ok(()) => return Ok(v),
            Err(e) => (String::new(), e),
        },
        Err(e) => (clean_path(&e.path().to_string()), e.into_inner()),
    };
    let code = match inner.classify() {
        serde_json::error::Category::Data => Code::InvalidStructure,
        _ => Code::MalformedJson,
    };
    let path = if code == Code::MalformedJson { String::new() } else { path };
    let mut problem = Problem::new(path, code, strip_position(&inner.to_string()));
    if inner.line() > 0 {
        problem.line = Some(inner.line());
        problem.column = Some(inner.column());
    }
    Err(Error::Parse { kind, problem })
}

/// serde_path_to_error writes `.` for the root and `?` for unknown segments.
fn clean_path(p: &str) -> String {
    if p == "." || p == "?" {
        String::new()
    } else {
        p.to_string()
    }
}

/// serde_json appends " at line X column Y"; we report those as fields instead.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg.get(..i).unwrap_or(msg).to_string(),
        None => msg.to_string(),
    }
}

/// Tells a framework from an assessment (or a score report) by content: a report has `root` and
/// a `framework` stamp with a `digest`; an assessment has a `framework` object, `subject` or
/// `responses`; a framework has `groups`, `scales` or `levels`. Text that is not
/// JSON yields the located syntax error.
pub fn detect_document(json: &str) -> Result<DocumentKind, Problem> {
    match serde_json::from_str::<serde_json::Value>(json) {
        Ok(serde_json::Value::Object(map)) => {
            let has = |k: &str| map.contains_key(k);
            if has("root") && map.get("framework").is_some_and(|f| f.get("digest").is_some()) {
                Ok(DocumentKind::Report)
            } else if map.get("framework").is_some_and(serde_json::Value::is_object) || has("responses") || has("subject") {
                Ok(DocumentKind::Assessment)
            } else if has("groups") || has("scales") || has("levels") {
                Ok(DocumentKind::Framework)
            } else {
                Err(Problem::new(
                    "",
                    Code::InvalidStructure,
                    "cannot tell what this document is: expected a framework (an object with `groups` and `scales`) or an assessment (an object with a `framework` object and `responses`)",
                ))
            }
        }
        Ok(_) => Err(Problem::new("", Code::InvalidStructure, "expected a JSON object (a framework or an assessment)")),
        Err(_) => match parse::<serde_json::Value>(DocumentKind::Framework, json) {
            Err(Error::Parse { problem, .. }) => Err(problem),
            _ => Err(Problem::new("", Code::MalformedJson, "not well-formed JSON")),
        },
    }
}
