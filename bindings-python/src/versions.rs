//! Framework versions for Python: diff, generated mappings, mapping validation, migration and
//! projection. Documents arrive as JSON text (the Python layer, `kalkan/_versions.py`, turns
//! dicts and paths into text); each function calls the core's JSON API and returns its result as
//! Python data, or raises the package's exception for the core's error.

use kalkan::{api, ErrorData};
use pyo3::prelude::*;

use crate::convert::{to_py, value_to_py};
use crate::errors::guard;

/// The core's result as Python data, or its error raised as the package's exception.
fn result<'py>(py: Python<'py>, r: Result<String, ErrorData>) -> PyResult<Bound<'py, PyAny>> {
    match r {
        Ok(json) => {
            let v: serde_json::Value = serde_json::from_str(&json).map_err(|e| crate::errors::internal(py, &format!("cannot read a result: {e}")))?;
            value_to_py(py, &v)
        }
        Err(data) => {
            let exc = py.import("kalkan._errors")?.getattr("_from_core")?.call1((to_py(py, &data)?,))?;
            Err(PyErr::from_value(exc))
        }
    }
}

/// The changes between two versions of a framework (both JSON text).
#[pyfunction]
#[pyo3(signature = (old, new, mapping = None))]
pub(crate) fn diff<'py>(py: Python<'py>, old: &str, new: &str, mapping: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let r = py.detach(|| api::diff(old, new, mapping));
        result(py, r)
    })
}

/// The same diff in words: `text` or `md`, in `lang`.
#[pyfunction]
#[pyo3(signature = (old, new, mapping = None, format = "text", lang = "en"))]
pub(crate) fn diff_text<'py>(py: Python<'py>, old: &str, new: &str, mapping: Option<&str>, format: &str, lang: &str) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || match py.detach(|| api::diff_text(old, new, mapping, format, lang)) {
        Ok(text) => Ok(pyo3::types::PyString::new(py, &text).into_any()),
        Err(data) => result(py, Err(data)),
    })
}

/// A mapping from `old` to `new` generated from their diff.
#[pyfunction]
pub(crate) fn generate_mapping<'py>(py: Python<'py>, old: &str, new: &str) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let r = py.detach(|| api::generate_mapping(old, new));
        result(py, r)
    })
}

/// `{valid, errors, warnings}` of a mapping document.
#[pyfunction]
#[pyo3(signature = (mapping, source = None, target = None))]
pub(crate) fn validate_mapping<'py>(py: Python<'py>, mapping: &str, source: Option<&str>, target: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let r = py.detach(|| api::validate_mapping(mapping, source, target));
        result(py, r)
    })
}

/// `{assessment, report}`: the assessment migrated to `target` (framework JSON or `id@requirement`).
#[pyfunction]
#[pyo3(signature = (assessment, target, framework = None, mapping = None))]
pub(crate) fn migrate<'py>(py: Python<'py>, assessment: &str, target: &str, framework: Option<&str>, mapping: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let r = py.detach(|| api::migrate(framework, assessment, target, mapping));
        result(py, r)
    })
}

/// The assessment projected onto `target` (framework JSON or `id@requirement`).
#[pyfunction]
#[pyo3(signature = (assessment, target, framework = None, mapping = None, profile = None))]
pub(crate) fn project<'py>(
    py: Python<'py>,
    assessment: &str,
    target: &str,
    framework: Option<&str>,
    mapping: Option<&str>,
    profile: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let r = py.detach(|| api::project(framework, assessment, target, mapping, profile));
        result(py, r)
    })
}
