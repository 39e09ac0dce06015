//! Finding the framework to use: a file, a built-in `id[@requirement]`, or the one an
//! assessment names (the core's `FrameworkSource`).

use std::path::Path;
use std::sync::Arc;

use kalkan::{CompiledFramework, DocumentKind, FrameworkSource, Registry};

use crate::failure::Failure;
use crate::files;

/// Compiles the framework in a file.
pub fn framework_file(path: &Path) -> Result<Arc<CompiledFramework>, Failure> {
    let text = files::read_text(path, DocumentKind::Framework)?;
    CompiledFramework::from_json(&text).map(Arc::new).map_err(|e| Failure::core(format!("`{}`", path.display()), &e))
}

/// `spec` is a framework file if such a file exists, else a built-in `id` or `id@requirement`.
pub fn framework_spec(spec: &str) -> Result<Arc<CompiledFramework>, Failure> {
    let path = Path::new(spec);
    if path.is_file() {
        return framework_file(path);
    }
    Registry::builtin().get_spec(spec).map_err(|e| {
        let looks_like_path = spec.contains(['/', '\\']) || spec.ends_with(".json");
        let hint = if looks_like_path { format!(" (and there is no file `{spec}`)") } else { String::new() };
        Failure::Usage(format!("{e}{hint}; `kalkan frameworks` lists the built-in frameworks"))
    })
}

/// Where assessments find their framework: the one forced with `--framework` (pinned), else the
/// core's rule over the framework files given alongside and the built-in frameworks.
pub fn source(forced: Option<Arc<CompiledFramework>>) -> FrameworkSource {
    match forced {
        Some(fw) => FrameworkSource::pinned(fw),
        None => FrameworkSource::builtin(),
    }
}

/// Reads a mapping document from a file.
pub fn mapping_file(path: &Path) -> Result<kalkan::Mapping, Failure> {
    let text = files::read_text(path, DocumentKind::Mapping)?;
    kalkan::Mapping::from_json(&text).map_err(|e| Failure::core(format!("`{}`", path.display()), &e))
}
