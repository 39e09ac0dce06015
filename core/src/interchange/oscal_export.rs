//! OSCAL out: a scored assessment as an OSCAL `assessment-results` document, its gaps as a
//! `plan-of-action-and-milestones` (POA&M) document (OSCAL 1.2.1, JSON).
//!
//! The output is a function of its inputs only (never of the clock): the same framework,
//! assessment and report give byte-identical JSON in every front end.
//!
//! **Identity.** Every `uuid` is a UUID v5 in the fixed namespace [`UUID_NAMESPACE`] (`6f1d3b0e-4c8a-5b6e-9a57-4b2c1d0e7f21`), named by
//! the lines `framework digest`, `subject name`, `started`, `completed` (empty when absent),
//! `control id` (empty for document-level objects) and a role (`assessment-results`, `result`,
//! `finding`, `observation`, `framework`, `subject`, `assessor`, `poam`, `poam-item`) joined by
//! `\n`. Another subject or another assessment date gives other UUIDs.
//!
//! **Dates.** `metadata.last-modified` is the assessment's `completed` date, else its `started`
//! date, at `T00:00:00Z`; `metadata.version` is that date. An assessment with neither date is
//! refused ([`Error::InvalidArgument`], argument `assessment`). A result `start`s at `started`
//! (else `completed`) and `end`s at `completed`. An observation is `collected` at the
//! response's `answered_at` when that is a date or a timestamp in UTC (`Z`) or a whole-hour
//! offset, else at the assessment's date.
//!
//! **Assessment results.** One `result`, reviewing every control (`include-all`); one `finding`
//! per control of the framework, in document order, whose `target` is the control
//! (`objective-id`; the `target-id` is the control id, made an OSCAL token when it is not one:
//! characters other than letters, digits, `.`, `-`, `_` become `_`, and `_` is put first when it
//! does not start with a letter; the original is the finding's `control-id` prop):
//! - met: `satisfied` / `pass`;
//! - not met: `not-satisfied` / `fail`;
//! - not applicable: `satisfied` / `other` with `implementation-status` `not-applicable` (OSCAL
//!   requires a status; Kalkan leaves these controls out of every score);
//! - unanswered: `not-satisfied` / `other` and no observation (kept, so that the findings cover
//!   the reviewed controls);
//! - credit 1 is `implemented`, credit strictly between 0 and 1 `partial` (`implementation-status`).
//!
//! Each answered control has an `observation` (method `INTERVIEW`, the self-assessment's
//! questionnaire): its description is the option's English label and the notes; each evidence
//! item is a `relevant-evidence` (with `href` when it is an `http(s)` URL). Kalkan's own values
//! are props in the namespace [`KALKAN_NS`]: on the result, `index`, `level`, `compliance` and
//! `completeness` of the framework (no `class`) and of each group (`class` = the group id as a
//! token); on findings `control-id`, `status`, `option`, `credit`; on observations `option`;
//! in `metadata`, `framework-id`, `framework-version`, `framework-digest`, `profile` and
//! `headline`. `import-ap` points (`#uuid`) to a back-matter resource describing the framework
//! (Kalkan has no assessment plan), whose props carry its id, version and digest.
//!
//! **POA&M.** One `poam-item` per control gap, in the order of the gap list; `system-id` is the
//! subject's name (identifier type `https://kalkan.dev/ns/oscal/subject`). A gap list without any
//! control is refused ([`Error::InvalidArgument`], argument `gaps`): OSCAL requires at least one
//! item.

use std::collections::HashMap;

use serde_json::{json, Value};
use uuid::Uuid;

use crate::compiled::CompiledFramework;
use crate::dates::{is_date, is_date_or_timestamp};
use crate::error::{Error, Result};
use crate::model::assessment::Assessment;
use crate::model::framework::{Control, Group, Headline};
use crate::model::report::{ControlScore, Gaps, GroupScore, Report, Status};

/// The OSCAL version written.
pub const OSCAL_VERSION: &str = "1.2.1";
/// The namespace of Kalkan's props.
pub const KALKAN_NS: &str = "https://kalkan.dev/ns/oscal";
/// The namespace of every UUID v5 Kalkan makes.
pub const UUID_NAMESPACE: &str = "6f1d3b0e-4c8a-5b6e-9a57-4b2c1d0e7f21";
const NAMESPACE: Uuid = Uuid::from_u128(0x6f1d_3b0e_4c8a_5b6e_9a57_4b2c_1d0e_7f21);

const SUBJECT_ID_TYPE: &str = "https://kalkan.dev/ns/oscal/subject";

/// Who and when: the inputs of every UUID and date.
struct Identity<'a> {
    digest: &'a str,
    subject: &'a str,
    started: &'a str,
    completed: &'a str,
    /// `completed`, else `started`.
    date: &'a str,
}

impl<'a> Identity<'a> {
    fn of(fw: &'a CompiledFramework, a: &'a Assessment) -> Result<Identity<'a>> {
        let started = a.started.as_deref().unwrap_or("");
        let completed = a.completed.as_deref().unwrap_or("");
        let date = [completed, started].into_iter().find(|d| is_date(d)).ok_or_else(|| Error::InvalidArgument {
            argument: "assessment".into(),
            expected: "an assessment with a `completed` or `started` date (YYYY-MM-DD) for an OSCAL export".into(),
            found: "no date".into(),
            reason: None,
        })?;
        Ok(Identity { digest: fw.digest(), subject: &a.subject.name, started, completed, date })
    }

    fn uuid(&self, control: &str, role: &str) -> String {
        let name = [self.digest, self.subject, self.started, self.completed, control, role].join("\n");
        Uuid::new_v5(&NAMESPACE, name.as_bytes()).to_string()
    }

    fn timestamp(&self) -> String {
        format!("{}T00:00:00Z", self.date)
    }

    fn start(&self) -> String {
        let d = if is_date(self.started) { self.started } else { self.date };
        format!("{d}T00:00:00Z")
    }
}

/// Sets `key` of an object (a no-op on anything else).
fn set(v: &mut Value, key: &str, x: Value) {
    if let Some(m) = v.as_object_mut() {
        m.insert(key.to_string(), x);
    }
}

/// A prop in Kalkan's namespace (`None` when there is no value: OSCAL values are not empty).
fn prop(name: &str, value: impl Into<Option<String>>, class: Option<&str>) -> Option<Value> {
    let value = one_line(&value.into()?);
    if value.is_empty() {
        return None;
    }
    let mut p = json!({"name": name, "ns": KALKAN_NS, "value": value});
    if let Some(c) = class {
        set(&mut p, "class", json!(token(c)));
    }
    Some(p)
}

/// Text on one line, its whitespace runs made single spaces (OSCAL strings and markup lines).
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An OSCAL token (`^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$`) for a Kalkan id.
pub(crate) fn token(id: &str) -> String {
    let mut out: String = id.chars().map(|c| if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' }).collect();
    if !out.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_') {
        out.insert(0, '_');
    }
    out
}

fn number(x: f64) -> String {
    format!("{x}")
}

fn headline_name(h: Headline) -> &'static str {
    match h {
        Headline::Index => "index",
        Headline::Level => "level",
        Headline::Compliance => "compliance",
    }
}

/// A response's `answered_at` as an OSCAL date-time with a time zone, when it can be one.
fn collected(answered_at: Option<&str>) -> Option<String> {
    let s = answered_at?;
    if is_date(s) {
        return Some(format!("{s}T00:00:00Z"));
    }
    if !is_date_or_timestamp(s) {
        return None;
    }
    let (date, rest) = s.split_at(10);
    let time = &rest[1..];
    let digits = |t: &str| t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit());
    let hms = time.get(..8)?;
    let ok_hms = hms.as_bytes().get(2) == Some(&b':')
        && hms.as_bytes().get(5) == Some(&b':')
        && hms.get(..2).is_some_and(|h| digits(h) && h < "24")
        && hms.get(3..5).is_some_and(|m| digits(m) && m < "60")
        && hms.get(6..8).is_some_and(|x| digits(x) && x < "60");
    if !ok_hms {
        return None;
    }
    let mut tail = &time[8..];
    let mut frac = "";
    if let Some(after) = tail.strip_prefix('.') {
        let n = after.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        frac = &tail[..=n];
        tail = &after[n..];
    }
    let zone = match tail {
        "Z" | "z" => "Z".to_string(),
        z if z.len() == 6 && matches!(&z[..1], "+" | "-") && &z[3..] == ":00" && digits(&z[1..3]) && &z[1..3] <= "12" => z.to_string(),
        _ => return None,
    };
    Some(format!("{date}T{hms}{frac}{zone}"))
}

fn controls_by_id(fw: &CompiledFramework) -> HashMap<&str, &Control> {
    fn walk<'a>(g: &'a Group, out: &mut HashMap<&'a str, &'a Control>) {
        for c in &g.controls {
            out.insert(c.id.as_str(), c);
        }
        for s in &g.groups {
            walk(s, out);
        }
    }
    let mut out = HashMap::new();
    for g in &fw.framework().groups {
        walk(g, &mut out);
    }
    out
}

fn english(t: &crate::model::text::Text) -> String {
    t.get_or_english("en").unwrap_or_default().to_string()
}

/// Every control score of a report, in document order (a group's controls before its sub-groups).
fn control_scores(g: &GroupScore) -> Vec<&ControlScore> {
    let mut out: Vec<&ControlScore> = g.controls.iter().collect();
    for s in &g.groups {
        out.extend(control_scores(s));
    }
    out
}

fn group_props(g: &GroupScore, root: bool, out: &mut Vec<Value>) {
    let class = if root { None } else { Some(g.id.as_str()) };
    out.extend(prop("index", g.index.map(number), class));
    out.extend(prop("level", g.level.map(|l| l.to_string()), class));
    out.extend(prop("compliance", g.compliance.map(number), class));
    out.extend(prop("completeness", Some(number(g.completeness)), class));
    for s in &g.groups {
        group_props(s, false, out);
    }
}

fn framework_title(fw: &CompiledFramework) -> String {
    one_line(&english(&fw.framework().title))
}

/// The metadata both documents share.
fn metadata(fw: &CompiledFramework, a: &Assessment, id: &Identity, title: String, extra: Vec<Value>) -> Value {
    let mut parties = vec![json!({"uuid": id.uuid("", "subject"), "type": "organization", "name": one_line(&a.subject.name)})];
    if let Some(who) = &a.assessor {
        let mut p = json!({"uuid": id.uuid("", "assessor"), "type": "person", "name": one_line(&who.name)});
        if let Some(org) = who.organisation.as_deref().map(one_line).filter(|o| !o.is_empty()) {
            set(&mut p, "remarks", json!(org));
        }
        parties.push(p);
    }
    let mut props: Vec<Value> = [
        prop("framework-id", Some(fw.id().to_string()), None),
        prop("framework-version", Some(fw.version().to_string()), None),
        prop("framework-digest", Some(fw.digest().to_string()), None),
    ]
    .into_iter()
    .flatten()
    .collect();
    props.extend(extra);
    json!({
        "title": title,
        "last-modified": id.timestamp(),
        "version": id.date,
        "oscal-version": OSCAL_VERSION,
        "parties": parties,
        "props": props,
    })
}

/// The back-matter resource describing the framework.
fn framework_resource(fw: &CompiledFramework, id: &Identity) -> Value {
    let f = fw.framework();
    let props: Vec<Value> = [
        prop("framework-id", Some(fw.id().to_string()), None),
        prop("framework-version", Some(fw.version().to_string()), None),
        prop("framework-digest", Some(fw.digest().to_string()), None),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut r = json!({
        "uuid": id.uuid("", "framework"),
        "title": format!("{} {} ({})", fw.id(), fw.version(), framework_title(fw)),
        "description": format!("The Kalkan framework the assessment answers (questionnaire, scales and levels), SHA-256 of its canonical JSON {}.", fw.digest()),
        "props": props,
    });
    if let Some(url) = f.source_url.as_deref().filter(|u| u.starts_with("http://") || u.starts_with("https://")) {
        set(&mut r, "rlinks", json!([{"href": url}]));
    }
    r
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Met => "met",
        Status::NotMet => "not-met",
        Status::NotApplicable => "not-applicable",
        Status::Unanswered => "unanswered",
    }
}

/// The OSCAL `assessment-results` document of a scored assessment (see the module's mapping).
///
/// `report` is the score of `assessment` against `framework`. Fails when the report is of
/// another framework ([`Error::DifferentFrameworks`]) or the assessment has no date.
pub fn assessment_results(framework: &CompiledFramework, assessment: &Assessment, report: &Report) -> Result<Value> {
    let fw = framework;
    if report.framework.digest != fw.digest() {
        return Err(Error::DifferentFrameworks {
            old: format!("{}@{}", report.framework.id, report.framework.version),
            new: format!("{}@{}", fw.id(), fw.version()),
        });
    }
    let id = Identity::of(fw, assessment)?;
    let controls = controls_by_id(fw);
    let subject = one_line(&assessment.subject.name);
    let assessor = assessment.assessor.as_ref().map(|_| id.uuid("", "assessor"));

    let mut observations = Vec::new();
    let mut findings = Vec::new();
    for cs in control_scores(&report.root) {
        let cid: &str = &cs.id;
        let Some(ctl) = controls.get(cid).copied() else { continue };
        let response = assessment.responses.get(cid);
        let answered = cs.status != Status::Unanswered;
        let option_label = cs.option.as_deref().and_then(|o| {
            fw.framework().scales.iter().find(|s| s.id == ctl.scale).and_then(|s| s.options.iter().find(|x| x.id == o)).map(|x| english(&x.label))
        });

        let mut related = Vec::new();
        if answered {
            let ouuid = id.uuid(cid, "observation");
            let mut description = option_label.clone().unwrap_or_else(|| cs.option.as_deref().unwrap_or_default().to_string());
            if let Some(notes) = response.and_then(|r| r.notes.as_deref()).map(str::trim).filter(|n| !n.is_empty()) {
                description = format!("{description}.\n\n{notes}");
            }
            let mut o = json!({
                "uuid": ouuid,
                "title": one_line(&format!("{cid}: {}", option_label.as_deref().unwrap_or(""))).trim_end_matches(':').to_string(),
                "description": description,
                "methods": ["INTERVIEW"],
                "collected": collected(response.and_then(|r| r.answered_at.as_deref())).unwrap_or_else(|| id.timestamp()),
            });
            let props: Vec<Value> = prop("option", cs.option.as_deref().map(str::to_string), None).into_iter().collect();
            if !props.is_empty() {
                set(&mut o, "props", json!(props));
            }
            let evidence: Vec<Value> = response
                .map(|r| r.evidence.as_slice())
                .unwrap_or_default()
                .iter()
                .filter(|e| !e.trim().is_empty())
                .map(|e| {
                    let e = e.trim();
                    if (e.starts_with("https://") || e.starts_with("http://")) && !e.contains(char::is_whitespace) {
                        json!({"href": e, "description": e})
                    } else {
                        json!({"description": e})
                    }
                })
                .collect();
            if !evidence.is_empty() {
                set(&mut o, "relevant-evidence", json!(evidence));
            }
            if let Some(party) = &assessor {
                set(&mut o, "origins", json!([{"actors": [{"type": "party", "actor-uuid": party}]}]));
            }
            related.push(json!({"observation-uuid": ouuid}));
            observations.push(o);
        }

        let (state, reason) = match cs.status {
            Status::Met => ("satisfied", "pass"),
            Status::NotMet => ("not-satisfied", "fail"),
            Status::NotApplicable => ("satisfied", "other"),
            Status::Unanswered => ("not-satisfied", "other"),
        };
        let mut target = json!({
            "type": "objective-id",
            "target-id": token(cid),
            "status": {"state": state, "reason": reason},
        });
        let implementation = match cs.status {
            Status::NotApplicable => Some("not-applicable"),
            Status::Met | Status::NotMet if cs.credit >= 1.0 => Some("implemented"),
            Status::Met | Status::NotMet if cs.credit > 0.0 => Some("partial"),
            _ => None,
        };
        if let Some(state) = implementation {
            set(&mut target, "implementation-status", json!({"state": state}));
        }
        let props: Vec<Value> = [
            prop("control-id", Some(cid.to_string()), None),
            prop("status", Some(status_name(cs.status).to_string()), None),
            prop("option", cs.option.as_deref().map(str::to_string), None),
            if answered { prop("credit", Some(number(cs.credit)), None) } else { None },
        ]
        .into_iter()
        .flatten()
        .collect();
        let mut f = json!({
            "uuid": id.uuid(cid, "finding"),
            "title": one_line(&format!("{cid}: {}", english(&ctl.title))),
            "description": english(&ctl.statement),
            "target": target,
            "props": props,
        });
        if !related.is_empty() {
            set(&mut f, "related-observations", json!(related));
        }
        findings.push(f);
    }

    let mut result_props = Vec::new();
    group_props(&report.root, true, &mut result_props);
    let mut result = json!({
        "uuid": id.uuid("", "result"),
        "title": one_line(&format!("Kalkan self-assessment of {subject}")),
        "description": format!("Answers of {subject} to {} {} ({}), scored by Kalkan.", fw.id(), fw.version(), framework_title(fw)),
        "start": id.start(),
        "reviewed-controls": {"control-selections": [{"include-all": {}}]},
        "props": result_props,
    });
    if is_date(id.completed) {
        set(&mut result, "end", json!(format!("{}T00:00:00Z", id.completed)));
    }
    if !observations.is_empty() {
        set(&mut result, "observations", json!(observations));
    }
    if !findings.is_empty() {
        set(&mut result, "findings", json!(findings));
    }

    let headline = fw.headline();
    let extra: Vec<Value> = [
        prop("profile", report.gaps.as_ref().map(|g| g.profile.clone()).or_else(|| assessment.profile.clone()), None),
        prop("headline", Some(headline_name(headline).to_string()), None),
    ]
    .into_iter()
    .flatten()
    .collect();
    let resource = framework_resource(fw, &id);
    Ok(json!({
        "assessment-results": {
            "uuid": id.uuid("", "assessment-results"),
            "metadata": metadata(fw, assessment, &id, one_line(&format!("{} — {subject}", framework_title(fw))), extra),
            "import-ap": {"href": format!("#{}", id.uuid("", "framework"))},
            "results": [result],
            "back-matter": {"resources": [resource]},
        }
    }))
}

/// The OSCAL `plan-of-action-and-milestones` document of an assessment's gaps: one item per
/// control gap, in the order of `gaps.controls`.
///
/// `gaps` comes from [`CompiledFramework::gaps`] (which refuses to run without a profile:
/// [`Error::NoProfile`]). Fails when there is no gap or the assessment has no date.
pub fn poam(framework: &CompiledFramework, assessment: &Assessment, gaps: &Gaps) -> Result<Value> {
    let fw = framework;
    let id = Identity::of(fw, assessment)?;
    if gaps.controls.is_empty() {
        return Err(Error::InvalidArgument {
            argument: "gaps".into(),
            expected: format!("at least one control gap against the profile `{}` (an OSCAL POA&M needs one item)", gaps.profile),
            found: "0".into(),
            reason: None,
        });
    }
    let controls = controls_by_id(fw);
    let subject = one_line(&assessment.subject.name);
    let items: Vec<Value> = gaps
        .controls
        .iter()
        .map(|g| {
            let cid: &str = &g.control;
            let ctl = controls.get(cid).copied();
            let title = ctl.map(|c| english(&c.title)).unwrap_or_default();
            let statement = ctl.map(|c| english(&c.statement)).unwrap_or_default();
            let why = match (g.status, g.target_level, g.targeted) {
                (Status::Unanswered, _, _) => "unanswered".to_string(),
                (_, _, _) => format!("not met (answer `{}`)", g.option.as_deref().unwrap_or("none")),
            };
            let by = match (g.target_level, g.targeted) {
                (Some(l), true) => format!("targeted directly and by the level {l} target on its group"),
                (Some(l), false) => format!("required by the level {l} target on its group"),
                (None, _) => "targeted directly".to_string(),
            };
            let props: Vec<Value> = [
                prop("control-id", Some(cid.to_string()), None),
                prop("group", Some(g.group.to_string()), None),
                prop("status", Some(status_name(g.status).to_string()), None),
                prop("option", g.option.as_deref().map(str::to_string), None),
                prop("level", g.level.map(|l| l.to_string()), None),
                prop("target-level", g.target_level.map(|l| l.to_string()), None),
                prop("targeted", Some(g.targeted.to_string()), None),
                prop("weight", Some(number(g.weight)), None),
            ]
            .into_iter()
            .flatten()
            .collect();
            json!({
                "uuid": id.uuid(cid, "poam-item"),
                "title": one_line(&format!("{cid}: {title}")),
                "description": format!("{statement}\n\nGap against the profile `{}`: {why}; {by}.", gaps.profile),
                "props": props,
            })
        })
        .collect();
    let extra: Vec<Value> = prop("profile", Some(gaps.profile.clone()), None).into_iter().collect();
    Ok(json!({
        "plan-of-action-and-milestones": {
            "uuid": id.uuid("", "poam"),
            "metadata": metadata(fw, assessment, &id, one_line(&format!("Plan of action: {} — {subject}", framework_title(fw))), extra),
            "system-id": {"identifier-type": SUBJECT_ID_TYPE, "id": subject},
            "poam-items": items,
            "back-matter": {"resources": [framework_resource(fw, &id)]},
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_oscal_tokens() {
        assert_eq!(token("GV.OC-01"), "GV.OC-01");
        assert_eq!(token("1.2"), "_1.2");
        assert_eq!(token("ac-2(1)"), "ac-2_1_");
        assert_eq!(token("a:b"), "a_b");
    }

    #[test]
    fn answered_at_becomes_a_zoned_date_time_or_nothing() {
        assert_eq!(collected(Some("2026-11-02")).as_deref(), Some("2026-11-02T00:00:00Z"));
        assert_eq!(collected(Some("2026-11-02T10:15:00Z")).as_deref(), Some("2026-11-02T10:15:00Z"));
        assert_eq!(collected(Some("2026-11-02t10:15:00.25z")).as_deref(), Some("2026-11-02T10:15:00.25Z"));
        assert_eq!(collected(Some("2026-11-02T10:15:00+03:00")).as_deref(), Some("2026-11-02T10:15:00+03:00"));
        assert_eq!(collected(Some("2026-11-02T10:15:00")), None);
        assert_eq!(collected(Some("2026-11-02T10:15:00+05:45")), None);
        assert_eq!(collected(Some("2026-11-02 25:15:00Z")), None);
        assert_eq!(collected(None), None);
    }

    #[test]
    fn uuids_are_version_5() {
        let u = Uuid::new_v5(&NAMESPACE, b"x");
        assert_eq!(u.get_version_num(), 5);
        assert_eq!(NAMESPACE.to_string(), UUID_NAMESPACE);
    }
}
