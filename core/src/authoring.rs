//! Writing assessments: a new one for a framework, and answers placed in questionnaire order.
//! Every front end (terminal questionnaire, browser page, Python) authors through these.

use crate::compiled::CompiledFramework;
use crate::model::assessment::{Assessment, FrameworkRequirement, Response, Responses, Subject};

/// The version requirement a new assessment of `fw` names: `^` and the exact version, so later
/// compatible releases still score it (and a pre-release satisfies it).
pub(crate) fn requirement(fw: &CompiledFramework) -> String {
    format!("^{}", fw.version())
}

/// A new, empty assessment of `fw` for `subject`.
pub(crate) fn new_assessment(fw: &CompiledFramework, subject: Subject) -> Assessment {
    Assessment {
        schema: None,
        framework: FrameworkRequirement { id: fw.id().to_string(), version: requirement(fw) },
        subject,
        assessor: None,
        started: None,
        completed: None,
        profile: None,
        responses: Responses::default(),
        merge: None,
    }
}

/// Whether `control` has a response whose option is in the control's scale.
pub(crate) fn is_answered(fw: &CompiledFramework, a: &Assessment, control: &str) -> bool {
    let Some(ci) = fw.control_position(control) else { return false };
    let scale = fw.controls.get(ci).map_or(0, |c| c.scale);
    a.responses.get(control).is_some_and(|r| fw.option_position(scale, &r.option).is_some())
}

/// Sets the response to `control`. New responses are placed in questionnaire order, so saved
/// files read (and diff) in the order of the questions; existing entries keep their place.
pub(crate) fn answer(fw: &CompiledFramework, a: &mut Assessment, control: &str, response: Response) {
    if a.responses.get(control).is_some() {
        a.responses.set(control, response);
        return;
    }
    let rank = |id: &str| fw.control_position(id).unwrap_or(usize::MAX);
    let mine = rank(control);
    let at = a.responses.iter().position(|(k, _)| rank(k) > mine).unwrap_or(a.responses.len());
    a.responses.insert(at, control, response);
}
