// Small dependency-free SVG charts for the widgets: waterfall, histogram, line chart, tornado.
// Chosen over a chart library because four chart types fit in a few KB, render crisply at any
// size, need no inline styles (presentation attributes pass a strict CSP) and build their DOM with
// createElementNS + textContent only, so labels from user data can never become markup.

const NS = 'http://www.w3.org/2000/svg';
const COLORS = { up: '#2f855a', down: '#c53030', total: '#2b6cb0', bar: '#4a5568', loss: '#c53030', line: '#2b6cb0', line2: '#b7791f', mark: '#718096' };

function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined && value !== null) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = String(text);
  return el;
}

/** Chart text size in SVG units; `fitted` draws one unit per CSS pixel, so this is the size on screen. */
const FONT = 11;

function frame(width, height, title) {
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'font-size': FONT, 'font-family': 'system-ui, sans-serif' });
  root.append(svg('title', {}, title));
  return root;
}

/**
 * A chart drawn at its container's width in pixels (at most `maxWidth`), so its labels keep their
 * 11 px on a phone instead of shrinking with a scaled-down viewBox; `draw(width)` returns the SVG
 * and runs again whenever the container's width changes.
 */
export function fitted(draw, { maxWidth = 760, minWidth = 260 } = {}) {
  const box = document.createElement('div');
  let drawnAt = 0;
  const paint = (width) => {
    drawnAt = width;
    box.replaceChildren(draw(width));
  };
  paint(maxWidth);
  // "pending" until drawn at the width the container turned out to have (tests wait for it).
  box.dataset.chart = 'pending';
  new ResizeObserver(([entry]) => {
    if (entry.contentRect.width <= 0) return;
    const width = Math.max(minWidth, Math.min(maxWidth, Math.floor(entry.contentRect.width)));
    if (width !== drawnAt) paint(width);
    box.dataset.chart = 'fitted';
  }).observe(box);
  return box;
}

/** Rough width of a label in pixels at the chart font (CJK glyphs are square, Latin about half). */
export function textWidth(text) {
  let width = 0;
  for (const c of String(text)) width += c.codePointAt(0) > 0x2e80 ? FONT : FONT * 0.6;
  return width;
}

/** How many axis ticks fit along `span` pixels when each label is about `label` pixels wide. */
const tickCount = (span, label, most) => Math.max(2, Math.min(most, Math.floor(span / (label + 16))));

/**
 * A legend (colour swatch + label per item) laid out in rows from (x, y) within `width`, so names
 * are on screen rather than only in hover tooltips; returns the height it took.
 */
function legend(root, items, x, y, width) {
  let cx = x;
  let row = 0;
  for (const item of items) {
    const w = 16 + textWidth(item.label) + 12;
    if (cx > x && cx + w > x + width) {
      cx = x;
      row += 1;
    }
    const top = y + row * 16;
    root.append(svg('rect', { x: cx, y: top + 2, width: 12, height: 8, fill: item.color }));
    root.append(svg('text', { x: cx + 16, y: top + 10, fill: '#1a202c', 'data-legend': '' }, item.label));
    cx += w;
  }
  return items.length ? (row + 1) * 16 + 4 : 0;
}

/** "Nice" tick values covering [min, max]. */
export function ticks(min, max, count = 5) {
  if (!(max > min)) return [min];
  const span = max - min;
  const step0 = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= step0) ?? step0;
  const out = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

function scale(d0, d1, r0, r1) {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

function yAxis(root, y, values, x0, x1, format) {
  for (const v of values) {
    root.append(svg('line', { x1: x0, x2: x1, y1: y(v), y2: y(v), stroke: '#e2e8f0' }));
    root.append(svg('text', { x: x0 - 4, y: y(v) + 4, 'text-anchor': 'end', fill: '#4a5568' }, format(v)));
  }
}

/**
 * Waterfall: steps [{ label, value, kind: 'start' | 'delta' | 'total' }]. Deltas float from the
 * running total; totals and the start are drawn from zero.
 */
export function waterfall(steps, { title = '', format = String, width = 640, height = 260 } = {}) {
  let running = 0;
  const bars = steps.map((s) => {
    if (s.kind === 'delta') {
      const from = running;
      running += s.value;
      return { ...s, from, to: running };
    }
    running = s.value;
    return { ...s, from: 0, to: s.value };
  });
  const lo = Math.min(0, ...bars.map((b) => Math.min(b.from, b.to)));
  const hi = Math.max(0, ...bars.map((b) => Math.max(b.from, b.to)));
  const color = (b) => (b.kind === 'delta' ? (b.value < 0 ? COLORS.down : COLORS.up) : COLORS.total);
  const m = { left: 70, right: 10, top: 10, bottom: 48 };
  const band = (width - m.left - m.right) / Math.max(1, bars.length);
  const widest = Math.max(...bars.map((b) => Math.max(textWidth(b.label), textWidth(format(b.value)))));
  if (widest > band * 0.95) return waterfallRows(bars, { title, format, width, lo, hi, color });
  const root = frame(width, height, title);
  // 5 % headroom above the tallest bar, so it does not touch the chart's top edge.
  const top = (hi || 1) * 1.05;
  const y = scale(lo, top, height - m.bottom, m.top);
  yAxis(root, y, ticks(lo, top), m.left, width - m.right, format);
  bars.forEach((b, i) => {
    const x = m.left + i * band + band * 0.15;
    const top = y(Math.max(b.from, b.to));
    const rect = svg('rect', { x, y: top, width: band * 0.7, height: Math.max(1, Math.abs(y(b.from) - y(b.to))), fill: color(b) });
    rect.append(svg('title', {}, `${b.label}: ${format(b.value)}`));
    root.append(rect);
    root.append(svg('text', { x: x + band * 0.35, y: height - m.bottom + 14, 'text-anchor': 'middle', fill: '#1a202c' }, b.label));
    root.append(svg('text', { x: x + band * 0.35, y: height - m.bottom + 28, 'text-anchor': 'middle', fill: color(b) }, format(b.value)));
  });
  root.append(svg('line', { x1: m.left, x2: width - m.right, y1: y(0), y2: y(0), stroke: '#1a202c' }));
  return root;
}

/** The waterfall as one row per step (label and value above a horizontal bar), for narrow screens. */
function waterfallRows(bars, { title, format, width, lo, hi, color }) {
  const rowHeight = 36;
  const m = { left: 4, right: 4, top: 4 };
  const root = frame(width, m.top * 2 + rowHeight * bars.length, title);
  const x = scale(lo, hi || 1, m.left, width - m.right);
  bars.forEach((b, i) => {
    const top = m.top + i * rowHeight;
    root.append(svg('text', { x: m.left, y: top + 12, fill: '#1a202c' }, b.label));
    root.append(svg('text', { x: width - m.right, y: top + 12, 'text-anchor': 'end', fill: color(b) }, format(b.value)));
    const rect = svg('rect', { x: x(Math.min(b.from, b.to)), y: top + 17, width: Math.max(1, Math.abs(x(b.to) - x(b.from))), height: 12, fill: color(b) });
    rect.append(svg('title', {}, `${b.label}: ${format(b.value)}`));
    root.append(rect);
  });
  root.append(svg('line', { x1: x(0), x2: x(0), y1: m.top, y2: m.top + rowHeight * bars.length, stroke: '#1a202c' }));
  return root;
}

/**
 * The bins worth drawing: the outermost bins holding together at most `share` of all draws at each
 * end are left off (a few extreme draws would otherwise squeeze every bar into a corner of the
 * axis); returns the kept bins and how many draws lie beyond each end.
 */
export function trimTails(bins, share = 0.005) {
  const total = bins.reduce((sum, b) => sum + b.count, 0);
  let first = 0;
  let below = 0;
  while (first < bins.length - 1 && below + bins[first].count <= total * share) below += bins[first++].count;
  let last = bins.length - 1;
  let above = 0;
  while (last > first && above + bins[last].count <= total * share) above += bins[last--].count;
  return { bins: bins.slice(first, last + 1), below, above };
}

/**
 * Histogram: bins [{ x0, x1, count }]; bins entirely below `lossBelow` are drawn in the loss colour
 * and `markers` [{ x, label }] draw vertical lines (e.g. P5, P50, P95, break-even). The sparse
 * outer tails are left off the axis (trimTails) and their draw counts written at the edges
 * (`beyond(n)` gives the text).
 */
export function histogram(allBins, { title = '', format = String, lossBelow, markers = [], width = 640, height = 240, beyond = (n) => `${n}` } = {}) {
  const root = frame(width, height, title);
  const m = { left: 40, right: 10, top: 18, bottom: 36 };
  if (allBins.length === 0) return root;
  const { bins, below, above } = trimTails(allBins);
  const x = scale(bins[0].x0, bins[bins.length - 1].x1, m.left, width - m.right);
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const y = scale(0, maxCount, height - m.bottom, m.top);
  for (const b of bins) {
    const loss = lossBelow !== undefined && b.x1 <= lossBelow;
    const rect = svg('rect', { x: x(b.x0), y: y(b.count), width: Math.max(0.5, x(b.x1) - x(b.x0) - 0.5), height: y(0) - y(b.count), fill: loss ? COLORS.loss : COLORS.bar });
    rect.append(svg('title', {}, `${format(b.x0)} – ${format(b.x1)}: ${b.count}`));
    root.append(rect);
  }
  const xLabel = Math.max(textWidth(format(bins[0].x0)), textWidth(format(bins[bins.length - 1].x1)));
  for (const v of ticks(bins[0].x0, bins[bins.length - 1].x1, tickCount(width - m.left - m.right, xLabel, 6))) {
    root.append(svg('text', { x: x(v), y: height - m.bottom + 14, 'text-anchor': 'middle', fill: '#4a5568' }, format(v)));
  }
  if (below) root.append(svg('text', { x: m.left, y: height - 4, fill: '#4a5568', 'data-tail': 'below' }, `← ${beyond(below)}`));
  if (above) root.append(svg('text', { x: width - m.right, y: height - 4, 'text-anchor': 'end', fill: '#4a5568', 'data-tail': 'above' }, `${beyond(above)} →`));
  markers.forEach((mk, i) => {
    const at = Math.min(width - m.right, Math.max(m.left, x(mk.x)));
    root.append(svg('line', { x1: at, x2: at, y1: m.top, y2: height - m.bottom, stroke: mk.color ?? COLORS.mark, 'stroke-dasharray': '4 3' }));
    root.append(svg('text', { x: at + 3, y: m.top - 4 + (i % 2) * 11, fill: mk.color ?? COLORS.mark }, mk.label));
  });
  root.append(svg('line', { x1: m.left, x2: width - m.right, y1: y(0), y2: y(0), stroke: '#1a202c' }));
  return root;
}

/**
 * Line chart: series [{ label, points: [[x, y], …], color? }], horizontal `hlines` [{ y, label }]
 * (e.g. the break-even line) and vertical `vlines` [{ x, label }] (e.g. the profit-max budget).
 */
export function lineChart(series, { title = '', formatX = String, formatY = String, hlines = [], vlines = [], width = 640, height = 260 } = {}) {
  const colorOf = (s, i) => s.color ?? (i ? COLORS.line2 : COLORS.line);
  const items = series.map((s, i) => ({ label: s.label, color: colorOf(s, i) }));
  const probe = frame(width, height, title);
  const legendHeight = legend(probe, items, 70, 2, width - 82);
  const root = frame(width, height + legendHeight, title);
  legend(root, items, 70, 2, width - 82);
  const m = { left: 70, right: 12, top: 14 + legendHeight, bottom: 34 };
  height += legendHeight;
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return root;
  const xs = all.map((p) => p[0]);
  const ys = [...all.map((p) => p[1]), ...hlines.map((h) => h.y)];
  const [xlo, xhi] = [Math.min(...xs), Math.max(...xs)];
  const [ylo, yhi] = [Math.min(0, ...ys), Math.max(...ys)];
  const x = scale(xlo, xhi, m.left, width - m.right);
  const y = scale(ylo, yhi === ylo ? ylo + 1 : yhi, height - m.bottom, m.top);
  yAxis(root, y, ticks(ylo, yhi), m.left, width - m.right, formatY);
  const xLabel = Math.max(textWidth(formatX(xlo)), textWidth(formatX(xhi)));
  for (const v of ticks(xlo, xhi, tickCount(width - m.left - m.right, xLabel, 6))) root.append(svg('text', { x: x(v), y: height - m.bottom + 14, 'text-anchor': 'middle', fill: '#4a5568' }, formatX(v)));
  series.forEach((s, i) => {
    const d = s.points.map((p, j) => `${j ? 'L' : 'M'}${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join('');
    const path = svg('path', { d, fill: 'none', stroke: colorOf(s, i), 'stroke-width': 2 });
    path.append(svg('title', {}, s.label));
    root.append(path);
  });
  for (const h of hlines) {
    root.append(svg('line', { x1: m.left, x2: width - m.right, y1: y(h.y), y2: y(h.y), stroke: h.color ?? COLORS.loss, 'stroke-dasharray': '5 4' }));
    root.append(svg('text', { x: width - m.right - 2, y: y(h.y) - 4, 'text-anchor': 'end', fill: h.color ?? COLORS.loss }, h.label));
  }
  for (const v of vlines) {
    root.append(svg('line', { x1: x(v.x), x2: x(v.x), y1: m.top, y2: height - m.bottom, stroke: v.color ?? COLORS.mark, 'stroke-dasharray': '3 3' }));
    root.append(svg('text', { x: x(v.x) + 3, y: m.top + 10, fill: v.color ?? COLORS.mark }, v.label));
  }
  return root;
}

/**
 * Tornado: rows [{ label, low, high }] = the output when one input moves to its low/high value,
 * around `base`. Rows are drawn in the given order (sort by swing first).
 */
export function tornado(rows, { title = '', format = String, base = 0, width = 640, rowHeight = 24, lowLabel, highLabel } = {}) {
  const items = lowLabel && highLabel ? [{ label: lowLabel, color: COLORS.down }, { label: highLabel, color: COLORS.up }] : [];
  const legendHeight = items.length ? legend(frame(width, 10, ''), items, 8, 2, width - 16) : 0;
  const m = { left: 150, right: 16, top: 10 + legendHeight, bottom: 26 };
  const height = m.top + m.bottom + rowHeight * Math.max(1, rows.length);
  const root = frame(width, height, title);
  legend(root, items, 8, 2, width - 16);
  const values = rows.flatMap((r) => [r.low, r.high]).concat(base);
  const x = scale(Math.min(...values), Math.max(...values), m.left, width - m.right);
  rows.forEach((r, i) => {
    const top = m.top + i * rowHeight + 3;
    root.append(svg('text', { x: m.left - 6, y: top + rowHeight / 2 + 1, 'text-anchor': 'end', fill: '#1a202c' }, r.label));
    for (const [v, color] of [[r.low, COLORS.down], [r.high, COLORS.up]]) {
      const rect = svg('rect', { x: Math.min(x(base), x(v)), y: top, width: Math.max(1, Math.abs(x(v) - x(base))), height: rowHeight - 6, fill: color, opacity: 0.85 });
      rect.append(svg('title', {}, `${r.label}: ${format(v)}`));
      root.append(rect);
    }
  });
  root.append(svg('line', { x1: x(base), x2: x(base), y1: m.top, y2: height - m.bottom, stroke: '#1a202c' }));
  const xLabel = Math.max(...values.map((v) => textWidth(format(v))));
  for (const v of ticks(Math.min(...values), Math.max(...values), tickCount(width - m.left - m.right, xLabel, 5))) root.append(svg('text', { x: x(v), y: height - 8, 'text-anchor': 'middle', fill: '#4a5568' }, format(v)));
  return root;
}
