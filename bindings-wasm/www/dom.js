// Building DOM nodes without HTML parsing: every text goes in as a text node, so framework
// content and file names can never become markup or script.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else if (name === 'class') node.setAttribute('class', value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element: `el('p', {class: 'x'}, 'text', otherNode)`. */
export function el(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replaces every child of `node`. */
export function replace(node, ...children) {
  node.replaceChildren();
  return build(node, {}, children);
}

/**
 * An SVG element made from SVG text (the core's charts), for insertion with `append`. The text is
 * parsed as XML (`image/svg+xml`), never as HTML, and nothing in it runs. The core writes the
 * `<svg>` element without a namespace (it is inline in HTML reports), so it is parsed inside a
 * wrapper that declares the SVG namespace.
 */
export function svgFromText(text) {
  const doc = new DOMParser().parseFromString(`<svg xmlns="${SVG_NS}">${text}</svg>`, 'image/svg+xml');
  const chart = doc.documentElement.firstElementChild;
  if (doc.getElementsByTagName('parsererror').length > 0 || chart?.namespaceURI !== SVG_NS || chart.localName !== 'svg') {
    throw new Error('the chart is not well-formed SVG');
  }
  return document.importNode(chart, true);
}
