//! `kalkan export oscal-ar|oscal-poam|xlsx`. OSCAL: a scored assessment as an OSCAL
//! assessment-results document, or its gaps as an OSCAL plan of action and milestones. The
//! framework is the one given with `--framework`, or else the built-in one the assessment names;
//! everything is computed before the file is written, and nothing is written on failure.

use std::path::Path;
use std::sync::Arc;

use kalkan::l10n::{self, Arg};
use kalkan::{Assessment, CompiledFramework, DocumentKind};

use crate::args::{ExportArgs, ExportCommand, ExportXlsxArgs};
use crate::failure::{self, Failure};
use crate::files;
use crate::output::{self, Shown};
use crate::render::json;
use crate::resolve;

pub fn run(command: &ExportCommand) -> Result<u8, Failure> {
    match command {
        ExportCommand::OscalAr(a) => export(a, false),
        ExportCommand::OscalPoam(a) => export(a, true),
        ExportCommand::Xlsx(a) => xlsx(a),
    }
}

fn export(args: &ExportArgs, poam: bool) -> Result<u8, Failure> {
    crate::failure::set_language(args.lang);
    let what = format!("`{}`", args.assessment.display());
    let text = files::read_text(&args.assessment, DocumentKind::Assessment)?;
    let a = Assessment::from_json(&text).map_err(|e| Failure::core(what.clone(), &e))?;
    let forced = args.framework.as_deref().map(resolve::framework_file).transpose()?;
    let fw = resolve::source(forced).for_assessment(&a).map_err(|e| Failure::core(what.clone(), &e))?;
    let profile = args.profile.as_deref();
    let lang = args.lang.code();
    let count = |n: usize| Arg::from(n as f64);
    let (doc, summary) = if poam {
        fw.gaps(&a, profile).and_then(|gaps| {
            let doc = kalkan::oscal_poam(&fw, &a, &gaps)?;
            let args = [("items", count(gaps.controls.len())), ("profile", Arg::from(gaps.profile.clone()))];
            Ok((doc, l10n::message(lang, "export-poam-summary", &args)))
        })
    } else {
        fw.score(&a, profile).and_then(|report| {
            let doc = kalkan::oscal_assessment_results(&fw, &a, &report)?;
            let len = |key: &str| doc.pointer(&format!("/assessment-results/results/0/{key}")).and_then(|v| v.as_array()).map_or(0, Vec::len);
            let args = [("findings", count(len("findings"))), ("observations", count(len("observations")))];
            Ok((doc, l10n::message(lang, "export-ar-summary", &args)))
        })
    }
    .map_err(|e| Failure::core(what.clone(), &e))?;
    // Everything is rendered before anything is written.
    let out = json(&doc)?;
    output::emit(Some(&args.output), &out, Shown::Data)?;
    output::eprintln(&summary);
    Ok(0)
}

// `kalkan export xlsx`: a questionnaire workbook of a framework, or of an assessment with its
// answers filled in (the core's `export_xlsx`).

/// The framework, and the assessment when the input is one.
fn input(a: &ExportXlsxArgs) -> Result<(Arc<CompiledFramework>, Option<Assessment>), Failure> {
    let path = Path::new(&a.input);
    if !path.is_file() {
        if a.framework.is_some() {
            return Err(Failure::Usage("`--framework` is for an assessment given as input; this input is a framework".into()));
        }
        return Ok((resolve::framework_spec(&a.input)?, None));
    }
    let about = format!("`{}`", path.display());
    let text = files::read_text(path, files::kind_from_name(path).unwrap_or(DocumentKind::Assessment))?;
    let kind = files::detect(&text, path).map_err(|p| Failure::Rejected { what: about.clone(), problems: vec![p] })?;
    match kind {
        DocumentKind::Assessment => {
            let forced = a.framework.as_deref().map(resolve::framework_file).transpose()?;
            let assessment = Assessment::from_json(&text).map_err(|e| Failure::core(about.clone(), &e))?;
            let fw = resolve::source(forced).for_assessment(&assessment).map_err(|e| Failure::core(about.clone(), &e))?;
            // Only a valid assessment is written out: its answers must be options of the framework.
            let problems = fw.validate_assessment(&assessment);
            if !problems.is_empty() {
                return Err(Failure::core(about, &kalkan::Error::Invalid { document: DocumentKind::Assessment, problems }));
            }
            Ok((fw, Some(assessment)))
        }
        _ => {
            if a.framework.is_some() {
                return Err(Failure::Usage("`--framework` is for an assessment given as input; this input is a framework".into()));
            }
            Ok((resolve::framework_file(path)?, None))
        }
    }
}

fn xlsx(a: &ExportXlsxArgs) -> Result<u8, Failure> {
    failure::set_language(a.lang);
    let (fw, assessment) = input(a)?;
    let bytes = kalkan::export_xlsx(&fw, assessment.as_ref(), a.lang.code()).map_err(|e| Failure::core(format!("`{}`", a.input), &e))?;
    files::write_atomic(&a.output, &bytes)?;
    output::eprintln(&output::wrote(&a.output));
    Ok(0)
}
