//! A score report held in Rust (`_kalkan.ReportData`), converted to Python data only when asked.
//! Batch scoring hands back thousands of these, so nothing is converted up front.

use kalkan::{DocumentKind, GroupRow, Report};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::convert::{to_json, to_py};
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

/// The rows of many reports as columns (name → list), for building a DataFrame column by column
/// instead of from one dict per row. Each cell still becomes a Python object (`PyList::new`
/// converts every value); what this saves is the per-row dicts and their key lookups, which makes
/// it about 3x faster than building the frame from `rows()`.
#[derive(Default)]
struct Columns {
    subject: Vec<String>,
    subject_kind: Vec<Option<String>>,
    country: Vec<Option<String>>,
    sector: Vec<Option<String>>,
    framework: Vec<String>,
    framework_version: Vec<String>,
    group: Vec<String>,
    parent: Vec<Option<String>>,
    depth: Vec<u32>,
    level: Vec<Option<u32>>,
    index: Vec<Option<f64>>,
    compliance: Vec<Option<f64>>,
    completeness: Vec<f64>,
    controls: Vec<u32>,
    applicable: Vec<u32>,
    answered: Vec<u32>,
    met: Vec<u32>,
    not_applicable: Vec<u32>,
    target_level: Vec<Option<u32>>,
    target_reached: Vec<Option<bool>>,
}

impl Columns {
    fn push(&mut self, r: GroupRow) {
        // Destructured so that a field added to `GroupRow` fails to compile here until handled.
        let GroupRow {
            subject,
            subject_kind,
            country,
            sector,
            framework,
            framework_version,
            group,
            parent,
            depth,
            level,
            index,
            compliance,
            completeness,
            controls,
            applicable,
            answered,
            met,
            not_applicable,
            target_level,
            target_reached,
        } = r;
        self.subject.push(subject);
        self.subject_kind.push(subject_kind);
        self.country.push(country);
        self.sector.push(sector);
        self.framework.push(framework);
        self.framework_version.push(framework_version);
        self.group.push(group);
        self.parent.push(parent);
        self.depth.push(depth);
        self.level.push(level);
        self.index.push(index);
        self.compliance.push(compliance);
        self.completeness.push(completeness);
        self.controls.push(controls);
        self.applicable.push(applicable);
        self.answered.push(answered);
        self.met.push(met);
        self.not_applicable.push(not_applicable);
        self.target_level.push(target_level);
        self.target_reached.push(target_reached);
    }

    fn into_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
        let d = PyDict::new(py);
        macro_rules! put {
            ($($name:ident),*) => { $( d.set_item(stringify!($name), PyList::new(py, self.$name)?)?; )* };
        }
        put!(
            subject,
            subject_kind,
            country,
            sector,
            framework,
            framework_version,
            group,
            parent,
            depth,
            level,
            index,
            compliance,
            completeness,
            controls,
            applicable,
            answered,
            met,
            not_applicable,
            target_level,
            target_reached
        );
        Ok(d)
    }
}

/// The rows (`Report::rows`) of every report, as columns in `GroupRow` field order.
#[pyfunction]
pub(crate) fn report_columns<'py>(py: Python<'py>, reports: Vec<PyRef<'py, PyReportData>>) -> PyResult<Bound<'py, PyDict>> {
    guard(py, || {
        let mut cols = Columns::default();
        for r in &reports {
            for row in r.report.rows() {
                cols.push(row);
            }
        }
        cols.into_py(py)
    })
}

/// The rows of reports as columns (for `review::score_rows`).
pub(crate) fn columns_of<'py>(py: Python<'py>, reports: &[Report]) -> PyResult<Bound<'py, PyDict>> {
    let mut cols = Columns::default();
    for r in reports {
        for row in r.rows() {
            cols.push(row);
        }
    }
    cols.into_py(py)
}
