//! OSCAL catalogs and profiles in (JSON, OSCAL 1.0 to 1.2).
//!
//! How a catalog becomes a framework:
//! - **Identity**: `id` is given, or else the slug of the catalog's title (cut at a word boundary
//!   to at most 48 characters); `version` is given, or else `metadata.version` when it is a
//!   semantic version, or `N`, `N.N` padded with zeros (`5.1` → `5.1.0`); anything else must be
//!   given (`invalid_version`). The SHA-256 of the source text is recorded in the import report.
//! - **Groups** become groups (an OSCAL group without an id gets the slug of its title);
//!   controls directly in the catalog go into a group named after the catalog.
//! - **Controls and enhancements** become controls. An enhancement (a control inside a control)
//!   becomes a sibling placed right after its parent, tagged `enhancement` and `parent:<id>`, so
//!   that every assessable item is a control and a parent keeps its own answer.
//! - **Text**: `title`; the `statement` part with its `item` sub-parts flattened in document
//!   order, one per line, each prefixed by its label (`a.`, `1.`); parameters rendered as
//!   `[Assignment: <label>]` or `[Selection (one or more): a; b]` (a profile's `set-parameters`
//!   values replace them in a restricted framework); the `guidance` part as guidance. OSCAL text
//!   has one language, English: Arabic and French are left for translators (validation warns).
//! - **Props** `label` and `sort-id` are kept as tags (`label:AC-2(1)`, `sort-id:ac-02.01`).
//! - **Withdrawn** controls (prop `status` = `withdrawn`) are not imported; the report lists
//!   each with its `moved-to` and `incorporated-into` links (`incorporated_into` and hrefs
//!   without `#` are read too).
//! - **Scale**: the standard implementation scale, or yes / no / not applicable; no levels, so
//!   the headline is the index.
//!
//! A profile is resolved against the catalog given with it: `include-all` or `include-controls`
//! (`with-ids`, `with-child-controls: yes`, `matching` patterns with `*` and `?`), then
//! `exclude-controls`. The result is a target profile on the imported framework (its
//! `control_targets` in catalog order) and, on request, a framework restricted to those controls.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::{Digest as _, Sha256};

use crate::error::{details, Code, DocumentKind, Error, Pointer, Problem, Result};
use crate::model::framework::{Control, Framework, Group, Headline, Profile, Scale};
use crate::model::text::Text;
use crate::parse::parse;

// ---- The OSCAL subset read (unknown fields are ignored: OSCAL has many) ----

/// A string of the source, borrowed from it unless it holds an escape sequence (most OSCAL
/// text does not), so that reading a large catalog allocates little.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Str<'a>(Cow<'a, str>);

impl std::ops::Deref for Str<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Str<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Str<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> std::result::Result<Str<'de>, E> {
                Ok(Str(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> std::result::Result<Str<'de>, E> {
                Ok(Str(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> std::result::Result<Str<'de>, E> {
                Ok(Str(Cow::Owned(v)))
            }
        }
        d.deserialize_str(Visit)
    }
}

#[derive(Deserialize)]
struct CatalogDoc<'a> {
    #[serde(borrow)]
    catalog: Catalog<'a>,
}

#[derive(Deserialize)]
struct Catalog<'a> {
    #[serde(borrow)]
    metadata: Metadata<'a>,
    #[serde(borrow, default)]
    params: Vec<Param<'a>>,
    #[serde(borrow, default)]
    controls: Vec<OControl<'a>>,
    #[serde(borrow, default)]
    groups: Vec<OGroup<'a>>,
}

#[derive(Deserialize)]
struct Metadata<'a> {
    #[serde(borrow)]
    title: Str<'a>,
    #[serde(borrow)]
    version: Str<'a>,
    #[serde(rename = "oscal-version", borrow)]
    oscal_version: Str<'a>,
    #[serde(rename = "last-modified", borrow, default)]
    last_modified: Option<Str<'a>>,
    #[serde(borrow, default)]
    parties: Vec<Party<'a>>,
}

#[derive(Deserialize)]
struct Party<'a> {
    #[serde(rename = "type", borrow)]
    kind: Str<'a>,
    #[serde(borrow, default)]
    name: Option<Str<'a>>,
}

#[derive(Deserialize)]
struct OGroup<'a> {
    #[serde(borrow, default)]
    id: Option<Str<'a>>,
    #[serde(borrow)]
    title: Str<'a>,
    #[serde(borrow, default)]
    params: Vec<Param<'a>>,
    #[serde(borrow, default, deserialize_with = "group_parts")]
    parts: Vec<Part<'a>>,
    #[serde(borrow, default)]
    groups: Vec<OGroup<'a>>,
    #[serde(borrow, default)]
    controls: Vec<OControl<'a>>,
}

#[derive(Deserialize)]
struct OControl<'a> {
    #[serde(borrow)]
    id: Str<'a>,
    #[serde(borrow)]
    title: Str<'a>,
    #[serde(borrow, default)]
    params: Vec<Param<'a>>,
    #[serde(borrow, default)]
    props: Props<'a>,
    #[serde(borrow, default, deserialize_with = "withdrawal_links")]
    links: Vec<Link<'a>>,
    #[serde(borrow, default, deserialize_with = "control_parts")]
    parts: Vec<Part<'a>>,
    #[serde(borrow, default)]
    controls: Vec<OControl<'a>>,
}

#[derive(Deserialize)]
struct Param<'a> {
    #[serde(borrow)]
    id: Str<'a>,
    #[serde(borrow, default)]
    label: Option<Str<'a>>,
    #[serde(borrow, default)]
    select: Option<Select<'a>>,
    #[serde(borrow, default)]
    values: Vec<Str<'a>>,
}

#[derive(Deserialize)]
struct Select<'a> {
    #[serde(rename = "how-many", borrow, default)]
    how_many: Option<Str<'a>>,
    #[serde(borrow, default)]
    choice: Vec<Str<'a>>,
}

#[derive(Deserialize)]
struct Prop<'a> {
    #[serde(borrow)]
    name: Str<'a>,
    #[serde(borrow)]
    value: Str<'a>,
}

#[derive(Deserialize)]
struct Link<'a> {
    #[serde(borrow)]
    href: Str<'a>,
    #[serde(borrow, default)]
    rel: Option<Str<'a>>,
}

/// A part kept for its text (`statement`, `guidance`, `overview` and everything inside them).
struct Part<'a> {
    name: Str<'a>,
    props: Props<'a>,
    prose: Option<Str<'a>>,
    parts: Vec<Part<'a>>,
}

/// The props read (`label`, `sort-id`, `status`; the first of each name counts), without a
/// list of them: a catalog has thousands.
#[derive(Default)]
struct Props<'a> {
    label: Option<Str<'a>>,
    sort_id: Option<Str<'a>>,
    status: Option<Str<'a>>,
}

impl<'de: 'a, 'a> Deserialize<'de> for Props<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Props<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of props")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Props<'de>, A::Error> {
                let mut props = Props::default();
                while let Some(p) = seq.next_element::<Prop<'de>>()? {
                    let slot = match &*p.name {
                        "label" => &mut props.label,
                        "sort-id" => &mut props.sort_id,
                        "status" => &mut props.status,
                        _ => continue,
                    };
                    if slot.is_none() {
                        *slot = Some(p.value);
                    }
                }
                Ok(props)
            }
        }
        d.deserialize_seq(Visit)
    }
}

/// The `rel`s of the links a withdrawn control's report gives.
const WITHDRAWAL_RELS: [&str; 4] = ["moved-to", "moved_to", "incorporated-into", "incorporated_into"];

/// A control's links, keeping only those that say where a withdrawn control went (the others,
/// `related` and `reference` mostly, are many and unused).
fn withdrawal_links<'de: 'a, 'a, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Vec<Link<'a>>, D::Error> {
    struct Visit;
    impl<'de> serde::de::Visitor<'de> for Visit {
        type Value = Vec<Link<'de>>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list of links")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Vec<Link<'de>>, A::Error> {
            let mut kept = Vec::new();
            while let Some(link) = seq.next_element::<Link<'de>>()? {
                if link.rel.as_deref().is_some_and(|r| WITHDRAWAL_RELS.contains(&r)) {
                    kept.push(link);
                }
            }
            Ok(kept)
        }
    }
    d.deserialize_seq(Visit)
}

/// A control's parts: only `statement` and `guidance` are read (with all they hold); the
/// others (assessment objectives and methods, most of a catalog's text) are skipped unread.
fn control_parts<'de: 'a, 'a, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Vec<Part<'a>>, D::Error> {
    d.deserialize_seq(Parts { keep: Some(&["statement", "guidance"]) })
}

/// A group's parts: only `overview` is read.
fn group_parts<'de: 'a, 'a, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Vec<Part<'a>>, D::Error> {
    d.deserialize_seq(Parts { keep: Some(&["overview"]) })
}

/// A list of parts, keeping those whose name is in `keep` (all when `None`).
#[derive(Clone, Copy)]
struct Parts {
    keep: Option<&'static [&'static str]>,
}

impl<'de> serde::de::Visitor<'de> for Parts {
    type Value = Vec<Part<'de>>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of parts")
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Vec<Part<'de>>, A::Error> {
        let mut kept = Vec::new();
        while let Some(part) = seq.next_element_seed(self)? {
            kept.extend(part);
        }
        Ok(kept)
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Parts {
    /// `None` for a part not kept.
    type Value = Option<Part<'de>>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<Self::Value, D::Error> {
        d.deserialize_map(OnePart(self))
    }
}

/// One part. Once its `name` is known not to be kept, the rest of it is skipped without being
/// built (OSCAL files put `name` near the start).
struct OnePart(Parts);

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum PartKey {
    Name,
    Props,
    Prose,
    Parts,
    #[serde(other)]
    Other,
}

impl<'de> serde::de::Visitor<'de> for OnePart {
    type Value = Option<Part<'de>>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("struct Part")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<Self::Value, A::Error> {
        use serde::de::{Error as _, IgnoredAny};
        let (mut name, mut props, mut prose, mut parts) = (None::<Str<'de>>, None::<Props<'de>>, None::<Option<Str<'de>>>, None::<Vec<Part<'de>>>);
        let mut skipped = false;
        while let Some(key) = map.next_key::<PartKey>()? {
            match key {
                PartKey::Name => {
                    if name.is_some() {
                        return Err(A::Error::duplicate_field("name"));
                    }
                    let n: Str<'de> = map.next_value()?;
                    skipped = self.0.keep.is_some_and(|keep| !keep.contains(&&*n));
                    if skipped {
                        (props, prose, parts) = (None, None, None);
                    }
                    name = Some(n);
                }
                PartKey::Props if !skipped => {
                    if props.is_some() {
                        return Err(A::Error::duplicate_field("props"));
                    }
                    props = Some(map.next_value()?);
                }
                PartKey::Prose if !skipped => {
                    if prose.is_some() {
                        return Err(A::Error::duplicate_field("prose"));
                    }
                    prose = Some(map.next_value()?);
                }
                PartKey::Parts if !skipped => {
                    if parts.is_some() {
                        return Err(A::Error::duplicate_field("parts"));
                    }
                    parts = Some(map.next_value_seed(AllParts)?);
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let name = name.ok_or_else(|| A::Error::missing_field("name"))?;
        Ok((!skipped).then(|| Part { name, props: props.unwrap_or_default(), prose: prose.flatten(), parts: parts.unwrap_or_default() }))
    }
}

/// The parts inside a kept part: all kept.
struct AllParts;

impl<'de> serde::de::DeserializeSeed<'de> for AllParts {
    type Value = Vec<Part<'de>>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<Self::Value, D::Error> {
        d.deserialize_seq(Parts { keep: None })
    }
}

#[derive(Deserialize)]
struct ProfileDoc<'a> {
    #[serde(borrow)]
    profile: OProfile<'a>,
}

#[derive(Deserialize)]
struct OProfile<'a> {
    #[serde(borrow)]
    metadata: Metadata<'a>,
    imports: Vec<Import>,
    #[serde(default)]
    modify: Option<Modify>,
}

#[derive(Deserialize)]
struct Import {
    #[serde(rename = "include-all", default)]
    include_all: Option<serde_json::Value>,
    #[serde(rename = "include-controls", default)]
    include_controls: Vec<Selection>,
    #[serde(rename = "exclude-controls", default)]
    exclude_controls: Vec<Selection>,
}

#[derive(Deserialize)]
struct Selection {
    #[serde(rename = "with-ids", default)]
    with_ids: Vec<String>,
    #[serde(rename = "with-child-controls", default)]
    with_child_controls: Option<String>,
    #[serde(default)]
    matching: Vec<Matching>,
}

#[derive(Deserialize)]
struct Matching {
    pattern: String,
}

#[derive(Deserialize)]
struct Modify {
    #[serde(rename = "set-parameters", default)]
    set_parameters: Vec<SetParameter>,
}

#[derive(Deserialize)]
struct SetParameter {
    #[serde(rename = "param-id")]
    param_id: String,
    #[serde(default)]
    values: Vec<String>,
}

// ---- What the import gives ----

/// The answer scale given to imported controls.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum ImportScale {
    /// Not / partially / largely / fully implemented, not applicable.
    #[default]
    Implementation,
    /// Yes / no / not applicable.
    YesNoNa,
}

/// Choices for an OSCAL import.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields, default)]
pub struct OscalOptions {
    /// The framework id (else the slug of the catalog's title).
    pub id: Option<String>,
    /// The framework version (else the catalog's `metadata.version`, see the module's rule).
    pub version: Option<String>,
    /// The answer scale of every control.
    pub scale: ImportScale,
}

/// A control the catalog marks withdrawn, with where its content went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct WithdrawnControl {
    /// The control id.
    pub id: String,
    /// Its display label (`AC-13`), when the catalog gives one.
    pub label: Option<String>,
    /// The ids it was moved to.
    pub moved_to: Vec<String>,
    /// The ids it was incorporated into.
    pub incorporated_into: Vec<String>,
}

/// Something the import changed or left out, as data (never only printed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct ImportWarning {
    /// `version_padded`, `group_id_generated`, `id_renamed`, `no_statement`, `unknown_parameter`
    /// or `unknown_control`.
    pub code: String,
    /// Where in the source (an RFC 6901 JSON Pointer).
    #[cfg_attr(feature = "tsify", tsify(type = "string"))]
    pub pointer: Pointer,
    /// The values concerned (e.g. `from`, `to`, `id`).
    pub details: BTreeMap<String, String>,
}

/// What an import read, made and left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct ImportReport {
    /// `oscal-catalog` or `oscal-profile`.
    pub format: String,
    /// `sha256:` and the hex SHA-256 of the source text (the catalog's for a profile import).
    pub source_digest: String,
    /// The source's `oscal-version`.
    pub oscal_version: String,
    /// The source's own title and `metadata.version`.
    pub source_title: String,
    /// See `source_title`.
    pub source_version: String,
    /// Groups made.
    pub groups: usize,
    /// Controls made.
    pub controls: usize,
    /// Controls not imported because the catalog withdrew them.
    pub withdrawn: Vec<WithdrawnControl>,
    /// Everything else worth knowing.
    pub warnings: Vec<ImportWarning>,
}

/// An imported catalog: the framework (valid, to be checked with `validate_framework`) and
/// the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct CatalogImport {
    /// The framework.
    pub framework: Framework,
    /// What was read, made and left out.
    pub report: ImportReport,
}

/// An imported profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct ProfileImport {
    /// The catalog's framework with the profile added to its `profiles`.
    pub framework: Framework,
    /// The profile's id in `framework`.
    pub profile: String,
    /// The targeted controls, in catalog order.
    pub targets: Vec<String>,
    /// The framework restricted to the profile's controls (parameters set by the profile
    /// filled in), when asked for.
    pub restricted: Option<Framework>,
    /// What was read, made and left out.
    pub report: ImportReport,
}

// ---- Import ----

/// Controls in catalog order, each with its parent control (enhancements).
type ControlOrder = Vec<(String, Option<String>)>;

pub(crate) fn sha256(text: &str) -> String {
    use std::fmt::Write as _;
    let mut s = String::from("sha256:");
    for b in Sha256::digest(text.as_bytes()) {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// The SHA-256 of `source` (see [`sha256`]) and the result of `work`. Natively, for a large
/// source, the digest is computed on a second thread while `work` runs (it is about a third of
/// a large catalog's import); in WebAssembly, one after the other.
fn with_digest<T>(source: &str, work: impl FnOnce() -> T) -> (String, T) {
    #[cfg(not(target_arch = "wasm32"))]
    if source.len() > 256 * 1024 {
        return std::thread::scope(|s| {
            let digest = s.spawn(|| sha256(source));
            let done = work();
            // The digest cannot panic; if the thread could not finish, compute it here.
            (digest.join().unwrap_or_else(|_| sha256(source)), done)
        });
    }
    let done = work();
    (sha256(source), done)
}

/// The slug of a text: lowercase ASCII letters and digits, words joined by `-`, cut at a word
/// boundary to at most `max` characters (`fallback` when nothing is left).
pub(crate) fn slug(text: &str, max: usize, fallback: &str) -> String {
    let mut out = String::new();
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        let w = word.to_ascii_lowercase();
        if out.len() + w.len() + usize::from(!out.is_empty()) > max {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w);
    }
    if out.is_empty() {
        fallback.to_string()
    } else {
        out
    }
}

/// The framework version for an OSCAL `metadata.version` (see the module's rule), and whether
/// it was padded.
pub(crate) fn version_of(v: &str) -> Option<(String, bool)> {
    if semver::Version::parse(v).is_ok() {
        return Some((v.to_string(), false));
    }
    let parts: Vec<&str> = v.split('.').collect();
    if (1..=2).contains(&parts.len()) && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
        let mut padded =
            parts.iter().map(|p| p.trim_start_matches('0').to_string()).map(|p| if p.is_empty() { "0".to_string() } else { p }).collect::<Vec<_>>();
        padded.resize(3, "0".to_string());
        return Some((padded.join("."), true));
    }
    None
}

struct Builder<'a, 's> {
    params: &'s HashMap<&'a str, &'a Param<'a>>,
    set: &'s HashMap<&'s str, &'s [String]>,
    withdrawn: Vec<WithdrawnControl>,
    warnings: Vec<ImportWarning>,
    ids: HashSet<Cow<'a, str>>,
    scale: String,
    /// Controls in catalog order, with their parent control (for `with-child-controls`), when
    /// asked for.
    order: Option<ControlOrder>,
}

/// A place in the source, kept as a chain of steps on the stack and only written out as a
/// [`Pointer`] when a warning needs it (most places never do).
#[derive(Clone, Copy)]
struct At<'p> {
    parent: Option<&'p At<'p>>,
    step: Step<'p>,
}

#[derive(Clone, Copy)]
enum Step<'p> {
    Root,
    Key(&'p str),
    Index(usize),
}

impl<'p> At<'p> {
    const ROOT: At<'static> = At { parent: None, step: Step::Root };

    fn key(&'p self, key: &'p str) -> At<'p> {
        At { parent: Some(self), step: Step::Key(key) }
    }

    fn index(&'p self, index: usize) -> At<'p> {
        At { parent: Some(self), step: Step::Index(index) }
    }

    fn pointer(&self) -> Pointer {
        let mut steps = vec![self.step];
        let mut at = self.parent;
        while let Some(a) = at {
            steps.push(a.step);
            at = a.parent;
        }
        steps.iter().rev().fold(Pointer::root(), |p, s| match *s {
            Step::Root => p,
            Step::Key(k) => p.key(k),
            Step::Index(i) => p.index(i),
        })
    }
}

/// Where `cc` (the character twice) first occurs in `text`: a search for one character, which
/// is much faster than a search for a two-character string.
fn find_pair(text: &str, c: char) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|t| t.find(c)) {
        let at = from + i;
        if text.get(at + 1..).is_some_and(|t| t.starts_with(c)) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// An English-only text, taking the string as it is.
fn english(text: String) -> Text {
    Text(BTreeMap::from([(crate::model::text::REQUIRED_LANGUAGE.to_owned(), text)]))
}

/// Trims the whitespace around `s[start..]`, in place.
fn trim_from(s: &mut String, start: usize) {
    let end = start + s.get(start..).map_or(0, |t| t.trim_end().len());
    s.truncate(end);
    let lead = s.get(start..).map_or(0, |t| t.len() - t.trim_start().len());
    if lead > 0 {
        s.drain(start..start + lead);
    }
}

fn target(href: &str) -> String {
    href.strip_prefix('#').unwrap_or(href).to_string()
}

impl<'a, 's> Builder<'a, 's> {
    fn new(params: &'s HashMap<&'a str, &'a Param<'a>>, set: &'s HashMap<&'s str, &'s [String]>, scale: &str, order: bool) -> Self {
        Builder { params, set, withdrawn: Vec::new(), warnings: Vec::new(), ids: HashSet::new(), scale: scale.to_string(), order: order.then(Vec::new) }
    }

    fn warn(&mut self, code: &str, at: &At, pairs: &[(&str, &str)]) {
        self.warnings.push(ImportWarning {
            code: code.into(),
            pointer: at.pointer(),
            details: pairs.iter().map(|(k, v)| ((*k).to_string(), (*v).to_string())).collect(),
        });
    }

    /// Appends `text` with every `{{ insert: param, ID }}` rendered, trimmed. `depth` counts
    /// the selections being rendered inside each other (choices may insert parameters too).
    fn prose_into(&mut self, text: &str, at: &At, depth: usize, out: &mut String) {
        let start = out.len();
        let mut rest = text;
        while let Some(open) = find_pair(rest, '{') {
            let after = &rest[open + 2..];
            let Some(end) = find_pair(after, '}') else { break };
            out.push_str(&rest[..open]);
            let inner = after[..end].trim();
            match inner.strip_prefix("insert:").map(str::trim).and_then(|r| r.strip_prefix("param,")).map(str::trim) {
                Some(id) => self.param_into(id, at, depth, out),
                None => out.push_str(&rest[open..open + 2 + end + 2]),
            }
            rest = &after[end + 2..];
        }
        out.push_str(rest);
        trim_from(out, start);
    }

    /// Appends how parameter `id` reads: the profile's or the catalog's values, else its
    /// selection or assignment.
    fn param_into(&mut self, id: &str, at: &At, depth: usize, out: &mut String) {
        fn join<'s>(out: &mut String, values: impl Iterator<Item = &'s str>, sep: &str) {
            for (i, v) in values.enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                out.push_str(v);
            }
        }
        if let Some(values) = self.set.get(id).copied() {
            return join(out, values.iter().map(String::as_str), ", ");
        }
        let Some(p) = self.params.get(id).copied() else {
            self.warn("unknown_parameter", at, &[("id", id)]);
            out.push('[');
            out.push_str(id);
            out.push(']');
            return;
        };
        if !p.values.is_empty() {
            return join(out, p.values.iter().map(|v| &**v), ", ");
        }
        if let Some(sel) = &p.select {
            out.push_str(if sel.how_many.as_deref() == Some("one-or-more") { "[Selection (one or more): " } else { "[Selection: " });
            for (i, c) in sel.choice.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if depth < 4 {
                    self.prose_into(c, at, depth + 1, out);
                } else {
                    out.push_str(c);
                }
            }
            out.push(']');
            return;
        }
        out.push_str("[Assignment: ");
        out.push_str(p.label.as_deref().unwrap_or(id));
        out.push(']');
    }

    /// Appends the lines of a part and its sub-parts (each its label, a space and its prose),
    /// one per line; empty lines are left out.
    fn part_lines(&mut self, part: &Part, at: &At, out: &mut String) {
        let mark = out.len();
        if mark > 0 {
            out.push('\n');
        }
        let line = out.len();
        if let Some(label) = part.props.label.as_deref() {
            out.push_str(label);
            let space = out.len();
            out.push(' ');
            if let Some(prose) = part.prose.as_deref() {
                self.prose_into(prose, at, 0, out);
            }
            if out.len() == space + 1 {
                out.truncate(space);
            }
        } else if let Some(prose) = part.prose.as_deref() {
            self.prose_into(prose, at, 0, out);
        }
        if out.len() == line {
            out.truncate(mark);
        }
        for (i, p) in part.parts.iter().enumerate() {
            self.part_lines(p, &at.key("parts").index(i), out);
        }
    }

    fn text_of(&mut self, parts: &[Part], name: &str, at: &At) -> Option<String> {
        let mut out = String::new();
        for (i, p) in parts.iter().enumerate().filter(|(_, p)| &*p.name == name) {
            self.part_lines(p, &at.key("parts").index(i), &mut out);
        }
        (!out.is_empty()).then_some(out)
    }

    fn unique(&mut self, wanted: Cow<'a, str>, at: &At) -> String {
        if !self.ids.contains(&*wanted) {
            let id = wanted.to_string();
            self.ids.insert(wanted);
            return id;
        }
        let mut n = 2;
        loop {
            let candidate = format!("{wanted}-{n}");
            if !self.ids.contains(candidate.as_str()) {
                self.ids.insert(Cow::Owned(candidate.clone()));
                self.warn("id_renamed", at, &[("from", &wanted), ("to", &candidate)]);
                return candidate;
            }
            n += 1;
        }
    }

    /// A control and, after it, its enhancements (recursively), into `out`.
    fn control(&mut self, c: &'a OControl<'a>, parent: Option<&str>, at: &At, out: &mut Vec<Control>) {
        if c.props.status.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("withdrawn")) {
            let links =
                |rels: &[&str]| c.links.iter().filter(|l| l.rel.as_deref().is_some_and(|r| rels.contains(&r))).map(|l| target(&l.href)).collect::<Vec<_>>();
            self.withdrawn.push(WithdrawnControl {
                id: c.id.to_string(),
                label: c.props.label.as_deref().map(str::to_string),
                moved_to: links(&["moved-to", "moved_to"]),
                incorporated_into: links(&["incorporated-into", "incorporated_into"]),
            });
        } else {
            let id = self.unique(c.id.0.clone(), &at.key("id"));
            let statement = match self.text_of(&c.parts, "statement", at) {
                Some(s) => s,
                None => {
                    self.warn("no_statement", at, &[("id", &c.id)]);
                    c.title.to_string()
                }
            };
            let guidance = self.text_of(&c.parts, "guidance", at);
            let mut tags = Vec::new();
            if let Some(parent) = parent {
                tags.push("enhancement".to_string());
                tags.push(format!("parent:{parent}"));
            }
            for (name, value) in [("label", &c.props.label), ("sort-id", &c.props.sort_id)] {
                if let Some(v) = value {
                    tags.push(format!("{name}:{v}"));
                }
            }
            if let Some(order) = &mut self.order {
                order.push((id.clone(), parent.map(str::to_string)));
            }
            out.push(Control {
                id,
                title: english(c.title.to_string()),
                statement: english(statement),
                question: None,
                guidance: guidance.map(english),
                level: None,
                weight: 1.0,
                scale: self.scale.clone(),
                tags,
                references: Vec::new(),
            });
        }
        for (i, e) in c.controls.iter().enumerate() {
            self.control(e, Some(&c.id), &at.key("controls").index(i), out);
        }
    }

    fn group(&mut self, g: &'a OGroup<'a>, at: &At) -> Group {
        let wanted = match &g.id {
            Some(id) => id.0.clone(),
            None => {
                let generated = slug(&g.title, 48, "group");
                self.warn("group_id_generated", at, &[("title", &g.title), ("id", &generated)]);
                Cow::Owned(generated)
            }
        };
        let id = self.unique(wanted, &at.key("id"));
        let description = self.text_of(&g.parts, "overview", at).map(english).unwrap_or_default();
        let mut controls = Vec::new();
        for (i, c) in g.controls.iter().enumerate() {
            self.control(c, None, &at.key("controls").index(i), &mut controls);
        }
        let groups = g.groups.iter().enumerate().map(|(i, sub)| self.group(sub, &at.key("groups").index(i))).collect();
        Group { id, title: english(g.title.to_string()), description, weight: 1.0, controls, groups }
    }
}

fn collect_params<'a>(catalog: &'a Catalog<'a>, into: &mut HashMap<&'a str, &'a Param<'a>>) {
    fn control<'a>(c: &'a OControl<'a>, into: &mut HashMap<&'a str, &'a Param<'a>>) {
        for p in &c.params {
            into.insert(&p.id, p);
        }
        for e in &c.controls {
            control(e, into);
        }
    }
    fn group<'a>(g: &'a OGroup<'a>, into: &mut HashMap<&'a str, &'a Param<'a>>) {
        for p in &g.params {
            into.insert(&p.id, p);
        }
        g.controls.iter().for_each(|c| control(c, into));
        g.groups.iter().for_each(|s| group(s, into));
    }
    for p in &catalog.params {
        into.insert(&p.id, p);
    }
    catalog.controls.iter().for_each(|c| control(c, into));
    catalog.groups.iter().for_each(|g| group(g, into));
}

fn not_a(document: DocumentKind, problem: &str) -> Error {
    Error::Parse { document, problem: Problem::new(Pointer::root(), Code::InvalidStructure, details([("problem", json!(problem))])) }
}

fn read_catalog(json: &str) -> Result<Catalog<'_>> {
    match parse::<CatalogDoc>(DocumentKind::Framework, json) {
        Ok(doc) => Ok(doc.catalog),
        // Only to explain a failure: JSON without a top-level `catalog` is not a catalog at all.
        Err(e) => match serde_json::from_str::<serde_json::Value>(json.strip_prefix('\u{FEFF}').unwrap_or(json)) {
            Ok(v) if v.get("catalog").is_none() => Err(not_a(DocumentKind::Framework, "not_oscal_catalog")),
            _ => Err(e),
        },
    }
}

/// Builds the framework and the report from a parsed catalog, with the controls in catalog
/// order when `order` (a profile selects among them).
fn build(catalog: &Catalog, options: &OscalOptions, set: HashMap<&str, &[String]>, order: bool) -> Result<(Framework, ImportReport, ControlOrder)> {
    let mut warnings = Vec::new();
    let version = match &options.version {
        Some(v) => v.clone(),
        None => match version_of(&catalog.metadata.version) {
            Some((v, padded)) => {
                if padded {
                    warnings.push(ImportWarning {
                        code: "version_padded".into(),
                        pointer: Pointer::root().key("catalog").key("metadata").key("version"),
                        details: [("from".to_string(), catalog.metadata.version.to_string()), ("to".to_string(), v.clone())].into_iter().collect(),
                    });
                }
                v
            }
            None => {
                let problem = Problem::new(
                    Pointer::root().key("catalog").key("metadata").key("version"),
                    Code::InvalidVersion,
                    details([("version", json!(&*catalog.metadata.version))]),
                );
                return Err(Error::Invalid { document: DocumentKind::Framework, problems: vec![problem] });
            }
        },
    };
    let scale = match options.scale {
        ImportScale::Implementation => Scale::implementation(),
        ImportScale::YesNoNa => Scale::yes_no_na(),
    };
    let mut params = HashMap::new();
    collect_params(catalog, &mut params);
    let mut b = Builder::new(&params, &set, &scale.id, order);
    b.warnings = warnings;
    let mut groups: Vec<Group> = catalog.groups.iter().enumerate().map(|(i, g)| b.group(g, &At::ROOT.key("catalog").key("groups").index(i))).collect();
    if !catalog.controls.is_empty() {
        let mut controls = Vec::new();
        for (i, c) in catalog.controls.iter().enumerate() {
            b.control(c, None, &At::ROOT.key("catalog").key("controls").index(i), &mut controls);
        }
        let id = b.unique(Cow::Borrowed("controls"), &At::ROOT.key("catalog").key("controls"));
        groups.insert(
            0,
            Group {
                id,
                title: Text::from_pairs([("en", &catalog.metadata.title[..])]),
                description: Text::default(),
                weight: 1.0,
                controls,
                groups: Vec::new(),
            },
        );
    }
    // Groups left without any control (every one withdrawn) are dropped.
    fn prune(groups: &mut Vec<Group>) {
        for g in groups.iter_mut() {
            prune(&mut g.groups);
        }
        groups.retain(|g| !g.controls.is_empty() || !g.groups.is_empty());
    }
    prune(&mut groups);
    let publisher = catalog.metadata.parties.iter().find(|p| &*p.kind == "organization").and_then(|p| p.name.as_deref());
    let released = catalog.metadata.last_modified.as_deref().and_then(|d| d.get(..10)).filter(|d| crate::dates::is_date(d)).map(str::to_string);
    let framework = Framework {
        schema: None,
        id: options.id.clone().unwrap_or_else(|| slug(&catalog.metadata.title, 48, "oscal-catalog")),
        version,
        title: Text::from_pairs([("en", &catalog.metadata.title[..])]),
        description: Text::default(),
        publisher: publisher.map(|p| Text::from_pairs([("en", p)])).unwrap_or_default(),
        license: String::new(),
        released,
        source_url: None,
        headline: Headline::Index,
        scales: vec![scale],
        levels: Vec::new(),
        groups,
        profiles: Vec::new(),
    };
    let report = ImportReport {
        format: "oscal-catalog".into(),
        // Filled in by the caller, which computes it alongside the work (`with_digest`).
        source_digest: String::new(),
        oscal_version: catalog.metadata.oscal_version.to_string(),
        source_title: catalog.metadata.title.to_string(),
        source_version: catalog.metadata.version.to_string(),
        groups: framework.group_count(),
        controls: framework.control_count(),
        withdrawn: b.withdrawn,
        warnings: b.warnings,
    };
    Ok((framework, report, b.order.unwrap_or_default()))
}

/// Imports an OSCAL catalog (JSON text) as a framework.
pub fn import_oscal_catalog(catalog_json: &str, options: &OscalOptions) -> Result<CatalogImport> {
    let (digest, built) = with_digest(catalog_json, || build(&read_catalog(catalog_json)?, options, HashMap::new(), false));
    let (framework, mut report, _) = built?;
    report.source_digest = digest;
    Ok(CatalogImport { framework, report })
}

/// `*` and `?` glob matching, as OSCAL's `matching` patterns.
fn glob(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while let Some(&tc) = t.get(ti) {
        match p.get(pi) {
            Some(&pc) if pc == '?' || pc == tc => {
                pi += 1;
                ti += 1;
            }
            Some('*') => {
                star = Some(pi);
                mark = ti;
                pi += 1;
            }
            _ => match star {
                Some(s) => {
                    pi = s + 1;
                    mark += 1;
                    ti = mark;
                }
                None => return false,
            },
        }
    }
    while p.get(pi) == Some(&'*') {
        pi += 1;
    }
    pi == p.len()
}

/// The ids a selection picks among the catalog's controls (`order`: id and parent control).
fn select(selection: &Selection, order: &[(String, Option<String>)]) -> HashSet<String> {
    let mut picked: HashSet<String> = HashSet::new();
    let known: HashSet<&str> = order.iter().map(|(id, _)| id.as_str()).collect();
    for id in &selection.with_ids {
        if known.contains(id.as_str()) {
            picked.insert(id.clone());
        }
    }
    for m in &selection.matching {
        picked.extend(order.iter().filter(|(id, _)| glob(&m.pattern, id)).map(|(id, _)| id.clone()));
    }
    if selection.with_child_controls.as_deref() == Some("yes") {
        // Children follow their parents in `order`, so one pass adds every descendant.
        for (id, parent) in order {
            if parent.as_ref().is_some_and(|p| picked.contains(p)) {
                picked.insert(id.clone());
            }
        }
    }
    picked
}

/// Imports an OSCAL profile resolved against its catalog (both JSON text): the catalog's
/// framework with the profile as a target profile and, when `restrict`, a framework of the
/// profile's controls only.
pub fn import_oscal_profile(profile_json: &str, catalog_json: &str, options: &OscalOptions, restrict: bool) -> Result<ProfileImport> {
    if serde_json::from_str::<serde_json::Value>(profile_json).ok().map(|v| v.get("profile").is_some()) == Some(false) {
        return Err(not_a(DocumentKind::Framework, "not_oscal_profile"));
    }
    let profile = parse::<ProfileDoc>(DocumentKind::Framework, profile_json)?.profile;
    let (digest, read) = with_digest(catalog_json, || {
        let catalog = read_catalog(catalog_json)?;
        let built = build(&catalog, options, HashMap::new(), true)?;
        Ok((catalog, built))
    });
    let (catalog, (mut framework, mut report, order)) = read?;
    report.source_digest = digest;
    let mut chosen: HashSet<String> = HashSet::new();
    for (i, import) in profile.imports.iter().enumerate() {
        let mut these: HashSet<String> = if import.include_all.is_some() { order.iter().map(|(id, _)| id.clone()).collect() } else { HashSet::new() };
        for s in &import.include_controls {
            these.extend(select(s, &order));
        }
        for s in &import.exclude_controls {
            for id in select(s, &order) {
                these.remove(&id);
            }
        }
        let known: HashSet<&str> = order.iter().map(|(id, _)| id.as_str()).collect();
        let withdrawn: HashSet<&str> = report.withdrawn.iter().map(|w| w.id.as_str()).collect();
        for (j, s) in import.include_controls.iter().enumerate() {
            for id in s.with_ids.iter().filter(|id| !known.contains(id.as_str())) {
                let why = if withdrawn.contains(id.as_str()) { "withdrawn" } else { "absent" };
                report.warnings.push(ImportWarning {
                    code: "unknown_control".into(),
                    pointer: Pointer::root().key("profile").key("imports").index(i).key("include-controls").index(j).key("with-ids"),
                    details: [("id".to_string(), id.clone()), ("reason".to_string(), why.to_string())].into_iter().collect(),
                });
            }
        }
        chosen.extend(these);
    }
    let targets: Vec<String> = order.iter().filter(|(id, _)| chosen.contains(id)).map(|(id, _)| id.clone()).collect();
    let profile_id = slug(&profile.metadata.title, 64, "profile");
    framework.profiles.push(Profile {
        id: profile_id.clone(),
        title: Text::from_pairs([("en", &profile.metadata.title[..])]),
        description: Text::default(),
        group_targets: Vec::new(),
        control_targets: targets.clone(),
    });
    let restricted = if restrict {
        let set: HashMap<&str, &[String]> = profile
            .modify
            .iter()
            .flat_map(|m| m.set_parameters.iter())
            .filter(|s| !s.values.is_empty())
            .map(|s| (s.param_id.as_str(), s.values.as_slice()))
            .collect();
        let (mut f, _, _) = build(&catalog, options, set, false)?;
        fn keep(groups: &mut Vec<Group>, chosen: &HashSet<String>) {
            for g in groups.iter_mut() {
                g.controls.retain(|c| chosen.contains(&c.id));
                keep(&mut g.groups, chosen);
            }
            groups.retain(|g| !g.controls.is_empty() || !g.groups.is_empty());
        }
        keep(&mut f.groups, &chosen);
        f.id = options.id.clone().unwrap_or_else(|| slug(&profile.metadata.title, 48, "profile"));
        f.version = match version_of(&profile.metadata.version) {
            Some((v, _)) if options.version.is_none() => v,
            _ => f.version,
        };
        f.title = Text::from_pairs([("en", &profile.metadata.title[..])]);
        Some(f)
    } else {
        None
    };
    report.format = "oscal-profile".into();
    Ok(ProfileImport { framework, profile: profile_id, targets, restricted, report })
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::panic, clippy::assertions_on_constants)]
mod tests {
    use super::*;

    #[test]
    fn selections_inserting_each_other_end_and_skipped_parts_are_not_read() {
        // p1's choice inserts p2, whose choice inserts p1: rendered four selections deep, then
        // left as written (this recursed without end before).
        let catalog = r##"{"catalog": {"metadata": {"title": "Loop", "version": "1.0.0", "oscal-version": "1.1.2"},
          "groups": [{"id": "g", "title": "G", "controls": [
            {"id": "c-1", "title": "C", "params": [
               {"id": "p1", "select": {"choice": ["one {{ insert: param, p2 }}"]}},
               {"id": "p2", "select": {"choice": ["two {{ insert: param, p1 }}"]}}],
             "props": [{"name": "label", "value": "C-1"}, {"name": "label", "value": "second"}, {"name": "sort-id", "value": "c-01"}],
             "links": [{"href": "#c-2", "rel": "related"}],
             "parts": [{"name": "statement", "prose": "  Do {{ insert: param, p1 }}.  "},
                       {"name": "assessment-objective", "prose": 42, "parts": "not read"},
                       {"prose": "named late", "name": "guidance", "props": [{"name": "label", "value": "G."}]}]}]}]}}"##;
        let Ok(imported) = import_oscal_catalog(catalog, &OscalOptions::default()) else { panic!("import failed") };
        let c = &imported.framework.groups[0].controls[0];
        assert_eq!(
            c.statement.get("en"),
            Some("Do [Selection: one [Selection: two [Selection: one [Selection: two [Selection: one {{ insert: param, p2 }}]]]]].")
        );
        assert_eq!(c.guidance.as_ref().and_then(|g| g.get("en")), Some("G. named late"));
        // The first prop of a name counts.
        assert_eq!(c.tags, ["label:C-1", "sort-id:c-01"]);
        // A kept part is read whole: a bad `prose` in it is still an error.
        let bad = catalog.replace(r#""prose": "named late""#, r#""prose": 7"#);
        assert!(matches!(import_oscal_catalog(&bad, &OscalOptions::default()), Err(Error::Parse { .. })));
    }

    #[test]
    fn versions_slugs_and_globs() {
        assert_eq!(version_of("5.0.1"), Some(("5.0.1".into(), false)));
        assert_eq!(version_of("5.1.1+u4"), Some(("5.1.1+u4".into(), false)));
        assert_eq!(version_of("5.1"), Some(("5.1.0".into(), true)));
        assert_eq!(version_of("2"), Some(("2.0.0".into(), true)));
        assert_eq!(version_of("rev5 draft"), None);
        assert_eq!(slug("NIST SP 800-53: Security & Privacy", 48, "x"), "nist-sp-800-53-security-privacy");
        assert_eq!(slug("Very long title with many words indeed", 12, "x"), "very-long");
        assert_eq!(slug("—", 12, "x"), "x");
        assert!(glob("ac-*", "ac-2.1") && glob("ac-?", "ac-2") && !glob("ac-?", "ac-12") && glob("*", ""));
    }

    #[test]
    fn parameters_items_enhancements_and_withdrawn() {
        let catalog = r##"{"catalog": {"uuid": "u", "metadata": {"title": "Tiny Catalog", "version": "1.2", "oscal-version": "1.1.2"},
          "groups": [{"title": "Access", "controls": [
            {"id": "ac-1", "title": "Policy", "params": [{"id": "p1", "label": "organization-defined roles"},
               {"id": "p2", "select": {"how-many": "one-or-more", "choice": ["Level A", "Level {{ insert: param, p1 }}"]}}],
             "props": [{"name": "label", "value": "AC-1"}],
             "parts": [{"name": "statement", "parts": [
                {"name": "item", "props": [{"name": "label", "value": "a."}], "prose": "Give {{ insert: param, p1 }}:",
                 "parts": [{"name": "item", "props": [{"name": "label", "value": "1."}], "prose": "a {{ insert: param, p2 }} policy"}]}]},
               {"name": "guidance", "prose": "Why it matters."}],
             "controls": [{"id": "ac-1.1", "title": "Review", "parts": [{"name": "statement", "prose": "Review it."}]}]},
            {"id": "ac-2", "title": "Gone", "props": [{"name": "status", "value": "withdrawn"}],
             "links": [{"href": "#ac-1", "rel": "incorporated-into"}, {"href": "ac-1.1", "rel": "incorporated_into"}]}]}]}}"##;
        let Ok(imported) = import_oscal_catalog(catalog, &OscalOptions::default()) else { panic!("import failed") };
        let f = &imported.framework;
        assert_eq!((f.id.as_str(), f.version.as_str()), ("tiny-catalog", "1.2.0"));
        let g = &f.groups[0];
        assert_eq!(g.id, "access");
        let ids: Vec<&str> = g.controls.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["ac-1", "ac-1.1"]);
        assert_eq!(
            g.controls[0].statement.get("en"),
            Some("a. Give [Assignment: organization-defined roles]:\n1. a [Selection (one or more): Level A; Level [Assignment: organization-defined roles]] policy")
        );
        assert_eq!(g.controls[0].guidance.as_ref().and_then(|t| t.get("en")), Some("Why it matters."));
        assert_eq!(g.controls[1].tags, ["enhancement", "parent:ac-1"]);
        assert_eq!(g.controls[0].tags, ["label:AC-1"]);
        assert_eq!(
            imported.report.withdrawn,
            [WithdrawnControl { id: "ac-2".into(), label: None, moved_to: vec![], incorporated_into: vec!["ac-1".into(), "ac-1.1".into()] }]
        );
        let codes: Vec<&str> = imported.report.warnings.iter().map(|w| w.code.as_str()).collect();
        assert_eq!(codes, ["version_padded", "group_id_generated"]);
        assert!(crate::validate::framework::validate_framework(f).is_empty(), "{:?}", crate::validate::framework::validate_framework(f));
        let e = import_oscal_catalog(r#"{"profile": {}}"#, &OscalOptions::default());
        assert!(matches!(e, Err(Error::Parse { ref problem, .. }) if problem.details.get("problem") == Some(&json!("not_oscal_catalog"))));
        let e = import_oscal_catalog(r#"{"catalog": {"metadata": {"title": "T", "version": "draft", "oscal-version": "1"}}}"#, &OscalOptions::default());
        assert!(matches!(e, Err(Error::Invalid { ref problems, .. }) if problems[0].code == Code::InvalidVersion));
    }
}
