// The page's state: which frameworks there are, which one is open, in which language, and the
// respondent's assessment of it. Every document change goes through the core (WebAssembly): a
// new assessment is the core's `newAssessment`, an answer is the core's `answer` (which places
// it in questionnaire order), and progress, scores and texts come from the core. This module has
// no DOM; the views read it and call its methods.

import { localize, removeResponse } from './pkg/kalkan_wasm.js';

/** The key of the list entry for a framework of the registry. */
function entryKey(builtin, id, version) {
  return `${builtin ? 'builtin' : 'custom'}:${id}@${version}`;
}

/** A subject as the assessment format writes it: the name always, other fields when given. */
function subjectOf(fields) {
  const subject = { name: typeof fields?.name === 'string' ? fields.name : '' };
  for (const k of ['kind', 'country', 'sector']) {
    if (typeof fields?.[k] === 'string' && fields[k]) subject[k] = fields[k];
  }
  return subject;
}

/** The response with `notes` written in it, or without notes when they are blank. */
function withNotes(response, notes) {
  const r = { ...response };
  if (typeof notes === 'string' && notes.trim()) r.notes = notes;
  else delete r.notes;
  return r;
}

export class Session {
  /** `store` keeps drafts and opened frameworks; `registry` is the core's Registry; `now()` is
   * the time (`YYYY-MM-DDTHH:MM:SSZ`, UTC), which dates a new assessment. */
  constructor(store, registry, lang, now) {
    this.store = store;
    this.registry = registry;
    this.lang = lang;
    this.now = now;
    this.entries = []; // frameworks the user can pick: {key, id, version, builtin, title, waiting?}
    this.waiting = []; // built-in frameworks listed but not in the registry yet (see expect)
    this.key = ''; // the chosen entry's key
    this.fw = null; // the chosen CompiledFramework
    this.q = null; // its questionnaire view in `lang`
    this.sections = new Map(); // group id -> Section of `q`
    this.questions = new Map(); // control id -> Question of `q`
    this.draft = null;
    this.refreshEntries();
  }

  /** The assessment being answered (the core's document). */
  get assessment() {
    return this.draft.assessment;
  }

  /**
   * The built-in frameworks of the index (`[{id, version, title}]`, in the registry's order) that
   * the page will add to the registry shortly: listed already, marked `waiting` until added.
   */
  expect(index) {
    this.#order = new Map(index.map((e, i) => [entryKey(true, e.id, e.version), i]));
    this.waiting = index.map((e) => ({ key: entryKey(true, e.id, e.version), id: e.id, version: e.version, builtin: true, title: e.title, waiting: true }));
    this.refreshEntries();
  }

  /** Whether the list entry `key` is a built-in framework not in the registry yet. */
  isWaiting(key) {
    return this.entries.some((e) => e.key === key && e.waiting);
  }

  /** The framework list: every framework of the registry, built-in ones first. */
  refreshEntries() {
    const all = this.registry.list().map((s) => ({ key: entryKey(s.builtin, s.id, s.version), id: s.id, version: s.version, builtin: s.builtin, title: s.title }));
    const added = new Map(all.map((e) => [e.key, e]));
    this.waiting = this.waiting.filter((e) => !added.has(e.key));
    // While some are on their way, the built-in ones are in the index's order (the registry's).
    const builtin = this.waiting.length
      ? [...this.waiting, ...all.filter((e) => e.builtin)].sort((a, b) => this.#rank(a) - this.#rank(b))
      : all.filter((e) => e.builtin);
    this.entries = [...builtin, ...all.filter((e) => !e.builtin)];
  }

  #order = new Map();

  /** The place of a built-in entry in the index (what `expect` was given). */
  #rank(entry) {
    return this.#order.get(entry.key) ?? Number.MAX_SAFE_INTEGER;
  }

  /** The title of a list entry in the current language (the core's fallback rule). */
  title(entry) {
    return localize(entry.title, this.lang);
  }

  /** The list entry of a CompiledFramework the registry handed out. */
  entryOf(fw) {
    return this.entries.find((e) => e.id === fw.id && e.version === fw.version);
  }

  /** Switches to the framework `key`. Throws the core's error when it cannot be loaded. */
  select(key) {
    const entry = this.entries.find((e) => e.key === key);
    if (!entry) return false;
    const fw = this.registry.get(entry.id, `=${entry.version}`);
    this.fw?.free();
    this.fw = fw;
    this.key = key;
    this.draft = this.store.draft(key);
    this.store.state.current = key;
    if (this.draft.legacy) {
      this.draft.assessment = this.#fromLegacy(this.draft.legacy);
      delete this.draft.legacy;
      try {
        this.store.save(); // in the new shape from now on
      } catch {
        // The browser refuses to store: the next change says so.
      }
    }
    if (this.draft.assessment && !this.#readable(this.draft.assessment)) {
      this.store.keepAside(JSON.stringify(this.draft.assessment));
      this.draft.assessment = null;
    }
    // A new assessment starts today (UTC), as one the CLI's questionnaire starts: OSCAL exports
    // need the date.
    this.draft.assessment ??= { ...fw.newAssessment({ name: '' }), started: this.now().slice(0, 10) };
    this.#layOut();
    return true;
  }

  /** Whether the core can read a stored assessment (damaged storage aside): progress reads it. */
  #readable(assessment) {
    try {
      this.fw.progress(assessment);
      return true;
    } catch {
      return false;
    }
  }

  /** The questionnaire view in the current language, and its titles by id. */
  #layOut() {
    this.q = this.fw.questionnaire(this.lang);
    this.sections = new Map();
    this.questions = new Map();
    const walk = (s) => {
      this.sections.set(s.id, s);
      for (const q of s.questions) this.questions.set(q.id, q);
      s.sections.forEach(walk);
    };
    this.q.sections.forEach(walk);
  }

  /** The title of a group in the current language (its id for a group the view lacks). */
  sectionTitle(id) {
    return this.sections.get(id)?.title ?? id;
  }

  /** The label of an option of `control` in the current language. */
  optionLabel(control, option) {
    return this.questions.get(control)?.options.find((o) => o.id === option)?.label ?? option;
  }

  /** Changes the language of the questionnaire view. */
  setLanguage(lang) {
    this.lang = lang;
    this.store.state.lang = lang;
    if (this.fw) this.#layOut();
  }

  /** Replaces the open framework's draft with an imported assessment the core has accepted. */
  adopt(key, assessment) {
    this.draft = this.store.setDraft(key, { assessment, notes: {}, position: '' });
  }

  /** Chooses `option` for `control`, keeping the response's notes and evidence. */
  answer(control, option, answeredAt) {
    const before = this.assessment.responses?.[control];
    const notes = before?.notes ?? this.draft.notes[control];
    this.draft.assessment = this.fw.answer(this.assessment, control, withNotes({ ...before, option, answered_at: answeredAt }, notes));
    delete this.draft.notes[control];
    this.draft.position = control;
  }

  /** Removes the answer to `control`; its notes stay in the browser. */
  clearAnswer(control) {
    const notes = this.assessment.responses?.[control]?.notes;
    if (notes) this.draft.notes[control] = notes;
    this.draft.assessment = removeResponse(this.assessment, control);
  }

  /** The notes on `control`: in its response when it has one, else kept in the browser. */
  notes(control) {
    return this.assessment.responses?.[control]?.notes ?? this.draft.notes[control] ?? '';
  }

  setNotes(control, text) {
    const response = this.assessment.responses?.[control];
    if (response) {
      this.draft.assessment = this.fw.answer(this.assessment, control, withNotes(response, text));
    } else if (text) {
      this.draft.notes[control] = text;
    } else {
      delete this.draft.notes[control];
    }
  }

  /** Sets a field of the subject (`name`, `kind`, `country`). */
  setSubject(field, value) {
    this.assessment.subject = subjectOf({ ...this.assessment.subject, [field]: value });
  }

  /** Sets the target profile ('' for none). */
  setProfile(id) {
    if (id) this.assessment.profile = id;
    else delete this.assessment.profile;
  }

  /**
   * A draft saved by an earlier version of the page, which kept its own copy of the answers:
   * the same assessment, built by the core (subject, profile, the fields the page does not edit,
   * each response in questionnaire order; notes without an answer stay in the browser).
   */
  #fromLegacy(old) {
    let a = this.fw.newAssessment(subjectOf(old.subject));
    if (typeof old.requirement === 'string' && old.requirement) a.framework.version = old.requirement;
    if (typeof old.profile === 'string' && old.profile) a.profile = old.profile;
    for (const k of ['$schema', 'assessor', 'started', 'completed']) {
      if (old.extra?.[k] !== undefined) a[k] = old.extra[k];
    }
    for (const [id, r] of Object.entries(old.answers)) {
      if (typeof r?.option === 'string' && r.option) {
        try {
          a = this.fw.answer(a, id, withNotes(r, r.notes));
        } catch {
          // A stored answer the core cannot read (damaged storage) is left out.
        }
      } else if (typeof r?.notes === 'string' && r.notes) {
        this.draft.notes[id] = r.notes;
      }
    }
    if (typeof old.position === 'string') this.draft.position = old.position;
    return a;
  }
}
