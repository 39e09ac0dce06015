//! `kalkan compare`: two assessments of one subject (what changed), or a series (the trend, and
//! what changed from the first to the last).

use kalkan::l10n::Arg;
use kalkan::{Assessment, Registry, Report};

use crate::args::{CompareArgs, ReviewFormat};
use crate::failure::Failure;
use crate::files;
use crate::output::{self, Shown};
use crate::render::review::{comparison_html, comparison_text, formats, Titles, Words};
use crate::render::{self};
use crate::resolve;

pub fn run(args: &CompareArgs) -> Result<u8, Failure> {
    crate::failure::set_language(args.lang);
    let w = Words(args.lang);
    if matches!(args.format, ReviewFormat::Csv | ReviewFormat::Parquet) {
        return Err(Failure::Usage(formats(w, "kalkan compare", "text, json, md, html")));
    }
    let forced = args.framework.as_deref().map(resolve::framework_file).transpose()?;
    let source = resolve::source(forced);
    let mut reports: Vec<Report> = Vec::new();
    let mut framework = None;
    for path in &args.inputs {
        let what = || format!("`{}`", path.display());
        let a = Assessment::from_json(&files::read_text(path, kalkan::DocumentKind::Assessment)?).map_err(|e| Failure::core(what(), &e))?;
        let fw = source.for_assessment(&a).map_err(|e| Failure::core(what(), &e))?;
        reports.push(fw.score(&a, None).map_err(|e| Failure::core(what(), &e))?);
        framework = Some(fw);
    }
    let what = || args.inputs.iter().map(|p| format!("`{}`", p.display())).collect::<Vec<_>>().join(", ");
    let trend = kalkan::trend(&reports).map_err(|e| Failure::core(w.f("review-positions", &[("files", Arg::from(what()))]), &e))?;
    // The comparison runs from the earliest to the latest (the trend's order).
    let order: Vec<&Report> = {
        let mut r: Vec<&Report> = reports.iter().collect();
        if r.iter().all(|x| x.completed.is_some() || x.started.is_some()) {
            r.sort_by_key(|x| x.completed.clone().or_else(|| x.started.clone()));
        }
        r
    };
    let (Some(old), Some(new)) = (order.first(), order.last()) else { return Err(Failure::Usage(w.f("review-needs-assessments", &[("count", Arg::from(2))]))) };
    let comparison = kalkan::compare(old, new).map_err(|e| Failure::core(what(), &e))?;
    let latest = framework.map(|f| Registry::builtin().get(f.id(), &format!("={}", new.framework.version)).unwrap_or(f));
    let titles = Titles::new(latest.as_ref().map(|f| f.framework()), args.lang);
    let text = match args.format {
        ReviewFormat::Json => render::json(&serde_json::json!({"comparison": comparison, "trend": trend}))?,
        ReviewFormat::Text => comparison_text(&comparison, &trend, &titles, w, false),
        ReviewFormat::Md => comparison_text(&comparison, &trend, &titles, w, true),
        ReviewFormat::Html => comparison_html(&comparison, &trend, &titles, w),
        ReviewFormat::Csv | ReviewFormat::Parquet => return Err(Failure::Usage(formats(w, "kalkan compare", "text, json, md, html"))),
    };
    output::emit(args.output.as_deref(), &text, Shown::text_if(args.format == ReviewFormat::Text))?;
    Ok(0)
}
