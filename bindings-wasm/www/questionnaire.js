// The questionnaire view: the framework's sections and questions as the core lays them out in
// the chosen language (fieldsets of radio buttons, guidance, notes), the section list, and the
// progress the core reports. Framework texts go in as text, never as HTML.

import { el, replace } from './dom.js';

const $ = (id) => document.getElementById(id);

export class QuestionnaireView {
  /** `say(key, vars)` gives the page's own strings in the current language. */
  constructor(say) {
    this.say = say;
    this.questions = new Map(); // control id -> fieldset
    this.progressNodes = new Map(); // section id -> [nodes showing its progress]
  }

  /** Lays out every question of `session.q`, with the session's answers and notes. */
  render(session) {
    const { q } = session;
    const say = this.say;
    this.questions = new Map();
    this.progressNodes = new Map();
    let seq = 0;
    // The page's words, asked of the core once per render rather than once per question.
    const words = {
      statement: `${say('labelColon', { label: say('statement') })} `,
      guidance: say('guidance'),
      notes: say('notes'),
      clearAnswer: say('clearAnswer'),
    };
    const levels = new Map();
    const levelText = (level) => {
      if (!levels.has(level)) levels.set(level, say('level', { level }));
      return levels.get(level);
    };

    const question = (item) => {
      const base = `q${++seq}`;
      const chosen = session.assessment.responses?.[item.id]?.option;
      const node = el('fieldset', { class: 'question', id: base, tabindex: '-1', dataset: { control: item.id }, 'aria-describedby': `${base}-text` },
        el('legend', {},
          el('span', { class: 'code' }, item.id), ' ',
          el('span', { class: 'question-title' }, item.title),
          item.level !== null ? el('span', { class: 'badge' }, levelText(item.level) + (item.level_name ? ` · ${item.level_name}` : '')) : null),
        el('p', { class: 'question-text', id: `${base}-text` }, item.question),
        item.statement && item.statement !== item.question ? el('p', { class: 'statement' }, el('span', { class: 'statement-label' }, words.statement), item.statement) : null,
        el('div', { class: 'options' }, item.options.map((o, i) => el('div', { class: 'option' },
          el('input', { type: 'radio', name: base, id: `${base}-o${i}`, value: o.id, checked: chosen === o.id, dataset: { control: item.id } }),
          el('label', { for: `${base}-o${i}` }, o.label)))),
        item.guidance ? el('details', { class: 'guidance' }, el('summary', {}, words.guidance), el('p', {}, item.guidance)) : null,
        el('div', { class: 'notes' },
          el('label', { for: `${base}-notes` }, words.notes),
          el('textarea', { id: `${base}-notes`, rows: '2', dataset: { control: item.id, notes: '' } })),
        el('button', { type: 'button', class: 'clear-answer', dataset: { clear: item.id }, 'aria-label': `${words.clearAnswer} — ${item.id}` }, words.clearAnswer));
      node.querySelector('textarea').value = session.notes(item.id);
      this.questions.set(item.id, node);
      return node;
    };

    const anchors = new Map();
    const section = (s, depth) => {
      const anchor = `s${++seq}`;
      anchors.set(s.id, anchor);
      const progress = el('p', { class: 'section-progress', dataset: { section: s.id } });
      this.progressNodes.set(s.id, [progress]);
      return el('section', { class: `section depth-${depth}`, id: anchor, 'aria-labelledby': `${anchor}-title` },
        el(`h${Math.min(depth, 6)}`, { class: 'section-title', id: `${anchor}-title` }, el('span', { class: 'code' }, s.id), ' ', s.title),
        s.description ? el('p', { class: 'section-description' }, s.description) : null,
        progress,
        s.questions.map(question),
        s.sections.map((sub) => section(sub, depth + 1)));
    };

    replace($('framework-intro'),
      el('h2', { id: 'framework-title' }, q.title),
      q.description ? el('p', {}, q.description) : null,
      el('p', { class: 'framework-meta' }, `${q.framework} ${q.version}`));
    replace($('questionnaire'), q.sections.map((s) => section(s, 3)));

    const navItem = (s) => {
      const count = el('span', { class: 'nav-progress', dataset: { section: s.id } });
      this.progressNodes.get(s.id).push(count);
      return el('li', {}, el('a', { href: `#${anchors.get(s.id)}` }, el('span', { class: 'nav-title' }, s.title), ' ', count));
    };
    replace($('sections-nav'), q.sections.map(navItem));
  }

  /** Shows the core's progress: overall, per section, and which questions have an answer. */
  showProgress(p) {
    const say = this.say;
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
      for (const node of this.progressNodes.get(s.id) ?? []) {
        node.textContent = node.classList.contains('nav-progress') ? `${s.answered}/${s.total}` : say('progressSection', { answered: s.answered, total: s.total });
        node.dataset.answered = s.answered;
        node.dataset.total = s.total;
        node.classList.toggle('complete', s.answered === s.total);
      }
      s.sections.forEach(walk);
    };
    p.sections.forEach(walk);
    const unanswered = new Set(p.unanswered);
    for (const [id, node] of this.questions) node.classList.toggle('answered', !unanswered.has(id));
  }

  /** Unticks every option of `control` (after the core removed its answer). */
  untick(control) {
    for (const input of this.questions.get(control)?.querySelectorAll('input[type=radio]') ?? []) input.checked = false;
  }

  /** Scrolls to the question of `control` and focuses its chosen (or first) option. */
  focus(control) {
    const node = this.questions.get(control);
    if (!node) return false;
    node.scrollIntoView({ block: 'center' });
    const target = node.querySelector('input:checked') ?? node.querySelector('input');
    (target ?? node).focus({ preventScroll: true });
    return true;
  }

  /** No framework: nothing to lay out. */
  clear() {
    replace($('framework-intro'), el('p', { class: 'empty' }, this.say('noFramework')));
    $('questionnaire').replaceChildren();
    $('sections-nav').replaceChildren();
    $('overall-progress-text').textContent = '';
  }
}
