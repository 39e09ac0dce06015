//! JSON values to Python objects and back. Results cross as the core's serde output, so Python
//! sees exactly the fields and values the JSON API would return.

use kalkan::Pointer;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString, PyTuple};
use serde::Serialize;
use serde_json::{Map, Number, Value};

/// Nesting deeper than this is refused, as serde_json refuses it in text: it keeps a cyclic or
/// absurdly deep Python structure from exhausting the stack.
const MAX_DEPTH: usize = 128;

/// A JSON value as the equivalent Python object (`dict`, `list`, `str`, `int`, `float`, `bool`, `None`).
pub(crate) fn value_to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else {
                PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(value_to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, item) in map {
                dict.set_item(k, value_to_py(py, item)?)?;
            }
            dict.into_any()
        }
    })
}

/// Any serializable core type as Python data.
pub(crate) fn to_py<'py, T: Serialize>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    let value = serde_json::to_value(v).map_err(|e| crate::errors::internal(py, &format!("cannot convert a result to Python data: {e}")))?;
    value_to_py(py, &value)
}

/// `v` as JSON text: compact, or indented by `indent` spaces.
pub(crate) fn to_json<T: Serialize>(v: &T, indent: Option<usize>) -> serde_json::Result<String> {
    match indent {
        None => serde_json::to_string(v),
        Some(n) => {
            let pad = " ".repeat(n);
            let mut out = Vec::new();
            let mut ser = serde_json::Serializer::with_formatter(&mut out, serde_json::ser::PrettyFormatter::with_indent(pad.as_bytes()));
            v.serialize(&mut ser)?;
            Ok(String::from_utf8_lossy(&out).into_owned())
        }
    }
}

/// Why a Python object is not a JSON value, and where in it: a stable `reason` token (which the
/// core's catalog words in each language) and, where it helps, the Python type found.
#[derive(Debug)]
pub(crate) struct NotJson {
    pub pointer: Pointer,
    pub reason: &'static str,
    pub found: Option<String>,
}

/// A Python object (dicts with string keys, lists, tuples, str, int, float, bool, None) as a
/// JSON value.
pub(crate) fn py_to_value(obj: &Bound<'_, PyAny>) -> Result<Value, NotJson> {
    convert(obj, &Pointer::root(), 0)
}

fn not_json(at: &Pointer, reason: &'static str) -> NotJson {
    NotJson { pointer: at.clone(), reason, found: None }
}

fn not_json_type(at: &Pointer, reason: &'static str, obj: &Bound<'_, PyAny>) -> NotJson {
    NotJson { pointer: at.clone(), reason, found: Some(type_name(obj)) }
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "object".into())
}

fn convert(obj: &Bound<'_, PyAny>, path: &Pointer, depth: usize) -> Result<Value, NotJson> {
    if depth > MAX_DEPTH {
        return Err(not_json(path, "too_deep"));
    }
    if obj.is_none() {
        return Ok(Value::Null);
    }
    // bool before int: Python's bool is a subclass of int.
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Err(not_json(path, "integer_too_large"));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let x = f.value();
        return Number::from_f64(x).map(Value::Number).ok_or_else(|| not_json(path, "not_finite"));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return s.to_str().map(|s| Value::String(s.to_owned())).map_err(|_| not_json(path, "not_unicode"));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::new();
        for (k, v) in d.iter() {
            insert(&mut map, &k, &v, path, depth)?;
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut out = Vec::new();
        let iter = obj.try_iter().map_err(|_| not_json(path, "not_iterable"))?;
        for (i, item) in iter.enumerate() {
            let item = item.map_err(|_| not_json(path, "not_iterable"))?;
            out.push(convert(&item, &path.clone().index(i), depth + 1)?);
        }
        return Ok(Value::Array(out));
    }
    if let Ok(m) = obj.cast::<PyMapping>() {
        let mut map = Map::new();
        let items = m.items().map_err(|_| not_json(path, "not_iterable"))?;
        for pair in items.iter() {
            let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) = pair.extract().map_err(|_: PyErr| not_json(path, "not_iterable"))?;
            insert(&mut map, &k, &v, path, depth)?;
        }
        return Ok(Value::Object(map));
    }
    Err(not_json_type(path, "unsupported_type", obj))
}

fn insert(map: &mut Map<String, Value>, k: &Bound<'_, PyAny>, v: &Bound<'_, PyAny>, path: &Pointer, depth: usize) -> Result<(), NotJson> {
    let key = k.cast::<PyString>().map_err(|_| not_json_type(path, "key_not_string", k))?.to_str().map_err(|_| not_json(path, "not_unicode"))?.to_owned();
    let value = convert(v, &path.clone().key(&key), depth + 1)?;
    map.insert(key, value);
    Ok(())
}

/// A Python object as JSON text, refused exactly as [`py_to_value`] refuses it (the same checks
/// in the same order, the same pointers and reasons), and the deepest nesting it reached.
/// Parsing the text gives the same `Value` as `py_to_value`, but a document parsed from text
/// never holds a whole `Value` tree (a `serde_json::Map` node costs hundreds of bytes per
/// object: an assessment with a million responses took a gigabyte that way).
pub(crate) fn py_to_json(obj: &Bound<'_, PyAny>) -> Result<(String, usize), NotJson> {
    let mut out = Vec::new();
    let mut deepest = 0;
    write_json(obj, &Pointer::root(), 0, &mut out, &mut deepest)?;
    let text = String::from_utf8(out).map_err(|_| not_json(&Pointer::root(), "not_unicode"))?;
    Ok((text, deepest))
}

fn write_str(out: &mut Vec<u8>, s: &str) {
    // Writing a `str` into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

fn write_json(obj: &Bound<'_, PyAny>, path: &Pointer, depth: usize, out: &mut Vec<u8>, deepest: &mut usize) -> Result<(), NotJson> {
    if depth > MAX_DEPTH {
        return Err(not_json(path, "too_deep"));
    }
    *deepest = (*deepest).max(depth);
    if obj.is_none() {
        out.extend_from_slice(b"null");
        return Ok(());
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        out.extend_from_slice(if b.is_true() { b"true" } else { b"false" });
        return Ok(());
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            out.extend_from_slice(i.to_string().as_bytes());
            return Ok(());
        }
        if let Ok(u) = obj.extract::<u64>() {
            out.extend_from_slice(u.to_string().as_bytes());
            return Ok(());
        }
        return Err(not_json(path, "integer_too_large"));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let n = Number::from_f64(f.value()).ok_or_else(|| not_json(path, "not_finite"))?;
        // A number writes as `Value::Number` does (a float keeps its `.0`), so it parses back the same.
        let _ = serde_json::to_writer(&mut *out, &n);
        return Ok(());
    }
    if let Ok(s) = obj.cast::<PyString>() {
        write_str(out, s.to_str().map_err(|_| not_json(path, "not_unicode"))?);
        return Ok(());
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        out.push(b'{');
        for (i, (k, v)) in d.iter().enumerate() {
            write_entry(i, &k, &v, path, depth, out, deepest)?;
        }
        out.push(b'}');
        return Ok(());
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        out.push(b'[');
        let iter = obj.try_iter().map_err(|_| not_json(path, "not_iterable"))?;
        for (i, item) in iter.enumerate() {
            let item = item.map_err(|_| not_json(path, "not_iterable"))?;
            if i > 0 {
                out.push(b',');
            }
            write_json(&item, &path.clone().index(i), depth + 1, out, deepest)?;
        }
        out.push(b']');
        return Ok(());
    }
    if let Ok(m) = obj.cast::<PyMapping>() {
        out.push(b'{');
        let items = m.items().map_err(|_| not_json(path, "not_iterable"))?;
        for (i, pair) in items.iter().enumerate() {
            let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) = pair.extract().map_err(|_: PyErr| not_json(path, "not_iterable"))?;
            write_entry(i, &k, &v, path, depth, out, deepest)?;
        }
        out.push(b'}');
        return Ok(());
    }
    Err(not_json_type(path, "unsupported_type", obj))
}

fn write_entry(
    i: usize,
    k: &Bound<'_, PyAny>,
    v: &Bound<'_, PyAny>,
    path: &Pointer,
    depth: usize,
    out: &mut Vec<u8>,
    deepest: &mut usize,
) -> Result<(), NotJson> {
    let key = k.cast::<PyString>().map_err(|_| not_json_type(path, "key_not_string", k))?.to_str().map_err(|_| not_json(path, "not_unicode"))?;
    if i > 0 {
        out.push(b',');
    }
    write_str(out, key);
    out.push(b':');
    write_json(v, &path.clone().key(key), depth + 1, out, deepest)
}
