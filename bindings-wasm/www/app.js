// The offline questionnaire. The Kalkan core (WebAssembly) lays out the questions, checks the
// answers and computes every score; this page only shows them, keeps the answers in the browser
// and reads and writes assessment files. Framework texts are inserted as text, never as HTML.

import init, { Registry, isKalkanError, isRtl } from './pkg/kalkan_wasm.js';
import { LANGUAGES, t, hasLanguage, formatScore, formatPercent } from './i18n.js';
import { el, replace } from './dom.js';
import { radarChart } from './radar.js';
import { Store, emptyDraft } from './store.js';

const $ = (id) => document.getElementById(id);

// Suggestions only: the core treats a subject's kind as free text, so any value is accepted.
const SUBJECT_KIND_SUGGESTIONS = ['ministry', 'agency', 'organisation', 'country'];

const app = {
  lang: 'en',
  store: null,
  registry: null, // the core's Registry: the built-in frameworks and those opened from files
  entries: [], // frameworks the user can pick: {key, id, version, builtin, title, load()}
  key: '', // the chosen entry's key
  fw: null, // CompiledFramework
  q: null, // the questionnaire view in the current language
  draft: null,
  questions: new Map(), // control id -> {node, title, options: Map(option id -> label)}
  sections: new Map(), // section id -> {title, anchor, progressNodes: []}
};

// ---------------------------------------------------------------------------------------------
// Small helpers

/**
 * A localized text (an object keyed by language), falling back to English. Used only for the
 * framework list: a FrameworkSummary carries the framework's title as such an object, and there
 * is no localized summary from the core. Everything else comes localized in the questionnaire.
 */
function pick(text) {
  const own = text?.[app.lang];
  if (typeof own === 'string' && own.trim()) return own;
  return typeof text?.en === 'string' ? text.en : '';
}

function say(key, vars) {
  return t(app.lang, key, vars);
}

function status(message) {
  $('status').textContent = message;
}

function now() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function errorReason(e) {
  return e instanceof Error ? e.message : String(e);
}

// ---------------------------------------------------------------------------------------------
// Saving

function save() {
  try {
    app.store.save();
    if (app.store.storage) status(say('saved'));
  } catch (e) {
    status(say('saveFailed', { reason: errorReason(e) }));
  }
}

// ---------------------------------------------------------------------------------------------
// Alerts: a message and, for core errors, every problem with its path

function problemItem(p) {
  const where = p.path ? p.path : say('wholeDocument');
  const at = p.line ? ` (${say('lineColumn', { line: p.line, column: p.column })})` : '';
  return el('li', { class: 'problem', dataset: { code: p.code, path: p.path } },
    el('code', { class: 'problem-path' }, where), ' ', p.message, at, ' ', el('span', { class: 'problem-code' }, `[${p.code}]`));
}

function showAlert(message, problems = []) {
  const alert = $('alert');
  replace(alert,
    el('p', { class: 'alert-message' }, message),
    problems.length ? [el('p', {}, say('problemsIntro')), el('ul', { class: 'problems' }, problems.map(problemItem))] : null,
    el('button', { type: 'button', class: 'alert-dismiss', onclick: hideAlert }, say('dismiss')));
  alert.hidden = false;
  alert.focus();
}

function hideAlert() {
  $('alert').hidden = true;
  $('alert').replaceChildren();
}

/** Problems carried by a thrown value: a KalkanError's, or one made from any other error. */
function problemsOf(e) {
  if (isKalkanError(e)) return e.problems;
  return [{ path: '', code: 'error', message: errorReason(e) }];
}

// ---------------------------------------------------------------------------------------------
// The assessment: built from the draft in the core's format

/** The assessment fields the page does not edit: kept from an imported file, written back on export. */
const EXTRA_FIELDS = ['$schema', 'assessor', 'started', 'completed'];

/**
 * The draft in the core's assessment format. Notes on a question without an answer stay in the
 * browser: the format has no response without an option.
 */
function toAssessment() {
  const d = app.draft;
  const subject = { name: d.subject.name ?? '' };
  for (const k of ['kind', 'country', 'sector']) {
    if (d.subject[k]) subject[k] = d.subject[k];
  }
  const a = {};
  if (d.extra.$schema !== undefined) a.$schema = d.extra.$schema;
  // A new assessment names the requirement the core gives it; an imported one keeps its own.
  a.framework = { id: app.fw.id, version: d.requirement || app.fw.requirement() };
  a.subject = subject;
  for (const k of ['assessor', 'started', 'completed']) {
    if (d.extra[k] !== undefined) a[k] = d.extra[k];
  }
  if (d.profile) a.profile = d.profile;
  const responses = {};
  for (const id of app.q.order) {
    const answer = d.answers[id];
    if (!answer?.option) continue;
    const r = { option: answer.option };
    if (typeof answer.notes === 'string' && answer.notes.trim()) r.notes = answer.notes;
    if (Array.isArray(answer.evidence) && answer.evidence.length) r.evidence = answer.evidence;
    if (answer.answered_at) r.answered_at = answer.answered_at;
    responses[id] = r;
  }
  a.responses = responses;
  return a;
}

/** A draft holding everything of an assessment the core accepted. */
function draftFrom(a) {
  const d = emptyDraft();
  d.subject = { name: a.subject.name ?? '', kind: a.subject.kind ?? '', country: a.subject.country ?? '' };
  if (a.subject.sector) d.subject.sector = a.subject.sector;
  d.profile = a.profile ?? '';
  d.requirement = a.framework.version;
  for (const k of EXTRA_FIELDS) {
    if (a[k] !== undefined) d.extra[k] = a[k];
  }
  for (const [id, r] of Object.entries(a.responses ?? {})) d.answers[id] = { ...r };
  return d;
}

// ---------------------------------------------------------------------------------------------
// Frameworks

/** The key of the list entry for a framework of the registry. */
function entryKey(builtin, id, version) {
  return `${builtin ? 'builtin' : 'custom'}:${id}@${version}`;
}

/** The framework list: every framework of the registry, built-in ones first. */
function buildEntries() {
  const all = app.registry.list().map((s) => ({ key: entryKey(s.builtin, s.id, s.version), id: s.id, version: s.version,
    builtin: s.builtin, title: s.title, load: () => app.registry.get(s.id, `=${s.version}`) }));
  app.entries = [...all.filter((e) => e.builtin), ...all.filter((e) => !e.builtin)];
}

/** The list entry of a CompiledFramework the registry handed out. */
function entryOf(fw) {
  return app.entries.find((e) => e.id === fw.id && e.version === fw.version);
}

function renderFrameworkSelect() {
  const option = (e) => el('option', { value: e.key, selected: e.key === app.key }, `${pick(e.title) || e.key} (\u2066${e.version}\u2069)`);
  const builtin = app.entries.filter((e) => e.builtin);
  const custom = app.entries.filter((e) => !e.builtin);
  replace($('framework'),
    builtin.length ? el('optgroup', { label: say('builtinFrameworks') }, builtin.map(option)) : null,
    custom.length ? el('optgroup', { label: say('customFrameworks') }, custom.map(option)) : null);
  $('framework').disabled = app.entries.length === 0;
}

/** Switches to the framework `key`; false when it cannot be loaded. */
function selectFramework(key) {
  const entry = app.entries.find((e) => e.key === key);
  if (!entry) return false;
  let fw;
  try {
    fw = entry.load();
  } catch (e) {
    showAlert(say('frameworkFailed', { file: key }), problemsOf(e));
    return false;
  }
  app.fw?.free();
  app.fw = fw;
  app.key = key;
  app.draft = app.store.draft(key);
  app.store.state.current = key;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Rendering the page chrome

function applyLanguage() {
  const html = document.documentElement;
  html.lang = app.lang;
  html.dir = isRtl(app.lang) ? 'rtl' : 'ltr';
  document.title = say('appTitle');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = say(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', say(node.dataset.i18nLabel));
  replace($('language'), LANGUAGES.map((l) => el('option', { value: l.tag, lang: l.tag, selected: l.tag === app.lang }, l.name)));
  $('subject-kind').placeholder = say('kindNone');
  replace($('subject-kinds'), SUBJECT_KIND_SUGGESTIONS.map((k) => el('option', { value: k }, say(`kind_${k}`))));
}

function renderSubject() {
  $('subject-name').value = app.draft.subject.name ?? '';
  $('subject-kind').value = app.draft.subject.kind ?? '';
  $('subject-country').value = app.draft.subject.country ?? '';
}

// ---------------------------------------------------------------------------------------------
// Rendering the questionnaire

function renderQuestionnaire() {
  app.q = app.fw.questionnaire(app.lang);
  app.questions = new Map();
  app.sections = new Map();
  let seq = 0;

  const question = (q) => {
    const base = `q${++seq}`;
    const answer = app.draft.answers[q.id] ?? {};
    const options = new Map(q.options.map((o) => [o.id, o.label]));
    const node = el('fieldset', { class: 'question', id: base, tabindex: '-1', dataset: { control: q.id }, 'aria-describedby': `${base}-text` },
      el('legend', {},
        el('span', { class: 'code' }, q.id), ' ',
        el('span', { class: 'question-title' }, q.title),
        q.level !== null ? el('span', { class: 'badge' }, say('level', { level: q.level }) + (q.level_name ? ` · ${q.level_name}` : '')) : null),
      el('p', { class: 'question-text', id: `${base}-text` }, q.question),
      q.statement && q.statement !== q.question ? el('p', { class: 'statement' }, el('span', { class: 'statement-label' }, `${say('statement')}: `), q.statement) : null,
      el('div', { class: 'options' }, q.options.map((o, i) => el('div', { class: 'option' },
        el('input', { type: 'radio', name: base, id: `${base}-o${i}`, value: o.id, checked: answer.option === o.id, dataset: { control: q.id } }),
        el('label', { for: `${base}-o${i}` }, o.label)))),
      q.guidance ? el('details', { class: 'guidance' }, el('summary', {}, say('guidance')), el('p', {}, q.guidance)) : null,
      el('div', { class: 'notes' },
        el('label', { for: `${base}-notes` }, say('notes')),
        el('textarea', { id: `${base}-notes`, rows: '2', dataset: { control: q.id, notes: '' } })),
      el('button', { type: 'button', class: 'clear-answer', dataset: { clear: q.id }, 'aria-label': `${say('clearAnswer')} — ${q.id}` }, say('clearAnswer')));
    node.querySelector('textarea').value = answer.notes ?? '';
    app.questions.set(q.id, { node, title: q.title, options });
    return node;
  };

  const section = (s, depth) => {
    const anchor = `s${++seq}`;
    const heading = `h${Math.min(depth, 6)}`;
    const progress = el('p', { class: 'section-progress', dataset: { section: s.id } });
    app.sections.set(s.id, { title: s.title, anchor, progressNodes: [progress] });
    return el('section', { class: `section depth-${depth}`, id: anchor, 'aria-labelledby': `${anchor}-title` },
      el(heading, { class: 'section-title', id: `${anchor}-title` }, el('span', { class: 'code' }, s.id), ' ', s.title),
      s.description ? el('p', { class: 'section-description' }, s.description) : null,
      progress,
      s.questions.map(question),
      s.sections.map((sub) => section(sub, depth + 1)));
  };

  replace($('framework-intro'),
    el('h2', { id: 'framework-title' }, app.q.title),
    app.q.description ? el('p', {}, app.q.description) : null,
    el('p', { class: 'framework-meta' }, `${app.q.framework} ${app.q.version}`));
  replace($('questionnaire'), app.q.sections.map((s) => section(s, 3)));

  const navItem = (s) => {
    const info = app.sections.get(s.id);
    const count = el('span', { class: 'nav-progress', dataset: { section: s.id } });
    info.progressNodes.push(count);
    return el('li', {}, el('a', { href: `#${info.anchor}` }, el('span', { class: 'nav-title' }, s.title), ' ', count));
  };
  replace($('sections-nav'), app.q.sections.map(navItem));
}

function renderProfileSelect() {
  const profiles = app.q?.profiles ?? [];
  const current = app.draft.profile;
  // A stored profile the framework does not have is kept (and shown as its id): the core reports
  // it as `unknown_profile` in the results until the respondent picks another.
  const unknown = current && !profiles.some((p) => p.id === current) ? current : null;
  replace($('profile'),
    el('option', { value: '', selected: !current }, say('profileNone')),
    profiles.map((p) => el('option', { value: p.id, selected: p.id === current }, p.title || p.id)),
    unknown ? el('option', { value: unknown, selected: true }, unknown) : null);
  $('profile').disabled = profiles.length === 0 && !unknown;
}

function renderEmpty() {
  replace($('framework-intro'), el('p', { class: 'empty' }, say('noFramework')));
  $('questionnaire').replaceChildren();
  $('sections-nav').replaceChildren();
  $('results-body').replaceChildren();
  $('gaps-body').replaceChildren();
  $('overall-progress-text').textContent = '';
  for (const id of ['export', 'import', 'next-unanswered', 'subject-name', 'subject-kind', 'subject-country', 'profile']) $(id).disabled = true;
}

function renderAll() {
  applyLanguage();
  renderFrameworkSelect();
  if (!app.fw) {
    renderEmpty();
    return;
  }
  for (const id of ['export', 'import', 'next-unanswered', 'subject-name', 'subject-kind', 'subject-country']) $(id).disabled = false;
  renderSubject();
  renderQuestionnaire();
  renderProfileSelect();
  update();
}

// ---------------------------------------------------------------------------------------------
// Live progress and results

function update() {
  const a = toAssessment();
  let progress = null;
  try {
    progress = app.fw.progress(a);
  } catch (e) {
    showAlert(errorReason(e), problemsOf(e));
  }
  if (progress) renderProgress(progress);
  renderResults(a);
}

function renderProgress(p) {
  $('overall-progress-text').textContent = say('progressOverall', { answered: p.answered, total: p.total });
  const bar = $('overall-progress');
  bar.max = Math.max(p.total, 1);
  bar.value = p.answered;
  bar.dataset.answered = p.answered;
  bar.dataset.total = p.total;
  $('next-unanswered').disabled = p.next === null;
  $('next-unanswered').dataset.next = p.next ?? '';
  $('all-answered').hidden = p.next !== null;
  const walk = (s) => {
    const info = app.sections.get(s.id);
    for (const node of info?.progressNodes ?? []) {
      node.textContent = node.classList.contains('nav-progress') ? `${s.answered}/${s.total}` : say('progressSection', { answered: s.answered, total: s.total });
      node.dataset.answered = s.answered;
      node.dataset.total = s.total;
      node.classList.toggle('complete', s.answered === s.total);
    }
    s.sections.forEach(walk);
  };
  p.sections.forEach(walk);
  const unanswered = new Set(p.unanswered);
  for (const [id, q] of app.questions) q.node.classList.toggle('answered', !unanswered.has(id));
}

/** The name of a maturity level in the current language ('' when the framework names none). */
function levelName(level) {
  if (level === 0) return say('levelNotReached');
  return (app.q?.levels ?? []).find((l) => l.level === level)?.name ?? '';
}

function metricText(metric, value) {
  if (value === null || value === undefined) return say('notAvailable');
  if (metric === 'level') {
    const name = levelName(value);
    return name ? `${value} — ${name}` : String(value);
  }
  if (metric === 'compliance') return formatPercent(app.lang, value);
  return formatScore(app.lang, value);
}

/** A table cell: the figure (a level with its name). */
function metricCell(metric, value) {
  return el('td', { dataset: { metric, value: value === null ? 'null' : String(value) } }, metricText(metric, value));
}

/** A headline figure: the number large, a level's name under it. */
function headlineValue(metric, value) {
  const data = { metric, value: value === null ? 'null' : String(value) };
  if (metric !== 'level' || value === null || value === undefined) return el('dd', { dataset: data }, metricText(metric, value));
  const caption = levelName(value);
  return el('dd', { dataset: data }, String(value), caption ? el('span', { class: 'metric-caption' }, caption) : null);
}

function renderResults(a) {
  const body = $('results-body');
  let report;
  try {
    // The core validates as it scores, and a refusal lists every problem.
    report = app.fw.score(a);
  } catch (e) {
    const problems = problemsOf(e);
    const onlySubject = problems.every((p) => p.code === 'missing_subject');
    replace(body, onlySubject
      ? el('p', { class: 'notice' }, say('needSubject'))
      : [el('p', { class: 'notice' }, say('cannotScore')), el('ul', { class: 'problems' }, problems.map(problemItem))]);
    $('gaps-body').replaceChildren();
    return;
  }
  const root = report.root;
  const metrics = ['level', 'index', 'compliance'];
  const ordered = [report.headline, ...metrics.filter((m) => m !== report.headline)];
  const names = { level: say('maturityLevel'), index: say('index'), compliance: say('compliance') };
  const headline = el('dl', { class: 'headline' }, ordered.map((m, i) =>
    el('div', { class: i === 0 ? 'metric metric-main' : 'metric' }, el('dt', {}, names[m]), headlineValue(m, root[m]))));

  const top = root.groups ?? [];
  const chart = radarChart({
    axes: top.map((g) => ({ label: app.sections.get(g.id)?.title ?? g.id, value: g.index })),
    title: say('radarTitle'),
    description: say('radarDescription'),
    formatValue: (v) => formatScore(app.lang, v),
  });

  const rows = [];
  const addRows = (g, depth) => {
    const title = depth === 0 ? say('wholeFramework') : app.sections.get(g.id)?.title ?? g.id;
    rows.push(el('tr', { class: `depth-${depth}`, dataset: { group: g.id } },
      el('th', { scope: 'row' }, title),
      metricCell('level', g.level),
      metricCell('index', g.index),
      metricCell('compliance', g.compliance)));
    for (const sub of g.groups ?? []) addRows(sub, depth + 1);
  };
  addRows(root, 0);
  const table = el('table', { class: 'scores' },
    el('caption', {}, say('scoresBySection')),
    el('thead', {}, el('tr', {}, [say('section'), say('levelShort'), say('index'), say('compliance')].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));

  const warnings = report.warnings.map((w) => el('li', { dataset: { code: w.code } }, say(`warning_${w.code}`)));
  replace(body, headline,
    warnings.length ? el('ul', { class: 'warnings' }, warnings) : null,
    el('figure', { class: 'radar-figure' }, chart, el('figcaption', {}, say('radarTitle'))),
    el('div', { class: 'table-wrap' }, table));
  renderGaps(report.gaps ?? null);
}

function renderGaps(gaps) {
  const body = $('gaps-body');
  if ((app.q?.profiles ?? []).length === 0) {
    replace(body, el('p', { class: 'notice' }, say('noProfiles')));
    return;
  }
  if (!gaps) {
    replace(body, el('p', { class: 'notice' }, say('chooseProfile')));
    return;
  }
  const groups = el('table', { class: 'scores gap-groups' },
    el('thead', {}, el('tr', {}, [say('section'), say('targetLevel'), say('currentLevel'), say('gapStatus')].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, gaps.groups.map((g) => el('tr', { dataset: { group: g.group } },
      el('th', { scope: 'row' }, app.sections.get(g.group)?.title ?? g.group),
      el('td', {}, String(g.target_level)),
      el('td', {}, g.current_level === null ? say('notAvailable') : String(g.current_level)),
      el('td', { class: g.reached ? 'reached' : 'not-reached' }, g.reached ? say('reached') : say('notReached', { missing: g.missing }))))));
  const controls = gaps.controls.map((c) => {
    const q = app.questions.get(c.control);
    const answer = c.option ? q?.options.get(c.option) ?? c.option : null;
    return el('li', { dataset: { control: c.control, status: c.status } },
      el('span', { class: 'code' }, c.control), ' ', q?.title ?? '',
      el('span', { class: `status status-${c.status}` }, say(`status_${c.status}`)),
      c.level !== null ? el('span', { class: 'badge' }, say('level', { level: c.level })) : null,
      answer ? el('span', { class: 'current-answer' }, say('currentAnswer', { answer })) : null);
  });
  replace(body, groups,
    controls.length
      ? [el('h4', {}, say('gapControls', { count: controls.length })), el('ol', { class: 'gap-controls' }, controls)]
      : el('p', { class: 'notice' }, say('noGaps')));
}

// ---------------------------------------------------------------------------------------------
// Moving around

function focusQuestion(id) {
  const q = app.questions.get(id);
  if (!q) return false;
  q.node.scrollIntoView({ block: 'center' });
  const target = q.node.querySelector('input:checked') ?? q.node.querySelector('input');
  (target ?? q.node).focus({ preventScroll: true });
  return true;
}

// ---------------------------------------------------------------------------------------------
// Files

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileStem(name) {
  const stem = name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return stem.slice(0, 60) || 'assessment';
}

function exportAssessment() {
  const a = toAssessment();
  const name = `${fileStem(a.subject.name)}.${app.fw.id}.assessment.json`;
  download(name, `${JSON.stringify(a, null, 2)}\n`);
  status(say('exported', { file: name }));
  // Never refuse to save the respondent's work, but say what other tools will reject.
  const { errors } = app.fw.validateAssessment(a);
  if (errors.length) showAlert(say('exportedInvalid', { file: name }), errors);
  else hideAlert();
}

async function importAssessment(file) {
  const text = await file.text();
  const failed = (problems, more = '') => showAlert(`${say('importFailed', { file: file.name })}${more}`, problems);
  // The core picks the framework the file answers: the newest version in the registry (built-in
  // or opened from a file) that its requirement accepts.
  let fw;
  try {
    fw = app.registry.forAssessment(text);
  } catch (e) {
    if (isKalkanError(e) && e.code === 'framework_not_found') {
      const named = JSON.parse(text).framework;
      failed(problemsOf(e), ` ${say('frameworkNotFound', { framework: `${named.id} ${named.version}` })}`);
    } else {
      failed(problemsOf(e));
    }
    return;
  }
  const problems = fw.validateAssessment(text).errors;
  const key = entryOf(fw)?.key;
  fw.free();
  if (problems.length || !key) {
    failed(problems);
    return;
  }
  const draft = draftFrom(JSON.parse(text));
  if (key !== app.key && !selectFramework(key)) return;
  app.draft = app.store.setDraft(key, draft);
  save();
  hideAlert();
  renderAll();
  status(say('imported', { file: file.name }));
}

async function openFrameworkFile(file) {
  const text = await file.text();
  let fw;
  try {
    // The core refuses a different framework under an id and version it already has.
    fw = app.registry.addJson(text);
  } catch (e) {
    showAlert(say('frameworkFailed', { file: file.name }), problemsOf(e));
    return;
  }
  buildEntries();
  const entry = entryOf(fw);
  const idVersion = `${fw.id}@${fw.version}`;
  fw.free();
  if (!entry.builtin) {
    try {
      app.store.addFramework(idVersion, text);
    } catch (e) {
      // Still usable for this session even if the browser will not keep it.
      status(say('saveFailed', { reason: errorReason(e) }));
    }
  }
  if (!selectFramework(entry.key)) return;
  save();
  hideAlert();
  renderAll();
  status(say('frameworkLoaded', { title: app.q.title, file: file.name }));
}

// ---------------------------------------------------------------------------------------------
// Events

function setAnswer(control, change) {
  const answer = { ...(app.draft.answers[control] ?? {}), ...change };
  for (const [k, v] of Object.entries(answer)) {
    if (v === undefined || v === '') delete answer[k];
  }
  if (Object.keys(answer).length) app.draft.answers[control] = answer;
  else delete app.draft.answers[control];
}

function wire() {
  $('language').addEventListener('change', (e) => {
    app.lang = e.target.value;
    app.store.state.lang = app.lang;
    save();
    renderAll();
  });
  $('framework').addEventListener('change', (e) => {
    if (selectFramework(e.target.value)) {
      save();
      renderAll();
    } else {
      renderFrameworkSelect();
    }
  });
  $('subject-name').addEventListener('input', (e) => {
    app.draft.subject.name = e.target.value;
    save();
    update();
  });
  $('subject-country').addEventListener('input', (e) => {
    const upper = e.target.value.toUpperCase();
    if (upper !== e.target.value) e.target.value = upper;
    app.draft.subject.country = upper;
    save();
    update();
  });
  $('subject-kind').addEventListener('input', (e) => {
    app.draft.subject.kind = e.target.value;
    save();
    update();
  });
  $('profile').addEventListener('change', (e) => {
    app.draft.profile = e.target.value;
    save();
    update();
  });
  const questionnaire = $('questionnaire');
  questionnaire.addEventListener('change', (e) => {
    const input = e.target;
    if (input.type !== 'radio' || !input.checked) return;
    setAnswer(input.dataset.control, { option: input.value, answered_at: now() });
    app.draft.position = input.dataset.control;
    save();
    update();
  });
  questionnaire.addEventListener('input', (e) => {
    const area = e.target;
    if (area.dataset.notes === undefined) return;
    setAnswer(area.dataset.control, { notes: area.value });
    save();
  });
  questionnaire.addEventListener('click', (e) => {
    const control = e.target.closest('[data-clear]')?.dataset.clear;
    if (!control) return;
    setAnswer(control, { option: undefined, answered_at: undefined });
    for (const input of app.questions.get(control)?.node.querySelectorAll('input[type=radio]') ?? []) input.checked = false;
    save();
    update();
  });
  questionnaire.addEventListener('focusin', (e) => {
    const control = e.target.closest('[data-control]')?.dataset.control;
    if (control && control !== app.draft.position) {
      app.draft.position = control;
      save();
    }
  });
  $('next-unanswered').addEventListener('click', (e) => focusQuestion(e.target.dataset.next));
  $('export').addEventListener('click', exportAssessment);
  $('import').addEventListener('click', () => $('import-file').click());
  $('open-framework').addEventListener('click', () => $('framework-file').click());
  $('import-file').addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) await importAssessment(file);
  });
  $('framework-file').addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) await openFrameworkFile(file);
  });
}

// ---------------------------------------------------------------------------------------------
// Start

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
  try {
    await init();
  } catch (e) {
    const fatal = $('fatal');
    fatal.textContent = t('en', 'startFailed', { reason: errorReason(e) });
    fatal.hidden = false;
    return;
  }
  const { storage, problem } = openStorage();
  app.store = new Store(storage);
  app.lang = preferredLanguage(app.store.state.lang);
  app.registry = Registry.builtin();
  const refused = [];
  for (const [idVersion, f] of Object.entries(app.store.frameworks)) {
    try {
      app.registry.addJson(f.text).free();
    } catch (e) {
      refused.push({ idVersion, problems: problemsOf(e) });
    }
  }
  buildEntries();
  const wanted = [app.store.state.current, ...app.entries.map((e) => e.key)].filter(Boolean);
  for (const key of wanted) {
    if (selectFramework(key)) break;
  }
  wire();
  renderAll();
  if (problem) status(say('storageUnavailable', { reason: problem }));
  // A stored framework the registry refuses (e.g. a built-in one now has its id and version).
  if (refused.length) showAlert(say('frameworkFailed', { file: refused.map((r) => r.idVersion).join(', ') }), refused.flatMap((r) => r.problems));
  if (app.fw && app.draft.position) focusQuestion(app.draft.position);
  document.body.dataset.ready = 'true';
}

main();
