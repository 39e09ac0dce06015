//! `kalkan._kalkan`: the compiled half of the `kalkan` Python package.
//!
//! This crate converts types and errors between Python and the core crate; every rule lives in
//! the core. Results cross as the core's serde output (dicts, lists, numbers) or as handles that
//! keep Rust data until asked (`CompiledFramework`, `ReportData`); the pure-Python layer in
//! `python/kalkan/` turns them into typed objects. Core errors are raised as the package's own
//! exception classes (`kalkan._errors`), and every entry point catches panics so that none
//! reaches Python as anything but `kalkan.InternalError`.
//!
//! The public surface is the export list of the module below.

mod convert;
mod document;
mod errors;
mod framework;
mod functions;
mod interchange;
mod limits;
mod report;
mod review;
mod versions;

use pyo3::prelude::*;

#[pymodule]
mod _kalkan {
    #[pymodule_export]
    use crate::errors::{internal_error, unreadable_error};
    #[pymodule_export]
    use crate::framework::{PyCompiledFramework, PyRegistry};
    #[pymodule_export]
    use crate::functions::{
        _debug_panic, builtin_framework, builtin_frameworks, catalog_languages, catalog_message, error_message, gaps, oscal_assessment_results, oscal_poam,
        problem_message, problem_text, progress, schema_json, score, score_batch, validate_assessment, validate_framework,
    };
    #[pymodule_export]
    use crate::interchange::{export_xlsx, import_ciso_assistant, import_ciso_mapping, import_oscal_catalog, import_oscal_profile, import_xlsx};
    #[pymodule_export]
    use crate::limits::{check_size, decode, limits, set_limits};
    #[pymodule_export]
    use crate::report::{report_columns, PyReportData};
    #[pymodule_export]
    use crate::review::{
        review_aggregate, review_anonymize, review_compare, review_documents, review_merge, review_place, review_trend, score_rows, PyAggregator,
    };
    #[pymodule_export]
    use crate::versions::{diff, diff_text, generate_mapping, migrate, project, validate_mapping};

    use super::*;

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        m.add("__version__", env!("CARGO_PKG_VERSION"))?;
        m.add("SCHEMA_NAMES", kalkan::schema::SCHEMA_NAMES.to_vec())?;
        // `_debug_panic` is for the test suite only (it checks the panic guard): not exported.
        let all: Vec<String> = m.getattr("__all__")?.extract()?;
        m.setattr("__all__", all.into_iter().filter(|name| name != "_debug_panic").collect::<Vec<_>>())?;
        Ok(())
    }
}
