// Frameworks in other formats (an OSCAL catalog, a CISO Assistant library), imported by the
// core's importers. They live in a module of their own (www/pkg-import, built by build.sh with
// only the `import` feature), fetched the first time a user opens such a file, so that the engine
// every visitor downloads stays lean. The import is the core's, as in the CLI and Python.

let module = null;

/** The import module, loaded and compiled once. */
function importModule() {
  module ??= (async () => {
    const m = await import('./pkg-import/kalkan_wasm.js');
    await m.default();
    return m;
  })();
  return module;
}

/**
 * A framework file's text in another format as `{format, framework, report}` (the core's
 * `importFramework`): throws the core's KalkanError when the file cannot be imported.
 */
export async function importFramework(text) {
  const m = await importModule();
  return m.importFramework(text);
}
