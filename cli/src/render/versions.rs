//! Migration reports and projections in words (text and Markdown). Every word comes from the
//! core's message catalog; this only lays the core's results out.

use kalkan::l10n::{message, Arg};
use kalkan::{Assessment, MigrationReport, Outcome, Projection, Status};

use crate::i18n::Lang;

/// How values (ids, options, names) are written: as they are for a terminal, neutralized for
/// Markdown (the catalog's backticks make them code spans).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Out {
    Text,
    Md,
}

impl Out {
    fn value(self, s: &str) -> String {
        match self {
            Out::Text => s.to_string(),
            // Inside code spans nothing is markup; only a backtick could end one, and HTML is kept out.
            Out::Md => s.replace('`', "'").replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace(['\n', '\r'], " "),
        }
    }

    fn heading(self, level: usize, text: &str) -> String {
        match self {
            Out::Text => format!("\n{text}\n"),
            Out::Md => format!("\n{} {}\n\n", "#".repeat(level), text),
        }
    }

    fn item(self, text: &str) -> String {
        match self {
            Out::Text => format!("  - {text}\n"),
            Out::Md => format!("- {text}\n"),
        }
    }

    fn line(self, text: &str) -> String {
        match self {
            Out::Text => format!("{text}\n"),
            Out::Md => format!("{text}\n\n"),
        }
    }
}

fn status_str(s: Status) -> &'static str {
    match s {
        Status::Met => "met",
        Status::NotMet => "not_met",
        Status::NotApplicable => "not_applicable",
        Status::Unanswered => "unanswered",
    }
}

fn fw(id: &str, version: &str) -> String {
    format!("{id} {version}")
}

fn relationship(lang: &str, r: kalkan::Relationship) -> String {
    message(lang, "relationship", &[("relationship", Arg::from(r.as_str()))])
}

pub fn migration_text(lang: Lang, r: &MigrationReport, a: &Assessment) -> String {
    migration(lang.code(), r, a, Out::Text)
}

pub fn migration_markdown(lang: Lang, r: &MigrationReport, a: &Assessment) -> String {
    migration(lang.code(), r, a, Out::Md)
}

fn migration(lang: &str, r: &MigrationReport, a: &Assessment, o: Out) -> String {
    let mut out = String::new();
    let heading = message(
        lang,
        "migration-heading",
        &[
            ("subject", Arg::from(o.value(&a.subject.name))),
            ("source", Arg::from(fw(&r.source.id, &r.source.version))),
            ("target", Arg::from(fw(&r.target.id, &r.target.version))),
        ],
    );
    out.push_str(&match o {
        Out::Text => format!("{heading}\n"),
        Out::Md => format!("## {heading}\n\n"),
    });
    let basis = serde_json::to_value(r.basis).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    let title = o.value(r.mapping_title.as_deref().unwrap_or(""));
    out.push_str(&o.line(&message(lang, "migration-basis", &[("basis", Arg::from(basis)), ("title", Arg::from(title))])));
    let c = &r.counts;
    let counts = [
        ("controls", Arg::from(c.controls)),
        ("carried", Arg::from(c.carried)),
        ("review", Arg::from(c.review)),
        ("new", Arg::from(c.new)),
        ("unanswered", Arg::from(c.unanswered)),
    ];
    out.push_str(&o.line(&message(lang, "migration-counts", &counts)));
    let sep = message(lang, "list-separator", &[]);
    for outcome in [Outcome::Review, Outcome::New, Outcome::Unanswered, Outcome::Carried] {
        let mine: Vec<_> = r.controls.iter().filter(|m| m.outcome == outcome).collect();
        if mine.is_empty() {
            continue;
        }
        let key = serde_json::to_value(outcome).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        out.push_str(&o.heading(3, &message(lang, "migration-section", &[("outcome", Arg::from(key))])));
        for m in mine {
            let control = Arg::from(o.value(&m.control));
            let first = m.sources.iter().find(|s| s.relationship.is_exact()).or(m.sources.first());
            let line = match m.outcome {
                Outcome::Carried => {
                    let s = first.map_or_else(String::new, |s| o.value(&s.control));
                    let rel = first.map_or_else(String::new, |s| relationship(lang, s.relationship));
                    let opt = o.value(m.option.as_deref().unwrap_or(""));
                    message(
                        lang,
                        "migration-carried",
                        &[("control", control), ("option", Arg::from(opt)), ("source", Arg::from(s)), ("relationship", Arg::from(rel))],
                    )
                }
                Outcome::Review => {
                    let suggestions: Vec<String> = m
                        .sources
                        .iter()
                        .map(|s| {
                            let args = [
                                ("source", Arg::from(o.value(&s.control))),
                                ("relationship", Arg::from(relationship(lang, s.relationship))),
                                ("option", Arg::from(o.value(s.option.as_deref().unwrap_or("")))),
                            ];
                            message(lang, if s.option.is_some() { "migration-suggestion" } else { "migration-suggestion-unanswered" }, &args)
                        })
                        .collect();
                    let reason = m.reason.and_then(|x| serde_json::to_value(x).ok()).and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
                    message(
                        lang,
                        "migration-review",
                        &[("control", control), ("reason", Arg::from(reason)), ("suggestions", Arg::from(suggestions.join(&sep)))],
                    )
                }
                Outcome::New => message(lang, "migration-new", &[("control", control)]),
                Outcome::Unanswered => {
                    let s = first.map_or_else(String::new, |s| o.value(&s.control));
                    message(lang, "migration-unanswered", &[("control", control), ("source", Arg::from(s))])
                }
            };
            out.push_str(&o.item(&line));
        }
    }
    if !r.left_behind.is_empty() {
        let ids: Vec<String> = r.left_behind.iter().map(|l| format!("`{}`", o.value(&l.control))).collect();
        out.push('\n');
        out.push_str(&o.line(&message(lang, "migration-left-behind", &[("controls", Arg::from(ids.join(&sep)))])));
    }
    if let Some(p) = &r.profile_dropped {
        let target = fw(&r.target.id, &r.target.version);
        out.push_str(&o.line(&message(lang, "migration-profile-dropped", &[("profile", Arg::from(o.value(p))), ("target", Arg::from(target))])));
    }
    out
}

/// The projection's header (what was projected onto what, the mapping, coverage and the rule),
/// to put before the target framework's report.
pub fn projection_header(lang: Lang, p: &Projection, markdown: bool) -> String {
    let (lang, o) = (lang.code(), if markdown { Out::Md } else { Out::Text });
    let mut out = String::new();
    let source = fw(&p.source.id, &p.source.version);
    let target = fw(&p.report.framework.id, &p.report.framework.version);
    let heading = message(lang, "projection-heading", &[("source", Arg::from(source.clone())), ("target", Arg::from(target))]);
    out.push_str(&match o {
        Out::Text => format!("{heading}\n"),
        Out::Md => format!("# {heading}\n\n"),
    });
    let basis = serde_json::to_value(p.basis).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    out.push_str(&o.line(&message(lang, "projection-basis", &[("basis", Arg::from(basis)), ("source", Arg::from(source))])));
    let c = &p.coverage;
    let args = [
        ("controls", Arg::from(c.controls)),
        ("covered", Arg::from(c.covered)),
        ("partial", Arg::from(c.partial)),
        ("uncovered", Arg::from(c.uncovered)),
        ("percent", Arg::from(kalkan::l10n::percent(lang, c.percent))),
    ];
    out.push_str(&o.line(&message(lang, "projection-coverage", &args)));
    out.push_str(&o.line(&message(lang, "projection-rule", &[])));
    out
}

/// How each target control with sources was derived, and which have none.
pub fn projection_details(lang: Lang, p: &Projection, markdown: bool) -> String {
    let (lang, o) = (lang.code(), if markdown { Out::Md } else { Out::Text });
    let sep = message(lang, "list-separator", &[]);
    let mut out = o.heading(2, &message(lang, "projection-derivations", &[]));
    for c in p.controls.iter().filter(|c| !c.sources.is_empty()) {
        let sources: Vec<String> = c
            .sources
            .iter()
            .map(|s| {
                let args = [
                    ("source", Arg::from(o.value(&s.control))),
                    ("relationship", Arg::from(relationship(lang, s.relationship))),
                    ("status", Arg::from(status_str(s.status))),
                ];
                message(lang, "projection-source", &args)
            })
            .collect();
        let args = [("control", Arg::from(o.value(&c.control))), ("status", Arg::from(status_str(c.status))), ("sources", Arg::from(sources.join(&sep)))];
        out.push_str(&o.item(&message(lang, "projection-control", &args)));
    }
    let none: Vec<String> = p.controls.iter().filter(|c| c.sources.is_empty()).map(|c| format!("`{}`", o.value(&c.control))).collect();
    if !none.is_empty() {
        out.push('\n');
        out.push_str(&o.line(&message(lang, "projection-uncovered", &[("controls", Arg::from(none.join(&sep)))])));
    }
    out
}
