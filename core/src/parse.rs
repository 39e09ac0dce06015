//! Turning JSON text into typed documents, with located errors: every parse and shape error
//! carries a JSON Pointer, a stable code and its details.

use serde::de::{Deserialize, DeserializeOwned};
use serde_json::{json, Value};

use crate::error::{details, Code, Details, DocumentKind, Error, Pointer, Problem, Result};
use crate::limits::{check_size, MAX_DEPTH};
use crate::model::adjudication::Adjudication;
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;
use crate::model::mapping::Mapping;
use crate::model::report::Report;

/// Parses `json` as a `T`. On failure the error names the line, the column and, for shape errors,
/// the JSON Pointer of the offending value.
///
/// One pass of serde_json, the same in every build: a shape error's pointer is found afterwards
/// from the position serde_json reports ([`locate`]), so no path is tracked while reading (which
/// made every reader twice as large in WebAssembly, and slower everywhere).
pub(crate) fn parse<'de, T: Deserialize<'de>>(document: DocumentKind, json: &'de str) -> Result<T> {
    check_size(document, json.len() as u64)?;
    // A UTF-8 byte-order mark (U+FEFF, as a text read with it keeps it) is skipped.
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    let de = &mut serde_json::Deserializer::from_str(json);
    let (data, inner) = match T::deserialize(&mut *de) {
        // Only whitespace may follow the document.
        Ok(v) => match de.end() {
            Ok(()) => return Ok(v),
            Err(e) => (false, e),
        },
        Err(e) => (e.classify() == serde_json::error::Category::Data, e),
    };
    let message = strip_position(&inner.to_string());
    let mut problem = if data {
        let (kind, _) = shape_details(&message);
        shape_problem(locate(json, inner.line(), inner.column(), kind), &message)
    } else if message == "recursion limit exceeded" {
        Problem::new(Pointer::root(), Code::TooDeep, details([("limit", json!(MAX_DEPTH))]))
    } else {
        let mut d = details([("reason", json!(syntax_reason(&message)))]);
        if inner.line() > 0 {
            d.insert("line".into(), json!(inner.line()));
            d.insert("column".into(), json!(inner.column()));
        }
        Problem::new(Pointer::root(), Code::MalformedJson, d)
    };
    if inner.line() > 0 {
        problem.line = Some(inner.line());
        problem.column = Some(inner.column());
    }
    Err(Error::Parse { document, problem })
}

/// The JSON Pointer of the value a shape error of kind `kind` (see [`shape_details`]) is about,
/// from the position serde_json gives it (`line`, 1-based, and `column`, the number of bytes
/// before the position on its line). serde_json places a shape error where its reader stands
/// when the error leaves the value being read:
/// - after a scalar it has read (a string, a number, `true`, `null`...): that value;
/// - before a value it has only looked at (an object or array where something else is
///   expected), that is after `:` or after `[` / `,` in an array: that value;
/// - after an object or array it has closed (a missing field, a wrong length): that value;
/// - after a key: the key's member for an unknown field; otherwise (a duplicate field, an
///   object with an unknown variant where an enumerated value is expected) the object.
///
/// The text up to the position is read again by a small scanner that keeps the path (object
/// keys, array indexes) it is at. Only called for shape errors, so the text is valid JSON up to
/// the position.
fn locate(json: &str, line: usize, column: usize, kind: &str) -> Pointer {
    let bytes = json.as_bytes();
    // The byte offset of the position.
    let start: usize = json.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let end = (start + column).min(bytes.len());

    /// One open container: an object with the key of the member being read, or an array with the
    /// index of the element being read.
    enum Frame {
        Object(Option<String>),
        Array(usize),
    }
    /// The last thing read before the position (whitespace aside).
    enum Last {
        Nothing,
        /// `{`, or `,` in an object: a key comes next.
        KeyNext,
        /// A key, before its `:`.
        Key,
        /// `:`, or `[` / `,` in an array: a value comes next.
        ValueNext,
        /// A whole value (scalar, object or array), with its pointer.
        Value(Pointer),
    }
    fn path(frames: &[Frame]) -> Pointer {
        frames.iter().fold(Pointer::root(), |p, f| match f {
            Frame::Object(Some(k)) => p.key(k),
            Frame::Object(None) => p,
            Frame::Array(i) => p.index(*i),
        })
    }
    let mut frames: Vec<Frame> = Vec::new();
    let mut last = Last::Nothing;
    let mut i = 0;
    while let Some(&b) = bytes.get(i).filter(|_| i < end) {
        match b {
            b' ' | b'\t' | b'\n' | b'\r' => {}
            b'{' => {
                frames.push(Frame::Object(None));
                last = Last::KeyNext;
            }
            b'[' => {
                frames.push(Frame::Array(0));
                last = Last::ValueNext;
            }
            b'}' | b']' => {
                frames.pop();
                last = Last::Value(path(&frames));
            }
            b':' => last = Last::ValueNext,
            b',' => match frames.last_mut() {
                Some(Frame::Array(n)) => {
                    *n += 1;
                    last = Last::ValueNext;
                }
                Some(Frame::Object(key)) => {
                    *key = None;
                    last = Last::KeyNext;
                }
                None => {}
            },
            b'"' => {
                let from = i;
                i += 1;
                while let Some(&c) = bytes.get(i).filter(|&&c| c != b'"') {
                    i += if c == b'\\' { 2 } else { 1 };
                }
                if matches!(last, Last::KeyNext) {
                    if let Some(Frame::Object(key)) = frames.last_mut() {
                        let literal = json.get(from..=i).unwrap_or("");
                        *key = Some(serde_json::from_str::<String>(literal).unwrap_or_default());
                    }
                    last = Last::Key;
                } else {
                    last = Last::Value(path(&frames));
                }
            }
            _ => {
                // A number or a literal (`true`, `false`, `null`).
                while bytes.get(i + 1).is_some_and(|c| i + 1 < end && !matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b',' | b'}' | b']' | b':')) {
                    i += 1;
                }
                last = Last::Value(path(&frames));
            }
        }
        i += 1;
    }
    match last {
        Last::Nothing => Pointer::root(),
        Last::Value(p) => p,
        Last::Key if kind != "unknown_field" => {
            if let Some(Frame::Object(key)) = frames.last_mut() {
                *key = None;
            }
            path(&frames)
        }
        Last::KeyNext | Last::Key | Last::ValueNext => path(&frames),
    }
}

/// Converts an already-parsed JSON value into a `T`, with the same located errors (no line numbers).
pub(crate) fn from_value<T: DeserializeOwned>(document: DocumentKind, value: Value) -> Result<T> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let at = pointer_of(e.path());
        let inner = e.into_inner();
        Error::Parse { document, problem: shape_problem(at, &strip_position(&inner.to_string())) }
    })
}

/// Reads `bytes` as the UTF-8 text of a document, the same way in every front end: a UTF-8
/// byte-order mark is skipped; UTF-16 and UTF-32 (told by their byte-order mark or by the NUL
/// bytes around the first ASCII character) and invalid UTF-8 are refused with
/// `invalid_encoding`; a document over the size limit with `input_too_large`.
pub fn decode(document: DocumentKind, bytes: &[u8]) -> Result<&str> {
    check_size(document, bytes.len() as u64)?;
    let refuse = |encoding: &str, offset: Option<usize>| {
        let mut d = details([("encoding", json!(encoding))]);
        if let Some(o) = offset {
            d.insert("offset".into(), json!(o));
        }
        Err(Error::Parse { document, problem: Problem::new(Pointer::root(), Code::InvalidEncoding, d) })
    };
    let utf32 = match bytes {
        [0xFF, 0xFE, 0, 0, ..] | [_, 0, 0, 0, ..] => Some("utf-32le"),
        [0, 0, 0xFE, 0xFF, ..] | [0, 0, 0, _, ..] => Some("utf-32be"),
        _ => None,
    };
    if let Some(e) = utf32 {
        return refuse(e, None);
    }
    match bytes {
        [0xFF, 0xFE, ..] | [_, 0, ..] => return refuse("utf-16le", None),
        [0xFE, 0xFF, ..] | [0, _, ..] => return refuse("utf-16be", None),
        _ => {}
    }
    let (bom, text) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => (3, rest),
        None => (0, bytes),
    };
    match std::str::from_utf8(text) {
        Ok(s) => Ok(s),
        Err(e) => refuse("utf-8", Some(bom + e.valid_up_to())),
    }
}

/// The pointer of a serde path (an unknown segment ends it: what is known of the location).
pub(crate) fn pointer_of(path: &serde_path_to_error::Path) -> Pointer {
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
pub(crate) fn shape_problem(at: Pointer, message: &str) -> Problem {
    let (kind, mut d) = shape_details(message);
    d.insert("problem".into(), Value::from(kind));
    Problem::new(at, Code::InvalidStructure, d)
}

/// serde's standard messages (`missing field `x``, `invalid type: string "a", expected u32`,
/// ...) as a problem kind and its values; types are named by tokens (`string`, `integer`,
/// `number`, `boolean`, `array`, `object`, ...) that the catalog words in each language.
fn shape_details(message: &str) -> (&'static str, Details) {
    let ticked = |s: &str| -> Vec<String> { s.split('`').skip(1).step_by(2).map(str::to_owned).collect() };
    if let Some(rest) = message.strip_prefix("missing field ") {
        return ("missing_field", details([("field", json!(ticked(rest).first()))]));
    }
    if let Some(rest) = message.strip_prefix("duplicate field ") {
        return ("duplicate_field", details([("field", json!(ticked(rest).first()))]));
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let names = ticked(rest);
        return ("unknown_field", details([("field", json!(names.first())), ("expected", json!(names.get(1..).unwrap_or_default()))]));
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let names = ticked(rest);
        return ("unknown_variant", details([("found", json!(names.first())), ("expected", json!(names.get(1..).unwrap_or_default()))]));
    }
    for (prefix, kind) in [("invalid type: ", "invalid_type"), ("invalid value: ", "invalid_value"), ("invalid length ", "invalid_length")] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let (found, expected) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
            return (kind, details([("found", json!(type_token(found))), ("expected", json!(type_token(expected)))]));
        }
    }
    ("other", Details::new())
}

/// The JSON type serde names in `found` or `expected`, as a catalog token; other phrases
/// (e.g. `a date`) are kept as they are.
fn type_token(s: &str) -> String {
    let first = s.split([' ', '`']).next().unwrap_or(s);
    let token = match first {
        "string" | "a" if s.starts_with("string") || s == "a string" || s.starts_with("a string") => "string",
        "u8" | "u16" | "u32" | "u64" | "usize" => "unsigned",
        "i8" | "i16" | "i32" | "i64" | "isize" | "integer" => "integer",
        "f32" | "f64" | "floating" => "number",
        "boolean" | "bool" => "boolean",
        "null" | "unit" => "null",
        "sequence" => "array",
        "map" | "struct" => "object",
        _ => match s {
            "a boolean" => "boolean",
            "a sequence" => "array",
            "a map" => "object",
            s if s.starts_with("struct ") || s.starts_with("an object") => "object",
            s if s.starts_with("a string") => "string",
            other => return other.to_string(),
        },
    };
    token.to_string()
}

/// A stable token for serde_json's syntax messages (the catalog words it in each language).
fn syntax_reason(message: &str) -> &'static str {
    match message {
        m if m.starts_with("EOF while parsing") => "eof",
        "trailing characters" | "trailing comma" => "trailing",
        "expected value" | "expected ident" => "expected-value",
        "expected `:`" => "expected-colon",
        m if m.starts_with("expected `,`") => "expected-comma",
        "key must be a string" => "key-not-string",
        m if m.contains("escape") || m.contains("control character") || m.contains("surrogate") || m.contains("code point") => "invalid-string",
        m if m.contains("number") => "invalid-number",
        "recursion limit exceeded" => "too-deep",
        _ => "other",
    }
}

/// serde_json appends " at line X column Y"; we report those as fields instead.
pub(crate) fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg.get(..i).unwrap_or(msg).to_string(),
        None => msg.to_string(),
    }
}

/// Tells a framework from an assessment, a mapping (or a score report) by content: a mapping has
/// `source`, `target` and `maps`; a report has `root` and
/// a `framework` stamp with a `digest`; an assessment has a `framework` object, `subject` or
/// `responses`; a framework has `groups`, `scales` or `levels`. Text that is not JSON yields the
/// located syntax error.
pub fn detect_document(json: &str) -> Result<DocumentKind, Problem> {
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    // Only the top-level keys are read (every value skipped), not the whole document.
    match serde_json::from_str::<Top>(json) {
        Ok(Top::Object(top)) => {
            if top.maps && top.source && top.target {
                Ok(DocumentKind::Mapping)
            } else if top.root && top.framework == Some(FrameworkField { object: true, digest: true }) {
                Ok(DocumentKind::Report)
            } else if top.framework.is_some_and(|f| f.object) || top.responses || top.subject {
                Ok(DocumentKind::Assessment)
            } else if top.groups || top.scales || top.levels {
                Ok(DocumentKind::Framework)
            } else {
                Err(Problem::new(Pointer::root(), Code::InvalidStructure, details([("problem", json!("unknown_document"))])))
            }
        }
        Ok(Top::Other) => Err(Problem::new(Pointer::root(), Code::InvalidStructure, details([("problem", json!("not_an_object"))]))),
        Err(_) => match parse::<Value>(DocumentKind::Framework, json) {
            Err(Error::Parse { problem, .. }) => Err(problem),
            _ => Err(Problem::new(Pointer::root(), Code::MalformedJson, Details::new())),
        },
    }
}

/// What [`detect_document`] reads of a document: which top-level keys it has (the last of a
/// repeated key counts, as everywhere else), and what its `framework` member is.
enum Top {
    Object(TopKeys),
    Other,
}

#[derive(Default)]
struct TopKeys {
    maps: bool,
    source: bool,
    target: bool,
    root: bool,
    responses: bool,
    subject: bool,
    groups: bool,
    scales: bool,
    levels: bool,
    framework: Option<FrameworkField>,
}

/// Whether a `framework` member is an object, and whether that object has a `digest`.
#[derive(Clone, Copy, PartialEq, Eq)]
struct FrameworkField {
    object: bool,
    digest: bool,
}

/// Skips any value: the top level is an object or something else, and nothing else matters.
macro_rules! other_values {
    ($out:expr) => {
        fn visit_bool<E>(self, _: bool) -> std::result::Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_i64<E>(self, _: i64) -> std::result::Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_u64<E>(self, _: u64) -> std::result::Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_f64<E>(self, _: f64) -> std::result::Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_str<E>(self, _: &str) -> std::result::Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_unit<E>(self) -> std::result::Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Self::Value, A::Error> {
            while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
            Ok($out)
        }
    };
}

impl<'de> Deserialize<'de> for Top {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Top;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON document")
            }
            other_values!(Top::Other);
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<Top, A::Error> {
                let mut top = TopKeys::default();
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    if key == "framework" {
                        top.framework = Some(map.next_value::<FrameworkField>()?);
                        continue;
                    }
                    let flag = match &*key {
                        "maps" => &mut top.maps,
                        "source" => &mut top.source,
                        "target" => &mut top.target,
                        "root" => &mut top.root,
                        "responses" => &mut top.responses,
                        "subject" => &mut top.subject,
                        "groups" => &mut top.groups,
                        "scales" => &mut top.scales,
                        "levels" => &mut top.levels,
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                            continue;
                        }
                    };
                    *flag = true;
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(Top::Object(top))
            }
        }
        d.deserialize_any(Visit)
    }
}

impl<'de> Deserialize<'de> for FrameworkField {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = FrameworkField;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            other_values!(FrameworkField { object: false, digest: false });
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<FrameworkField, A::Error> {
                let mut digest = false;
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    digest |= key == "digest";
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(FrameworkField { object: true, digest })
            }
        }
        d.deserialize_any(Visit)
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
    Mapping => DocumentKind::Mapping, "a mapping";
    Adjudication => DocumentKind::Adjudication, "an adjudication";
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
        assert_eq!((k, d.get("found"), d.get("expected")), ("invalid_type", Some(&json!("string")), Some(&json!("unsigned"))));
        let (_, d) = shape_details("invalid type: integer `7`, expected a string");
        assert_eq!((d.get("found"), d.get("expected")), (Some(&json!("integer")), Some(&json!("string"))));
        let (_, d) = shape_details("invalid type: floating point `1.5`, expected struct Subject");
        assert_eq!((d.get("found"), d.get("expected")), (Some(&json!("number")), Some(&json!("object"))));
        assert_eq!(syntax_reason("EOF while parsing an object"), "eof");
        assert_eq!(syntax_reason("key must be a string"), "key-not-string");
        let (k, d) = shape_details("unknown variant `levels`, expected one of `level`, `index`, `compliance`");
        assert_eq!((k, d.get("found")), ("unknown_variant", Some(&json!("levels"))));
        assert_eq!(shape_details("something else").0, "other");
    }

    /// The pointer serde_path_to_error finds while reading, for comparison with [`locate`]'s.
    fn tracked<T: DeserializeOwned>(json: &str) -> Option<String> {
        let de = &mut serde_json::Deserializer::from_str(json);
        match serde_path_to_error::deserialize::<_, T>(de) {
            Err(e) if e.inner().classify() == serde_json::error::Category::Data => Some(pointer_of(e.path()).as_str().to_owned()),
            _ => None,
        }
    }

    /// Every way to break a document's shape at every place in it: each value replaced by a value
    /// of every JSON type, each member removed, an unknown member added to each object, a member
    /// written twice; written indented and on one line.
    #[allow(clippy::expect_used, clippy::indexing_slicing, clippy::unreachable)]
    fn broken_variants(json: &str) -> Vec<String> {
        fn places(v: &Value, at: Vec<String>, out: &mut Vec<Vec<String>>) {
            out.push(at.clone());
            match v {
                Value::Object(m) => m.iter().for_each(|(k, c)| places(c, [at.clone(), vec![k.clone()]].concat(), out)),
                Value::Array(a) => a.iter().enumerate().for_each(|(i, c)| places(c, [at.clone(), vec![i.to_string()]].concat(), out)),
                _ => {}
            }
        }
        fn at<'a>(v: &'a mut Value, path: &[String]) -> &'a mut Value {
            path.iter().fold(v, |v, s| match v {
                Value::Object(m) => m.get_mut(s).expect("key"),
                Value::Array(a) => &mut a[s.parse::<usize>().expect("index")],
                _ => unreachable!(),
            })
        }
        let doc: Value = serde_json::from_str(json).expect("example");
        let mut paths = Vec::new();
        places(&doc, Vec::new(), &mut paths);
        let replacements = [json!("x"), json!(7), json!(-1), json!(1.5), json!(true), json!(null), json!([]), json!([1]), json!({}), json!({"zz": 1})];
        let mut out = Vec::new();
        for path in &paths {
            for r in &replacements {
                let mut d = doc.clone();
                *at(&mut d, path) = r.clone();
                out.push(d);
            }
            let mut d = doc.clone();
            let keys = if let Value::Object(m) = at(&mut d, path) {
                m.insert("zz ~/\"é".into(), json!(1));
                m.keys().filter(|k| *k != "zz ~/\"é").cloned().collect::<Vec<_>>()
            } else {
                Vec::new()
            };
            if !keys.is_empty() {
                out.push(d);
                for k in keys {
                    let mut e = doc.clone();
                    if let Value::Object(m) = at(&mut e, path) {
                        m.remove(&k);
                    }
                    out.push(e);
                }
            }
        }
        let mut texts: Vec<String> =
            out.iter().flat_map(|d| [serde_json::to_string(d).expect("json"), serde_json::to_string_pretty(d).expect("json")]).collect();
        // A member written twice (serde_json::Value cannot hold it): the first key of every object.
        for (i, _) in json.match_indices("{\n") {
            let rest = &json[i + 2..];
            if let Some(end) = rest.find(",\n") {
                let member = &rest[..end];
                if member.trim_start().starts_with('"') && !member.contains('{') && !member.contains('[') {
                    texts.push(format!("{}{},\n{}", &json[..i + 2], member, rest));
                }
            }
        }
        texts
    }

    /// The pointer found from serde_json's position after the fact is the one a path-tracking
    /// reader finds while reading, for every broken variant of the example framework and
    /// assessment (several thousand documents).
    #[test]
    fn located_pointers_equal_the_tracked_ones() {
        let mut compared = 0;
        for (json, is_framework) in [(crate::examples::FRAMEWORK, true), (crate::examples::ASSESSMENT, false)] {
            for text in broken_variants(json) {
                let (expected, got) = if is_framework {
                    (tracked::<Framework>(&text), Framework::from_json(&text).err())
                } else {
                    (tracked::<Assessment>(&text), Assessment::from_json(&text).err())
                };
                let Some(expected) = expected else { continue };
                let found = match got {
                    Some(Error::Parse { problem, .. }) => problem.pointer.as_str().to_owned(),
                    other => format!("no parse error: {other:?}"),
                };
                assert_eq!(found, expected, "{text}");
                compared += 1;
            }
        }
        assert!(compared > 1000, "only {compared} shape errors compared");
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
