//! Core errors as the `kalkan` package's exception classes, and the panic guard.
//!
//! The classes live in `kalkan/_errors.py` (so that they can inherit from both `KalkanError` and
//! `ValueError`/`LookupError`/`OSError`); this module hands them the core's `ErrorData` and lets
//! `_errors._from_core` pick the class from its `kind`. Every exception this crate raises for a
//! core condition, a panic included, is built from a core `Error`, so it carries the same kind,
//! code, pointer, message and details as in Rust and JavaScript.

use std::panic::{catch_unwind, AssertUnwindSafe};

use kalkan::{Error, ErrorData};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;

const ERRORS_MODULE: &str = "kalkan._errors";

/// The exception object (not raised) for a core error: `_errors._from_core` picks the class
/// from the core's `kind`, and every field (code, pointer, details, problems) becomes an attribute.
pub(crate) fn exception<'py>(py: Python<'py>, e: &Error) -> PyResult<Bound<'py, PyAny>> {
    let data = crate::convert::to_py(py, &e.to_data())?;
    py.import(ERRORS_MODULE)?.getattr("_from_core")?.call1((data,))
}

/// A core error, ready to raise.
pub(crate) fn core(py: Python<'_>, e: &Error) -> PyErr {
    match exception(py, e) {
        Ok(exc) => PyErr::from_value(exc),
        Err(err) => err,
    }
}

/// An error the core returned as data (its JSON API's `ErrorData`), ready to raise.
pub(crate) fn data(py: Python<'_>, e: &ErrorData) -> PyErr {
    let build = || -> PyResult<Bound<'_, PyAny>> { py.import(ERRORS_MODULE)?.getattr("_from_core")?.call1((crate::convert::to_py(py, e)?,)) };
    match build() {
        Ok(exc) => PyErr::from_value(exc),
        Err(err) => err,
    }
}

/// `kalkan.InternalError`: a bug in Kalkan, not in the caller's input (the core's `internal` error).
pub(crate) fn internal(py: Python<'_>, reason: &str) -> PyErr {
    let e = Error::Internal { reason: reason.to_string() };
    match exception(py, &e) {
        Ok(exc) => PyErr::from_value(exc),
        Err(_) => PyRuntimeError::new_err(e.to_string()),
    }
}

/// The exception object (not raised) of the core's `unreadable` error, for a file the Python
/// layer could not read: the same kind, code, message and details as when the core reads one.
#[pyfunction]
pub(crate) fn unreadable_error<'py>(py: Python<'py>, path: &str, reason: &str) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || exception(py, &Error::Unreadable { path: path.to_string(), reason: reason.to_string() }))
}

/// The exception object (not raised) of the core's `internal` error, for a bug the Python layer
/// finds (e.g. core data its generated types do not know).
#[pyfunction]
pub(crate) fn internal_error<'py>(py: Python<'py>, reason: &str) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || exception(py, &Error::Internal { reason: reason.to_string() }))
}

/// Runs an entry point so that a Rust panic surfaces as `kalkan.InternalError` instead of
/// pyo3's `PanicException` (a `BaseException` that ordinary `except Exception` does not catch).
pub(crate) fn guard<T>(py: Python<'_>, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(internal(py, &format!("panic: {what}")))
        }
    }
}
