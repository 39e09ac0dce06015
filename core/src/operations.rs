//! Everything a compiled framework can do, as methods in one place. Each method reads the
//! answers once (`answers`, after `validate::assessment` checks them) and hands them to the
//! module that does the work: `scoring`, `gaps`, `progress`, `questionnaire`, `authoring`.

use crate::authoring;
use crate::compiled::CompiledFramework;
use crate::error::{DocumentKind, Error, Problem, Result};
use crate::gaps;
use crate::model::adjudication::Adjudication;
use crate::model::assessment::{Assessment, Response, Subject};
use crate::model::framework::Profile;
use crate::model::merge::MergeRule;
use crate::model::report::{Gaps, Report};
use crate::parse;
use crate::progress::{self, Progress};
use crate::questionnaire::{self, Questionnaire};
use crate::report_json::{self, JsonLayout};
use crate::review::merge;
use crate::scoring::{self, GroupState};
use crate::validate::assessment::{checked_answers, validate_assessment};

/// Assessments scored one by one below this count: spawning threads costs more than it saves.
const PARALLEL_FROM: usize = 64;

impl CompiledFramework {
    /// Parses an assessment from JSON and validates it against this framework.
    pub fn parse_assessment(&self, json: &str) -> Result<Assessment> {
        let a: Assessment = parse::parse(DocumentKind::Assessment, json)?;
        checked_answers(self, &a)?;
        Ok(a)
    }

    /// Every problem of an assessment against this framework (empty when valid).
    pub fn validate_assessment(&self, a: &Assessment) -> Vec<Problem> {
        validate_assessment(self, a)
    }

    /// Scores an assessment; gaps are computed against `profile`, or else the assessment's own.
    ///
    /// The assessment is validated first; an invalid one yields [`Error::Invalid`] with every
    /// problem. A `profile` the framework lacks yields [`Error::UnknownProfile`].
    pub fn score(&self, assessment: &Assessment, profile: Option<&str>) -> Result<Report> {
        let answers = checked_answers(self, assessment)?;
        let profile = match profile.or(assessment.profile.as_deref()) {
            Some(p) => Some(self.known_profile(p)?),
            None => None,
        };
        Ok(scoring::report(self, assessment, &answers, profile))
    }

    /// Parses, validates and scores an assessment given as JSON.
    pub fn score_json(&self, assessment_json: &str, profile: Option<&str>) -> Result<Report> {
        let a: Assessment = parse::parse(DocumentKind::Assessment, assessment_json)?;
        self.score(&a, profile)
    }

    /// Parses, validates and scores an assessment given as JSON, straight into the report's JSON
    /// text: the same text as serializing [`CompiledFramework::score_json`]'s report with
    /// `serde_json` (`to_string`, or `to_string_pretty` for [`JsonLayout::Pretty`]), and the
    /// same errors, without building the [`Report`].
    ///
    /// ```
    /// use kalkan::{CompiledFramework, JsonLayout};
    /// let fw = CompiledFramework::from_json(kalkan::examples::FRAMEWORK)?;
    /// let text = fw.report_json(kalkan::examples::ASSESSMENT, None, JsonLayout::Compact)?;
    /// let report = fw.score_json(kalkan::examples::ASSESSMENT, None)?;
    /// assert_eq!(text, serde_json::to_string(&report).unwrap());
    /// # Ok::<(), kalkan::Error>(())
    /// ```
    pub fn report_json(&self, assessment_json: &str, profile: Option<&str>, layout: JsonLayout) -> Result<String> {
        report_json::report_json(assessment_json, profile, layout, |_| Ok(self))
    }

    /// Scores many assessments (JSON texts), in parallel where the platform has threads.
    /// Results come back in input order, each a report or that assessment's error.
    pub fn score_batch<S: AsRef<str> + Sync>(&self, assessments_json: &[S], profile: Option<&str>) -> Vec<Result<Report>> {
        batch(assessments_json, |s| self.score_json(s, profile))
    }

    /// [`CompiledFramework::report_json`] of many assessments (JSON texts), in parallel where
    /// the platform has threads, as [`CompiledFramework::score_batch`] scores them. Results come
    /// back in input order, each a report's JSON text or that assessment's error.
    pub fn report_json_batch<S: AsRef<str> + Sync>(&self, assessments_json: &[S], profile: Option<&str>, layout: JsonLayout) -> Vec<Result<String>> {
        batch(assessments_json, |s| self.report_json(s, profile, layout))
    }

    /// Gap analysis of an assessment against `profile`, or else the assessment's own profile.
    pub fn gaps(&self, assessment: &Assessment, profile: Option<&str>) -> Result<Gaps> {
        let answers = checked_answers(self, assessment)?;
        let id = profile.or(assessment.profile.as_deref()).ok_or_else(|| Error::NoProfile { known: self.profile_ids() })?;
        let p = self.known_profile(id)?;
        let groups = scoring::group_states(self, &answers);
        Ok(gaps::analyse(self, p, &answers, |gi| groups.get(gi).and_then(GroupState::level)))
    }

    /// How far an assessment has got. Responses to unknown controls or with unknown options do
    /// not count as answers; nothing else is checked.
    pub fn progress(&self, a: &Assessment) -> Progress {
        progress::progress(self, a)
    }

    /// The framework as a questionnaire in `lang` (falling back to English per text).
    pub fn questionnaire(&self, lang: &str) -> Questionnaire {
        questionnaire::questionnaire(self, lang)
    }

    /// The version requirement a new assessment of this framework names: `^` and the exact
    /// version, so later compatible releases still score it.
    pub fn requirement(&self) -> String {
        authoring::requirement(self)
    }

    /// A new, empty assessment of this framework for `subject`.
    pub fn new_assessment(&self, subject: Subject) -> Assessment {
        authoring::new_assessment(self, subject)
    }

    /// Whether `control` has a response whose option is in the control's scale.
    pub fn is_answered(&self, a: &Assessment, control: &str) -> bool {
        authoring::is_answered(self, a, control)
    }

    /// Sets the response to `control`; new responses go in questionnaire order.
    pub fn answer(&self, a: &mut Assessment, control: &str, response: Response) {
        authoring::answer(self, a, control, response);
    }

    /// Merges the assessments of several respondents of one subject into one, under `rule`,
    /// with `adjudication` settling conflicts by hand. Every input is validated (problems point
    /// at `/i/...`, `i` being the input's position); each must name an assessor, a different
    /// one each. The result records who answered what and the conflicts in its `merge` field.
    ///
    /// ```
    /// use kalkan::{Assessment, MergeRule, Registry};
    /// let fw = Registry::builtin().get("kalkan-public-institution", "^1")?;
    /// let a = |who: &str, option: &str| Assessment::from_json(&format!(
    ///     r#"{{"framework": {{"id": "kalkan-public-institution", "version": "^1"}}, "subject": {{"name": "Ministry"}},
    ///         "assessor": {{"name": "{who}"}}, "responses": {{"GOV-01": {{"option": "{option}"}}}}}}"#));
    /// let merged = fw.merge(&[a("A", "fully-implemented")?, a("B", "not-implemented")?], MergeRule::Minimum, None)?;
    /// assert_eq!(merged.responses.get("GOV-01").map(|r| r.option.as_str()), Some("not-implemented"));
    /// # Ok::<(), kalkan::Error>(())
    /// ```
    pub fn merge(&self, assessments: &[Assessment], rule: MergeRule, adjudication: Option<&Adjudication>) -> Result<Assessment> {
        merge::merge(self, assessments, rule, adjudication)
    }

    pub(crate) fn known_profile(&self, id: &str) -> Result<&Profile> {
        self.profile(id).ok_or_else(|| Error::UnknownProfile { profile: id.to_string(), known: self.profile_ids() })
    }
}

/// `one` of every text, in input order; on several threads from [`PARALLEL_FROM`] texts, where
/// the platform has threads.
fn batch<S: AsRef<str> + Sync, T: Send>(texts: &[S], one: impl Fn(&str) -> Result<T> + Sync) -> Vec<Result<T>> {
    let one = |s: &S| one(s.as_ref());
    let threads = if cfg!(target_arch = "wasm32") { 1 } else { std::thread::available_parallelism().map_or(1, |n| n.get()) };
    if threads <= 1 || texts.len() < PARALLEL_FROM {
        return texts.iter().map(one).collect();
    }
    let chunk = texts.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = texts.chunks(chunk).map(|part| scope.spawn(move || part.iter().map(one).collect::<Vec<_>>())).collect();
        let mut out = Vec::with_capacity(texts.len());
        for (h, part) in handles.into_iter().zip(texts.chunks(chunk)) {
            // A panicking worker would be a bug; score its part again on this thread to surface it.
            match h.join() {
                Ok(v) => out.extend(v),
                Err(_) => out.extend(part.iter().map(one)),
            }
        }
        out
    })
}
