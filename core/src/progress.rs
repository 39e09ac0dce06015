//! Progress of an assessment through its framework's questionnaire: answered of total, per
//! section and overall, and where to resume.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::compiled::CompiledFramework;
use crate::model::assessment::Assessment;
use crate::model::framework::Group;
use crate::scoring::{group_states, GroupState};

/// Answered of total, for one section (subtree) or the whole questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct SectionProgress {
    /// The group's id.
    pub id: String,
    /// Controls of the subtree with a valid answer (not applicable included).
    pub answered: u32,
    /// Controls of the subtree.
    pub total: u32,
    /// The sub-sections.
    pub sections: Vec<SectionProgress>,
}

/// Progress through the questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Progress {
    /// Controls with a valid answer (not applicable included).
    pub answered: u32,
    /// Controls of the framework.
    pub total: u32,
    /// The first unanswered control in questionnaire order (where to resume), if any.
    pub next: Option<String>,
    /// Every unanswered control in questionnaire order. A response whose option is not in the
    /// control's scale does not count as an answer.
    pub unanswered: Vec<String>,
    /// Per top-level section.
    pub sections: Vec<SectionProgress>,
}

/// How far an assessment has got. Responses to unknown controls or with unknown options do not
/// count as answers; nothing else about the assessment is checked.
pub(crate) fn progress(fw: &CompiledFramework, a: &Assessment) -> Progress {
    let (answers, _) = Answers::read(fw, a);
    let groups = group_states(fw, &answers);
    fn build(fw: &CompiledFramework, g: &Group, groups: &[GroupState]) -> SectionProgress {
        let counts = fw.group_position(&g.id).and_then(|i| groups.get(i)).map(|s| s.counts).unwrap_or_default();
        SectionProgress {
            id: g.id.clone(),
            answered: counts.answered,
            total: counts.controls,
            sections: g.groups.iter().map(|s| build(fw, s, groups)).collect(),
        }
    }
    let root = groups.first().map(|s| s.counts).unwrap_or_default();
    let unanswered: Vec<String> = fw.control_ids().iter().zip(&answers.states).filter(|(_, s)| s.option.is_none()).map(|(id, _)| id.to_string()).collect();
    Progress {
        answered: root.answered,
        total: root.controls,
        next: unanswered.first().cloned(),
        unanswered,
        sections: fw.framework().groups.iter().map(|g| build(fw, g, &groups)).collect(),
    }
}
