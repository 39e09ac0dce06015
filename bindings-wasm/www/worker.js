// The Web Worker that reads large files (intake.js decides which), so the page keeps responding
// while the core decodes, checks and scores them. A module worker with its own instance of the
// same WebAssembly package (www/pkg), and its own registry: the built-in frameworks (fetched
// by builtin.js, as the page's are) plus the frameworks the page has opened, sent with each file. Limits belong to a module instance, so
// the page sends the limits in force with each file too.
//
// Message in:  {id, document: 'assessment' | 'framework', file: File, frameworks: [text], limits}
// Message out: {id, result} where `result` is what intake.js's reader returns (plain data).

import init, { Registry, setLimits } from './pkg/kalkan_wasm.js';
import { READERS, errorData } from './intake.js';
import { addBuiltins } from './builtin.js';

const ready = init();
// The built-in frameworks, added once under the default limits, as the page adds its own at start.
const builtins = ready.then(async () => {
  const r = Registry.builtin();
  try {
    await addBuiltins(r);
  } catch {
    // The page could not fetch them either, and said so.
  }
  return r;
});
const added = new Set();

/** The worker's registry, with every framework the page has (a refused one is left out, as on the page). */
function registryWith(registry, frameworks) {
  for (const text of frameworks) {
    if (added.has(text)) continue;
    added.add(text);
    try {
      registry.addJson(text).free();
    } catch {
      // The page refused it too.
    }
  }
  return registry;
}

self.addEventListener('message', async ({ data }) => {
  const { id, document, file, frameworks, limits } = data;
  let result;
  try {
    const registry = await builtins;
    setLimits(limits);
    const reader = READERS[document];
    const bytes = new Uint8Array(await file.arrayBuffer());
    result = reader(registryWith(registry, frameworks), bytes);
    if (document === 'framework' && result.text !== undefined) added.add(result.text);
  } catch (e) {
    result = { error: errorData(e) };
  }
  self.postMessage({ id, result });
});
