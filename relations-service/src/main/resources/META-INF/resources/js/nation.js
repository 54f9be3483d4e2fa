// Nation view: closest partners and worst relations, ranked, and the network of ties around the nation.
import { api, listOf } from './api.js';
import { h, replace, status, formatScore, scoreClass } from './dom.js';
import { forceGraph } from './graph.js';
import { nationName } from './nations.js';
import { rangeControls } from './controls.js';

const RANKED = 10;
const MAX_NEIGHBOURS = 30;

export async function renderNation(root, { nation, from, to }, navigate) {
  const closest = h('section', { class: 'ranked' }, h('h3', {}, 'Closest partners now'), status('loading', 'Loading…'));
  const worst = h('section', { class: 'ranked' }, h('h3', {}, 'Worst relations now'), status('loading', 'Loading…'));
  const graphBox = h('div', { class: 'graph-box' }, status('loading', `Loading the network around ${nation}…`));
  const controls = h('form', { class: 'controls', onsubmit: (e) => {
    e.preventDefault();
    const data = new FormData(e.target);
    navigate('nation', { nation, from: data.get('from'), to: data.get('to') });
  } }, h('span', {}, 'Network of ties'), rangeControls(from, to), h('button', { type: 'submit' }, 'Show'));
  replace(root, h('h2', {}, `${nationName(nation)} (${nation})`),
    h('div', { class: 'nation-body' }, h('div', { class: 'lists' }, closest, worst),
      h('section', { class: 'network' }, controls, graphBox,
        h('p', { class: 'chart-note' }, h('span', { class: 'legend pos' }, '━ cooperation'), ' ',
          h('span', { class: 'legend neg' }, '━ conflict'), ' · width shows strength · click a nation to open it'))));

  const toPair = (partner) => navigate('pair', { a: nation, b: partner });
  const [best, bad, network] = await Promise.allSettled([
    api.ranked(nation, 'closest', RANKED), api.ranked(nation, 'worst', RANKED), api.network(from, to)]);
  renderRanked(closest, 'Closest partners now', best, (t) => t.score > 0, toPair);
  renderRanked(worst, 'Worst relations now', bad, (t) => t.score < 0, toPair);

  let graph;
  if (network.status === 'fulfilled') {
    graph = egoNetwork(nation, network.value);
  } else if (best.status === 'fulfilled' || bad.status === 'fulfilled') {
    graph = starFromRanked(nation, [best, bad]);
    graph.note = `Network API unavailable (${network.reason.message}); showing current direct ties only.`;
  } else {
    replace(graphBox, status('error', `Network unavailable: ${network.reason.message}`));
    return;
  }
  if (graph.nodes.length < 2) {
    replace(graphBox, status('empty', `No ties of ${nation} between ${from} and ${to}.`));
    return;
  }
  const width = Math.max(420, Math.min(900, graphBox.clientWidth || 640));
  replace(graphBox, forceGraph(graph.nodes, graph.edges, {
    center: nation, width, height: 400,
    onNode: (code) => navigate('nation', { nation: code, from, to }),
    onEdge: (a, b) => navigate('pair', { a, b, from, to }),
  }), graph.note ? status('empty', graph.note) : null);
}

function renderRanked(root, title, result, fits, toPair) {
  if (result.status === 'rejected') {
    replace(root, h('h3', {}, title), status('error', result.reason.message));
    return;
  }
  const ties = (result.value.ties || []).filter(fits);
  if (!ties.length) {
    replace(root, h('h3', {}, title), status('empty', 'None recorded.'));
    return;
  }
  // Bars are relative to the strongest tie listed: current scores decay and can all be small.
  const strongest = Math.max(...ties.map((t) => Math.abs(t.score)), 0.01);
  replace(root, h('h3', {}, title), h('ol', { class: 'ranked-list' }, ties.map((t) =>
    h('li', {}, h('a', { href: '#', onclick: (e) => { e.preventDefault(); toPair(t.partner); } },
      t.partnerName || nationName(t.partner)),
    h('span', { class: 'bar' }, h('span', { class: `fill ${scoreClass(t.score)}`,
      style: `width:${((100 * Math.abs(t.score)) / strongest).toFixed(0)}%` })),
    h('span', { class: `score ${scoreClass(t.score)}` }, formatScore(t.score)),
    h('small', {}, ` ${t.eventCount} ev.`)))));
}

/** The nation, its strongest neighbours and every edge among them. */
export function egoNetwork(nation, body) {
  const edges = listOf(body, 'edges').map(normalEdge).filter((e) => e.a && e.b);
  const touching = edges.filter((e) => e.a === nation || e.b === nation)
    .sort((p, q) => Math.abs(q.score) - Math.abs(p.score)).slice(0, MAX_NEIGHBOURS);
  const ids = new Set([nation, ...touching.map((e) => (e.a === nation ? e.b : e.a))]);
  const names = new Map(listOf(body, 'nodes').map((n) => [n.code || n.id, n.name || n.label]));
  return {
    nodes: [...ids].map((id) => ({ id, label: names.get(id) || nationName(id) })),
    edges: edges.filter((e) => ids.has(e.a) && ids.has(e.b)),
  };
}

function normalEdge(e) {
  const [pa, pb] = typeof e.pair === 'string' ? e.pair.split('|') : [];
  return { a: e.a || e.source || e.from || pa, b: e.b || e.target || e.to || pb,
    score: Number(e.score ?? e.weight ?? 0), eventCount: e.eventCount ?? e.events };
}

function starFromRanked(nation, results) {
  const edges = new Map();
  for (const r of results) {
    if (r.status !== 'fulfilled') continue;
    for (const t of r.value.ties || []) {
      edges.set(t.partner, { a: nation, b: t.partner, score: t.score, eventCount: t.eventCount });
    }
  }
  return { nodes: [{ id: nation, label: nationName(nation) },
    ...[...edges.keys()].map((id) => ({ id, label: nationName(id) }))], edges: [...edges.values()] };
}
