// Nation view: closest partners and worst relations, ranked, and the network of ties around the nation.
import { api } from './api.js';
import { h, replace, status, formatScore, scoreClass } from './dom.js';
import { forceGraph } from './graph.js';
import { nationName } from './nations.js';
import { rangeControls } from './controls.js';
import { egoNetwork, rankedTies } from './ties.js';

const RANKED = 10;
const MAX_NEIGHBOURS = 30;

export async function renderNation(root, { nation, from, to }, navigate) {
  const closest = h('section', { class: 'ranked' }, h('h3', {}, 'Closest partners'), status('loading', 'Loading…'));
  const worst = h('section', { class: 'ranked' }, h('h3', {}, 'Worst relations'), status('loading', 'Loading…'));
  const graphBox = h('div', { class: 'graph-box' }, status('loading', `Loading the network around ${nation}…`));
  const controls = h('form', { class: 'controls', onsubmit: (e) => {
    e.preventDefault();
    const data = new FormData(e.target);
    navigate('nation', { nation, from: data.get('from'), to: data.get('to') });
  } }, h('span', {}, 'Ties in'), rangeControls(from, to), h('button', { type: 'submit' }, 'Show'));
  replace(root, h('h2', {}, `${nationName(nation)} (${nation})`), controls,
    h('div', { class: 'nation-body' }, h('div', { class: 'lists' }, closest, worst),
      h('section', { class: 'network' }, graphBox,
        h('p', { class: 'chart-note' }, h('span', { class: 'legend pos' }, '━ cooperation'), ' ',
          h('span', { class: 'legend neg' }, '━ conflict'), ' · width shows strength · click a nation to open it'))));

  const toPair = (partner) => navigate('pair', { a: nation, b: partner, from, to });
  let graph;
  let ranked;
  try {
    graph = egoNetwork(nation, await api.network(from, to), MAX_NEIGHBOURS, nationName);
    ranked = rankedTies(graph, RANKED);
  } catch (e) {
    // Without the network API, fall back to the current ties (not limited to the range) and say so.
    const [best, bad] = await Promise.allSettled([api.ranked(nation, 'closest', RANKED), api.ranked(nation, 'worst', RANKED)]);
    const tiesOf = (r) => (r.status === 'fulfilled' ? r.value.ties || [] : []);
    ranked = { closest: tiesOf(best).filter((t) => t.score > 0), worst: tiesOf(bad).filter((t) => t.score < 0) };
    graph = starFromRanked(nation, [...ranked.closest, ...ranked.worst]);
    graph.note = `Network API unavailable (${e.message}); showing the current direct ties, not the range.`;
  }
  renderRanked(closest, 'Closest partners', ranked.closest, toPair);
  renderRanked(worst, 'Worst relations', ranked.worst, toPair);
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

function renderRanked(root, title, ties, toPair) {
  if (!ties.length) {
    replace(root, h('h3', {}, title), status('empty', 'None in this range.'));
    return;
  }
  // Bars are relative to the strongest tie listed.
  const strongest = Math.max(...ties.map((t) => Math.abs(t.score)), 0.01);
  replace(root, h('h3', {}, title), h('ol', { class: 'ranked-list' }, ties.map((t) =>
    h('li', {}, h('a', { href: '#', title: t.partnerName || nationName(t.partner),
      onclick: (e) => { e.preventDefault(); toPair(t.partner); } },
      t.partnerName || nationName(t.partner)),
    h('span', { class: 'bar' }, bar(t.score, strongest)),
    h('span', { class: `score ${scoreClass(t.score)}` }, formatScore(t.score)),
    h('small', {}, ` ${t.eventCount ?? '?'} ev.`)))));
}

/** A bar's width is set through the DOM, not a style attribute: the Content-Security-Policy forbids those. */
function bar(score, strongest) {
  const fill = h('span', { class: `fill ${scoreClass(score)}` });
  fill.style.width = `${((100 * Math.abs(score)) / strongest).toFixed(0)}%`;
  return fill;
}

function starFromRanked(nation, ties) {
  return {
    nodes: [{ id: nation, label: nationName(nation) }, ...ties.map((t) => ({ id: t.partner, label: nationName(t.partner) }))],
    edges: ties.map((t) => ({ a: nation, b: t.partner, score: t.score, eventCount: t.eventCount })),
  };
}
