//! Conversions at the JavaScript boundary: documents in, plain JSON values out, errors as
//! `KalkanError` objects.
//!
//! Documents cross as JSON text (or as objects, which are turned into JSON text first) so that
//! the core's parser, with its located errors, sees exactly what the CLI and Python see.
//! Results go out through `JSON.parse` of the core's JSON, so maps become plain objects and
//! numbers are exactly the numbers the other bindings print.

use js_sys::{Object, Reflect, JSON};
use kalkan::{Assessment, Code, Details, DocumentKind, Error, ErrorData, Pointer, Problem};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The name of every error this package throws.
pub(crate) const ERROR_NAME: &str = "KalkanError";

/// A JavaScript `Error` named `KalkanError` that carries the fields of [`ErrorData`]:
/// `kind`, `document` (when about one), `code`, `pointer`, `message`, `details` and `problems`.
pub(crate) fn error_value(data: &ErrorData) -> JsValue {
    let err = js_sys::Error::new(&data.message);
    err.set_name(ERROR_NAME);
    // The fields are copied from the core's own serialization, so they read exactly like the
    // `error` of a conformance case and like the CLI's JSON output.
    if let Ok(fields) = serde_json::to_string(data).map_err(drop).and_then(|text| JSON::parse(&text).map_err(drop)) {
        if let Some(fields) = fields.dyn_ref::<Object>() {
            Object::assign(err.unchecked_ref::<Object>(), fields);
        }
    }
    err.into()
}

/// A core error as a thrown value.
pub(crate) fn throw(error: &Error) -> JsValue {
    error_value(&error.to_data())
}

/// A bug in this package or the core (a result that cannot be converted): `internal`.
pub(crate) fn internal(reason: String) -> JsValue {
    throw(&Error::Internal { reason })
}

/// The JavaScript type of a value as a message names it (`null` rather than `object`).
pub(crate) fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".to_string()
    } else if value.is_array() {
        "array".to_string()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// [`Details`] from `(name, value)` pairs.
fn details<const N: usize>(pairs: [(&str, Value); N]) -> Details {
    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

/// An error about the JavaScript type of a document (at `pointer`: the root, or `/i` for the
/// `i`-th of an array), before the core could see it.
fn document_type_error(kind: DocumentKind, code: Code, found: &str, pointer: Pointer) -> JsValue {
    let details = if code == Code::MalformedJson {
        details([("reason", json!("unserializable")), ("found", json!(found))])
    } else {
        details([("problem", json!("invalid_type")), ("expected", json!("document")), ("found", json!(found))])
    };
    throw(&Error::Parse { document: kind, problem: Problem::new(pointer, code, details) })
}

/// The JSON text of a value given as an object: what `JSON.stringify` writes, or the reason it
/// cannot (cycles, BigInts).
fn stringify(value: &JsValue) -> Result<String, String> {
    match JSON::stringify(value) {
        Ok(text) => text.as_string().ok_or_else(|| "it has no JSON form".to_string()),
        Err(e) => Err(e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default()),
    }
}

/// The JSON text of a document given as a string (taken verbatim) or as an object.
pub(crate) fn document_text(value: &JsValue, kind: DocumentKind) -> Result<String, JsValue> {
    document_text_at(value, kind, Pointer::root())
}

/// [`document_text`] of a document at `pointer` (for errors about its JavaScript type).
fn document_text_at(value: &JsValue, kind: DocumentKind, pointer: Pointer) -> Result<String, JsValue> {
    if let Some(text) = value.as_string() {
        return Ok(text);
    }
    let got = type_name(value);
    if !value.is_object() {
        return Err(document_type_error(kind, Code::InvalidStructure, &got, pointer));
    }
    stringify(value).map_err(|_| document_type_error(kind, Code::MalformedJson, &got, pointer))
}

/// An array argument `name` of documents (each JSON text or an object): their JSON texts. An
/// item of the wrong JavaScript type is an error at `/i`, as the core locates problems of the
/// `i`-th document.
#[cfg(feature = "analysis")]
pub(crate) fn documents_arg(value: &JsValue, name: &str, kind: DocumentKind) -> Result<Vec<String>, JsValue> {
    if !value.is_array() {
        return Err(argument_error(name, "an array of documents (JSON text or objects)", &type_name(value), None));
    }
    js_sys::Array::from(value).iter().enumerate().map(|(i, item)| document_text_at(&item, kind, Pointer::root().index(i))).collect()
}

/// An options argument `name`: a plain object as JSON text, or `{}` for `null` and `undefined`.
/// What the options hold is the core's to check.
#[cfg(any(feature = "analysis", feature = "import"))]
pub(crate) fn options_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    if value.is_null() || value.is_undefined() {
        return Ok("{}".to_string());
    }
    let expected = "an object of options, null or undefined";
    if !is_plain_object(value) {
        return Err(argument_error(name, expected, &type_name(value), None));
    }
    stringify(value).map_err(|why| argument_error(name, expected, &type_name(value), Some(&why)))
}

/// An object argument `name` that must be given: a plain object as JSON text. What it holds is
/// the core's to check.
pub(crate) fn options_arg_strict(value: &JsValue, name: &str, expected: &str) -> Result<String, JsValue> {
    if !is_plain_object(value) {
        return Err(argument_error(name, expected, &type_name(value), None));
    }
    stringify(value).map_err(|why| argument_error(name, expected, &type_name(value), Some(&why)))
}

/// An argument that is not a document (a profile id, a language tag, chart items) of the wrong
/// JavaScript type or shape: the core's `invalid_argument` error (kind `argument`), whose details
/// name the argument.
pub(crate) fn argument_error(name: &str, expected: &str, found: &str, why: Option<&str>) -> JsValue {
    throw(&Error::InvalidArgument { argument: name.to_string(), expected: expected.to_string(), found: found.to_string(), reason: why.map(str::to_owned) })
}

/// The message values argument `name`: a plain object of texts, numbers and lists of them (a
/// problem's or a warning's `details`), or nothing.
pub(crate) fn details_arg(value: &JsValue, name: &str) -> Result<BTreeMap<String, Value>, JsValue> {
    if value.is_null() || value.is_undefined() {
        return Ok(BTreeMap::new());
    }
    let expected = "an object of texts, numbers and lists";
    if !is_plain_object(value) {
        return Err(argument_error(name, expected, &type_name(value), None));
    }
    let text = stringify(value).map_err(|why| argument_error(name, expected, "object", Some(&why)))?;
    serde_json::from_str(&text).map_err(|e| argument_error(name, expected, "object", Some(&e.to_string())))
}

/// A number argument `name`: a finite number.
pub(crate) fn number_arg(value: &JsValue, name: &str) -> Result<f64, JsValue> {
    match value.as_f64() {
        Some(v) if v.is_finite() => Ok(v),
        Some(_) => Err(argument_error(name, "a finite number", "number", Some("it is not finite"))),
        None => Err(argument_error(name, "a finite number", &type_name(value), None)),
    }
}

/// A string argument `name`.
pub(crate) fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| argument_error(name, "a string", &type_name(value), None))
}

/// An optional string argument `name`: `null` and `undefined` mean "none".
pub(crate) fn optional_string_arg(value: &JsValue, name: &str) -> Result<Option<String>, JsValue> {
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| argument_error(name, "a string, null or undefined", &type_name(value), None))
}

/// A boolean argument `name`.
pub(crate) fn bool_arg(value: &JsValue, name: &str) -> Result<bool, JsValue> {
    value.as_bool().ok_or_else(|| argument_error(name, "a boolean", &type_name(value), None))
}

/// The fields of an object argument, read one by one (no serde: a second deserializer for these
/// small types would cost more module size than this code). Errors name the argument, the item
/// and the field.
pub(crate) struct Fields<'a> {
    name: &'a str,
    expected: &'a str,
    at: String,
    object: JsValue,
}

impl<'a> Fields<'a> {
    /// The object `value`, argument `name` (which must be `expected`), `at` where in it
    /// (e.g. `item 3 `) for messages.
    fn of(value: JsValue, name: &'a str, expected: &'a str, at: String) -> Result<Fields<'a>, JsValue> {
        if !is_plain_object(&value) {
            let found = type_name(&value);
            let why = format!("{at}must be a plain object, got `{found}`");
            return Err(argument_error(name, expected, &found, Some(&why)));
        }
        Ok(Fields { name, expected, at, object: value })
    }

    fn get(&self, field: &str) -> JsValue {
        Reflect::get(&self.object, &JsValue::from_str(field)).unwrap_or(JsValue::UNDEFINED)
    }

    fn wrong(&self, field: &str, must: &str, value: &JsValue) -> JsValue {
        let found = type_name(value);
        let why = format!("{}`{field}` must be {must}, got `{found}`", self.at);
        argument_error(self.name, self.expected, &found, Some(&why))
    }

    /// A string field.
    pub(crate) fn string(&self, field: &str) -> Result<String, JsValue> {
        let v = self.get(field);
        v.as_string().ok_or_else(|| self.wrong(field, "a string", &v))
    }

    /// A field that is a value or `null`/`undefined`, read by `read`.
    fn optional<T>(&self, field: &str, must: &str, read: impl Fn(&JsValue) -> Option<T>) -> Result<Option<T>, JsValue> {
        let v = self.get(field);
        if v.is_null() || v.is_undefined() {
            return Ok(None);
        }
        read(&v).map(Some).ok_or_else(|| self.wrong(field, must, &v))
    }

    /// A number field, or `null`.
    pub(crate) fn number(&self, field: &str) -> Result<Option<f64>, JsValue> {
        self.optional(field, "a number or null", JsValue::as_f64)
    }
}

/// Whether `value` is a plain object (`{...}`, or one made with `Object.create(null)`): not an
/// array, a date, a boxed string or any other object with fields of its own kind.
fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && {
        let proto = Object::get_prototype_of(value);
        proto.is_null() || proto == Object::get_prototype_of(&Object::new())
    }
}

/// An array argument `name` of objects, each read by `read`.
pub(crate) fn array_arg<T>(value: &JsValue, name: &str, expected: &str, read: impl Fn(&Fields<'_>) -> Result<T, JsValue>) -> Result<Vec<T>, JsValue> {
    if !value.is_array() {
        return Err(argument_error(name, expected, &type_name(value), None));
    }
    js_sys::Array::from(value).iter().enumerate().map(|(i, item)| read(&Fields::of(item, name, expected, format!("item {i}: "))?)).collect()
}

/// A localized text argument `name`: an object whose values are strings, by language tag.
pub(crate) fn text_arg(value: &JsValue, name: &str) -> Result<kalkan::Text, JsValue> {
    let expected = "an object of texts by language tag";
    let fields = Fields::of(value.clone(), name, expected, String::new())?;
    let keys = Object::keys(fields.object.unchecked_ref::<Object>());
    let mut text = std::collections::BTreeMap::new();
    for key in keys.iter() {
        let lang = key.as_string().unwrap_or_default();
        text.insert(lang.clone(), fields.string(&lang)?);
    }
    Ok(kalkan::Text(text))
}

/// A part of an assessment given on its own: the subject of a new assessment, or the response
/// to a control.
pub(crate) enum Part<'a> {
    Subject,
    Response(&'a str),
}

/// Reads a part of an assessment with the core's own parser, as the value where it sits in an
/// otherwise empty assessment (`/subject`, `/responses/<control>`), so that its problems carry
/// the core's codes and details and a pointer into the assessment the part goes into. (Line and
/// column would count in that made-up text, so they are left out.)
pub(crate) fn assessment_part(value: &JsValue, name: &str, expected: &str, part: Part<'_>) -> Result<Assessment, JsValue> {
    let found = type_name(value);
    if !value.is_object() {
        return Err(argument_error(name, expected, &found, None));
    }
    let text = stringify(value).map_err(|why| argument_error(name, expected, &found, Some(&why)))?;
    let framework = r#""framework":{"id":"","version":""}"#;
    let doc = match part {
        Part::Subject => format!(r#"{{{framework},"subject":{text}}}"#),
        Part::Response(control) => {
            let key = serde_json::to_string(control).map_err(|e| internal(e.to_string()))?;
            format!(r#"{{{framework},"subject":{{"name":""}},"responses":{{{key}:{text}}}}}"#)
        }
    };
    Assessment::from_json(&doc).map_err(|e| match e {
        Error::Parse { document, mut problem } => {
            (problem.line, problem.column) = (None, None);
            throw(&Error::Parse { document, problem })
        }
        other => throw(&other),
    })
}

/// An optional document: `null` and `undefined` mean "none".
#[cfg(any(feature = "api", feature = "oscal", feature = "xlsx"))]
pub(crate) fn optional_document_text(value: &JsValue, kind: DocumentKind) -> Result<Option<String>, JsValue> {
    if value.is_null() || value.is_undefined() {
        Ok(None)
    } else {
        document_text(value, kind).map(Some)
    }
}

/// JSON text from the core as a plain JavaScript value.
pub(crate) fn from_json_text(text: &str) -> Result<JsValue, JsValue> {
    JSON::parse(text).map_err(|_| internal("a result is not valid JSON".to_string()))
}

/// A serializable core value as a plain JavaScript value.
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| internal(format!("cannot serialize a result: {e}")))?;
    from_json_text(&text)
}

/// The result of a `kalkan::api` function as a returned or a thrown value.
pub(crate) fn api_result(result: Result<String, ErrorData>) -> Result<JsValue, JsValue> {
    match result {
        Ok(text) => from_json_text(&text),
        Err(data) => Err(error_value(&data)),
    }
}

/// Whether `value` is an error thrown by this package.
pub(crate) fn is_kalkan_error(value: &JsValue) -> bool {
    value.is_instance_of::<js_sys::Error>() && Reflect::get(value, &JsValue::from_str("name")).ok().and_then(|n| n.as_string()).as_deref() == Some(ERROR_NAME)
}
