//! Finding the framework to use: a file, a built-in `id[@requirement]`, or the one an
//! assessment names.

use std::path::Path;
use std::sync::Arc;

use kalkan::{Assessment, CompiledFramework, Error, Registry};

use crate::failure::Failure;
use crate::files;

/// Compiles the framework in a file.
pub fn framework_file(path: &Path) -> Result<Arc<CompiledFramework>, Failure> {
    let text = files::read_text(path)?;
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

/// Where the framework of an assessment comes from: the one forced with `--framework`, else one
/// of the framework files given alongside, else the built-in registry.
pub struct Frameworks {
    forced: Option<Arc<CompiledFramework>>,
    local: Registry,
    builtin: Registry,
}

impl Frameworks {
    pub fn new(forced: Option<Arc<CompiledFramework>>) -> Self {
        Frameworks { forced, local: Registry::new(), builtin: Registry::builtin() }
    }

    /// Makes a framework file given on the command line available to the assessments.
    pub fn add_local(&mut self, fw: CompiledFramework) -> Result<Arc<CompiledFramework>, kalkan::Error> {
        self.local.insert(fw, false)
    }

    /// The framework to check and score `a` against. When neither the framework files given
    /// nor the built-in ones match, the error names the versions available in both.
    pub fn for_assessment(&self, a: &Assessment) -> Result<Arc<CompiledFramework>, kalkan::Error> {
        if let Some(f) = &self.forced {
            return Ok(f.clone());
        }
        let local = match self.local.for_assessment(a) {
            Ok(fw) => return Ok(fw),
            Err(e) => e,
        };
        match (local, self.builtin.for_assessment(a)) {
            (_, Ok(fw)) => Ok(fw),
            (Error::FrameworkNotFound { available: given, .. }, Err(Error::FrameworkNotFound { id, requirement, available: builtin })) => {
                let given = given.into_iter().map(|v| format!("{v} (given file)"));
                let available = given.chain(builtin.into_iter().map(|v| format!("{v} (built-in)"))).collect();
                Err(Error::FrameworkNotFound { id, requirement, available })
            }
            (local, Err(_)) => Err(local),
        }
    }
}
