//! A registry of frameworks: the built-in ones plus any the caller adds. The core decides which
//! framework an assessment answers (the newest version its requirement accepts) and refuses a
//! second, different framework under an id and version already registered.

use wasm_bindgen::prelude::*;

use crate::compiled::{parse_assessment, CompiledFramework};
use crate::convert::{document_text, optional_string_arg, string_arg, throw, to_js};
use kalkan::{DocumentKind, FrameworkSource};

/// Frameworks by id and version, several versions side by side.
///
/// ```js
/// const registry = Registry.builtin();
/// registry.addJson(frameworkText);           // throws `conflicting_framework` for a different
///                                            // framework under an id@version already present
/// const fw = registry.forAssessment(assessment); // the newest version the assessment accepts
/// ```
#[wasm_bindgen]
pub struct Registry {
    inner: kalkan::Registry,
}

#[wasm_bindgen]
impl Registry {
    /// An empty registry.
    #[wasm_bindgen(constructor)]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Registry {
        Registry { inner: kalkan::Registry::new() }
    }

    /// A registry holding the built-in frameworks (none in the lean engine).
    pub fn builtin() -> Registry {
        Registry { inner: kalkan::Registry::builtin().clone() }
    }

    /// Adds a framework (JSON text or object) and returns it compiled. The same id and version
    /// again is accepted only with identical content; otherwise throws `KalkanError`
    /// (`conflicting_framework`) and the registry is unchanged.
    #[wasm_bindgen(js_name = addJson)]
    pub fn add_json(&mut self, #[wasm_bindgen(unchecked_param_type = "string | Framework")] framework: JsValue) -> Result<CompiledFramework, JsValue> {
        let text = document_text(&framework, DocumentKind::Framework)?;
        self.inner.add_json(&text).map(CompiledFramework::wrap).map_err(|e| throw(&e))
    }

    /// Adds a framework (JSON text or object) as one of the page's built-in frameworks (listed
    /// with `builtin: true`) and returns it compiled. The lean engine embeds no framework: its
    /// page fetches the built-in ones (www/frameworks/) and adds them here. Same checks and
    /// errors as `addJson`.
    #[wasm_bindgen(js_name = addBuiltin)]
    pub fn add_builtin(&mut self, #[wasm_bindgen(unchecked_param_type = "string | Framework")] framework: JsValue) -> Result<CompiledFramework, JsValue> {
        let text = document_text(&framework, DocumentKind::Framework)?;
        self.inner.add_builtin_json(&text).map(CompiledFramework::wrap).map_err(|e| throw(&e))
    }

    /// The newest framework `id` whose version satisfies `requirement` (default `*`).
    pub fn get(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "string | null")] requirement: JsValue,
    ) -> Result<CompiledFramework, JsValue> {
        let id = string_arg(&id, "id")?;
        let requirement = optional_string_arg(&requirement, "requirement")?;
        self.inner.get(&id, requirement.as_deref().unwrap_or("*")).map(CompiledFramework::wrap).map_err(|e| throw(&e))
    }

    /// `id` (newest version) or `id@requirement`.
    #[wasm_bindgen(js_name = getSpec)]
    pub fn get_spec(&self, #[wasm_bindgen(unchecked_param_type = "string")] spec: JsValue) -> Result<CompiledFramework, JsValue> {
        let spec = string_arg(&spec, "spec")?;
        self.inner.get_spec(&spec).map(CompiledFramework::wrap).map_err(|e| throw(&e))
    }

    /// The framework an assessment answers, by the core's one rule ([`kalkan::FrameworkSource`])
    /// over this registry's frameworks: the newest version of the framework it names that
    /// satisfies its version requirement. Throws `framework_not_found` (with the versions there
    /// are in `details.available`) when none does.
    #[wasm_bindgen(js_name = forAssessment)]
    pub fn for_assessment(&self, #[wasm_bindgen(unchecked_param_type = "string | Assessment")] assessment: JsValue) -> Result<CompiledFramework, JsValue> {
        let a = parse_assessment(&assessment)?;
        FrameworkSource::registry(self.inner.clone()).for_assessment(&a).map(CompiledFramework::wrap).map_err(|e| throw(&e))
    }

    /// Summaries of every registered framework, sorted by id then version.
    #[wasm_bindgen(unchecked_return_type = "FrameworkSummary[]")]
    pub fn list(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.list())
    }
}
