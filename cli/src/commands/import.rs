//! `kalkan import oscal-catalog|oscal-profile|ciso-assistant`: frameworks from OSCAL and CISO
//! Assistant libraries, with the import report (counts, withdrawn controls, warnings) as data
//! (`--report`) and a summary on standard error; `kalkan import ciso-mapping`: mapping documents
//! from a CISO Assistant mapping library; `kalkan import xlsx`: an assessment from a filled
//! questionnaire workbook.

use kalkan::l10n::{self, Arg};
use kalkan::{CisoOptions, DocumentKind, ImportReport, ImportScale, OscalOptions};

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::args::{CisoArgs, CisoMappingArgs, ImportCommand, ImportXlsxArgs, OscalArgs, ScaleArg};
use crate::failure::Failure;
use crate::files;
use crate::output::{self, Shown};
use crate::render::json;
use crate::resolve;

fn options(a: &OscalArgs) -> OscalOptions {
    let scale = match a.scale {
        ScaleArg::Implementation => ImportScale::Implementation,
        ScaleArg::YesNoNa => ImportScale::YesNoNa,
    };
    OscalOptions { id: a.id.clone(), version: a.version.clone(), scale }
}

/// The framework must be valid before anything is written: the import's own rules, then the
/// framework's.
fn checked(framework: &kalkan::Framework, about: &str) -> Result<(), Failure> {
    let problems = kalkan::validate_framework(framework);
    if problems.is_empty() {
        return Ok(());
    }
    Err(Failure::core(about.to_string(), &kalkan::Error::Invalid { document: DocumentKind::Framework, problems }))
}

fn summary(a: &OscalArgs, report: &ImportReport) {
    let lang = a.lang.code();
    let args = [
        ("controls", Arg::from(report.controls as f64)),
        ("groups", Arg::from(report.groups as f64)),
        ("withdrawn", Arg::from(report.withdrawn.len() as f64)),
        ("warnings", Arg::from(report.warnings.len() as f64)),
    ];
    output::eprintln(&l10n::message(lang, "import-summary", &args));
}

fn ciso(a: &CisoArgs) -> Result<(), Failure> {
    crate::failure::set_language(a.lang);
    let about = format!("`{}`", a.library.display());
    let text = files::read_text(&a.library, DocumentKind::Framework)?;
    let options = CisoOptions { id: a.id.clone(), version: a.version.clone(), meets_from: a.meets_from };
    let imported = kalkan::import_ciso_library(&text, &options).map_err(|e| Failure::core(about.clone(), &e))?;
    checked(&imported.framework, &about)?;
    // Everything is rendered before anything is written.
    let framework = json(&imported.framework)?;
    let report = json(&imported.report)?;
    output::emit(Some(&a.output), &framework, Shown::Data)?;
    if let Some(path) = &a.report {
        output::emit(Some(path), &report, Shown::Data)?;
    }
    let lang = a.lang.code();
    let r = &imported.report;
    if let Some(locale) = &r.english_fallback {
        output::eprintln(&l10n::message(lang, "import-ciso-no-english", &[("locale", Arg::from(locale.clone()))]));
    }
    let args = [
        ("controls", Arg::from(r.controls as f64)),
        ("groups", Arg::from(r.groups as f64)),
        ("notes", Arg::from(r.notes as f64)),
        ("renamed", Arg::from(r.renamed.len() as f64)),
        ("warnings", Arg::from(r.warnings.len() as f64)),
    ];
    output::eprintln(&l10n::message(lang, "import-ciso-summary", &args));
    Ok(())
}

/// Where each mapping of a library goes: `output` itself for a library of one set (unless it is
/// an existing directory), else one file per set in the directory `output`, named after the
/// frameworks it maps (`<source>-to-<target>.mapping.json`, `-2`, `-3`... on a clash).
fn mapping_paths(output: &Path, mappings: &[kalkan::Mapping]) -> Vec<PathBuf> {
    if mappings.len() == 1 && !output.is_dir() {
        return vec![output.to_path_buf()];
    }
    let mut used = HashSet::new();
    mappings
        .iter()
        .map(|m| {
            let stem = format!("{}-to-{}", m.source.id, m.target.id);
            let mut name = format!("{stem}.mapping.json");
            let mut i = 2;
            while !used.insert(name.clone()) {
                name = format!("{stem}-{i}.mapping.json");
                i += 1;
            }
            output.join(name)
        })
        .collect()
}

/// A CISO Assistant mapping library into mapping documents, its framework libraries read first:
/// nothing is written unless every library reads and every mapping keeps its own rules.
fn ciso_mapping(a: &CisoMappingArgs) -> Result<(), Failure> {
    crate::failure::set_language(a.lang);
    let about = format!("`{}`", a.library.display());
    let text = files::read_text(&a.library, DocumentKind::Mapping)?;
    let mut frameworks = Vec::with_capacity(a.frameworks.len());
    for path in &a.frameworks {
        let fw = files::read_text(path, DocumentKind::Framework)?;
        let imported = kalkan::import_ciso_library(&fw, &CisoOptions::default()).map_err(|e| Failure::core(format!("`{}`", path.display()), &e))?;
        frameworks.push(imported);
    }
    let refs: Vec<&kalkan::CisoImport> = frameworks.iter().collect();
    let imported = kalkan::import_ciso_mapping(&text, &refs).map_err(|e| Failure::core(about.clone(), &e))?;
    for m in &imported.mappings {
        let problems = kalkan::validate_mapping(m);
        if !problems.is_empty() {
            return Err(Failure::core(about, &kalkan::Error::Invalid { document: DocumentKind::Mapping, problems }));
        }
    }
    // Everything is rendered before anything is written.
    let texts = imported.mappings.iter().map(json).collect::<Result<Vec<_>, _>>()?;
    let report = json(&imported.report)?;
    for (path, text) in mapping_paths(&a.output, &imported.mappings).iter().zip(&texts) {
        output::emit(Some(path), text, Shown::Data)?;
    }
    if let Some(path) = &a.report {
        output::emit(Some(path), &report, Shown::Data)?;
    }
    let lang = a.lang.code();
    for (m, set) in imported.mappings.iter().zip(&imported.report.sets) {
        let side = |f: &kalkan::MappedFramework| Arg::from(format!("{}@{}", f.id, f.version));
        let args = [
            ("source", side(&m.source)),
            ("target", side(&m.target)),
            ("read", Arg::from(set.read as f64)),
            ("maps", Arg::from(set.maps as f64)),
            ("left", Arg::from(set.read.saturating_sub(set.maps) as f64)),
            ("sources", Arg::from(set.maps.saturating_sub(set.resolved_sources) as f64)),
            ("targets", Arg::from(set.maps.saturating_sub(set.resolved_targets) as f64)),
        ];
        output::eprintln(&l10n::message(lang, "import-ciso-mapping-set", &args));
        for (urn, resolved) in [(&set.source_framework_urn, set.resolved_sources), (&set.target_framework_urn, set.resolved_targets)] {
            if resolved == 0 && set.maps > 0 {
                output::eprintln(&l10n::message(lang, "import-ciso-mapping-unresolved", &[("urn", Arg::from(urn.clone()))]));
            }
        }
    }
    let args = [("sets", Arg::from(imported.mappings.len() as f64)), ("warnings", Arg::from(imported.report.warnings.len() as f64))];
    output::eprintln(&l10n::message(lang, "import-ciso-mapping-summary", &args));
    Ok(())
}

pub fn run(command: &ImportCommand) -> Result<u8, Failure> {
    match command {
        ImportCommand::CisoAssistant(a) => ciso(a)?,
        ImportCommand::CisoMapping(a) => ciso_mapping(a)?,
        ImportCommand::OscalCatalog(a) => {
            crate::failure::set_language(a.oscal.lang);
            let about = format!("`{}`", a.catalog.display());
            let text = files::read_text(&a.catalog, DocumentKind::Framework)?;
            let imported = kalkan::import_oscal_catalog(&text, &options(&a.oscal)).map_err(|e| Failure::core(about.clone(), &e))?;
            checked(&imported.framework, &about)?;
            // Everything is rendered before anything is written.
            let framework = json(&imported.framework)?;
            let report = json(&imported.report)?;
            output::emit(Some(&a.output), &framework, Shown::Data)?;
            if let Some(path) = &a.oscal.report {
                output::emit(Some(path), &report, Shown::Data)?;
            }
            summary(&a.oscal, &imported.report);
        }
        ImportCommand::OscalProfile(a) => {
            crate::failure::set_language(a.oscal.lang);
            let about = format!("`{}`", a.profile.display());
            let profile = files::read_text(&a.profile, DocumentKind::Framework)?;
            let catalog = files::read_text(&a.catalog, DocumentKind::Framework)?;
            let imported =
                kalkan::import_oscal_profile(&profile, &catalog, &options(&a.oscal), a.restricted.is_some()).map_err(|e| Failure::core(about.clone(), &e))?;
            checked(&imported.framework, &about)?;
            if let Some(r) = &imported.restricted {
                checked(r, &about)?;
            }
            let framework = json(&imported.framework)?;
            let restricted = imported.restricted.as_ref().map(json).transpose()?;
            let report = json(&imported.report)?;
            output::emit(Some(&a.output), &framework, Shown::Data)?;
            if let (Some(path), Some(r)) = (&a.restricted, &restricted) {
                output::emit(Some(path), r, Shown::Data)?;
            }
            if let Some(path) = &a.oscal.report {
                output::emit(Some(path), &report, Shown::Data)?;
            }
            let lang = a.oscal.lang.code();
            let targets = [("profile", Arg::from(imported.profile.clone())), ("targets", Arg::from(imported.targets.len() as f64))];
            output::eprintln(&l10n::message(lang, "import-profile-summary", &targets));
            summary(&a.oscal, &imported.report);
        }
        ImportCommand::Xlsx(a) => xlsx(a)?,
    }
    Ok(0)
}

/// A filled workbook into an assessment: nothing is written unless every cell is good.
fn xlsx(a: &ImportXlsxArgs) -> Result<(), Failure> {
    crate::failure::set_language(a.lang);
    let about = format!("`{}`", a.workbook.display());
    let forced = a.framework.as_deref().map(resolve::framework_file).transpose()?;
    let bytes = files::read_bytes(&a.workbook, DocumentKind::Assessment)?;
    let imported = kalkan::import_xlsx(&bytes, &resolve::source(forced)).map_err(|e| Failure::core(about.clone(), &e))?;
    let assessment = json(&imported.assessment)?;
    let report = json(&imported.report)?;
    output::emit(Some(&a.output), &assessment, Shown::Data)?;
    if let Some(path) = &a.report {
        output::emit(Some(path), &report, Shown::Data)?;
    }
    let args = [
        ("answered", Arg::from(imported.report.answered as f64)),
        ("controls", Arg::from(imported.report.controls as f64)),
        ("warnings", Arg::from(imported.report.warnings.len() as f64)),
    ];
    output::eprintln(&l10n::message(a.lang.code(), "xlsx-import-summary", &args));
    Ok(())
}
