// Nation search on the generated alias list (js/aliases.js), as when the API does not answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadNations, searchNations } from '../../main/resources/META-INF/resources/js/nations.js';

test('a name, demonym, capital or seat of government finds its nation first', async () => {
  await loadNations(); // no server here: the list comes from aliases.js
  assert.equal(searchNations('Netherlands')[0].code, 'NLD');
  assert.equal(searchNations('Ukrainian')[0].code, 'UKR');
  assert.equal(searchNations('Canberra')[0].code, 'AUS');
  assert.equal(searchNations('Knesset')[0].code, 'ISR');
});

test('a leading "the" is no part of a name', async () => {
  await loadNations();
  assert.equal(searchNations('the Netherlands')[0].code, 'NLD');
  assert.equal(searchNations('The Gambia')[0].code, 'GMB');
  assert.equal(searchNations('the Ukraine')[0].code, 'UKR');
});
