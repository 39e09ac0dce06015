//! The registry: built-in frameworks plus any the user adds, several versions side by side.

use std::sync::{Arc, OnceLock};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::compiled::CompiledFramework;
use crate::error::{Code, DocumentKind, Error, Problem};
use crate::framework::{Framework, Headline};
use crate::text::Text;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/builtin_frameworks.rs"));
}

/// The built-in framework files, `(file name, JSON)`.
pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
    embedded::BUILTIN_FILES
}

/// A short description of a registered framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct FrameworkSummary {
    pub id: String,
    pub version: String,
    pub title: Text,
    pub digest: String,
    pub headline: Headline,
    pub groups: usize,
    pub controls: usize,
    pub levels: usize,
    pub profiles: Vec<String>,
    pub builtin: bool,
}

/// Frameworks by id and version.
///
/// ```
/// use kalkan::Registry;
/// let reg = Registry::builtin();
/// let fw = reg.get("kalkan-public-institution", "^1").unwrap();
/// assert_eq!(fw.version().major, 1);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// Sorted by id, then version.
    entries: Vec<(Arc<CompiledFramework>, bool)>,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Registry::default()
    }

    /// A registry holding the built-in frameworks (compiled once per process, then shared).
    pub fn builtin() -> Registry {
        static BUILTIN: OnceLock<Result<Registry, Error>> = OnceLock::new();
        match BUILTIN.get_or_init(Registry::load_builtin) {
            Ok(r) => r.clone(),
            // A broken built-in file is a bug that the test suite catches; degrade to what loads.
            Err(_) => Registry::new(),
        }
    }

    /// Compiles every built-in file, failing on the first invalid one (used by tests).
    pub fn load_builtin() -> Result<Registry, Error> {
        let mut r = Registry::new();
        for (name, json) in builtin_files() {
            let fw = CompiledFramework::from_json(json).map_err(|e| match e {
                Error::Parse { kind, mut problem } => {
                    problem.message = format!("{name}: {}", problem.message);
                    Error::Parse { kind, problem }
                }
                Error::Invalid { kind, mut problems } => {
                    for p in &mut problems {
                        p.message = format!("{name}: {}", p.message);
                    }
                    Error::Invalid { kind, problems }
                }
                other => other,
            })?;
            r.insert(fw, true)?;
        }
        Ok(r)
    }

    /// Adds a framework given as JSON text; returns it compiled.
    pub fn add_json(&mut self, json: &str) -> Result<Arc<CompiledFramework>, Error> {
        self.insert(CompiledFramework::from_json(json)?, false)
    }

    /// Adds a framework read from a JSON file. A file that cannot be read is reported as a parse
    /// error naming the file.
    pub fn add_file(&mut self, path: impl AsRef<std::path::Path>) -> Result<Arc<CompiledFramework>, Error> {
        let path = path.as_ref();
        let json = std::fs::read_to_string(path).map_err(|e| Error::Parse {
            kind: DocumentKind::Framework,
            problem: Problem::new("", Code::MalformedJson, format!("cannot read `{}`: {e}", path.display())),
        })?;
        self.add_json(&json)
    }

    /// Adds a framework.
    pub fn add(&mut self, framework: Framework) -> Result<Arc<CompiledFramework>, Error> {
        self.insert(CompiledFramework::new(framework)?, false)
    }

    /// Adds an already compiled framework. The same id and version twice is accepted only with
    /// identical content.
    pub fn insert(&mut self, fw: CompiledFramework, builtin: bool) -> Result<Arc<CompiledFramework>, Error> {
        match self.entries.binary_search_by(|(e, _)| (e.id(), e.version()).cmp(&(fw.id(), fw.version()))) {
            Ok(i) => match self.entries.get(i) {
                Some((existing, _)) if existing.digest() == fw.digest() => Ok(existing.clone()),
                _ => Err(Error::ConflictingFramework { id: fw.id().to_string(), version: fw.version().to_string() }),
            },
            Err(i) => {
                let fw = Arc::new(fw);
                self.entries.insert(i, (fw.clone(), builtin));
                Ok(fw)
            }
        }
    }

    /// The newest framework `id` whose version satisfies `requirement` (Cargo syntax: `^1.2`, `1`, `*`).
    pub fn get(&self, id: &str, requirement: &str) -> Result<Arc<CompiledFramework>, Error> {
        let req = semver::VersionReq::parse(requirement).map_err(|e| Error::Invalid {
            kind: DocumentKind::Assessment,
            problems: vec![Problem::new(
                "framework.version",
                Code::InvalidVersionRequirement,
                format!("`{requirement}` is not a version requirement such as `^1.0` or `1.2`: {e}"),
            )],
        })?;
        self.entries
            .iter()
            .rev()
            .find(|(e, _)| e.id() == id && req.matches(e.version()))
            .map(|(e, _)| e.clone())
            .ok_or_else(|| not_found(id, requirement, self.versions_of(id)))
    }

    /// `id` or `id@requirement` (e.g. `kalkan-public-institution@^1`); no requirement means the newest.
    pub fn get_spec(&self, spec: &str) -> Result<Arc<CompiledFramework>, Error> {
        match spec.split_once('@') {
            Some((id, req)) => self.get(id, req),
            None => self.get(spec, "*"),
        }
    }

    /// The framework an assessment names, by its id and version requirement.
    pub fn for_assessment(&self, a: &crate::Assessment) -> Result<Arc<CompiledFramework>, Error> {
        self.get(&a.framework.id, &a.framework.version)
    }

    /// The framework to score `a` against: the one given (or why it could not be had), or else
    /// the built-in one the assessment names. Every front end resolves frameworks this way.
    pub fn given_or_builtin(given: Option<Result<Arc<CompiledFramework>, Error>>, a: &crate::Assessment) -> Result<Arc<CompiledFramework>, Error> {
        match given {
            Some(framework) => framework,
            None => Registry::builtin().for_assessment(a),
        }
    }

    fn versions_of(&self, id: &str) -> Vec<String> {
        self.entries.iter().filter(|(e, _)| e.id() == id).map(|(e, _)| format!("{}@{}", e.id(), e.version())).collect()
    }

    /// Every registered framework, sorted by id then version.
    pub fn list(&self) -> Vec<FrameworkSummary> {
        self.entries
            .iter()
            .map(|(e, builtin)| {
                let f = e.framework();
                let mut groups = 0;
                f.walk_groups(|_, _| groups += 1);
                FrameworkSummary {
                    id: f.id.clone(),
                    version: e.version().to_string(),
                    title: f.title.clone(),
                    digest: e.digest().to_string(),
                    headline: f.headline,
                    groups,
                    controls: e.control_count(),
                    levels: f.levels.len(),
                    profiles: f.profiles.iter().map(|p| p.id.clone()).collect(),
                    builtin: *builtin,
                }
            })
            .collect()
    }

    /// Every registered framework, compiled.
    pub fn frameworks(&self) -> impl Iterator<Item = &Arc<CompiledFramework>> {
        self.entries.iter().map(|(e, _)| e)
    }
}

fn not_found(id: &str, requirement: &str, available: Vec<String>) -> Error {
    Error::FrameworkNotFound { id: id.to_string(), requirement: requirement.to_string(), available }
}
