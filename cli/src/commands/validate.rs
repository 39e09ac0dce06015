//! `kalkan validate FILE...`: every problem of every file, frameworks first so that assessments
//! given alongside their framework file are checked against it.

use std::fmt::Write as _;
use std::path::PathBuf;

use std::sync::Arc;

use kalkan::{Assessment, CompiledFramework, DocumentKind, Framework, FrameworkSource, Mapping, Problem, Validation};
use serde::Serialize;

use crate::args::{ListFormat, ValidateArgs};
use crate::failure::{io_message, plural, Failure, EXIT_INVALID, EXIT_USAGE};
use crate::files;
use crate::output;
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

/// A file read: its text and what it is, or why it could not be read.
struct Input {
    path: PathBuf,
    read: Result<(String, Result<DocumentKind, Problem>), String>,
}

pub fn run(args: &ValidateArgs) -> Result<u8, Failure> {
    let forced = args.framework.as_deref().map(resolve::framework_file).transpose()?;
    let mut frameworks = resolve::source(forced);
    let inputs: Vec<Input> = args
        .files
        .iter()
        .map(|path| {
            let read = std::fs::read_to_string(path).map_err(|e| io_message("read", path, &e)).map(|text| {
                let kind = files::detect(&text, path);
                (text, kind)
            });
            Input { path: path.clone(), read }
        })
        .collect();

    let mut outcomes: Vec<Option<Outcome>> = inputs.iter().map(|_| None).collect();
    // Frameworks first: valid ones become available to the assessments.
    for (slot, input) in outcomes.iter_mut().zip(&inputs) {
        if let Ok((text, Ok(DocumentKind::Framework))) = &input.read {
            *slot = Some(framework(input, text, &mut frameworks, args.strict));
        }
    }
    for (slot, input) in outcomes.iter_mut().zip(&inputs) {
        if slot.is_some() {
            continue;
        }
        let file = input.path.display().to_string();
        *slot = Some(match &input.read {
            Err(e) => Outcome { io_error: Some(e.clone()), ..Outcome::new(file, None) },
            Ok((_, Err(p))) => Outcome { errors: vec![p.clone()], ..Outcome::new(file, None) },
            Ok((text, Ok(DocumentKind::Mapping))) => mapping(file, text, &frameworks),
            // An assessment (`detect` turns a score report into a problem).
            Ok((text, Ok(_))) => assessment(file, text, &frameworks),
        });
    }
    let outcomes: Vec<Outcome> = outcomes.into_iter().flatten().collect();

    let text = match args.format {
        ListFormat::Json => json(&outcomes)?,
        ListFormat::Text => text(&outcomes),
    };
    output::stdout(&text)?;
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
fn framework(input: &Input, text: &str, frameworks: &mut FrameworkSource, strict: bool) -> Outcome {
    let mut out = Outcome::new(input.path.display().to_string(), Some(DocumentKind::Framework));
    let parsed = Framework::from_json(text);
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

fn text(outcomes: &[Outcome]) -> String {
    let mut o = String::new();
    for r in outcomes {
        let kind = r.kind.map_or_else(|| "document".to_string(), |k| k.to_string());
        if let Some(e) = &r.io_error {
            let _ = writeln!(o, "{}: error: {e}", r.file);
            continue;
        }
        let against = match (r.kind, &r.framework) {
            (Some(DocumentKind::Assessment), Some(f)) => format!(" (against {f})"),
            (_, Some(f)) => format!(" {f}"),
            _ => String::new(),
        };
        let status = if r.valid { "valid" } else { "invalid" };
        let mut counts = Vec::new();
        if !r.errors.is_empty() {
            counts.push(format!("{} error{}", r.errors.len(), plural(r.errors.len())));
        }
        if !r.warnings.is_empty() {
            counts.push(format!("{} warning{}", r.warnings.len(), plural(r.warnings.len())));
        }
        let counts = if counts.is_empty() { String::new() } else { format!(": {}", counts.join(", ")) };
        let _ = writeln!(o, "{}: {status} {kind}{against}{counts}", r.file);
        for p in &r.errors {
            let _ = writeln!(o, "  error: {p}");
        }
        for p in &r.warnings {
            let _ = writeln!(o, "  warning: {p}");
        }
    }
    let valid = outcomes.iter().filter(|r| r.valid).count();
    let _ = writeln!(o, "{} file{}: {valid} valid, {} invalid", outcomes.len(), plural(outcomes.len()), outcomes.len() - valid);
    o
}
