//! A framework validated and compiled once, scored many times, and the core's authoring of
//! assessments against it (what the questionnaire page uses).

use std::sync::Arc;

use kalkan::{Assessment, DocumentKind, JsonLayout, Registry, Validation};
use wasm_bindgen::prelude::*;

use crate::convert::{assessment_part, document_text, from_json_text, internal, optional_string_arg, string_arg, throw, to_js, Part};

/// A validated framework, ready to score assessments.
///
/// ```js
/// const fw = CompiledFramework.builtin("kalkan-public-institution@^1");
/// const report = fw.score(assessment);
/// ```
#[wasm_bindgen]
pub struct CompiledFramework {
    inner: Arc<kalkan::CompiledFramework>,
}

impl CompiledFramework {
    pub(crate) fn wrap(inner: Arc<kalkan::CompiledFramework>) -> CompiledFramework {
        CompiledFramework { inner }
    }
}

pub(crate) fn parse_assessment(assessment: &JsValue) -> Result<Assessment, JsValue> {
    let text = document_text(assessment, DocumentKind::Assessment)?;
    Assessment::from_json(&text).map_err(|e| throw(&e))
}

#[wasm_bindgen]
impl CompiledFramework {
    /// Parses, validates and compiles a framework. Throws `KalkanError` listing every problem.
    #[wasm_bindgen(constructor)]
    pub fn new(#[wasm_bindgen(unchecked_param_type = "string | Framework")] framework: JsValue) -> Result<CompiledFramework, JsValue> {
        let text = document_text(&framework, DocumentKind::Framework)?;
        let inner = kalkan::CompiledFramework::from_json(&text).map_err(|e| throw(&e))?;
        Ok(CompiledFramework { inner: Arc::new(inner) })
    }

    /// The built-in framework named by `spec`: `id` (newest version) or `id@requirement`.
    pub fn builtin(#[wasm_bindgen(unchecked_param_type = "string")] spec: JsValue) -> Result<CompiledFramework, JsValue> {
        let spec = string_arg(&spec, "spec")?;
        let inner = Registry::builtin().get_spec(&spec).map_err(|e| throw(&e))?;
        Ok(CompiledFramework { inner })
    }

    /// The framework id.
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.inner.id().to_string()
    }

    /// The exact version, e.g. `1.0.0`.
    #[wasm_bindgen(getter)]
    pub fn version(&self) -> String {
        self.inner.version().to_string()
    }

    /// `sha256:` and the hex digest of the framework's canonical JSON.
    #[wasm_bindgen(getter)]
    pub fn digest(&self) -> String {
        self.inner.digest().to_string()
    }

    /// The version requirement a new assessment of this framework names: `^` and the exact
    /// version (so a pre-release framework is satisfied by its own assessments).
    pub fn requirement(&self) -> String {
        self.inner.requirement()
    }

    /// The framework document as written.
    #[wasm_bindgen(unchecked_return_type = "Framework")]
    pub fn framework(&self) -> Result<JsValue, JsValue> {
        to_js(self.inner.framework())
    }

    /// The framework laid out as a questionnaire in `lang`, falling back to English per text.
    #[wasm_bindgen(unchecked_return_type = "Questionnaire")]
    pub fn questionnaire(&self, #[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue) -> Result<JsValue, JsValue> {
        let lang = string_arg(&lang, "lang")?;
        to_js(&self.inner.questionnaire(&lang))
    }

    /// Progress of an assessment (answered of total per section and overall, where to resume).
    /// Answers to unknown controls or with unknown options do not count.
    #[wasm_bindgen(unchecked_return_type = "Progress")]
    pub fn progress(&self, #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue) -> Result<JsValue, JsValue> {
        let a = parse_assessment(&assessment)?;
        to_js(&self.inner.progress(&a))
    }

    /// Every problem of an assessment against this framework; never throws for a bad assessment.
    #[wasm_bindgen(js_name = validateAssessment, unchecked_return_type = "Validation")]
    pub fn validate_assessment(&self, #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue) -> Result<JsValue, JsValue> {
        let text = document_text(&assessment, DocumentKind::Assessment)?;
        let parsed = Assessment::from_json(&text);
        to_js(&Validation::of_assessment(parsed.as_ref().map(|a| (&*self.inner, a))))
    }

    /// A new, empty assessment of this framework for `subject`: it names this framework and the
    /// version requirement of [`CompiledFramework::requirement`], and has no responses.
    #[wasm_bindgen(js_name = newAssessment, unchecked_return_type = "Assessment")]
    pub fn new_assessment(&self, #[wasm_bindgen(unchecked_param_type = "Subject")] subject: JsValue) -> Result<JsValue, JsValue> {
        let subject = assessment_part(&subject, "subject", "an object {name, kind?, country?, sector?}", Part::Subject)?.subject;
        to_js(&self.inner.new_assessment(subject))
    }

    /// The assessment with `response` as the answer to `control`. A new response goes in
    /// questionnaire order (so saved files read in the order of the questions); a response that
    /// is there already is replaced in its place. Nothing is validated: see
    /// `validateAssessment`.
    #[wasm_bindgen(unchecked_return_type = "Assessment")]
    pub fn answer(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] control: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ControlResponse")] response: JsValue,
    ) -> Result<JsValue, JsValue> {
        let mut a = parse_assessment(&assessment)?;
        let control = string_arg(&control, "control")?;
        let what = "an object {option, notes?, evidence?, answered_at?}";
        let response = assessment_part(&response, "response", what, Part::Response(&control))?
            .responses
            .remove(&control)
            .ok_or_else(|| internal("a response read back is missing".to_string()))?;
        self.inner.answer(&mut a, &control, response);
        to_js(&a)
    }

    /// Whether `control` has a response whose option is in the control's scale.
    #[wasm_bindgen(js_name = isAnswered)]
    pub fn is_answered(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] control: JsValue,
    ) -> Result<bool, JsValue> {
        let a = parse_assessment(&assessment)?;
        Ok(self.inner.is_answered(&a, &string_arg(&control, "control")?))
    }

    /// Scores an assessment; `profile` overrides the assessment's target profile.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn score(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "string | null")] profile: JsValue,
    ) -> Result<JsValue, JsValue> {
        let profile = optional_string_arg(&profile, "profile")?;
        let text = document_text(&assessment, DocumentKind::Assessment)?;
        // The report's JSON straight from the core (no report built in between), read by JS.
        let report = self.inner.report_json(&text, profile.as_deref(), JsonLayout::Compact).map_err(|e| throw(&e))?;
        from_json_text(&report)
    }

    /// The report as tidy rows (one per group, root first), for tables and data frames.
    ///
    /// Rows are made from the assessment rather than from a report object: reading a report back
    /// would put a second copy of the report model's parser into the module.
    #[wasm_bindgen(unchecked_return_type = "GroupRow[]")]
    pub fn rows(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "string | null")] profile: JsValue,
    ) -> Result<JsValue, JsValue> {
        let profile = optional_string_arg(&profile, "profile")?;
        let a = parse_assessment(&assessment)?;
        let report = self.inner.score(&a, profile.as_deref()).map_err(|e| throw(&e))?;
        to_js(&report.rows())
    }

    /// Gap analysis against `profile`, or else the assessment's own profile.
    #[wasm_bindgen(unchecked_return_type = "Gaps")]
    pub fn gaps(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "string | null")] profile: JsValue,
    ) -> Result<JsValue, JsValue> {
        let profile = optional_string_arg(&profile, "profile")?;
        let a = parse_assessment(&assessment)?;
        let gaps = self.inner.gaps(&a, profile.as_deref()).map_err(|e| throw(&e))?;
        to_js(&gaps)
    }
}
