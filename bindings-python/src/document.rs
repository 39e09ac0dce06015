//! Input documents: JSON text (`str`, or `bytes` decoded by the core's `kalkan::decode`) or
//! already-parsed data (a mapping). Paths are read by the Python layer (after checking their size
//! with `check_size`) and arrive here as bytes.

use std::sync::Arc;

use kalkan::{Assessment, Code, CompiledFramework, Details, DocumentKind, Error, Framework, FrameworkSource, Problem, Report};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyBytes, PyString};
use serde_json::Value;

use crate::convert::{py_to_json, py_to_value};

/// Nesting (of a `dict`) from which it is converted to a `Value` rather than parsed from text:
/// below the JSON parser's recursion limit (128) with room to spare.
const NEAR_MAX_DEPTH: usize = 100;

/// The `Value` of a `dict`'s JSON text, for its error: the same `Value` the dict converts to.
fn value_of(text: &str) -> Result<Value, Error> {
    serde_json::from_str(text).map_err(|e| Error::Internal { reason: format!("cannot read back a dict's JSON text: {e}") })
}
use crate::errors;
use crate::framework::PyCompiledFramework;

/// A framework, assessment or report as the caller gave it.
pub(crate) enum Doc {
    /// JSON text; borrowed from the Python `str` without copying.
    Text(PyBackedStr),
    /// JSON text in `bytes`, borrowed without copying: checked with the core's decoding when
    /// read, and decoded again (no copy, the same bytes) where it is used.
    Bytes(PyBackedBytes, DocumentKind),
    /// A `dict`, written as JSON text by [`py_to_json`]. Parsed from the text when that
    /// succeeds; otherwise the error is the one the `Value` of the same data gives (as when dicts
    /// were converted to a `Value`: the same problem, without line and column).
    Dict(String),
    /// A parsed document (a deeply nested `dict`).
    Value(Value),
}

impl Doc {
    /// Reads `obj` as a document of `kind`. The outer error is a `TypeError` (not a document at
    /// all); the inner one is the core's parse error (a document that is not JSON).
    pub(crate) fn read(obj: &Bound<'_, PyAny>, kind: DocumentKind) -> PyResult<Result<Doc, Error>> {
        if let Ok(s) = obj.cast::<PyString>() {
            return Ok(Ok(Doc::Text(s.to_owned().try_into()?)));
        }
        if let Ok(b) = obj.cast::<PyBytes>() {
            // The core's decoding: a UTF-8 byte-order mark skipped, other encodings refused.
            return Ok(kalkan::decode(kind, b.as_bytes()).map(|_| Doc::Bytes(b.to_owned().into(), kind)));
        }
        if obj.cast::<pyo3::types::PyMapping>().is_ok() {
            // Written as JSON text and parsed from it (far less memory than a `Value` tree); a
            // document nested near the parser's depth limit is converted to a `Value` instead,
            // which has no such limit (as before).
            let converted = match py_to_json(obj) {
                Ok((text, deepest)) if deepest < NEAR_MAX_DEPTH => Ok(Doc::Dict(text)),
                Ok(_) => py_to_value(obj).map(Doc::Value),
                Err(e) => Err(e),
            };
            return Ok(converted.map_err(|e| Error::Parse {
                document: kind,
                problem: Problem::new(e.pointer, Code::InvalidStructure, {
                    let mut d = details([("problem", "not_json".into()), ("reason", e.reason.into())]);
                    if let Some(found) = e.found {
                        d.insert("found".into(), found.into());
                    }
                    d
                }),
            }));
        }
        let article = match kind {
            DocumentKind::Assessment | DocumentKind::Adjudication => "an",
            _ => "a",
        };
        Err(PyTypeError::new_err(format!(
            "expected {article} {kind} as JSON text (str or bytes), a dict or a path (os.PathLike), found a `{}`",
            obj.get_type().name().map(|n| n.to_string()).unwrap_or_default()
        )))
    }

    /// Reads `obj` as a document of `kind`, raising the core's parse error.
    pub(crate) fn from_py(obj: &Bound<'_, PyAny>, kind: DocumentKind) -> PyResult<Doc> {
        Doc::read(obj, kind)?.map_err(|e| errors::core(obj.py(), &e))
    }

    /// The JSON text of a text document (`str` or `bytes`); `None` for a parsed one.
    pub(crate) fn json(&self) -> Option<Result<&str, Error>> {
        match self {
            Doc::Text(s) => Some(Ok(s)),
            Doc::Bytes(b, kind) => Some(kalkan::decode(*kind, b)),
            Doc::Dict(_) | Doc::Value(_) => None,
        }
    }

    pub(crate) fn framework(self) -> Result<Framework, Error> {
        match self {
            Doc::Text(s) => Framework::from_json(&s),
            Doc::Bytes(b, kind) => Framework::from_json(kalkan::decode(kind, &b)?),
            Doc::Dict(s) => Framework::from_json(&s).or_else(|_| Framework::from_value(value_of(&s)?)),
            Doc::Value(v) => Framework::from_value(v),
        }
    }

    pub(crate) fn assessment(self) -> Result<Assessment, Error> {
        match self {
            Doc::Text(s) => Assessment::from_json(&s),
            Doc::Bytes(b, kind) => Assessment::from_json(kalkan::decode(kind, &b)?),
            Doc::Dict(s) => Assessment::from_json(&s).or_else(|_| Assessment::from_value(value_of(&s)?)),
            Doc::Value(v) => Assessment::from_value(v),
        }
    }

    /// A score report read back.
    pub(crate) fn report(self) -> Result<Report, Error> {
        match self {
            Doc::Text(s) => Report::from_json(&s),
            Doc::Bytes(b, kind) => Report::from_json(kalkan::decode(kind, &b)?),
            Doc::Dict(s) => Report::from_json(&s).or_else(|_| Report::from_value(value_of(&s)?)),
            Doc::Value(v) => Report::from_value(v),
        }
    }

    pub(crate) fn compile(self) -> Result<CompiledFramework, Error> {
        match self {
            Doc::Text(s) => CompiledFramework::from_json(&s),
            Doc::Bytes(b, kind) => CompiledFramework::from_json(kalkan::decode(kind, &b)?),
            Doc::Dict(s) => match Framework::from_json(&s) {
                Ok(f) => CompiledFramework::new(f),
                Err(_) => CompiledFramework::new(Framework::from_value(value_of(&s)?)?),
            },
            Doc::Value(v) => CompiledFramework::new(Framework::from_value(v)?),
        }
    }
}

/// The framework argument of an operation: compiled already, a document to compile, or none
/// (take the built-in framework the assessment names).
pub(crate) enum FrameworkArg {
    Compiled(Arc<CompiledFramework>),
    /// A document, or why it could not be read as one (reported when the framework is needed).
    Doc(Result<Doc, Error>),
    Builtin,
}

impl FrameworkArg {
    pub(crate) fn from_py(obj: Option<&Bound<'_, PyAny>>) -> PyResult<FrameworkArg> {
        match obj {
            None => Ok(FrameworkArg::Builtin),
            Some(o) if o.is_none() => Ok(FrameworkArg::Builtin),
            Some(o) => match o.cast::<PyCompiledFramework>() {
                Ok(c) => Ok(FrameworkArg::Compiled(c.get().inner.clone())),
                Err(_) => Doc::read(o, DocumentKind::Framework).map(FrameworkArg::Doc),
            },
        }
    }

    /// The framework to use for `a`: the one given (pinned), or the built-in one it names; the
    /// core's `FrameworkSource` rule, as the JSON API applies it.
    pub(crate) fn resolve(self, a: &Assessment) -> Result<Arc<CompiledFramework>, Error> {
        let source = match self {
            FrameworkArg::Compiled(c) => FrameworkSource::pinned(c),
            FrameworkArg::Doc(d) => FrameworkSource::pinned(Arc::new(d.and_then(Doc::compile)?)),
            FrameworkArg::Builtin => FrameworkSource::builtin(),
        };
        source.for_assessment(a)
    }
}

/// Problem details from `(name, value)` pairs.
fn details<const N: usize>(pairs: [(&str, serde_json::Value); N]) -> Details {
    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}
