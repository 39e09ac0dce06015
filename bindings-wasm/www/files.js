// Files: exporting the assessment (the core's format, as the CLI and the Python package read
// it) and the core's OSCAL documents of it (assessment results, plan of action, made in the
// import module, importer.js), importing one (the core picks the framework it answers and checks
// it first), and opening
// a framework file (the core's registry validates it and refuses a conflicting one; a file in
// another format, an OSCAL catalog or a CISO Assistant library, is first imported by the core's
// importer, importer.js).
//
// A chosen file's size is checked by the core before it is read (`input_too_large`); then it is
// read as bytes, which the core decodes (`invalid_encoding` for UTF-16 and the like). Files over
// WORKER_THRESHOLD are decoded, checked and scored in a Web Worker (worker.js) with the same
// steps (intake.js), so the page keeps responding; the result is shown the same way.

import { checkSize, limits } from './pkg/kalkan_wasm.js';
import { el } from './dom.js';
import { READERS, WORKER_THRESHOLD, addFramework, errorData } from './intake.js';
import { importFramework, oscalAssessmentResults, oscalPoam, prepare } from './importer.js';
import { problemsOf } from './alerts.js';

/** The worker that reads large files, started on first use (and again after it fails). */
class FileWorker {
  #worker = null;
  #pending = new Map();
  #next = 0;

  #start() {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    worker.addEventListener('message', ({ data }) => {
      this.#pending.get(data.id)?.resolve(data.result);
      this.#pending.delete(data.id);
    });
    // A worker that cannot load (or dies) fails what it was doing; the next file starts a new one.
    const fail = (e) => {
      worker.terminate();
      if (this.#worker === worker) this.#worker = null;
      for (const p of this.#pending.values()) p.reject(new Error(e?.message || 'the file worker stopped'));
      this.#pending.clear();
    };
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
    this.#worker = worker;
    return worker;
  }

  /** What intake.js's reader for a `kind` of document returns for `file`, worked out in the worker. */
  read(kind, file, frameworks) {
    const worker = this.#start();
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ id, document: kind, file, frameworks, limits: limits() });
    });
  }
}

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

  /**
   * What the core makes of a chosen file, a `kind` of document (see intake.js): not read at all
   * when the core finds it too large, read in the worker when it is large (on the page should
   * the worker fail to start). `{error}` (the core's ErrorData) or the reader's result.
   */
  async read(kind, file) {
    try {
      checkSize(kind, file.size);
    } catch (e) {
      return { error: errorData(e) };
    }
    const registry = this.page.session.registry;
    if (file.size > WORKER_THRESHOLD && typeof Worker === 'function') {
      this.worker ??= new FileWorker();
      const frameworks = Object.values(this.page.session.store.frameworks).map((f) => f.text);
      document.body.dataset.busy = 'true';
      try {
        const result = await this.worker.read(kind, file, frameworks);
        // The page's registry must hold a framework the worker accepted.
        return kind === 'framework' && !result.error && result.source === undefined ? addFramework(registry, result.text) : result;
      } catch {
        // No worker here after all: read it on the page.
      } finally {
        delete document.body.dataset.busy;
      }
    }
    let bytes;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      return { error: errorData(e) };
    }
    return READERS[kind](registry, bytes);
  }

  /** Starts loading the module of the OSCAL exports. */
  prepareExports() {
    prepare();
  }

  /**
   * Downloads the core's OSCAL `assessment-results` document of the assessment, scored against
   * its target profile (or none). The core refuses an assessment without a date; the page dates a
   * new assessment the day it starts it (state.js), as the CLI's questionnaire does.
   */
  exportOscal() {
    return this.#exportOscal('oscal-assessment-results', oscalAssessmentResults, 'oscalExported', 'oscalFailed');
  }

  /**
   * Downloads the core's OSCAL `plan-of-action-and-milestones` (POA&M) of the assessment's gaps
   * against its target profile. The core says when there is none to make (no target profile:
   * `no_profile`; no gap: nothing to plan).
   */
  exportPoam() {
    return this.#exportOscal('oscal-poam', oscalPoam, 'poamExported', 'poamFailed');
  }

  /**
   * One OSCAL document per click: a browser lets a click download one file, and asks before a
   * page downloads several at once, so each document has its own button.
   */
  async #exportOscal(kind, make, exported, failed) {
    const { session, say, alert, status } = this.page;
    const a = session.assessment;
    let doc;
    try {
      // The exports are in the import module, fetched the first time (importer.js).
      doc = await make(session.fw.framework(), a, null);
    } catch (e) {
      alert.show(say(failed), problemsOf(e));
      return;
    }
    const name = `${fileStem(a.subject.name)}.${session.fw.id}.${kind}.json`;
    download(name, `${JSON.stringify(doc, null, 2)}\n`);
    status(say(exported, { file: name }));
    alert.hide();
  }

  /** Reads an assessment file. A file the core refuses leaves the current answers untouched. */
  async importAssessment(file) {
    // The core picks among every framework: the built-in ones must all be there.
    await this.page.started;
    const { session, say, alert } = this.page;
    const failed = (problems, more = '') => alert.show(`${say('importFailed', { file: file.name })}${more}`, problems);
    // The core picks the framework the file answers: the newest version in the registry (built-in
    // or opened from a file) that its requirement accepts.
    const read = await this.read('assessment', file);
    if (read.error) {
      const missing = read.error.code === 'framework_not_found';
      failed(read.error.problems, missing ? ` ${say('frameworkNotFound', { framework: `${read.error.details.id} ${read.error.details.requirement}` })}` : '');
      return;
    }
    const key = session.entryOf(read)?.key;
    if (read.errors.length || !key) {
      failed(read.errors);
      return;
    }
    if (key !== session.key && !this.page.select(key)) return;
    // The file as written: fields the page does not edit and its own version requirement stay.
    session.adopt(key, JSON.parse(read.text));
    this.page.save();
    alert.hide();
    // Progress and scores as the reader worked them out (in the worker for a large file).
    this.page.renderAll({ progress: read.progress, scored: read.scored });
    this.page.status(say('imported', { file: file.name }));
  }

  /** Opens a framework file: it joins the registry (and the browser's storage) and is shown. */
  async openFramework(file) {
    // The core refuses one under a built-in framework's id and version: they must all be there.
    await this.page.started;
    const { session, say, alert, status } = this.page;
    // The core refuses a different framework under an id and version it already has.
    let read = await this.read('framework', file);
    let imported = null;
    if (read.source !== undefined) {
      // Another format: the core's importer makes the framework, which then joins the registry.
      try {
        imported = await importFramework(read.source);
        read = addFramework(session.registry, JSON.stringify(imported.framework));
      } catch (e) {
        read = { error: errorData(e) };
      }
    }
    if (read.error) {
      alert.show(say('frameworkFailed', { file: file.name }), read.error.problems);
      return;
    }
    const { text } = read;
    session.refreshEntries();
    const entry = session.entryOf(read);
    const idVersion = `${read.id}@${read.version}`;
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
    if (imported) status(say('frameworkImported', { title: session.q.title, file: file.name, controls: imported.report.controls }));
    else status(say('frameworkLoaded', { title: session.q.title, file: file.name }));
  }
}
