//! Assessment JSON straight to report JSON: the text a [`Report`] serializes to, without
//! building the report.
//!
//! Natively the assessment is read with its responses borrowed from the text (`read`), scored,
//! and the report written from the scored state (`write`). Whatever that fast reading refuses
//! (any error, any problem) is done again the ordinary way — parse, check, score — so errors are
//! exactly those of [`crate::CompiledFramework::score_json`]. In WebAssembly only the ordinary
//! parse is built (as in `parse`, to keep the module small); the report is still written from
//! the scored state.
//!
//! [`Report`]: crate::model::report::Report

#[cfg(not(target_arch = "wasm32"))]
mod read;
mod write;

use std::ops::Deref;

use crate::compiled::CompiledFramework;
use crate::error::{DocumentKind, Result};
use crate::model::assessment::Assessment;
use crate::parse;
use crate::scoring::Scored;
use crate::validate::assessment::checked_answers;

/// How report JSON is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum JsonLayout {
    /// On one line, as `serde_json::to_string` writes it (the JSON API's form).
    #[default]
    Compact,
    /// Indented by two spaces, as `serde_json::to_string_pretty` writes it (no final newline).
    Pretty,
}

/// The report JSON of the assessment `json` against the framework `framework` finds for it
/// (from the assessment's `framework` member), with gaps against `profile` or else the
/// assessment's own profile. The same text and errors as parsing the assessment, finding its
/// framework, scoring it and serializing the report.
pub(crate) fn report_json<F: Deref<Target = CompiledFramework>>(
    json: &str,
    profile: Option<&str>,
    layout: JsonLayout,
    framework: impl Fn(&Assessment) -> Result<F>,
) -> Result<String> {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(text) = fast(json, profile, layout, &framework) {
        return Ok(text);
    }
    let a: Assessment = parse::parse(DocumentKind::Assessment, json)?;
    let fw = framework(&a)?;
    of_assessment(&fw, &a, profile, layout)
}

/// The report JSON of an assessment already parsed: the steps of `CompiledFramework::score`,
/// then the report written from the scored state.
pub(crate) fn of_assessment(fw: &CompiledFramework, a: &Assessment, profile: Option<&str>, layout: JsonLayout) -> Result<String> {
    let answers = checked_answers(fw, a)?;
    let profile = match profile.or(a.profile.as_deref()) {
        Some(p) => Some(fw.known_profile(p)?),
        None => None,
    };
    write::write(&Scored::new(fw, a, &answers, profile), layout)
}

/// The report JSON by the fast reading, or `None` where the ordinary way must decide.
#[cfg(not(target_arch = "wasm32"))]
fn fast<F: Deref<Target = CompiledFramework>>(
    json: &str,
    profile: Option<&str>,
    layout: JsonLayout,
    framework: impl Fn(&Assessment) -> Result<F>,
) -> Option<String> {
    let read = read::read(json)?;
    let fw = framework(&read.head).ok()?;
    let answers = read.answers(&fw)?;
    let profile = match profile.or(read.head.profile.as_deref()) {
        Some(p) => Some(fw.profile(p)?),
        None => None,
    };
    write::write(&Scored::new(&fw, &read.head, &answers, profile), layout).ok()
}

#[cfg(test)]
mod tests;
