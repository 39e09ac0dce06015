//! `kalkan aggregate`: many assessments (files, folders, JSON Lines, standard input) scored as a
//! stream in parallel into benchmark statistics per cohort and group, small cohorts suppressed;
//! with `--subject`, where one assessment stands among its peers.

use kalkan::{Aggregator, Assessment, CohortKey, FamilyStats, Registry, StreamScorer};

use crate::args::{AggregateArgs, ReviewFormat};
use crate::failure::{Failure, EXIT_INVALID};
use crate::files;
use crate::inputs;
use crate::output::{self, Shown};
use crate::render::review::{benchmark_csv, benchmark_html, benchmark_text, formats, placement_text, Titles, Words};
use crate::render::{self};
use crate::resolve;

pub fn run(args: &AggregateArgs) -> Result<u8, Failure> {
    crate::failure::set_language(args.lang);
    let w = Words(args.lang);
    let by = args.by.iter().map(|k| CohortKey::parse(k.trim())).collect::<Result<Vec<_>, _>>().map_err(|e| Failure::Usage(e.message_in(args.lang.code())))?;
    if args.k == 0 {
        return Err(Failure::Usage(w.m("review-k-zero")));
    }
    if args.format == ReviewFormat::Md {
        return Err(Failure::Usage(formats(w, "kalkan aggregate", "text, json, csv, html, parquet")));
    }
    if args.format == ReviewFormat::Parquet && args.output.is_none() {
        return Err(Failure::Usage(w.m("parquet-needs-file")));
    }
    let forced = args.framework.as_deref().map(resolve::framework_file).transpose()?;
    let source = resolve::source(forced.clone());
    let mut scorer = StreamScorer::new(source.clone());
    if let Some(j) = args.jobs {
        scorer = scorer.workers(j);
    }
    let mut agg = Aggregator::new(by);
    let (mut failed, mut total) = (0usize, 0usize);
    scorer.run(
        inputs::items(&args.inputs),
        |_, outcome| outcome.map(|(_, r)| r),
        |label, outcome| -> Result<(), Failure> {
            total += 1;
            match outcome {
                Ok(r) => agg.add(&r),
                Err(e) => {
                    failed += 1;
                    if failed <= 20 {
                        output::eprint(&Failure::core(format!("`{label}`"), &e).render());
                    }
                }
            }
            Ok(())
        },
    )?;
    let stats = agg.statistics(args.k);
    let placement = match &args.subject {
        Some(p) => {
            let what = || format!("`{}`", p.display());
            let a = Assessment::from_json(&files::read_text(p, kalkan::DocumentKind::Assessment)?).map_err(|e| Failure::core(what(), &e))?;
            let fw = source.for_assessment(&a).map_err(|e| Failure::core(what(), &e))?;
            let report = fw.score(&a, None).map_err(|e| Failure::core(what(), &e))?;
            Some(agg.place(&report, args.k).map_err(|e| Failure::core(what(), &e))?)
        }
        None => None,
    };
    let lang = args.lang;
    let titles = |fam: &FamilyStats| -> Titles {
        let fw = forced
            .clone()
            .filter(|f| f.id() == fam.framework && f.version().major == fam.major)
            .or_else(|| fam.versions.last().and_then(|v| Registry::builtin().get(&fam.framework, &format!("={v}")).ok()));
        Titles::new(fw.as_ref().map(|f| f.framework()), lang)
    };
    let text = match args.format {
        ReviewFormat::Json => match &placement {
            Some(p) => render::json(&serde_json::json!({"benchmark": stats, "placement": p}))?,
            None => render::json(&stats)?,
        },
        ReviewFormat::Csv => benchmark_csv(&stats),
        ReviewFormat::Parquet => {
            let Some(path) = args.output.as_deref() else { return Err(Failure::Usage(w.m("parquet-needs-file"))) };
            let mut file = crate::files::AtomicFile::create(path)?;
            render::parquet::write_benchmark(&stats, std::io::BufWriter::new(file.file().try_clone().map_err(|e| Failure::io("write", path, &e))?))?;
            file.finish()?;
            output::eprintln(&output::wrote(path));
            return Ok(done(failed, total, w));
        }
        ReviewFormat::Html => benchmark_html(&stats, placement.as_ref(), &titles, w),
        _ => {
            let mut t = benchmark_text(&stats, &titles, w);
            if let (Some(p), Some(fam)) = (&placement, stats.families.iter().find(|f| placement.as_ref().is_some_and(|p| p.framework == f.framework))) {
                t.push('\n');
                t.push_str(&placement_text(p, &titles(fam), w));
            }
            t
        }
    };
    output::emit(args.output.as_deref(), &text, Shown::text_if(args.format == ReviewFormat::Text))?;
    Ok(done(failed, total, w))
}

/// The exit code, after saying how many assessments could not be scored (if any).
fn done(failed: usize, total: usize, w: Words) -> u8 {
    if failed > 0 {
        output::eprintln(&w.f("review-failed", &[("failed", kalkan::l10n::Arg::from(failed)), ("total", kalkan::l10n::Arg::from(total))]));
        return EXIT_INVALID;
    }
    0
}
