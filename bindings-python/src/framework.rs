//! A compiled framework (`_kalkan.CompiledFramework`) and a registry of frameworks
//! (`_kalkan.Registry`).

use std::sync::Arc;

use kalkan::{CompiledFramework, DocumentKind};
use pyo3::prelude::*;

use crate::convert::{to_json, to_py};
use crate::document::Doc;
use crate::errors::{self, guard};

/// A validated framework, indexed for scoring. Wrapped by `kalkan.Framework`.
#[pyclass(frozen, module = "kalkan._kalkan", name = "CompiledFramework")]
pub(crate) struct PyCompiledFramework {
    pub(crate) inner: Arc<CompiledFramework>,
}

impl PyCompiledFramework {
    pub(crate) fn new(inner: Arc<CompiledFramework>) -> Self {
        PyCompiledFramework { inner }
    }
}

#[pymethods]
impl PyCompiledFramework {
    /// Parses, validates and compiles a framework document.
    #[staticmethod]
    fn load(py: Python<'_>, source: &Bound<'_, PyAny>) -> PyResult<Self> {
        guard(py, || {
            let doc = Doc::from_py(source, DocumentKind::Framework)?;
            let compiled = py.detach(|| doc.compile()).map_err(|e| errors::core(py, &e))?;
            Ok(PyCompiledFramework::new(Arc::new(compiled)))
        })
    }

    #[getter]
    fn id(&self) -> &str {
        self.inner.id()
    }

    #[getter]
    fn version(&self) -> String {
        self.inner.version().to_string()
    }

    #[getter]
    fn digest(&self) -> &str {
        self.inner.digest()
    }

    #[getter]
    fn control_count(&self) -> usize {
        self.inner.control_count()
    }

    /// The result to present first: the *effective* headline (the index for a framework
    /// without maturity levels), as reports carry it.
    #[getter]
    fn headline<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || to_py(py, &self.inner.headline()))
    }

    /// The headline the framework declares (its `headline` field).
    #[getter]
    fn declared_headline<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || to_py(py, &self.inner.declared_headline()))
    }

    /// Control ids in document order.
    fn control_ids(&self) -> Vec<String> {
        self.inner.control_ids().iter().map(|id| id.to_string()).collect()
    }

    /// The framework as written (its serde form).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || to_py(py, self.inner.framework()))
    }

    /// The framework as JSON text: compact (the canonical form, when it has no `$schema`), or
    /// indented by `indent` spaces.
    #[pyo3(signature = (indent = None))]
    fn to_json(&self, py: Python<'_>, indent: Option<usize>) -> PyResult<String> {
        guard(py, || to_json(self.inner.framework(), indent).map_err(|e| errors::internal(py, &format!("cannot serialize a framework: {e}"))))
    }

    /// The questionnaire view in `lang`.
    fn questionnaire<'py>(&self, py: Python<'py>, lang: &str) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || to_py(py, &self.inner.questionnaire(lang)))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyCompiledFramework>().is_ok_and(|o| o.get().inner.stamp() == self.inner.stamp())
    }

    fn __hash__(&self) -> u64 {
        // The digest is a hex SHA-256: its first 16 hex digits are already a good hash.
        let hex = self.inner.digest().trim_start_matches("sha256:");
        u64::from_str_radix(hex.get(..16).unwrap_or("0"), 16).unwrap_or(0)
    }

    fn __repr__(&self) -> String {
        format!("<CompiledFramework {} {}>", self.inner.id(), self.inner.version())
    }
}

/// Frameworks by id and version; the built-in ones and any the caller adds.
#[pyclass(module = "kalkan._kalkan", name = "Registry")]
pub(crate) struct PyRegistry {
    inner: kalkan::Registry,
}

#[pymethods]
impl PyRegistry {
    #[new]
    #[pyo3(signature = (builtins = true))]
    fn new(py: Python<'_>, builtins: bool) -> PyResult<Self> {
        guard(py, || Ok(PyRegistry { inner: if builtins { kalkan::Registry::builtin().clone() } else { kalkan::Registry::new() } }))
    }

    /// Adds a framework (compiled, or a document); returns it compiled.
    fn add(&mut self, py: Python<'_>, source: &Bound<'_, PyAny>) -> PyResult<PyCompiledFramework> {
        guard(py, || {
            let compiled = match source.cast::<PyCompiledFramework>() {
                Ok(c) => CompiledFramework::clone(&c.get().inner),
                // Compiled with the GIL held: the registry is borrowed mutably meanwhile, and
                // another thread must not find it so.
                Err(_) => Doc::from_py(source, DocumentKind::Framework)?.compile().map_err(|e| errors::core(py, &e))?,
            };
            let added = self.inner.insert(compiled).map_err(|e| errors::core(py, &e))?;
            Ok(PyCompiledFramework::new(added))
        })
    }

    /// The newest framework `id` whose version satisfies `requirement`.
    fn get(&self, py: Python<'_>, id: &str, requirement: &str) -> PyResult<PyCompiledFramework> {
        guard(py, || self.inner.get(id, requirement).map(PyCompiledFramework::new).map_err(|e| errors::core(py, &e)))
    }

    /// The framework an assessment names, among this registry's.
    fn for_assessment(&self, py: Python<'_>, assessment: &Bound<'_, PyAny>) -> PyResult<PyCompiledFramework> {
        guard(py, || {
            let a = Doc::from_py(assessment, DocumentKind::Assessment)?.assessment().map_err(|e| errors::core(py, &e))?;
            kalkan::FrameworkSource::registry(self.inner.clone()).for_assessment(&a).map(PyCompiledFramework::new).map_err(|e| errors::core(py, &e))
        })
    }

    /// Summaries of every registered framework, sorted by id then version.
    fn list<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || to_py(py, &self.inner.list()))
    }

    fn __len__(&self) -> usize {
        self.inner.frameworks().count()
    }
}
