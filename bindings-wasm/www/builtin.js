// The built-in frameworks of the page. The lean engine the page runs (www/pkg, built from
// pkg-lean) embeds none: build.sh copies them into www/frameworks/ with their list
// (index.json: file, id, version and the core's digest of each), the page fetches them, and its
// service worker (sw.js) keeps them for offline use. Used by the page (app.js) and by the worker
// that reads large files (worker.js), each for its own registry.

const INDEX = new URL('./frameworks/index.json', import.meta.url);

let texts = null;

/** Reads a URL as text; a failed request is an Error naming the file and the HTTP status. */
async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname.split('/').pop()}: HTTP ${response.status}`);
  return response.text();
}

/**
 * The built-in frameworks as `[{file, id, version, digest, text}]`, in the index's order. Fetched
 * once (all at the same time) and shared by every caller; a failure rejects with its reason.
 */
export function builtinFrameworks() {
  texts ??= (async () => {
    const index = JSON.parse(await fetchText(INDEX));
    const entries = Array.isArray(index?.frameworks) ? index.frameworks : [];
    return Promise.all(entries.map(async (e) => ({ ...e, text: await fetchText(new URL(e.file, INDEX)) })));
  })();
  return texts;
}

/**
 * Adds the built-in frameworks to `registry` (the core's Registry) as built-in ones. Resolves to
 * the `{file, error}` of each one the core refuses (none, unless a file was damaged); a failure
 * to fetch them at all rejects.
 */
export async function addBuiltins(registry) {
  const refused = [];
  for (const entry of await builtinFrameworks()) {
    try {
      registry.addBuiltin(entry.text).free();
    } catch (error) {
      refused.push({ file: entry.file, error });
    }
  }
  return refused;
}
