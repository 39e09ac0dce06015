//! A framework checked once and indexed for fast, repeated use: ids to positions, the group
//! tree as arrays, scales as credits, and the digest of the exact content. Nothing here reads
//! assessments; `answers` does, and scoring, gaps and progress work on what it reads.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::error::{DocumentKind, Error, Result};
use crate::model::framework::{Control, Framework, Group, Headline, Profile};
use crate::model::report::FrameworkStamp;
use crate::parse;
use crate::validate::framework::validate_framework;

/// A small, fast, non-cryptographic hasher (FNV-1a) for id lookups: ids come from validated
/// frameworks and hashing is on the hot path of scoring.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type IdMap = HashMap<String, usize, BuildHasherDefault<IdHasher>>;

/// A child of a group, in document order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Child {
    Control(usize),
    Group(usize),
}

#[derive(Debug, Clone)]
pub(crate) struct NodeGroup {
    pub weight: f64,
    pub children: Vec<Child>,
    pub parent: Option<usize>,
    /// The controls of the subtree: groups are numbered depth-first in document order, so they
    /// are a contiguous range of control indexes.
    pub subtree: std::ops::Range<usize>,
}

#[derive(Debug, Clone)]
pub(crate) struct NodeControl {
    /// INVARIANT: validation keeps levels ≥ 1, so `level - 1` cannot underflow.
    pub level: Option<u32>,
    pub weight: f64,
    pub scale: usize,
    /// Index of the group that holds it.
    pub group: usize,
}

#[derive(Debug, Clone)]
pub(crate) struct NodeOption {
    pub credit: f64,
    pub meets: bool,
    pub not_applicable: bool,
}

/// A validated framework with the indexes scoring needs.
///
/// Build it once (this validates), then score as many assessments as you like.
///
/// ```
/// use kalkan::CompiledFramework;
/// let fw = CompiledFramework::from_json(kalkan::examples::FRAMEWORK)?;
/// let report = fw.score_json(kalkan::examples::ASSESSMENT, None)?;
/// assert_eq!(report.framework.id, "example-agency-baseline");
/// # Ok::<(), kalkan::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct CompiledFramework {
    framework: Framework,
    version: semver::Version,
    digest: String,
    /// Group ids in document order; 0 is the root (the framework id). Shared: reports and gap
    /// lists hold many of them and cloning an `Arc` is cheap.
    pub(crate) group_ids: Vec<Arc<str>>,
    pub(crate) groups: Vec<NodeGroup>,
    /// Control ids in document order, shared like the group ids.
    pub(crate) control_ids: Vec<Arc<str>>,
    pub(crate) controls: Vec<NodeControl>,
    pub(crate) scales: Vec<Vec<NodeOption>>,
    scale_option_ids: Vec<Vec<Arc<str>>>,
    control_index: IdMap,
    group_index: IdMap,
}

impl CompiledFramework {
    /// Parses, validates and compiles a framework from JSON text.
    pub fn from_json(json: &str) -> Result<Self> {
        Self::new(parse::parse(DocumentKind::Framework, json)?)
    }

    /// Validates and compiles a framework; an invalid one yields [`Error::Invalid`] with every
    /// problem.
    pub fn new(framework: Framework) -> Result<Self> {
        let problems = validate_framework(&framework);
        if !problems.is_empty() {
            return Err(Error::Invalid { document: DocumentKind::Framework, problems });
        }
        // Validation has checked the version; the fallback is never taken.
        let version = semver::Version::parse(&framework.version).unwrap_or_else(|_| semver::Version::new(0, 0, 0));
        let digest = digest(&framework);

        let scale_pos: HashMap<&str, usize> = framework.scales.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        let scales = framework
            .scales
            .iter()
            .map(|s| s.options.iter().map(|o| NodeOption { credit: o.credit, meets: o.meets, not_applicable: o.not_applicable }).collect())
            .collect();
        let scale_option_ids = framework.scales.iter().map(|s| s.options.iter().map(|o| Arc::from(o.id.as_str())).collect()).collect();
        let mut index = Index {
            group_ids: vec![Arc::from(framework.id.as_str())],
            groups: vec![NodeGroup { weight: 1.0, children: Vec::new(), parent: None, subtree: 0..0 }],
            control_ids: Vec::new(),
            controls: Vec::new(),
            control_index: IdMap::default(),
            group_index: IdMap::default(),
            scale_pos,
        };
        index.add_groups(&framework.groups, 0);
        let controls = index.controls.len();
        if let Some(root) = index.groups.first_mut() {
            root.subtree = 0..controls;
        }
        let Index { group_ids, groups, control_ids, controls, control_index, group_index, .. } = index;
        Ok(CompiledFramework { framework, version, digest, group_ids, groups, control_ids, controls, scales, scale_option_ids, control_index, group_index })
    }

    /// The framework as written.
    pub fn framework(&self) -> &Framework {
        &self.framework
    }

    /// The framework's id.
    pub fn id(&self) -> &str {
        &self.framework.id
    }

    /// The framework's exact version.
    pub fn version(&self) -> &semver::Version {
        &self.version
    }

    /// `sha256:` followed by the hex SHA-256 of the canonical JSON (the serde form, compact,
    /// without `$schema`): it names the exact content, whatever the file's formatting.
    pub fn digest(&self) -> &str {
        &self.digest
    }

    /// The headline the framework declares (its `headline` field).
    pub fn declared_headline(&self) -> Headline {
        self.framework.headline
    }

    /// The result to present first (the *effective* headline): the declared one, except that a
    /// framework without maturity levels has no level to show, so its headline is the index.
    pub fn headline(&self) -> Headline {
        match self.framework.headline {
            Headline::Level if self.framework.levels.is_empty() => Headline::Index,
            h => h,
        }
    }

    /// Id, exact version and digest.
    pub fn stamp(&self) -> FrameworkStamp {
        FrameworkStamp { id: self.framework.id.clone(), version: self.version.to_string(), digest: self.digest.clone() }
    }

    /// The number of controls.
    pub fn control_count(&self) -> usize {
        self.controls.len()
    }

    /// Control ids in document order (the questionnaire's order).
    pub fn control_ids(&self) -> &[Arc<str>] {
        &self.control_ids
    }

    /// The profile with this id.
    pub fn profile(&self, id: &str) -> Option<&Profile> {
        self.framework.profiles.iter().find(|p| p.id == id)
    }

    /// The ids of the declared profiles, in order.
    pub fn profile_ids(&self) -> Vec<String> {
        self.framework.profiles.iter().map(|p| p.id.clone()).collect()
    }

    pub(crate) fn control_position(&self, id: &str) -> Option<usize> {
        self.control_index.get(id).copied()
    }

    pub(crate) fn group_position(&self, id: &str) -> Option<usize> {
        self.group_index.get(id).copied()
    }

    pub(crate) fn option_position(&self, scale: usize, option: &str) -> Option<usize> {
        self.scale_option_ids.get(scale)?.iter().position(|o| &**o == option)
    }

    pub(crate) fn option_id(&self, scale: usize, option: usize) -> Option<&Arc<str>> {
        self.scale_option_ids.get(scale)?.get(option)
    }

    /// The option ids of a scale, in order.
    pub(crate) fn option_ids(&self, scale: usize) -> &[Arc<str>] {
        self.scale_option_ids.get(scale).map_or(&[], Vec::as_slice)
    }
}

/// The indexes, while the group tree is walked.
struct Index<'f> {
    group_ids: Vec<Arc<str>>,
    groups: Vec<NodeGroup>,
    control_ids: Vec<Arc<str>>,
    controls: Vec<NodeControl>,
    control_index: IdMap,
    group_index: IdMap,
    scale_pos: HashMap<&'f str, usize>,
}

impl Index<'_> {
    /// Numbers groups depth-first in document order, parents before their children, so that a
    /// group's controls are one contiguous range.
    fn add_groups(&mut self, groups: &[Group], parent: usize) {
        for g in groups {
            let gi = self.groups.len();
            let first = self.controls.len();
            self.groups.push(NodeGroup { weight: g.weight, children: Vec::new(), parent: Some(parent), subtree: first..first });
            self.group_ids.push(Arc::from(g.id.as_str()));
            self.group_index.insert(g.id.clone(), gi);
            if let Some(p) = self.groups.get_mut(parent) {
                p.children.push(Child::Group(gi));
            }
            for ctl in &g.controls {
                self.add_control(ctl, gi);
            }
            self.add_groups(&g.groups, gi);
            let end = self.controls.len();
            if let Some(node) = self.groups.get_mut(gi) {
                node.subtree.end = end;
            }
        }
    }

    fn add_control(&mut self, ctl: &Control, group: usize) {
        let ci = self.controls.len();
        // Validation guarantees the scale exists.
        let scale = self.scale_pos.get(ctl.scale.as_str()).copied().unwrap_or(0);
        self.controls.push(NodeControl { level: ctl.level, weight: ctl.weight, scale, group });
        self.control_ids.push(Arc::from(ctl.id.as_str()));
        self.control_index.insert(ctl.id.clone(), ci);
        if let Some(g) = self.groups.get_mut(group) {
            g.children.push(Child::Control(ci));
        }
    }
}

/// The canonical JSON of a framework: its serde form, without `$schema`, compact.
fn canonical_json(f: &Framework) -> String {
    let mut f = f.clone();
    f.schema = None;
    serde_json::to_string(&f).unwrap_or_default()
}

fn digest(f: &Framework) -> String {
    use std::fmt::Write as _;
    let hash = Sha256::digest(canonical_json(f).as_bytes());
    let mut s = String::with_capacity(7 + 64);
    s.push_str("sha256:");
    for b in hash {
        let _ = write!(s, "{b:02x}");
    }
    s
}
