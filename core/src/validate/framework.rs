//! Rules a framework must follow. Every problem is reported, not only the first.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::{json, Value};

use crate::dates::is_date;
use crate::error::{details, Code, Details, Pointer, Problem};
use crate::limits::{cap, count_problem, Limits};
use crate::model::framework::{Control, Framework, Group};
use crate::model::text::Text;
use crate::safe::{id_problem, text_problem};

/// Is `s` a slug: lowercase ASCII letters and digits in `-`-separated words, at most 64 bytes?
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Is `s` usable as a group, control, scale, option or profile id: 1 to 64 characters of the
/// safe alphabet ([`crate::safe`]), in NFC?
pub(crate) fn is_identifier(s: &str) -> bool {
    id_problem(s).is_none()
}

/// The largest weight: with at most [`Limits::max_controls`] controls and groups, sums of
/// weights stay far from overflowing.
pub const MAX_WEIGHT: f64 = 1e6;

struct Checker {
    problems: Vec<Problem>,
    max_text: usize,
}

/// The problem of a text at `at`, if any: `text_too_long` over `max` characters, else
/// `unsafe_text` (see [`crate::safe`]).
pub(crate) fn text_problem_at(at: impl FnOnce() -> Pointer, t: &str, max: usize) -> Option<Problem> {
    // Bytes bound characters from above: count only when the bytes could exceed the limit.
    if t.len() > max {
        let length = t.chars().count();
        if length > max {
            return Some(Problem::new(at(), Code::TextTooLong, details([("length", json!(length)), ("limit", json!(max))])));
        }
    }
    let (reason, c, position) = text_problem(t)?;
    Some(Problem::new(at(), Code::UnsafeText, details([("reason", json!(reason)), ("char", json!(c)), ("position", json!(position))])))
}

impl Checker {
    fn push(&mut self, at: Pointer, code: Code, d: Details) {
        self.problems.push(Problem::new(at, code, d));
    }

    /// English is required for `required` texts, and for optional texts that have any language;
    /// every language's text must be safe and not too long.
    fn text(&mut self, at: Pointer, text: &Text, required: bool) {
        if (required || !text.0.is_empty()) && text.get("en").is_none() {
            self.push(at.clone(), Code::MissingEnglish, Details::new());
        }
        for (lang, t) in &text.0 {
            self.plain(at.clone().key(lang), t);
        }
    }

    /// A single text (in one language, or not localized).
    fn plain(&mut self, at: Pointer, t: &str) {
        if let Some(p) = text_problem_at(|| at, t, self.max_text) {
            self.problems.push(p);
        }
    }

    fn weight(&mut self, at: Pointer, w: f64) {
        if !w.is_finite() || w <= 0.0 || w > MAX_WEIGHT {
            self.push(at, Code::InvalidWeight, details([("weight", number(w)), ("max", json!(MAX_WEIGHT))]));
        }
    }

    fn identifier(&mut self, at: Pointer, id: &str, what: &str) {
        if let Some(reason) = id_problem(id) {
            self.push(at, Code::InvalidId, details([("id", json!(id)), ("what", json!(what)), ("reason", json!(reason))]));
        }
    }
}

/// A number as a JSON value; a number JSON cannot hold (infinite, NaN) as its text.
fn number(x: f64) -> Value {
    serde_json::Number::from_f64(x).map_or_else(|| Value::from(x.to_string()), Value::Number)
}

/// Checks a framework against every rule and returns all problems found (empty when valid).
pub fn validate_framework(f: &Framework) -> Vec<Problem> {
    let too_many = counts_problems(f);
    if !too_many.is_empty() {
        return too_many;
    }
    cap(check_framework(f))
}

/// `too_many` problems of a framework larger than the limits: checked first, so that nothing
/// grows with a hostile document.
fn counts_problems(f: &Framework) -> Vec<Problem> {
    let limits = Limits::current();
    let (mut groups, mut controls) = (0usize, 0usize);
    f.walk_groups(|g, _| {
        groups += 1;
        controls += g.controls.len();
    });
    let mut out: Vec<Problem> = [
        count_problem(Pointer::root().key("groups"), "groups", groups, limits.max_groups),
        count_problem(Pointer::root().key("groups"), "controls", controls, limits.max_controls),
    ]
    .into_iter()
    .flatten()
    .collect();
    for (i, s) in f.scales.iter().enumerate() {
        out.extend(count_problem(Pointer::root().key("scales").index(i).key("options"), "options", s.options.len(), limits.max_options));
    }
    out
}

fn check_framework(f: &Framework) -> Vec<Problem> {
    let root = Pointer::root;
    let mut c = Checker { problems: Vec::new(), max_text: Limits::current().max_text_chars };

    if !is_slug(&f.id) {
        c.push(root().key("id"), Code::InvalidId, details([("id", json!(f.id)), ("what", json!("framework")), ("reason", json!("slug"))]));
    }
    if semver::Version::parse(&f.version).is_err() {
        c.push(root().key("version"), Code::InvalidVersion, details([("version", json!(f.version))]));
    }
    if let Some(d) = &f.released {
        if !is_date(d) {
            c.push(root().key("released"), Code::InvalidDate, details([("value", json!(d)), ("allowed", json!("date"))]));
        }
    }
    c.text(root().key("title"), &f.title, true);
    c.text(root().key("description"), &f.description, false);
    for (lang, t) in &f.publisher.0 {
        c.plain(root().key("publisher").key(lang), t);
    }
    c.plain(root().key("license"), &f.license);
    if let Some(u) = &f.source_url {
        c.plain(root().key("source_url"), u);
    }

    // Scales
    let mut scale_ids: HashSet<&str> = HashSet::new();
    for (i, s) in f.scales.iter().enumerate() {
        let p = root().key("scales").index(i);
        c.identifier(p.clone().key("id"), &s.id, "scale");
        if !scale_ids.insert(&s.id) {
            c.push(p.clone().key("id"), Code::DuplicateId, details([("id", json!(s.id)), ("what", json!("scale"))]));
        }
        c.text(p.clone().key("title"), &s.title, false);
        if s.options.is_empty() {
            c.push(p.clone().key("options"), Code::EmptyScale, details([("scale", json!(s.id))]));
        } else if s.options.iter().all(|o| o.not_applicable) {
            c.push(p.clone().key("options"), Code::NoApplicableOption, details([("scale", json!(s.id))]));
        }
        let mut option_ids = HashSet::new();
        for (j, o) in s.options.iter().enumerate() {
            let op = p.clone().key("options").index(j);
            c.identifier(op.clone().key("id"), &o.id, "option");
            if !option_ids.insert(o.id.as_str()) {
                c.push(op.clone().key("id"), Code::DuplicateId, details([("id", json!(o.id)), ("what", json!("option")), ("scale", json!(s.id))]));
            }
            c.text(op.clone().key("label"), &o.label, true);
            if !o.credit.is_finite() || !(0.0..=1.0).contains(&o.credit) {
                c.push(op.key("credit"), Code::CreditOutOfRange, details([("credit", number(o.credit))]));
            }
        }
    }

    // Levels
    let mut levels: BTreeSet<u32> = BTreeSet::new();
    for (i, l) in f.levels.iter().enumerate() {
        let p = root().key("levels").index(i);
        if l.level == 0 {
            c.push(p.clone().key("level"), Code::InvalidLevel, details([("level", json!(0))]));
        } else if !levels.insert(l.level) {
            c.push(p.clone().key("level"), Code::DuplicateId, details([("id", json!(l.level)), ("what", json!("level"))]));
        }
        c.text(p.clone().key("name"), &l.name, true);
        c.text(p.key("description"), &l.description, false);
    }
    let declared = |lvl: u32| levels.contains(&lvl);
    let known_levels: Vec<u32> = levels.iter().copied().collect();

    // Groups and controls share one id space.
    let mut ids: HashMap<&str, Pointer> = HashMap::new();
    let mut group_ids: HashSet<&str> = HashSet::new();
    let mut control_ids: HashSet<&str> = HashSet::new();
    if f.groups.is_empty() {
        c.push(root().key("groups"), Code::EmptyGroup, details([("what", json!("framework"))]));
    }
    let mut groups: Vec<(&Group, Pointer)> = Vec::new();
    f.walk_groups(|g, p| groups.push((g, p.clone())));
    for (g, p) in &groups {
        c.identifier(p.clone().key("id"), &g.id, "group");
        if let Some(first) = ids.get(g.id.as_str()) {
            c.push(p.clone().key("id"), Code::DuplicateId, details([("id", json!(g.id)), ("what", json!("group")), ("first", json!(first))]));
        } else {
            ids.insert(&g.id, p.clone().key("id"));
        }
        group_ids.insert(&g.id);
        c.text(p.clone().key("title"), &g.title, true);
        c.text(p.clone().key("description"), &g.description, false);
        c.weight(p.clone().key("weight"), g.weight);
        if g.groups.is_empty() && g.controls.is_empty() {
            c.push(p.clone(), Code::EmptyGroup, details([("what", json!("group")), ("group", json!(g.id))]));
        }
    }
    let mut controls: Vec<(&Control, Pointer)> = Vec::new();
    f.walk_controls(|ctl, p| controls.push((ctl, p.clone())));
    for (ctl, p) in &controls {
        c.identifier(p.clone().key("id"), &ctl.id, "control");
        if let Some(first) = ids.get(ctl.id.as_str()) {
            c.push(p.clone().key("id"), Code::DuplicateId, details([("id", json!(ctl.id)), ("what", json!("control")), ("first", json!(first))]));
        } else {
            ids.insert(&ctl.id, p.clone().key("id"));
        }
        control_ids.insert(&ctl.id);
        c.text(p.clone().key("title"), &ctl.title, true);
        c.text(p.clone().key("statement"), &ctl.statement, true);
        if let Some(q) = &ctl.question {
            c.text(p.clone().key("question"), q, true);
        }
        if let Some(g) = &ctl.guidance {
            c.text(p.clone().key("guidance"), g, true);
        }
        c.weight(p.clone().key("weight"), ctl.weight);
        for (j, t) in ctl.tags.iter().enumerate() {
            c.plain(p.clone().key("tags").index(j), t);
        }
        for (j, r) in ctl.references.iter().enumerate() {
            let rp = p.clone().key("references").index(j);
            c.plain(rp.clone().key("framework"), &r.framework);
            c.plain(rp.clone().key("version"), &r.version);
            c.plain(rp.key("id"), &r.id);
        }
        if !scale_ids.contains(ctl.scale.as_str()) {
            let known: Vec<&str> = f.scales.iter().map(|s| s.id.as_str()).collect();
            c.push(p.clone().key("scale"), Code::UnknownScale, details([("scale", json!(ctl.scale)), ("known", json!(known))]));
        }
        if let Some(l) = ctl.level {
            if !declared(l) {
                c.push(p.clone().key("level"), Code::UndeclaredLevel, details([("level", json!(l)), ("known", json!(known_levels))]));
            }
        }
    }

    // Profiles
    let mut profile_ids = HashSet::new();
    for (i, pr) in f.profiles.iter().enumerate() {
        let p = root().key("profiles").index(i);
        c.identifier(p.clone().key("id"), &pr.id, "profile");
        if !profile_ids.insert(pr.id.as_str()) {
            c.push(p.clone().key("id"), Code::DuplicateId, details([("id", json!(pr.id)), ("what", json!("profile"))]));
        }
        c.text(p.clone().key("title"), &pr.title, true);
        c.text(p.clone().key("description"), &pr.description, false);
        let mut targeted = HashSet::new();
        for (j, t) in pr.group_targets.iter().enumerate() {
            let tp = p.clone().key("group_targets").index(j);
            if !group_ids.contains(t.group.as_str()) {
                c.push(tp.clone().key("group"), Code::UnknownGroup, details([("group", json!(t.group)), ("profile", json!(pr.id))]));
            } else if !targeted.insert(t.group.as_str()) {
                c.push(
                    tp.clone().key("group"),
                    Code::DuplicateId,
                    details([("id", json!(t.group)), ("what", json!("group_target")), ("profile", json!(pr.id))]),
                );
            }
            if !declared(t.level) {
                c.push(tp.key("level"), Code::UndeclaredLevel, details([("level", json!(t.level)), ("known", json!(known_levels))]));
            }
        }
        let mut seen = HashSet::new();
        for (j, id) in pr.control_targets.iter().enumerate() {
            let tp = p.clone().key("control_targets").index(j);
            if !control_ids.contains(id.as_str()) {
                c.push(tp, Code::UnknownControl, details([("what", json!("control_target")), ("control", json!(id)), ("profile", json!(pr.id))]));
            } else if !seen.insert(id.as_str()) {
                c.push(tp, Code::DuplicateId, details([("id", json!(id)), ("what", json!("control_target")), ("profile", json!(pr.id))]));
            }
        }
    }
    c.problems
}

/// Texts that lack Arabic or French (or English). Not errors: a warning for user frameworks,
/// a test failure for built-in ones.
pub fn translation_gaps(f: &Framework) -> Vec<Problem> {
    let mut out = Vec::new();
    // Absent optional texts (empty maps) are not translation gaps.
    let mut check = |at: Pointer, t: &Text| {
        if t.0.is_empty() {
            return;
        }
        let missing = t.missing_languages();
        if !missing.is_empty() {
            out.push(Problem::new(at, Code::MissingTranslation, details([("missing", json!(missing))])));
        }
    };
    let root = Pointer::root;
    check(root().key("title"), &f.title);
    check(root().key("description"), &f.description);
    for (i, s) in f.scales.iter().enumerate() {
        let p = root().key("scales").index(i);
        check(p.clone().key("title"), &s.title);
        for (j, o) in s.options.iter().enumerate() {
            check(p.clone().key("options").index(j).key("label"), &o.label);
        }
    }
    for (i, l) in f.levels.iter().enumerate() {
        let p = root().key("levels").index(i);
        check(p.clone().key("name"), &l.name);
        check(p.key("description"), &l.description);
    }
    f.walk_groups(|g, p| {
        check(p.clone().key("title"), &g.title);
        check(p.clone().key("description"), &g.description);
    });
    f.walk_controls(|ctl, p| {
        check(p.clone().key("title"), &ctl.title);
        check(p.clone().key("statement"), &ctl.statement);
        if let Some(q) = &ctl.question {
            check(p.clone().key("question"), q);
        }
        if let Some(g) = &ctl.guidance {
            check(p.clone().key("guidance"), g);
        }
    });
    for (i, pr) in f.profiles.iter().enumerate() {
        let p = root().key("profiles").index(i);
        check(p.clone().key("title"), &pr.title);
        check(p.key("description"), &pr.description);
    }
    out
}
