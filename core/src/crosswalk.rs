//! Mappings put to use: where one comes from (given, built in, generated from a diff, or read
//! from the crosswalk `references` of built-in controls), and a mapping resolved against its two
//! frameworks into links per target control, which migration and projection share.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::changelog::change_message;
use crate::compiled::CompiledFramework;
use crate::diff::{diff, Change, ChangeKind};
use crate::error::{DocumentKind, Error, Result};
use crate::l10n;
use crate::model::mapping::{Map, MappedFramework, Mapping, Matching, Relationship};
use crate::model::text::Text;
use crate::parse;
use crate::registry::builtin_mapping_files;
use crate::validate::mapping::validate_mapping_against;

/// Where the mapping used by a migration or a projection came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum MappingBasis {
    /// Source and target are the same framework content: every control maps to itself.
    Identity,
    /// The caller gave the mapping.
    Given,
    /// A mapping shipped with Kalkan (`frameworks/mappings/`).
    Builtin,
    /// Generated from the diff of two versions of one framework (same ids map to themselves).
    Generated,
    /// Read from the source controls' crosswalk `references`, each read as `subset-of`.
    References,
}

/// One source control linked to a target control.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Link {
    /// The source control's position in the source framework.
    pub source: usize,
    pub relationship: Relationship,
}

/// A mapping resolved against its frameworks: the links of each target control, in the
/// mapping's order, by target position.
#[derive(Debug, Clone)]
pub(crate) struct Links {
    pub per_target: Vec<Vec<Link>>,
    /// Source positions some entry names (with any relationship but `no-relationship`).
    pub used_sources: Vec<bool>,
}

impl Links {
    /// Resolves `m` from `source` to `target`; a mapping that does not fit them is
    /// [`Error::Invalid`] (document `mapping`) with every problem.
    pub fn resolve(m: &Mapping, source: &CompiledFramework, target: &CompiledFramework) -> Result<Links> {
        let problems = validate_mapping_against(m, source, target);
        if !problems.is_empty() {
            return Err(Error::Invalid { document: DocumentKind::Mapping, problems });
        }
        let mut per_target = vec![Vec::new(); target.control_count()];
        let mut used_sources = vec![false; source.control_count()];
        for e in &m.maps {
            let (Some(s), Some(t)) = (source.control_position(&e.source), target.control_position(&e.target)) else { continue };
            if e.relationship != Relationship::NoRelationship {
                if let Some(u) = used_sources.get_mut(s) {
                    *u = true;
                }
            }
            if let Some(links) = per_target.get_mut(t) {
                links.push(Link { source: s, relationship: e.relationship });
            }
        }
        Ok(Links { per_target, used_sources })
    }
}

/// The built-in mappings (`frameworks/mappings/*.json`), parsed. A file that does not parse is
/// left out (the test suite makes sure none fails).
pub fn builtin_mappings() -> Vec<Mapping> {
    builtin_mapping_files().iter().filter_map(|(_, json)| parse::parse::<Mapping>(DocumentKind::Mapping, json).ok()).collect()
}

/// Whether `m` applies from `source` to `target` (ids equal, versions satisfy the requirements).
pub fn applies(m: &Mapping, source: &CompiledFramework, target: &CompiledFramework) -> bool {
    let fits = |f: &MappedFramework, fw: &CompiledFramework| f.id == fw.id() && semver::VersionReq::parse(&f.version).is_ok_and(|r| r.matches(fw.version()));
    fits(&m.source, source) && fits(&m.target, target)
}

/// The mapping a migration uses from `source` to `target` when the caller gives none: the
/// identity for the same content, a built-in mapping that applies, or one generated from the
/// diff between two versions of one framework; else [`Error::NoMapping`].
pub(crate) fn default_mapping(source: &CompiledFramework, target: &CompiledFramework) -> Result<(Mapping, MappingBasis)> {
    if source.digest() == target.digest() {
        return Ok((generate(source, target), MappingBasis::Identity));
    }
    if let Some(m) = builtin_mappings().into_iter().find(|m| applies(m, source, target)) {
        return Ok((m, MappingBasis::Builtin));
    }
    if source.id() == target.id() {
        return Ok((generate(source, target), MappingBasis::Generated));
    }
    Err(no_mapping(source, target))
}

pub(crate) fn no_mapping(source: &CompiledFramework, target: &CompiledFramework) -> Error {
    Error::NoMapping { source: format!("{}@{}", source.id(), source.version()), target: format!("{}@{}", target.id(), target.version()) }
}

/// A mapping from `old` to `new` (two versions of one framework) generated from their diff:
/// every control both versions have maps to itself, `equal-to` when its words are unchanged and
/// `equivalent-to` when they changed (wording changes are editorial by the rule), with a
/// rationale in English, Arabic and French listing what changed. Controls only one side has are
/// left for a person to map (`kalkan diff` lists them).
pub fn generate(old: &CompiledFramework, new: &CompiledFramework) -> Mapping {
    let d = diff(old, new, None);
    let mut maps = Vec::new();
    for id in new.control_ids() {
        if old.control_position(id).is_none() {
            continue;
        }
        let mine: Vec<&Change> = d.changes.iter().filter(|c| c.details.get("control") == Some(&json!(&**id))).collect();
        let reworded = mine.iter().any(|c| c.kind == ChangeKind::ControlTextChanged);
        let relationship = if reworded { Relationship::EquivalentTo } else { Relationship::EqualTo };
        maps.push(Map { source: id.to_string(), target: id.to_string(), relationship, matching: Some(Matching::Syntactic), rationale: Some(rationale(&mine)) });
    }
    let title = Text(
        l10n::LANGUAGES
            .iter()
            .map(|l| {
                let args =
                    [("old", l10n::Arg::from(format!("{} {}", old.id(), old.version()))), ("new", l10n::Arg::from(format!("{} {}", new.id(), new.version())))];
                ((*l).to_string(), l10n::message(l, "mapping-generated-title", &args))
            })
            .collect(),
    );
    Mapping {
        schema: None,
        source: MappedFramework { id: old.id().to_string(), version: format!("={}", old.version()) },
        target: MappedFramework { id: new.id().to_string(), version: format!("={}", new.version()) },
        title,
        description: Text::default(),
        publisher: String::new(),
        license: String::new(),
        released: None,
        source_url: None,
        maps,
    }
}

/// What changed in one control, in each language: the change messages, or "unchanged".
fn rationale(changes: &[&Change]) -> Text {
    Text(
        l10n::LANGUAGES
            .iter()
            .map(|l| {
                let text = if changes.is_empty() {
                    l10n::message(l, "mapping-unchanged", &[])
                } else {
                    let sep = l10n::message(l, "sentence-separator", &[]);
                    changes.iter().map(|c| change_message(l, c)).collect::<Vec<_>>().join(&sep)
                };
                ((*l).to_string(), text)
            })
            .collect(),
    )
}

/// A mapping read from the crosswalk `references` of `source`'s controls to `target`: each
/// reference to a control of `target` (same framework id, a version the reference's version
/// admits as a requirement) is read as `subset-of`: the referring control addresses part of
/// what the referenced one asks for.
pub fn from_references(source: &CompiledFramework, target: &CompiledFramework) -> Mapping {
    let mut maps = Vec::new();
    source.framework().walk_controls(|c, _| {
        for r in &c.references {
            let admits = semver::VersionReq::parse(&r.version).is_ok_and(|req| req.matches(target.version()));
            if r.framework == target.id()
                && admits
                && target.control_position(&r.id).is_some()
                && !maps.iter().any(|m: &Map| m.source == c.id && m.target == r.id)
            {
                maps.push(Map { source: c.id.clone(), target: r.id.clone(), relationship: Relationship::SubsetOf, matching: None, rationale: None });
            }
        }
    });
    Mapping {
        schema: None,
        source: MappedFramework { id: source.id().to_string(), version: format!("={}", source.version()) },
        target: MappedFramework { id: target.id().to_string(), version: format!("={}", target.version()) },
        title: Text::default(),
        description: Text::default(),
        publisher: String::new(),
        license: String::new(),
        released: None,
        source_url: None,
        maps,
    }
}
