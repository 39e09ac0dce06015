//! Several respondents' assessments of one subject merged into one, under an explicit rule
//! ([`MergeRule`]), with decisions taken by hand ([`Adjudication`]) settling conflicts. The
//! merged assessment records its provenance and its conflicts ([`MergeRecord`]).
//!
//! A respondent who left a control unanswered takes no part in that control's merge:
//! unanswered is not a disagreement.

use serde_json::json;

use crate::answers::Answers;
use crate::compiled::CompiledFramework;
use crate::error::{details, Code, Details, DocumentKind, Error, Pointer, Problem, Result};
use crate::model::adjudication::Adjudication;
use crate::model::assessment::{Assessment, Response, Responses, Subject};
use crate::model::merge::{Conflict, ControlProvenance, MergeOutcome, MergeRecord, MergeRule, Respondent, RespondentAnswer};
use crate::validate::assessment::checked_answers;

/// The respondent of an assessment: its assessor, told apart by `id`, else `email`, else `name`.
pub(crate) fn respondent(a: &Assessment) -> Option<Respondent> {
    let who = a.assessor.as_ref()?;
    let id = [who.id.as_deref(), who.email.as_deref(), Some(who.name.as_str())].into_iter().flatten().map(str::trim).find(|s| !s.is_empty())?;
    Some(Respondent { id: id.to_string(), name: who.name.clone(), organisation: who.organisation.clone() })
}

/// Whether two subjects are the same: same name (ignoring surrounding spaces) and, where both
/// say, the same country.
pub(crate) fn same_subject(a: &Subject, b: &Subject) -> bool {
    a.name.trim() == b.name.trim() && (a.country.is_none() || b.country.is_none() || a.country == b.country)
}

/// `p` as a pointer into the `i`-th of several documents (`/i/...`).
pub(crate) fn under(i: usize, p: &Pointer) -> Pointer {
    p.tokens().iter().fold(Pointer::root().index(i), |acc, t| acc.key(t))
}

/// `e`, about the `i`-th of several documents: its problems' pointers start with `/i`.
pub(crate) fn at_index(e: Error, i: usize) -> Error {
    match e {
        Error::Parse { document, mut problem } => {
            problem.pointer = under(i, &problem.pointer);
            Error::Parse { document, problem }
        }
        Error::Invalid { document, problems } => {
            Error::Invalid { document, problems: problems.into_iter().map(|p| Problem { pointer: under(i, &p.pointer), ..p }).collect() }
        }
        other => other,
    }
}

/// The error of an operation over several documents that was given none.
pub(crate) fn nothing_given(what: &str) -> Error {
    Error::Invalid { document: DocumentKind::Assessment, problems: vec![Problem::new(Pointer::root(), Code::NothingGiven, details([("what", json!(what))]))] }
}

/// What the rule makes of one control's answers (`(input, option)` pairs, input order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pick {
    Nobody,
    Agreed(usize),
    Rule(usize),
    Conflict,
}

fn pick(fw: &CompiledFramework, scale: usize, given: &[(usize, usize)], rule: MergeRule) -> Pick {
    let Some(&(_, first)) = given.first() else { return Pick::Nobody };
    if given.iter().all(|&(_, o)| o == first) {
        return Pick::Agreed(first);
    }
    let options = fw.scales.get(scale).map_or(&[][..], Vec::as_slice);
    match rule {
        MergeRule::Consensus => Pick::Conflict,
        MergeRule::Minimum | MergeRule::Median => {
            let na = |o: usize| options.get(o).is_some_and(|opt| opt.not_applicable);
            if given.iter().any(|&(_, o)| na(o)) && given.iter().any(|&(_, o)| !na(o)) {
                return Pick::Conflict;
            }
            let mut sorted: Vec<usize> = given.iter().map(|&(_, o)| o).collect();
            sorted.sort_by(|&a, &b| {
                let key = |o: usize| options.get(o).map_or((0.0, false), |opt| (opt.credit, opt.meets));
                let (ca, ma) = key(a);
                let (cb, mb) = key(b);
                ca.total_cmp(&cb).then(ma.cmp(&mb)).then(a.cmp(&b))
            });
            let at = if rule == MergeRule::Minimum { 0 } else { (sorted.len() - 1) / 2 };
            sorted.get(at).map_or(Pick::Conflict, |&o| Pick::Rule(o))
        }
        MergeRule::Majority => {
            let mut votes: Vec<(usize, usize)> = Vec::new();
            for &(_, o) in given {
                match votes.iter_mut().find(|(opt, _)| *opt == o) {
                    Some(v) => v.1 += 1,
                    None => votes.push((o, 1)),
                }
            }
            let most = votes.iter().map(|v| v.1).max().unwrap_or(0);
            let mut winners = votes.iter().filter(|v| v.1 == most);
            match (winners.next(), winners.next()) {
                (Some(&(o, _)), None) => Pick::Rule(o),
                _ => Pick::Conflict,
            }
        }
    }
}

/// Checks an adjudication against `fw` and the merged subject; its decisions as answers.
fn check_adjudication(fw: &CompiledFramework, adj: &Adjudication, subject: &Subject) -> Result<Answers> {
    let mut problems = Vec::new();
    if adj.framework.id != fw.id() {
        problems.push(Problem::new(
            Pointer::root().key("framework").key("id"),
            Code::FrameworkMismatch,
            details([("found", json!(adj.framework.id)), ("expected", json!(fw.id()))]),
        ));
    }
    if let Some(s) = &adj.subject {
        if !same_subject(s, subject) {
            problems.push(Problem::new(
                Pointer::root().key("subject").key("name"),
                Code::SubjectMismatch,
                details([("found", json!(s.name)), ("expected", json!(subject.name))]),
            ));
        }
    }
    // The decisions are read exactly as responses are; their problems point into `decisions`.
    let as_assessment = Assessment {
        schema: None,
        framework: adj.framework.clone(),
        subject: subject.clone(),
        assessor: None,
        started: None,
        completed: None,
        profile: None,
        responses: adj.decisions.clone(),
        merge: None,
    };
    let (answers, more) = Answers::read(fw, &as_assessment);
    for mut p in more {
        let tokens = p.pointer.tokens();
        p.pointer = tokens.iter().skip(1).fold(Pointer::root().key("decisions"), |acc, t| acc.key(t));
        problems.push(p);
    }
    if problems.is_empty() {
        Ok(answers)
    } else {
        Err(Error::Invalid { document: DocumentKind::Adjudication, problems })
    }
}

/// Merges the assessments of several respondents of one subject (see the module docs).
pub(crate) fn merge(fw: &CompiledFramework, inputs: &[Assessment], rule: MergeRule, adjudication: Option<&Adjudication>) -> Result<Assessment> {
    let Some(first) = inputs.first() else { return Err(nothing_given("assessments")) };
    let mut problems = Vec::new();
    let mut answers = Vec::with_capacity(inputs.len());
    let mut respondents: Vec<Respondent> = Vec::with_capacity(inputs.len());
    for (i, a) in inputs.iter().enumerate() {
        match checked_answers(fw, a) {
            Ok(ans) => answers.push(ans),
            Err(e) => problems.extend(e.problems().iter().map(|p| Problem { pointer: under(i, &p.pointer), ..p.clone() })),
        }
        if !same_subject(&a.subject, &first.subject) {
            problems.push(Problem::new(
                Pointer::root().index(i).key("subject").key("name"),
                Code::SubjectMismatch,
                details([("found", json!(a.subject.name)), ("expected", json!(first.subject.name))]),
            ));
        }
        match respondent(a) {
            None => problems.push(Problem::new(Pointer::root().index(i).key("assessor"), Code::MissingRespondent, Details::new())),
            Some(r) => match respondents.iter().position(|x| x.id == r.id) {
                Some(f) => problems.push(Problem::new(
                    Pointer::root().index(i).key("assessor"),
                    Code::DuplicateRespondent,
                    details([("respondent", json!(r.id)), ("first", json!(f))]),
                )),
                None => respondents.push(r),
            },
        }
    }
    if !problems.is_empty() {
        return Err(Error::Invalid { document: DocumentKind::Assessment, problems });
    }
    let decided = adjudication.map(|adj| check_adjudication(fw, adj, &first.subject)).transpose()?;

    let mut responses = Responses::default();
    let mut provenance = Vec::new();
    let mut conflicts = Vec::new();
    for (ci, control) in fw.control_ids.iter().enumerate() {
        let scale = fw.controls.get(ci).map_or(0, |c| c.scale);
        let given: Vec<(usize, usize)> = answers.iter().enumerate().filter_map(|(i, ans)| ans.state(ci).option.map(|o| (i, o))).collect();
        let said: Vec<RespondentAnswer> = given
            .iter()
            .map(|&(i, o)| RespondentAnswer {
                respondent: respondents.get(i).map(|r| r.id.clone()).unwrap_or_default(),
                option: fw.option_id(scale, o).map(|s| s.to_string()).unwrap_or_default(),
                notes: inputs.get(i).and_then(|a| a.responses.get(control)).and_then(|r| r.notes.clone()),
            })
            .collect();
        let picked = pick(fw, scale, &given, rule);
        let decision = decided.as_ref().and_then(|d| d.state(ci).option).and_then(|_| adjudication?.decisions.get(control));
        if picked == Pick::Conflict {
            conflicts.push(Conflict { control: control.to_string(), answers: said.clone(), settled: decision.map(|d| d.option.clone()) });
        }
        let (outcome, response) = match (decision, picked) {
            (Some(d), _) => {
                let mut r = d.clone();
                if r.answered_at.is_none() {
                    r.answered_at = adjudication.and_then(|a| a.decided.clone());
                }
                (Some(MergeOutcome::Adjudicated), Some(r))
            }
            (None, Pick::Agreed(o) | Pick::Rule(o)) => {
                let choosers: Vec<&Response> = given.iter().filter(|&&(_, g)| g == o).filter_map(|&(i, _)| inputs.get(i)?.responses.get(control)).collect();
                let mut evidence: Vec<String> = Vec::new();
                for e in choosers.iter().flat_map(|r| &r.evidence) {
                    if !evidence.contains(e) {
                        evidence.push(e.clone());
                    }
                }
                let answered_at = choosers.iter().filter_map(|r| r.answered_at.clone()).max();
                let option = fw.option_id(scale, o).map(|s| s.to_string()).unwrap_or_default();
                let outcome = if matches!(picked, Pick::Agreed(_)) { MergeOutcome::Agreed } else { MergeOutcome::Rule };
                (Some(outcome), Some(Response { option, notes: None, evidence, answered_at, provenance: None }))
            }
            (None, Pick::Conflict) => (Some(MergeOutcome::Conflict), None),
            (None, Pick::Nobody) => (None, None),
        };
        if let Some(outcome) = outcome {
            provenance.push(ControlProvenance { control: control.to_string(), outcome, option: response.as_ref().map(|r| r.option.clone()), answers: said });
        }
        if let Some(r) = response {
            responses.set(control.to_string(), r);
        }
    }
    let profile = first.profile.clone().filter(|p| inputs.iter().all(|a| a.profile.as_ref() == Some(p)));
    Ok(Assessment {
        schema: first.schema.clone(),
        framework: first.framework.clone(),
        subject: first.subject.clone(),
        assessor: None,
        started: inputs.iter().filter_map(|a| a.started.clone()).min(),
        completed: inputs.iter().filter_map(|a| a.completed.clone()).max(),
        profile,
        responses,
        merge: Some(MergeRecord { rule, respondents, adjudicator: adjudication.map(|a| a.adjudicator.name.clone()), provenance, conflicts }),
    })
}
