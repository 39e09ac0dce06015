//! Validation: the rules of each document ([`framework`], [`assessment`]) and the outcome every
//! front end reports ([`Validation`]).

pub(crate) mod assessment;
pub(crate) mod framework;
pub(crate) mod mapping;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::compiled::CompiledFramework;
use crate::error::{Error, Problem};
use crate::model::assessment::Assessment;
use crate::model::framework::Framework;
use crate::model::mapping::Mapping;

/// The outcome of a validation: every error and every warning. Validation reports problems as
/// data; it never fails.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "tsify", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Validation {
    /// No errors (warnings allowed).
    pub valid: bool,
    /// What makes the document invalid.
    pub errors: Vec<Problem>,
    /// What should be fixed but does not make it invalid (missing translations).
    pub warnings: Vec<Problem>,
}

impl Validation {
    /// The validation of a framework document: every error, and missing translations as
    /// warnings; a document that could not be read has its parse problem as the error.
    pub fn of_framework(parsed: Result<&Framework, &Error>) -> Validation {
        match parsed {
            Err(e) => Validation { valid: false, errors: e.problems(), warnings: vec![] },
            Ok(f) => {
                let errors = framework::validate_framework(f);
                Validation { valid: errors.is_empty(), errors, warnings: framework::translation_gaps(f) }
            }
        }
    }

    /// The validation of an assessment against the framework it resolved to. When there is no
    /// framework to judge it by (or the assessment could not be read), the error's problems: an
    /// assessment cannot be judged valid without a framework.
    pub fn of_assessment(checked: Result<(&CompiledFramework, &Assessment), &Error>) -> Validation {
        let errors = match checked {
            Ok((fw, a)) => assessment::validate_assessment(fw, a),
            Err(e) => e.problems(),
        };
        Validation { valid: errors.is_empty(), errors, warnings: vec![] }
    }

    /// The validation of a mapping document: its own rules, then, when `frameworks` resolved
    /// (source, target), every control it names and the frameworks' ids and versions; when they
    /// did not, that error's problems. Missing Arabic or French rationales are warnings.
    pub fn of_mapping(parsed: Result<&Mapping, &Error>, frameworks: Result<(&CompiledFramework, &CompiledFramework), &Error>) -> Validation {
        let m = match parsed {
            Err(e) => return Validation { valid: false, errors: e.problems(), warnings: vec![] },
            Ok(m) => m,
        };
        let mut errors = mapping::validate_mapping(m);
        if errors.is_empty() {
            match frameworks {
                Ok((source, target)) => errors = mapping::validate_mapping_against(m, source, target),
                Err(e) => errors = e.problems(),
            }
        }
        let warnings = m
            .maps
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let missing = e.rationale.as_ref()?.missing_languages();
                (!missing.is_empty()).then(|| {
                    Problem::new(
                        crate::error::Pointer::root().key("maps").index(i).key("rationale"),
                        crate::error::Code::MissingTranslation,
                        crate::error::details([("missing", serde_json::json!(missing))]),
                    )
                })
            })
            .collect();
        Validation { valid: errors.is_empty(), errors, warnings }
    }
}
