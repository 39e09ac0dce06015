// What the page does rarely, in a module of its own (www/pkg-import, built by build.sh with the
// `import`, `xlsx`, `translations` and `oscal` features): the core's importers of frameworks in
// other formats (an OSCAL catalog, a CISO Assistant library) and its OSCAL exports. It is fetched
// the first time a user opens such a file or exports OSCAL, so that the engine every visitor
// downloads stays lean; the service worker keeps it from then on. The work is the core's, as in
// the CLI and Python.

let module = null;

/** The import module, loaded and compiled once. */
function importModule() {
  module ??= (async () => {
    const m = await import('./pkg-import/kalkan_wasm.js');
    await m.default();
    return m;
  })();
  // A failed load is tried again next time.
  module.catch(() => {
    module = null;
  });
  return module;
}

/** Starts loading the import module (when the user is about to need it). */
export function prepare() {
  importModule().catch(() => {});
}

/**
 * A framework file's text in another format as `{format, framework, report}` (the core's
 * `importFramework`): throws the core's KalkanError when the file cannot be imported.
 */
export async function importFramework(text) {
  const m = await importModule();
  return m.importFramework(text);
}

/** The core's OSCAL `assessment-results` document of `assessment` against `framework`. */
export async function oscalAssessmentResults(framework, assessment, profile) {
  const m = await importModule();
  return m.oscalAssessmentResults(framework, assessment, profile);
}

/** The core's OSCAL plan of action and milestones of `assessment`'s gaps. */
export async function oscalPoam(framework, assessment, profile) {
  const m = await importModule();
  return m.oscalPoam(framework, assessment, profile);
}
