//! Rules a framework must follow. Every problem is reported, not only the first.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::error::{Code, Problem};
use crate::framework::{Control, Framework, Group};
use crate::text::Text;

/// Is `s` a slug: lowercase ASCII letters and digits in `-`-separated words?
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Is `s` usable as a group, control, scale, option or profile id: 1 to 64 printable characters
/// without spaces?
pub fn is_identifier(s: &str) -> bool {
    !s.is_empty() && s.chars().count() <= 64 && s.chars().all(|c| !c.is_whitespace() && !c.is_control())
}

/// Is `s` a calendar date written `YYYY-MM-DD`?
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).filter(|p| p.bytes().all(|c| c.is_ascii_digit())).and_then(|p| p.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// Is `s` a date (`YYYY-MM-DD`) or an RFC 3339 timestamp starting with one?
pub fn is_date_or_timestamp(s: &str) -> bool {
    match s.get(..10) {
        Some(date) if s.len() == 10 => is_date(date),
        Some(date) => is_date(date) && matches!(s.as_bytes().get(10), Some(b'T' | b't' | b' ')) && s.len() >= 19,
        None => false,
    }
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, code: Code, message: impl Into<String>) {
        self.problems.push(Problem::new(path, code, message));
    }

    /// English is required for `required` texts, and for optional texts that have any language.
    fn text(&mut self, path: &str, text: &Text, required: bool) {
        if (required || !text.0.is_empty()) && text.get("en").is_none() {
            self.push(path, Code::MissingEnglish, "expected an English (`en`) text");
        }
    }

    fn weight(&mut self, path: String, w: f64) {
        if !w.is_finite() || w <= 0.0 {
            self.push(path, Code::InvalidWeight, format!("weight must be a finite number greater than 0, found `{w}`"));
        }
    }

    fn identifier(&mut self, path: String, id: &str, what: &str) {
        if !is_identifier(id) {
            self.push(path, Code::InvalidId, format!("{what} id `{id}` must be 1 to 64 characters without spaces"));
        }
    }
}

/// Checks a framework against every rule and returns all problems found (empty when valid).
pub fn validate_framework(f: &Framework) -> Vec<Problem> {
    let mut c = Checker { problems: Vec::new() };

    if !is_slug(&f.id) {
        c.push("id", Code::InvalidId, format!("framework id `{}` must be a slug: lowercase letters, digits and single `-` between words", f.id));
    }
    if let Err(e) = semver::Version::parse(&f.version) {
        c.push("version", Code::InvalidVersion, format!("`{}` is not a semantic version such as `1.0.0`: {e}", f.version));
    }
    if let Some(d) = &f.released {
        if !is_date(d) {
            c.push("released", Code::InvalidDate, format!("`{d}` is not a date written YYYY-MM-DD"));
        }
    }
    c.text("title", &f.title, true);
    c.text("description", &f.description, false);

    // Scales
    let mut scale_ids: HashSet<&str> = HashSet::new();
    for (i, s) in f.scales.iter().enumerate() {
        let p = format!("scales[{i}]");
        c.identifier(format!("{p}.id"), &s.id, "scale");
        if !scale_ids.insert(&s.id) {
            c.push(format!("{p}.id"), Code::DuplicateId, format!("scale id `{}` is declared more than once", s.id));
        }
        c.text(&format!("{p}.title"), &s.title, false);
        if s.options.is_empty() {
            c.push(format!("{p}.options"), Code::EmptyScale, format!("scale `{}` must have at least one option", s.id));
        }
        let mut option_ids = HashSet::new();
        for (j, o) in s.options.iter().enumerate() {
            let op = format!("{p}.options[{j}]");
            c.identifier(format!("{op}.id"), &o.id, "option");
            if !option_ids.insert(o.id.as_str()) {
                c.push(format!("{op}.id"), Code::DuplicateId, format!("option id `{}` appears more than once in scale `{}`", o.id, s.id));
            }
            c.text(&format!("{op}.label"), &o.label, true);
            if !o.credit.is_finite() || !(0.0..=1.0).contains(&o.credit) {
                c.push(format!("{op}.credit"), Code::CreditOutOfRange, format!("credit must be between 0 and 1, found `{}`", o.credit));
            }
        }
    }

    // Levels
    let mut levels: BTreeSet<u32> = BTreeSet::new();
    for (i, l) in f.levels.iter().enumerate() {
        let p = format!("levels[{i}]");
        if l.level == 0 {
            c.push(format!("{p}.level"), Code::InvalidLevel, "levels are numbered from 1; level 0 means no level reached and is implicit");
        } else if !levels.insert(l.level) {
            c.push(format!("{p}.level"), Code::DuplicateId, format!("level {} is declared more than once", l.level));
        }
        c.text(&format!("{p}.name"), &l.name, true);
        c.text(&format!("{p}.description"), &l.description, false);
    }
    let declared = |lvl: u32| levels.contains(&lvl);
    let declared_list = || {
        if levels.is_empty() {
            "the framework declares no levels".to_string()
        } else {
            format!("declared levels: {}", levels.iter().map(u32::to_string).collect::<Vec<_>>().join(", "))
        }
    };

    // Groups and controls share one id space.
    let mut ids: HashMap<&str, String> = HashMap::new();
    let mut group_ids: HashSet<&str> = HashSet::new();
    let mut control_ids: HashSet<&str> = HashSet::new();
    if f.groups.is_empty() {
        c.push("groups", Code::EmptyGroup, "a framework must have at least one group");
    }
    let mut groups: Vec<(&Group, String)> = Vec::new();
    f.walk_groups(|g, p| groups.push((g, p.to_string())));
    for (g, p) in &groups {
        c.identifier(format!("{p}.id"), &g.id, "group");
        if let Some(first) = ids.get(g.id.as_str()) {
            c.push(format!("{p}.id"), Code::DuplicateId, format!("id `{}` is already used at `{first}`", g.id));
        } else {
            ids.insert(&g.id, format!("{p}.id"));
        }
        group_ids.insert(&g.id);
        c.text(&format!("{p}.title"), &g.title, true);
        c.text(&format!("{p}.description"), &g.description, false);
        c.weight(format!("{p}.weight"), g.weight);
        if g.groups.is_empty() && g.controls.is_empty() {
            c.push(p.clone(), Code::EmptyGroup, format!("group `{}` must contain at least one control or sub-group", g.id));
        }
    }
    let mut controls: Vec<(&Control, String)> = Vec::new();
    f.walk_controls(|ctl, p| controls.push((ctl, p.to_string())));
    for (ctl, p) in &controls {
        c.identifier(format!("{p}.id"), &ctl.id, "control");
        if let Some(first) = ids.get(ctl.id.as_str()) {
            c.push(format!("{p}.id"), Code::DuplicateId, format!("id `{}` is already used at `{first}`", ctl.id));
        } else {
            ids.insert(&ctl.id, format!("{p}.id"));
        }
        control_ids.insert(&ctl.id);
        c.text(&format!("{p}.title"), &ctl.title, true);
        c.text(&format!("{p}.statement"), &ctl.statement, true);
        if let Some(q) = &ctl.question {
            c.text(&format!("{p}.question"), q, true);
        }
        if let Some(g) = &ctl.guidance {
            c.text(&format!("{p}.guidance"), g, true);
        }
        c.weight(format!("{p}.weight"), ctl.weight);
        if !scale_ids.contains(ctl.scale.as_str()) {
            let known: Vec<&str> = f.scales.iter().map(|s| s.id.as_str()).collect();
            c.push(format!("{p}.scale"), Code::UnknownScale, format!("scale `{}` is not declared; declared scales: {}", ctl.scale, known.join(", ")));
        }
        if let Some(l) = ctl.level {
            if !declared(l) {
                c.push(format!("{p}.level"), Code::UndeclaredLevel, format!("level {l} is not declared; {}", declared_list()));
            }
        }
    }

    // Profiles
    let mut profile_ids = HashSet::new();
    for (i, pr) in f.profiles.iter().enumerate() {
        let p = format!("profiles[{i}]");
        c.identifier(format!("{p}.id"), &pr.id, "profile");
        if !profile_ids.insert(pr.id.as_str()) {
            c.push(format!("{p}.id"), Code::DuplicateId, format!("profile id `{}` is declared more than once", pr.id));
        }
        c.text(&format!("{p}.title"), &pr.title, true);
        c.text(&format!("{p}.description"), &pr.description, false);
        let mut targeted = HashSet::new();
        for (j, t) in pr.group_targets.iter().enumerate() {
            let tp = format!("{p}.group_targets[{j}]");
            if !group_ids.contains(t.group.as_str()) {
                c.push(format!("{tp}.group"), Code::UnknownGroup, format!("group `{}` does not exist in this framework", t.group));
            } else if !targeted.insert(t.group.as_str()) {
                c.push(format!("{tp}.group"), Code::DuplicateId, format!("group `{}` is targeted more than once in profile `{}`", t.group, pr.id));
            }
            if !declared(t.level) {
                c.push(format!("{tp}.level"), Code::UndeclaredLevel, format!("level {} is not declared; {}", t.level, declared_list()));
            }
        }
        let mut seen = HashSet::new();
        for (j, id) in pr.control_targets.iter().enumerate() {
            let tp = format!("{p}.control_targets[{j}]");
            if !control_ids.contains(id.as_str()) {
                c.push(tp, Code::UnknownControl, format!("control `{id}` does not exist in this framework"));
            } else if !seen.insert(id.as_str()) {
                c.push(tp, Code::DuplicateId, format!("control `{id}` is targeted more than once in profile `{}`", pr.id));
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
    let mut check = |path: String, t: &Text| {
        if t.0.is_empty() {
            return;
        }
        let missing = t.missing_languages();
        if !missing.is_empty() {
            out.push(Problem::new(path, Code::MissingTranslation, format!("text lacks: {}", missing.join(", "))));
        }
    };
    check("title".into(), &f.title);
    check("description".into(), &f.description);
    for (i, s) in f.scales.iter().enumerate() {
        check(format!("scales[{i}].title"), &s.title);
        for (j, o) in s.options.iter().enumerate() {
            check(format!("scales[{i}].options[{j}].label"), &o.label);
        }
    }
    for (i, l) in f.levels.iter().enumerate() {
        check(format!("levels[{i}].name"), &l.name);
        check(format!("levels[{i}].description"), &l.description);
    }
    f.walk_groups(|g, p| {
        check(format!("{p}.title"), &g.title);
        check(format!("{p}.description"), &g.description);
    });
    f.walk_controls(|ctl, p| {
        check(format!("{p}.title"), &ctl.title);
        check(format!("{p}.statement"), &ctl.statement);
        if let Some(q) = &ctl.question {
            check(format!("{p}.question"), q);
        }
        if let Some(g) = &ctl.guidance {
            check(format!("{p}.guidance"), g);
        }
    });
    for (i, pr) in f.profiles.iter().enumerate() {
        check(format!("profiles[{i}].title"), &pr.title);
        check(format!("profiles[{i}].description"), &pr.description);
    }
    out
}
