// The page's first requests, made as soon as this small module has arrived, before the rest of
// the page's code (app.js and its modules) has: the engine (compiled while it downloads), the
// catalog of the page's language, the list of built-in frameworks and the framework the page
// shows first. index.html runs it before app.js, which takes what it started (`start`).

import { Store } from './store.js';
import { preferredLanguage, fetchCatalog } from './languages.js';
import { builtinIndex, builtinText } from './builtin.js';

const ENGINE = new URL('./pkg/kalkan_wasm_bg.wasm', import.meta.url);

function openStorage() {
  try {
    const storage = globalThis.localStorage;
    const probe = 'kalkan.questionnaire.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { storage, problem: '' };
  } catch (e) {
    return { storage: null, problem: e instanceof Error ? e.message : String(e) };
  }
}

/** The engine's WebAssembly module, compiled as it downloads (read whole first when the server
 * does not say `application/wasm`, which streaming compilation needs). */
async function compileEngine() {
  const response = fetch(ENGINE);
  try {
    return await WebAssembly.compileStreaming(response);
  } catch (e) {
    const r = await response;
    if (!r.ok) throw new Error(`kalkan_wasm_bg.wasm: HTTP ${r.status}`, { cause: e });
    return WebAssembly.compile(await (await fetch(ENGINE)).arrayBuffer());
  }
}

/**
 * The built-in framework to show first: the one last open, else the first of the list. `null`
 * when the one last open is not built in (it is shown once every framework has joined the
 * registry, after the built-in ones) or there is none.
 */
function firstBuiltin(index, current) {
  if (current && !current.startsWith('builtin:')) return null;
  return index.find((e) => current === `builtin:${e.id}@${e.version}`) ?? index[0] ?? null;
}

function begin() {
  const { storage, problem } = openStorage();
  const store = new Store(storage);
  const lang = preferredLanguage(store.state.lang);
  const engine = compileEngine();
  const catalog = fetchCatalog(lang);
  const index = builtinIndex();
  const first = index.then((entries) => {
    const entry = firstBuiltin(entries, store.state.current);
    return entry && builtinText(entry).then((text) => ({ entry, text }));
  });
  // Each is awaited (and its failure told) by app.js; none is an unhandled rejection meanwhile.
  for (const p of [engine, catalog, index, first]) p.catch(() => {});
  return { store, storageProblem: problem, lang, engine, first, index };
}

/** What the page's start has begun: `{store, storageProblem, lang, engine, first, index}`. */
export const start = begin();
