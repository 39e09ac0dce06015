//! Privacy: small cohorts suppressed (k-anonymity with complementary suppression) and
//! assessments anonymized for sharing.
//!
//! **Suppression.** A cohort of fewer than `k` subjects is withheld whole: no count, no
//! statistic. The whole population is published, so withholding a single cohort would not be
//! enough: its count and sum (hence its mean) would be the total's less the published cohorts'.
//! So, within one output, the withheld cohorts together must hold at least `k` subjects: while
//! they hold fewer, the smallest published cohort (then the first by key) is withheld too. What
//! can be recomputed by subtraction is then a statistic of at least `k` subjects. The same rule
//! applies to each measure of each group (the values of an index or a compliance), counting the
//! subjects that have a value. When the whole population has fewer than `k` subjects, nothing
//! is published.

use serde::{Deserialize, Serialize};

use crate::model::assessment::{Assessment, Subject};

/// Which cells to withhold: `hidden` on entry (cells already withheld), then every cell with
/// fewer than `k` (but some) subjects, then the smallest others until the withheld cells hold at
/// least `k` subjects together (or every cell with subjects is withheld).
pub(crate) fn complementary_suppression(counts: &[u64], mut hidden: Vec<bool>, k: u64) -> Vec<bool> {
    hidden.resize(counts.len(), false);
    for (h, &c) in hidden.iter_mut().zip(counts) {
        if c > 0 && c < k {
            *h = true;
        }
    }
    loop {
        let withheld: u64 = counts.iter().zip(&hidden).filter(|(_, h)| **h).map(|(c, _)| *c).sum();
        if withheld == 0 || withheld >= k {
            break;
        }
        let next =
            counts.iter().enumerate().filter(|(i, c)| **c > 0 && !hidden.get(*i).copied().unwrap_or(true)).min_by_key(|(i, c)| (**c, *i)).map(|(i, _)| i);
        match next.and_then(|i| hidden.get_mut(i)) {
            Some(h) => *h = true,
            None => break,
        }
    }
    hidden
}

/// How precisely [`anonymize`] keeps dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// The first day of the month (`2026-11-25` becomes `2026-11-01`).
    #[default]
    Month,
    /// The first day of the year (`2026-01-01`).
    Year,
}

/// What [`anonymize`] may keep.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields, default)]
pub struct AnonymizeOptions {
    /// Keep the subject's country.
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub keep_country: bool,
    /// Keep the subject's sector.
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub keep_sector: bool,
    /// How precisely dates are kept.
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub dates: DatePrecision,
}

fn coarsen(date: &str, precision: DatePrecision) -> Option<String> {
    let (y, m) = (date.get(0..4)?, date.get(5..7)?);
    if !(y.bytes().all(|b| b.is_ascii_digit()) && m.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    Some(match precision {
        DatePrecision::Month => format!("{y}-{m}-01"),
        DatePrecision::Year => format!("{y}-01-01"),
    })
}

/// The assessment without what identifies people or the subject: the subject's name becomes
/// `pseudonym`; the assessor, every response's notes and evidence, the merge record (names and
/// notes of respondents) and the times answers were given are removed; the start and completion
/// dates are coarsened; the country and sector are kept only when `options` allow. The kind,
/// region, size class, profile and answers stay, so the assessment scores the same.
pub fn anonymize(a: &Assessment, pseudonym: &str, options: &AnonymizeOptions) -> Assessment {
    let s = &a.subject;
    let subject = Subject {
        name: pseudonym.to_string(),
        kind: s.kind.clone(),
        country: s.country.clone().filter(|_| options.keep_country),
        sector: s.sector.clone().filter(|_| options.keep_sector),
        region: s.region.clone(),
        size: s.size.clone(),
    };
    let mut responses = a.responses.clone();
    let ids: Vec<String> = responses.iter().map(|(k, _)| k.to_string()).collect();
    for id in ids {
        if let Some(mut r) = responses.get(&id).cloned() {
            r.notes = None;
            r.evidence.clear();
            r.answered_at = None;
            responses.set(id, r);
        }
    }
    Assessment {
        schema: a.schema.clone(),
        framework: a.framework.clone(),
        subject,
        assessor: None,
        started: a.started.as_deref().and_then(|d| coarsen(d, options.dates)),
        completed: a.completed.as_deref().and_then(|d| coarsen(d, options.dates)),
        profile: a.profile.clone(),
        responses,
        merge: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_small_cohort_takes_the_next_smallest_with_it() {
        let k = 5;
        assert_eq!(complementary_suppression(&[3, 40, 9, 12], vec![], k), vec![true, false, true, false]);
        // Two small cohorts that together reach k are enough.
        assert_eq!(complementary_suppression(&[3, 40, 2, 12], vec![], k), vec![true, false, true, false]);
        assert_eq!(complementary_suppression(&[6, 40, 9, 12], vec![], k), vec![false; 4]);
        // Cells without subjects hide nothing.
        assert_eq!(complementary_suppression(&[0, 1, 0], vec![], k), vec![false, true, false]);
        // Ties go to the first by position.
        assert_eq!(complementary_suppression(&[1, 7, 7], vec![], k), vec![true, true, false]);
        // Cells already withheld count.
        assert_eq!(complementary_suppression(&[8, 2, 9], vec![true, false, false], k), vec![true, true, false]);
    }
}
