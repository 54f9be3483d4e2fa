// Home: the most connected nations of the period as a network, and the warmest and coldest ties.
import { api } from './api.js';
import { h, replace, status, formatScore, scoreClass } from './dom.js';
import { forceGraph } from './graph.js';
import { nationName } from './nations.js';
import { mostConnected, networkEdges, warmestAndColdest } from './ties.js';

const MAX_NODES = 40;
const LISTED = 8;

export async function renderHome(root, { from, to }, navigate) {
  const graphBox = h('div', { class: 'graph-box' }, status('loading', `Loading the network of ${from} – ${to}…`));
  const warm = h('section', { class: 'ranked' }, h('h3', {}, 'Warmest ties'));
  const cold = h('section', { class: 'ranked' }, h('h3', {}, 'Coldest ties'));
  replace(root, h('h2', {}, `Ties between nations, ${from} – ${to}`),
    h('p', { class: 'hint' }, 'Find a nation in the search box (SAU, Saudi, KSA, Riyadh, Saudi Arabia), click a nation in the '
      + 'network, or click the pair of an alert to see how that tie moved and why.'),
    h('div', { class: 'nation-body' }, h('div', { class: 'lists' }, warm, cold),
      h('section', { class: 'network' }, graphBox)));

  let network;
  try {
    network = await api.network(from, to);
  } catch (e) {
    replace(graphBox, status('error', `Network unavailable: ${e.message}`));
    return;
  }
  const edges = networkEdges(network);
  if (!edges.length) {
    replace(graphBox, status('empty', `No events recorded between ${from} and ${to} yet. `
      + 'Once articles flow (./entente up --sample), ties appear here.'));
    warm.append(status('empty', 'None yet.'));
    cold.append(status('empty', 'None yet.'));
    return;
  }
  const { top, total } = mostConnected(edges, MAX_NODES);
  replace(graphBox, forceGraph([...top].map((id) => ({ id, label: nationName(id) })),
    edges.filter((e) => top.has(e.a) && top.has(e.b)), {
      width: Math.max(420, Math.min(900, graphBox.clientWidth || 640)), height: 420,
      onNode: (code) => navigate('nation', { nation: code, from, to }),
      onEdge: (a, b) => navigate('pair', { a, b, from, to }),
    }), h('p', { class: 'chart-note' }, `${top.size} most connected of ${total} nations · `,
    h('span', { class: 'legend pos' }, '━ cooperation'), ' ', h('span', { class: 'legend neg' }, '━ conflict')));
  const { warmest, coldest } = warmestAndColdest(edges, LISTED);
  pairList(warm, 'Warmest ties', warmest, from, to, navigate);
  pairList(cold, 'Coldest ties', coldest, from, to, navigate);
}

function pairList(root, title, edges, from, to, navigate) {
  if (!edges.length) {
    replace(root, h('h3', {}, title), status('empty', 'None in this period.'));
    return;
  }
  replace(root, h('h3', {}, title), h('ol', { class: 'pair-list' }, edges.map((e) => h('li', {},
    h('a', { href: '#', onclick: (ev) => { ev.preventDefault(); navigate('pair', { a: e.a, b: e.b, from, to }); } },
      `${nationName(e.a)} – ${nationName(e.b)}`), ' ',
    h('span', { class: `score ${scoreClass(e.score)}` }, formatScore(e.score))))));
}
