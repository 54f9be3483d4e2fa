// The tie views' computations, on answers shaped as the analyst API gives them (docs/api.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listOf } from '../../main/resources/META-INF/resources/js/api.js';
import {
  egoNetwork, mostConnected, networkEdges, pairKey, rankedTies, reportedBy, storyContribution, storyScore, strongest,
  warmestAndColdest, weightOf, evidenceFrom,
} from '../../main/resources/META-INF/resources/js/ties.js';
import { answerOf } from './api-fields.js';

// GET /api/v1/network, with the fields the dashboard reads (the API sends more: degree, scoreForward, ...)
const NETWORK = answerOf('/api/v1/network', {
  nodes: [
    { id: 'IRN', name: 'Iran' },
    { id: 'SAU', name: 'Saudi Arabia' },
    { id: 'USA', name: 'United States' },
    { id: 'YEM', name: 'Yemen' },
  ],
  edges: [
    { source: 'IRN', target: 'SAU', score: 12.5, eventCount: 4 },
    { source: 'SAU', target: 'USA', score: 30, eventCount: 9 },
    { source: 'SAU', target: 'YEM', score: -40, eventCount: 12 },
    { source: 'IRN', target: 'USA', score: -22, eventCount: 6 },
  ],
});

test('network edges are read from source and target', () => {
  assert.deepEqual(networkEdges(NETWORK)[0], { a: 'IRN', b: 'SAU', score: 12.5, eventCount: 4 });
  assert.equal(networkEdges(NETWORK).length, 4);
});

test('an answer without the list has none: no guessing at other names', () => {
  assert.deepEqual(listOf({ items: [1] }, 'edges'), []);
  assert.deepEqual(listOf([1, 2], 'edges'), []);
  assert.deepEqual(listOf(null, 'edges'), []);
  assert.deepEqual(networkEdges({ edges: [{ a: 'IRN', b: 'SAU', weight: 3 }] }),
    [{ a: undefined, b: undefined, score: undefined, eventCount: undefined }]);
});

test('the ego network keeps the strongest neighbours and the edges among them', () => {
  const graph = egoNetwork('SAU', NETWORK, 2);
  assert.deepEqual(graph.nodes.map((n) => n.id).sort(), ['SAU', 'USA', 'YEM']);
  assert.deepEqual(graph.nodes.find((n) => n.id === 'YEM').label, 'Yemen');
  assert.deepEqual(graph.edges.map((e) => `${e.a}-${e.b}`), ['SAU-USA', 'SAU-YEM']);
  assert.deepEqual(graph.touching.map((t) => t.partner), ['IRN', 'USA', 'YEM']);
});

test('a code the network does not name is named by the fallback', () => {
  const graph = egoNetwork('SAU', answerOf('/api/v1/network', { nodes: [], edges: NETWORK.edges }), 5,
    (code) => `name of ${code}`);
  assert.equal(graph.touching.find((t) => t.partner === 'IRN').partnerName, 'name of IRN');
});

test('ranked ties: closest highest first, worst lowest first, zero in neither', () => {
  const graph = egoNetwork('SAU', answerOf('/api/v1/network', {
    nodes: NETWORK.nodes,
    edges: [...NETWORK.edges, { source: 'SAU', target: 'QAT', score: 0, eventCount: 1 }],
  }), 10);
  const ranked = rankedTies(graph, 10);
  assert.deepEqual(ranked.closest.map((t) => [t.partner, t.score]), [['USA', 30], ['IRN', 12.5]]);
  assert.deepEqual(ranked.worst.map((t) => [t.partner, t.partnerName, t.eventCount]), [['YEM', 'Yemen', 12]]);
  assert.equal(rankedTies(graph, 1).closest.length, 1);
});

test('most connected nations by number of ties, ties broken by code', () => {
  const { top, total } = mostConnected(networkEdges(NETWORK), 3);
  assert.deepEqual([...top], ['SAU', 'IRN', 'USA']);
  assert.equal(total, 4);
});

test('warmest and coldest ties', () => {
  const { warmest, coldest } = warmestAndColdest(networkEdges(NETWORK), 1);
  assert.deepEqual(warmest.map((e) => e.score), [30]);
  assert.deepEqual(coldest.map((e) => e.score), [-40]);
});

test("an event's weight is its own weight (GET /api/v1/events also sends contribution, decayed to today)", () => {
  const [strong, none] = answerOf('/api/v1/events', { events: [{ weight: -8 }, { weight: 0 }] }).events;
  assert.equal(weightOf(strong), -8);
  assert.equal(weightOf(none), 0);
  assert.equal(weightOf({}), 0);
});

test('the strongest events by absolute weight', () => {
  const { events } = answerOf('/api/v1/events', { events: [
    { type: 'a', weight: 1 }, { type: 'b', weight: -9 }, { type: 'c', weight: 4 }] });
  assert.deepEqual(strongest(events, 2).map((e) => e.type), ['b', 'c']);
  assert.deepEqual(events.map((e) => e.type), ['a', 'b', 'c'], 'the input is left as it was');
});

test('the pair key is the two codes in alphabetical order', () => {
  assert.equal(pairKey('SAU', 'IRN'), 'IRN|SAU');
  assert.equal(pairKey('IRN', 'SAU'), 'IRN|SAU');
});

// GET /api/v1/stories: one AGREE of weight 3.6 told by four outlets, one outlet twice (the story drill's trial).
const STORIES = answerOf('/api/v1/stories', {
  stories: [
    { type: 'AGREE', source: 'KEN', target: 'TZA', weight: 3.6, contribution: 5.387, scoreContribution: 21.19,
      outletCount: 4, reportCount: 5 },
    { type: 'SANCTION', source: 'KEN', target: 'TZA', weight: -5.4, contribution: -5.1, outletCount: 1, reportCount: 1 },
  ],
});

test('a story shows what it added to the tie (weight x corroboration, decayed), not its lead report\'s weight', () => {
  const [agree, sanction] = STORIES.stories;
  assert.equal(storyContribution(agree), 5.387);
  assert.equal(storyContribution(sanction), -5.1);
  assert.equal(storyContribution({ weight: 2 }), 0);
});

test('a story shows on the tie\'s score scale what it accounts for, next to its term of S', () => {
  const [agree, sanction] = STORIES.stories;
  assert.equal(storyScore(agree), 21.19, 'the only story of a tie at +21.2 accounts for all of it');
  assert.equal(storyScore(sanction), 0, 'an answer without the field shows 0, not NaN');
});

test('a story says how many outlets reported it, and how many reports when an outlet sent more than one', () => {
  const [agree, sanction] = STORIES.stories;
  assert.equal(reportedBy(agree), 'reported by 4 outlets (5 reports)');
  assert.equal(reportedBy(sanction), 'reported by 1 outlet');
});

test('a headline\'s evidence is said to be the headline, a sentence of the text is not labelled', () => {
  const events = answerOf('/api/v1/events', { events: [
    { type: 'AGREE', sentence: 'Turkey signs defense pact with Qatar', evidencePart: 'title' },
    { type: 'AGREE', sentence: 'Turkey signed a defense pact with Qatar on Tuesday.', evidencePart: 'text' },
    { type: 'AGREE', sentence: 'Logged before the field.' },
  ] }).events;
  assert.deepEqual(events.map(evidenceFrom), ['Headline: ', '', '']);
});
