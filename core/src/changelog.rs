//! A framework diff in words: each change as a sentence from the message catalog, and the whole
//! diff as plain text (for a terminal) or as a Markdown changelog (for release notes), in English,
//! Arabic or French.

use std::fmt::Write as _;

use crate::diff::{Change, ChangeClass, FrameworkDiff};
use crate::l10n::{self, Arg};
use crate::model::text::Text;

/// One change as a sentence in `lang`.
pub fn change_message(lang: &str, c: &Change) -> String {
    sentence(lang, c, &c.details)
}

/// One change as a Markdown sentence: the values (ids, texts from the framework) can neither
/// close a code span nor reach a renderer as HTML.
fn change_markdown(lang: &str, c: &Change) -> String {
    let safe: crate::error::Details = c.details.iter().map(|(k, v)| (k.clone(), neutralize(v))).collect();
    sentence(lang, c, &safe)
}

fn neutralize(v: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::String(s) => Value::String(s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('`', "'").replace(['\n', '\r'], " ")),
        Value::Array(items) => Value::Array(items.iter().map(neutralize).collect()),
        other => other.clone(),
    }
}

fn sentence(lang: &str, c: &Change, details: &crate::error::Details) -> String {
    let args = l10n::details_arguments(lang, details);
    let borrowed: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    l10n::message(lang, &format!("change-{}", c.kind.as_str()), &borrowed)
}

fn counts_args(d: &FrameworkDiff) -> Vec<(&'static str, Arg)> {
    vec![("breaking", Arg::from(d.counts.breaking)), ("additive", Arg::from(d.counts.additive)), ("editorial", Arg::from(d.counts.editorial))]
}

/// The version check in a sentence.
pub fn check_message(lang: &str, d: &FrameworkDiff) -> String {
    let args = [
        ("required", Arg::from(d.check.required.as_str())),
        ("actual", Arg::from(d.check.actual.as_str())),
        ("old", Arg::from(d.old.version.as_str())),
        ("new", Arg::from(d.new.version.as_str())),
    ];
    l10n::message(lang, if d.check.ok { "diff-check-ok" } else { "diff-check-failed" }, &args)
}

/// The changes that need more than the versions make, each with what it needs, in `lang`.
pub fn violation_messages(lang: &str, d: &FrameworkDiff) -> Vec<String> {
    d.violations()
        .map(|c| {
            l10n::message(lang, "diff-violation", &[("change", Arg::from(change_message(lang, c))), ("required", Arg::from(c.class.required_bump().as_str()))])
        })
        .collect()
}

const CLASSES: [ChangeClass; 3] = [ChangeClass::Breaking, ChangeClass::Additive, ChangeClass::Editorial];

/// The diff as plain text: heading, counts, the changes by class, then the version check (and
/// what fails it).
pub fn render_text(lang: &str, d: &FrameworkDiff) -> String {
    let mut out = String::new();
    let heading = [("id", Arg::from(d.new.id.as_str())), ("old", Arg::from(d.old.version.as_str())), ("new", Arg::from(d.new.version.as_str()))];
    let _ = writeln!(out, "{}", l10n::message(lang, "diff-heading", &heading));
    if d.changes.is_empty() {
        let _ = writeln!(out, "{}", l10n::message(lang, "diff-none", &[]));
    } else {
        let _ = writeln!(out, "{}", l10n::message(lang, "diff-counts", &counts_args(d)));
    }
    for class in CLASSES {
        let mine: Vec<&Change> = d.changes.iter().filter(|c| c.class == class).collect();
        if mine.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}", l10n::message(lang, "diff-class-heading", &[("class", Arg::from(class.as_str()))]));
        for c in mine {
            let _ = writeln!(out, "  - {}", change_message(lang, c));
        }
    }
    let _ = writeln!(out, "\n{}", check_message(lang, d));
    for v in violation_messages(lang, d) {
        let _ = writeln!(out, "  - {v}");
    }
    out
}

/// Characters Markdown would read as markup outside code spans.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '*' | '_' | '[' | ']' | '#' | '|' | '`' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The diff as a Markdown changelog for the new version's release notes: a heading with the
/// framework's title and version, a summary line, then one section per class that has changes.
/// Change sentences keep their `code` spans (ids); the title is escaped.
pub fn render_markdown(lang: &str, d: &FrameworkDiff, title: &Text) -> String {
    let mut out = String::new();
    let t = md_escape(title.display(lang));
    let _ = writeln!(out, "## {}\n", l10n::message(lang, "changelog-heading", &[("title", Arg::from(t)), ("version", Arg::from(d.new.version.as_str()))]));
    let mut args = counts_args(d);
    args.push(("old", Arg::from(d.old.version.as_str())));
    let _ = writeln!(out, "{}", l10n::message(lang, "changelog-since", &args));
    for class in CLASSES {
        let mine: Vec<&Change> = d.changes.iter().filter(|c| c.class == class).collect();
        if mine.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {}\n", l10n::message(lang, "diff-class-heading", &[("class", Arg::from(class.as_str()))]));
        for c in mine {
            let _ = writeln!(out, "- {}", change_markdown(lang, c));
        }
    }
    out
}
