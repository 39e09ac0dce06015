//! The module's operations. Each resolves its inputs in the same order as the core's JSON API
//! (`kalkan::api`): the assessment first, then the framework; so errors match it exactly.

use kalkan::{DocumentKind, Error, Problem, Registry, Validation};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;

use crate::convert::{py_to_value, to_py};
use crate::document::{Doc, FrameworkArg};
use crate::errors::{self, guard};
use crate::framework::PyCompiledFramework;
use crate::report::PyReportData;

/// Summaries of the built-in frameworks.
#[pyfunction]
pub(crate) fn builtin_frameworks(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    guard(py, || to_py(py, &Registry::builtin().list()))
}

/// The built-in framework `id`, newest version matching `requirement`.
#[pyfunction]
pub(crate) fn builtin_framework(py: Python<'_>, id: &str, requirement: &str) -> PyResult<PyCompiledFramework> {
    guard(py, || Registry::builtin().get(id, requirement).map(PyCompiledFramework::new).map_err(|e| errors::core(py, &e)))
}

/// Every problem of a framework document: `{valid, errors, warnings}`; never raises for bad content.
#[pyfunction]
pub(crate) fn validate_framework<'py>(py: Python<'py>, source: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let doc = Doc::read(source, DocumentKind::Framework)?;
        let v = py.detach(|| Validation::of_framework(doc.and_then(Doc::framework).as_ref()));
        to_py(py, &v)
    })
}

/// Every problem of an assessment against its framework: `{valid, errors, warnings}`.
#[pyfunction]
#[pyo3(signature = (assessment, framework = None))]
pub(crate) fn validate_assessment<'py>(py: Python<'py>, assessment: &Bound<'py, PyAny>, framework: Option<&Bound<'py, PyAny>>) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let doc = Doc::read(assessment, DocumentKind::Assessment)?;
        let fw = FrameworkArg::from_py(framework)?;
        let v = py.detach(|| {
            let checked = doc.and_then(Doc::assessment).and_then(|a| fw.resolve(&a).map(|f| (a, f)));
            Validation::of_assessment(checked.as_ref().map(|(a, f)| (&**f, a)))
        });
        to_py(py, &v)
    })
}

/// Scores an assessment against `framework` (compiled, a document, or `None` for the built-in
/// one the assessment names).
#[pyfunction]
#[pyo3(signature = (assessment, framework = None, profile = None))]
pub(crate) fn score(py: Python<'_>, assessment: &Bound<'_, PyAny>, framework: Option<&Bound<'_, PyAny>>, profile: Option<&str>) -> PyResult<PyReportData> {
    guard(py, || {
        let doc = Doc::read(assessment, DocumentKind::Assessment)?;
        let fw = FrameworkArg::from_py(framework)?;
        let report = py
            .detach(|| -> Result<_, Error> {
                let a = doc?.assessment()?;
                fw.resolve(&a)?.score(&a, profile)
            })
            .map_err(|e| errors::core(py, &e))?;
        Ok(PyReportData { report })
    })
}

/// Scores many assessments against one compiled framework, in parallel, without the GIL.
/// Returns, in input order, a `ReportData` or the exception object for each assessment: the
/// exception scoring that item alone would raise (a core error, or a `TypeError` for an item that
/// is not a document at all). Only a failure of the iterable itself is raised.
#[pyfunction]
#[pyo3(signature = (framework, assessments, profile = None))]
pub(crate) fn score_batch<'py>(
    py: Python<'py>,
    framework: PyRef<'py, PyCompiledFramework>,
    assessments: &Bound<'py, PyAny>,
    profile: Option<&str>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    guard(py, || {
        // JSON texts go through the core's parallel `score_batch`; dicts (and bytes the core
        // cannot decode, whose error takes their place) are scored one by one.
        let mut texts: Vec<Text> = Vec::new();
        let mut others = Vec::new();
        let mut order = Vec::new();
        for item in assessments.try_iter()? {
            let item = item?;
            match Doc::read(&item, DocumentKind::Assessment) {
                Ok(Ok(Doc::Text(s))) => {
                    order.push(Slot::Text);
                    texts.push(Text::Borrowed(s));
                }
                Ok(Ok(doc @ Doc::Bytes(..))) => match doc.json() {
                    // Copied: the core's batch takes texts (bytes are seldom batched).
                    Some(Ok(s)) => {
                        order.push(Slot::Text);
                        texts.push(Text::Owned(s.to_owned()));
                    }
                    _ => {
                        order.push(Slot::Other);
                        others.push(Ok(doc));
                    }
                },
                Ok(doc) => {
                    order.push(Slot::Other);
                    others.push(doc);
                }
                Err(not_a_document) => order.push(Slot::Failed(not_a_document.into_value(py).into_bound(py).into_any())),
            }
        }
        let fw = framework.inner.clone();
        let (from_texts, from_others) = py.detach(|| {
            let a = fw.score_batch(&texts, profile);
            let b: Vec<_> = others.into_iter().map(|d| d.and_then(Doc::assessment).and_then(|a| fw.score(&a, profile))).collect();
            (a, b)
        });
        let (mut from_texts, mut from_others) = (from_texts.into_iter(), from_others.into_iter());
        let mut out = Vec::with_capacity(order.len());
        for slot in order {
            let result = match slot {
                Slot::Text => from_texts.next(),
                Slot::Other => from_others.next(),
                Slot::Failed(exc) => {
                    out.push(exc);
                    continue;
                }
            };
            let obj = match result {
                Some(Ok(report)) => Bound::new(py, PyReportData { report })?.into_any(),
                Some(Err(e)) => errors::exception(py, &e)?,
                None => return Err(errors::internal(py, "batch scoring returned fewer results than assessments")),
            };
            out.push(obj);
        }
        Ok(out)
    })
}

/// Where the result of one batch item comes from.
enum Slot<'py> {
    /// The core's parallel batch over JSON texts.
    Text,
    /// One-by-one scoring (dicts, and bytes the core cannot decode).
    Other,
    /// The item is not a document: the exception reading it raised.
    Failed(Bound<'py, PyAny>),
}

/// JSON text handed to the core's batch scoring: borrowed from a Python `str`, or decoded from `bytes`.
enum Text {
    Borrowed(PyBackedStr),
    Owned(String),
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        match self {
            Text::Borrowed(s) => s,
            Text::Owned(s) => s,
        }
    }
}

/// Gap analysis of an assessment against `profile`, or else the assessment's own profile.
#[pyfunction]
#[pyo3(signature = (assessment, framework = None, profile = None))]
pub(crate) fn gaps<'py>(
    py: Python<'py>,
    assessment: &Bound<'py, PyAny>,
    framework: Option<&Bound<'py, PyAny>>,
    profile: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let doc = Doc::read(assessment, DocumentKind::Assessment)?;
        let fw = FrameworkArg::from_py(framework)?;
        let gaps = py
            .detach(|| -> Result<_, Error> {
                let a = doc?.assessment()?;
                fw.resolve(&a)?.gaps(&a, profile)
            })
            .map_err(|e| errors::core(py, &e))?;
        to_py(py, &gaps)
    })
}

/// Progress of an assessment through its framework's questionnaire.
#[pyfunction]
#[pyo3(signature = (assessment, framework = None))]
pub(crate) fn progress<'py>(py: Python<'py>, assessment: &Bound<'py, PyAny>, framework: Option<&Bound<'py, PyAny>>) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let doc = Doc::read(assessment, DocumentKind::Assessment)?;
        let fw = FrameworkArg::from_py(framework)?;
        let progress = py
            .detach(|| -> Result<_, Error> {
                let a = doc?.assessment()?;
                Ok(fw.resolve(&a)?.progress(&a))
            })
            .map_err(|e| errors::core(py, &e))?;
        to_py(py, &progress)
    })
}

/// The JSON Schema (text) of `framework`, `assessment` or `report`; `None` for other names.
#[pyfunction]
pub(crate) fn schema_json(py: Python<'_>, name: &str) -> PyResult<Option<String>> {
    guard(py, || Ok(kalkan::schema::schema_json(name)))
}

/// The core's text of one problem (`Display for Problem`), given in its serde form; `None` when
/// the core cannot read it as a problem (e.g. a code it does not know).
#[pyfunction]
pub(crate) fn problem_text(py: Python<'_>, problem: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
    guard(py, || Ok(py_to_value(problem).ok().and_then(|v| serde_json::from_value::<Problem>(v).ok()).map(|p| p.to_string())))
}

/// The message of an error (the core's `ErrorData` in its serde form) in `lang` (`en`, `ar`,
/// `fr`; other languages get English); `None` when the core cannot read it as an error.
#[pyfunction]
pub(crate) fn error_message(py: Python<'_>, error: &Bound<'_, PyAny>, lang: &str) -> PyResult<Option<String>> {
    guard(py, || Ok(py_to_value(error).ok().and_then(|v| serde_json::from_value::<kalkan::ErrorData>(v).ok()).map(|e| e.message_in(lang))))
}

/// The message of a problem (its serde form) in `lang`; `None` when the core cannot read it.
#[pyfunction]
pub(crate) fn problem_message(py: Python<'_>, problem: &Bound<'_, PyAny>, lang: &str) -> PyResult<Option<String>> {
    guard(py, || Ok(py_to_value(problem).ok().and_then(|v| serde_json::from_value::<Problem>(v).ok()).map(|p| p.message_in(lang))))
}

/// The catalog's message `id` in `lang`, with `args` (texts, or numbers that choose plural
/// forms); `None` when the catalog has no such message.
#[pyfunction]
#[pyo3(signature = (id, lang, args))]
pub(crate) fn catalog_message(py: Python<'_>, id: &str, lang: &str, args: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
    guard(py, || {
        if !kalkan::l10n::has_message(id) {
            return Ok(None);
        }
        let value = py_to_value(args)
            .map_err(|e| pyo3::exceptions::PyTypeError::new_err(format!("message arguments must be a dict of str, int or float ({})", e.reason)))?;
        let mut named = Vec::new();
        for (k, v) in value.as_object().into_iter().flatten() {
            let arg = match v {
                serde_json::Value::Number(n) => kalkan::l10n::Arg::Number(n.as_f64().unwrap_or(0.0)),
                serde_json::Value::String(s) => kalkan::l10n::Arg::Text(s.clone()),
                other => kalkan::l10n::Arg::Text(other.to_string()),
            };
            named.push((k.as_str(), arg));
        }
        Ok(Some(kalkan::l10n::message(lang, id, &named)))
    })
}

/// The languages of the message catalog (`en`, `ar`, `fr`).
#[pyfunction]
pub(crate) fn catalog_languages() -> Vec<&'static str> {
    kalkan::l10n::LANGUAGES.to_vec()
}

/// Panics inside the guard; lets the test suite check that a panic becomes `kalkan.InternalError`.
#[pyfunction]
#[allow(clippy::panic)]
pub(crate) fn _debug_panic(py: Python<'_>, message: &str) -> PyResult<()> {
    guard(py, || panic!("{message}"))
}

/// The OSCAL `assessment-results` document (a dict) of an assessment, scored against `profile`
/// or else its own: see the core's mapping (`kalkan::oscal_assessment_results`).
#[pyfunction]
#[pyo3(signature = (assessment, framework = None, profile = None))]
pub(crate) fn oscal_assessment_results<'py>(
    py: Python<'py>,
    assessment: &Bound<'py, PyAny>,
    framework: Option<&Bound<'py, PyAny>>,
    profile: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let doc = Doc::read(assessment, DocumentKind::Assessment)?;
        let fw = FrameworkArg::from_py(framework)?;
        let out = py
            .detach(|| -> Result<_, Error> {
                let a = doc?.assessment()?;
                let f = fw.resolve(&a)?;
                let report = f.score(&a, profile)?;
                kalkan::oscal_assessment_results(&f, &a, &report)
            })
            .map_err(|e| errors::core(py, &e))?;
        to_py(py, &out)
    })
}

/// The OSCAL `plan-of-action-and-milestones` document (a dict) of an assessment's gaps against
/// `profile`, or else its own profile (`kalkan::oscal_poam`).
#[pyfunction]
#[pyo3(signature = (assessment, framework = None, profile = None))]
pub(crate) fn oscal_poam<'py>(
    py: Python<'py>,
    assessment: &Bound<'py, PyAny>,
    framework: Option<&Bound<'py, PyAny>>,
    profile: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let doc = Doc::read(assessment, DocumentKind::Assessment)?;
        let fw = FrameworkArg::from_py(framework)?;
        let out = py
            .detach(|| -> Result<_, Error> {
                let a = doc?.assessment()?;
                let f = fw.resolve(&a)?;
                let gaps = f.gaps(&a, profile)?;
                kalkan::oscal_poam(&f, &a, &gaps)
            })
            .map_err(|e| errors::core(py, &e))?;
        to_py(py, &out)
    })
}
