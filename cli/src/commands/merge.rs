//! `kalkan merge`: several respondents' assessments of one subject into one, under a rule, with
//! an optional adjudication; the merged assessment (with its provenance and conflicts) goes to
//! `-o`, the conflict report to standard output.

use kalkan::l10n::Arg;
use kalkan::{Adjudication, Assessment, MergeRule};

use crate::args::{MergeArgs, ReviewFormat, RuleArg};
use crate::failure::Failure;
use crate::files;
use crate::output::{self, Shown};
use crate::render::review::{formats, merge_report, Titles, Words};
use crate::render::{self};
use crate::resolve;

pub fn run(args: &MergeArgs) -> Result<u8, Failure> {
    crate::failure::set_language(args.lang);
    let w = Words(args.lang);
    let forced = args.framework.as_deref().map(resolve::framework_file).transpose()?;
    let mut assessments = Vec::new();
    for path in &args.inputs {
        let text = files::read_text(path, kalkan::DocumentKind::Assessment)?;
        assessments.push(Assessment::from_json(&text).map_err(|e| Failure::core(format!("`{}`", path.display()), &e))?);
    }
    let adjudication = match &args.adjudication {
        Some(p) => Some(
            Adjudication::from_json(&files::read_text(p, kalkan::DocumentKind::Adjudication)?).map_err(|e| Failure::core(format!("`{}`", p.display()), &e))?,
        ),
        None => None,
    };
    let Some(first) = assessments.first() else { return Err(Failure::Usage(w.f("review-needs-assessments", &[("count", Arg::from(1))]))) };
    let files = || args.inputs.iter().map(|p| format!("`{}`", p.display())).collect::<Vec<_>>().join(", ");
    let what = || files();
    let fw = resolve::source(forced).for_assessment(first).map_err(|e| Failure::core(what(), &e))?;
    let rule = match args.rule {
        RuleArg::Consensus => MergeRule::Consensus,
        RuleArg::Minimum => MergeRule::Minimum,
        RuleArg::Median => MergeRule::Median,
        RuleArg::Majority => MergeRule::Majority,
    };
    let merged =
        fw.merge(&assessments, rule, adjudication.as_ref()).map_err(|e| Failure::core(w.f("review-positions", &[("files", Arg::from(files()))]), &e))?;
    let record = merged.merge.clone().ok_or_else(|| Failure::core(files(), &kalkan::Error::Internal { reason: "the merge produced no record".into() }))?;
    let titles = Titles::new(Some(fw.framework()), args.lang);
    let report = match args.format {
        ReviewFormat::Json => render::json(&record)?,
        ReviewFormat::Md => merge_report(&merged.subject.name, &record, merged.responses.len(), &titles, w, true),
        ReviewFormat::Text => merge_report(&merged.subject.name, &record, merged.responses.len(), &titles, w, false),
        ReviewFormat::Csv | ReviewFormat::Html | ReviewFormat::Parquet => return Err(Failure::Usage(formats(w, "kalkan merge", "text, json, md"))),
    };
    files::write_atomic(&args.output, render::json(&merged)?.as_bytes())?;
    output::eprintln(&output::wrote(&args.output));
    output::stdout(&report, Shown::text_if(args.format == ReviewFormat::Text))?;
    Ok(0)
}
