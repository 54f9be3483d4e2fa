// Tie score over time as an SVG line chart, with a marker for each event that moved it.
import { s, formatScore } from './dom.js';
import { weightOf } from './ties.js';

const DAY = 86400000;
// The right pad holds half a date label: the last point sits on the plot's right edge with its label centred under it.
const PAD = { top: 16, right: 36, bottom: 28, left: 44 };

/**
 * points: [{start, end, score, eventCount}] (dates as YYYY-MM-DD);
 * markers: events of the API ({eventTime, weight, type, ...}); onMarker(marker) on click or Enter.
 */
export function lineChart(points, markers, onMarker, width = 760, height = 300) {
  const xs = points.map((p) => Date.parse(p.end) + DAY);
  const x0 = Date.parse(points[0].start);
  const x1 = Math.max(xs[xs.length - 1], x0 + DAY);
  const scores = points.map((p) => p.score);
  const [y0, y1] = yDomain(scores);
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const x = (t) => PAD.left + ((t - x0) / (x1 - x0)) * plotW;
  const y = (v) => PAD.top + (1 - (v - y0) / (y1 - y0)) * plotH;

  const svg = s('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'tie score over time' });
  svg.append(...yAxis(y0, y1, y, width), ...xAxis(points, xs, x, x1 - x0, height));
  svg.append(s('line', { class: 'zero', x1: PAD.left, x2: width - PAD.right, y1: y(0), y2: y(0) }));

  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(xs[i]).toFixed(1)},${y(p.score).toFixed(1)}`).join('');
  svg.append(s('path', { class: 'line', d: path }));
  points.forEach((p, i) => svg.append(s('circle', { class: 'chart-point', cx: x(xs[i]), cy: y(p.score), r: 2.5 },
    s('title', {}, `${p.start}…${p.end}: ${formatScore(p.score)} (${p.eventCount} events)`))));

  for (const marker of markers) {
    const t = Date.parse(marker.eventTime);
    if (Number.isNaN(t) || t < x0 || t > x1) continue;
    svg.append(markerShape(marker, x(t), y(scoreAt(t, x0, xs, scores)), onMarker));
  }
  return svg;
}

/** The line's height at time t: markers sit on the segment that leads to their bucket's point. */
function scoreAt(t, x0, xs, scores) {
  const bucket = xs.findIndex((end) => t < end);
  if (bucket < 0) return scores[scores.length - 1];
  const [fromT, fromScore] = bucket === 0 ? [x0, scores[0]] : [xs[bucket - 1], scores[bucket - 1]];
  const share = (t - fromT) / Math.max(xs[bucket] - fromT, 1);
  return fromScore + (scores[bucket] - fromScore) * Math.min(1, Math.max(0, share));
}

function markerShape(marker, cx, cy, onMarker) {
  const effect = weightOf(marker);
  const size = 6;
  const d = `M${cx},${cy - size}L${cx + size},${cy}L${cx},${cy + size}L${cx - size},${cy}Z`;
  const select = () => onMarker(marker);
  return s('path', {
    class: `chart-marker ${effect < 0 ? 'neg' : 'pos'}`, d, tabindex: 0, role: 'button',
    'aria-label': `${marker.type} event`, onclick: select,
    onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(); } },
  }, s('title', {}, `${marker.type}${marker.subtype ? ` (${marker.subtype})` : ''}, ${marker.eventTime}`));
}

function yDomain(scores) {
  const lo = Math.min(0, ...scores);
  const hi = Math.max(0, ...scores);
  const span = Math.max(hi - lo, 10);
  const step = niceStep(span / 4);
  return [Math.max(-100, Math.floor((lo - span * 0.05) / step) * step),
    Math.min(100, Math.ceil((hi + span * 0.05) / step) * step)];
}

function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

function yAxis(y0, y1, y, width) {
  const step = niceStep((y1 - y0) / 4);
  const nodes = [];
  for (let v = Math.ceil(y0 / step) * step; v <= y1 + 1e-9; v += step) {
    nodes.push(s('line', { class: 'grid', x1: PAD.left, x2: width - PAD.right, y1: y(v), y2: y(v) }));
    nodes.push(s('text', { class: 'tick', x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, formatScore(v)));
  }
  return nodes;
}

/**
 * Date labels under points, each the last day of its point's bucket: a point stands at the end of its bucket (the
 * score once that day is over), so a label of the instant there would name the next day (2026-12-08 under the point
 * of 2026-12-07) and evenly spaced instants would fall between points.
 */
function xAxis(points, xs, x, span, height) {
  const most = 7;
  const picked = new Set();
  for (let i = 0; i < most; i++) picked.add(Math.round((i * (points.length - 1)) / (most - 1)));
  return [...picked].map((i) => s('text', { class: 'tick x-tick', x: x(xs[i]), y: height - 8, 'text-anchor': 'middle' },
    points[i].end.slice(0, span > 400 * DAY ? 7 : 10)));
}
