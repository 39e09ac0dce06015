// A radar chart of section indexes (0-100) drawn in SVG.

import { svg } from './dom.js';

const WIDTH = 520;
const HEIGHT = 380;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 118;
const RINGS = [25, 50, 75, 100];

function point(i, n, value) {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (RADIUS * Math.max(0, Math.min(100, value))) / 100;
  return [CX + r * Math.cos(angle), CY + r * Math.sin(angle)];
}

/** Splits a label into at most two lines of about `width` characters, ending with … if cut. */
function wrap(label, width = 15) {
  const words = label.split(/\s+/).filter(Boolean);
  const lines = [''];
  for (const word of words) {
    const last = lines.length - 1;
    if (lines[last] && (lines[last] + ' ' + word).length > width) {
      if (lines.length === 2) {
        lines[1] += '…';
        return lines;
      }
      lines.push(word);
    } else {
      lines[last] = lines[last] ? lines[last] + ' ' + word : word;
    }
  }
  return lines;
}

/**
 * The chart: `axes` is `[{label, value}]` with `value` 0-100 or null (drawn at 0, hollow dot).
 * `title` and `description` name the chart for assistive technology.
 */
export function radarChart({ axes, title, description, formatValue }) {
  const n = Math.max(axes.length, 1);
  const titleId = 'radar-title';
  const descId = 'radar-desc';
  const rings = RINGS.map((v) => {
    const pts = axes.length >= 3
      ? axes.map((_, i) => point(i, n, v).join(',')).join(' ')
      : null;
    return pts
      ? svg('polygon', { class: 'radar-ring', points: pts })
      : svg('circle', { class: 'radar-ring', cx: CX, cy: CY, r: (RADIUS * v) / 100 });
  });
  const spokes = axes.map((_, i) => {
    const [x, y] = point(i, n, 100);
    return svg('line', { class: 'radar-spoke', x1: CX, y1: CY, x2: x, y2: y });
  });
  const values = axes.map((a, i) => point(i, n, a.value ?? 0));
  const shape = svg('polygon', { class: 'radar-shape', points: values.map((p) => p.join(',')).join(' ') });
  const dots = axes.map((a, i) => {
    const [x, y] = values[i];
    return svg('circle', { class: a.value === null ? 'radar-dot radar-dot-empty' : 'radar-dot', cx: x, cy: y, r: 4 },
      svg('title', { text: `${a.label}: ${a.value === null ? '—' : formatValue(a.value)}` }));
  });
  const labels = axes.map((a, i) => {
    const [x, y] = point(i, n, 112);
    const dx = x - CX;
    const anchor = Math.abs(dx) < 8 ? 'middle' : dx > 0 ? 'start' : 'end';
    const lines = wrap(a.label);
    // Labels above the centre grow upwards, those below grow downwards.
    const lineHeight = 20;
    const top = y < CY - 8 ? y - lineHeight * (lines.length - 1) : y > CY + 8 ? y + 14 : y + 5 - (lineHeight * (lines.length - 1)) / 2;
    return svg('text', { class: 'radar-label', x, y: top, 'text-anchor': anchor },
      lines.map((line, k) => svg('tspan', { x, dy: k === 0 ? 0 : lineHeight, text: line })));
  });
  const ringLabels = RINGS.map((v) =>
    svg('text', { class: 'radar-ring-label', x: CX + 4, y: CY - (RADIUS * v) / 100 + 11, text: String(v) }));
  return svg('svg', {
    class: 'radar', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`,
    // Coordinates and text anchors are laid out left to right in every page direction.
    direction: 'ltr',
  },
  svg('title', { id: titleId, text: title }),
  svg('desc', { id: descId, text: description }),
  rings, spokes, ringLabels, shape, dots, labels);
}
