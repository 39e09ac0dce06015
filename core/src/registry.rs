//! The registry (frameworks by id and version, several versions side by side) and the one rule
//! by which an assessment finds its framework ([`FrameworkSource`]).

use std::sync::{Arc, OnceLock};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::compiled::CompiledFramework;
use crate::error::{DocumentKind, Error, Result};
use crate::model::assessment::Assessment;
use crate::model::framework::Headline;
use crate::model::text::Text;
use crate::report_json::{self, JsonLayout};
use crate::validate::assessment::requirement_problem;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/builtin_frameworks.rs"));
}

/// The built-in framework files, `(file name, JSON)`.
pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
    embedded::BUILTIN_FILES
}

/// The built-in mapping files (`frameworks/mappings/*.json`), `(file name, JSON)`.
pub fn builtin_mapping_files() -> &'static [(&'static str, &'static str)] {
    embedded::BUILTIN_MAPPINGS
}

/// A short description of a registered framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct FrameworkSummary {
    /// The framework's id.
    pub id: String,
    /// Its exact version.
    pub version: String,
    /// Its title.
    pub title: Text,
    /// The digest of its content.
    pub digest: String,
    /// The result reports present first (the index for a framework without levels).
    pub headline: Headline,
    /// The headline the framework declares.
    pub declared_headline: Headline,
    /// Groups at every depth.
    pub groups: usize,
    /// Controls.
    pub controls: usize,
    /// Maturity levels declared.
    pub levels: usize,
    /// The ids of its target profiles.
    pub profiles: Vec<String>,
    /// Whether it is one of the built-in frameworks.
    pub builtin: bool,
}

#[derive(Debug, Clone)]
struct Entry {
    framework: Arc<CompiledFramework>,
    builtin: bool,
}

/// Frameworks by id and version.
///
/// ```
/// use kalkan::Registry;
/// let fw = Registry::builtin().get("kalkan-public-institution", "^1")?;
/// assert_eq!(fw.version().major, 1);
/// # Ok::<(), kalkan::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// Sorted by id, then version.
    entries: Vec<Entry>,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Registry::default()
    }

    /// The built-in frameworks (none without the `builtin` feature), compiled once per process.
    /// A built-in file that does not compile is left out (the test suite guarantees that none
    /// fails, file by file).
    pub fn builtin() -> &'static Registry {
        static BUILTIN: OnceLock<Registry> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let mut r = Registry::new();
            for (_, json) in builtin_files() {
                if let Ok(fw) = CompiledFramework::from_json(json) {
                    let _ = r.insert_entry(fw, true);
                }
            }
            r
        })
    }

    /// Adds a framework given as JSON text; returns it compiled.
    pub fn add_json(&mut self, json: &str) -> Result<Arc<CompiledFramework>> {
        self.insert(CompiledFramework::from_json(json)?)
    }

    /// Adds a framework given as JSON text as one of the caller's built-in frameworks (listed
    /// with `builtin: true`): the lean WebAssembly engine embeds none, and its page serves the
    /// project's built-in frameworks as files next to it and adds them here. Same checks and
    /// conflicts as [`Registry::add_json`].
    pub fn add_builtin_json(&mut self, json: &str) -> Result<Arc<CompiledFramework>> {
        self.insert_entry(CompiledFramework::from_json(json)?, true)
    }

    /// Adds a framework read from a JSON file ([`Error::Unreadable`] when it cannot be read).
    pub fn add_file(&mut self, path: impl AsRef<std::path::Path>) -> Result<Arc<CompiledFramework>> {
        let path = path.as_ref();
        let json = std::fs::read_to_string(path).map_err(|e| Error::Unreadable { path: path.display().to_string(), reason: e.to_string() })?;
        self.add_json(&json)
    }

    /// Adds a compiled framework. The same id and version twice is accepted only with identical
    /// content ([`Error::ConflictingFramework`] otherwise); the registered one is returned.
    pub fn insert(&mut self, fw: CompiledFramework) -> Result<Arc<CompiledFramework>> {
        self.insert_entry(fw, false)
    }

    fn insert_entry(&mut self, fw: CompiledFramework, builtin: bool) -> Result<Arc<CompiledFramework>> {
        self.insert_arc(Arc::new(fw), builtin)
    }

    fn insert_arc(&mut self, fw: Arc<CompiledFramework>, builtin: bool) -> Result<Arc<CompiledFramework>> {
        match self.entries.binary_search_by(|e| (e.framework.id(), e.framework.version()).cmp(&(fw.id(), fw.version()))) {
            Ok(i) => match self.entries.get(i) {
                Some(existing) if existing.framework.digest() == fw.digest() => Ok(existing.framework.clone()),
                _ => Err(Error::ConflictingFramework { id: fw.id().to_string(), version: fw.version().to_string() }),
            },
            Err(i) => {
                self.entries.insert(i, Entry { framework: fw.clone(), builtin });
                Ok(fw)
            }
        }
    }

    /// The newest framework `id` whose version satisfies `requirement` (Cargo syntax: `^1.2`,
    /// `1`, `*`). A requirement that does not parse is [`Error::InvalidRequirement`].
    pub fn get(&self, id: &str, requirement: &str) -> Result<Arc<CompiledFramework>> {
        let req =
            semver::VersionReq::parse(requirement).map_err(|e| Error::InvalidRequirement { requirement: requirement.to_string(), reason: e.to_string() })?;
        self.newest(id, &req).ok_or_else(|| Error::FrameworkNotFound {
            id: id.to_string(),
            requirement: requirement.to_string(),
            available: self.versions_of(id),
        })
    }

    /// `id` or `id@requirement` (e.g. `kalkan-public-institution@^1`); no requirement means the newest.
    pub fn get_spec(&self, spec: &str) -> Result<Arc<CompiledFramework>> {
        match spec.split_once('@') {
            Some((id, req)) => self.get(id, req),
            None => self.get(spec, "*"),
        }
    }

    fn newest(&self, id: &str, req: &semver::VersionReq) -> Option<Arc<CompiledFramework>> {
        self.entries.iter().rev().find(|e| e.framework.id() == id && req.matches(e.framework.version())).map(|e| e.framework.clone())
    }

    fn versions_of(&self, id: &str) -> Vec<String> {
        self.entries.iter().filter(|e| e.framework.id() == id).map(|e| format!("{}@{}", id, e.framework.version())).collect()
    }

    /// Every registered framework, sorted by id then version.
    pub fn list(&self) -> Vec<FrameworkSummary> {
        self.entries
            .iter()
            .map(|e| {
                let fw = &e.framework;
                let f = fw.framework();
                FrameworkSummary {
                    id: f.id.clone(),
                    version: fw.version().to_string(),
                    title: f.title.clone(),
                    digest: fw.digest().to_string(),
                    headline: fw.headline(),
                    declared_headline: fw.declared_headline(),
                    groups: f.group_count(),
                    controls: fw.control_count(),
                    levels: f.levels.len(),
                    profiles: fw.profile_ids(),
                    builtin: e.builtin,
                }
            })
            .collect()
    }

    /// Every registered framework, compiled, sorted by id then version.
    pub fn frameworks(&self) -> impl Iterator<Item = &Arc<CompiledFramework>> {
        self.entries.iter().map(|e| &e.framework)
    }
}

/// Where the framework of an assessment comes from. Every front end (CLI, Python, WASM, the JSON
/// API) resolves frameworks through this one rule:
///
/// 1. a *pinned* framework (the caller said "check against this one") is always the one, whatever
///    the assessment names: validation then reports any mismatch;
/// 2. otherwise the newest of the *given* frameworks (files or documents the caller supplied) with
///    the assessment's id whose version satisfies its requirement;
/// 3. otherwise the newest such built-in framework;
/// 4. otherwise [`Error::FrameworkNotFound`], listing every version of that id there is.
///
/// A requirement that does not parse is a problem of the assessment (`/framework/version`).
///
/// ```
/// use kalkan::{Assessment, FrameworkSource};
/// let a = Assessment::from_json(include_str!("../../examples/public-institution.assessment.json"))?;
/// let fw = FrameworkSource::builtin().for_assessment(&a)?;
/// assert_eq!(fw.id(), "kalkan-public-institution");
/// # Ok::<(), kalkan::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct FrameworkSource {
    pinned: Option<Arc<CompiledFramework>>,
    given: Registry,
    builtin: bool,
}

impl FrameworkSource {
    /// The built-in frameworks only.
    pub fn builtin() -> FrameworkSource {
        FrameworkSource { pinned: None, given: Registry::new(), builtin: true }
    }

    /// `fw` for every assessment.
    pub fn pinned(fw: Arc<CompiledFramework>) -> FrameworkSource {
        FrameworkSource { pinned: Some(fw), given: Registry::new(), builtin: false }
    }

    /// The frameworks of `registry` only (not the built-in ones, unless it holds them).
    pub fn registry(registry: Registry) -> FrameworkSource {
        FrameworkSource { pinned: None, given: registry, builtin: false }
    }

    /// The given frameworks, then the built-in ones. Two given frameworks with the same id and
    /// version but different content are [`Error::ConflictingFramework`].
    pub fn with_given(given: impl IntoIterator<Item = Arc<CompiledFramework>>) -> Result<FrameworkSource> {
        let mut source = FrameworkSource::builtin();
        for fw in given {
            source.add(fw)?;
        }
        Ok(source)
    }

    /// Makes one more framework available, before the built-in ones.
    pub fn add(&mut self, fw: Arc<CompiledFramework>) -> Result<Arc<CompiledFramework>> {
        self.given.insert_arc(fw, false)
    }

    /// The framework to check and score `a` against.
    pub fn for_assessment(&self, a: &Assessment) -> Result<Arc<CompiledFramework>> {
        if let Some(fw) = &self.pinned {
            return Ok(fw.clone());
        }
        let (id, requirement) = (&a.framework.id, &a.framework.version);
        let req = semver::VersionReq::parse(requirement)
            .map_err(|e| Error::Invalid { document: DocumentKind::Assessment, problems: vec![requirement_problem(requirement, &e.to_string())] })?;
        self.newest(id, requirement, &req)
    }

    /// The report JSON of an assessment (JSON text) scored against the framework it finds (see
    /// [`FrameworkSource::for_assessment`]), with gaps against `profile` or else the
    /// assessment's own profile: the same text and errors as parsing the assessment, finding its
    /// framework, scoring it and serializing the report with `serde_json`, without building the
    /// report (see [`CompiledFramework::report_json`]).
    pub fn report_json(&self, assessment_json: &str, profile: Option<&str>, layout: JsonLayout) -> Result<String> {
        report_json::report_json(assessment_json, profile, layout, |a| self.for_assessment(a))
    }

    /// The framework `id` newest matching `requirement` by the same rule (the pinned framework
    /// when it has this id; a requirement that does not parse is [`Error::InvalidRequirement`]):
    /// how a mapping document finds the frameworks it names.
    pub fn find(&self, id: &str, requirement: &str) -> Result<Arc<CompiledFramework>> {
        if let Some(fw) = self.pinned.as_ref().filter(|fw| fw.id() == id) {
            return Ok(fw.clone());
        }
        let req =
            semver::VersionReq::parse(requirement).map_err(|e| Error::InvalidRequirement { requirement: requirement.to_string(), reason: e.to_string() })?;
        self.newest(id, requirement, &req)
    }

    fn newest(&self, id: &str, requirement: &str, req: &semver::VersionReq) -> Result<Arc<CompiledFramework>> {
        let (id, requirement) = (&id.to_string(), &requirement.to_string());
        let empty = Registry::new();
        let builtin = if self.builtin { Registry::builtin() } else { &empty };
        self.given.newest(id, req).or_else(|| builtin.newest(id, req)).ok_or_else(|| {
            let mut available = self.given.versions_of(id);
            for v in builtin.versions_of(id) {
                if !available.contains(&v) {
                    available.push(v);
                }
            }
            Error::FrameworkNotFound { id: id.clone(), requirement: requirement.clone(), available }
        })
    }
}
