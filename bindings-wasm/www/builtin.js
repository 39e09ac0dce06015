// The built-in frameworks of the page. The lean engine the page runs (www/pkg, built from
// pkg-lean) embeds none: build.sh copies them into www/frameworks/ with their list
// (index.json: file, id, version, title and the core's digest of each, in the order the core's
// registry lists them), the page fetches them, and its service worker (sw.js) keeps them for
// offline use. Used by the page (app.js), which adds the framework it opens first and the
// others once it is shown, and by the worker that reads large files (worker.js), each for its
// own registry.

const INDEX = new URL('./frameworks/index.json', import.meta.url);

let index = null;
const texts = new Map();

/** Reads a URL as text; a failed request is an Error naming the file and the HTTP status. */
async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname.split('/').pop()}: HTTP ${response.status}`);
  return response.text();
}

/** The index's entries, `[{file, id, version, title, digest}]`: fetched once, shared. */
export function builtinIndex() {
  index ??= fetchText(INDEX).then((text) => {
    const parsed = JSON.parse(text);
    return Array.isArray(parsed?.frameworks) ? parsed.frameworks : [];
  });
  return index;
}

/** The text of an index entry's framework file: fetched once, shared. */
export function builtinText(entry) {
  if (!texts.has(entry.file)) texts.set(entry.file, fetchText(new URL(entry.file, INDEX)));
  return texts.get(entry.file);
}

/**
 * Adds the built-in frameworks (but `skip`, an index entry already added) to `registry` (the
 * core's Registry) as built-in ones, in the index's order, awaiting `pause()` before each when
 * given (so that the page answers its user between two). Resolves to the `{file, error}` of each
 * one the core refuses (none, unless a file was damaged); a failure to fetch them rejects.
 */
export async function addBuiltins(registry, { skip = null, pause = null } = {}) {
  const entries = (await builtinIndex()).filter((e) => e.file !== skip?.file);
  // All fetched at the same time; any failure is the failure of the whole.
  const all = await Promise.all(entries.map(builtinText));
  const refused = [];
  for (const [i, entry] of entries.entries()) {
    if (pause) await pause();
    try {
      registry.addBuiltin(all[i]).free();
    } catch (error) {
      refused.push({ file: entry.file, error });
    }
  }
  return refused;
}
