//! `kalkan score`: one assessment into a report, or many into one combined output.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressStyle};
use kalkan::l10n::{self, Arg};
use kalkan::{Assessment, CompiledFramework, DocumentKind, FrameworkSource, Headline, JsonLayout, Report};

use crate::args::ScoreArgs;
use crate::failure::{self, Failure};
use crate::files;
use crate::output::{self, Shown};
use crate::render::table::{layout, Align};
use crate::render::{self, csv, html, versions, Format, View};
use crate::resolve;

/// Assessments handed to the core's parallel batch scorer at a time (between progress updates).
/// The core scores in parallel from 64 assessments on.
const CHUNK: usize = 512;

/// An assessment file waiting to be scored.
struct Pending {
    path: PathBuf,
    text: String,
}

/// What several assessments are scored into.
#[derive(Clone, Copy)]
enum BatchFormat {
    Text,
    Json,
    Csv,
}

pub fn run(args: &ScoreArgs) -> Result<u8, Failure> {
    failure::set_language(args.lang);
    if args.format == Format::Parquet || crate::inputs::any_lines(&args.inputs) {
        return stream(args);
    }
    let forced = args.framework.as_deref().map(resolve::framework_file).transpose()?;
    let (paths, any_dir) = files::expand(&args.inputs);
    // Several inputs that are not framework files (a missing file counts: it may have been an
    // assessment), or a directory, make a batch; whether they can be read does not change that.
    let mut framework_files = 0;
    let inputs = paths.len();
    let mut frameworks = resolve::source(forced);
    let mut failures: Vec<Failure> = Vec::new();
    let mut pending: Vec<Pending> = Vec::new();
    let pb = progress_bar(paths.len(), "reading");
    for path in paths {
        pb.inc(1);
        let text = match files::read_text(&path, files::kind_from_name(&path).unwrap_or(DocumentKind::Assessment)) {
            Ok(t) => t,
            Err(f) => {
                failures.push(f);
                continue;
            }
        };
        match files::detect(&text, &path) {
            Ok(DocumentKind::Framework) => {
                framework_files += 1;
                if let Err(e) = CompiledFramework::from_json(&text).and_then(|c| frameworks.add(Arc::new(c))) {
                    failures.push(Failure::core(format!("`{}`", path.display()), &e));
                }
            }
            // An assessment (`detect` turns a score report into a problem).
            Ok(_) => pending.push(Pending { path, text }),
            Err(p) => failures
                .push(Failure::Rejected { what: args.lang.labelled(&format!("`{}`", path.display()), args.lang.t("not-a-document")), problems: vec![p] }),
        }
    }
    pb.finish_and_clear();

    let batch = any_dir || inputs.saturating_sub(framework_files) > 1;
    if let Some(spec) = &args.project_onto {
        if batch {
            return Err(Failure::Usage("--project-onto scores one assessment at a time".into()));
        }
        if let Some(worst) = report_failures(&failures) {
            return Ok(worst);
        }
        let Some(one) = pending.first() else {
            return Err(Failure::Usage("no assessment among the inputs".into()));
        };
        return project(args, spec, &frameworks, one);
    }
    if !batch {
        if let Some(worst) = report_failures(&failures) {
            return Ok(worst);
        }
        let Some(one) = pending.first() else {
            return Err(Failure::Usage("no assessment among the inputs".into()));
        };
        return single(args, &frameworks, one);
    }
    let format = match args.format {
        Format::Text => BatchFormat::Text,
        Format::Json => BatchFormat::Json,
        Format::Csv => BatchFormat::Csv,
        Format::Md | Format::Html => return Err(batch_refusal()),
        Format::Parquet => return stream(args),
    };
    if args.html.is_some() {
        return Err(batch_refusal());
    }
    if pending.is_empty() {
        // Nothing to score, so nothing is written: like one input that is not an assessment.
        if let Some(worst) = report_failures(&failures) {
            return Ok(worst);
        }
        return Err(Failure::Usage("no assessment among the inputs".into()));
    }
    many(args, format, &frameworks, &pending, failures)
}

fn batch_refusal() -> Failure {
    Failure::Usage("Markdown and HTML reports are for one assessment; for several use --format csv, json or text (or score each file on its own)".into())
}

fn single(args: &ScoreArgs, frameworks: &FrameworkSource, p: &Pending) -> Result<u8, Failure> {
    let what = || format!("`{}`", p.path.display());
    if args.format == Format::Json && args.html.is_none() {
        // Only the report's JSON: written by the core straight from the scored state.
        let mut text = frameworks.report_json(&p.text, args.target.as_deref(), JsonLayout::Pretty).map_err(|e| Failure::core(what(), &e))?;
        text.push('\n');
        output::emit(args.output.as_deref(), &text, Shown::Data)?;
        return Ok(0);
    }
    let a = Assessment::from_json(&p.text).map_err(|e| Failure::core(what(), &e))?;
    let fw = frameworks.for_assessment(&a).map_err(|e| Failure::core(what(), &e))?;
    let report = fw.score(&a, args.target.as_deref()).map_err(|e| Failure::core(what(), &e))?;
    let view = View::new(&report, fw.framework(), Some(&a), args.lang);
    // Everything is rendered before anything is written.
    let main = render::render(&view, args.format)?;
    let html = args.html.as_ref().map(|path| (path, html::render(&view)));
    if let Some((path, page)) = html {
        output::emit(Some(path), &page, Shown::Data)?;
    }
    output::emit(args.output.as_deref(), &main, Shown::text_if(args.format == Format::Text))?;
    Ok(0)
}

/// One assessment seen through another framework: the projection's header, the target
/// framework's report, then how each target control was derived.
fn project(args: &ScoreArgs, spec: &str, frameworks: &FrameworkSource, p: &Pending) -> Result<u8, Failure> {
    let what = || format!("`{}`", p.path.display());
    let a = Assessment::from_json(&p.text).map_err(|e| Failure::core(what(), &e))?;
    let source = frameworks.for_assessment(&a).map_err(|e| Failure::core(what(), &e))?;
    let target = resolve::framework_spec(spec)?;
    let mapping = args.mapping.as_deref().map(resolve::mapping_file).transpose()?;
    let profile = match args.target.as_deref() {
        Some(id) => Some(
            target.profile(id).ok_or_else(|| Failure::core(what(), &kalkan::Error::UnknownProfile { profile: id.to_string(), known: target.profile_ids() }))?,
        ),
        None => None,
    };
    let projection = kalkan::project(&source, &a, &target, mapping.as_ref(), profile).map_err(|e| {
        let about = match (e.document(), &args.mapping) {
            (Some(DocumentKind::Mapping), Some(path)) => format!("`{}`", path.display()),
            _ => what(),
        };
        Failure::core(about, &e)
    })?;
    let view = View::new(&projection.report, target.framework(), None, args.lang);
    let text = match args.format {
        Format::Json => render::json(&projection)?,
        Format::Text | Format::Md => {
            let md = args.format == Format::Md;
            let mut out = versions::projection_header(args.lang, &projection, md);
            out.push('\n');
            out.push_str(&render::render(&view, args.format)?);
            out.push_str(&versions::projection_details(args.lang, &projection, md));
            out
        }
        Format::Csv | Format::Html | Format::Parquet => return Err(Failure::Usage("--project-onto writes text, json or md".into())),
    };
    if args.html.is_some() {
        return Err(Failure::Usage("--project-onto writes text, json or md".into()));
    }
    output::emit(args.output.as_deref(), &text, Shown::text_if(args.format == Format::Text))?;
    Ok(0)
}

/// A progress bar on standard error when it is a terminal (hidden otherwise, and for one file).
fn progress_bar(total: usize, what: &'static str) -> ProgressBar {
    if total < 2 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new(u64::try_from(total).unwrap_or(u64::MAX));
    let style = ProgressStyle::with_template("{msg:8} {bar:40} {pos}/{len} ({eta} left)").unwrap_or_else(|_| ProgressStyle::default_bar());
    pb.set_style(style);
    pb.set_message(what);
    pb
}

/// A scored assessment: its file, the framework it was scored against, and the report.
type Scored<'p> = (&'p Path, Arc<CompiledFramework>, Report);

/// What a batch scores each assessment into: a report, or (for JSON output) the report's text.
enum Done<'p> {
    Report(Box<Scored<'p>>),
    Json(String),
}

/// The assessments (with their input positions) scored against one framework.
type Group<'p> = (Arc<CompiledFramework>, Vec<(usize, &'p Pending)>);

fn many(args: &ScoreArgs, format: BatchFormat, frameworks: &FrameworkSource, pending: &[Pending], mut failures: Vec<Failure>) -> Result<u8, Failure> {
    let pb = progress_bar(pending.len(), "scoring");
    let what = |p: &Pending| format!("`{}`", p.path.display());
    // Each outcome with its input's position, to put them back in input order.
    let mut outcomes: Vec<(usize, Result<Done, Failure>)> = Vec::with_capacity(pending.len());
    // Assessments grouped by the framework they are scored against, so each group is one batch.
    let mut groups: Vec<Group> = Vec::new();
    for (i, p) in pending.iter().enumerate() {
        match Assessment::from_json(&p.text).and_then(|a| frameworks.for_assessment(&a)) {
            Ok(fw) => match groups.iter_mut().find(|(g, _)| Arc::ptr_eq(g, &fw)) {
                Some((_, members)) => members.push((i, p)),
                None => groups.push((fw, vec![(i, p)])),
            },
            Err(e) => {
                outcomes.push((i, Err(Failure::core(what(p), &e))));
                pb.inc(1);
            }
        }
    }
    for (fw, members) in &groups {
        for chunk in members.chunks(CHUNK) {
            let texts: Vec<&str> = chunk.iter().map(|(_, p)| p.text.as_str()).collect();
            let target = args.target.as_deref();
            let scored: Vec<kalkan::Result<Done>> = match format {
                // JSON needs no report: the core writes each one's text straight from its scores.
                BatchFormat::Json => fw.report_json_batch(&texts, target, JsonLayout::Pretty).into_iter().map(|r| r.map(Done::Json)).collect(),
                BatchFormat::Csv | BatchFormat::Text => fw
                    .score_batch(&texts, target)
                    .into_iter()
                    .zip(chunk)
                    .map(|(r, (_, p))| r.map(|r| Done::Report(Box::new((p.path.as_path(), fw.clone(), r)))))
                    .collect(),
            };
            for (&(i, p), result) in chunk.iter().zip(scored) {
                outcomes.push((i, result.map_err(|e| Failure::core(what(p), &e))));
            }
            pb.inc(u64::try_from(chunk.len()).unwrap_or(0));
        }
    }
    pb.finish_and_clear();
    outcomes.sort_by_key(|(i, _)| *i);

    let (mut reports, mut texts): (Vec<Scored>, Vec<String>) = (Vec::new(), Vec::new());
    for (_, outcome) in outcomes {
        match outcome {
            Ok(Done::Report(scored)) => reports.push(*scored),
            Ok(Done::Json(text)) => texts.push(text),
            Err(f) => failures.push(f),
        }
    }
    let done = reports.len() + texts.len();

    let text = match format {
        BatchFormat::Json => render::json_array(&texts),
        BatchFormat::Csv => {
            let rows: Vec<(String, Vec<kalkan::GroupRow>)> = reports.iter().map(|(p, _, r)| (p.display().to_string(), r.rows())).collect();
            csv::render_batch(&rows)
        }
        BatchFormat::Text => summary_table(args, &reports),
    };
    output::emit(args.output.as_deref(), &text, Shown::text_if(matches!(format, BatchFormat::Text)))?;
    let total = done + failures.len();
    let worst = report_failures(&failures);
    if worst.is_some() {
        let counts = [("scored", Arg::from(done)), ("total", Arg::from(total)), ("failed", Arg::from(failures.len()))];
        output::eprintln(&l10n::message(args.lang.code(), "score-batch-summary", &counts));
    }
    Ok(worst.unwrap_or(0))
}

/// Prints every failure to standard error; returns the highest exit code among them.
fn report_failures(failures: &[Failure]) -> Option<u8> {
    for f in failures {
        output::eprint(&f.render());
    }
    failures.iter().map(Failure::exit_code).max()
}

/// One line per assessment: who, against what, the headline result, completeness, gaps.
fn summary_table(args: &ScoreArgs, reports: &[Scored]) -> String {
    let l = args.lang;
    let rows: Vec<Vec<String>> = reports
        .iter()
        .map(|(path, fw, r)| {
            let v = View::new(r, fw.framework(), None, l);
            // The report's headline is the effective one (the index for a framework without levels).
            let result = match r.headline {
                Headline::Level => l.labelled(l.t("level"), &v.level_label(r.root.level)),
                Headline::Compliance => l.labelled(l.t("compliance"), &v.pct(r.root.compliance)),
                Headline::Index => l.labelled(l.t("index"), &v.index(r.root.index)),
            };
            let gaps = r.gaps.as_ref().map_or_else(String::new, |g| g.controls.len().to_string());
            vec![
                path.display().to_string(),
                r.subject.name.clone(),
                format!("{} {}", r.framework.id, r.framework.version),
                result,
                v.completeness(r.root.completeness),
                gaps,
            ]
        })
        .collect();
    let header = [l.t("file"), l.t("subject"), l.t("framework"), l.t("result"), l.t("completeness"), l.t("gap-count")];
    let align = [Align::Start, Align::Start, Align::Start, Align::Start, Align::End, Align::End];
    layout(&header, &rows, &align, "")
}

/// A batch scored as a stream, in parallel, in constant memory: JSON Lines inputs (files, `-`),
/// folders and files, into csv, json or parquet written as results arrive (text collects the
/// summary lines). The framework is the one given with `--framework`, else the built-in one
/// each assessment names.
fn stream(args: &ScoreArgs) -> Result<u8, Failure> {
    use std::io::Write as _;
    if matches!(args.format, Format::Md | Format::Html) || args.html.is_some() {
        return Err(batch_refusal());
    }
    let forced = args.framework.as_deref().map(resolve::framework_file).transpose()?;
    let mut scorer = kalkan::StreamScorer::new(resolve::source(forced)).profile(args.target.clone());
    if let Some(j) = args.jobs {
        scorer = scorer.workers(j);
    }
    enum Sink {
        Parquet(Box<render::parquet::RowsWriter<std::io::BufWriter<std::fs::File>>>),
        Lines(Box<dyn std::io::Write>),
        Text(Vec<(PathBuf, Arc<CompiledFramework>, Report)>),
    }
    let mut atomic = match &args.output {
        Some(p) => Some(files::AtomicFile::create(p)?),
        None if args.format == Format::Parquet => return Err(Failure::Usage(l10n::message(args.lang.code(), "parquet-needs-file", &[]))),
        None => None,
    };
    let io = |e: std::io::Error| Failure::Io(l10n::message(args.lang.code(), "review-cannot-write", &[("reason", Arg::from(e.to_string()))]));
    let mut sink = match (args.format, atomic.as_mut()) {
        (Format::Parquet, Some(f)) => Sink::Parquet(Box::new(render::parquet::RowsWriter::new(std::io::BufWriter::new(f.file().try_clone().map_err(io)?))?)),
        (Format::Text, _) => Sink::Text(Vec::new()),
        (_, Some(f)) => Sink::Lines(Box::new(std::io::BufWriter::new(f.file().try_clone().map_err(io)?))),
        (_, None) => Sink::Lines(Box::new(std::io::BufWriter::new(std::io::stdout()))),
    };
    let json = args.format == Format::Json;
    if let Sink::Lines(w) = &mut sink {
        let head = if json {
            "[\n".to_string()
        } else {
            let mut h = String::new();
            csv::line(&mut h, csv::header(std::iter::once("file").chain(csv::COLUMNS)));
            h
        };
        w.write_all(head.as_bytes()).map_err(io)?;
    }
    let (mut scored, mut failed, mut first) = (0usize, 0usize, true);
    let result = scorer.run(
        crate::inputs::items(&args.inputs),
        |_, outcome| outcome,
        |label, outcome| -> Result<(), Failure> {
            let (fw, report) = match outcome {
                Ok(x) => x,
                Err(e) => {
                    failed += 1;
                    output::eprint(&Failure::core(format!("`{label}`"), &e).render());
                    return Ok(());
                }
            };
            scored += 1;
            match &mut sink {
                Sink::Parquet(w) => w.push(&label, &report.rows())?,
                Sink::Lines(w) if json => {
                    let text = serde_json::to_string_pretty(&report).map_err(|e| Failure::Io(e.to_string()))?;
                    let sep = if first { "" } else { ",\n" };
                    w.write_all(format!("{sep}{text}").as_bytes()).map_err(io)?;
                }
                Sink::Lines(w) => {
                    let mut out = String::new();
                    for row in report.rows() {
                        csv::line(&mut out, std::iter::once(csv::text(label.clone())).chain(csv::values(&row)));
                    }
                    w.write_all(out.as_bytes()).map_err(io)?;
                }
                Sink::Text(all) => all.push((PathBuf::from(label), fw, report)),
            }
            first = false;
            Ok(())
        },
    );
    result?;
    match sink {
        Sink::Parquet(w) => w.finish()?,
        Sink::Lines(mut w) => {
            if json {
                w.write_all(if first { b"]\n" } else { b"\n]\n" }).map_err(io)?;
            }
            w.flush().map_err(io)?;
        }
        Sink::Text(all) => {
            let refs: Vec<Scored> = all.iter().map(|(p, fw, r)| (p.as_path(), fw.clone(), r.clone())).collect();
            let text = summary_table(args, &refs);
            match atomic.as_mut() {
                Some(f) => f.file().write_all(text.as_bytes()).map_err(io)?,
                None => output::stdout(&text, Shown::Text)?,
            }
        }
    }
    if let Some(f) = atomic {
        let path = f.path().to_path_buf();
        f.finish()?;
        output::eprintln(&output::wrote(&path));
    }
    if failed > 0 {
        output::eprintln(&l10n::message(args.lang.code(), "review-failed", &[("failed", Arg::from(failed)), ("total", Arg::from(scored + failed))]));
        return Ok(crate::failure::EXIT_INVALID);
    }
    Ok(0)
}
