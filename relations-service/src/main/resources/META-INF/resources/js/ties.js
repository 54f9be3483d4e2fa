// What the tie views compute from the analyst API's answers (docs/api.md): pure functions, no DOM, so
// relations-service/src/test/js tests them with node --test. Field names are the API's own: a network
// edge is {source, target, score, eventCount}, a node {id, name}, an event {weight, contribution, ...}.
import { listOf } from './api.js';

/** The edges of GET /api/v1/network as {a, b, score, eventCount}. */
export function networkEdges(network) {
  return listOf(network, 'edges').map((e) => ({ a: e.source, b: e.target, score: e.score, eventCount: e.eventCount }));
}

/** Nation names of GET /api/v1/network's nodes, by code. */
export function nodeNames(network) {
  return new Map(listOf(network, 'nodes').map((n) => [n.id, n.name]));
}

/**
 * The nation, its strongest neighbours (at most max) and every edge among them; touching lists all of the
 * nation's edges with the partner's name. nameOf names a code the network did not name.
 */
export function egoNetwork(nation, network, max, nameOf = (code) => code) {
  const edges = networkEdges(network);
  const names = nodeNames(network);
  const name = (code) => names.get(code) || nameOf(code);
  const partner = (e) => (e.a === nation ? e.b : e.a);
  const all = edges.filter((e) => e.a === nation || e.b === nation);
  const strongest = [...all].sort((p, q) => Math.abs(q.score) - Math.abs(p.score)).slice(0, max);
  const ids = new Set([nation, ...strongest.map(partner)]);
  return {
    nodes: [...ids].map((id) => ({ id, label: name(id) })),
    edges: edges.filter((e) => ids.has(e.a) && ids.has(e.b)),
    touching: all.map((e) => ({ ...e, partner: partner(e), partnerName: name(partner(e)) })),
  };
}

/** The nation's ties of an ego network ranked both ways: closest (score > 0) and worst (score < 0), max each. */
export function rankedTies(graph, max) {
  const ties = graph.touching.map((e) => ({ partner: e.partner, partnerName: e.partnerName, score: e.score,
    eventCount: e.eventCount }));
  return {
    closest: ties.filter((t) => t.score > 0).sort((p, q) => q.score - p.score).slice(0, max),
    worst: ties.filter((t) => t.score < 0).sort((p, q) => p.score - q.score).slice(0, max),
  };
}

/** The max nations with the most ties (ties broken by code) and how many nations there are in all. */
export function mostConnected(edges, max) {
  const degree = new Map();
  for (const e of edges) {
    degree.set(e.a, (degree.get(e.a) || 0) + 1);
    degree.set(e.b, (degree.get(e.b) || 0) + 1);
  }
  const top = [...degree.entries()].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0])).slice(0, max);
  return { top: new Set(top.map(([id]) => id)), total: degree.size };
}

/** The warmest (score > 0, highest first) and coldest (score < 0, lowest first) ties, max each. */
export function warmestAndColdest(edges, max) {
  const sorted = [...edges].sort((p, q) => q.score - p.score);
  return {
    warmest: sorted.filter((e) => e.score > 0).slice(0, max),
    coldest: sorted.reverse().filter((e) => e.score < 0).slice(0, max),
  };
}

/** An event's own weight when it happened; its contribution is that weight decayed to today. */
export function weightOf(event) {
  return event.weight ?? 0;
}

/**
 * What a story event put into its tie: its contribution (lead report's weight x corroboration for its
 * distinct outlets, decayed to today; docs/tie-strength.md), the quantity the tie's sum S adds up once
 * per story. Not the lead report's weight: four outlets' AGREE of weight 3.6 adds 5.4, not 3.6.
 */
export function storyContribution(story) {
  return story.contribution ?? 0;
}

/**
 * The same on the tie's score scale (-100..100), where the pair page's "Tie now" is: how far the score today
 * would move without this story, score(S) - score(S - contribution) with score = 100 tanh(S / scale). Not
 * additive: tanh flattens, so a saturated tie's stories each account for fewer points than alone.
 */
export function storyScore(story) {
  return story.scoreContribution ?? 0;
}

/** "reported by 4 outlets" plus, when an outlet sent more than one report, "(5 reports)". */
export function reportedBy(story) {
  const outlets = story.outletCount ?? 0;
  const text = `reported by ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}`;
  return story.reportCount > outlets ? `${text} (${story.reportCount} reports)` : text;
}

/**
 * What an event's evidence is, said before its sentence: "Headline: " when the sentence is the article's headline
 * (Event v1 evidencePart title; an aggregator's item has nothing else), nothing for a sentence of the text.
 */
export function evidenceFrom(event) {
  return event.evidencePart === 'title' ? 'Headline: ' : '';
}

/** The max events of the greatest effect, in their order of effect. */
export function strongest(events, max) {
  const effect = (e) => Math.abs(weightOf(e));
  return [...events].sort((p, q) => effect(q) - effect(p)).slice(0, max);
}

/** The pair key the API takes (pair=IRN|SAU): the two codes in alphabetical order. */
export function pairKey(a, b) {
  return [a, b].sort().join('|');
}
