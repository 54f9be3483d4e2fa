// Network of ties drawn as SVG after a Fruchterman-Reingold force layout:
// edge colour by sign, edge width by strength. Deterministic: the same data gives the same picture.
import { s, formatScore } from './dom.js';

/** nodes: [{id, label}], edges: [{a, b, score, eventCount}], center: id kept in the middle. */
export function forceGraph(nodes, edges, { center, onNode, onEdge, width = 760, height = 420 }) {
  const positions = layout(nodes, edges, center, width, height);
  const svg = s('svg', { class: 'graph', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'network of ties' });
  const maxAbs = Math.max(1, ...edges.map((e) => Math.abs(e.score)));
  for (const edge of [...edges].sort((p, q) => Math.abs(p.score) - Math.abs(q.score))) {
    const pa = positions.get(edge.a);
    const pb = positions.get(edge.b);
    if (!pa || !pb) continue;
    const line = s('line', {
      class: `graph-edge ${edge.score < 0 ? 'neg' : 'pos'}`, x1: pa.x, y1: pa.y, x2: pb.x, y2: pb.y,
      'stroke-width': (1 + 7 * Math.sqrt(Math.abs(edge.score) / maxAbs)).toFixed(2),
      dataset: { pair: `${edge.a}|${edge.b}` }, onclick: () => onEdge && onEdge(edge.a, edge.b),
    }, s('title', {}, `${edge.a}–${edge.b}: ${formatScore(edge.score)} (${edge.eventCount ?? '?'} events)`));
    svg.append(line);
  }
  for (const node of nodes) {
    const p = positions.get(node.id);
    const isCenter = node.id === center;
    svg.append(s('g', {
      class: `graph-node${isCenter ? ' center' : ''}`, transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`,
      tabindex: 0, role: 'button', dataset: { code: node.id },
      onclick: () => onNode && onNode(node.id),
      onkeydown: (e) => { if (e.key === 'Enter' && onNode) onNode(node.id); },
    }, s('circle', { r: isCenter ? 11 : 8 }),
    s('text', { y: isCenter ? -15 : -12, 'text-anchor': 'middle' }, node.id),
    s('title', {}, node.label || node.id)));
  }
  return svg;
}

function layout(nodes, edges, center, width, height) {
  const n = nodes.length;
  const area = width * height;
  const k = Math.sqrt(area / Math.max(n, 1)) * 0.75;
  const pos = nodes.map((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    const r = node.id === center ? 0 : Math.min(width, height) / 3;
    return { id: node.id, x: width / 2 + r * Math.cos(angle), y: height / 2 + r * Math.sin(angle), dx: 0, dy: 0 };
  });
  const index = new Map(pos.map((p, i) => [p.id, i]));
  const links = edges.filter((e) => index.has(e.a) && index.has(e.b))
    .map((e) => [index.get(e.a), index.get(e.b), 0.5 + Math.abs(e.score) / 100]);
  let temperature = width / 10;
  for (let iter = 0; iter < 300; iter++) {
    for (const p of pos) { p.dx = 0; p.dy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x || 0.01;
        const dy = pos[i].y - pos[j].y || 0.01;
        const d2 = dx * dx + dy * dy;
        const f = (k * k) / d2;
        pos[i].dx += dx * f; pos[i].dy += dy * f;
        pos[j].dx -= dx * f; pos[j].dy -= dy * f;
      }
    }
    for (const [i, j, strength] of links) {
      const dx = pos[i].x - pos[j].x;
      const dy = pos[i].y - pos[j].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const f = (d * strength) / k;
      pos[i].dx -= dx * f; pos[i].dy -= dy * f;
      pos[j].dx += dx * f; pos[j].dy += dy * f;
    }
    for (const p of pos) {
      p.dx += (width / 2 - p.x) * 0.02 * k / 10;
      p.dy += (height / 2 - p.y) * 0.02 * k / 10;
      const d = Math.sqrt(p.dx * p.dx + p.dy * p.dy) || 1;
      const step = Math.min(d, temperature);
      if (p.id !== center) { p.x += (p.dx / d) * step; p.y += (p.dy / d) * step; }
    }
    temperature *= 0.985;
  }
  return fit(pos, width, height);
}

/** Scales the layout into the box with a margin for labels. */
function fit(pos, width, height) {
  const margin = 30;
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * margin) / Math.max(maxX - minX, 1), (height - 2 * margin) / Math.max(maxY - minY, 1), 1.5);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return new Map(pos.map((p) => [p.id, { x: width / 2 + (p.x - cx) * scale, y: height / 2 + (p.y - cy) * scale }]));
}
