// The live pane's choice of alerts: each once, at its latest revision, newest first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AlertBoard, moreSources, positionByTime } from '../../main/resources/META-INF/resources/js/alert-board.js';
import { answerOf } from './api-fields.js';

// Alert v1 as GET /api/v1/alerts and the 'alert' events of /api/v1/alerts/stream carry it (docs/contracts.md),
// with the fields the pane reads
const alert = (revision, sourceCount = 1) => answerOf('/api/v1/alerts', { alerts: [{
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', revision, severity: 'warning', pair: 'FJI|TON',
  message: 'Fiji and Tonga signed a treaty', sourceCount, raisedAt: '2026-12-04T10:00:00Z',
  evidence: [{ sentence: 'Fiji and Tonga signed a treaty on fisheries.', articleUrl: 'https://x.example/a' }],
}] }).alerts[0];

test('an alert is new once, then a later revision replaces it', () => {
  const board = new AlertBoard();
  assert.equal(board.offer(alert(1)), 'new');
  assert.equal(board.offer(alert(2, 3)), 'revised');
  assert.equal(board.offer(alert(3, 4)), 'revised');
});

test('a revision already shown, or an older one, changes nothing (a replay after a reconnect)', () => {
  const board = new AlertBoard();
  assert.equal(board.offer(alert(2)), 'new');
  assert.equal(board.offer(alert(2)), 'stale');
  assert.equal(board.offer(alert(1)), 'stale');
});

test('a revision merging the alert into another retracts it, shown or not, and only once', () => {
  const board = new AlertBoard();
  const keptId = '0b8e3f7c-1d2a-4b5c-8d7e-8f9a0b1c2d3e';
  assert.equal(board.offer(alert(1)), 'new');
  assert.equal(board.offer({ ...alert(2), mergedInto: keptId }), 'retracted');
  assert.equal(board.offer({ ...alert(2), mergedInto: keptId }), 'stale', 'a replay of the retraction');
  assert.equal(board.offer(alert(1)), 'stale', 'the stored list loaded late does not bring it back');
  assert.equal(new AlertBoard().offer({ ...alert(2), mergedInto: keptId }), 'retracted',
    'a retraction of an alert never shown is not shown either');
  assert.equal(board.offer({ ...alert(1), mergedInto: null }), 'stale');
});

test('alerts of other ids are independent', () => {
  const board = new AlertBoard();
  board.offer(alert(1));
  assert.equal(board.offer({ ...alert(1), id: 'another' }), 'new');
});

test('something without an id is not an alert', () => {
  const board = new AlertBoard();
  assert.equal(board.offer(null), 'invalid');
  assert.equal(board.offer({ revision: 1 }), 'invalid');
});

test('newest first: an alert goes before the first older one', () => {
  const shown = ['2026-12-04T12:00:00Z', '2026-12-04T10:00:00Z', '2026-12-04T08:00:00Z'];
  assert.equal(positionByTime(shown, '2026-12-04T11:00:00Z'), 1);
  assert.equal(positionByTime(shown, '2026-12-04T13:00:00Z'), 0);
  assert.equal(positionByTime(shown, '2026-12-04T07:00:00Z'), 3);
  assert.equal(positionByTime([], '2026-12-04T07:00:00Z'), 0);
});

test('more sources counts the sources beyond the one quoted, from sourceCount', () => {
  assert.equal(moreSources(alert(1, 1)), 0);
  assert.equal(moreSources(alert(2, 25)), 24, 'evidence holds at most 20; sourceCount has them all');
  const { sourceCount, ...withoutCount } = alert(1, 7);
  assert.equal(sourceCount, 7);
  assert.equal(moreSources(withoutCount), 0, 'without sourceCount, the evidence listed counts');
});
