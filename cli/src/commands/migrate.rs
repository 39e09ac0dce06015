//! `kalkan migrate ASSESSMENT --to ID@REQ [--mapping FILE] -o OUT`: the assessment moved to
//! another framework version or framework by the core's migration rules, and the report of what
//! was carried, what is to be reviewed and what is new.

use kalkan::{Assessment, DocumentKind};

use crate::args::{ChangeFormat, MigrateArgs};
use crate::failure::Failure;
use crate::files;
use crate::output::{self, Shown};
use crate::render::{json, versions};
use crate::resolve;

pub fn run(args: &MigrateArgs) -> Result<u8, Failure> {
    let what = format!("`{}`", args.assessment.display());
    let text = files::read_text(&args.assessment, kalkan::DocumentKind::Assessment)?;
    let a = Assessment::from_json(&text).map_err(|e| Failure::core(what.clone(), &e))?;
    let forced = args.framework.as_deref().map(resolve::framework_file).transpose()?;
    let source = resolve::source(forced).for_assessment(&a).map_err(|e| Failure::core(what.clone(), &e))?;
    let target = resolve::framework_spec(&args.to)?;
    let mapping = args.mapping.as_deref().map(resolve::mapping_file).transpose()?;
    let migration = kalkan::migrate(&source, &a, &target, mapping.as_ref()).map_err(|e| {
        let about = match (e.document(), &args.mapping) {
            (Some(DocumentKind::Mapping), Some(path)) => format!("`{}`", path.display()),
            _ => what.clone(),
        };
        Failure::core(about, &e)
    })?;
    // Everything is rendered before anything is written.
    let lang = args.lang;
    let report = match args.format {
        ChangeFormat::Text => versions::migration_text(lang, &migration.report, &a),
        ChangeFormat::Json => json(&migration.report)?,
        ChangeFormat::Md => versions::migration_markdown(lang, &migration.report, &a),
    };
    let assessment = json(&migration.assessment)?;
    output::emit(Some(&args.output), &assessment, Shown::Data)?;
    output::emit(args.report.as_deref(), &report, Shown::text_if(args.format == ChangeFormat::Text))?;
    Ok(0)
}
