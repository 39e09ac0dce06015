// The results view: the core's report of the assessment (maturity level, index and compliance
// for the whole framework and each section, the radar chart the core draws) and its gap list for
// the chosen profile. What the core refuses to score is listed with its problems.

import { radarSvg } from './pkg/kalkan_wasm.js';
import { catalog, formatPercent, formatScore } from './i18n.js';
import { el, replace, svg, svgFromText } from './dom.js';
import { problemList, problemsOf } from './alerts.js';

const $ = (id) => document.getElementById(id);
const METRICS = ['level', 'index', 'compliance'];

/**
 * Crops a chart to what is drawn in it. The core lays charts out on a canvas as wide as a report
 * page; in the narrow side panel the unused margins would only make the text smaller.
 */
function fitToDrawing(chart) {
  const box = chart.getBBox();
  if (box.width > 0 && box.height > 0) {
    const pad = 8;
    chart.setAttribute('viewBox', [box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad].map((v) => v.toFixed(1)).join(' '));
  }
}

export class ResultsView {
  /** `say(key, vars)` gives the page's own strings in the current language. */
  constructor(say) {
    this.say = say;
  }

  /**
   * Scores the session's assessment with the core and shows the report, or why there is none.
   * `scored` is that score when it is already worked out: `{ok: report}` or `{error: ErrorData}`.
   */
  render(session, scored) {
    const say = this.say;
    let report = scored?.ok;
    let problems = scored?.error?.problems;
    if (!report && !problems) {
      try {
        // The core validates as it scores, and a refusal lists every problem.
        report = session.fw.score(session.assessment);
      } catch (e) {
        problems = problemsOf(e);
      }
    }
    if (problems) {
      const onlySubject = problems.every((p) => p.code === 'missing_subject');
      replace($('results-body'), onlySubject
        ? el('p', { class: 'notice' }, say('needSubject'))
        : [el('p', { class: 'notice' }, say('cannotScore')), problemList(problems, say)]);
      $('gaps-body').replaceChildren();
      return;
    }
    const root = report.root;
    const ordered = [report.headline, ...METRICS.filter((m) => m !== report.headline)];
    const names = { level: say('maturityLevel'), index: say('index'), compliance: say('compliance') };
    const headline = el('dl', { class: 'headline' }, ordered.map((m, i) =>
      el('div', { class: i === 0 ? 'metric metric-main' : 'metric' }, el('dt', {}, names[m]), this.#headlineValue(session, m, root[m]))));

    const rows = [];
    const addRows = (g, depth) => {
      const title = depth === 0 ? say('wholeFramework') : session.sectionTitle(g.id);
      rows.push(el('tr', { class: `depth-${depth}`, dataset: { group: g.id } },
        el('th', { scope: 'row' }, title),
        METRICS.map((m) => this.#metricCell(session, m, g[m]))));
      for (const sub of g.groups ?? []) addRows(sub, depth + 1);
    };
    addRows(root, 0);
    const table = el('table', { class: 'scores' },
      el('caption', {}, say('scoresBySection')),
      el('thead', {}, el('tr', {}, [say('section'), say('levelShort'), say('index'), say('compliance')].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows));

    const warnings = report.warnings.map((w) => el('li', { dataset: { code: w.code } }, catalog(session.lang, `warning-${w.code}`, w.details)));
    const chart = this.#radar(session, root.groups ?? []);
    replace($('results-body'), headline,
      warnings.length ? el('ul', { class: 'warnings' }, warnings) : null,
      el('figure', { class: 'radar-figure' }, chart, el('figcaption', {}, say('radarTitle'))),
      el('div', { class: 'table-wrap' }, table));
    fitToDrawing(chart);
    this.#renderGaps(session, report.gaps ?? null);
  }

  /** The core's radar chart of the top-level sections' indexes, named for assistive technology. */
  #radar(session, groups) {
    const say = this.say;
    const items = groups.map((g) => ({
      label: session.sectionTitle(g.id),
      index: g.index,
      shown: g.index === null ? say('notAvailable') : formatScore(session.lang, g.index),
    }));
    const chart = svgFromText(radarSvg(items, say('radarTitle'), session.q.direction === 'rtl'));
    chart.classList.add('radar');
    // The core's <title> names the chart; the description says where the same figures are.
    chart.querySelector('title')?.after(svg('desc', { text: say('radarDescription') }));
    return chart;
  }

  /** The name of a maturity level in the current language ('' when the framework names none). */
  #levelName(session, level) {
    if (level === 0) return this.say('levelNotReached');
    return session.q.levels.find((l) => l.level === level)?.name ?? '';
  }

  #metricText(session, metric, value) {
    if (value === null || value === undefined) return this.say('notAvailable');
    if (metric === 'level') {
      const name = this.#levelName(session, value);
      return name ? `${value} — ${name}` : String(value);
    }
    if (metric === 'compliance') return formatPercent(session.lang, value);
    return formatScore(session.lang, value);
  }

  /** A table cell: the figure (a level with its name). */
  #metricCell(session, metric, value) {
    return el('td', { dataset: { metric, value: value === null ? 'null' : String(value) } }, this.#metricText(session, metric, value));
  }

  /** A headline figure: the number large, a level's name under it. */
  #headlineValue(session, metric, value) {
    const data = { metric, value: value === null ? 'null' : String(value) };
    if (metric !== 'level' || value === null || value === undefined) return el('dd', { dataset: data }, this.#metricText(session, metric, value));
    const caption = this.#levelName(session, value);
    return el('dd', { dataset: data }, String(value), caption ? el('span', { class: 'metric-caption' }, caption) : null);
  }

  #renderGaps(session, gaps) {
    const say = this.say;
    const body = $('gaps-body');
    if (session.q.profiles.length === 0) {
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
        el('th', { scope: 'row' }, session.sectionTitle(g.group)),
        el('td', {}, String(g.target_level)),
        el('td', {}, g.current_level === null ? say('notAvailable') : String(g.current_level)),
        el('td', { class: g.reached ? 'reached' : 'not-reached' }, g.reached ? say('reached') : say('notReached', { missing: g.missing }))))));
    const controls = gaps.controls.map((c) => el('li', { dataset: { control: c.control, status: c.status } },
      el('span', { class: 'code' }, c.control), ' ', session.questions.get(c.control)?.title ?? '',
      el('span', { class: `status status-${c.status}` }, say(`status_${c.status}`)),
      c.level !== null ? el('span', { class: 'badge' }, say('level', { level: c.level })) : null,
      c.option ? el('span', { class: 'current-answer' }, say('currentAnswer', { answer: session.optionLabel(c.control, c.option) })) : null));
    replace(body, el('div', { class: 'table-wrap' }, groups),
      controls.length
        ? [el('h4', {}, say('gapControls', { count: controls.length })), el('ol', { class: 'gap-controls' }, controls)]
        : el('p', { class: 'notice' }, say('noGaps')));
  }

  /** No framework: no results. */
  clear() {
    $('results-body').replaceChildren();
    $('gaps-body').replaceChildren();
  }
}
