// Builds DOM nodes. Strings always become text nodes: nothing from a feed is ever parsed as HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** h('a', {href, class: 'x', onclick}, 'text', child, ...) */
export function h(tag, attrs = {}, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** The same for SVG elements. */
export function s(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(key, String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of node. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A link to an article, only for http(s) addresses: a javascript: URL from a feed stays plain text. */
export function articleLink(url, text) {
  const label = text || url || 'article';
  if (!safeUrl(url)) return h('span', { class: 'article' }, label);
  return h('a', { class: 'article', href: url, target: '_blank', rel: 'noopener noreferrer' }, label);
}

export function safeUrl(url) {
  try {
    const parsed = new URL(String(url));
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A status line for loading, empty and error states. */
export function status(kind, text) {
  return h('p', { class: `status status-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export function formatScore(score) {
  if (typeof score !== 'number') return '–';
  return (score > 0 ? '+' : '') + score.toFixed(1);
}

export function formatTime(instant) {
  if (!instant) return '';
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return String(instant);
  return d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

export function scoreClass(score) {
  if (score > 0.05) return 'pos';
  if (score < -0.05) return 'neg';
  return 'neutral';
}
