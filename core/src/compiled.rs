//! A framework checked once and indexed for fast, repeated scoring.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::assessment::Assessment;
use crate::error::{Code, DocumentKind, Error, Problem};
use crate::framework::{Control, Framework, Group, Profile};
use crate::parse;
use crate::report::{FrameworkStamp, Status};
use crate::scoring::ControlState;
use crate::validate::{is_date, is_date_or_timestamp, validate_framework};

/// A small, fast, non-cryptographic hasher (FNV-1a) for id lookups: ids come
/// from validated frameworks and hashing is on the hot path of scoring.
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
/// let fw = CompiledFramework::from_json(kalkan::examples::FRAMEWORK).unwrap();
/// let report = fw.score_json(kalkan::examples::ASSESSMENT, None).unwrap();
/// assert_eq!(report.framework.id, "example-agency-baseline");
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
    pub fn from_json(json: &str) -> Result<Self, Error> {
        Self::new(parse::parse(DocumentKind::Framework, json)?)
    }

    /// Validates and compiles a framework.
    pub fn new(framework: Framework) -> Result<Self, Error> {
        let problems = validate_framework(&framework);
        if !problems.is_empty() {
            return Err(Error::Invalid { kind: DocumentKind::Framework, problems });
        }
        let version = semver::Version::parse(&framework.version)
            .map_err(|e| Error::Invalid { kind: DocumentKind::Framework, problems: vec![Problem::new("version", Code::InvalidVersion, e.to_string())] })?;
        let digest = digest(&framework);

        let scale_pos: HashMap<String, usize> = framework.scales.iter().enumerate().map(|(i, s)| (s.id.clone(), i)).collect();
        let scales = framework
            .scales
            .iter()
            .map(|s| s.options.iter().map(|o| NodeOption { credit: o.credit, meets: o.meets, not_applicable: o.not_applicable }).collect())
            .collect();
        let scale_option_ids = framework.scales.iter().map(|s| s.options.iter().map(|o| Arc::from(o.id.as_str())).collect()).collect();

        // The groups are walked while the rest of the framework moves into place.
        let mut framework = framework;
        let groups = std::mem::take(&mut framework.groups);
        let mut c = CompiledFramework {
            version,
            digest,
            group_ids: vec![Arc::from(framework.id.as_str())],
            groups: vec![NodeGroup { weight: 1.0, children: Vec::new(), parent: None, subtree: 0..0 }],
            control_ids: Vec::new(),
            controls: Vec::new(),
            scales,
            scale_option_ids,
            control_index: IdMap::default(),
            group_index: IdMap::default(),
            framework,
        };
        c.add_groups(&groups, 0, &scale_pos);
        if let Some(root) = c.groups.first_mut() {
            root.subtree = 0..c.controls.len();
        }
        c.framework.groups = groups;
        Ok(c)
    }

    fn add_groups(&mut self, groups: &[Group], parent: usize, scale_pos: &HashMap<String, usize>) {
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
                self.add_control(ctl, gi, scale_pos);
            }
            self.add_groups(&g.groups, gi, scale_pos);
            let end = self.controls.len();
            if let Some(node) = self.groups.get_mut(gi) {
                node.subtree.end = end;
            }
        }
    }

    fn add_control(&mut self, ctl: &Control, group: usize, scale_pos: &HashMap<String, usize>) {
        let ci = self.controls.len();
        // Validation guarantees the scale exists.
        let scale = scale_pos.get(ctl.scale.as_str()).copied().unwrap_or(0);
        self.controls.push(NodeControl { level: ctl.level, weight: ctl.weight, scale, group });
        self.control_ids.push(Arc::from(ctl.id.as_str()));
        self.control_index.insert(ctl.id.clone(), ci);
        if let Some(g) = self.groups.get_mut(group) {
            g.children.push(Child::Control(ci));
        }
    }

    /// The framework as written.
    pub fn framework(&self) -> &Framework {
        &self.framework
    }

    pub fn id(&self) -> &str {
        &self.framework.id
    }

    pub fn version(&self) -> &semver::Version {
        &self.version
    }

    /// `sha256:` followed by the hex SHA-256 of the canonical JSON.
    pub fn digest(&self) -> &str {
        &self.digest
    }

    /// The result to present first: the framework's `headline`, except that a framework without
    /// maturity levels has no level to show, so its headline is the index.
    pub fn headline(&self) -> crate::Headline {
        match self.framework.headline {
            crate::Headline::Level if self.framework.levels.is_empty() => crate::Headline::Index,
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

    /// The profile with this id.
    pub fn profile(&self, id: &str) -> Option<&Profile> {
        self.framework.profiles.iter().find(|p| p.id == id)
    }

    /// Parses an assessment from JSON and validates it against this framework.
    pub fn parse_assessment(&self, json: &str) -> Result<Assessment, Error> {
        let a: Assessment = parse::parse(DocumentKind::Assessment, json)?;
        self.check_assessment(&a)?;
        Ok(a)
    }

    /// Validates an assessment against this framework, returning every problem.
    pub fn check_assessment(&self, a: &Assessment) -> Result<(), Error> {
        let problems = self.validate_assessment(a);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid { kind: DocumentKind::Assessment, problems })
        }
    }

    /// Validates and reads the responses in one pass.
    pub(crate) fn checked_states(&self, a: &Assessment) -> Result<Vec<ControlState>, Error> {
        let mut problems = self.validate_header(a);
        let states = self.resolve_responses(a, Some(&mut problems));
        if problems.is_empty() {
            Ok(states)
        } else {
            Err(Error::Invalid { kind: DocumentKind::Assessment, problems })
        }
    }

    /// Every problem of an assessment against this framework (empty when valid).
    pub fn validate_assessment(&self, a: &Assessment) -> Vec<Problem> {
        let mut out = self.validate_header(a);
        self.resolve_responses(a, Some(&mut out));
        out
    }

    /// Checks everything but the responses.
    fn validate_header(&self, a: &Assessment) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut push = |path: String, code: Code, msg: String| out.push(Problem::new(path, code, msg));
        if a.framework.id != self.framework.id {
            push(
                "framework.id".into(),
                Code::FrameworkMismatch,
                format!("assessment answers framework `{}`, expected `{}`", a.framework.id, self.framework.id),
            );
        }
        match semver::VersionReq::parse(&a.framework.version) {
            Err(e) => push(
                "framework.version".into(),
                Code::InvalidVersionRequirement,
                format!("`{}` is not a version requirement such as `^1.0` or `1.2`: {e}", a.framework.version),
            ),
            Ok(req) if !req.matches(&self.version) => push(
                "framework.version".into(),
                Code::VersionNotSatisfied,
                format!("framework version {} does not satisfy requirement `{}`", self.version, a.framework.version),
            ),
            Ok(_) => {}
        }
        if a.subject.name.trim().is_empty() {
            push("subject.name".into(), Code::MissingSubject, "the subject needs a name".into());
        }
        if let Some(cc) = &a.subject.country {
            if !crate::country::is_iso3166_alpha2(cc) {
                push("subject.country".into(), Code::InvalidCountry, format!("`{cc}` is not an ISO 3166-1 alpha-2 country code such as `TR` or `MA`"));
            }
        }
        for (field, value) in [("started", &a.started), ("completed", &a.completed)] {
            if let Some(d) = value {
                if !is_date(d) {
                    push(field.into(), Code::InvalidDate, format!("`{d}` is not a date written YYYY-MM-DD"));
                }
            }
        }
        if let Some(p) = &a.profile {
            if self.profile(p).is_none() {
                push("profile".into(), Code::UnknownProfile, format!("profile `{p}` does not exist; {}", self.profile_list()));
            }
        }
        out
    }

    /// Reads the responses into one state per control (document order). With `problems`, every
    /// response that does not resolve (unknown control, unknown option, duplicate, bad date) is
    /// reported there; paths are only built for problems, keeping the valid path fast.
    pub(crate) fn resolve_responses(&self, a: &Assessment, mut problems: Option<&mut Vec<Problem>>) -> Vec<ControlState> {
        let mut states = vec![ControlState { option: None, status: Status::Unanswered, credit: 0.0 }; self.controls.len()];
        let mut seen = vec![false; self.controls.len()];
        let path = |key: &str| format!("responses[{}]", serde_json::Value::String(key.to_string()));
        for (key, r) in a.responses.iter() {
            let Some(ci) = self.control_position(key) else {
                if let Some(out) = problems.as_deref_mut() {
                    out.push(Problem::new(
                        path(key),
                        Code::UnknownControl,
                        format!("control `{key}` does not exist in {} {}", self.framework.id, self.version),
                    ));
                }
                continue;
            };
            if let Some(out) = problems.as_deref_mut() {
                if let Some(t) = &r.answered_at {
                    if !is_date_or_timestamp(t) {
                        out.push(Problem::new(
                            format!("{}.answered_at", path(key)),
                            Code::InvalidDate,
                            format!("`{t}` is not a date (YYYY-MM-DD) or an RFC 3339 timestamp"),
                        ));
                    }
                }
            }
            match seen.get_mut(ci) {
                Some(s) if *s => {
                    if let Some(out) = problems.as_deref_mut() {
                        out.push(Problem::new(path(key), Code::DuplicateId, format!("control `{key}` is answered more than once")));
                    }
                    continue;
                }
                Some(s) => *s = true,
                None => continue,
            }
            let scale = self.controls.get(ci).map_or(0, |c| c.scale);
            let resolved = self.option_position(scale, &r.option).and_then(|oi| Some((oi, self.scales.get(scale)?.get(oi)?)));
            let Some((oi, opt)) = resolved else {
                if let Some(out) = problems.as_deref_mut() {
                    let options = self.scale_option_ids.get(scale).map(|o| o.iter().map(|x| &**x).collect::<Vec<_>>().join(", ")).unwrap_or_default();
                    out.push(Problem::new(
                        format!("{}.option", path(key)),
                        Code::UnknownOption,
                        format!("option `{}` is not in the control's scale; expected one of: {options}", r.option),
                    ));
                }
                continue;
            };
            if let Some(slot) = states.get_mut(ci) {
                *slot = if opt.not_applicable {
                    ControlState { option: Some(oi), status: Status::NotApplicable, credit: 0.0 }
                } else {
                    ControlState { option: Some(oi), status: if opt.meets { Status::Met } else { Status::NotMet }, credit: opt.credit }
                };
            }
        }
        states
    }

    fn profile_list(&self) -> String {
        if self.framework.profiles.is_empty() {
            "the framework declares no profiles".into()
        } else {
            let ids: Vec<&str> = self.framework.profiles.iter().map(|p| p.id.as_str()).collect();
            format!("declared profiles: {}", ids.join(", "))
        }
    }
}

/// The canonical JSON of a framework: its serde form, without `$schema`, compact.
pub fn canonical_json(f: &Framework) -> String {
    let mut f = f.clone();
    f.schema = None;
    serde_json::to_string(&f).unwrap_or_default()
}

fn digest(f: &Framework) -> String {
    let hash = Sha256::digest(canonical_json(f).as_bytes());
    let mut s = String::with_capacity(7 + 64);
    s.push_str("sha256:");
    for b in hash {
        s.push_str(&format!("{b:02x}"));
    }
    s
}
