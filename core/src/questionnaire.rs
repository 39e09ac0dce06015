//! The questionnaire view of a framework: sections and questions in one language, in order,
//! and progress of an assessment through them. Front ends (browser, terminal) walk this.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::assessment::Assessment;
use crate::compiled::CompiledFramework;
use crate::framework::{Control, Group};

/// One answer option, localized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct OptionView {
    pub id: String,
    pub label: String,
    pub meets: bool,
    pub not_applicable: bool,
}

/// One question, localized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Question {
    pub id: String,
    pub title: String,
    pub statement: String,
    /// The question text, or the statement when the control has no question.
    pub question: String,
    pub guidance: Option<String>,
    pub level: Option<u32>,
    /// The localized name of the level, if any.
    pub level_name: Option<String>,
    pub options: Vec<OptionView>,
}

/// A maturity level, localized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct LevelView {
    pub level: u32,
    pub name: String,
    pub description: Option<String>,
}

/// A target profile, localized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct ProfileView {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
}

/// A group with its questions and sub-sections, localized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Section {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub questions: Vec<Question>,
    pub sections: Vec<Section>,
}

/// A framework laid out as a questionnaire in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Questionnaire {
    pub framework: String,
    pub version: String,
    /// The language asked for; texts missing in it fall back to English.
    pub language: String,
    /// `rtl` for right-to-left languages (Arabic), else `ltr`.
    pub direction: String,
    pub title: String,
    pub description: Option<String>,
    pub sections: Vec<Section>,
    /// Every control id in questionnaire order.
    pub order: Vec<String>,
    /// The maturity levels, in the framework's order.
    pub levels: Vec<LevelView>,
    /// The target profiles, in the framework's order.
    pub profiles: Vec<ProfileView>,
}

/// Answered of total, for one section (subtree) or the whole questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct SectionProgress {
    pub id: String,
    pub answered: u32,
    pub total: u32,
    pub sections: Vec<SectionProgress>,
}

/// Progress through the questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Progress {
    pub answered: u32,
    pub total: u32,
    /// The first unanswered control in questionnaire order (where to resume), if any.
    pub next: Option<String>,
    /// Every unanswered control in questionnaire order. A response whose option is not in the
    /// control's scale does not count as an answer.
    pub unanswered: Vec<String>,
    pub sections: Vec<SectionProgress>,
}

/// Is `lang` written right to left?
pub fn is_rtl(lang: &str) -> bool {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang).to_ascii_lowercase();
    matches!(primary.as_str(), "ar" | "fa" | "he" | "ur" | "ps" | "ku" | "dv" | "yi" | "sd" | "ug")
}

impl CompiledFramework {
    /// The framework as a questionnaire in `lang` (falling back to English per text).
    pub fn questionnaire(&self, lang: &str) -> Questionnaire {
        let f = self.framework();
        let level_name = |l: Option<u32>| l.and_then(|l| f.levels.iter().find(|x| x.level == l)).map(|x| x.name.display(lang).to_string());
        let opt_text = |t: &crate::Text| t.get_or_english(lang).map(str::to_owned);
        let question = |c: &Control| Question {
            id: c.id.clone(),
            title: c.title.display(lang).to_string(),
            statement: c.statement.display(lang).to_string(),
            question: c.question.as_ref().and_then(|q| q.get_or_english(lang)).unwrap_or(c.statement.display(lang)).to_string(),
            guidance: c.guidance.as_ref().and_then(opt_text),
            level: c.level,
            level_name: level_name(c.level),
            options: f
                .scales
                .iter()
                .find(|s| s.id == c.scale)
                .map(|s| {
                    s.options
                        .iter()
                        .map(|o| OptionView { id: o.id.clone(), label: o.label.display(lang).to_string(), meets: o.meets, not_applicable: o.not_applicable })
                        .collect()
                })
                .unwrap_or_default(),
        };
        fn section(g: &Group, lang: &str, q: &dyn Fn(&Control) -> Question) -> Section {
            Section {
                id: g.id.clone(),
                title: g.title.display(lang).to_string(),
                description: g.description.get_or_english(lang).map(str::to_owned),
                questions: g.controls.iter().map(q).collect(),
                sections: g.groups.iter().map(|s| section(s, lang, q)).collect(),
            }
        }
        Questionnaire {
            framework: f.id.clone(),
            version: self.version().to_string(),
            language: lang.to_string(),
            direction: if is_rtl(lang) { "rtl" } else { "ltr" }.to_string(),
            title: f.title.display(lang).to_string(),
            description: f.description.get_or_english(lang).map(str::to_owned),
            sections: f.groups.iter().map(|g| section(g, lang, &question)).collect(),
            order: self.control_ids().iter().map(|id| id.to_string()).collect(),
            levels: f
                .levels
                .iter()
                .map(|l| LevelView { level: l.level, name: l.name.display(lang).to_string(), description: opt_text(&l.description) })
                .collect(),
            profiles: f
                .profiles
                .iter()
                .map(|p| ProfileView { id: p.id.clone(), title: p.title.display(lang).to_string(), description: opt_text(&p.description) })
                .collect(),
        }
    }

    /// How far an assessment has got. Responses to unknown controls or with unknown options do
    /// not count as answers.
    pub fn progress(&self, a: &Assessment) -> Progress {
        let states = self.resolve_responses(a, None);
        let groups = self.group_states(&states);
        fn build(fw: &CompiledFramework, g: &Group, groups: &[crate::scoring::GroupState]) -> SectionProgress {
            let counts = fw.group_position(&g.id).and_then(|i| groups.get(i)).map(|s| s.counts).unwrap_or_default();
            SectionProgress {
                id: g.id.clone(),
                answered: counts.answered,
                total: counts.controls,
                sections: g.groups.iter().map(|s| build(fw, s, groups)).collect(),
            }
        }
        let root = groups.first().map(|s| s.counts).unwrap_or_default();
        let unanswered: Vec<String> = self.control_ids().iter().zip(&states).filter(|(_, s)| s.option.is_none()).map(|(id, _)| id.to_string()).collect();
        Progress {
            answered: root.answered,
            total: root.controls,
            next: unanswered.first().cloned(),
            unanswered,
            sections: self.framework().groups.iter().map(|g| build(self, g, &groups)).collect(),
        }
    }
}

impl CompiledFramework {
    /// The version requirement a new assessment of this framework names: `^` and the exact
    /// version, so later compatible releases still score it (and a pre-release satisfies it).
    pub fn requirement(&self) -> String {
        format!("^{}", self.version())
    }

    /// A new, empty assessment of this framework for `subject`.
    pub fn new_assessment(&self, subject: crate::Subject) -> Assessment {
        Assessment {
            schema: None,
            framework: crate::FrameworkRequirement { id: self.id().to_string(), version: self.requirement() },
            subject,
            assessor: None,
            started: None,
            completed: None,
            profile: None,
            responses: crate::Responses::default(),
        }
    }

    /// Whether `control` has a response whose option is in the control's scale.
    pub fn is_answered(&self, a: &Assessment, control: &str) -> bool {
        let Some(ci) = self.control_position(control) else { return false };
        let scale = self.controls.get(ci).map_or(0, |c| c.scale);
        a.responses.get(control).is_some_and(|r| self.option_position(scale, &r.option).is_some())
    }

    /// Sets the response to `control`. New responses are placed in questionnaire order, so saved
    /// files read (and diff) in the order of the questions; existing entries keep their place.
    pub fn answer(&self, a: &mut Assessment, control: &str, response: crate::Response) {
        if a.responses.get(control).is_some() {
            a.responses.set(control, response);
            return;
        }
        let rank = |id: &str| self.control_position(id).unwrap_or(usize::MAX);
        let mine = rank(control);
        let at = a.responses.0.iter().position(|(k, _)| rank(k) > mine).unwrap_or(a.responses.0.len());
        a.responses.0.insert(at, (control.to_string(), response));
    }
}
