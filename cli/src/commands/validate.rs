//! `kalkan validate FILE...`: every problem of every file, frameworks first so that assessments
//! given alongside their framework file are checked against it.

use std::fmt::Write as _;
use std::path::PathBuf;

use kalkan::{Assessment, CompiledFramework, Framework, Problem};
use serde::Serialize;

use crate::args::{ListFormat, ValidateArgs};
use crate::failure::{plural, Failure, EXIT_INVALID, EXIT_USAGE};
use crate::files::{self, Kind};
use crate::output;
use crate::render::json;
use crate::resolve::{self, Frameworks};

/// The outcome for one file (also the JSON output).
#[derive(Debug, Serialize)]
struct Outcome {
    file: String,
    /// `framework`, `assessment`, or none when it cannot be told or read.
    kind: Option<&'static str>,
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

struct Input {
    path: PathBuf,
    text: Result<String, String>,
    kind: Result<Kind, Problem>,
}

pub fn run(args: &ValidateArgs) -> Result<u8, Failure> {
    let forced = args.framework.as_deref().map(resolve::framework_file).transpose()?;
    let mut frameworks = Frameworks::new(forced);
    let inputs: Vec<Input> = args
        .files
        .iter()
        .map(|path| {
            let text = files::read_text(path).map_err(|f| match f {
                Failure::Io(m) | Failure::Usage(m) => m,
                Failure::Rejected { what, .. } => what,
            });
            let kind = match &text {
                Ok(t) => files::detect(t, path),
                Err(_) => Err(Problem::new("", kalkan::Code::InvalidStructure, "unreadable")),
            };
            Input { path: path.clone(), text, kind }
        })
        .collect();

    let mut outcomes: Vec<Option<Outcome>> = inputs.iter().map(|_| None).collect();
    // Frameworks first: valid ones become available to the assessments.
    for (slot, input) in outcomes.iter_mut().zip(&inputs) {
        if let (Ok(text), Ok(Kind::Framework)) = (&input.text, &input.kind) {
            *slot = Some(framework(input, text, &mut frameworks, args.strict));
        }
    }
    for (slot, input) in outcomes.iter_mut().zip(&inputs) {
        if slot.is_some() {
            continue;
        }
        let file = input.path.display().to_string();
        *slot = Some(match (&input.text, &input.kind) {
            (Err(e), _) => Outcome { file, kind: None, framework: None, valid: false, errors: vec![], warnings: vec![], io_error: Some(e.clone()) },
            (Ok(_), Err(p)) => Outcome { file, kind: None, framework: None, valid: false, errors: vec![p.clone()], warnings: vec![], io_error: None },
            (Ok(text), Ok(_)) => assessment(file, text, &frameworks),
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

fn framework(input: &Input, text: &str, frameworks: &mut Frameworks, strict: bool) -> Outcome {
    let file = input.path.display().to_string();
    let mut out = Outcome { file, kind: Some(Kind::Framework.name()), framework: None, valid: false, errors: vec![], warnings: vec![], io_error: None };
    let f = match Framework::from_json(text) {
        Ok(f) => f,
        Err(e) => {
            out.errors = e.problems();
            return out;
        }
    };
    out.framework = Some(format!("{} {}", f.id, f.version));
    out.errors = kalkan::validate_framework(&f);
    out.warnings = kalkan::translation_gaps(&f);
    if out.errors.is_empty() {
        match CompiledFramework::new(f).and_then(|c| frameworks.add_local(c)) {
            Ok(_) => {}
            Err(e) => out.errors = e.problems(),
        }
    }
    out.valid = out.errors.is_empty() && (!strict || out.warnings.is_empty());
    out
}

fn assessment(file: String, text: &str, frameworks: &Frameworks) -> Outcome {
    let mut out = Outcome { file, kind: Some(Kind::Assessment.name()), framework: None, valid: false, errors: vec![], warnings: vec![], io_error: None };
    let a = match Assessment::from_json(text) {
        Ok(a) => a,
        Err(e) => {
            out.errors = e.problems();
            return out;
        }
    };
    match frameworks.for_assessment(&a) {
        Ok(fw) => {
            out.framework = Some(format!("{} {}", fw.id(), fw.version()));
            out.errors = fw.validate_assessment(&a);
        }
        Err(e) => out.errors = e.problems(),
    }
    out.valid = out.errors.is_empty();
    out
}

fn text(outcomes: &[Outcome]) -> String {
    let mut o = String::new();
    for r in outcomes {
        let kind = r.kind.unwrap_or("document");
        if let Some(e) = &r.io_error {
            let _ = writeln!(o, "{}: error: {e}", r.file);
            continue;
        }
        let against = match (r.kind, &r.framework) {
            (Some("assessment"), Some(f)) => format!(" (against {f})"),
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
