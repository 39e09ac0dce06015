//! `kalkan score`: one assessment into a report, or many into one combined output.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressStyle};
use kalkan::{Assessment, CompiledFramework, Headline, Report};

use crate::args::ScoreArgs;
use crate::failure::{plural, Failure, EXIT_INVALID};
use crate::files::{self, Kind};
use crate::i18n::Ui;
use crate::output;
use crate::render::table::{layout, Align};
use crate::render::{self, csv, html, Format, View};
use crate::resolve::{self, Frameworks};

/// Assessments handed to the core's parallel batch scorer at a time (between progress updates).
/// The core scores in parallel from 64 assessments on.
const CHUNK: usize = 512;

/// An assessment file waiting to be scored.
struct Pending {
    path: PathBuf,
    text: String,
}

pub fn run(args: &ScoreArgs) -> Result<u8, Failure> {
    let forced = args.framework.as_deref().map(resolve::framework_file).transpose()?;
    let (paths, any_dir) = files::expand(&args.inputs);
    let mut frameworks = Frameworks::new(forced);
    let mut failures: Vec<Failure> = Vec::new();
    let mut pending: Vec<Pending> = Vec::new();
    let pb = progress_bar(paths.len(), "reading");
    for path in paths {
        pb.inc(1);
        let text = match files::read_text(&path) {
            Ok(t) => t,
            Err(f) => {
                failures.push(f);
                continue;
            }
        };
        match files::detect(&text, &path) {
            Ok(Kind::Assessment) => pending.push(Pending { path, text }),
            Ok(Kind::Framework) => {
                if let Err(e) = CompiledFramework::from_json(&text).and_then(|c| frameworks.add_local(c)) {
                    failures.push(Failure::core(format!("`{}`", path.display()), &e));
                }
            }
            Err(p) => failures.push(Failure::Rejected { what: format!("`{}`: not a framework or an assessment", path.display()), problems: vec![p] }),
        }
    }

    let batch = any_dir || pending.len() > 1;
    pb.finish_and_clear();
    if !batch {
        if let Some(worst) = report_failures(&failures) {
            return Ok(worst);
        }
        let Some(one) = pending.first() else {
            return Err(Failure::Usage("no assessment among the inputs".into()));
        };
        return single(args, &frameworks, one);
    }
    if matches!(args.format, Format::Md | Format::Html) || args.html.is_some() {
        return Err(Failure::Usage(
            "Markdown and HTML reports are for one assessment; for several use --format csv, json or text (or score each file on its own)".into(),
        ));
    }
    many(args, &frameworks, pending, failures)
}

fn single(args: &ScoreArgs, frameworks: &Frameworks, p: &Pending) -> Result<u8, Failure> {
    let what = || format!("`{}`", p.path.display());
    let a = Assessment::from_json(&p.text).map_err(|e| Failure::core(what(), &e))?;
    let fw = frameworks.for_assessment(&a).map_err(|e| Failure::core(what(), &e))?;
    let report = fw.score(&a, args.target.as_deref()).map_err(|e| Failure::core(what(), &e))?;
    let view = View::new(&report, fw.framework(), Some(&a), args.lang);
    // Everything is rendered before anything is written.
    let main = render::render(&view, args.format)?;
    let html = args.html.as_ref().map(|path| (path, html::render(&view)));
    if let Some((path, page)) = html {
        output::emit(Some(path), &page)?;
    }
    output::emit(args.output.as_deref(), &main)?;
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

fn many(args: &ScoreArgs, frameworks: &Frameworks, pending: Vec<Pending>, mut failures: Vec<Failure>) -> Result<u8, Failure> {
    let pb = progress_bar(pending.len(), "scoring");
    let mut results: Vec<Option<Result<Report, Failure>>> = pending.iter().map(|_| None).collect();
    let mut used: Vec<Option<Arc<CompiledFramework>>> = pending.iter().map(|_| None).collect();
    // Assessments grouped by the framework they are scored against, so each group is one batch.
    let mut groups: Vec<(Arc<CompiledFramework>, Vec<usize>)> = Vec::new();
    for (i, p) in pending.iter().enumerate() {
        let what = || format!("`{}`", p.path.display());
        let fw = Assessment::from_json(&p.text).and_then(|a| frameworks.for_assessment(&a));
        match fw {
            Ok(fw) => {
                if let Some(u) = used.get_mut(i) {
                    *u = Some(fw.clone());
                }
                match groups.iter_mut().find(|(g, _)| Arc::ptr_eq(g, &fw)) {
                    Some((_, members)) => members.push(i),
                    None => groups.push((fw, vec![i])),
                }
            }
            Err(e) => {
                if let Some(r) = results.get_mut(i) {
                    *r = Some(Err(Failure::core(what(), &e)));
                }
                pb.inc(1);
            }
        }
    }
    for (fw, members) in &groups {
        for chunk in members.chunks(CHUNK) {
            let texts: Vec<&str> = chunk.iter().filter_map(|&i| pending.get(i)).map(|p| p.text.as_str()).collect();
            let scored = fw.score_batch(&texts, args.target.as_deref());
            for (&i, result) in chunk.iter().zip(scored) {
                let path = pending.get(i).map(|p| p.path.display().to_string()).unwrap_or_default();
                if let Some(r) = results.get_mut(i) {
                    *r = Some(result.map_err(|e| Failure::core(format!("`{path}`"), &e)));
                }
            }
            pb.inc(u64::try_from(chunk.len()).unwrap_or(0));
        }
    }
    pb.finish_and_clear();

    let mut reports: Vec<(&Path, Arc<CompiledFramework>, Report)> = Vec::new();
    for ((p, result), fw) in pending.iter().zip(results).zip(used) {
        match (result, fw) {
            (Some(Ok(report)), Some(fw)) => reports.push((&p.path, fw, report)),
            (Some(Err(f)), _) => failures.push(f),
            _ => failures.push(Failure::Io(format!("`{}` was not scored", p.path.display()))),
        }
    }

    let text = match args.format {
        Format::Json => render::json(&reports.iter().map(|(_, _, r)| r).collect::<Vec<_>>())?,
        Format::Csv => {
            let rows: Vec<(String, Vec<kalkan::GroupRow>)> = reports.iter().map(|(p, _, r)| (p.display().to_string(), r.rows())).collect();
            csv::render_batch(&rows)
        }
        Format::Text | Format::Md | Format::Html => summary_table(args, &reports),
    };
    output::emit(args.output.as_deref(), &text)?;
    let total = reports.len() + failures.len();
    let worst = report_failures(&failures);
    if worst.is_some() {
        eprintln!("scored {} of {total} file{}; {} failed", reports.len(), plural(total), failures.len());
    }
    Ok(worst.unwrap_or(0))
}

/// Prints every failure to standard error; returns the highest exit code among them.
fn report_failures(failures: &[Failure]) -> Option<u8> {
    for f in failures {
        eprint!("{}", f.render());
    }
    failures.iter().map(Failure::exit_code).max().map(|c| c.max(EXIT_INVALID))
}

/// One line per assessment: who, against what, the headline result, completeness, gaps.
fn summary_table(args: &ScoreArgs, reports: &[(&Path, Arc<CompiledFramework>, Report)]) -> String {
    let l = args.lang;
    let rows: Vec<Vec<String>> = reports
        .iter()
        .map(|(path, fw, r)| {
            let v = View::new(r, fw.framework(), None, l);
            let result = match r.headline {
                Headline::Level if !fw.framework().levels.is_empty() => l.labelled(l.t(Ui::Level), &v.level_label(r.root.level)),
                Headline::Compliance => l.labelled(l.t(Ui::Compliance), &v.pct(r.root.compliance)),
                Headline::Level | Headline::Index => l.labelled(l.t(Ui::Index), &v.index(r.root.index)),
            };
            let gaps = r.gaps.as_ref().map_or_else(String::new, |g| g.controls.len().to_string());
            vec![
                path.display().to_string(),
                r.subject.name.clone(),
                format!("{} {}", r.framework.id, r.framework.version),
                result,
                v.completeness(&r.root),
                gaps,
            ]
        })
        .collect();
    let header = [l.t(Ui::Files), l.t(Ui::Subject), l.t(Ui::Framework), l.t(Ui::Result), l.t(Ui::Completeness), l.t(Ui::GapCount)];
    let align = [Align::Start, Align::Start, Align::Start, Align::Start, Align::End, Align::End];
    layout(&header, &rows, &align, "")
}
