//! Turning JSON text into typed documents, with located errors: every parse and shape error
//! carries a JSON Pointer, a stable code and its details.

use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use crate::error::{details, Code, Details, DocumentKind, Error, Pointer, Problem, Result};
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;
use crate::model::report::Report;

/// Parses `json` as a `T`. On failure the error names the line, the column and, for shape errors,
/// the JSON Pointer of the offending value.
///
/// Natively, a fast parse comes first and the slower, path-tracking one only runs to explain a
/// failure. In WebAssembly the path-tracking parse is the only one: every deserializer is
/// instantiated once instead of twice, which keeps the module small. Results are the same.
pub(crate) fn parse<T: DeserializeOwned>(document: DocumentKind, json: &str) -> Result<T> {
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(v) = serde_json::from_str::<T>(json) {
        return Ok(v);
    }
    parse_located(document, json)
}

/// Converts an already-parsed JSON value into a `T`, with the same located errors (no line numbers).
pub(crate) fn from_value<T: DeserializeOwned>(document: DocumentKind, value: Value) -> Result<T> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let at = pointer_of(e.path());
        let inner = e.into_inner();
        Error::Parse { document, problem: shape_problem(at, &strip_position(&inner.to_string())) }
    })
}

fn parse_located<T: DeserializeOwned>(document: DocumentKind, json: &str) -> Result<T> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let (at, inner) = match serde_path_to_error::deserialize::<_, T>(&mut *de) {
        // Only whitespace may follow the document.
        Ok(v) => match de.end() {
            Ok(()) => return Ok(v),
            Err(e) => (Pointer::root(), e),
        },
        Err(e) => (pointer_of(e.path()), e.into_inner()),
    };
    let message = strip_position(&inner.to_string());
    let mut problem = match inner.classify() {
        serde_json::error::Category::Data => shape_problem(at, &message),
        _ => Problem::new(Pointer::root(), Code::MalformedJson, message),
    };
    if inner.line() > 0 {
        problem.line = Some(inner.line());
        problem.column = Some(inner.column());
        if problem.code == Code::MalformedJson {
            problem.details = details([("line", json!(inner.line())), ("column", json!(inner.column()))]);
        }
    }
    Err(Error::Parse { document, problem })
}

/// The pointer of a serde path (an unknown segment ends it: what is known of the location).
fn pointer_of(path: &serde_path_to_error::Path) -> Pointer {
    use serde_path_to_error::Segment;
    let mut p = Pointer::root();
    for segment in path.iter() {
        p = match segment {
            Segment::Seq { index } => p.index(*index),
            Segment::Map { key } => p.key(key),
            Segment::Enum { variant } => p.key(variant),
            Segment::Unknown => break,
        };
    }
    p
}

/// A shape problem, with serde's message read into details. The path already ends at an
/// unknown field's key; a missing field is pointed at the object that lacks it.
fn shape_problem(at: Pointer, message: &str) -> Problem {
    let (kind, mut d) = shape_details(message);
    d.insert("problem".into(), Value::from(kind));
    Problem::new(at, Code::InvalidStructure, message).with(d)
}

/// serde's standard messages (`missing field `x``, `invalid type: string "a", expected u32`,
/// ...) as a problem kind and its values.
fn shape_details(message: &str) -> (&'static str, Details) {
    let ticked = |s: &str| -> Vec<String> { s.split('`').skip(1).step_by(2).map(str::to_owned).collect() };
    let split_expected = |rest: &str| -> (String, String) {
        match rest.rsplit_once(", expected ") {
            Some((found, expected)) => (found.to_string(), expected.to_string()),
            None => (rest.to_string(), String::new()),
        }
    };
    if let Some(rest) = message.strip_prefix("missing field ") {
        return ("missing_field", details([("field", json!(ticked(rest).first()))]));
    }
    if let Some(rest) = message.strip_prefix("duplicate field ") {
        return ("duplicate_field", details([("field", json!(ticked(rest).first()))]));
    }
    for (prefix, kind) in [("unknown field ", "unknown_field"), ("unknown variant ", "unknown_variant")] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let names = ticked(rest);
            let key = if kind == "unknown_field" { "field" } else { "found" };
            return (kind, details([(key, json!(names.first())), ("expected", json!(names.get(1..).unwrap_or_default()))]));
        }
    }
    for (prefix, kind) in [("invalid type: ", "invalid_type"), ("invalid value: ", "invalid_value"), ("invalid length ", "invalid_length")] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let (found, expected) = split_expected(rest);
            return (kind, details([("found", json!(found)), ("expected", json!(expected))]));
        }
    }
    ("other", Details::new())
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
/// `responses`; a framework has `groups`, `scales` or `levels`. Text that is not JSON yields the
/// located syntax error.
pub fn detect_document(json: &str) -> Result<DocumentKind, Problem> {
    match serde_json::from_str::<Value>(json) {
        Ok(Value::Object(map)) => {
            let has = |k: &str| map.contains_key(k);
            if has("root") && map.get("framework").is_some_and(|f| f.get("digest").is_some()) {
                Ok(DocumentKind::Report)
            } else if map.get("framework").is_some_and(Value::is_object) || has("responses") || has("subject") {
                Ok(DocumentKind::Assessment)
            } else if has("groups") || has("scales") || has("levels") {
                Ok(DocumentKind::Framework)
            } else {
                Err(Problem::new(
                    Pointer::root(),
                    Code::InvalidStructure,
                    "cannot tell what this document is: a framework has `groups` and `scales`, an assessment has `framework`, `subject` and `responses`",
                )
                .with(details([("problem", json!("unknown_document"))])))
            }
        }
        Ok(_) => Err(Problem::new(Pointer::root(), Code::InvalidStructure, "expected a JSON object (a framework or an assessment)")
            .with(details([("problem", json!("not_an_object"))]))),
        Err(_) => match parse::<Value>(DocumentKind::Framework, json) {
            Err(Error::Parse { problem, .. }) => Err(problem),
            _ => Err(Problem::new(Pointer::root(), Code::MalformedJson, "not well-formed JSON")),
        },
    }
}

macro_rules! documents {
    ($($ty:ty => $kind:expr, $what:literal;)*) => {$(
        impl $ty {
            #[doc = concat!("Parses ", $what, " from JSON, with located errors (no validation).")]
            pub fn from_json(json: &str) -> Result<Self> {
                parse($kind, json)
            }

            #[doc = concat!("Converts an already-parsed JSON value into ", $what, ".")]
            pub fn from_value(value: Value) -> Result<Self> {
                from_value($kind, value)
            }
        }
    )*};
}

documents! {
    Framework => DocumentKind::Framework, "a framework";
    Assessment => DocumentKind::Assessment, "an assessment";
    Report => DocumentKind::Report, "a score report (as written by the JSON API or `serde_json`)";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_become_details() {
        let (k, d) = shape_details("missing field `subject`");
        assert_eq!((k, d.get("field")), ("missing_field", Some(&json!("subject"))));
        let (k, d) = shape_details("unknown field `colour`, expected one of `id`, `title`");
        assert_eq!((k, d.get("field"), d.get("expected")), ("unknown_field", Some(&json!("colour")), Some(&json!(["id", "title"]))));
        let (k, d) = shape_details("invalid type: string \"two\", expected u32");
        assert_eq!((k, d.get("found"), d.get("expected")), ("invalid_type", Some(&json!("string \"two\"")), Some(&json!("u32"))));
        let (k, d) = shape_details("unknown variant `levels`, expected one of `level`, `index`, `compliance`");
        assert_eq!((k, d.get("found")), ("unknown_variant", Some(&json!("levels"))));
        assert_eq!(shape_details("something else").0, "other");
    }

    #[test]
    fn shape_errors_point_at_the_value_and_unknown_fields_at_themselves() {
        let e = Assessment::from_json(r#"{"framework":{"id":"a","version":"1"},"subject":{"name":"S","colour":1},"responses":{}}"#);
        let Err(Error::Parse { problem, .. }) = e else { return assert!(e.is_err(), "expected a parse error") };
        assert_eq!(problem.pointer.as_str(), "/subject/colour");
        let e = Assessment::from_json(r#"{"framework":{"id":"a","version":"1"},"subject":{"name":"S"},"responses":{"GV.OC-01":{"option":7}}}"#);
        let Err(Error::Parse { problem, .. }) = e else { return assert!(e.is_err(), "expected a parse error") };
        assert_eq!(problem.pointer.as_str(), "/responses/GV.OC-01/option");
        assert_eq!(problem.details.get("problem"), Some(&json!("invalid_type")));
    }
}
