// Live alerts pane: the stored alerts, then each new one from the SSE stream, newest first.
// New alerts flash and raise a counter in the pane header and the tab title (no sound).
import { api, listOf, ALERT_STREAM } from './api.js';
import { h, replace, articleLink, status, formatTime } from './dom.js';

const MAX_SHOWN = 200;
const baseTitle = document.title;

export function startAlerts(root) {
  const list = h('ol', { class: 'alert-list', 'aria-live': 'polite' });
  const badge = h('span', { class: 'new-badge', hidden: true });
  const connection = h('span', { class: 'connection connecting' }, 'connecting…');
  const placeholder = status('loading', 'Loading alerts…');
  const seen = new Set();
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
    if (!alert || !alert.id || seen.has(alert.id)) return;
    seen.add(alert.id);
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
  const source = new EventSource(ALERT_STREAM);
  const receive = (message) => {
    try {
      show(JSON.parse(message.data), true);
    } catch {
      // a keep-alive or a malformed frame: nothing to show
    }
  };
  source.addEventListener('message', receive);
  source.addEventListener('alert', receive);
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
  const at = item.dataset.raisedAt || '';
  const after = [...list.children].find((other) => (other.dataset.raisedAt || '') < at);
  list.insertBefore(item, after || null);
}

function alertItem(alert) {
  const severity = String(alert.severity || 'info').toLowerCase();
  const [a, b] = String(alert.pair || '').split('|');
  const evidence = Array.isArray(alert.evidence) ? alert.evidence : [];
  const first = evidence[0] || {};
  const pair = a && b
    ? h('a', { class: 'pair', href: `#/pair/${a}/${b}` }, `${a} – ${b}`)
    : h('span', { class: 'pair' }, alert.pair || 'all nations');
  return h('li', { class: `alert severity-${severity.replace(/[^a-z]/g, '')}`,
    dataset: { alertId: alert.id, raisedAt: alert.raisedAt || '' } },
  h('div', { class: 'alert-head' },
    h('span', { class: 'severity' }, severity), pair,
    h('time', { datetime: alert.raisedAt || '' }, formatTime(alert.raisedAt))),
  alert.message ? h('p', { class: 'message' }, alert.message) : null,
  first.sentence ? h('blockquote', { class: 'evidence' }, first.sentence) : null,
  first.articleUrl ? h('p', { class: 'source' }, articleLink(first.articleUrl, first.articleTitle),
    evidence.length > 1 ? h('span', { class: 'more' }, ` and ${evidence.length - 1} more sources`) : null) : null);
}
