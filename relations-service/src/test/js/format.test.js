// What the dashboard prints from the API's numbers, times and URLs (dom.js), and the nation search (nations.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatScore, formatTime, safeUrl, scoreClass } from '../../main/resources/META-INF/resources/js/dom.js';
import { loadNations, nationName, searchNations } from '../../main/resources/META-INF/resources/js/nations.js';

test('scores carry their sign and one decimal; a missing score is a dash', () => {
  assert.equal(formatScore(12.345), '+12.3');
  assert.equal(formatScore(-4), '-4.0');
  assert.equal(formatScore(0), '0.0');
  assert.equal(formatScore(undefined), '–');
});

test('a score near zero is neutral', () => {
  assert.deepEqual([0.2, 0.05, 0, -0.05, -0.2].map(scoreClass), ['pos', 'neutral', 'neutral', 'neutral', 'neg']);
});

test('times are shown to the minute in UTC; what is not a time is shown as it came', () => {
  assert.equal(formatTime('2026-12-04T10:15:30Z'), '2026-12-04 10:15 UTC');
  assert.equal(formatTime('soon'), 'soon');
  assert.equal(formatTime(null), '');
});

test('only http(s) article URLs become links', () => {
  assert.equal(safeUrl('https://news.example.org/a'), true);
  assert.equal(safeUrl('http://news.example.org/a'), true);
  assert.equal(safeUrl('javascript:alert(1)'), false);
  assert.equal(safeUrl('data:text/html,<script>'), false);
  assert.equal(safeUrl('not a url'), false);
});

test('the search finds a nation by code, name, demonym or capital, best first', async () => {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async () => { throw new Error('relations-service is down'); };
  try {
    await loadNations(); // the API is down: the alias list stands in
  } finally {
    globalThis.fetch = realFetch;
  }
  assert.equal(nationName('SAU'), 'Saudi Arabia');
  assert.equal(searchNations('SAU', 1)[0].code, 'SAU');
  assert.equal(searchNations('riyadh', 1)[0].code, 'SAU');
  assert.equal(searchNations('Brasília', 1)[0].code, 'BRA');
  assert.equal(searchNations('brasilia', 1)[0].code, 'BRA', 'accents are folded');
  assert.deepEqual(searchNations('', 5), []);
  assert.equal(nationName('XYZ'), 'XYZ', 'an unknown code names itself');
});
