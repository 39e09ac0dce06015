// The offline questionnaire: wiring. The Kalkan core (WebAssembly) lays out the questions, writes
// the assessment, checks it and computes every score; the modules here show what it returns:
//   boot.js           the first requests (engine, catalog, frameworks), before the rest arrives
//   state.js          the frameworks, the open one and its assessment (through the core)
//   store.js          saving in the browser
//   settings.js       the page's own controls: language, framework, organisation, profile
//   questionnaire.js  the questions and the progress
//   results.js        scores, the radar chart and gaps
//   files.js          import, export and framework files (loaded once the page is shown)
//   alerts.js         problems and the alert
//   i18n.js           the page's own strings (languages.js: the languages and their catalogs)
//   builtin.js        the built-in frameworks, served as files next to the page
//   sw.js             the service worker: the page works offline after one visit
// Framework texts are inserted as text, never as HTML.

import init, { Registry, hasCatalog } from './pkg/kalkan_wasm.js';
import { t, problemText, startFailed, loadLanguage, languageName, LANGUAGES } from './i18n.js';
import { Session } from './state.js';
import { Settings } from './settings.js';
import { QuestionnaireView } from './questionnaire.js';
import { ResultsView } from './results.js';
import { Alert, problemsOf } from './alerts.js';
import { addBuiltins } from './builtin.js';
import { start } from './boot.js';

const $ = (id) => document.getElementById(id);

function errorReason(e) {
  return e instanceof Error ? e.message : String(e);
}

/** The time of an answer (and the date of a new assessment): now, to the second, in UTC. */
function now() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const lang = () => page.session?.lang ?? 'en';

/** Everything the views and the file actions share. `say(key, vars)` gives a page string and
 * `say.problem(p)` a problem's message, both in the current language, from the core's catalog. */
const page = {
  session: null,
  /** Resolves once every framework and catalog has joined the engine (see addTheRest). */
  started: Promise.resolve(),
  say: Object.assign((key, vars) => t(lang(), key, vars), { problem: (p) => problemText(lang(), p) }),
  status: (message) => {
    $('status').textContent = message;
  },
  save() {
    try {
      page.session.store.save();
      if (page.session.store.storage) page.status(page.say('saved'));
    } catch (e) {
      page.status(page.say('saveFailed', { reason: errorReason(e) }));
    }
  },
  /** Switches to the framework `key`; false (and the core's problems shown) when it cannot. */
  select(key) {
    try {
      return page.session.select(key);
    } catch (e) {
      page.alert.show(page.say('frameworkFailed', { file: key }), problemsOf(e));
      return false;
    }
  },
  /** Shows everything; `known` holds the `progress` and `scored` of the assessment when they are
   * already worked out (by the worker, for a large file). */
  renderAll(known) {
    const { session } = page;
    page.settings.render(session);
    if (!session.fw) {
      page.questionnaire.clear();
      page.results.clear();
      return;
    }
    page.questionnaire.render(session);
    page.update(known);
  },
  /** Progress and results of the assessment as it stands now (or as `known`, see renderAll). */
  update(known) {
    try {
      page.questionnaire.showProgress(known?.progress ?? page.session.fw.progress(page.session.assessment));
    } catch (e) {
      page.alert.show(errorReason(e), problemsOf(e));
    }
    page.results.render(page.session, known?.scored);
  },
};
page.alert = new Alert($('alert'), page.say);
page.settings = new Settings(page.say);
page.questionnaire = new QuestionnaireView(page.say);
page.results = new ResultsView(page.say);

let files = null;

/** The file actions (files.js, and the readers and importers behind it): not needed to show the
 * page, so loaded once it is shown (or when first used). */
function fileActions() {
  files ??= import('./files.js').then(({ Files }) => new Files(page));
  return files;
}

/** Runs a file action; one that cannot be loaded is told. */
function withFiles(action) {
  fileActions().then(action, (e) => page.alert.show(errorReason(e), problemsOf(e)));
}

/**
 * Changes the assessment (through the core) and saves it; then shows the new progress and results
 * unless the change cannot affect them (notes).
 */
function change(edit, { rescore = true } = {}) {
  try {
    edit();
  } catch (e) {
    page.alert.show(errorReason(e), problemsOf(e));
    return;
  }
  page.save();
  if (rescore) page.update();
}

function wire() {
  const { session } = page;
  $('language').addEventListener('change', async (e) => {
    const lang = e.target.value;
    if (!hasCatalog(lang)) {
      try {
        await loadLanguage(lang);
      } catch (error) {
        if (e.target.value !== lang) return;
        page.settings.render(session);
        page.status(page.say('languageUnavailable', { language: languageName(lang), reason: errorReason(error) }));
        return;
      }
      // Another language was chosen while this one's catalog was on its way: that one wins.
      if (e.target.value !== lang) return;
    }
    session.setLanguage(lang);
    page.save();
    page.renderAll();
  });
  $('framework').addEventListener('change', async (e) => {
    const key = e.target.value;
    // A built-in framework still on its way to the registry (just after the page is shown).
    if (session.isWaiting(key)) await page.started;
    if (e.target.value !== key) return;
    if (page.select(key)) {
      page.save();
      page.renderAll();
    } else {
      page.settings.render(session);
    }
  });
  for (const field of ['name', 'kind', 'country']) {
    $(`subject-${field}`).addEventListener('input', (e) => {
      if (field === 'country' && e.target.value !== e.target.value.toUpperCase()) e.target.value = e.target.value.toUpperCase();
      const value = field === 'kind' ? page.settings.kindCode(e.target.value) : e.target.value;
      change(() => session.setSubject(field, value));
    });
  }
  $('profile').addEventListener('change', (e) => {
    change(() => session.setProfile(e.target.value));
  });
  const questionnaire = $('questionnaire');
  questionnaire.addEventListener('change', (e) => {
    const input = e.target;
    if (input.type !== 'radio' || !input.checked) return;
    change(() => session.answer(input.dataset.control, input.value, now()));
  });
  questionnaire.addEventListener('input', (e) => {
    if (e.target.dataset.notes === undefined) return;
    change(() => session.setNotes(e.target.dataset.control, e.target.value), { rescore: false });
  });
  questionnaire.addEventListener('click', (e) => {
    const control = e.target.closest('[data-clear]')?.dataset.clear;
    if (!control) return;
    change(() => {
      session.clearAnswer(control);
      page.questionnaire.untick(control);
    });
  });
  questionnaire.addEventListener('focusin', (e) => {
    const control = e.target.closest('[data-control]')?.dataset.control;
    if (control && control !== session.draft.position) {
      session.draft.position = control;
      page.save();
    }
  });
  $('next-unanswered').addEventListener('click', (e) => page.questionnaire.focus(e.target.dataset.next));
  $('export').addEventListener('click', () => withFiles((f) => f.exportAssessment()));
  $('export-oscal').addEventListener('click', () => withFiles((f) => f.exportOscal()));
  $('export-poam').addEventListener('click', () => withFiles((f) => f.exportPoam()));
  // The OSCAL exports are in the import module: it starts loading when the pointer or the focus
  // reaches their buttons.
  for (const id of ['export-oscal', 'export-poam']) {
    for (const type of ['pointerenter', 'focus']) $(id).addEventListener(type, () => withFiles((f) => f.prepareExports()), { once: true });
  }
  $('import').addEventListener('click', () => $('import-file').click());
  $('open-framework').addEventListener('click', () => $('framework-file').click());
  const onFile = (input, action) => input.addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) await action(file);
  });
  onFile($('import-file'), (file) => withFiles((f) => f.importAssessment(file)));
  onFile($('framework-file'), (file) => withFiles((f) => f.openFramework(file)));
}

/** Lets the page answer its user between two pieces of start-up work. */
function pause() {
  return globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Starts the page as soon as the engine, the catalog of its language and the one framework it
 * shows are there: everything is fetched at once (the HTML preloads the engine and the index),
 * the framework last open (or the first) is added and shown, and the page answers from then on
 * (the `kalkan-ready` mark). The other built-in frameworks, the frameworks opened from files, and
 * the other languages' catalogs are added afterwards, a piece at a time; then the page is
 * `data-ready` and its service worker is registered.
 */
async function main() {
  const { store, storageProblem: problem, engine, first, index } = start;
  let { lang } = start;
  try {
    await init({ module_or_path: await engine });
  } catch (e) {
    const fatal = $('fatal');
    fatal.textContent = startFailed(lang, errorReason(e));
    fatal.hidden = false;
    return;
  }
  let languageProblem = null;
  try {
    await loadLanguage(lang);
  } catch (e) {
    languageProblem = { language: languageName(lang), reason: errorReason(e) };
    lang = 'en';
  }
  const registry = Registry.builtin();
  page.session = new Session(store, registry, lang, now);
  let shown = null;
  try {
    const { entry, text } = (await first) ?? {};
    if (entry) {
      registry.addBuiltin(text).free();
      page.session.expect(await index);
      if (page.select(`builtin:${entry.id}@${entry.version}`)) shown = entry;
    }
  } catch {
    // Told below, once the others have been tried too.
  }
  wire();
  if (problem) page.status(page.say('storageUnavailable', { reason: problem }));
  if (languageProblem) page.status(page.say('languageUnavailable', languageProblem));
  if (shown) interactive();
  page.started = addTheRest(registry, shown);
  const { builtinProblem, refused } = await page.started;
  const { session } = page;
  session.refreshEntries();
  if (shown) {
    page.settings.frameworks(session);
  } else {
    const wanted = [store.state.current, ...session.entries.map((e) => e.key)].filter(Boolean);
    for (const key of wanted) {
      if (page.select(key)) break;
    }
    interactive();
  }
  if (builtinProblem) page.alert.show(page.say('builtinUnavailable', { reason: builtinProblem }), []);
  // A stored framework the registry refuses (e.g. a built-in one now has its id and version).
  if (refused.length) page.alert.show(page.say('frameworkFailed', { file: refused.map((r) => r.idVersion).join(', ') }), refused.flatMap((r) => r.problems));
  document.body.dataset.ready = 'true';
  registerServiceWorker();
}

/** Shows the open framework; from here the page answers the user (time to interactive, which
 * the e2e suite measures). */
function interactive() {
  page.renderAll();
  if (page.session.fw && page.session.draft.position) page.questionnaire.focus(page.session.draft.position);
  performance.mark('kalkan-ready');
}

/**
 * Adds to `registry` what the first view did not need, a piece per task: the built-in frameworks
 * but `shown`, then the frameworks opened from files (after the built-in ones, so that one
 * under a built-in id and version is the one refused), then the other languages' catalogs (so
 * that switching language needs no download). Resolves to what could not be added.
 */
async function addTheRest(registry, shown) {
  let builtinProblem = null;
  const refused = [];
  try {
    for (const { file, error } of await addBuiltins(registry, { skip: shown, pause })) refused.push({ idVersion: file, problems: problemsOf(error) });
  } catch (e) {
    builtinProblem = errorReason(e);
  }
  for (const [idVersion, f] of Object.entries(page.session.store.frameworks)) {
    await pause();
    try {
      registry.addJson(f.text).free();
    } catch (e) {
      refused.push({ idVersion, problems: problemsOf(e) });
    }
  }
  for (const { tag } of LANGUAGES) {
    try {
      await loadLanguage(tag);
    } catch {
      // Said when the user picks that language.
    }
  }
  await fileActions().catch(() => {});
  return { builtinProblem, refused };
}

/** Keeps the page's files for offline use (sw.js); only where browsers allow it (http(s)). */
function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register('./sw.js').catch((e) => page.status(page.say('offlineUnavailable', { reason: errorReason(e) })));
}

main();
