//! `kalkan diff OLD NEW [--check]`: the changes between two versions of a framework, each
//! classified by the core's rule, and whether the version step is large enough.

use kalkan::Error;

use crate::args::{ChangeFormat, DiffArgs};
use crate::failure::{Failure, EXIT_INVALID};
use crate::output::{self, Shown};
use crate::render::json;
use crate::resolve;

pub fn run(args: &DiffArgs) -> Result<u8, Failure> {
    let old = resolve::framework_spec(&args.old)?;
    let new = resolve::framework_spec(&args.new)?;
    let lang = args.lang.code();
    if old.id() != new.id() {
        let e = Error::DifferentFrameworks { old: format!("{}@{}", old.id(), old.version()), new: format!("{}@{}", new.id(), new.version()) };
        return Err(Failure::Rejected { what: e.message_in(lang), problems: Vec::new() });
    }
    if let Some(path) = &args.generate_mapping {
        let mapping = kalkan::generate_mapping(&old, &new);
        output::emit(Some(path), &json(&mapping)?, Shown::Data)?;
        return Ok(0);
    }
    let mapping = args.mapping.as_deref().map(resolve::mapping_file).transpose()?;
    let d = kalkan::diff(&old, &new, mapping.as_ref());
    let text = match args.format {
        ChangeFormat::Text => kalkan::diff_text(lang, &d),
        ChangeFormat::Json => json(&d)?,
        ChangeFormat::Md => kalkan::changelog_markdown(lang, &d, &new.framework().title),
    };
    output::emit(args.output.as_deref(), &text, Shown::text_if(args.format == ChangeFormat::Text))?;
    if args.check && !d.check.ok {
        // The text output already says it; the other formats say it on standard error.
        if args.format != ChangeFormat::Text || args.output.is_some() {
            output::eprintln(&kalkan::check_message(lang, &d));
            for v in kalkan::violation_messages(lang, &d) {
                output::eprintln(&format!("  - {v}"));
            }
        }
        return Ok(EXIT_INVALID);
    }
    Ok(0)
}
