//! Benchmarks: many scored assessments into statistics per cohort (subjects sharing a country,
//! a sector, ...) and per group, one framework family (id and major version) at a time, with
//! small cohorts suppressed ([`crate::review::privacy`]); and where one subject stands among its
//! peers.
//!
//! Versions are never mixed silently: reports are grouped by framework id and major version
//! (minor and patch versions of one major share their controls and groups), and each family
//! lists the exact versions it holds.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::error::{details, Code, DocumentKind, Error, Pointer, Problem, Result};
use crate::model::report::{GroupScore, Report};
use crate::review::privacy::complementary_suppression;
use crate::review::stats::{Metric, MetricState, Summary};

/// What a cohort is made of: subjects sharing this property.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum CohortKey {
    /// The subject's country.
    Country,
    /// The subject's sector.
    Sector,
    /// The subject's kind (ministry, agency, ...).
    Kind,
    /// The subject's region.
    Region,
    /// The subject's size class.
    Size,
    /// The exact framework version scored against.
    Version,
}

impl CohortKey {
    /// Every key, in declaration order.
    pub const ALL: [CohortKey; 6] = [CohortKey::Country, CohortKey::Sector, CohortKey::Kind, CohortKey::Region, CohortKey::Size, CohortKey::Version];

    /// The key's name (`country`, `sector`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            CohortKey::Country => "country",
            CohortKey::Sector => "sector",
            CohortKey::Kind => "kind",
            CohortKey::Region => "region",
            CohortKey::Size => "size",
            CohortKey::Version => "version",
        }
    }

    /// The key named `name`; [`Code::InvalidArgument`] otherwise.
    pub fn parse(name: &str) -> Result<CohortKey> {
        CohortKey::ALL.into_iter().find(|k| k.as_str() == name).ok_or_else(|| {
            let expected: Vec<&str> = CohortKey::ALL.iter().map(|k| k.as_str()).collect();
            argument_error("by", name, &expected.join(", "))
        })
    }

    fn of(self, r: &Report) -> Option<String> {
        let s = &r.subject;
        match self {
            CohortKey::Country => s.country.clone(),
            CohortKey::Sector => s.sector.clone(),
            CohortKey::Kind => s.kind.clone(),
            CohortKey::Region => s.region.clone(),
            CohortKey::Size => s.size.clone(),
            CohortKey::Version => Some(r.framework.version.clone()),
        }
    }
}

/// The error of an argument that is not one of the values allowed.
pub(crate) fn argument_error(argument: &str, value: &str, expected: &str) -> Error {
    Error::InvalidArgument { argument: argument.to_string(), expected: expected.to_string(), found: value.to_string(), reason: None }
}

/// The default k of k-anonymity: cohorts of fewer subjects are suppressed.
pub const DEFAULT_K: u64 = 5;

/// The options of aggregation and placement over the JSON API (`kalkan::api::aggregate`,
/// `kalkan::api::place`): `{"by": ["country", ...], "k": 5}`, both optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct AggregateOptions {
    /// What cohorts are made of: cohort key names (`country`, `sector`, ...); none: only the whole population.
    #[serde(default)]
    #[cfg_attr(feature = "tsify", tsify(type = "CohortKey[]", optional))]
    pub by: Vec<String>,
    /// Cohorts (and measures) of fewer subjects are suppressed; default [`DEFAULT_K`].
    #[serde(default)]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub k: Option<u64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct GroupAcc {
    index: Metric,
    compliance: Metric,
    levels: BTreeMap<Option<u32>, u64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Cohort {
    n: u64,
    groups: Vec<GroupAcc>,
}

impl Cohort {
    fn slot(&mut self, g: usize) -> Option<&mut GroupAcc> {
        if self.groups.len() <= g {
            self.groups.resize_with(g + 1, GroupAcc::default);
        }
        self.groups.get_mut(g)
    }

    fn merge(&mut self, other: &Cohort, map: &[usize]) {
        self.n += other.n;
        for (g, acc) in other.groups.iter().enumerate() {
            let Some(slot) = map.get(g).and_then(|&s| self.slot(s)) else { continue };
            slot.index.merge(&acc.index);
            slot.compliance.merge(&acc.compliance);
            for (l, c) in &acc.levels {
                *slot.levels.entry(*l).or_insert(0) += c;
            }
        }
    }
}

/// A group of a family, as reports give it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct GroupInfo {
    /// The group's id (the framework's id for the root).
    pub id: String,
    /// The enclosing group's id (none for the root).
    pub parent: Option<String>,
    /// 0 for the root, 1 for top-level groups, and so on.
    pub depth: u32,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Family {
    versions: BTreeSet<String>,
    groups: Vec<GroupInfo>,
    slots: HashMap<String, usize>,
    total: Cohort,
    cohorts: BTreeMap<Vec<Option<String>>, Cohort>,
}

impl Family {
    fn slot_of(&mut self, id: &str, parent: Option<&str>, depth: u32) -> usize {
        if let Some(&s) = self.slots.get(id) {
            return s;
        }
        let s = self.groups.len();
        self.groups.push(GroupInfo { id: id.to_string(), parent: parent.map(str::to_string), depth });
        self.slots.insert(id.to_string(), s);
        s
    }

    /// This family's slot for each group of `other`'s.
    fn slots_for(&mut self, other: &[GroupInfo]) -> Vec<usize> {
        other.iter().map(|g| self.slot_of(&g.id, g.parent.as_deref(), g.depth)).collect()
    }
}

/// Collects scored reports into statistics. Add reports in any order, split the work between
/// several aggregators and [`Aggregator::merge`] them: the statistics are the same.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Aggregator {
    by: Vec<CohortKey>,
    families: BTreeMap<(String, u64), Family>,
}

impl Aggregator {
    /// An aggregator of cohorts made by `by` (none: only the whole population).
    pub fn new(by: Vec<CohortKey>) -> Aggregator {
        Aggregator { by, families: BTreeMap::new() }
    }

    /// The cohort keys.
    pub fn by(&self) -> &[CohortKey] {
        &self.by
    }

    /// The number of reports added.
    pub fn len(&self) -> u64 {
        self.families.values().map(|f| f.total.n).sum()
    }

    /// Whether no report was added.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds one scored report.
    pub fn add(&mut self, r: &Report) {
        let major = semver::Version::parse(&r.framework.version).map_or(0, |v| v.major);
        let fam = self.families.entry((r.framework.id.clone(), major)).or_default();
        if !fam.versions.contains(&r.framework.version) {
            fam.versions.insert(r.framework.version.clone());
        }
        let mut slots = Vec::new();
        walk(&r.root, None, 0, &mut |g, parent, depth| slots.push((fam.slot_of(&g.id, parent, depth), g.index, g.compliance, g.level)));
        let key: Vec<Option<String>> = self.by.iter().map(|k| k.of(r)).collect();
        let add = |c: &mut Cohort| {
            c.n += 1;
            for &(s, index, compliance, level) in &slots {
                if let Some(acc) = c.slot(s) {
                    if let Some(v) = index {
                        acc.index.add(v);
                    }
                    if let Some(v) = compliance {
                        acc.compliance.add(v);
                    }
                    *acc.levels.entry(level).or_insert(0) += 1;
                }
            }
        };
        add(&mut fam.total);
        if !self.by.is_empty() {
            add(fam.cohorts.entry(key).or_default());
        }
    }

    /// Adds everything `other` collected. Both must make cohorts by the same keys.
    pub fn merge(&mut self, other: &Aggregator) -> Result<()> {
        if other.by != self.by {
            let by = |b: &[CohortKey]| b.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(",");
            return Err(argument_error("by", &by(&other.by), &by(&self.by)));
        }
        for (key, theirs) in &other.families {
            let mine = self.families.entry(key.clone()).or_default();
            mine.versions.extend(theirs.versions.iter().cloned());
            let map = mine.slots_for(&theirs.groups);
            mine.total.merge(&theirs.total, &map);
            for (k, c) in &theirs.cohorts {
                mine.cohorts.entry(k.clone()).or_default().merge(c, &map);
            }
        }
        Ok(())
    }

    /// The statistics, with cohorts (and single measures) of fewer than `k` subjects
    /// suppressed, complementary suppression included (see the `review::privacy` module).
    pub fn statistics(&self, k: u64) -> Benchmark {
        let families = self.families.iter().map(|((id, major), fam)| family_stats(id, *major, fam, k)).collect();
        Benchmark { by: self.by.clone(), k, families }
    }

    /// Where the subject of `report` stands among its peers: everyone of its framework family,
    /// and its own cohort. Suppressed cohorts and measures give no placement.
    pub fn place(&self, report: &Report, k: u64) -> Result<Placement> {
        let major = semver::Version::parse(&report.framework.version).map_or(0, |v| v.major);
        let Some(fam) = self.families.get(&(report.framework.id.clone(), major)) else {
            let known: Vec<String> = self.families.keys().map(|(id, m)| format!("{id}@{m}")).collect();
            return Err(Error::Invalid {
                document: DocumentKind::Report,
                problems: vec![Problem::new(
                    Pointer::root().key("framework"),
                    Code::VersionMismatch,
                    details([("found", json!(format!("{}@{major}", report.framework.id))), ("expected", json!(known))]),
                )],
            });
        };
        let stats = family_stats(&report.framework.id, major, fam, k);
        let mut subject_groups = Vec::new();
        walk(&report.root, None, 0, &mut |g, _, depth| subject_groups.push((g.id.clone(), depth, g.index)));
        let key: Vec<Option<String>> = self.by.iter().map(|c| c.of(report)).collect();
        let mut peers = vec![peer_placement(fam, &fam.total, &stats.total, &subject_groups)];
        if !self.by.is_empty() {
            if let (Some(c), Some(s)) = (fam.cohorts.get(&key), stats.cohorts.iter().find(|c| c.key == key)) {
                peers.push(peer_placement(fam, c, s, &subject_groups));
            } else {
                peers.push(PeerPlacement { key, suppressed: false, n: Some(0), groups: Vec::new(), above: 0, at: 0, below: 0, compared: 0 });
            }
        }
        Ok(Placement { subject: report.subject.name.clone(), framework: report.framework.id.clone(), major, k, peers })
    }

    /// The aggregator as data, to merge it in another process ([`Aggregator::from_state`]).
    pub fn to_state(&self) -> AggregatorState {
        let cohort = |c: &Cohort| CohortState {
            n: c.n,
            groups: c
                .groups
                .iter()
                .map(|g| GroupAccState {
                    index: g.index.to_state(),
                    compliance: g.compliance.to_state(),
                    levels: g.levels.iter().map(|(l, c)| (*l, *c)).collect(),
                })
                .collect(),
        };
        AggregatorState {
            by: self.by.clone(),
            families: self
                .families
                .iter()
                .map(|((id, major), f)| FamilyState {
                    framework: id.clone(),
                    major: *major,
                    versions: f.versions.iter().cloned().collect(),
                    groups: f.groups.clone(),
                    total: cohort(&f.total),
                    cohorts: f.cohorts.iter().map(|(k, c)| (k.clone(), cohort(c))).collect(),
                })
                .collect(),
        }
    }

    /// An aggregator from its state ([`Aggregator::to_state`]).
    pub fn from_state(state: AggregatorState) -> Aggregator {
        let cohort = |c: CohortState| Cohort {
            n: c.n,
            groups: c
                .groups
                .into_iter()
                .map(|g| GroupAcc { index: Metric::from_state(g.index), compliance: Metric::from_state(g.compliance), levels: g.levels.into_iter().collect() })
                .collect(),
        };
        let families = state
            .families
            .into_iter()
            .map(|f| {
                let slots = f.groups.iter().enumerate().map(|(i, g)| (g.id.clone(), i)).collect();
                let fam = Family {
                    versions: f.versions.into_iter().collect(),
                    groups: f.groups,
                    slots,
                    total: cohort(f.total),
                    cohorts: f.cohorts.into_iter().map(|(k, c)| (k, cohort(c))).collect(),
                };
                ((f.framework, f.major), fam)
            })
            .collect();
        Aggregator { by: state.by, families }
    }
}

/// Every group of a report's tree, root first, depth-first in document order.
fn walk<'r>(g: &'r GroupScore, parent: Option<&str>, depth: u32, f: &mut impl FnMut(&'r GroupScore, Option<&str>, u32)) {
    f(g, parent, depth);
    for s in &g.groups {
        walk(s, Some(&g.id), depth + 1, f);
    }
}

/// Whether a measure of the whole population is withheld, and which cohorts' are.
type MeasureMask = (bool, Vec<bool>);

/// The statistics of one family, with its masks: which cohorts, and which (cohort, group,
/// measure) cells, are withheld.
fn family_stats(id: &str, major: u64, fam: &Family, k: u64) -> FamilyStats {
    let cohorts: Vec<(&Vec<Option<String>>, &Cohort)> = fam.cohorts.iter().collect();
    let total_hidden = fam.total.n < k;
    let counts: Vec<u64> = cohorts.iter().map(|(_, c)| c.n).collect();
    let hidden = if total_hidden { vec![true; counts.len()] } else { complementary_suppression(&counts, vec![false; counts.len()], k) };
    // Per group and measure: cells with too few values, then enough more to protect them.
    let measure = |g: usize, pick: fn(&GroupAcc) -> &Metric| -> (bool, Vec<bool>) {
        let counts: Vec<u64> = cohorts.iter().map(|(_, c)| c.groups.get(g).map_or(0, |a| pick(a).n)).collect();
        let total_n = fam.total.groups.get(g).map_or(0, |a| pick(a).n);
        (total_hidden || (total_n > 0 && total_n < k), complementary_suppression(&counts, hidden.clone(), k))
    };
    let masks: Vec<(MeasureMask, MeasureMask)> = (0..fam.groups.len()).map(|g| (measure(g, |a| &a.index), measure(g, |a| &a.compliance))).collect();
    let stats_of = |c: &Cohort, key: Vec<Option<String>>, suppressed: bool, cell: &dyn Fn(usize) -> (bool, bool)| -> CohortStats {
        if suppressed {
            return CohortStats { key, suppressed: true, n: None, groups: Vec::new() };
        }
        let groups = fam
            .groups
            .iter()
            .enumerate()
            .map(|(g, info)| {
                let acc = c.groups.get(g);
                let (hide_index, hide_compliance) = cell(g);
                let mut withheld = Vec::new();
                let index = if hide_index && acc.is_some_and(|a| a.index.n > 0) {
                    withheld.push(Measure::Index);
                    None
                } else {
                    acc.and_then(|a| a.index.summary())
                };
                let compliance = if hide_compliance && acc.is_some_and(|a| a.compliance.n > 0) {
                    withheld.push(Measure::Compliance);
                    None
                } else {
                    acc.and_then(|a| a.compliance.summary())
                };
                let levels = acc.map(|a| a.levels.iter().map(|(l, n)| LevelCount { level: *l, count: *n }).collect()).unwrap_or_default();
                GroupStats { group: info.id.clone(), index, compliance, levels, withheld }
            })
            .collect();
        CohortStats { key, suppressed: false, n: Some(c.n), groups }
    };
    let total = stats_of(&fam.total, Vec::new(), total_hidden, &|g| masks.get(g).map_or((true, true), |(i, c)| (i.0, c.0)));
    let cohort_stats = cohorts
        .iter()
        .enumerate()
        .map(|(i, (key, c))| {
            let cell = |g: usize| masks.get(g).map_or((true, true), |(ix, cx)| (ix.1.get(i).copied().unwrap_or(true), cx.1.get(i).copied().unwrap_or(true)));
            stats_of(c, (*key).clone(), hidden.get(i).copied().unwrap_or(true), &cell)
        })
        .collect();
    FamilyStats { framework: id.to_string(), major, versions: fam.versions.iter().cloned().collect(), groups: fam.groups.clone(), total, cohorts: cohort_stats }
}

fn peer_placement(fam: &Family, c: &Cohort, stats: &CohortStats, subject: &[(String, u32, Option<f64>)]) -> PeerPlacement {
    if stats.suppressed {
        return PeerPlacement { key: stats.key.clone(), suppressed: true, n: None, groups: Vec::new(), above: 0, at: 0, below: 0, compared: 0 };
    }
    let (mut above, mut at, mut below, mut compared) = (0, 0, 0, 0);
    let groups = subject
        .iter()
        .map(|(id, depth, index)| {
            let slot = fam.slots.get(id);
            let published = stats.groups.iter().find(|g| &g.group == id).and_then(|g| g.index);
            let metric = slot.and_then(|&s| c.groups.get(s)).map(|a| &a.index);
            let (median, rank, position) = match (published, metric, index) {
                (Some(summary), Some(m), Some(v)) if m.n > 0 => {
                    let (lt, eq) = m.rank(*v);
                    #[allow(clippy::cast_precision_loss)]
                    let rank = 100.0 * (lt as f64 + eq as f64 / 2.0) / m.n as f64;
                    let position = match v.total_cmp(&summary.median) {
                        std::cmp::Ordering::Greater => Position::Above,
                        std::cmp::Ordering::Equal => Position::At,
                        std::cmp::Ordering::Less => Position::Below,
                    };
                    if *depth == 1 {
                        compared += 1;
                        match position {
                            Position::Above => above += 1,
                            Position::At => at += 1,
                            Position::Below => below += 1,
                        }
                    }
                    (Some(summary.median), Some(rank), Some(position))
                }
                _ => (None, None, None),
            };
            GroupPlacement { group: id.clone(), depth: *depth, index: *index, median, percentile_rank: rank, position }
        })
        .collect();
    PeerPlacement { key: stats.key.clone(), suppressed: false, n: stats.n, groups, above, at, below, compared }
}

/// A measure of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// The index.
    Index,
    /// The compliance.
    Compliance,
}

/// Benchmark statistics of many assessments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    /// What cohorts are made of (none: only the whole population).
    pub by: Vec<CohortKey>,
    /// Cohorts (and measures) of fewer subjects are suppressed.
    pub k: u64,
    /// One per framework id and major version, sorted.
    pub families: Vec<FamilyStats>,
}

/// The statistics of one framework family (an id and a major version).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct FamilyStats {
    /// The framework's id.
    pub framework: String,
    /// The major version.
    pub major: u64,
    /// Every exact version scored against, sorted.
    pub versions: Vec<String>,
    /// The groups, root first, depth-first in document order.
    pub groups: Vec<GroupInfo>,
    /// Everyone of the family.
    pub total: CohortStats,
    /// One per cohort, sorted by key (subjects lacking a key's value come first, with `null`).
    pub cohorts: Vec<CohortStats>,
}

/// The statistics of one cohort.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct CohortStats {
    /// The cohort's value of each key of `by` (empty for the whole population).
    pub key: Vec<Option<String>>,
    /// Withheld: fewer than k subjects, or needed to protect another withheld cohort.
    pub suppressed: bool,
    /// The number of subjects (absent when suppressed).
    pub n: Option<u64>,
    /// Per group, in the family's order (empty when suppressed).
    pub groups: Vec<GroupStats>,
}

/// The statistics of one group in one cohort.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct GroupStats {
    /// The group's id.
    pub group: String,
    /// Of the index, over the subjects for whom it has one.
    pub index: Option<Summary>,
    /// Of the compliance.
    pub compliance: Option<Summary>,
    /// How many subjects reached each level (`null`: no level), ascending.
    pub levels: Vec<LevelCount>,
    /// Measures withheld because too few subjects have a value for them.
    pub withheld: Vec<Measure>,
}

/// How many subjects reached a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct LevelCount {
    /// The level (`null`: no applicable control with a level).
    pub level: Option<u32>,
    /// How many subjects.
    pub count: u64,
}

/// Where one subject stands among its peers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Placement {
    /// The subject's name.
    pub subject: String,
    /// The framework's id.
    pub framework: String,
    /// Its major version.
    pub major: u64,
    /// The k of the statistics.
    pub k: u64,
    /// Everyone of the family first, then the subject's own cohort (when cohorts are made).
    pub peers: Vec<PeerPlacement>,
}

/// The subject against one set of peers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct PeerPlacement {
    /// The cohort's key (empty: everyone).
    pub key: Vec<Option<String>>,
    /// The cohort is suppressed: no placement against it.
    pub suppressed: bool,
    /// Its number of subjects (absent when suppressed).
    pub n: Option<u64>,
    /// Per group of the subject's report, root first.
    pub groups: Vec<GroupPlacement>,
    /// Top-level groups whose index is above the peers' median.
    pub above: u32,
    /// Top-level groups at the median.
    pub at: u32,
    /// Top-level groups below the median.
    pub below: u32,
    /// Top-level groups compared (with an index on both sides, not withheld).
    pub compared: u32,
}

/// One group of the subject against its peers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct GroupPlacement {
    /// The group's id.
    pub group: String,
    /// Its depth (0: the root).
    pub depth: u32,
    /// The subject's index.
    pub index: Option<f64>,
    /// The peers' median index.
    pub median: Option<f64>,
    /// The percentage of peers below the subject, counting ties as half:
    /// `100 × (below + equal / 2) / n`.
    pub percentile_rank: Option<f64>,
    /// Above, at or below the peers' median.
    pub position: Option<Position>,
}

/// Where a value stands against a median.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// Above the median.
    Above,
    /// Equal to it.
    At,
    /// Below it.
    Below,
}

/// An [`Aggregator`] as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AggregatorState {
    by: Vec<CohortKey>,
    families: Vec<FamilyState>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct FamilyState {
    framework: String,
    major: u64,
    versions: Vec<String>,
    groups: Vec<GroupInfo>,
    total: CohortState,
    cohorts: Vec<(Vec<Option<String>>, CohortState)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct CohortState {
    n: u64,
    groups: Vec<GroupAccState>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct GroupAccState {
    index: MetricState,
    compliance: MetricState,
    levels: Vec<(Option<u32>, u64)>,
}
