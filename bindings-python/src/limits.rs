//! Declared input limits and decoding (`_kalkan.limits`, `set_limits`, `check_size`, `decode`):
//! conversion only. The limits are the core's process-wide `kalkan::Limits`; decoding is the
//! core's `kalkan::decode`, so bytes are read the same way as in every other front end.

use kalkan::{api, DocumentKind, ErrorData};
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::convert::{to_py, value_to_py};
use crate::errors::{self, guard};

/// A JSON API result as Python data, or its error raised.
fn result(py: Python<'_>, r: Result<String, ErrorData>) -> PyResult<Bound<'_, PyAny>> {
    let text = r.map_err(|e| errors::data(py, &e))?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| errors::internal(py, &format!("cannot read a result: {e}")))?;
    value_to_py(py, &value)
}

/// The document kind named `document`; an unknown name raises the core's `invalid_argument`
/// (as `api::decode` words it: the name is checked before any byte is looked at).
fn document_kind(py: Python<'_>, document: &str) -> PyResult<DocumentKind> {
    serde_json::from_value(serde_json::Value::from(document)).map_err(|_| match api::decode(document, &[]) {
        Err(e) => errors::data(py, &e),
        Ok(_) => errors::internal(py, &format!("`{document}` is not a document kind, yet the core accepted it")),
    })
}

/// The limits in force (`kalkan::Limits`, as a dict).
#[pyfunction]
pub(crate) fn limits(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    guard(py, || to_py(py, &kalkan::Limits::current()))
}

/// Puts limits in force (`limits`: a JSON object of `kalkan::Limits` fields; missing fields take
/// their defaults) and returns the limits now in force. An unknown field or a 0 raises the core's
/// `invalid_argument`.
#[pyfunction]
pub(crate) fn set_limits<'py>(py: Python<'py>, limits: &str) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || result(py, api::set_limits(limits)))
}

/// Checks the size of a document before it is read (`kalkan::check_size`): raises the core's
/// `input_too_large` when `size` (bytes) is over the limit.
#[pyfunction]
pub(crate) fn check_size(py: Python<'_>, document: &str, size: u64) -> PyResult<()> {
    guard(py, || {
        let kind = document_kind(py, document)?;
        kalkan::check_size(kind, size).map_err(|e| errors::core(py, &e))
    })
}

/// Reads bytes as the UTF-8 text of a `document` (`kalkan::decode`): a UTF-8 byte-order mark is
/// skipped; UTF-16, UTF-32 and invalid UTF-8 raise `invalid_encoding`, a document over the size
/// limit `input_too_large`.
#[pyfunction]
pub(crate) fn decode<'py>(py: Python<'py>, document: &str, data: &[u8]) -> PyResult<Bound<'py, PyString>> {
    guard(py, || {
        let kind = document_kind(py, document)?;
        let text = py.detach(|| kalkan::decode(kind, data)).map_err(|e| errors::core(py, &e))?;
        Ok(PyString::new(py, text))
    })
}
