//! A score report held in Rust (`_kalkan.ReportData`), converted to Python data only when asked.
//! Batch scoring hands back thousands of these, so nothing is converted up front.

use kalkan::{DocumentKind, Report};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde_json::Value;

use crate::convert::{to_json, to_py, value_to_py};
use crate::document::Doc;
use crate::errors::{self, guard};

/// One report. Wrapped by `kalkan.Report`.
#[pyclass(frozen, module = "kalkan._kalkan", name = "ReportData")]
pub(crate) struct PyReportData {
    pub(crate) report: Report,
}

#[pymethods]
impl PyReportData {
    /// Reads a report back: JSON text (`str` or UTF-8 `bytes`, the output of `to_json`) or its
    /// `to_dict()` form, through the same document path as frameworks and assessments.
    #[staticmethod]
    fn load(py: Python<'_>, source: &Bound<'_, PyAny>) -> PyResult<Self> {
        guard(py, || {
            let doc = Doc::from_py(source, DocumentKind::Report)?;
            py.detach(|| doc.report()).map(|report| PyReportData { report }).map_err(|e| errors::core(py, &e))
        })
    }

    #[getter]
    fn framework_id(&self) -> &str {
        &self.report.framework.id
    }

    #[getter]
    fn framework_version(&self) -> &str {
        &self.report.framework.version
    }

    #[getter]
    fn subject_name(&self) -> &str {
        &self.report.subject.name
    }

    #[getter]
    fn level(&self) -> Option<u32> {
        self.report.root.level
    }

    #[getter]
    fn index(&self) -> Option<f64> {
        self.report.root.index
    }

    #[getter]
    fn compliance(&self) -> Option<f64> {
        self.report.root.compliance
    }

    #[getter]
    fn completeness(&self) -> f64 {
        self.report.root.completeness
    }

    /// The report as the core serializes it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || to_py(py, &self.report))
    }

    /// The report as JSON text: compact, or indented by `indent` spaces.
    #[pyo3(signature = (indent = None))]
    fn to_json(&self, py: Python<'_>, indent: Option<usize>) -> PyResult<String> {
        guard(py, || to_json(&self.report, indent).map_err(|e| errors::internal(py, &format!("cannot serialize a report: {e}"))))
    }

    /// The core's tidy rows (`Report::rows`), one dict per group, root first.
    fn rows<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || to_py(py, &self.report.rows()))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyReportData>().is_ok_and(|o| o.get().report == self.report)
    }
}

/// The rows (`Report::rows`) of every report as columns (field name → list), for building a
/// DataFrame column by column instead of from one dict per row (about 3x faster). Each row crosses
/// as its serde form, so the columns are whatever fields `GroupRow` has: none is named here, and
/// the Python layer orders them by the row schema. No rows: no columns.
#[pyfunction]
pub(crate) fn report_columns<'py>(py: Python<'py>, reports: Vec<PyRef<'py, PyReportData>>) -> PyResult<Bound<'py, PyDict>> {
    guard(py, || columns(py, reports.iter().map(|r| &r.report)))
}

/// The rows of reports as columns (for `review::score_rows`).
pub(crate) fn columns_of<'py>(py: Python<'py>, reports: &[Report]) -> PyResult<Bound<'py, PyDict>> {
    columns(py, reports.iter())
}

/// Every row of `reports`, as columns of their serde fields.
fn columns<'py, 'r>(py: Python<'py>, reports: impl Iterator<Item = &'r Report>) -> PyResult<Bound<'py, PyDict>> {
    let mut names: Vec<String> = Vec::new();
    let mut columns: Vec<Vec<Bound<'py, PyAny>>> = Vec::new();
    for report in reports {
        for row in report.rows() {
            let cells = match serde_json::to_value(&row) {
                Ok(Value::Object(cells)) => cells,
                Ok(_) => return Err(errors::internal(py, "a report row is not a JSON object")),
                Err(e) => return Err(errors::internal(py, &format!("cannot convert a report row: {e}"))),
            };
            if names.is_empty() {
                names = cells.keys().cloned().collect();
                columns = names.iter().map(|_| Vec::new()).collect();
            }
            // Every row has the same fields (`GroupRow` skips none), in the same (sorted) order.
            if cells.len() != names.len() || !cells.keys().zip(&names).all(|(a, b)| a == b) {
                return Err(errors::internal(py, "report rows with different fields"));
            }
            for (column, value) in columns.iter_mut().zip(cells.values()) {
                column.push(value_to_py(py, value)?);
            }
        }
    }
    let d = PyDict::new(py);
    for (name, column) in names.iter().zip(columns) {
        d.set_item(name, PyList::new(py, column)?)?;
    }
    Ok(d)
}
