// Saving in the browser. Every change is written to localStorage at once (synchronously), so a
// reload, a closed tab or a crash loses nothing.
//
// Layout (JSON under two keys):
//   kalkan.questionnaire.v1            {lang, current, drafts: {<framework key>: Draft}}
//   kalkan.questionnaire.v1.frameworks {<id@version>: {text}}   frameworks opened from files
// A Draft is what the respondent has entered for one framework:
//   {assessment, notes: {<control>: text}, position}
// `assessment` is the assessment document itself, as the core writes it (null until the
// framework is first opened); `notes` holds notes written on questions that have no answer,
// which stay in the browser (the assessment format has no response without an option);
// `position` is the question last touched.
//
// Drafts saved by earlier versions of the page ({subject, profile, requirement, extra,
// answers}) are kept as `legacy` until their framework is opened, where the core rebuilds them
// (see state.js).

const STATE_KEY = 'kalkan.questionnaire.v1';
const FRAMEWORKS_KEY = 'kalkan.questionnaire.v1.frameworks';

/** An empty draft. */
export function emptyDraft() {
  return { assessment: null, notes: {}, position: '' };
}

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Brings a stored draft to the current shape (missing or damaged parts become empty). */
function normalizeDraft(d) {
  const base = emptyDraft();
  if (!isObject(d)) return base;
  if (isObject(d.assessment)) base.assessment = d.assessment;
  else if (isObject(d.answers)) base.legacy = d;
  if (isObject(d.notes)) {
    for (const [id, text] of Object.entries(d.notes)) {
      if (typeof text === 'string') base.notes[id] = text;
    }
  }
  if (typeof d.position === 'string') base.position = d.position;
  return base;
}

export class Store {
  /** `storage` is `window.localStorage`, or null when the browser refuses it (then nothing persists). */
  constructor(storage) {
    this.storage = storage;
    const state = this.#read(STATE_KEY);
    this.state = {
      lang: typeof state?.lang === 'string' ? state.lang : '',
      current: typeof state?.current === 'string' ? state.current : '',
      drafts: {},
    };
    if (isObject(state?.drafts)) {
      for (const [key, d] of Object.entries(state.drafts)) this.state.drafts[key] = normalizeDraft(d);
    }
    const frameworks = this.#read(FRAMEWORKS_KEY);
    this.frameworks = {};
    if (isObject(frameworks)) {
      for (const [key, f] of Object.entries(frameworks)) {
        if (isObject(f) && typeof f.text === 'string') this.frameworks[key] = { text: f.text };
      }
    }
  }

  #read(key) {
    if (!this.storage) return null;
    const raw = this.storage.getItem(key);
    if (raw === null) return null;
    try {
      return JSON.parse(raw);
    } catch {
      // Keep the damaged text aside instead of overwriting it with the next save.
      this.keepAside(raw);
      return null;
    }
  }

  /** Keeps damaged saved text aside (under a key of its own) instead of losing it. */
  keepAside(text) {
    try {
      this.storage?.setItem(`${STATE_KEY}.damaged-${Date.now()}`, text);
    } catch {
      // No room to keep it.
    }
  }

  /** The draft for a framework key, created empty on first use. */
  draft(key) {
    this.state.drafts[key] ??= emptyDraft();
    return this.state.drafts[key];
  }

  /** Replaces the draft for a framework key. */
  setDraft(key, draft) {
    this.state.drafts[key] = normalizeDraft(draft);
    return this.state.drafts[key];
  }

  /** Writes the state now. Throws when the browser refuses (quota, privacy mode). */
  save() {
    this.storage?.setItem(STATE_KEY, JSON.stringify(this.state));
  }

  /**
   * Remembers a framework opened from a file, once the core's registry has accepted it (the
   * registry refuses a different framework under an id@version it has). A key already stored is
   * never overwritten. Kept for this session even when the browser refuses to store it, in which
   * case this throws.
   */
  addFramework(key, text) {
    if (Object.hasOwn(this.frameworks, key)) return;
    this.frameworks[key] = { text };
    this.storage?.setItem(FRAMEWORKS_KEY, JSON.stringify(this.frameworks));
  }
}
