//! `kalkan export xlsx`: a questionnaire workbook of a framework, or of an assessment with its
//! answers filled in (the core's `export_xlsx`).

use std::path::Path;
use std::sync::Arc;

use kalkan::{Assessment, CompiledFramework, DocumentKind};

use crate::args::{ExportCommand, ExportXlsxArgs};
use crate::failure::{self, Failure};
use crate::files;
use crate::output;
use crate::resolve;

pub fn run(command: &ExportCommand) -> Result<u8, Failure> {
    match command {
        ExportCommand::Xlsx(a) => xlsx(a),
    }
}

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
