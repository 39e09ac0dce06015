//! `kalkan validate FILE...`: every problem of every file, frameworks first so that assessments
//! given alongside their framework file are checked against it.

use std::fmt::Write as _;
use std::path::PathBuf;

use std::sync::Arc;

use kalkan::l10n::{self, Arg};
use kalkan::{Assessment, CompiledFramework, DocumentKind, Framework, FrameworkSource, Mapping, Problem, Validation};
use serde::Serialize;

use crate::args::{ListFormat, ValidateArgs};
use crate::failure::{io_message, Failure, EXIT_INVALID, EXIT_USAGE};
use crate::files;
use crate::i18n::Lang;
use crate::output::{self, Shown};
use crate::render::json;
use crate::resolve;

/// The outcome for one file (also the JSON output).
#[derive(Debug, Serialize)]
struct Outcome {
    file: String,
    /// `framework`, `assessment`, or none when it cannot be told or read.
    kind: Option<DocumentKind>,
    /// For frameworks: `id version`; for assessments: the framework checked against.
    #[serde(skip_serializing_if = "Option::is_none")]
    framework: Option<String>,
    valid: bool,
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
    /// Set when the file could not be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    io_error: Option<String>,
}

impl Outcome {
    fn new(file: String, kind: Option<DocumentKind>) -> Self {
        Outcome { file, kind, framework: None, valid: false, errors: vec![], warnings: vec![], io_error: None }
    }
}

/// What a file is; an OSCAL catalog (a JSON object with `catalog`) is imported and validated as
/// the framework it becomes (its import problems are the file's problems).
fn oscal_or(text: String, path: &std::path::Path) -> Read {
    let kind = files::detect(&text, path);
    let unknown = matches!(&kind, Err(p) if p.details.get("problem").and_then(|v| v.as_str()) == Some("unknown_document"));
    if !unknown || kalkan::framework_format(&text) != kalkan::FrameworkFormat::OscalCatalog {
        return Read { text, kind, imported: None };
    }
    match kalkan::import_oscal_catalog(&text, &kalkan::OscalOptions::default()) {
        Ok(i) => Read { text: String::new(), kind: Ok(DocumentKind::Framework), imported: Some(i.framework) },
        Err(e) => Read {
            text: String::new(),
            kind: Err(e.problems().into_iter().next().unwrap_or_else(|| Problem::new(kalkan::Pointer::root(), e.code(), kalkan::Details::new()))),
            imported: None,
        },
    }
}

/// A file's text, what it is, and the framework an import made of it (then `text` is empty).
struct Read {
    text: String,
    kind: Result<DocumentKind, Problem>,
    imported: Option<Framework>,
}

/// A file read: its text and what it is, or why it could not be read.
struct Input {
    path: PathBuf,
    read: Result<Read, String>,
}

pub fn run(args: &ValidateArgs) -> Result<u8, Failure> {
    crate::failure::set_language(args.lang);
    let forced = args.framework.as_deref().map(resolve::framework_file).transpose()?;
    let mut frameworks = resolve::source(forced);
    let mut inputs: Vec<Input> = args
        .files
        .iter()
        .map(|path| {
            // A file that is too large or not UTF-8 is a document error (its problem listed),
            // one that cannot be opened an I/O error.
            let read = match files::read_document(path, files::kind_from_name(path).unwrap_or(DocumentKind::Assessment)) {
                Ok(text) => Ok(oscal_or(text, path)),
                Err(files::ReadError::Document(e)) => Ok(Read {
                    text: String::new(),
                    kind: Err(e.problems().into_iter().next().unwrap_or_else(|| Problem::new(kalkan::Pointer::root(), e.code(), kalkan::Details::new()))),
                    imported: None,
                }),
                Err(files::ReadError::Io(e)) => Err(io_message("read", path, &e)),
            };
            Input { path: path.clone(), read }
        })
        .collect();

    let mut outcomes: Vec<Option<Outcome>> = inputs.iter().map(|_| None).collect();
    // Frameworks first: valid ones become available to the assessments.
    for (slot, input) in outcomes.iter_mut().zip(&mut inputs) {
        let file = input.path.display().to_string();
        if let Ok(Read { text, kind: Ok(DocumentKind::Framework), imported }) = &mut input.read {
            let parsed = match imported.take() {
                Some(f) => Ok(f),
                None => Framework::from_json(text),
            };
            *slot = Some(framework(file, parsed, &mut frameworks, args.strict));
        }
    }
    for (slot, input) in outcomes.iter_mut().zip(&inputs) {
        if slot.is_some() {
            continue;
        }
        let file = input.path.display().to_string();
        *slot = Some(match &input.read {
            Err(e) => Outcome { io_error: Some(e.clone()), ..Outcome::new(file, None) },
            Ok(Read { kind: Err(p), .. }) => Outcome { errors: vec![p.clone()], ..Outcome::new(file, None) },
            Ok(Read { text, kind: Ok(DocumentKind::Mapping), .. }) => mapping(file, text, &frameworks),
            // An assessment (`detect` turns a score report into a problem).
            Ok(Read { text, kind: Ok(_), .. }) => assessment(file, text, &frameworks),
        });
    }
    let outcomes: Vec<Outcome> = outcomes.into_iter().flatten().collect();

    let text = match args.format {
        ListFormat::Json => json(&outcomes)?,
        ListFormat::Text => text(&outcomes, args.lang),
    };
    output::stdout(&text, Shown::text_if(args.format == ListFormat::Text))?;
    Ok(if outcomes.iter().any(|o| o.io_error.is_some()) {
        EXIT_USAGE
    } else if outcomes.iter().any(|o| !o.valid) {
        EXIT_INVALID
    } else {
        0
    })
}

/// A framework's errors and missing translations; a valid one is compiled and made available
/// to the assessments.
fn framework(file: String, parsed: kalkan::Result<Framework>, frameworks: &mut FrameworkSource, strict: bool) -> Outcome {
    let mut out = Outcome::new(file, Some(DocumentKind::Framework));
    let v = Validation::of_framework(parsed.as_ref());
    (out.errors, out.warnings) = (v.errors, v.warnings);
    if let Ok(f) = parsed {
        out.framework = Some(format!("{} {}", f.id, f.version));
        if v.valid {
            if let Err(e) = CompiledFramework::new(f).and_then(|c| frameworks.add(Arc::new(c))) {
                out.errors = e.problems();
            }
        }
    }
    out.valid = out.errors.is_empty() && (!strict || out.warnings.is_empty());
    out
}

fn assessment(file: String, text: &str, frameworks: &FrameworkSource) -> Outcome {
    let mut out = Outcome::new(file, Some(DocumentKind::Assessment));
    let checked = Assessment::from_json(text).and_then(|a| frameworks.for_assessment(&a).map(|fw| (a, fw)));
    if let Ok((_, fw)) = &checked {
        out.framework = Some(format!("{} {}", fw.id(), fw.version()));
    }
    let v = Validation::of_assessment(checked.as_ref().map(|(a, fw)| (&**fw, a)));
    (out.valid, out.errors) = (v.valid, v.errors);
    out
}

/// A mapping: its own rules, then against the frameworks it names (given alongside, else
/// built in).
fn mapping(file: String, text: &str, frameworks: &FrameworkSource) -> Outcome {
    let mut out = Outcome::new(file, Some(DocumentKind::Mapping));
    let parsed = Mapping::from_json(text);
    let resolved = parsed
        .as_ref()
        .map_err(Clone::clone)
        .and_then(|m| Ok((frameworks.find(&m.source.id, &m.source.version)?, frameworks.find(&m.target.id, &m.target.version)?)));
    if let Ok((s, t)) = &resolved {
        out.framework = Some(format!("{} {} → {} {}", s.id(), s.version(), t.id(), t.version()));
    }
    let v = Validation::of_mapping(parsed.as_ref(), resolved.as_ref().map(|(s, t)| (&**s, &**t)));
    (out.valid, out.errors, out.warnings) = (v.valid, v.errors, v.warnings);
    out
}

fn text(outcomes: &[Outcome], l: Lang) -> String {
    let mut o = String::new();
    let problem = |p: &Problem, kind: &str| {
        let at = if p.pointer.is_root() { l10n::message(l.code(), "whole-document", &[]) } else { p.pointer.to_string() };
        let mut text = format!("  {} [{}]", l.labelled(&l.labelled(l.t(kind), &at), &p.message_in(l.code())), p.code);
        if let (Some(line), Some(column)) = (p.line, p.column) {
            text.push_str(&format!(" ({})", l10n::message(l.code(), "at-line-column", &[("line", Arg::from(line)), ("column", Arg::from(column))])));
        }
        text
    };
    for r in outcomes {
        let document = r.kind.map_or("other", |k| match k {
            DocumentKind::Framework => "framework",
            DocumentKind::Assessment => "assessment",
            DocumentKind::Mapping => "mapping",
            _ => "other",
        });
        if let Some(e) = &r.io_error {
            let _ = writeln!(o, "{}", l.labelled(&r.file, &l.labelled(l.t("problem-error"), e)));
            continue;
        }
        let status = l10n::message(l.code(), if r.valid { "validate-valid" } else { "validate-invalid" }, &[("document", Arg::from(document))]);
        let against = match (r.kind, &r.framework) {
            (Some(DocumentKind::Assessment), Some(f)) => format!(" ({})", l10n::message(l.code(), "validate-against", &[("framework", Arg::from(f.as_str()))])),
            (_, Some(f)) => format!(" {f}"),
            _ => String::new(),
        };
        let mut counts = Vec::new();
        if !r.errors.is_empty() {
            counts.push(l10n::message(l.code(), "error-count", &[("count", Arg::from(r.errors.len()))]));
        }
        if !r.warnings.is_empty() {
            counts.push(l10n::message(l.code(), "warning-count", &[("count", Arg::from(r.warnings.len()))]));
        }
        let line = format!("{status}{against}");
        let line = if counts.is_empty() { line } else { l.labelled(&line, &counts.join(l10n::message(l.code(), "list-separator", &[]).as_str())) };
        let _ = writeln!(o, "{}", l.labelled(&r.file, &line));
        for p in &r.errors {
            let _ = writeln!(o, "{}", problem(p, "problem-error"));
        }
        for p in &r.warnings {
            let _ = writeln!(o, "{}", problem(p, "problem-warning"));
        }
    }
    let valid = outcomes.iter().filter(|r| r.valid).count();
    let summary = l10n::message(
        l.code(),
        "validate-summary",
        &[("files", Arg::from(outcomes.len())), ("valid", Arg::from(valid)), ("invalid", Arg::from(outcomes.len() - valid))],
    );
    let _ = writeln!(o, "{summary}");
    o
}
