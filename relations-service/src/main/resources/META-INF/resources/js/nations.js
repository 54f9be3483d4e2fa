// Nation names and search by any common form: code, name, acronym, demonym or capital.
import { api } from './api.js';
import { ALIASES } from './aliases.js';

let byCode = new Map();

// "the Netherlands" and "Netherlands" are one form: the gazetteer lists names without the article.
function fold(text) {
  return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[.'’]/g, '').replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

/** Loads the nations the API knows; the alias list fills in when the API is down. */
export async function loadNations() {
  let list;
  try {
    list = await api.nations();
  } catch {
    list = Object.entries(ALIASES).map(([code, names]) => ({ code, name: names[0] }));
  }
  byCode = new Map(list.map((n) => [n.code, { code: n.code, name: n.name, forms: forms(n) }]));
  return byCode;
}

function forms(nation) {
  const all = [nation.code, nation.name, ...(ALIASES[nation.code] || [])];
  return [...new Set(all.map(fold))];
}

export function nationName(code) {
  const nation = byCode.get(code);
  return nation ? nation.name : code;
}

export function isNation(code) {
  return byCode.has(code);
}

/** Nations matching a query, best first: exact form, then a form starting with it, then containing it. */
export function searchNations(query, limit = 8) {
  const q = fold(query || '');
  if (!q) return [];
  const scored = [];
  for (const nation of byCode.values()) {
    let best = 0;
    let matched = '';
    for (const form of nation.forms) {
      const rank = form === q ? 3 : form.startsWith(q) ? 2 : q.length >= 3 && form.includes(q) ? 1 : 0;
      if (rank > best) {
        best = rank;
        matched = form;
      }
    }
    if (best > 0) scored.push({ code: nation.code, name: nation.name, matched, rank: best });
  }
  scored.sort((x, y) => y.rank - x.rank || x.name.localeCompare(y.name));
  return scored.slice(0, limit);
}
