// Live alerts pane: the stored alerts, then each new one from the SSE stream, newest first. A later
// revision of an alert (more sources) replaces the one shown; one merged into another is removed. New and revised alerts flash and raise a
// counter in the pane header and the tab title (no sound).
import { api, listOf, ALERT_STREAM } from './api.js';
import { h, replace, articleLink, status, formatTime } from './dom.js';
import { AlertBoard, moreSources, positionByTime } from './alert-board.js';

const MAX_SHOWN = 200;
const baseTitle = document.title;

export function startAlerts(root) {
  const list = h('ol', { class: 'alert-list', 'aria-live': 'polite' });
  const badge = h('span', { class: 'new-badge', hidden: true });
  const connection = h('span', { class: 'connection connecting' }, 'connecting…');
  const placeholder = status('loading', 'Loading alerts…');
  const board = new AlertBoard();
  let unseen = 0;

  const acknowledge = () => {
    unseen = 0;
    badge.hidden = true;
    document.title = baseTitle;
  };
  replace(root, h('header', { class: 'pane-header' }, h('h2', {}, 'Live alerts'), badge, connection),
    placeholder, list);
  root.addEventListener('click', acknowledge);
  root.addEventListener('focusin', acknowledge);

  const show = (alert, fresh) => {
    const offer = board.offer(alert);
    if (offer === 'invalid' || offer === 'stale') return;
    if (offer === 'revised' || offer === 'retracted') {
      [...list.children].find((other) => other.dataset.alertId === alert.id)?.remove();
    }
    // Merged into another alert of the same story event: that alert, revised, carries its sources.
    if (offer === 'retracted') return;
    placeholder.remove();
    const item = alertItem(alert);
    if (fresh) {
      item.classList.add('new');
      unseen += 1;
      badge.hidden = false;
      badge.textContent = `${unseen} new`;
      document.title = `(${unseen}) ${baseTitle}`;
    }
    insertByTime(list, item);
    while (list.children.length > MAX_SHOWN) list.lastElementChild.remove();
  };

  api.alerts().then((body) => {
    listOf(body, 'alerts').forEach((a) => show(a, false));
    if (!list.children.length) settle(placeholder, 'empty', 'No alerts yet. New ones appear here as they are raised.');
  }).catch((e) => settle(placeholder, 'error', `Stored alerts could not be loaded: ${e.message}`));

  // EventSource reconnects by itself and sends Last-Event-ID, so the server replays what was missed.
  // The server names every alert event 'alert' (docs/api.md); an unnamed 'message' never comes.
  const source = new EventSource(ALERT_STREAM);
  source.addEventListener('alert', (message) => {
    try {
      show(JSON.parse(message.data), true);
    } catch {
      // a malformed frame: nothing to show
    }
  });
  source.addEventListener('open', () => setConnection(connection, 'live', 'live'));
  source.addEventListener('error', () => setConnection(connection, 'down',
    source.readyState === EventSource.CLOSED ? 'stream unavailable' : 'reconnecting…'));
  return source;
}

function settle(node, kind, text) {
  node.className = `status status-${kind}`;
  node.textContent = text;
}

function setConnection(node, kind, text) {
  node.className = `connection ${kind}`;
  node.textContent = text;
}

function insertByTime(list, item) {
  const index = positionByTime([...list.children].map((other) => other.dataset.raisedAt), item.dataset.raisedAt);
  list.insertBefore(item, list.children[index] || null);
}

function alertItem(alert) {
  const severity = String(alert.severity || 'info').toLowerCase();
  const [a, b] = String(alert.pair || '').split('|');
  const first = (Array.isArray(alert.evidence) && alert.evidence[0]) || {};
  const more = moreSources(alert);
  const pair = a && b
    ? h('a', { class: 'pair', href: `#/pair/${a}/${b}` }, `${a} – ${b}`)
    : h('span', { class: 'pair' }, alert.pair || 'all nations');
  return h('li', { class: `alert severity-${severity.replace(/[^a-z]/g, '')}`,
    dataset: { alertId: alert.id, revision: alert.revision, raisedAt: alert.raisedAt || '' } },
  h('div', { class: 'alert-head' },
    h('span', { class: 'severity' }, severity), pair,
    h('time', { datetime: alert.raisedAt || '' }, formatTime(alert.raisedAt))),
  alert.message ? h('p', { class: 'message' }, alert.message) : null,
  first.sentence ? h('blockquote', { class: 'evidence' }, first.sentence) : null,
  first.articleUrl ? h('p', { class: 'source' }, articleLink(first.articleUrl, first.articleTitle),
    more > 0 ? h('span', { class: 'more' }, ` and ${more} more ${more === 1 ? 'source' : 'sources'}`) : null) : null);
}
