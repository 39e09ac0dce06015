//! Exact, mergeable statistics of a stream of numbers: count, minimum, maximum, an exactly
//! rounded sum (so the mean does not depend on the order of the values, nor on how the work
//! was split between threads or machines), and every distinct value with its count (so that
//! quartiles are exact).
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

/// Every value seen, as distinct values and counts; with the exact sum.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Metric {
    pub n: u64,
    pub sum: ExactSum,
    /// Value (as bits; `-0.0` is stored as `0.0`) to count.
    values: HashMap<u64, u64>,
}

/// A metric as data (for merging across processes): values sorted ascending.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct MetricState {
    n: u64,
    sum: ExactSum,
    values: Vec<(f64, u64)>,
}

impl Metric {
    pub fn add(&mut self, v: f64) {
        if v.is_nan() {
            return;
        }
        let v = if v == 0.0 { 0.0 } else { v };
        self.n += 1;
        self.sum.add(v);
        *self.values.entry(v.to_bits()).or_insert(0) += 1;
    }

    pub fn merge(&mut self, other: &Metric) {
        self.n += other.n;
        self.sum.merge(&other.sum);
        for (k, c) in &other.values {
            *self.values.entry(*k).or_insert(0) += c;
        }
    }

    /// The distinct values ascending, with their counts.
    pub fn sorted(&self) -> Vec<(f64, u64)> {
        let mut v: Vec<(f64, u64)> = self.values.iter().map(|(k, c)| (f64::from_bits(*k), *c)).collect();
        v.sort_by(|a, b| a.0.total_cmp(&b.0));
        v
    }

    pub fn to_state(&self) -> MetricState {
        MetricState { n: self.n, sum: self.sum.clone(), values: self.sorted() }
    }

    pub fn from_state(s: MetricState) -> Metric {
        let values = s.values.into_iter().map(|(v, c)| (v.to_bits(), c)).collect();
        Metric { n: s.n, sum: s.sum, values }
    }

    /// The summary, or `None` when there is no value.
    pub fn summary(&self) -> Option<Summary> {
        let sorted = self.sorted();
        let (min, max) = (sorted.first()?.0, sorted.last()?.0);
        let q = |p: f64| quantile(&sorted, self.n, p);
        #[allow(clippy::cast_precision_loss)]
        let mean = self.sum.value() / self.n as f64;
        Some(Summary { n: self.n, min, q1: q(0.25)?, median: q(0.5)?, q3: q(0.75)?, max, mean })
    }

    /// Where `v` stands among the values: `(below, equal)` counts.
    pub fn rank(&self, v: f64) -> (u64, u64) {
        let v = if v == 0.0 { 0.0 } else { v };
        let mut below = 0;
        for (k, c) in &self.values {
            if f64::from_bits(*k) < v {
                below += c;
            }
        }
        (below, self.values.get(&v.to_bits()).copied().unwrap_or(0))
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
}

#[cfg(test)]
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

    #[test]
    fn ranks_count_below_and_equal_and_states_round_trip() {
        let m = metric(&[1.0, 2.0, 2.0, 3.0]);
        assert_eq!(m.rank(2.0), (1, 2));
        assert_eq!(Metric::from_state(m.to_state()), m);
    }
}
