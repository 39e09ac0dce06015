//! Declared input limits, enforced before work grows: the size of a document, its JSON nesting,
//! the number of groups, controls, options and responses, the length of a text, and the number
//! of problems a validation lists. Each limit has its own stable code.
//!
//! The limits are process-wide (every front end reads the same ones) and can be changed with
//! [`Limits::set`]: the CLI's `--max-input-size`, Python's `kalkan.set_limits`, JavaScript's
//! `setLimits`.

use std::sync::atomic::{AtomicUsize, Ordering};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::error::{details, Code, DocumentKind, Error, Pointer, Problem};

/// The JSON nesting depth beyond which a document is refused (`too_deep`): the parser's own
/// bound, fixed so that no document can exhaust the stack.
pub const MAX_DEPTH: usize = 128;

/// The limits in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// The largest document, in bytes of UTF-8 (`input_too_large`). Default 64 MiB.
    pub max_input_bytes: usize,
    /// The most groups in a framework (`too_many`, `what`: `groups`). Default 10,000.
    pub max_groups: usize,
    /// The most controls in a framework (`too_many`, `what`: `controls`). Default 100,000.
    pub max_controls: usize,
    /// The most options in one scale (`too_many`, `what`: `options`). Default 100.
    pub max_options: usize,
    /// The most responses in an assessment (`too_many`, `what`: `responses`). Default 100,000.
    pub max_responses: usize,
    /// The longest text (a title, statement, note, evidence reference...), in characters
    /// (`text_too_long`). Default 100,000.
    pub max_text_chars: usize,
    /// The most problems a validation lists; the rest are counted in one last
    /// `too_many_problems` problem. Default 1,000.
    pub max_problems: usize,
}

impl Limits {
    /// The default limits.
    pub const DEFAULT: Limits = Limits {
        max_input_bytes: 64 * 1024 * 1024,
        max_groups: 10_000,
        max_controls: 100_000,
        max_options: 100,
        max_responses: 100_000,
        max_text_chars: 100_000,
        max_problems: 1_000,
    };

    /// The limits in force now.
    pub fn current() -> Limits {
        let get = |a: &AtomicUsize| a.load(Ordering::Relaxed);
        Limits {
            max_input_bytes: get(&CURRENT.0[0]),
            max_groups: get(&CURRENT.0[1]),
            max_controls: get(&CURRENT.0[2]),
            max_options: get(&CURRENT.0[3]),
            max_responses: get(&CURRENT.0[4]),
            max_text_chars: get(&CURRENT.0[5]),
            max_problems: get(&CURRENT.0[6]),
        }
    }

    /// Puts these limits in force for the whole process. A limit of 0 is refused
    /// (`invalid_argument`): it would refuse every document.
    pub fn set(self) -> Result<(), Error> {
        let values = self.values();
        if let Some((name, _)) = values.iter().find(|(_, v)| *v == 0) {
            return Err(Error::InvalidArgument {
                argument: (*name).to_string(),
                expected: "a whole number greater than 0".into(),
                found: "0".into(),
                reason: None,
            });
        }
        for (slot, (_, v)) in CURRENT.0.iter().zip(values) {
            slot.store(v, Ordering::Relaxed);
        }
        Ok(())
    }

    fn values(&self) -> [(&'static str, usize); 7] {
        [
            ("max_input_bytes", self.max_input_bytes),
            ("max_groups", self.max_groups),
            ("max_controls", self.max_controls),
            ("max_options", self.max_options),
            ("max_responses", self.max_responses),
            ("max_text_chars", self.max_text_chars),
            ("max_problems", self.max_problems),
        ]
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

struct Current([AtomicUsize; 7]);

static CURRENT: Current = Current([
    AtomicUsize::new(Limits::DEFAULT.max_input_bytes),
    AtomicUsize::new(Limits::DEFAULT.max_groups),
    AtomicUsize::new(Limits::DEFAULT.max_controls),
    AtomicUsize::new(Limits::DEFAULT.max_options),
    AtomicUsize::new(Limits::DEFAULT.max_responses),
    AtomicUsize::new(Limits::DEFAULT.max_text_chars),
    AtomicUsize::new(Limits::DEFAULT.max_problems),
]);

/// Checks the size of a document of `document` kind before it is read: a front end calls this
/// with a file's size before reading the file. `Error::Parse` with `input_too_large` (details
/// `size`, `limit`) when it is too large.
pub fn check_size(document: DocumentKind, size: u64) -> Result<(), Error> {
    let limit = Limits::current().max_input_bytes;
    if size > limit as u64 {
        return Err(Error::Parse {
            document,
            problem: Problem::new(Pointer::root(), Code::InputTooLarge, details([("size", json!(size)), ("limit", json!(limit))])),
        });
    }
    Ok(())
}

/// A `too_many` problem when `count` exceeds `limit`.
pub(crate) fn count_problem(at: Pointer, what: &str, count: usize, limit: usize) -> Option<Problem> {
    (count > limit).then(|| Problem::new(at, Code::TooMany, details([("what", json!(what)), ("count", json!(count)), ("limit", json!(limit))])))
}

/// Keeps the first `max_problems` problems and, when some are dropped, adds one
/// `too_many_problems` problem saying how many (details `dropped`, `limit`).
pub(crate) fn cap(mut problems: Vec<Problem>) -> Vec<Problem> {
    let limit = Limits::current().max_problems;
    if problems.len() > limit {
        let dropped = problems.len() - limit;
        problems.truncate(limit);
        problems.push(Problem::new(Pointer::root(), Code::TooManyProblems, details([("dropped", json!(dropped)), ("limit", json!(limit))])));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_capped_with_a_count_of_the_rest() {
        let many: Vec<Problem> = (0..1_500).map(|_| Problem::new(Pointer::root(), Code::MissingSubject, Default::default())).collect();
        let capped = cap(many);
        assert_eq!(capped.len(), 1_001);
        let last = capped.last().map(|p| (p.code, p.details.get("dropped").cloned()));
        assert_eq!(last, Some((Code::TooManyProblems, Some(json!(500)))));
        assert_eq!(cap(vec![]).len(), 0);
    }

    #[test]
    fn sizes_over_the_limit_are_refused_before_reading() {
        assert!(check_size(DocumentKind::Assessment, 1_000).is_ok());
        let e = check_size(DocumentKind::Assessment, 65 * 1024 * 1024);
        let Err(Error::Parse { problem, .. }) = e else { return assert!(e.is_err(), "expected a parse error") };
        assert_eq!(problem.code, Code::InputTooLarge);
        assert_eq!(problem.details.get("limit"), Some(&json!(64 * 1024 * 1024)));
        assert!(Limits { max_problems: 0, ..Limits::DEFAULT }.set().is_err());
        assert_eq!(Limits::current(), Limits::DEFAULT);
    }
}
