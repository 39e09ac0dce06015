//! Rules an assessment must follow against the framework it is checked against: the header
//! (framework, version, subject, dates, profile) here, the responses as `answers` reads them.

use serde_json::json;

#[cfg(not(target_arch = "wasm32"))]
use crate::answers::AnswerReader;
use crate::answers::Answers;
use crate::compiled::CompiledFramework;
use crate::country::{is_iso3166_alpha2, is_user_assigned_q};
use crate::dates::is_date;
use crate::error::{details, Code, Details, DocumentKind, Error, Pointer, Problem, Result};
use crate::limits::{cap, count_problem, Limits};
use crate::model::assessment::Assessment;
use crate::validate::framework::text_problem_at;

/// Every problem of an assessment against `fw` (empty when valid).
pub fn validate_assessment(fw: &CompiledFramework, a: &Assessment) -> Vec<Problem> {
    if let Some(p) = too_many_responses(a) {
        return vec![p];
    }
    let mut out = header(fw, a);
    out.extend(Answers::read(fw, a).1);
    out.extend(response_texts(a));
    cap(out)
}

/// The answers of a valid assessment, or every problem of an invalid one.
pub(crate) fn checked_answers(fw: &CompiledFramework, a: &Assessment) -> Result<Answers> {
    if let Some(p) = too_many_responses(a) {
        return Err(Error::Invalid { document: DocumentKind::Assessment, problems: vec![p] });
    }
    let mut problems = header(fw, a);
    let (answers, more) = Answers::read(fw, a);
    problems.extend(more);
    problems.extend(response_texts(a));
    let problems = cap(problems);
    if problems.is_empty() {
        Ok(answers)
    } else {
        Err(Error::Invalid { document: DocumentKind::Assessment, problems })
    }
}

/// The answers of an assessment read straight from its JSON text, if it is valid: `head` is the
/// assessment without its responses, `responses` gives each as (control, option, answered_at) in
/// file order and `count` is their number; their notes and evidence were checked with
/// [`response_text_ok`] as they were read. `None` at the first problem: the caller then reads the
/// assessment the ordinary way, and [`checked_answers`] reports every problem.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn answers_if_valid<'r>(
    fw: &CompiledFramework,
    head: &Assessment,
    count: usize,
    responses: impl Iterator<Item = (&'r str, &'r str, Option<&'r str>)>,
) -> Option<Answers> {
    if too_many(count).is_some() || !header(fw, head).is_empty() {
        return None;
    }
    let mut reader = AnswerReader::new(fw);
    let mut problems = Vec::new();
    for (control, option, answered_at) in responses {
        reader.add(control, option, answered_at, &mut problems);
        if !problems.is_empty() {
            return None;
        }
    }
    Some(reader.finish())
}

/// Checks everything but the responses.
fn header(fw: &CompiledFramework, a: &Assessment) -> Vec<Problem> {
    let mut out = Vec::new();
    let root = Pointer::root;
    if a.framework.id != fw.id() {
        out.push(Problem::new(
            root().key("framework").key("id"),
            Code::FrameworkMismatch,
            details([("found", json!(a.framework.id)), ("expected", json!(fw.id()))]),
        ));
    }
    let at = root().key("framework").key("version");
    match semver::VersionReq::parse(&a.framework.version) {
        Err(e) => out.push(requirement_problem(&a.framework.version, &e.to_string())),
        Ok(req) if !req.matches(fw.version()) => out.push(Problem::new(
            at,
            Code::VersionNotSatisfied,
            details([("version", json!(fw.version().to_string())), ("requirement", json!(a.framework.version))]),
        )),
        Ok(_) => {}
    }
    if a.subject.name.trim().is_empty() {
        out.push(Problem::new(root().key("subject").key("name"), Code::MissingSubject, Details::new()));
    }
    if let Some(cc) = &a.subject.country {
        if !is_iso3166_alpha2(cc) && !is_user_assigned_q(cc) {
            out.push(Problem::new(root().key("subject").key("country"), Code::InvalidCountry, details([("country", json!(cc))])));
        }
    }
    for (field, value) in [("started", &a.started), ("completed", &a.completed)] {
        if let Some(d) = value {
            if !is_date(d) {
                out.push(Problem::new(root().key(field), Code::InvalidDate, details([("value", json!(d)), ("allowed", json!("date"))])));
            }
        }
    }
    if let (Some(s), Some(c)) = (&a.started, &a.completed) {
        // YYYY-MM-DD dates compare as text.
        if is_date(s) && is_date(c) && c < s {
            out.push(Problem::new(root().key("completed"), Code::DatesOutOfOrder, details([("started", json!(s)), ("completed", json!(c))])));
        }
    }
    let max = Limits::current().max_text_chars;
    let subject = &a.subject;
    let texts = [
        ("name", Some(&subject.name)),
        ("kind", subject.kind.as_ref()),
        ("sector", subject.sector.as_ref()),
        ("region", subject.region.as_ref()),
        ("size", subject.size.as_ref()),
    ];
    for (field, value) in texts {
        if let Some(t) = value {
            out.extend(text_problem_at(|| root().key("subject").key(field), t, max));
        }
    }
    if let Some(who) = &a.assessor {
        for (field, value) in [("id", who.id.as_ref()), ("name", Some(&who.name)), ("organisation", who.organisation.as_ref()), ("email", who.email.as_ref())] {
            if let Some(t) = value {
                out.extend(text_problem_at(|| root().key("assessor").key(field), t, max));
            }
        }
    }
    if let Some(p) = &a.profile {
        if fw.profile(p).is_none() {
            let known = fw.profile_ids();
            out.push(Problem::new(root().key("profile"), Code::UnknownProfile, details([("profile", json!(p)), ("known", json!(known))])));
        }
    }
    out
}

/// `too_many` when the assessment has more responses than the limit: checked before anything
/// else, so that nothing grows with a hostile document.
fn too_many_responses(a: &Assessment) -> Option<Problem> {
    too_many(a.responses.len())
}

fn too_many(responses: usize) -> Option<Problem> {
    count_problem(Pointer::root().key("responses"), "responses", responses, Limits::current().max_responses)
}

/// Whether a response's notes or evidence reference `t` is safe and not too long (`max`
/// characters): what [`response_texts`] checks of each.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn response_text_ok(t: &str, max: usize) -> bool {
    text_problem_at(Pointer::root, t, max).is_none()
}

/// Problems of the responses' notes and evidence references (unsafe or too long texts).
fn response_texts(a: &Assessment) -> Vec<Problem> {
    let max = Limits::current().max_text_chars;
    let mut out = Vec::new();
    for (key, r) in a.responses.iter() {
        let at = || Pointer::root().key("responses").key(key);
        if let Some(n) = &r.notes {
            out.extend(text_problem_at(|| at().key("notes"), n, max));
        }
        for (i, e) in r.evidence.iter().enumerate() {
            out.extend(text_problem_at(|| at().key("evidence").index(i), e, max));
        }
    }
    out
}

/// The problem of an assessment whose version requirement does not parse.
pub(crate) fn requirement_problem(requirement: &str, reason: &str) -> Problem {
    Problem::new(
        Pointer::root().key("framework").key("version"),
        Code::InvalidVersionRequirement,
        details([("requirement", json!(requirement)), ("reason", json!(reason))]),
    )
}
