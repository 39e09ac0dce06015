//! Exact, mergeable statistics of a stream of numbers: count, minimum, maximum, an exactly
//! rounded sum (so the mean does not depend on the order of the values, nor on how the work
//! was split between threads or machines), and every distinct value with its count (so that
//! quartiles are exact) while there are at most [`EXACT_LIMIT`] of them; beyond, values are
//! counted on a grid of width [`GRID`], so that memory stays bounded (quartiles within half the
//! width of the exact ones, flagged by [`Summary::resolution`]).
//!
//! Quantiles use the "linear" method (Hyndman and Fan's type 7), the default of numpy and
//! pandas: for probability `p` over `n` sorted values `x`, `h = (n - 1) p`, `j = floor(h)`,
//! `g = h - j`, and the result is `x[j] + (x[j+1] - x[j]) g` when `g < 0.5`, else
//! `x[j+1] - (x[j+1] - x[j]) (1 - g)` (numpy's formula, bit for bit).
//!
//! The sum is Shewchuk's exact summation with the final rounding of Python's `math.fsum`: the
//! sum of the values rounded once. The mean is that sum divided by `n`.

use std::collections::HashMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An exactly rounded running sum (Shewchuk's non-overlapping partials).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct ExactSum {
    partials: Vec<f64>,
}

impl ExactSum {
    pub fn add(&mut self, value: f64) {
        let mut x = value;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let Some(&p) = self.partials.get(j) else { break };
            let (mut a, mut b) = (x, p);
            if a.abs() < b.abs() {
                std::mem::swap(&mut a, &mut b);
            }
            let hi = a + b;
            let lo = b - (hi - a);
            if lo != 0.0 {
                if let Some(slot) = self.partials.get_mut(i) {
                    *slot = lo;
                }
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            self.partials.push(x);
        }
    }

    pub fn merge(&mut self, other: &ExactSum) {
        for &p in &other.partials {
            self.add(p);
        }
    }

    /// The exact sum, rounded once (half to even), as Python's `math.fsum` gives it.
    pub fn value(&self) -> f64 {
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return 0.0;
        }
        n -= 1;
        let mut hi = p.get(n).copied().unwrap_or(0.0);
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p.get(n).copied().unwrap_or(0.0);
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 {
            let below = p.get(n - 1).copied().unwrap_or(0.0);
            if (lo < 0.0 && below < 0.0) || (lo > 0.0 && below > 0.0) {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
        hi
    }
}

/// Quartiles are exact while a measure of a cohort has at most this many distinct values.
pub const EXACT_LIMIT: usize = 10_000;

/// Beyond [`EXACT_LIMIT`] distinct values, values are counted on a grid of this width, so that
/// memory stays bounded however many values arrive (index and compliance lie in `[0, 100]`:
/// at most 10,001 counters).
pub const GRID: f64 = 0.01;

/// The counted values: each distinct value (as bits; `-0.0` is stored as `0.0`), or, past
/// [`EXACT_LIMIT`], each point of the [`GRID`] (a value's nearest multiple of the width).
#[derive(Debug, Clone, PartialEq)]
enum Values {
    Exact(HashMap<u64, u64>),
    Grid(HashMap<i64, u64>),
}

impl Default for Values {
    fn default() -> Self {
        Values::Exact(HashMap::new())
    }
}

/// The grid point of `v` (its nearest multiple of [`GRID`], as a multiple).
#[allow(clippy::cast_possible_truncation)]
fn grid_point(v: f64) -> i64 {
    (v / GRID).round() as i64
}

/// The value of a grid point.
#[allow(clippy::cast_precision_loss)]
fn grid_value(k: i64) -> f64 {
    // Divided rather than multiplied by the width: `k / 100` is the correctly rounded value.
    k as f64 / (1.0 / GRID).round()
}

/// Every value seen, as distinct values and counts (or, past [`EXACT_LIMIT`] distinct values,
/// as counts on the [`GRID`]); with the exact sum, minimum and maximum.
///
/// Whether the values end up on the grid depends only on how many distinct values were added
/// in all, and where each lands on the grid only on the value: the result does not depend on
/// the order of the values or on how the work was split and merged.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Metric {
    pub n: u64,
    pub sum: ExactSum,
    min: f64,
    max: f64,
    values: Values,
}

impl Default for Metric {
    fn default() -> Self {
        Metric { n: 0, sum: ExactSum::default(), min: f64::INFINITY, max: f64::NEG_INFINITY, values: Values::default() }
    }
}

/// A metric as data (for merging across processes): values sorted ascending (grid points, as
/// values, when `grid` is set), with the minimum and maximum.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct MetricState {
    n: u64,
    sum: ExactSum,
    values: Vec<(f64, u64)>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    grid: bool,
    #[serde(default)]
    min: Option<f64>,
    #[serde(default)]
    max: Option<f64>,
}

impl Metric {
    pub fn add(&mut self, v: f64) {
        if v.is_nan() {
            return;
        }
        let v = if v == 0.0 { 0.0 } else { v };
        self.n += 1;
        self.sum.add(v);
        self.min = self.min.min(v);
        self.max = self.max.max(v);
        self.count(v, 1);
    }

    /// Counts `v` `times` among the values.
    fn count(&mut self, v: f64, times: u64) {
        match &mut self.values {
            Values::Exact(m) => {
                *m.entry(v.to_bits()).or_insert(0) += times;
                if m.len() > EXACT_LIMIT {
                    self.move_to_grid();
                }
            }
            Values::Grid(g) => *g.entry(grid_point(v)).or_insert(0) += times,
        }
    }

    /// From distinct values to grid points.
    fn move_to_grid(&mut self) {
        if let Values::Exact(m) = &self.values {
            let mut g: HashMap<i64, u64> = HashMap::new();
            for (bits, c) in m {
                *g.entry(grid_point(f64::from_bits(*bits))).or_insert(0) += c;
            }
            self.values = Values::Grid(g);
        }
    }

    pub fn merge(&mut self, other: &Metric) {
        self.n += other.n;
        self.sum.merge(&other.sum);
        self.min = self.min.min(other.min);
        self.max = self.max.max(other.max);
        match &other.values {
            Values::Exact(m) => {
                for (bits, c) in m {
                    self.count(f64::from_bits(*bits), *c);
                }
            }
            Values::Grid(theirs) => {
                self.move_to_grid();
                if let Values::Grid(mine) = &mut self.values {
                    for (k, c) in theirs {
                        *mine.entry(*k).or_insert(0) += c;
                    }
                }
            }
        }
    }

    /// Whether the values are counted on the grid.
    pub fn on_grid(&self) -> bool {
        matches!(self.values, Values::Grid(_))
    }

    /// The distinct values (or grid points) ascending, with their counts.
    pub fn sorted(&self) -> Vec<(f64, u64)> {
        let mut v: Vec<(f64, u64)> = match &self.values {
            Values::Exact(m) => m.iter().map(|(k, c)| (f64::from_bits(*k), *c)).collect(),
            Values::Grid(g) => g.iter().map(|(k, c)| (grid_value(*k), *c)).collect(),
        };
        v.sort_by(|a, b| a.0.total_cmp(&b.0));
        v
    }

    pub fn to_state(&self) -> MetricState {
        let (min, max) = if self.n > 0 { (Some(self.min), Some(self.max)) } else { (None, None) };
        MetricState { n: self.n, sum: self.sum.clone(), values: self.sorted(), grid: self.on_grid(), min, max }
    }

    pub fn from_state(s: MetricState) -> Metric {
        let values = if s.grid {
            Values::Grid(s.values.iter().map(|(v, c)| (grid_point(*v), *c)).collect())
        } else {
            Values::Exact(s.values.iter().map(|(v, c)| (v.to_bits(), *c)).collect())
        };
        // States written before the minimum and maximum were kept: the exact values' ends.
        let min = s.min.or_else(|| s.values.first().map(|(v, _)| *v)).unwrap_or(f64::INFINITY);
        let max = s.max.or_else(|| s.values.last().map(|(v, _)| *v)).unwrap_or(f64::NEG_INFINITY);
        Metric { n: s.n, sum: s.sum, min, max, values }
    }

    /// The summary, or `None` when there is no value. On the grid, the quartiles and the median
    /// are those of the values moved to their grid points (each within half the width of the
    /// exact one), kept between the exact minimum and maximum.
    pub fn summary(&self) -> Option<Summary> {
        if self.n == 0 {
            return None;
        }
        let sorted = self.sorted();
        let (min, max) = (self.min, self.max);
        let q = |p: f64| quantile(&sorted, self.n, p).map(|v| v.clamp(min, max));
        #[allow(clippy::cast_precision_loss)]
        let mean = self.sum.value() / self.n as f64;
        let resolution = self.on_grid().then_some(GRID);
        Some(Summary { n: self.n, min, q1: q(0.25)?, median: q(0.5)?, q3: q(0.75)?, max, mean, resolution })
    }

    /// Where `v` stands among the values: `(below, equal)` counts (on the grid, among the grid
    /// points, `v` moved to its own).
    pub fn rank(&self, v: f64) -> (u64, u64) {
        let v = if v == 0.0 { 0.0 } else { v };
        match &self.values {
            Values::Exact(m) => {
                let below = m.iter().filter(|(k, _)| f64::from_bits(**k) < v).map(|(_, c)| c).sum();
                (below, m.get(&v.to_bits()).copied().unwrap_or(0))
            }
            Values::Grid(g) => {
                let at = grid_point(v);
                let below = g.iter().filter(|(k, _)| **k < at).map(|(_, c)| c).sum();
                (below, g.get(&at).copied().unwrap_or(0))
            }
        }
    }
}

/// The `i`-th value (0-based) of the sorted multiset.
fn nth(sorted: &[(f64, u64)], i: u64) -> Option<f64> {
    let mut seen = 0;
    for &(v, c) in sorted {
        seen += c;
        if i < seen {
            return Some(v);
        }
    }
    None
}

/// numpy's `quantile(..., method="linear")` over the sorted multiset of `n` values.
#[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation, clippy::cast_sign_loss)]
pub(crate) fn quantile(sorted: &[(f64, u64)], n: u64, p: f64) -> Option<f64> {
    if n == 0 {
        return None;
    }
    let h = (n - 1) as f64 * p;
    let j = h.floor();
    let g = h - j;
    let lower = j as u64;
    let upper = (lower + 1).min(n - 1);
    let a = nth(sorted, lower)?;
    let b = nth(sorted, upper)?;
    let diff = b - a;
    Some(if g >= 0.5 { b - diff * (1.0 - g) } else { a + diff * g })
}

/// n, minimum, quartiles, median, maximum and mean of a set of values.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// How many values.
    pub n: u64,
    /// The smallest.
    pub min: f64,
    /// The first quartile (linear method, as numpy and pandas compute it).
    pub q1: f64,
    /// The median.
    pub median: f64,
    /// The third quartile.
    pub q3: f64,
    /// The largest.
    pub max: f64,
    /// The exactly rounded sum divided by `n`.
    pub mean: f64,
    /// Present when there were more than 10,000 distinct values: the quartiles and the median
    /// were computed from the values moved to the nearest multiple of this width (0.01), so each
    /// is within half of it of the exact one; `n`, the minimum, the maximum and the mean stay
    /// exact. Memory then stays bounded however many assessments are aggregated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub resolution: Option<f64>,
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::cast_precision_loss, clippy::float_cmp)]
mod tests {
    use super::*;

    fn metric(values: &[f64]) -> Metric {
        let mut m = Metric::default();
        for v in values {
            m.add(*v);
        }
        m
    }

    #[test]
    fn quantiles_are_numpys_linear_method() {
        // numpy.quantile([1, 2, 3, 4], [.25, .5, .75]) == [1.75, 2.5, 3.25]
        let s = metric(&[4.0, 1.0, 3.0, 2.0]).summary();
        assert_eq!(s.map(|s| (s.q1, s.median, s.q3, s.min, s.max, s.mean)), Some((1.75, 2.5, 3.25, 1.0, 4.0, 2.5)));
        // Repeated values count as many times as they occur.
        let s = metric(&[1.0, 1.0, 1.0, 10.0, 10.0]).summary();
        assert_eq!(s.map(|s| (s.q1, s.median, s.q3, s.n)), Some((1.0, 1.0, 10.0, 5)));
        assert_eq!(metric(&[7.5]).summary().map(|s| (s.q1, s.q3)), Some((7.5, 7.5)));
        assert!(metric(&[]).summary().is_none());
    }

    #[test]
    fn the_sum_is_exact_and_independent_of_order_and_splitting() {
        let values = [0.1, 0.2, 0.3, 1e16, 1.0, -1e16, 1e-16];
        let mut a = ExactSum::default();
        for v in values {
            a.add(v);
        }
        // math.fsum([0.1, 0.2, 0.3, 1e16, 1.0, -1e16, 1e-16]) == 1.6
        assert_eq!(a.value(), 1.6);
        let mut b = ExactSum::default();
        let mut c = ExactSum::default();
        for v in values.iter().rev().take(3) {
            b.add(*v);
        }
        for v in values.iter().rev().skip(3) {
            c.add(*v);
        }
        b.merge(&c);
        assert_eq!(b.value(), a.value());
        // Half-even rounding across partials: math.fsum([1e-16, 1, 1e16]) == 1.0000000000000002e16
        let mut d = ExactSum::default();
        for v in [1e-16, 1.0, 1e16] {
            d.add(v);
        }
        assert_eq!(d.value(), 1.0000000000000002e16);
    }

    /// Values spread over `[0, 100]` with many distinct ones (a deterministic sequence).
    fn spread(n: usize, seed: u64) -> Vec<f64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                #[allow(clippy::cast_precision_loss)]
                let u = (x >> 11) as f64 / (1u64 << 53) as f64;
                100.0 * u * u
            })
            .collect()
    }

    fn exact_quantile(values: &[f64], p: f64) -> f64 {
        let mut v = values.to_vec();
        v.sort_by(f64::total_cmp);
        let counted: Vec<(f64, u64)> = v.iter().map(|x| (*x, 1)).collect();
        quantile(&counted, v.len() as u64, p).unwrap()
    }

    #[test]
    fn past_the_limit_values_are_counted_on_the_grid_within_half_its_width() {
        // At the limit, exact; one distinct value more, on the grid.
        let at_limit = spread(EXACT_LIMIT, 1);
        assert!(!metric(&at_limit).on_grid() && metric(&at_limit).summary().unwrap().resolution.is_none());
        let values = spread(60_000, 2);
        let m = metric(&values);
        assert!(m.on_grid());
        assert!(m.sorted().len() <= 10_001, "at most one counter per grid point");
        let s = m.summary().unwrap();
        assert_eq!(s.resolution, Some(GRID));
        // n, minimum, maximum and mean stay exact.
        let mut sum = ExactSum::default();
        values.iter().for_each(|v| sum.add(*v));
        assert_eq!(s.n, 60_000);
        assert_eq!(s.min, values.iter().copied().fold(f64::INFINITY, f64::min));
        assert_eq!(s.max, values.iter().copied().fold(f64::NEG_INFINITY, f64::max));
        assert_eq!(s.mean, sum.value() / 60_000.0);
        // The quartiles are within half the grid's width of the exact ones.
        for (p, got) in [(0.25, s.q1), (0.5, s.median), (0.75, s.q3)] {
            let exact = exact_quantile(&values, p);
            assert!((got - exact).abs() <= GRID / 2.0 + 1e-12, "p {p}: {got} vs {exact}");
        }
        // Ranks count the values of lower grid points below, those of the same one as equal.
        let (below, equal) = m.rank(50.0);
        let exact_below = values.iter().filter(|v| **v < 49.995).count() as u64;
        assert_eq!(below, exact_below);
        assert_eq!(equal, values.iter().filter(|v| (49.995..50.005).contains(*v)).count() as u64);
    }

    #[test]
    fn the_switch_to_the_grid_does_not_depend_on_order_or_splitting() {
        // 18,000 distinct values: each third alone stays exact, the whole does not.
        let values = spread(18_000, 3);
        let whole = metric(&values);
        assert!(whole.on_grid());
        let parts: Vec<Metric> = values.chunks(6_000).map(metric).collect();
        assert!(parts.iter().all(|p| !p.on_grid()));
        for order in [[0, 1, 2], [2, 0, 1], [1, 2, 0]] {
            let mut merged = Metric::default();
            for i in order {
                merged.merge(&parts[i]);
            }
            assert_eq!(merged.summary(), whole.summary(), "order {order:?}");
            // Through the state, as between processes.
            let back = Metric::from_state(merged.to_state());
            assert_eq!(back.summary(), whole.summary());
            assert_eq!(back.rank(42.0), whole.rank(42.0));
        }
        let mut reversed = values.clone();
        reversed.reverse();
        assert_eq!(metric(&reversed).summary(), whole.summary());
        // A part already on the grid merged into an exact one, and the other way round.
        let (big, small) = (metric(&values[..15_000]), metric(&values[15_000..]));
        assert!(big.on_grid() && !small.on_grid());
        let (mut a, mut b) = (big.clone(), small.clone());
        a.merge(&small);
        b.merge(&big);
        assert_eq!(a.summary(), whole.summary());
        assert_eq!(b.summary(), whole.summary());
    }

    #[test]
    fn ranks_count_below_and_equal_and_states_round_trip() {
        let m = metric(&[1.0, 2.0, 2.0, 3.0]);
        assert_eq!(m.rank(2.0), (1, 2));
        assert_eq!(Metric::from_state(m.to_state()), m);
    }
}
