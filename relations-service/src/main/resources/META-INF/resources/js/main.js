// Dashboard entry point: hash routes #/nation/SAU and #/pair/IRN/SAU, the search box and the alerts pane.
import { h, replace, status } from './dom.js';
import { loadNations, searchNations, isNation } from './nations.js';
import { searchBox } from './controls.js';
import { startAlerts } from './alerts.js';
import { renderNation } from './nation.js';
import { renderPair } from './pair.js';
import { renderHome } from './home.js';

const view = document.getElementById('view');
const INTERVALS = ['day', 'week', 'month'];

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function defaults() {
  const to = new Date();
  const from = new Date(to.getTime() - 365 * 86400000);
  return { from: isoDay(from), to: isoDay(to), interval: 'week' };
}

/** A code, name, acronym, demonym or capital to an ISO code, or null. */
function resolve(text) {
  const raw = String(text || '').trim();
  if (isNation(raw.toUpperCase())) return raw.toUpperCase();
  const [best] = searchNations(raw, 1);
  return best ? best.code : null;
}

function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

export function navigate(kind, params) {
  const base = defaults();
  const query = new URLSearchParams({ from: params.from || base.from, to: params.to || base.to });
  if (kind === 'nation') {
    const code = resolve(params.nation);
    if (!code) return showError(`No nation is called “${params.nation}”.`);
    go(`#/nation/${code}?${query}`);
  } else {
    const [a, b] = [resolve(params.a), resolve(params.b)];
    if (!a || !b) return showError(`No nation is called “${!a ? params.a : params.b}”.`);
    query.set('interval', params.interval || base.interval);
    go(`#/pair/${a}/${b}?${query}`);
  }
  return undefined;
}

function showError(text) {
  const old = view.querySelector('.status-error.route');
  if (old) old.remove();
  view.prepend(h('p', { class: 'status status-error route', role: 'alert' }, text));
}

function route() {
  const [path, queryText] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const query = new URLSearchParams(queryText || '');
  const base = defaults();
  const range = { from: query.get('from') || base.from, to: query.get('to') || base.to };
  if (range.from > range.to) {
    replace(view, status('error', `The range starts (${range.from}) after it ends (${range.to}); swap the dates.`));
    return;
  }
  if (parts[0] === 'nation' && isNation(parts[1])) {
    document.body.dataset.view = 'nation';
    renderNation(view, { nation: parts[1], ...range }, navigate);
  } else if (parts[0] === 'pair' && isNation(parts[1]) && isNation(parts[2])) {
    document.body.dataset.view = 'pair';
    const interval = INTERVALS.includes(query.get('interval')) ? query.get('interval') : base.interval;
    renderPair(view, { a: parts[1], b: parts[2], interval, ...range }, navigate);
  } else {
    document.body.dataset.view = 'home';
    renderHome(view, range, navigate);
  }
}

async function start() {
  replace(view, status('loading', 'Loading nations…'));
  await loadNations();
  document.getElementById('search').replaceWith(searchBox((code) => navigate('nation', { nation: code })));
  startAlerts(document.getElementById('alerts'));
  window.addEventListener('hashchange', route);
  route();
  document.body.dataset.ready = 'true';
}

start();
