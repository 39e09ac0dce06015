// The page's own controls around the questionnaire: the language (and the page's direction),
// the framework list, the organisation assessed and the target profile.

import { isRtl } from './pkg/kalkan_wasm.js';
import { LANGUAGES } from './i18n.js';
import { el, replace } from './dom.js';

const $ = (id) => document.getElementById(id);

// Suggestions only: the core treats a subject's kind as free text, so any value is accepted. The
// suggested kinds are stored as these codes (which the reports name in every language) and shown
// by their names in the page's language.
const SUBJECT_KIND_SUGGESTIONS = ['ministry', 'agency', 'organisation', 'country', 'operator'];

// The controls that need an open framework.
const NEED_FRAMEWORK = ['export', 'export-oscal', 'export-poam', 'import', 'next-unanswered', 'subject-name', 'subject-kind', 'subject-country'];

export class Settings {
  /** `say(key, vars)` gives the page's own strings in the current language. */
  constructor(say) {
    this.say = say;
  }

  render(session) {
    this.#language(session);
    this.frameworks(session);
    for (const id of NEED_FRAMEWORK) $(id).disabled = !session.fw;
    if (!session.fw) {
      $('profile').disabled = true;
      return;
    }
    const { subject } = session.assessment;
    $('subject-name').value = subject.name ?? '';
    $('subject-kind').value = this.kindText(subject.kind ?? '');
    $('subject-country').value = subject.country ?? '';
    this.#profiles(session);
  }

  /** What the kind field shows for a stored kind: a suggested kind's name, any other as it is. */
  kindText(kind) {
    return SUBJECT_KIND_SUGGESTIONS.includes(kind) ? this.say(`kind_${kind}`) : kind;
  }

  /** What is stored for the kind field's text: the code of a suggested kind named in it. */
  kindCode(text) {
    const named = SUBJECT_KIND_SUGGESTIONS.find((k) => this.say(`kind_${k}`) === text.trim() || k === text.trim());
    return named ?? text;
  }

  #language(session) {
    const say = this.say;
    const html = document.documentElement;
    html.lang = session.lang;
    html.dir = isRtl(session.lang) ? 'rtl' : 'ltr';
    document.title = say('appTitle');
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = say(node.dataset.i18n);
    for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', say(node.dataset.i18nLabel));
    replace($('language'), LANGUAGES.map((l) => el('option', { value: l.tag, lang: l.tag, selected: l.tag === session.lang }, l.name)));
    $('subject-kind').placeholder = say('kindNone');
    replace($('subject-kinds'), SUBJECT_KIND_SUGGESTIONS.map((k) => el('option', { value: say(`kind_${k}`) })));
  }

  /** The framework list (again once the built-in frameworks on their way have joined it). */
  frameworks(session) {
    const say = this.say;
    const option = (e) => el('option', { value: e.key, selected: e.key === session.key }, `${session.title(e) || e.key} (\u2066${e.version}\u2069)`);
    const builtin = session.entries.filter((e) => e.builtin);
    const custom = session.entries.filter((e) => !e.builtin);
    replace($('framework'),
      builtin.length ? el('optgroup', { label: say('builtinFrameworks') }, builtin.map(option)) : null,
      custom.length ? el('optgroup', { label: say('customFrameworks') }, custom.map(option)) : null);
    $('framework').disabled = session.entries.length === 0;
  }

  #profiles(session) {
    const profiles = session.q.profiles;
    const current = session.assessment.profile ?? '';
    // A stored profile the framework does not have is kept (and shown as its id): the core reports
    // it as `unknown_profile` in the results until the respondent picks another.
    const unknown = current && !profiles.some((p) => p.id === current) ? current : null;
    replace($('profile'),
      el('option', { value: '', selected: !current }, this.say('profileNone')),
      profiles.map((p) => el('option', { value: p.id, selected: p.id === current }, p.title || p.id)),
      unknown ? el('option', { value: unknown, selected: true }, unknown) : null);
    $('profile').disabled = profiles.length === 0 && !unknown;
  }
}
