// The page's service worker: after one visit the questionnaire works offline, built-in
// frameworks included. Network first: a visitor who is online always gets the current files
// (and the copies are refreshed); when the network fails, the copy kept at the last visit is
// served. Answers are not here: they live in the page's localStorage.

const CACHE = 'kalkan-questionnaire';

// Every file the page needs (tests/package.test.mjs checks the list against www/), with the
// message catalogs the engine does not have in it (English is), and the built-in frameworks
// named by frameworks/index.json. The import module (pkg-import: importers, workbooks, OSCAL
// exports; about four times the engine) is not fetched here: only a user who opens a framework
// in another format or exports OSCAL downloads it, and from then on it is kept like any file
// fetched through this worker (so those work offline once they have been used online).
const SHELL = [
  './',
  'index.html',
  'style.css',
  'alerts.js',
  'app.js',
  'boot.js',
  'builtin.js',
  'dom.js',
  'files.js',
  'i18n.js',
  'importer.js',
  'intake.js',
  'languages.js',
  'questionnaire.js',
  'results.js',
  'settings.js',
  'state.js',
  'store.js',
  'worker.js',
  'pkg/kalkan_wasm.js',
  'pkg/kalkan_wasm_bg.wasm',
  'frameworks/index.json',
  'l10n/ar.json',
  'l10n/fr.json',
];

async function keepEverything() {
  const cache = await caches.open(CACHE);
  await cache.addAll(SHELL);
  const index = await (await cache.match('frameworks/index.json')).json();
  await cache.addAll(index.frameworks.map((f) => `frameworks/${f.file}`));
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepEverything().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

async function networkFirst(event) {
  const { request } = event;
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) event.waitUntil(cache.put(request, response.clone()));
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(networkFirst(event));
});
