//! `kalkan anonymize`: assessments without the subject's name (a pseudonym instead), the
//! assessor, notes, evidence, answer times and merge records, with dates coarsened; country and
//! sector only when allowed. JSON Lines in, JSON Lines or a folder of files out, streamed.

use std::io::Write as _;

use kalkan::{AnonymizeOptions, Assessment, DatePrecision};

use crate::args::{AnonymizeArgs, DatesArg};
use crate::failure::{Failure, EXIT_INVALID};
use crate::files;
use crate::inputs;
use crate::render::review::Words;

pub fn run(args: &AnonymizeArgs) -> Result<u8, Failure> {
    crate::failure::set_language(args.lang);
    let w = Words(args.lang);
    let options = AnonymizeOptions {
        keep_country: args.keep_country,
        keep_sector: args.keep_sector,
        dates: match args.dates {
            DatesArg::Month => DatePrecision::Month,
            DatesArg::Year => DatePrecision::Year,
        },
    };
    let to_lines = inputs::is_lines(&args.output);
    let io = |e: std::io::Error| Failure::Io(w.f("review-cannot-write", &[("reason", kalkan::l10n::Arg::from(e.to_string()))]));
    let mut atomic = if to_lines && args.output.as_os_str() != "-" { Some(files::AtomicFile::create(&args.output)?) } else { None };
    let mut lines: Option<Box<dyn std::io::Write>> = match (&mut atomic, to_lines) {
        (Some(f), _) => Some(Box::new(std::io::BufWriter::new(f.file().try_clone().map_err(io)?))),
        (None, true) => Some(Box::new(std::io::BufWriter::new(std::io::stdout()))),
        (None, false) => None,
    };
    let (mut written, mut failed) = (0usize, 0usize);
    for item in inputs::items(&args.inputs) {
        let a = item.text.and_then(|t| Assessment::from_json(&t));
        let a = match a {
            Ok(a) => a,
            Err(e) => {
                failed += 1;
                crate::output::eprint(&Failure::core(format!("`{}`", item.label), &e).render());
                continue;
            }
        };
        written += 1;
        let pseudonym = format!("subject-{written:06}");
        let out = kalkan::anonymize(&a, &pseudonym, &options);
        match &mut lines {
            Some(w) => {
                let text = serde_json::to_string(&out).map_err(|e| Failure::Io(e.to_string()))?;
                w.write_all(text.as_bytes()).and_then(|()| w.write_all(b"\n")).map_err(io)?;
            }
            None => {
                let text = crate::render::json(&out)?;
                files::write_atomic(&args.output.join(format!("{pseudonym}.json")), text.as_bytes())?;
            }
        }
    }
    if let Some(mut w) = lines {
        w.flush().map_err(io)?;
    }
    if let Some(f) = atomic {
        f.finish()?;
    }
    crate::output::eprintln(&w.f("review-anonymized", &[("count", kalkan::l10n::Arg::from(written))]));
    Ok(if failed > 0 { EXIT_INVALID } else { 0 })
}
