// Messages about problems: the alert at the top of the page, and lists of the core's problems
// (each with its JSON Pointer, message, code and, for syntax errors, line and column).

import { isKalkanError } from './pkg/kalkan_wasm.js';
import { el, replace } from './dom.js';

/** Problems carried by a thrown value: a KalkanError's, or one made from any other error. */
export function problemsOf(e) {
  if (isKalkanError(e)) return e.problems;
  return [{ pointer: '', code: 'error', message: e instanceof Error ? e.message : String(e), details: {} }];
}

/** One problem as a list item, its message in the page's language; `say` gives the page's
 * strings and `say.problem` a problem's message. The code is isolated left to right, so that in
 * Arabic a message ending in a Latin word (`UTF-8`) keeps its quotes around it. */
export function problemItem(p, say) {
  const where = p.pointer ? p.pointer : say('wholeDocument');
  const at = p.line ? ` (${say('lineColumn', { line: p.line, column: p.column })})` : '';
  return el('li', { class: 'problem', dataset: { code: p.code, pointer: p.pointer } },
    el('code', { class: 'problem-pointer' }, where), ' ', say.problem(p), at, ' ', el('span', { class: 'problem-code', dir: 'ltr' }, `[${p.code}]`));
}

/** A list of problems. */
export function problemList(problems, say) {
  return el('ul', { class: 'problems' }, problems.map((p) => problemItem(p, say)));
}

/** The alert (`#alert`): a message, the problems behind it, and a button to dismiss it. */
export class Alert {
  constructor(node, say) {
    this.node = node;
    this.say = say;
  }

  show(message, problems = []) {
    const say = this.say;
    replace(this.node,
      el('p', { class: 'alert-message' }, message),
      problems.length ? [el('p', {}, say('problemsIntro')), problemList(problems, say)] : null,
      el('button', { type: 'button', class: 'alert-dismiss', onclick: () => this.hide() }, say('dismiss')));
    this.node.hidden = false;
    this.node.focus();
  }

  hide() {
    this.node.hidden = true;
    this.node.replaceChildren();
  }
}
