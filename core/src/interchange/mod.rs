//! Interchange with the formats people already hold: OSCAL catalogs and profiles in ([`oscal`]),
//! OSCAL assessment results and POA&M out ([`oscal_export`]); questionnaire workbooks out and back
//! in ([`xlsx`], feature `xlsx`); CISO Assistant libraries in ([`ciso`], feature `yaml`).

#[cfg(feature = "yaml")]
pub(crate) mod ciso;
pub(crate) mod oscal;
pub(crate) mod oscal_export;
#[cfg(feature = "xlsx")]
pub(crate) mod xlsx;

use schemars::JsonSchema;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::model::framework::Framework;

/// The formats a framework file can come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum FrameworkFormat {
    /// Kalkan's own framework JSON.
    Kalkan,
    /// An OSCAL catalog (JSON): a JSON object with a top-level `catalog`.
    OscalCatalog,
    /// A CISO Assistant library (YAML): a top-level `objects:` key (imported with the `yaml` feature).
    CisoAssistant,
}

/// The report of an import, by format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(untagged)]
pub enum AnyImportReport {
    /// An OSCAL catalog's.
    Oscal(oscal::ImportReport),
    /// A CISO Assistant library's.
    #[cfg(feature = "yaml")]
    Ciso(ciso::CisoReport),
}

/// A framework file read whatever its format: see [`import_framework`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
pub struct FrameworkFile {
    /// What the file is.
    pub format: FrameworkFormat,
    /// The framework it was imported to (absent for Kalkan's own format: the text is the framework).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub framework: Option<Framework>,
    /// What the import read, made and left out (absent for Kalkan's own format).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<AnyImportReport>,
}

#[derive(Deserialize)]
struct JsonTop {
    catalog: Option<IgnoredAny>,
}

/// What a framework file is, from its text, cheaply (no YAML reader needed, so every build has
/// it): a JSON object with a top-level `catalog` is an OSCAL catalog; text that is not a JSON
/// object and has a top-level `objects:` key (a line starting with it) is a CISO Assistant
/// library; anything else is taken as Kalkan's own format. Reading the file as that format then
/// says what is wrong with it.
pub fn framework_format(text: &str) -> FrameworkFormat {
    let body = text.strip_prefix('\u{FEFF}').unwrap_or(text).trim_start();
    if body.starts_with('{') {
        return match serde_json::from_str::<JsonTop>(body) {
            Ok(JsonTop { catalog: Some(_) }) => FrameworkFormat::OscalCatalog,
            _ => FrameworkFormat::Kalkan,
        };
    }
    if body.lines().any(|l| l.strip_prefix("objects:").is_some_and(|rest| rest.trim().is_empty() || rest.trim_start().starts_with('#'))) {
        return FrameworkFormat::CisoAssistant;
    }
    FrameworkFormat::Kalkan
}

/// Reads a framework file of any format Kalkan imports ([`framework_format`]), with the
/// importers' default choices: an OSCAL catalog or a CISO Assistant library becomes a Kalkan
/// framework, with its import report; Kalkan's own format is left as it is (no `framework`, no
/// `report`: read the text itself). An import that fails is the importer's error. The framework
/// is not validated here: compile it.
pub fn import_framework(text: &str) -> Result<FrameworkFile> {
    match framework_format(text) {
        FrameworkFormat::Kalkan => Ok(FrameworkFile { format: FrameworkFormat::Kalkan, framework: None, report: None }),
        FrameworkFormat::OscalCatalog => {
            let i = oscal::import_oscal_catalog(text, &oscal::OscalOptions::default())?;
            Ok(FrameworkFile { format: FrameworkFormat::OscalCatalog, framework: Some(i.framework), report: Some(AnyImportReport::Oscal(i.report)) })
        }
        #[cfg(feature = "yaml")]
        FrameworkFormat::CisoAssistant => {
            let i = ciso::import_ciso_library(text, &ciso::CisoOptions::default())?;
            Ok(FrameworkFile { format: FrameworkFormat::CisoAssistant, framework: Some(i.framework), report: Some(AnyImportReport::Ciso(i.report)) })
        }
        #[cfg(not(feature = "yaml"))]
        FrameworkFormat::CisoAssistant => Err(crate::error::Error::InvalidArgument {
            argument: "text".into(),
            expected: "a format this build reads (CISO Assistant libraries need the `yaml` feature)".into(),
            found: "a CISO Assistant library".into(),
            reason: None,
        }),
    }
}
