//! Interchange: OSCAL catalogs and profiles, CISO Assistant libraries and questionnaire
//! workbooks, each a call of the core's importer or exporter (the rules live there).

use std::sync::Arc;

use kalkan::{api, CisoOptions, CompiledFramework, DocumentKind, Error, FrameworkSource, ImportScale, OscalOptions};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::convert::{to_py, value_to_py};
use crate::document::{Doc, FrameworkArg};
use crate::errors::{self, guard};

fn oscal_options(id: Option<String>, version: Option<String>, scale: &str) -> Result<OscalOptions, Error> {
    let scale = match scale {
        "implementation" => ImportScale::Implementation,
        "yes-no-na" => ImportScale::YesNoNa,
        other => {
            return Err(Error::InvalidArgument {
                argument: "scale".into(),
                expected: "`implementation` or `yes-no-na`".into(),
                found: other.into(),
                reason: None,
            })
        }
    };
    Ok(OscalOptions { id, version, scale })
}

/// An OSCAL catalog (JSON text) as `{framework, report}`.
#[pyfunction]
#[pyo3(signature = (catalog, id = None, version = None, scale = "implementation"))]
pub(crate) fn import_oscal_catalog<'py>(
    py: Python<'py>,
    catalog: &str,
    id: Option<String>,
    version: Option<String>,
    scale: &str,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let out = py.detach(|| oscal_options(id, version, scale).and_then(|o| kalkan::import_oscal_catalog(catalog, &o))).map_err(|e| errors::core(py, &e))?;
        to_py(py, &out)
    })
}

/// An OSCAL profile resolved against its catalog (both JSON text) as `{framework, profile,
/// targets, restricted, report}`.
#[pyfunction]
#[pyo3(signature = (profile, catalog, id = None, version = None, scale = "implementation", restrict = false))]
pub(crate) fn import_oscal_profile<'py>(
    py: Python<'py>,
    profile: &str,
    catalog: &str,
    id: Option<String>,
    version: Option<String>,
    scale: &str,
    restrict: bool,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let out = py
            .detach(|| oscal_options(id, version, scale).and_then(|o| kalkan::import_oscal_profile(profile, catalog, &o, restrict)))
            .map_err(|e| errors::core(py, &e))?;
        to_py(py, &out)
    })
}

/// A CISO Assistant framework library (YAML text) as `{framework, report}`.
#[pyfunction]
#[pyo3(signature = (library, id = None, version = None, meets_from = None))]
pub(crate) fn import_ciso_assistant<'py>(
    py: Python<'py>,
    library: &str,
    id: Option<String>,
    version: Option<String>,
    meets_from: Option<f64>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let options = CisoOptions { id, version, meets_from };
        let out = py.detach(|| kalkan::import_ciso_library(library, &options)).map_err(|e| errors::core(py, &e))?;
        to_py(py, &out)
    })
}

/// `kalkan::api::import_ciso_mapping`: a CISO Assistant mapping library (YAML text) as
/// `{mappings, report}`, its sets' requirements resolved through `frameworks`, a JSON array of
/// framework libraries (YAML texts) or of their imports (`{framework, report}`). The JSON API,
/// so that Python hands the core exactly what WebAssembly does.
#[pyfunction]
pub(crate) fn import_ciso_mapping<'py>(py: Python<'py>, mapping: &str, frameworks: &str) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let text = py.detach(|| api::import_ciso_mapping(mapping, frameworks)).map_err(|e| errors::data(py, &e))?;
        let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| errors::internal(py, &format!("cannot read a result: {e}")))?;
        value_to_py(py, &value)
    })
}

/// A questionnaire workbook (bytes) of `framework`, or of `assessment` (its answers filled in;
/// its framework is `framework`, else the built-in one it names), in `lang`.
#[pyfunction]
#[pyo3(signature = (framework = None, assessment = None, lang = "en"))]
pub(crate) fn export_xlsx<'py>(
    py: Python<'py>,
    framework: Option<&Bound<'py, PyAny>>,
    assessment: Option<&Bound<'py, PyAny>>,
    lang: &str,
) -> PyResult<Bound<'py, PyBytes>> {
    guard(py, || {
        let fw = FrameworkArg::from_py(framework)?;
        let doc = assessment.filter(|a| !a.is_none()).map(|a| Doc::read(a, DocumentKind::Assessment)).transpose()?;
        let bytes = py
            .detach(|| -> Result<Vec<u8>, Error> {
                match doc {
                    Some(d) => {
                        let a = d?.assessment()?;
                        let f = fw.resolve(&a)?;
                        let problems = f.validate_assessment(&a);
                        if !problems.is_empty() {
                            return Err(Error::Invalid { document: DocumentKind::Assessment, problems });
                        }
                        kalkan::export_xlsx(&f, Some(&a), lang)
                    }
                    None => {
                        let f: Arc<CompiledFramework> = match fw {
                            FrameworkArg::Compiled(c) => c,
                            FrameworkArg::Doc(d) => Arc::new(d.and_then(Doc::compile)?),
                            FrameworkArg::Builtin => {
                                return Err(Error::InvalidArgument {
                                    argument: "framework".into(),
                                    expected: "a framework, or an assessment".into(),
                                    found: "None".into(),
                                    reason: None,
                                })
                            }
                        };
                        kalkan::export_xlsx(&f, None, lang)
                    }
                }
            })
            .map_err(|e| errors::core(py, &e))?;
        Ok(PyBytes::new(py, &bytes))
    })
}

/// A filled questionnaire workbook (bytes) as `{assessment, report}`, checked against
/// `framework` (else the built-in framework the workbook names).
#[pyfunction]
#[pyo3(signature = (workbook, framework = None))]
pub(crate) fn import_xlsx<'py>(py: Python<'py>, workbook: &[u8], framework: Option<&Bound<'py, PyAny>>) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let fw = FrameworkArg::from_py(framework)?;
        let out = py
            .detach(|| -> Result<_, Error> {
                let source = match fw {
                    FrameworkArg::Compiled(c) => FrameworkSource::pinned(c),
                    FrameworkArg::Doc(d) => FrameworkSource::pinned(Arc::new(d.and_then(Doc::compile)?)),
                    FrameworkArg::Builtin => FrameworkSource::builtin(),
                };
                kalkan::import_xlsx(workbook, &source)
            })
            .map_err(|e| errors::core(py, &e))?;
        to_py(py, &out)
    })
}
