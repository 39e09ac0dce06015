//! Core errors as the `kalkan` package's exception classes, and the panic guard.
//!
//! The classes live in `kalkan/_errors.py` (so that they can inherit from both `KalkanError` and
//! `ValueError`/`LookupError`); this module hands them the core's [`ErrorData`] and lets
//! `_errors._from_core` pick the class from its `kind` and `code`.

use std::panic::{catch_unwind, AssertUnwindSafe};

use kalkan::Error;
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

/// `kalkan.InternalError`: a bug in Kalkan, not in the caller's input.
pub(crate) fn internal(py: Python<'_>, message: &str) -> PyErr {
    let build = || -> PyResult<Bound<'_, PyAny>> { py.import(ERRORS_MODULE)?.getattr("InternalError")?.call1((message,)) };
    match build() {
        Ok(exc) => PyErr::from_value(exc),
        Err(_) => PyRuntimeError::new_err(message.to_string()),
    }
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
            Err(internal(py, &format!("internal error in kalkan (please report it): {what}")))
        }
    }
}
