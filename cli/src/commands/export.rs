//! `kalkan export oscal-ar|oscal-poam ASSESSMENT -o FILE`: a scored assessment as an OSCAL
//! assessment-results document, or its gaps as an OSCAL plan of action and milestones. The
//! framework is the one given with `--framework`, or else the built-in one the assessment names;
//! everything is computed before the file is written, and nothing is written on failure.

use kalkan::l10n::{self, Arg};
use kalkan::{Assessment, DocumentKind};

use crate::args::{ExportArgs, ExportCommand};
use crate::failure::Failure;
use crate::files;
use crate::output::{self, Shown};
use crate::render::json;
use crate::resolve;

pub fn run(command: &ExportCommand) -> Result<u8, Failure> {
    let (args, poam) = match command {
        ExportCommand::OscalAr(a) => (a, false),
        ExportCommand::OscalPoam(a) => (a, true),
    };
    export(args, poam)
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
