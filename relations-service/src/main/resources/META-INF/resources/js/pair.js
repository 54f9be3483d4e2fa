// Pair view: the tie's score over time with the events that moved it, and the evidence behind it.
import { api, listOf } from './api.js';
import { h, replace, status, articleLink, formatScore, formatTime, scoreClass } from './dom.js';
import { lineChart } from './chart.js';
import { nationName } from './nations.js';
import { nationPicker, rangeControls } from './controls.js';
import { evidenceFrom, pairKey, reportedBy, storyContribution, storyScore, strongest, weightOf } from './ties.js';

const MAX_MARKERS = 100;

export async function renderPair(root, { a, b, interval, from, to }, navigate) {
  const detail = h('section', { class: 'event-detail', 'aria-live': 'polite' },
    status('empty', 'Click a marker on the chart to read the sentence and the article behind it.'));
  const chartBox = h('div', { class: 'chart-box' }, status('loading', `Loading the history of ${a} – ${b}…`));
  const summary = h('div', { class: 'pair-summary' });
  const evidence = h('section', { class: 'top-events' });
  const storyList = h('section', { class: 'stories' });
  const controls = h('form', { class: 'controls', onsubmit: (e) => {
    e.preventDefault();
    const data = new FormData(e.target);
    navigate('pair', { a: data.get('a'), b: data.get('b'), interval: data.get('interval'),
      from: data.get('from'), to: data.get('to') });
  } },
  nationPicker('a', a, 'Nation'), nationPicker('b', b, 'and'),
  h('label', {}, 'Interval ', intervalSelect(interval)), rangeControls(from, to),
  h('button', { type: 'submit' }, 'Show'));
  const nationLink = (code) => h('a', { href: `#/nation/${code}?from=${from}&to=${to}` }, nationName(code));
  replace(root, h('h2', {}, nationLink(a), ' – ', nationLink(b)), controls, summary,
    h('div', { class: 'pair-body' }, chartBox, detail), storyList, evidence);

  if (a === b) {
    replace(chartBox, status('error', 'Pick two different nations.'));
    return;
  }
  const [tie, history, events, stories] = await Promise.allSettled([
    api.pair(a, b, 10), api.history(a, b, interval, from, to), pairEvents(a, b, from, to),
    pairStories(a, b, from, to)]);
  if (stories.status === 'fulfilled') {
    renderStories(storyList, stories.value);
  } else {
    replace(storyList, status('error', `Story events unavailable: ${stories.reason.message}`));
  }

  if (tie.status === 'fulfilled') {
    renderSummary(summary, tie.value);
  } else {
    replace(summary, status(tie.reason.status === 404 ? 'empty' : 'error', tie.reason.message));
  }
  if (history.status === 'rejected') {
    replace(chartBox, status('error', `History unavailable: ${history.reason.message}`));
    return;
  }
  const points = listOf(history.value, 'points');
  if (!points.length || points.every((p) => p.score === 0 && p.eventCount === 0)) {
    replace(chartBox, status('empty', `No events between ${a} and ${b} up to ${to}: nothing to chart.`));
    detail.remove();
    return;
  }
  // The events of the range; when the events API fails, the tie's top events stand in for them.
  let markers = events.status === 'fulfilled' ? events.value : [];
  if (events.status === 'rejected' && tie.status === 'fulfilled') markers = tie.value.topEvents || [];
  markers = strongest(markers, MAX_MARKERS);
  renderEventList(evidence, markers, (ev) => showEvent(detail, ev));
  const width = Math.max(480, Math.min(900, chartBox.clientWidth || 760));
  replace(chartBox, lineChart(points, markers, (ev) => showEvent(detail, ev), width, 300),
    h('p', { class: 'chart-note' }, `${points.length} ${interval} points, ${markers.length} event markers `,
      h('span', { class: 'legend pos' }, '◆ warming'), ' ', h('span', { class: 'legend neg' }, '◆ cooling')));
}

/** Events of the pair in the range; the first page of the events API is enough for markers. */
async function pairEvents(a, b, from, to) {
  const body = await api.events({ pair: pairKey(a, b), from, to, limit: 500 });
  return listOf(body, 'events');
}

/** Story events of the pair in the range (one event as told by several outlets), newest first. */
async function pairStories(a, b, from, to) {
  return listOf(await api.stories({ pair: pairKey(a, b), from, to, limit: 200 }), 'stories');
}

function renderStories(root, stories) {
  const title = h('h3', {}, 'Story events in this range, newest first');
  if (!stories.length) {
    replace(root, title, status('empty', 'No story events in this range.'));
    return;
  }
  replace(root, title, h('ol', { class: 'story-list' }, stories.map((st) =>
    h('li', {},
      h('span', { class: `contribution ${scoreClass(storyScore(st))}`,
        title: 'points of the tie\'s score (−100..100) this story accounts for today: the score would be this much '
          + 'lower (higher for a cooling story) without it' },
      `${formatScore(storyScore(st))} pts`),
      ` ${st.type}: ${st.source} → ${st.target} · ${formatTime(st.firstReportedAt)} · `,
      h('strong', { class: 'outlets' }, reportedBy(st)),
      ` · weight ${formatScore(weightOf(st))}, counted once`,
      h('span', { class: 'story-sum',
        title: 'the story\'s term in the sum S behind the score, score = 100 × tanh(S / scale): weight × '
          + 'corroboration by its outlets, faded by age' }, ` · ${formatScore(storyContribution(st))} to the sum S`),
      h('ul', { class: 'story-reports' }, (st.reports || []).map((r) =>
        h('li', {}, h('span', { class: 'outlet' }, r.outlet || ''), ' ', h('q', {}, r.sentence || ''), ' ',
          articleLink(r.articleUrl, r.articleTitle))))))));
}

function intervalSelect(current) {
  return h('select', { name: 'interval' }, ['day', 'week', 'month'].map((v) =>
    h('option', { value: v, selected: v === current }, v)));
}

function renderSummary(root, tie) {
  const directions = (tie.directions || []).map((d) =>
    h('li', {}, `${d.source} → ${d.target}: `, h('span', { class: `score ${scoreClass(d.score)}` }, formatScore(d.score)),
      ` (${reports(d.eventCount)})`));
  replace(root,
    h('p', { class: 'big-score' }, 'Tie now ', h('strong', { class: `score ${scoreClass(tie.score)}` }, formatScore(tie.score)),
      ` from ${reports(tie.eventCount)}, ${formatTime(tie.firstEventAt)} – ${formatTime(tie.lastEventAt)}`),
    h('ul', { class: 'directions' }, directions));
}

/**
 * The tie's eventCount counts reports, not story events: one event told by four outlets is four
 * reports and one story (docs/tie-strength.md, "Story events"), so the summary must not say "4 events".
 */
function reports(n) {
  return `${n} ${n === 1 ? 'report' : 'reports'}`;
}

function renderEventList(root, events, onSelect) {
  const title = h('h3', {}, 'Events in this range, strongest first');
  if (!events.length) {
    replace(root, title, status('empty', 'No events in this range.'));
    return;
  }
  replace(root, title, h('ol', { class: 'evidence-list' }, strongest(events, events.length).map((ev) =>
    h('li', {}, h('button', { type: 'button', class: `contribution ${scoreClass(weightOf(ev))}`,
      title: 'weight of the event when it happened; click for details',
      onclick: () => onSelect(ev) }, formatScore(weightOf(ev))),
    ` ${ev.type}${ev.subtype ? ` (${ev.subtype})` : ''} · ${formatTime(ev.eventTime)} ${evidenceFrom(ev)}`,
    h('q', {}, ev.sentence || ''), ' ', articleLink(ev.articleUrl, ev.articleTitle)))));
}

function showEvent(root, ev) {
  replace(root, h('h3', {}, `${ev.type}${ev.subtype ? ` (${ev.subtype})` : ''}: ${ev.source} → ${ev.target}`),
    h('p', { class: 'when' }, formatTime(ev.eventTime),
      ev.modality ? ` · ${ev.modality}` : '', ` · weight ${formatScore(weightOf(ev))}`),
    h('blockquote', { class: 'evidence' }, evidenceFrom(ev), ev.sentence || '(no sentence)'),
    h('p', {}, articleLink(ev.articleUrl, ev.articleTitle)));
}
