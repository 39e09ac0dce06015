//! What changed between two versions of a framework, by stable id, each change classified
//! **breaking**, **additive** or **editorial** ([`ChangeKind::class`] is the one rule, written
//! as a table in `frameworks/README.md`), and the semantic-version check that follows from it:
//! breaking needs a major release, additive a minor one, editorial a patch.
//!
//! A control whose id changed is only recognised as renamed through an explicit mapping (an
//! `equal-to` or `equivalent-to` entry between an id only the old version has and one only the
//! new version has); otherwise it is removed and another is added.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::compiled::CompiledFramework;
use crate::error::{details, Details, Pointer};
use crate::model::framework::{Control, Framework, Group, Profile, Scale};
use crate::model::mapping::Mapping;
use crate::model::report::FrameworkStamp;
use crate::model::text::Text;

/// How much a change matters to those who rely on the framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum ChangeClass {
    /// Wording only: every answer and every result stays as it was. Needs a patch release.
    Editorial,
    /// Something new to answer or read; every existing answer stays valid and keeps its meaning,
    /// and no existing result is computed differently. Needs a minor release.
    Additive,
    /// An existing answer becomes invalid or means something else, or an existing result is
    /// computed differently. Needs a major release.
    Breaking,
}

impl ChangeClass {
    /// The smallest release that may carry a change of this class.
    pub fn required_bump(self) -> Bump {
        match self {
            ChangeClass::Editorial => Bump::Patch,
            ChangeClass::Additive => Bump::Minor,
            ChangeClass::Breaking => Bump::Major,
        }
    }

    /// The class as written in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeClass::Editorial => "editorial",
            ChangeClass::Additive => "additive",
            ChangeClass::Breaking => "breaking",
        }
    }
}

/// A step between two semantic versions, smallest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    /// No release: the same version, or an older one.
    None,
    /// `1.0.0` → `1.0.1`.
    Patch,
    /// `1.0.0` → `1.1.0`.
    Minor,
    /// `1.0.0` → `2.0.0`.
    Major,
}

impl Bump {
    /// The release from `old` to `new`, read as Cargo reads requirements: below 1.0.0 a minor
    /// step (`0.1` → `0.2`) is a major release and a patch step a minor one.
    pub fn between(old: &semver::Version, new: &semver::Version) -> Bump {
        if new <= old {
            return Bump::None;
        }
        let (o, n) = ((old.major, old.minor, old.patch), (new.major, new.minor, new.patch));
        if n.0 > o.0 || (o.0 == 0 && n.1 > o.1) {
            Bump::Major
        } else if n.1 > o.1 || o.0 == 0 && n.2 > o.2 {
            Bump::Minor
        } else {
            // A higher patch number, or only a pre-release or build step.
            Bump::Patch
        }
    }

    /// The bump as written in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

macro_rules! change_kinds {
    ($($(#[$doc:meta])* $variant:ident = $name:literal => $class:ident,)*) => {
        /// What changed. Each kind has one class ([`ChangeKind::class`]) and its own details keys.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        #[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
        #[non_exhaustive]
        pub enum ChangeKind {
            $($(#[$doc])* #[serde(rename = $name)] $variant,)*
        }

        impl ChangeKind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [ChangeKind] = &[$(ChangeKind::$variant,)*];

            /// The kind as written in JSON (`snake_case`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ChangeKind::$variant => $name,)*
                }
            }

            /// The classification rule: breaking, additive or editorial.
            pub fn class(self) -> ChangeClass {
                match self {
                    $(ChangeKind::$variant => ChangeClass::$class,)*
                }
            }
        }
    };
}

change_kinds! {
    // The framework as a whole
    /// Its title or description changed. Details: `field`, `languages`.
    FrameworkTextChanged = "framework_text_changed" => Editorial,
    /// Its publisher, licence or source address changed. Details: `field`, `from`, `to`.
    MetadataChanged = "metadata_changed" => Editorial,
    /// The declared headline changed: reports put another result first. Details: `from`, `to`.
    HeadlineChanged = "headline_changed" => Breaking,
    // Scales and their options
    /// A scale was declared. Details: `scale`.
    ScaleAdded = "scale_added" => Additive,
    /// A scale was withdrawn. Details: `scale`.
    ScaleRemoved = "scale_removed" => Breaking,
    /// A scale's title changed. Details: `scale`, `field`, `languages`.
    ScaleTextChanged = "scale_text_changed" => Editorial,
    /// An option was added: the other options now mean less. Details: `scale`, `option`.
    OptionAdded = "option_added" => Breaking,
    /// An option was removed: answers that chose it become invalid. Details: `scale`, `option`.
    OptionRemoved = "option_removed" => Breaking,
    /// An option's credit changed. Details: `scale`, `option`, `from`, `to`.
    OptionCreditChanged = "option_credit_changed" => Breaking,
    /// Whether an option meets the control changed. Details: `scale`, `option`, `from`, `to`.
    OptionMeetsChanged = "option_meets_changed" => Breaking,
    /// Whether an option means "not applicable" changed. Details: `scale`, `option`, `from`, `to`.
    OptionNotApplicableChanged = "option_not_applicable_changed" => Breaking,
    /// An option's label changed. Details: `scale`, `option`, `field`, `languages`.
    OptionTextChanged = "option_text_changed" => Editorial,
    /// The options of a scale are offered in another order. Details: `scale`.
    OptionsReordered = "options_reordered" => Editorial,
    // Maturity levels
    /// A level was declared. Details: `level`.
    LevelAdded = "level_added" => Additive,
    /// A level was withdrawn. Details: `level`.
    LevelRemoved = "level_removed" => Breaking,
    /// A level's name or description changed. Details: `level`, `field`, `languages`.
    LevelTextChanged = "level_text_changed" => Editorial,
    // Groups
    /// A group was added. Details: `group`, `parent`.
    GroupAdded = "group_added" => Additive,
    /// A group was removed. Details: `group`, `parent`.
    GroupRemoved = "group_removed" => Breaking,
    /// A group moved under another parent (the framework id for the top level). Details:
    /// `group`, `from`, `to`.
    GroupMoved = "group_moved" => Breaking,
    /// A group's weight changed. Details: `group`, `from`, `to`.
    GroupWeightChanged = "group_weight_changed" => Breaking,
    /// A group's title or description changed. Details: `group`, `field`, `languages`.
    GroupTextChanged = "group_text_changed" => Editorial,
    /// The sub-groups of a group (or the top-level groups) come in another order. Details: `group`.
    GroupsReordered = "groups_reordered" => Editorial,
    // Controls
    /// A control was added. Details: `control`, `group`.
    ControlAdded = "control_added" => Additive,
    /// A control was removed. Details: `control`, `group`.
    ControlRemoved = "control_removed" => Breaking,
    /// A control's id changed (recognised only through a mapping). Details: `from`, `to`.
    ControlRenamed = "control_renamed" => Breaking,
    /// A control moved to another group. Details: `control`, `from`, `to`.
    ControlMoved = "control_moved" => Breaking,
    /// A control's maturity level changed. Details: `control`, `from`, `to` (absent: no level).
    ControlLevelChanged = "control_level_changed" => Breaking,
    /// A control's weight changed. Details: `control`, `from`, `to`.
    ControlWeightChanged = "control_weight_changed" => Breaking,
    /// A control uses another scale. Details: `control`, `from`, `to`.
    ControlScaleChanged = "control_scale_changed" => Breaking,
    /// A control's title, statement, question or guidance changed. Details: `control`, `field`,
    /// `languages`.
    ControlTextChanged = "control_text_changed" => Editorial,
    /// Crosswalk references were added to a control. Details: `control`, `references`.
    ControlReferencesAdded = "control_references_added" => Additive,
    /// Crosswalk references were removed from a control: projections through them change.
    /// Details: `control`, `references`.
    ControlReferencesRemoved = "control_references_removed" => Breaking,
    /// A control's tags changed. Details: `control`, `added`, `removed`.
    ControlTagsChanged = "control_tags_changed" => Additive,
    /// The controls of a group come in another order. Details: `group`.
    ControlsReordered = "controls_reordered" => Editorial,
    // Profiles
    /// A profile was added. Details: `profile`.
    ProfileAdded = "profile_added" => Additive,
    /// A profile was removed. Details: `profile`.
    ProfileRemoved = "profile_removed" => Breaking,
    /// A profile's targets changed: gap analysis against it changes. Details: `profile`,
    /// `added`, `removed` (group targets written `GROUP≥LEVEL`, control targets as ids).
    ProfileTargetsChanged = "profile_targets_changed" => Breaking,
    /// A profile's title or description changed. Details: `profile`, `field`, `languages`.
    ProfileTextChanged = "profile_text_changed" => Editorial,
}

/// One change between two framework versions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Change {
    /// What changed.
    pub kind: ChangeKind,
    /// Its class (the kind's, by the rule).
    pub class: ChangeClass,
    /// Where, in the new framework (in the old one for what was removed).
    #[cfg_attr(feature = "tsify", tsify(type = "Pointer"))]
    pub pointer: Pointer,
    /// The values that describe it (see each kind for its keys).
    #[cfg_attr(feature = "tsify", tsify(type = "Details"))]
    pub details: Details,
}

impl Change {
    fn new(kind: ChangeKind, pointer: Pointer, details: Details) -> Change {
        Change { kind, class: kind.class(), pointer, details }
    }
}

/// How many changes of each class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct ClassCounts {
    /// Breaking changes.
    pub breaking: u32,
    /// Additive changes.
    pub additive: u32,
    /// Editorial changes.
    pub editorial: u32,
}

/// Whether the version step is large enough for the changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct VersionCheck {
    /// The smallest release the changes need (`none` when nothing changed).
    pub required: Bump,
    /// The release the versions make (`none` when the new version is not higher).
    pub actual: Bump,
    /// `actual` ≥ `required`.
    pub ok: bool,
}

/// The changes between two versions of a framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct FrameworkDiff {
    /// The older framework.
    pub old: FrameworkStamp,
    /// The newer framework.
    pub new: FrameworkStamp,
    /// Every change: the framework, scales, levels, groups, controls, then profiles.
    pub changes: Vec<Change>,
    /// Changes by class.
    pub counts: ClassCounts,
    /// The semantic-version check.
    pub check: VersionCheck,
}

impl FrameworkDiff {
    /// The changes that need a larger release than the versions make.
    pub fn violations(&self) -> impl Iterator<Item = &Change> {
        let actual = self.check.actual;
        self.changes.iter().filter(move |c| c.class.required_bump() > actual)
    }
}

/// The changes from `old` to `new`. `renames` is a mapping from `old` to `new` whose exact
/// entries between ids only one side has are read as renamed controls.
pub fn diff(old: &CompiledFramework, new: &CompiledFramework, renames: Option<&Mapping>) -> FrameworkDiff {
    let (o, n) = (old.framework(), new.framework());
    let mut out = Vec::new();
    framework_changes(o, n, &mut out);
    scale_changes(o, n, &mut out);
    level_changes(o, n, &mut out);
    let (og, ng) = (Tree::of(o), Tree::of(n));
    group_changes(&og, &ng, &mut out);
    control_changes(&og, &ng, &rename_pairs(&og, &ng, renames), &mut out);
    profile_changes(o, n, &mut out);
    let mut counts = ClassCounts::default();
    for c in &out {
        match c.class {
            ChangeClass::Breaking => counts.breaking += 1,
            ChangeClass::Additive => counts.additive += 1,
            ChangeClass::Editorial => counts.editorial += 1,
        }
    }
    let required = out.iter().map(|c| c.class.required_bump()).max().unwrap_or(Bump::None);
    let actual = Bump::between(old.version(), new.version());
    FrameworkDiff { old: old.stamp(), new: new.stamp(), changes: out, counts, check: VersionCheck { required, actual, ok: actual >= required } }
}

/// The languages in which two texts differ (added, removed or changed), sorted.
fn text_languages(a: &Text, b: &Text) -> Vec<String> {
    let langs: BTreeSet<&String> = a.0.keys().chain(b.0.keys()).collect();
    langs.into_iter().filter(|l| a.0.get(*l).map(|s| s.trim()) != b.0.get(*l).map(|s| s.trim())).cloned().collect()
}

/// One `*_text_changed` change per field whose text differs.
fn texts(out: &mut Vec<Change>, kind: ChangeKind, at: &Pointer, who: &[(&str, Value)], fields: &[(&str, &Text, &Text)]) {
    for (field, a, b) in fields {
        let languages = text_languages(a, b);
        if languages.is_empty() {
            continue;
        }
        let mut d: Details = who.iter().map(|(k, v)| ((*k).to_string(), v.clone())).collect();
        d.insert("field".into(), json!(field));
        d.insert("languages".into(), json!(languages));
        out.push(Change::new(kind, at.clone().key(field), d));
    }
}

fn number(x: f64) -> Value {
    serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
}

fn framework_changes(o: &Framework, n: &Framework, out: &mut Vec<Change>) {
    let root = Pointer::root();
    texts(
        out,
        ChangeKind::FrameworkTextChanged,
        &root,
        &[],
        &[("title", &o.title, &n.title), ("description", &o.description, &n.description), ("publisher", &o.publisher, &n.publisher)],
    );
    let none = String::new();
    for (field, a, b) in [("license", &o.license, &n.license), ("source_url", o.source_url.as_ref().unwrap_or(&none), n.source_url.as_ref().unwrap_or(&none))] {
        if a != b {
            out.push(Change::new(
                ChangeKind::MetadataChanged,
                root.clone().key(field),
                details([("field", json!(field)), ("from", json!(a)), ("to", json!(b))]),
            ));
        }
    }
    if o.headline != n.headline {
        out.push(Change::new(ChangeKind::HeadlineChanged, root.key("headline"), details([("from", json!(o.headline)), ("to", json!(n.headline))])));
    }
}

/// Whether the ids both lists hold come in the same order in each.
fn same_order(a: &[&str], b: &[&str]) -> bool {
    let common_a: Vec<&&str> = a.iter().filter(|x| b.contains(x)).collect();
    let common_b: Vec<&&str> = b.iter().filter(|x| a.contains(x)).collect();
    common_a == common_b
}

fn scale_changes(o: &Framework, n: &Framework, out: &mut Vec<Change>) {
    let at_new = |i: usize| Pointer::root().key("scales").index(i);
    let old_by_id: HashMap<&str, (usize, &Scale)> = o.scales.iter().enumerate().map(|(i, s)| (s.id.as_str(), (i, s))).collect();
    for (i, s) in o.scales.iter().enumerate() {
        if !n.scales.iter().any(|x| x.id == s.id) {
            out.push(Change::new(ChangeKind::ScaleRemoved, Pointer::root().key("scales").index(i), details([("scale", json!(s.id))])));
        }
    }
    for (i, s) in n.scales.iter().enumerate() {
        let Some((oi, old)) = old_by_id.get(s.id.as_str()) else {
            out.push(Change::new(ChangeKind::ScaleAdded, at_new(i), details([("scale", json!(s.id))])));
            continue;
        };
        let who = [("scale", json!(s.id))];
        texts(out, ChangeKind::ScaleTextChanged, &at_new(i), &who, &[("title", &old.title, &s.title)]);
        for (j, opt) in old.options.iter().enumerate() {
            if !s.options.iter().any(|x| x.id == opt.id) {
                let at = Pointer::root().key("scales").index(*oi).key("options").index(j);
                out.push(Change::new(ChangeKind::OptionRemoved, at, details([("scale", json!(s.id)), ("option", json!(opt.id))])));
            }
        }
        for (j, opt) in s.options.iter().enumerate() {
            let at = at_new(i).key("options").index(j);
            let who = |extra: [(&str, Value); 2]| {
                let mut d = details([("scale", json!(s.id)), ("option", json!(opt.id))]);
                d.extend(extra.into_iter().map(|(k, v)| (k.to_string(), v)));
                d
            };
            let Some(was) = old.options.iter().find(|x| x.id == opt.id) else {
                out.push(Change::new(ChangeKind::OptionAdded, at, details([("scale", json!(s.id)), ("option", json!(opt.id))])));
                continue;
            };
            if (was.credit - opt.credit).abs() > 1e-12 {
                out.push(Change::new(
                    ChangeKind::OptionCreditChanged,
                    at.clone().key("credit"),
                    who([("from", number(was.credit)), ("to", number(opt.credit))]),
                ));
            }
            if was.meets != opt.meets {
                out.push(Change::new(ChangeKind::OptionMeetsChanged, at.clone().key("meets"), who([("from", json!(was.meets)), ("to", json!(opt.meets))])));
            }
            if was.not_applicable != opt.not_applicable {
                out.push(Change::new(
                    ChangeKind::OptionNotApplicableChanged,
                    at.clone().key("not_applicable"),
                    who([("from", json!(was.not_applicable)), ("to", json!(opt.not_applicable))]),
                ));
            }
            texts(out, ChangeKind::OptionTextChanged, &at, &[("scale", json!(s.id)), ("option", json!(opt.id))], &[("label", &was.label, &opt.label)]);
        }
        let ids = |sc: &Scale| sc.options.iter().map(|x| x.id.clone()).collect::<Vec<_>>();
        let (a, b) = (ids(old), ids(s));
        if !same_order(&a.iter().map(String::as_str).collect::<Vec<_>>(), &b.iter().map(String::as_str).collect::<Vec<_>>()) {
            out.push(Change::new(ChangeKind::OptionsReordered, at_new(i).key("options"), details([("scale", json!(s.id))])));
        }
    }
}

fn level_changes(o: &Framework, n: &Framework, out: &mut Vec<Change>) {
    for (i, l) in o.levels.iter().enumerate() {
        if !n.levels.iter().any(|x| x.level == l.level) {
            out.push(Change::new(ChangeKind::LevelRemoved, Pointer::root().key("levels").index(i), details([("level", json!(l.level))])));
        }
    }
    for (i, l) in n.levels.iter().enumerate() {
        let at = Pointer::root().key("levels").index(i);
        match o.levels.iter().find(|x| x.level == l.level) {
            None => out.push(Change::new(ChangeKind::LevelAdded, at, details([("level", json!(l.level))]))),
            Some(was) => texts(
                out,
                ChangeKind::LevelTextChanged,
                &at,
                &[("level", json!(l.level))],
                &[("name", &was.name, &l.name), ("description", &was.description, &l.description)],
            ),
        }
    }
}

/// A framework's groups and controls with their parents and pointers, in document order.
struct Tree<'f> {
    root: &'f str,
    groups: Vec<(&'f Group, String, Pointer)>,
    controls: Vec<(&'f Control, String, Pointer)>,
    group_index: HashMap<&'f str, usize>,
    control_index: HashMap<&'f str, usize>,
    /// The child group ids of each parent (the framework id for the top level), in order.
    children: BTreeMap<String, Vec<&'f str>>,
}

impl<'f> Tree<'f> {
    fn of(f: &'f Framework) -> Tree<'f> {
        fn walk<'f>(t: &mut Tree<'f>, groups: &'f [Group], parent: &str, at: &Pointer) {
            for (i, g) in groups.iter().enumerate() {
                let here = at.clone().index(i);
                t.group_index.insert(&g.id, t.groups.len());
                t.groups.push((g, parent.to_string(), here.clone()));
                t.children.entry(parent.to_string()).or_default().push(&g.id);
                for (j, c) in g.controls.iter().enumerate() {
                    t.control_index.insert(&c.id, t.controls.len());
                    t.controls.push((c, g.id.clone(), here.clone().key("controls").index(j)));
                }
                walk(t, &g.groups, &g.id, &here.key("groups"));
            }
        }
        let mut t = Tree {
            root: &f.id,
            groups: Vec::new(),
            controls: Vec::new(),
            group_index: HashMap::new(),
            control_index: HashMap::new(),
            children: BTreeMap::new(),
        };
        walk(&mut t, &f.groups, &f.id, &Pointer::root().key("groups"));
        t
    }

    fn group(&self, id: &str) -> Option<&(&'f Group, String, Pointer)> {
        self.groups.get(*self.group_index.get(id)?)
    }

    fn control(&self, id: &str) -> Option<&(&'f Control, String, Pointer)> {
        self.controls.get(*self.control_index.get(id)?)
    }

    /// A parent id, with the framework id of either side read as the same root.
    fn parent_key<'a>(&self, parent: &'a str) -> &'a str {
        if parent == self.root {
            ""
        } else {
            parent
        }
    }
}

fn group_changes(o: &Tree, n: &Tree, out: &mut Vec<Change>) {
    for (g, parent, at) in &o.groups {
        if n.group(&g.id).is_none() {
            out.push(Change::new(ChangeKind::GroupRemoved, at.clone(), details([("group", json!(g.id)), ("parent", json!(parent))])));
        }
    }
    for (g, parent, at) in &n.groups {
        let Some((was, old_parent, _)) = o.group(&g.id) else {
            out.push(Change::new(ChangeKind::GroupAdded, at.clone(), details([("group", json!(g.id)), ("parent", json!(parent))])));
            continue;
        };
        if o.parent_key(old_parent) != n.parent_key(parent) {
            out.push(Change::new(ChangeKind::GroupMoved, at.clone(), details([("group", json!(g.id)), ("from", json!(old_parent)), ("to", json!(parent))])));
        }
        if (was.weight - g.weight).abs() > 1e-12 {
            out.push(Change::new(
                ChangeKind::GroupWeightChanged,
                at.clone().key("weight"),
                details([("group", json!(g.id)), ("from", number(was.weight)), ("to", number(g.weight))]),
            ));
        }
        texts(
            out,
            ChangeKind::GroupTextChanged,
            at,
            &[("group", json!(g.id))],
            &[("title", &was.title, &g.title), ("description", &was.description, &g.description)],
        );
    }
    // Order of sub-groups, per parent present on both sides.
    for (parent, kids) in &n.children {
        let old_parent = if parent == n.root { o.root.to_string() } else { parent.clone() };
        let Some(old_kids) = o.children.get(&old_parent) else { continue };
        if !same_order(old_kids, kids) {
            let at = n.group(parent).map_or_else(|| Pointer::root().key("groups"), |(_, _, p)| p.clone().key("groups"));
            out.push(Change::new(ChangeKind::GroupsReordered, at, details([("group", json!(parent))])));
        }
    }
}

/// Renamed controls: `(old id, new id)` from a mapping's exact one-to-one entries between ids
/// only the old version has and ids only the new one has.
fn rename_pairs(o: &Tree, n: &Tree, mapping: Option<&Mapping>) -> Vec<(String, String)> {
    let Some(m) = mapping else { return Vec::new() };
    let candidates: Vec<(&str, &str)> = m
        .maps
        .iter()
        .filter(|e| e.relationship.is_exact() && o.control(&e.source).is_some() && n.control(&e.source).is_none())
        .filter(|e| n.control(&e.target).is_some() && o.control(&e.target).is_none())
        .map(|e| (e.source.as_str(), e.target.as_str()))
        .collect();
    let count = |f: &dyn Fn(&(&str, &str)) -> bool| candidates.iter().filter(|p| f(p)).count();
    candidates.iter().filter(|(s, t)| count(&|p| p.0 == *s) == 1 && count(&|p| p.1 == *t) == 1).map(|(s, t)| ((*s).to_string(), (*t).to_string())).collect()
}

fn control_changes(o: &Tree, n: &Tree, renames: &[(String, String)], out: &mut Vec<Change>) {
    let renamed_to = |old: &str| renames.iter().find(|(s, _)| s == old).map(|(_, t)| t.as_str());
    let renamed_from = |new: &str| renames.iter().find(|(_, t)| t == new).map(|(s, _)| s.as_str());
    for (c, group, at) in &o.controls {
        if n.control(&c.id).is_none() && renamed_to(&c.id).is_none() {
            out.push(Change::new(ChangeKind::ControlRemoved, at.clone(), details([("control", json!(c.id)), ("group", json!(group))])));
        }
    }
    for (c, group, at) in &n.controls {
        let old_id = renamed_from(&c.id).unwrap_or(&c.id);
        let Some((was, old_group, _)) = o.control(old_id) else {
            out.push(Change::new(ChangeKind::ControlAdded, at.clone(), details([("control", json!(c.id)), ("group", json!(group))])));
            continue;
        };
        if old_id != c.id {
            out.push(Change::new(ChangeKind::ControlRenamed, at.clone().key("id"), details([("from", json!(old_id)), ("to", json!(c.id))])));
        }
        compare_control(was, old_group, c, group, at, out);
    }
    for (g, _, at) in &n.groups {
        let Some((was, _, _)) = o.group(&g.id) else { continue };
        let ids = |gr: &Group, map: bool| -> Vec<String> {
            gr.controls.iter().map(|c| if map { renamed_from(&c.id).unwrap_or(&c.id).to_string() } else { c.id.clone() }).collect()
        };
        let (a, b) = (ids(was, false), ids(g, true));
        if !same_order(&a.iter().map(String::as_str).collect::<Vec<_>>(), &b.iter().map(String::as_str).collect::<Vec<_>>()) {
            out.push(Change::new(ChangeKind::ControlsReordered, at.clone().key("controls"), details([("group", json!(g.id))])));
        }
    }
}

fn compare_control(was: &Control, old_group: &str, c: &Control, group: &str, at: &Pointer, out: &mut Vec<Change>) {
    let id = json!(c.id);
    let d = |extra: [(&str, Value); 2]| {
        let mut d = details([("control", id.clone())]);
        d.extend(extra.into_iter().map(|(k, v)| (k.to_string(), v)));
        d
    };
    if old_group != group {
        out.push(Change::new(ChangeKind::ControlMoved, at.clone(), d([("from", json!(old_group)), ("to", json!(group))])));
    }
    if was.level != c.level {
        out.push(Change::new(ChangeKind::ControlLevelChanged, at.clone().key("level"), d([("from", json!(was.level)), ("to", json!(c.level))])));
    }
    if (was.weight - c.weight).abs() > 1e-12 {
        out.push(Change::new(ChangeKind::ControlWeightChanged, at.clone().key("weight"), d([("from", number(was.weight)), ("to", number(c.weight))])));
    }
    if was.scale != c.scale {
        out.push(Change::new(ChangeKind::ControlScaleChanged, at.clone().key("scale"), d([("from", json!(was.scale)), ("to", json!(c.scale))])));
    }
    let empty = Text::default();
    texts(
        out,
        ChangeKind::ControlTextChanged,
        at,
        &[("control", id.clone())],
        &[
            ("title", &was.title, &c.title),
            ("statement", &was.statement, &c.statement),
            ("question", was.question.as_ref().unwrap_or(&empty), c.question.as_ref().unwrap_or(&empty)),
            ("guidance", was.guidance.as_ref().unwrap_or(&empty), c.guidance.as_ref().unwrap_or(&empty)),
        ],
    );
    let refs = |x: &Control| -> BTreeSet<String> { x.references.iter().map(|r| format!("{} {} {}", r.framework, r.version, r.id)).collect() };
    let (a, b) = (refs(was), refs(c));
    let added: Vec<&String> = b.difference(&a).collect();
    let removed: Vec<&String> = a.difference(&b).collect();
    if !added.is_empty() {
        out.push(Change::new(
            ChangeKind::ControlReferencesAdded,
            at.clone().key("references"),
            details([("control", id.clone()), ("references", json!(added))]),
        ));
    }
    if !removed.is_empty() {
        out.push(Change::new(
            ChangeKind::ControlReferencesRemoved,
            at.clone().key("references"),
            details([("control", id.clone()), ("references", json!(removed))]),
        ));
    }
    let (a, b): (BTreeSet<&String>, BTreeSet<&String>) = (was.tags.iter().collect(), c.tags.iter().collect());
    if a != b {
        let added: Vec<&&String> = b.difference(&a).collect();
        let removed: Vec<&&String> = a.difference(&b).collect();
        out.push(Change::new(ChangeKind::ControlTagsChanged, at.clone().key("tags"), d([("added", json!(added)), ("removed", json!(removed))])));
    }
}

fn targets(p: &Profile) -> BTreeSet<String> {
    p.group_targets.iter().map(|t| format!("{}≥{}", t.group, t.level)).chain(p.control_targets.iter().cloned()).collect()
}

fn profile_changes(o: &Framework, n: &Framework, out: &mut Vec<Change>) {
    for (i, p) in o.profiles.iter().enumerate() {
        if !n.profiles.iter().any(|x| x.id == p.id) {
            out.push(Change::new(ChangeKind::ProfileRemoved, Pointer::root().key("profiles").index(i), details([("profile", json!(p.id))])));
        }
    }
    for (i, p) in n.profiles.iter().enumerate() {
        let at = Pointer::root().key("profiles").index(i);
        let Some(was) = o.profiles.iter().find(|x| x.id == p.id) else {
            out.push(Change::new(ChangeKind::ProfileAdded, at, details([("profile", json!(p.id))])));
            continue;
        };
        let (a, b) = (targets(was), targets(p));
        if a != b {
            let added: Vec<&String> = b.difference(&a).collect();
            let removed: Vec<&String> = a.difference(&b).collect();
            out.push(Change::new(
                ChangeKind::ProfileTargetsChanged,
                at.clone(),
                details([("profile", json!(p.id)), ("added", json!(added)), ("removed", json!(removed))]),
            ));
        }
        texts(
            out,
            ChangeKind::ProfileTextChanged,
            &at,
            &[("profile", json!(p.id))],
            &[("title", &was.title, &p.title), ("description", &was.description, &p.description)],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> semver::Version {
        semver::Version::parse(s).unwrap_or_else(|_| semver::Version::new(0, 0, 0))
    }

    #[test]
    fn bumps_follow_cargo() {
        assert_eq!(Bump::between(&v("1.0.0"), &v("1.0.1")), Bump::Patch);
        assert_eq!(Bump::between(&v("1.0.1"), &v("1.1.0")), Bump::Minor);
        assert_eq!(Bump::between(&v("1.0.1"), &v("2.0.0")), Bump::Major);
        assert_eq!(Bump::between(&v("1.0.1"), &v("1.0.1")), Bump::None);
        assert_eq!(Bump::between(&v("2.0.0"), &v("1.9.0")), Bump::None);
        assert_eq!(Bump::between(&v("0.1.0"), &v("0.2.0")), Bump::Major);
        assert_eq!(Bump::between(&v("0.1.0"), &v("0.1.1")), Bump::Minor);
        assert_eq!(Bump::between(&v("1.0.0-rc.1"), &v("1.0.0")), Bump::Patch);
    }

    #[test]
    fn every_kind_has_a_class_and_a_distinct_name() {
        let names: BTreeSet<&str> = ChangeKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(names.len(), ChangeKind::ALL.len());
        assert_eq!(ChangeKind::ControlAdded.class(), ChangeClass::Additive);
        assert_eq!(ChangeKind::ControlLevelChanged.class(), ChangeClass::Breaking);
        assert_eq!(ChangeKind::ControlTextChanged.class(), ChangeClass::Editorial);
    }
}
