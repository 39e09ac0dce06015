//! An assessment's responses read against a compiled framework: one state per control, in
//! document order, plus a problem for every response that does not resolve. Scoring, gap
//! analysis and progress all start from these states.

use serde_json::json;

use crate::compiled::CompiledFramework;
use crate::dates::is_date_or_timestamp;
use crate::error::{details, Code, Pointer, Problem};
use crate::model::assessment::Assessment;
use crate::model::report::Status;

/// The state of one control after reading the answers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ControlState {
    /// Index of the chosen option in the control's scale.
    pub option: Option<usize>,
    pub status: Status,
    pub credit: f64,
}

const UNANSWERED: ControlState = ControlState { option: None, status: Status::Unanswered, credit: 0.0 };

/// One state per control of a framework, in document order.
#[derive(Debug, Clone)]
pub(crate) struct Answers {
    pub states: Vec<ControlState>,
}

impl Answers {
    /// Reads the responses of `a`. A response to an unknown control, with an option not in the
    /// control's scale, a second response to the same control, or a bad `answered_at` is
    /// reported; the control it names (if any) stays unanswered, except for a bad date, which
    /// does not change the answer. Pointers are only built for problems, keeping the valid path
    /// fast.
    pub fn read(fw: &CompiledFramework, a: &Assessment) -> (Answers, Vec<Problem>) {
        let mut reader = AnswerReader::new(fw);
        let mut problems = Vec::new();
        for (key, r) in a.responses.iter() {
            reader.add(key, &r.option, r.answered_at.as_deref(), &mut problems);
        }
        (reader.finish(), problems)
    }

    /// The state of control `ci` (unanswered when out of range).
    pub fn state(&self, ci: usize) -> ControlState {
        self.states.get(ci).copied().unwrap_or(UNANSWERED)
    }
}

/// Reads responses one at a time, in file order, into the states of [`Answers`]: the one rule for
/// an owned assessment ([`Answers::read`]) and for one read straight from its JSON text.
pub(crate) struct AnswerReader<'f> {
    fw: &'f CompiledFramework,
    states: Vec<ControlState>,
    seen: Vec<bool>,
}

impl<'f> AnswerReader<'f> {
    pub fn new(fw: &'f CompiledFramework) -> Self {
        AnswerReader { fw, states: vec![UNANSWERED; fw.controls.len()], seen: vec![false; fw.controls.len()] }
    }

    /// Reads the response to control `key`; its problems (see [`Answers::read`]) go to `problems`.
    pub fn add(&mut self, key: &str, option: &str, answered_at: Option<&str>, problems: &mut Vec<Problem>) {
        let fw = self.fw;
        let at = |key: &str| Pointer::root().key("responses").key(key);
        let Some(ci) = fw.control_position(key) else {
            problems.push(Problem::new(
                at(key),
                Code::UnknownControl,
                details([("what", json!("response")), ("control", json!(key)), ("framework", json!(fw.id())), ("version", json!(fw.version().to_string()))]),
            ));
            return;
        };
        if let Some(t) = answered_at {
            if !is_date_or_timestamp(t) {
                problems.push(Problem::new(
                    at(key).key("answered_at"),
                    Code::InvalidDate,
                    details([("value", json!(t)), ("allowed", json!("date_or_timestamp"))]),
                ));
            }
        }
        match self.seen.get_mut(ci) {
            Some(s) if *s => {
                problems.push(Problem::new(at(key), Code::DuplicateId, details([("id", json!(key)), ("what", json!("response"))])));
                return;
            }
            Some(s) => *s = true,
            None => return,
        }
        let scale = fw.controls.get(ci).map_or(0, |c| c.scale);
        let resolved = fw.option_position(scale, option).and_then(|oi| Some((oi, fw.scales.get(scale)?.get(oi)?)));
        let Some((oi, opt)) = resolved else {
            let known: Vec<&str> = fw.option_ids(scale).iter().map(|o| &**o).collect();
            problems.push(Problem::new(
                at(key).key("option"),
                Code::UnknownOption,
                details([("control", json!(key)), ("option", json!(option)), ("known", json!(known))]),
            ));
            return;
        };
        if let Some(slot) = self.states.get_mut(ci) {
            *slot = if opt.not_applicable {
                ControlState { option: Some(oi), status: Status::NotApplicable, credit: 0.0 }
            } else {
                ControlState { option: Some(oi), status: if opt.meets { Status::Met } else { Status::NotMet }, credit: opt.credit }
            };
        }
    }

    pub fn finish(self) -> Answers {
        Answers { states: self.states }
    }
}
