// The Web Worker that reads large files (intake.js decides which), so the page keeps responding
// while the core decodes, checks and scores them. A module worker with its own instance of the
// same WebAssembly package (www/pkg), and its own registry: the built-in frameworks plus the
// frameworks the page has opened, sent with each file. Limits belong to a module instance, so
// the page sends the limits in force with each file too.
//
// Message in:  {id, document: 'assessment' | 'framework', file: File, frameworks: [text], limits}
// Message out: {id, result} where `result` is what intake.js's reader returns (plain data).

import init, { Registry, setLimits } from './pkg/kalkan_wasm.js';
import { READERS, errorData } from './intake.js';

const ready = init();
let registry = null;
const added = new Set();

/** The worker's registry, with every framework the page has (a refused one is left out, as on the page). */
function registryWith(frameworks) {
  registry ??= Registry.builtin();
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
    await ready;
    setLimits(limits);
    const reader = READERS[document];
    const bytes = new Uint8Array(await file.arrayBuffer());
    result = reader(registryWith(frameworks), bytes);
    if (document === 'framework' && result.text !== undefined) added.add(result.text);
  } catch (e) {
    result = { error: errorData(e) };
  }
  self.postMessage({ id, result });
});
