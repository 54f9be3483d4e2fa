// Form controls shared by the views: nation pickers, date ranges and the nation search box.
import { h, replace } from './dom.js';
import { searchNations } from './nations.js';

/** A text field that accepts any common form of a nation's name; resolved when the form is sent. */
export function nationPicker(name, value, label) {
  return h('label', {}, `${label} `, h('input', { name, value, size: 12, required: true, autocomplete: 'off',
    title: 'a code or any common name: SAU, Saudi, KSA, Riyadh, Saudi Arabia' }));
}

export function rangeControls(from, to) {
  return [h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: from, required: true })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: to, required: true }))];
}

/** The header search: suggestions as you type; Enter or a click opens the nation. */
export function searchBox(onPick) {
  const input = h('input', { id: 'nation-search', type: 'search', placeholder: 'Find a nation: Saudi, KSA, Riyadh…',
    autocomplete: 'off', 'aria-label': 'find a nation', 'aria-controls': 'search-results' });
  const results = h('ul', { id: 'search-results', class: 'search-results', role: 'listbox', hidden: true });
  let matches = [];
  let active = 0;

  const pick = (match) => {
    results.hidden = true;
    input.value = '';
    onPick(match.code);
  };
  const draw = () => {
    replace(results, matches.map((m, i) => h('li', {
      role: 'option', class: i === active ? 'active' : '', 'aria-selected': i === active, dataset: { code: m.code },
      onmousedown: (e) => { e.preventDefault(); pick(m); },
    }, h('strong', {}, m.code), ` ${m.name}`, m.matched !== m.name.toLowerCase() ? h('small', {}, ` — ${m.matched}`) : null)));
    if (!matches.length && input.value.trim()) {
      replace(results, h('li', { class: 'none' }, `No nation is called “${input.value.trim()}”.`));
    }
    results.hidden = !input.value.trim();
  };
  input.addEventListener('input', () => {
    matches = searchNations(input.value);
    active = 0;
    draw();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % Math.max(matches.length, 1);
      draw();
    } else if (e.key === 'Enter' && matches[active]) {
      e.preventDefault();
      pick(matches[active]);
    } else if (e.key === 'Escape') {
      results.hidden = true;
    }
  });
  input.addEventListener('blur', () => { results.hidden = true; });
  return h('div', { class: 'search' }, input, results);
}
