// The page's languages and the fetching of their message catalogs: what the page needs before
// the engine is there (boot.js starts the fetch; i18n.js adds the catalog to the engine).

/** The languages the page offers, with their names written in themselves. */
export const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'ar', name: 'العربية' },
  { tag: 'fr', name: 'Français' },
];

/** Whether the page speaks `lang`. */
export function hasLanguage(lang) {
  return LANGUAGES.some((l) => l.tag === lang);
}

/** The language the page starts in: the one chosen last time, else the browser's first one the
 * page speaks, else English. */
export function preferredLanguage(stored) {
  if (hasLanguage(stored)) return stored;
  for (const tag of globalThis.navigator?.languages ?? []) {
    const primary = tag.split('-')[0].toLowerCase();
    if (hasLanguage(primary)) return primary;
  }
  return 'en';
}

const fetched = new Map();

/**
 * Starts fetching the compiled catalog of `lang` (l10n/, written by build.sh; nothing for
 * English, which the engine has in it). Resolves to its text, or null for English; rejects with
 * an Error naming the file and the HTTP status. Once per language (again after a failure).
 */
export function fetchCatalog(lang) {
  if (lang === 'en' || !hasLanguage(lang)) return Promise.resolve(null);
  if (!fetched.has(lang)) {
    const text = fetch(new URL(`./l10n/${lang}.json`, import.meta.url))
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`l10n/${lang}.json: HTTP ${r.status}`))));
    text.catch(() => fetched.delete(lang));
    fetched.set(lang, text);
  }
  return fetched.get(lang);
}
