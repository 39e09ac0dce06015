//! The questionnaire view of a framework: sections and questions in one language, in order.
//! Front ends (browser, terminal) walk this.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::compiled::CompiledFramework;
use crate::model::framework::{Control, Group};
use crate::model::text::Text;

/// One answer option, localized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct OptionView {
    /// The option's id (what a response names).
    pub id: String,
    /// Its label in the language asked for.
    pub label: String,
    /// Whether choosing it meets the control.
    pub meets: bool,
    /// Whether choosing it marks the control not applicable.
    pub not_applicable: bool,
}

/// One question, localized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Question {
    /// The control's id.
    pub id: String,
    /// The control's title.
    pub title: String,
    /// What is expected.
    pub statement: String,
    /// The question text, or the statement when the control has no question.
    pub question: String,
    /// Help for answering, if any.
    pub guidance: Option<String>,
    /// The control's maturity level, if any.
    pub level: Option<u32>,
    /// The localized name of the level, if any.
    pub level_name: Option<String>,
    /// The answer options, in order.
    pub options: Vec<OptionView>,
}

/// A maturity level, localized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct LevelView {
    /// The level number.
    pub level: u32,
    /// Its name.
    pub name: String,
    /// Its description, if any.
    pub description: Option<String>,
}

/// A target profile, localized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct ProfileView {
    /// The profile's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its description, if any.
    pub description: Option<String>,
}

/// A group with its questions and sub-sections, localized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Section {
    /// The group's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its description, if any.
    pub description: Option<String>,
    /// The controls directly in the group.
    pub questions: Vec<Question>,
    /// The sub-groups.
    pub sections: Vec<Section>,
}

/// A framework laid out as a questionnaire in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct Questionnaire {
    /// The framework's id.
    pub framework: String,
    /// The framework's exact version.
    pub version: String,
    /// The language asked for; texts missing in it fall back to English.
    pub language: String,
    /// `rtl` for right-to-left languages (Arabic), else `ltr`.
    pub direction: String,
    /// The framework's title.
    pub title: String,
    /// The framework's description, if any.
    pub description: Option<String>,
    /// The top-level groups.
    pub sections: Vec<Section>,
    /// Every control id in questionnaire order.
    pub order: Vec<String>,
    /// The maturity levels, in the framework's order.
    pub levels: Vec<LevelView>,
    /// The target profiles, in the framework's order.
    pub profiles: Vec<ProfileView>,
}

/// Is `lang` written right to left?
pub fn is_rtl(lang: &str) -> bool {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang).to_ascii_lowercase();
    matches!(primary.as_str(), "ar" | "fa" | "he" | "ur" | "ps" | "ku" | "dv" | "yi" | "sd" | "ug")
}

/// The framework as a questionnaire in `lang` (falling back to English per text).
pub(crate) fn questionnaire(fw: &CompiledFramework, lang: &str) -> Questionnaire {
    let f = fw.framework();
    let level_name = |l: Option<u32>| l.and_then(|l| f.levels.iter().find(|x| x.level == l)).map(|x| x.name.display(lang).to_string());
    let opt_text = |t: &Text| t.get_or_english(lang).map(str::to_owned);
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
        version: fw.version().to_string(),
        language: lang.to_string(),
        direction: if is_rtl(lang) { "rtl" } else { "ltr" }.to_string(),
        title: f.title.display(lang).to_string(),
        description: f.description.get_or_english(lang).map(str::to_owned),
        sections: f.groups.iter().map(|g| section(g, lang, &question)).collect(),
        order: fw.control_ids().iter().map(|id| id.to_string()).collect(),
        levels: f.levels.iter().map(|l| LevelView { level: l.level, name: l.name.display(lang).to_string(), description: opt_text(&l.description) }).collect(),
        profiles: f
            .profiles
            .iter()
            .map(|p| ProfileView { id: p.id.clone(), title: p.title.display(lang).to_string(), description: opt_text(&p.description) })
            .collect(),
    }
}
