//! The national review (`_kalkan.review_*` functions and `_kalkan.Aggregator`): conversion only.
//! Documents arrive as JSON text (the Python layer reads paths and serializes dicts); results
//! leave as the core's serde output; every operation runs without the GIL.

use std::sync::Arc;

use kalkan::{api, Aggregator, AggregatorState, CohortKey, ErrorData, FrameworkSource, Report, StreamItem, StreamScorer};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList};

use crate::convert::value_to_py;
use crate::errors::{self, guard};
use crate::framework::PyCompiledFramework;

/// The exception object for an error the core returned as data.
fn data_error(py: Python<'_>, e: &ErrorData) -> PyErr {
    let build = || -> PyResult<Bound<'_, PyAny>> { py.import("kalkan._errors")?.getattr("_from_core")?.call1((crate::convert::to_py(py, e)?,)) };
    match build() {
        Ok(exc) => PyErr::from_value(exc),
        Err(err) => err,
    }
}

/// A JSON API result as Python data, or its error raised.
fn result(py: Python<'_>, r: Result<String, ErrorData>) -> PyResult<Bound<'_, PyAny>> {
    let text = r.map_err(|e| data_error(py, &e))?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| errors::internal(py, &format!("cannot read a result: {e}")))?;
    value_to_py(py, &value)
}

/// `kalkan::api::documents_array`: several documents' JSON texts as one JSON array text, each
/// checked to be one JSON value.
#[pyfunction]
pub(crate) fn review_documents(py: Python<'_>, texts: Vec<String>) -> PyResult<String> {
    guard(py, || {
        let r = py.detach(|| {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            api::documents_array(&refs)
        });
        r.map_err(|e| data_error(py, &e))
    })
}

/// `kalkan::api::merge`.
#[pyfunction]
#[pyo3(signature = (assessments, rule, framework = None, adjudication = None))]
pub(crate) fn review_merge<'py>(
    py: Python<'py>,
    assessments: &str,
    rule: &str,
    framework: Option<&str>,
    adjudication: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let r = py.detach(|| api::merge(framework, assessments, rule, adjudication));
        result(py, r)
    })
}

/// `kalkan::api::compare`.
#[pyfunction]
#[pyo3(signature = (old, new, framework = None))]
pub(crate) fn review_compare<'py>(py: Python<'py>, old: &str, new: &str, framework: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let r = py.detach(|| api::compare(framework, old, new));
        result(py, r)
    })
}

/// `kalkan::api::trend`.
#[pyfunction]
#[pyo3(signature = (assessments, framework = None))]
pub(crate) fn review_trend<'py>(py: Python<'py>, assessments: &str, framework: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let r = py.detach(|| api::trend(framework, assessments));
        result(py, r)
    })
}

/// `kalkan::api::aggregate`.
#[pyfunction]
#[pyo3(signature = (assessments, options, framework = None))]
pub(crate) fn review_aggregate<'py>(py: Python<'py>, assessments: &str, options: &str, framework: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let r = py.detach(|| api::aggregate(framework, assessments, options));
        result(py, r)
    })
}

/// `kalkan::api::place`.
#[pyfunction]
#[pyo3(signature = (assessments, subject, options, framework = None))]
pub(crate) fn review_place<'py>(py: Python<'py>, assessments: &str, subject: &str, options: &str, framework: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let r = py.detach(|| api::place(framework, assessments, subject, options));
        result(py, r)
    })
}

/// `kalkan::api::anonymize`.
#[pyfunction]
pub(crate) fn review_anonymize<'py>(py: Python<'py>, assessment: &str, pseudonym: &str, options: &str) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let r = py.detach(|| api::anonymize(assessment, pseudonym, options));
        result(py, r)
    })
}

fn source(framework: Option<PyRef<'_, PyCompiledFramework>>) -> FrameworkSource {
    match framework {
        Some(f) => FrameworkSource::pinned(Arc::clone(&f.inner)),
        None => FrameworkSource::builtin(),
    }
}

/// Scores JSON texts in parallel without the GIL: the reports in order, and `(position, error)`
/// for each text that failed.
fn score_texts(py: Python<'_>, source: FrameworkSource, texts: Vec<String>) -> (Vec<Report>, Vec<(usize, kalkan::Error)>) {
    py.detach(move || {
        let mut reports = Vec::with_capacity(texts.len());
        let mut failed = Vec::new();
        let items = texts.into_iter().enumerate().map(|(i, t)| StreamItem { label: i.to_string(), text: Ok(t) });
        let _ = StreamScorer::new(source).run(
            items,
            |_, r| r.map(|(_, r)| r),
            |label, r| -> Result<(), ()> {
                match r {
                    Ok(r) => reports.push(r),
                    Err(e) => failed.push((label.parse().unwrap_or(0), e)),
                }
                Ok(())
            },
        );
        (reports, failed)
    })
}

fn failures<'py>(py: Python<'py>, failed: &[(usize, kalkan::Error)]) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    for (i, e) in failed {
        let exc = errors::exception(py, e)?;
        exc.setattr("index", *i)?;
        out.append(exc)?;
    }
    Ok(out)
}

/// Benchmark statistics collected from scored assessments; mergeable across processes.
#[pyclass(module = "kalkan._kalkan", name = "Aggregator")]
pub(crate) struct PyAggregator {
    inner: Aggregator,
}

#[pymethods]
impl PyAggregator {
    #[new]
    #[pyo3(signature = (by = Vec::new()))]
    fn new(py: Python<'_>, by: Vec<String>) -> PyResult<Self> {
        guard(py, || {
            let by = by.iter().map(|k| CohortKey::parse(k)).collect::<Result<Vec<_>, _>>().map_err(|e| errors::core(py, &e))?;
            Ok(PyAggregator { inner: Aggregator::new(by) })
        })
    }

    /// Scores JSON texts (in parallel, without the GIL) and adds the reports; returns the
    /// exception of every text that failed, with `.index` set.
    #[pyo3(signature = (texts, framework = None))]
    fn add_texts<'py>(&mut self, py: Python<'py>, texts: Vec<String>, framework: Option<PyRef<'py, PyCompiledFramework>>) -> PyResult<Bound<'py, PyList>> {
        guard(py, || {
            let (reports, failed) = score_texts(py, source(framework), texts);
            for r in &reports {
                self.inner.add(r);
            }
            failures(py, &failed)
        })
    }

    /// Adds what another aggregator collected (same cohort keys).
    fn merge(&mut self, py: Python<'_>, other: PyRef<'_, PyAggregator>) -> PyResult<()> {
        guard(py, || self.inner.merge(&other.inner).map_err(|e| errors::core(py, &e)))
    }

    /// The state as JSON bytes (to send to another process).
    fn to_state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        guard(py, || {
            let bytes = serde_json::to_vec(&self.inner.to_state()).map_err(|e| errors::internal(py, &e.to_string()))?;
            Ok(PyBytes::new(py, &bytes))
        })
    }

    /// An aggregator from `to_state()`'s bytes.
    #[staticmethod]
    fn from_state(py: Python<'_>, state: &[u8]) -> PyResult<Self> {
        guard(py, || {
            let s: AggregatorState = serde_json::from_slice(state).map_err(|e| errors::internal(py, &format!("not an aggregator state: {e}")))?;
            Ok(PyAggregator { inner: Aggregator::from_state(s) })
        })
    }

    /// The statistics (the core's `Benchmark`), small cohorts suppressed.
    fn statistics<'py>(&self, py: Python<'py>, k: u64) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || crate::convert::to_py(py, &self.inner.statistics(k)))
    }

    /// Where an assessment (JSON text) stands among the peers collected.
    #[pyo3(signature = (assessment, k, framework = None))]
    fn place<'py>(&self, py: Python<'py>, assessment: &str, k: u64, framework: Option<PyRef<'py, PyCompiledFramework>>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let src = source(framework);
            let placed = py.detach(|| {
                let a = kalkan::Assessment::from_json(assessment)?;
                let report = src.for_assessment(&a)?.score(&a, None)?;
                self.inner.place(&report, k)
            });
            crate::convert::to_py(py, &placed.map_err(|e| errors::core(py, &e))?)
        })
    }

    fn __len__(&self) -> usize {
        usize::try_from(self.inner.len()).unwrap_or(usize::MAX)
    }
}

/// Scores JSON texts (in parallel, without the GIL) into tidy rows as columns (the `GroupRow`
/// fields), and the exceptions of the texts that failed (with `.index`).
#[pyfunction]
#[pyo3(signature = (texts, framework = None))]
pub(crate) fn score_rows<'py>(
    py: Python<'py>,
    texts: Vec<String>,
    framework: Option<PyRef<'py, PyCompiledFramework>>,
) -> PyResult<(Bound<'py, PyDict>, Bound<'py, PyList>)> {
    guard(py, || {
        let (reports, failed) = score_texts(py, source(framework), texts);
        let cols = crate::report::columns_of(py, &reports)?;
        Ok((cols, failures(py, &failed)?))
    })
}
