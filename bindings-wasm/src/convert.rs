//! Conversions at the JavaScript boundary: documents in, plain JSON values out, errors as
//! `KalkanError` objects.
//!
//! Documents cross as JSON text (or as objects, which are turned into JSON text first) so that
//! the core's parser, with its located errors, sees exactly what the CLI and Python see.
//! Results go out through `JSON.parse` of the core's JSON, so maps become plain objects and
//! numbers are exactly the numbers the other bindings print.

use js_sys::{Object, Reflect, JSON};
use kalkan::{Code, DocumentKind, Error, ErrorData, ErrorKind, Problem};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The name of every error this package throws.
pub(crate) const ERROR_NAME: &str = "KalkanError";

/// A JavaScript `Error` named `KalkanError` that carries the fields of [`ErrorData`]:
/// `kind`, `document`, `code`, `message` and `problems` (each with `path`, `code`, `message`).
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

/// An error about the shape of an input before the core could see it.
fn shape_error(kind: DocumentKind, code: Code, message: String) -> JsValue {
    throw(&Error::Parse { kind, problem: Problem::new("", code, message) })
}

/// The JSON text of a document given as a string (taken verbatim) or as an object.
pub(crate) fn document_text(value: &JsValue, kind: DocumentKind) -> Result<String, JsValue> {
    if let Some(text) = value.as_string() {
        return Ok(text);
    }
    if !value.is_object() {
        let got = type_name(value);
        return Err(shape_error(kind, Code::InvalidStructure, format!("expected the {kind} as JSON text or as an object, got `{got}`")));
    }
    match JSON::stringify(value) {
        Ok(text) => text.as_string().ok_or_else(|| shape_error(kind, Code::InvalidStructure, format!("the {kind} object has no JSON form"))),
        Err(e) => {
            let why = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
            Err(shape_error(kind, Code::MalformedJson, format!("the {kind} object cannot be written as JSON: {why}")))
        }
    }
}

/// The JavaScript type of a value as a message names it (`null` rather than `object`).
fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".to_string()
    } else if value.is_array() {
        "array".to_string()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// An argument that is not a document (a profile id, a language tag, a framework spec) of the
/// wrong JavaScript type: a `KalkanError` with code `invalid_structure` naming the argument.
fn argument_error(name: &str, expected: &str, value: &JsValue) -> JsValue {
    let message = format!("argument `{name}` must be {expected}, got `{}`", type_name(value));
    error_value(&ErrorData {
        kind: ErrorKind::Parse,
        document: None,
        code: Code::InvalidStructure,
        problems: vec![Problem::new(name, Code::InvalidStructure, message.clone())],
        message,
    })
}

/// A string argument `name`.
pub(crate) fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| argument_error(name, "a string", value))
}

/// An optional string argument `name`: `null` and `undefined` mean "none".
pub(crate) fn optional_string_arg(value: &JsValue, name: &str) -> Result<Option<String>, JsValue> {
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| argument_error(name, "a string, null or undefined", value))
}

/// An optional document: `null` and `undefined` mean "none".
pub(crate) fn optional_document_text(value: &JsValue, kind: DocumentKind) -> Result<Option<String>, JsValue> {
    if value.is_null() || value.is_undefined() {
        Ok(None)
    } else {
        document_text(value, kind).map(Some)
    }
}

/// JSON text from the core as a plain JavaScript value.
pub(crate) fn from_json_text(text: &str) -> Result<JsValue, JsValue> {
    JSON::parse(text).map_err(|_| shape_error(DocumentKind::Framework, Code::InvalidStructure, "the result is not valid JSON".to_string()))
}

/// A serializable core value as a plain JavaScript value.
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text =
        serde_json::to_string(value).map_err(|e| shape_error(DocumentKind::Framework, Code::InvalidStructure, format!("cannot serialize the result: {e}")))?;
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
