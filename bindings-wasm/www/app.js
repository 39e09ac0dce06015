// The offline questionnaire: wiring. The Kalkan core (WebAssembly) lays out the questions, writes
// the assessment, checks it and computes every score; the modules here show what it returns:
//   state.js          the frameworks, the open one and its assessment (through the core)
//   store.js          saving in the browser
//   settings.js       the page's own controls: language, framework, organisation, profile
//   questionnaire.js  the questions and the progress
//   results.js        scores, the radar chart and gaps
//   files.js          import, export and framework files
//   alerts.js         problems and the alert
//   i18n.js           the page's own strings
//   builtin.js        the built-in frameworks, served as files next to the page
//   sw.js             the service worker: the page works offline after one visit
// Framework texts are inserted as text, never as HTML.

import init, { Registry } from './pkg/kalkan_wasm.js';
import { t, hasLanguage, problemText, startFailed } from './i18n.js';
import { Store } from './store.js';
import { Session } from './state.js';
import { Settings } from './settings.js';
import { QuestionnaireView } from './questionnaire.js';
import { ResultsView } from './results.js';
import { Files } from './files.js';
import { Alert, problemsOf } from './alerts.js';
import { addBuiltins, builtinFrameworks } from './builtin.js';

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
page.files = new Files(page);

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
  $('language').addEventListener('change', (e) => {
    session.setLanguage(e.target.value);
    page.save();
    page.renderAll();
  });
  $('framework').addEventListener('change', (e) => {
    if (page.select(e.target.value)) {
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
  $('export').addEventListener('click', () => page.files.exportAssessment());
  $('export-oscal').addEventListener('click', () => page.files.exportOscal());
  $('export-poam').addEventListener('click', () => page.files.exportPoam());
  $('import').addEventListener('click', () => $('import-file').click());
  $('open-framework').addEventListener('click', () => $('framework-file').click());
  const onFile = (input, action) => input.addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) await action(file);
  });
  onFile($('import-file'), (file) => page.files.importAssessment(file));
  onFile($('framework-file'), (file) => page.files.openFramework(file));
}

function openStorage() {
  try {
    const storage = window.localStorage;
    const probe = 'kalkan.questionnaire.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { storage, problem: '' };
  } catch (e) {
    return { storage: null, problem: errorReason(e) };
  }
}

function preferredLanguage(stored) {
  if (hasLanguage(stored)) return stored;
  for (const tag of navigator.languages ?? []) {
    const primary = tag.split('-')[0].toLowerCase();
    if (hasLanguage(primary)) return primary;
  }
  return 'en';
}

async function main() {
  // The built-in frameworks are fetched while the engine compiles.
  builtinFrameworks().catch(() => {});
  try {
    await init();
  } catch (e) {
    const fatal = $('fatal');
    fatal.textContent = startFailed(preferredLanguage(null), errorReason(e));
    fatal.hidden = false;
    return;
  }
  const { storage, problem } = openStorage();
  const store = new Store(storage);
  const registry = Registry.builtin();
  let builtinProblem = null;
  const refused = [];
  try {
    for (const { file, error } of await addBuiltins(registry)) refused.push({ idVersion: file, problems: problemsOf(error) });
  } catch (e) {
    builtinProblem = errorReason(e);
  }
  for (const [idVersion, f] of Object.entries(store.frameworks)) {
    try {
      registry.addJson(f.text).free();
    } catch (e) {
      refused.push({ idVersion, problems: problemsOf(e) });
    }
  }
  page.session = new Session(store, registry, preferredLanguage(store.state.lang), now);
  const wanted = [store.state.current, ...page.session.entries.map((e) => e.key)].filter(Boolean);
  for (const key of wanted) {
    if (page.select(key)) break;
  }
  wire();
  page.renderAll();
  if (problem) page.status(page.say('storageUnavailable', { reason: problem }));
  if (builtinProblem) page.alert.show(page.say('builtinUnavailable', { reason: builtinProblem }), []);
  // A stored framework the registry refuses (e.g. a built-in one now has its id and version).
  if (refused.length) page.alert.show(page.say('frameworkFailed', { file: refused.map((r) => r.idVersion).join(', ') }), refused.flatMap((r) => r.problems));
  if (page.session.fw && page.session.draft.position) page.questionnaire.focus(page.session.draft.position);
  document.body.dataset.ready = 'true';
  // From here the page answers the user (time to interactive, measured by the e2e suite).
  performance.mark('kalkan-ready');
  registerServiceWorker();
}

/** Keeps the page's files for offline use (sw.js); only where browsers allow it (http(s)). */
function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register('./sw.js').catch((e) => page.status(page.say('offlineUnavailable', { reason: errorReason(e) })));
}

main();
