// Files: exporting the assessment (the core's format, as the CLI and the Python package read
// it), importing one (the core picks the framework it answers and checks it first), and opening
// a framework file (the core's registry validates it and refuses a conflicting one).

import { isKalkanError } from './pkg/kalkan_wasm.js';
import { el } from './dom.js';
import { problemsOf } from './alerts.js';

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name part made from free text (an organisation's name). */
function fileStem(name) {
  const stem = name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return stem.slice(0, 60) || 'assessment';
}

/**
 * What the file actions need from the page: `session` (state.js), `say`, `alert` (alerts.js),
 * `status(message)`, `save()`, `select(key)` (switches framework; false when it cannot) and
 * `renderAll()`.
 */
export class Files {
  constructor(page) {
    this.page = page;
  }

  /** Downloads the assessment as it stands; says what other tools will reject in it. */
  exportAssessment() {
    const { session, say, alert, status } = this.page;
    const a = session.assessment;
    const name = `${fileStem(a.subject.name)}.${session.fw.id}.assessment.json`;
    download(name, `${JSON.stringify(a, null, 2)}\n`);
    status(say('exported', { file: name }));
    // Never refuse to save the respondent's work, but say what other tools will reject.
    const { errors } = session.fw.validateAssessment(a);
    if (errors.length) alert.show(say('exportedInvalid', { file: name }), errors);
    else alert.hide();
  }

  /** Reads an assessment file. A file the core refuses leaves the current answers untouched. */
  async importAssessment(file) {
    const { session, say, alert } = this.page;
    const text = await file.text();
    const failed = (problems, more = '') => alert.show(`${say('importFailed', { file: file.name })}${more}`, problems);
    // The core picks the framework the file answers: the newest version in the registry (built-in
    // or opened from a file) that its requirement accepts.
    let fw;
    try {
      fw = session.registry.forAssessment(text);
    } catch (e) {
      const missing = isKalkanError(e) && e.code === 'framework_not_found';
      failed(problemsOf(e), missing ? ` ${say('frameworkNotFound', { framework: `${e.details.id} ${e.details.requirement}` })}` : '');
      return;
    }
    const problems = fw.validateAssessment(text).errors;
    const key = session.entryOf(fw)?.key;
    fw.free();
    if (problems.length || !key) {
      failed(problems);
      return;
    }
    if (key !== session.key && !this.page.select(key)) return;
    // The file as written: fields the page does not edit and its own version requirement stay.
    session.adopt(key, JSON.parse(text));
    this.page.save();
    alert.hide();
    this.page.renderAll();
    this.page.status(say('imported', { file: file.name }));
  }

  /** Opens a framework file: it joins the registry (and the browser's storage) and is shown. */
  async openFramework(file) {
    const { session, say, alert, status } = this.page;
    const text = await file.text();
    let fw;
    try {
      // The core refuses a different framework under an id and version it already has.
      fw = session.registry.addJson(text);
    } catch (e) {
      alert.show(say('frameworkFailed', { file: file.name }), problemsOf(e));
      return;
    }
    session.refreshEntries();
    const entry = session.entryOf(fw);
    const idVersion = `${fw.id}@${fw.version}`;
    fw.free();
    if (!entry.builtin) {
      try {
        session.store.addFramework(idVersion, text);
      } catch (e) {
        // Still usable for this session even if the browser will not keep it.
        status(say('saveFailed', { reason: e instanceof Error ? e.message : String(e) }));
      }
    }
    if (!this.page.select(entry.key)) return;
    this.page.save();
    alert.hide();
    this.page.renderAll();
    status(say('frameworkLoaded', { title: session.q.title, file: file.name }));
  }
}
