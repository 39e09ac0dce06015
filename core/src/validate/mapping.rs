//! Rules a mapping document follows: on its own (ids, requirements, one entry per pair), and
//! against the two frameworks it maps (their ids and versions, every control it names).

use std::collections::HashMap;

use serde_json::json;

use crate::compiled::CompiledFramework;
use crate::dates::is_date;
use crate::error::{details, Code, Details, Pointer, Problem};
use crate::model::mapping::{MappedFramework, Mapping};
use crate::validate::framework::{is_identifier, is_slug};

/// Every problem of a mapping on its own (empty when valid).
pub fn validate_mapping(m: &Mapping) -> Vec<Problem> {
    let mut out = Vec::new();
    let root = Pointer::root;
    for (side, f) in [("source", &m.source), ("target", &m.target)] {
        if !is_slug(&f.id) {
            out.push(Problem::new(root().key(side).key("id"), Code::InvalidId, details([("id", json!(f.id)), ("what", json!("framework"))])));
        }
        if let Err(e) = semver::VersionReq::parse(&f.version) {
            out.push(Problem::new(
                root().key(side).key("version"),
                Code::InvalidVersionRequirement,
                details([("requirement", json!(f.version)), ("reason", json!(e.to_string()))]),
            ));
        }
    }
    if let Some(d) = &m.released {
        if !is_date(d) {
            out.push(Problem::new(root().key("released"), Code::InvalidDate, details([("value", json!(d))])));
        }
    }
    for (field, t) in [("title", &m.title), ("description", &m.description)] {
        if !t.0.is_empty() && t.get("en").is_none() {
            out.push(Problem::new(root().key(field), Code::MissingEnglish, Details::new()));
        }
    }
    let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, e) in m.maps.iter().enumerate() {
        let at = root().key("maps").index(i);
        for (side, id) in [("source", &e.source), ("target", &e.target)] {
            if !is_identifier(id) {
                out.push(Problem::new(at.clone().key(side), Code::InvalidId, details([("id", json!(id)), ("what", json!("control"))])));
            }
        }
        if let Some(first) = seen.get(&(e.source.as_str(), e.target.as_str())) {
            let first = root().key("maps").index(*first);
            out.push(Problem::new(
                at.clone(),
                Code::DuplicateId,
                details([("id", json!(format!("{} → {}", e.source, e.target))), ("what", json!("map")), ("first", json!(first))]),
            ));
        } else {
            seen.insert((&e.source, &e.target), i);
        }
        if let Some(r) = &e.rationale {
            if r.get("en").is_none() {
                out.push(Problem::new(at.key("rationale"), Code::MissingEnglish, Details::new()));
            }
        }
    }
    out
}

/// Every problem of a mapping used from `source` to `target`: its own, then the frameworks' ids
/// and versions, then every control id it names that the framework lacks.
pub fn validate_mapping_against(m: &Mapping, source: &CompiledFramework, target: &CompiledFramework) -> Vec<Problem> {
    let mut out = validate_mapping(m);
    if !out.is_empty() {
        return out;
    }
    let root = Pointer::root;
    let side_ok = |side: &str, f: &MappedFramework, fw: &CompiledFramework, out: &mut Vec<Problem>| {
        if f.id != fw.id() {
            out.push(Problem::new(
                root().key(side).key("id"),
                Code::MappingMismatch,
                details([("side", json!(side)), ("found", json!(f.id)), ("expected", json!(fw.id()))]),
            ));
        } else if !semver::VersionReq::parse(&f.version).is_ok_and(|r| r.matches(fw.version())) {
            out.push(Problem::new(
                root().key(side).key("version"),
                Code::VersionNotSatisfied,
                details([("version", json!(fw.version().to_string())), ("requirement", json!(f.version))]),
            ));
        }
    };
    side_ok("source", &m.source, source, &mut out);
    side_ok("target", &m.target, target, &mut out);
    if !out.is_empty() {
        return out;
    }
    for (i, e) in m.maps.iter().enumerate() {
        for (side, id, fw) in [("source", &e.source, source), ("target", &e.target, target)] {
            if fw.control_position(id).is_none() {
                out.push(Problem::new(
                    root().key("maps").index(i).key(side),
                    Code::UnknownControl,
                    details([
                        ("what", json!(format!("mapping_{side}"))),
                        ("control", json!(id)),
                        ("framework", json!(fw.id())),
                        ("version", json!(fw.version().to_string())),
                    ]),
                ));
            }
        }
    }
    out
}
