// Small inline-SVG charts for the HTML report: no scripts, no fonts beyond the page's, every string
// from the data escaped. Each chart carries a <title>, a <desc> (its text alternative), axis labels,
// and a legend where it has more than one series.

import { DASH, fixed, formatP, plain, stars } from '../_lib/format.js';
import { nearestOnBox, placeLabels, textWidth, type Box } from './placeLabels.js';

/** Escapes text for HTML and SVG content and attribute values. */
export function esc(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** The text style of every chart's ticks, axes and labels. */
export const FONT = 'font-size="12" fill="#222"';
/**
 * A tooltip's name and its colon: the full-width colon after Chinese text, so a Chinese report's
 * tooltips read 可靠性：−1.08 (the charts take words, not a language).
 */
const endsInChinese = (text: string): boolean => /[\u3000-\u9fff\uff00-\uffef]$/u.test(text);
const tipName = (name: string): string => `${name}${endsInChinese(name) ? '：' : ': '}`;
/** A coordinate or length in an attribute, to two decimals; `–` for a number that is not finite. */
export const r2 = (x: number): string => (Number.isFinite(x) ? (Math.round(x * 100) / 100).toString() : DASH);
/** A value in a tooltip or a cell, to two decimals with a true minus sign, as the report's text prints it. */
const v2 = (x: number): string => fixed(x);

/**
 * Tick values for an axis from lo to hi: about `count` round steps (1, 2, 2.5 or 5 times a power of
 * ten). The ticks are counted first and made by index, never by adding the step until hi is passed:
 * where lo + step rounds back to lo (a range of a few ulps, or a huge magnitude) that addition never
 * moves. Ticks that print alike are given once.
 *
 * @param lo - The axis' low end.
 * @param hi - The axis' high end.
 * @param count - About how many steps.
 * @returns At most `count` + 2 ascending ticks; `[lo]` for an empty range, none for ends that are not finite.
 */
export function ticks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const first = Math.ceil(lo / step);
  const n = Math.floor(hi / step + 1e-9) - first + 1;
  // step ≥ (hi − lo) / count, so n ≤ count + 2 but where the division overflows (a range wider than the largest double).
  if (!Number.isFinite(n) || !(step > 0)) return [lo, hi];
  const out: number[] = [];
  for (let i = 0; i < Math.min(n, count + 2); i++) {
    const t = Number(((first + i) * step).toFixed(10));
    if (t !== out.at(-1)) out.push(t);
  }
  return out;
}

/** Vertical grid lines with their tick labels, for a horizontal value axis from lo to hi. */
function verticalGrid(x: (v: number) => number, lo: number, hi: number, top: number, bottom: number): string {
  return ticks(lo, hi)
    .map(
      (t) =>
        `<line x1="${r2(x(t))}" y1="${top}" x2="${r2(x(t))}" y2="${bottom}" stroke="#ddd"/><text x="${r2(x(t))}" y="${bottom + 16}" text-anchor="middle" ${FONT}>${esc(plain(t))}</text>`,
    )
    .join('');
}

/** A chart's frame: the <svg> element with its title and text alternative. */
export function frame(id: string, width: number, height: number, title: string, desc: string, body: string): string {
  return `<svg id="${esc(id)}" class="chart" role="img" aria-labelledby="${esc(id)}-t ${esc(id)}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${esc(id)}-t">${esc(title)}</title><desc id="${esc(id)}-d">${esc(desc)}</desc>${body}</svg>`;
}

function legend(x: number, y: number, entries: ReadonlyArray<{ label: string; color: string; shape?: 'bar' | 'dot' | 'line' }>): string {
  return entries
    .map((e, i) => {
      const yy = y + i * 16;
      const mark =
        e.shape === 'dot'
          ? `<circle cx="${x + 6}" cy="${yy - 4}" r="4" fill="${e.color}"/>`
          : e.shape === 'line'
            ? `<line x1="${x}" y1="${yy - 4}" x2="${x + 12}" y2="${yy - 4}" stroke="${e.color}" stroke-width="2"/>`
            : `<rect x="${x}" y="${yy - 10}" width="12" height="10" fill="${e.color}"/>`;
      return `<g class="legend">${mark}<text x="${x + 18}" y="${yy}" ${FONT}>${esc(e.label)}</text></g>`;
    })
    .join('');
}

/** Horizontal bars from zero with optional confidence whiskers (dimension gaps). */
export interface BarDatum {
  label: string;
  value: number | null;
  lo?: number | null;
  hi?: number | null;
}

/**
 * Horizontal bars, one per category, with optional confidence whiskers. Without a `domain` the axis
 * spans zero and the data with a little room, and bars grow from zero (a gap, an adequacy). With a
 * `domain` (the answer scale) the axis spans exactly the scale, so a mean is read against the whole
 * scale, and bars grow from its low end.
 *
 * @param id - The element id.
 * @param title - The chart's title.
 * @param desc - Its text alternative.
 * @param data - One bar per category; `value: null` draws the label only.
 * @param axisLabel - What the value axis measures.
 * @param domain - The answer scale's ends, for means on the scale.
 * @returns The `<svg>` element.
 */
export function barChart(id: string, title: string, desc: string, data: readonly BarDatum[], axisLabel: string, domain?: readonly [number, number]): string {
  const left = 150;
  const width = 640;
  const plotW = width - left - 30;
  const rowH = 28;
  const top = 30;
  const height = top + data.length * rowH + 50;
  const values = data.flatMap((d) => [d.value, d.lo ?? null, d.hi ?? null]).filter((v): v is number => v !== null && Number.isFinite(v));
  let lo: number;
  let hi: number;
  if (domain !== undefined && domain[1] > domain[0]) {
    // A value outside the scale cannot come from valid answers; the axis still shows it rather than clip it.
    lo = Math.min(domain[0], ...values);
    hi = Math.max(domain[1], ...values);
  } else {
    lo = Math.min(0, ...values);
    hi = Math.max(0, ...values);
    if (lo === hi) hi = lo + 1;
    const pad = (hi - lo) * 0.05;
    lo -= pad;
    hi += pad;
  }
  const base = domain !== undefined && domain[1] > domain[0] ? lo : 0;
  const x = (v: number): number => left + ((v - lo) / (hi - lo)) * plotW;
  const grid = verticalGrid(x, lo, hi, top - 5, top + data.length * rowH);
  const bars = data
    .map((d, i) => {
      const y = top + i * rowH;
      const label = `<text x="${left - 8}" y="${y + rowH / 2 + 4}" text-anchor="end" ${FONT}>${esc(d.label)}</text>`;
      if (d.value === null) return label;
      const x0 = x(Math.min(base, d.value));
      const w = Math.abs(x(d.value) - x(base));
      const color = d.value < base ? '#c0392b' : '#2e86c1';
      const whisker =
        d.lo !== undefined && d.lo !== null && d.hi !== undefined && d.hi !== null
          ? `<line class="whisker" x1="${r2(x(d.lo))}" y1="${y + rowH / 2}" x2="${r2(x(d.hi))}" y2="${y + rowH / 2}" stroke="#222" stroke-width="1.5"/><line x1="${r2(x(d.lo))}" y1="${y + 8}" x2="${r2(x(d.lo))}" y2="${y + rowH - 8}" stroke="#222"/><line x1="${r2(x(d.hi))}" y1="${y + 8}" x2="${r2(x(d.hi))}" y2="${y + rowH - 8}" stroke="#222"/>`
          : '';
      return `${label}<rect class="bar" x="${r2(x0)}" y="${y + 6}" width="${r2(Math.max(w, 1))}" height="${rowH - 12}" fill="${color}"><title>${esc(`${tipName(d.label)}${v2(d.value)}`)}</title></rect>${whisker}`;
    })
    .join('');
  const zero = `<line class="base" x1="${r2(x(base))}" y1="${top - 5}" x2="${r2(x(base))}" y2="${top + data.length * rowH}" stroke="#555"/>`;
  const axis = `<text x="${left + plotW / 2}" y="${height - 8}" text-anchor="middle" ${FONT}>${esc(axisLabel)}</text>`;
  return frame(id, width, height, title, desc, `${grid}${zero}${bars}${axis}`);
}

/** Paired horizontal bars per category (expectation against perception). */
export function groupedBarChart(
  id: string,
  title: string,
  desc: string,
  data: ReadonlyArray<{ label: string; values: ReadonlyArray<number | null> }>,
  series: ReadonlyArray<{ label: string; color: string }>,
  domain: [number, number],
  axisLabel: string,
): string {
  const left = 150;
  const width = 640;
  const plotW = width - left - 150;
  const barH = 10;
  const rowH = series.length * barH + 14;
  const top = 24;
  const height = top + data.length * rowH + 46;
  const [lo, hi] = domain;
  const x = (v: number): number => left + ((v - lo) / (hi - lo)) * plotW;
  const grid = verticalGrid(x, lo, hi, top - 4, top + data.length * rowH);
  const bars = data
    .map((d, i) => {
      const y = top + i * rowH;
      const rects = d.values
        .map((v, s) =>
          v === null
            ? ''
            : `<rect class="bar" x="${left}" y="${y + 4 + s * barH}" width="${r2(Math.max(1, x(v) - left))}" height="${barH - 1}" fill="${series[s]?.color ?? '#888'}"><title>${esc(`${tipName(`${d.label} — ${series[s]?.label ?? ''}`)}${v2(v)}`)}</title></rect>`,
        )
        .join('');
      return `<text x="${left - 8}" y="${y + rowH / 2 + 2}" text-anchor="end" ${FONT}>${esc(d.label)}</text>${rects}`;
    })
    .join('');
  const axis = `<text x="${left + plotW / 2}" y="${height - 8}" text-anchor="middle" ${FONT}>${esc(axisLabel)}</text>`;
  return frame(id, width, height, title, desc, `${grid}${bars}${axis}${legend(width - 130, top + 10, series)}`);
}

/** The importance–performance plot: points, crosshairs and the four quadrant names. */
export function ipaChart(
  id: string,
  title: string,
  desc: string,
  points: ReadonlyArray<{ label: string; x: number; y: number }>,
  crosshairs: { x: number; y: number },
  labels: { x: string; y: string; quadrants: [string, string, string, string] },
): string {
  const width = 560;
  const height = 420;
  const left = 70;
  const top = 30;
  const plotW = width - left - 30;
  const plotH = height - top - 60;
  const xs = [...points.map((p) => p.x), crosshairs.x];
  const ys = [...points.map((p) => p.y), crosshairs.y];
  const span = (v: number[]): [number, number] => {
    const lo = Math.min(...v);
    const hi = Math.max(...v);
    const pad = hi > lo ? (hi - lo) * 0.15 : Math.max(Math.abs(lo) * 0.1, 0.1);
    return [lo - pad, hi + pad];
  };
  const [x0, x1] = span(xs);
  const [y0, y1] = span(ys);
  const x = (v: number): number => left + ((v - x0) / (x1 - x0)) * plotW;
  const y = (v: number): number => top + plotH - ((v - y0) / (y1 - y0)) * plotH;
  const [concentrate, keepUp, low, overkill] = labels.quadrants;
  const q = `<text x="${left + 6}" y="${top + 14}" font-size="11" fill="#c0392b">${esc(concentrate)}</text><text x="${left + plotW - 6}" y="${top + 14}" text-anchor="end" font-size="11" fill="#1e8449">${esc(keepUp)}</text><text x="${left + 6}" y="${top + plotH - 6}" font-size="11" fill="#777">${esc(low)}</text><text x="${left + plotW - 6}" y="${top + plotH - 6}" text-anchor="end" font-size="11" fill="#777">${esc(overkill)}</text>`;
  const cross = `<line class="crosshair" x1="${r2(x(crosshairs.x))}" y1="${top}" x2="${r2(x(crosshairs.x))}" y2="${top + plotH}" stroke="#999" stroke-dasharray="4 3"/><line class="crosshair" x1="${left}" y1="${r2(y(crosshairs.y))}" x2="${left + plotW}" y2="${r2(y(crosshairs.y))}" stroke="#999" stroke-dasharray="4 3"/>`;
  const dots = points
    .map(
      (p) =>
        `<circle class="point" cx="${r2(x(p.x))}" cy="${r2(y(p.y))}" r="6" fill="#2e86c1"><title>${esc(`${tipName(p.label)}${v2(p.x)}${/[\u3000-\u9fff\uff00-\uffef]$/u.test(p.label) ? '，' : ', '}${Number.isFinite(p.y) ? (p.y * 100).toFixed(0) : DASH}%`)}</title></circle>`,
    )
    .join('');
  // The quadrant names sit in the frame's corners: reserved, so no label covers them.
  const qBox = (text: string, atRight: boolean, atBottom: boolean): Box => {
    const w = textWidth(text, 11);
    return { x: atRight ? left + plotW - 6 - w : left + 6, y: atBottom ? top + plotH - 6 - 11 : top + 14 - 11, width: w, height: 14 };
  };
  const names = pointLabels(
    points.map((p) => ({ label: p.label, x: x(p.x), y: y(p.y) })),
    { x: left, y: top, width: plotW, height: plotH },
    [qBox(concentrate, false, false), qBox(keepUp, true, false), qBox(low, false, true), qBox(overkill, true, true)],
  );
  const xt = ticks(x0, x1)
    .map((t) => `<text x="${r2(x(t))}" y="${top + plotH + 16}" text-anchor="middle" ${FONT}>${esc(plain(t))}</text>`)
    .join('');
  const yt = ticks(y0, y1)
    .map((t) => `<text x="${left - 6}" y="${r2(y(t) + 4)}" text-anchor="end" ${FONT}>${esc(`${plain(Math.round(t * 1000) / 10)}%`)}</text>`)
    .join('');
  const box = `<rect x="${left}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="#bbb"/>`;
  const axes = `<text x="${left + plotW / 2}" y="${height - 14}" text-anchor="middle" ${FONT}>${esc(labels.x)}</text><text transform="translate(16 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" ${FONT}>${esc(labels.y)}</text>`;
  return frame(id, width, height, title, desc, `${box}${q}${cross}${dots}${names}${xt}${yt}${axes}`);
}

/**
 * The labels of a scatter plot's points, placed by {@link placeLabels} inside the plot frame: each a
 * `<text class="label">`, with a leader line (`line.leader`) to its point where it had to move away.
 * Font size 12; a label's box runs from 12 units above its baseline to 3 below.
 *
 * @param points - each point's label and position in SVG units
 * @param plot - the plot frame the labels stay in
 * @param reserved - boxes no label may cover
 * @returns the labels' SVG
 */
export function pointLabels(points: ReadonlyArray<{ label: string; x: number; y: number }>, plot: Box, reserved: readonly Box[]): string {
  const placed = placeLabels(
    points.map((p) => ({ x: p.x, y: p.y, width: textWidth(p.label, 12), height: 15 })),
    plot,
    { reserved },
  );
  return points
    .map((p, i) => {
      const box = placed[i]?.box ?? null;
      if (box === null) return '';
      const end = nearestOnBox(p.x, p.y, box);
      // From the marker's edge, not its centre, to the label's nearest edge.
      const len = Math.hypot(end.x - p.x, end.y - p.y);
      const sx = len > 0 ? p.x + ((end.x - p.x) * 6) / len : p.x;
      const sy = len > 0 ? p.y + ((end.y - p.y) * 6) / len : p.y;
      const leader =
        placed[i]?.displaced === true
          ? `<line class="leader" x1="${r2(sx)}" y1="${r2(sy)}" x2="${r2(end.x)}" y2="${r2(end.y)}" stroke="#888" stroke-width="1"/>`
          : '';
      return `${leader}<text class="label" x="${r2(box.x)}" y="${r2(box.y + 12)}" ${FONT}>${esc(p.label)}</text>`;
    })
    .join('');
}

/** The zone of tolerance: a band from minimum to desired per category, with the perception as a dot. */
export function zoneChart(
  id: string,
  title: string,
  desc: string,
  data: ReadonlyArray<{ label: string; minimum: number | null; desired: number | null; perception: number | null }>,
  domain: [number, number],
  labels: { axis: string; band: string; perception: string },
): string {
  const left = 150;
  const width = 640;
  const plotW = width - left - 160;
  const rowH = 26;
  const top = 24;
  const height = top + data.length * rowH + 46;
  const x = (v: number): number => left + ((v - domain[0]) / (domain[1] - domain[0])) * plotW;
  const grid = verticalGrid(x, domain[0], domain[1], top - 4, top + data.length * rowH);
  const rows = data
    .map((d, i) => {
      const y = top + i * rowH;
      const band =
        d.minimum !== null && d.desired !== null
          ? `<rect class="band" x="${r2(x(Math.min(d.minimum, d.desired)))}" y="${y + 6}" width="${r2(Math.max(1, Math.abs(x(d.desired) - x(d.minimum))))}" height="${rowH - 12}" fill="#d6eaf8"/>`
          : '';
      const dot =
        d.perception !== null
          ? `<circle class="point" cx="${r2(x(d.perception))}" cy="${y + rowH / 2}" r="5" fill="${d.minimum !== null && d.perception < d.minimum ? '#c0392b' : '#1f618d'}"><title>${esc(`${tipName(d.label)}${v2(d.perception)}`)}</title></circle>`
          : '';
      return `<text x="${left - 8}" y="${y + rowH / 2 + 4}" text-anchor="end" ${FONT}>${esc(d.label)}</text>${band}${dot}`;
    })
    .join('');
  const axis = `<text x="${left + plotW / 2}" y="${height - 8}" text-anchor="middle" ${FONT}>${esc(labels.axis)}</text>`;
  return frame(
    id,
    width,
    height,
    title,
    desc,
    `${grid}${rows}${axis}${legend(width - 140, top + 10, [
      { label: labels.band, color: '#d6eaf8' },
      { label: labels.perception, color: '#1f618d', shape: 'dot' },
    ])}`,
  );
}

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

/**
 * One line per series over ordered categories (a dimension's headline per period). The value axis
 * spans zero and the data; each category may carry a second line under its name (the period's n).
 * The legend sits below the plot, in as many rows as it needs, so it never covers a line.
 */
export function lineChart(
  id: string,
  title: string,
  desc: string,
  categories: readonly string[],
  series: ReadonlyArray<{ label: string; values: ReadonlyArray<number | null> }>,
  labels: { x: string; y: string },
  notes: readonly string[] = [],
): string {
  const width = 640;
  const left = 60;
  const top = 24;
  const plotW = width - left - 40;
  const plotH = 256;
  const tickRows = notes.length > 0 ? 2 : 1;
  const axisY = top + plotH + 16 + tickRows * 14 + 8;
  // The legend: entries left to right, wrapping at the plot's width.
  const entries: Array<{ label: string; color: string; x: number; y: number }> = [];
  let lx = left;
  let ly = axisY + 26;
  series.forEach((s, k) => {
    const w = 18 + textWidth(s.label, 12) + 16;
    if (lx > left && lx + w > left + plotW) {
      lx = left;
      ly += 18;
    }
    entries.push({ label: s.label, color: PALETTE[k % PALETTE.length] ?? '#333', x: lx, y: ly });
    lx += w;
  });
  const height = (entries.at(-1)?.y ?? axisY) + 12;
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  let lo = Math.min(...all, 0);
  let hi = Math.max(...all, 0);
  if (!(hi > lo)) hi = lo + 1;
  const pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  // Categories sit half a step in from the plot's sides, so the end points stay clear of its edges.
  const step = plotW / Math.max(1, categories.length);
  const x = (i: number): number => left + step * (i + 0.5);
  const y = (v: number): number => top + plotH - ((v - lo) / (hi - lo)) * plotH;
  const grid = ticks(lo, hi)
    .map(
      (t) =>
        `<line x1="${left}" y1="${r2(y(t))}" x2="${left + plotW}" y2="${r2(y(t))}" stroke="#eee"/><text x="${left - 6}" y="${r2(y(t) + 4)}" text-anchor="end" ${FONT}>${esc(plain(t))}</text>`,
    )
    .join('');
  const xt = categories
    .map(
      (c, i) =>
        `<text x="${r2(x(i))}" y="${top + plotH + 16}" text-anchor="middle" font-size="11" fill="#222">${esc(c)}</text>${notes[i] === undefined ? '' : `<text class="note" x="${r2(x(i))}" y="${top + plotH + 30}" text-anchor="middle" font-size="11" fill="#555">${esc(notes[i])}</text>`}`,
    )
    .join('');
  const lines = series
    .map((s, k) => {
      const color = PALETTE[k % PALETTE.length] ?? '#333';
      const pts = s.values.map((v, i) => (v === null ? null : `${r2(x(i))},${r2(y(v))}`)).filter((p): p is string => p !== null);
      const dots = s.values
        .map((v, i) =>
          v === null
            ? ''
            : `<circle cx="${r2(x(i))}" cy="${r2(y(v))}" r="3" fill="${color}"><title>${esc(`${tipName(`${s.label} ${categories[i] ?? ''}`)}${v2(v)}`)}</title></circle>`,
        )
        .join('');
      return `<polyline class="series" fill="none" stroke="${color}" stroke-width="2" points="${pts.join(' ')}"/>${dots}`;
    })
    .join('');
  const box = `<rect class="plot" x="${left}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="#ddd"/>`;
  const axes = `<text x="${left + plotW / 2}" y="${axisY}" text-anchor="middle" ${FONT}>${esc(labels.x)}</text><text transform="translate(14 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" ${FONT}>${esc(labels.y)}</text>`;
  const key = entries
    .map(
      (e) =>
        `<g class="legend"><line x1="${r2(e.x)}" y1="${e.y - 4}" x2="${r2(e.x + 12)}" y2="${e.y - 4}" stroke="${e.color}" stroke-width="2"/><text x="${r2(e.x + 18)}" y="${e.y}" ${FONT}>${esc(e.label)}</text></g>`,
    )
    .join('');
  return frame(id, width, height, title, desc, `${box}${grid}${lines}${xt}${axes}${key}`);
}

/**
 * A heat map of rows × columns on a diverging colour scale centred on `centre`. With `significance`
 * (an adjusted p per cell), a cell below .05 keeps its full colour and prints its stars; any other cell
 * is muted (pale fill, grey number), so colour alone never claims a difference the test did not find.
 */
export function heatMap(
  id: string,
  title: string,
  desc: string,
  rows: readonly string[],
  columns: readonly string[],
  values: ReadonlyArray<ReadonlyArray<number | null>>,
  centre: number,
  labels: { legendLow: string; legendHigh: string; notSignificant?: string },
  significance?: ReadonlyArray<ReadonlyArray<number | null>>,
): string {
  const left = 160;
  const top = 70;
  const cellW = 92;
  const cellH = 30;
  const width = left + columns.length * cellW + 20;
  const keyRows = significance === undefined ? 1 : 2;
  const height = top + rows.length * cellH + 32 + keyRows * 18;
  const all = values.flat().filter((v): v is number => v !== null);
  const spread = Math.max(1e-9, ...all.map((v) => Math.abs(v - centre)));
  const colour = (v: number, strength = 1): string => {
    const t = Math.max(-1, Math.min(1, (v - centre) / spread)) * strength;
    const [r, g, b] =
      t < 0
        ? [255, Math.round(255 * (1 + t * 0.7)), Math.round(255 * (1 + t * 0.7))]
        : [Math.round(255 * (1 - t * 0.7)), Math.round(255 * (1 - t * 0.45)), 255];
    return `rgb(${r},${g},${b})`;
  };
  const MUTED = 0.2;
  const head = columns
    .map((c, j) => `<text x="${left + j * cellW + cellW / 2}" y="${top - 10}" text-anchor="middle" font-size="11" fill="#222">${esc(c)}</text>`)
    .join('');
  const cells = rows
    .map(
      (rname, i) =>
        `<text x="${left - 8}" y="${top + i * cellH + cellH / 2 + 4}" text-anchor="end" ${FONT}>${esc(rname)}</text>` +
        columns
          .map((c, j) => {
            const v = values[i]?.[j] ?? null;
            const p = significance?.[i]?.[j] ?? null;
            const sig = significance === undefined || (p !== null && p < 0.05);
            const fill = v === null ? '#f4f4f4' : colour(v, sig ? 1 : MUTED);
            const mark = significance === undefined ? '' : stars(p);
            const text = v === null ? DASH : `${v2(v)}${mark}`;
            const name = `${rname} × ${c}`;
            const pText = p === null ? '' : endsInChinese(name) ? `（p ${formatP(p)}）` : ` (p ${formatP(p)})`;
            const tip = `${tipName(name)}${v === null ? DASH : v2(v)}${pText}`;
            return `<rect class="cell ${sig ? 'sig' : 'ns'}" x="${left + j * cellW}" y="${top + i * cellH}" width="${cellW - 2}" height="${cellH - 2}" fill="${fill}"><title>${esc(tip)}</title></rect><text x="${left + j * cellW + cellW / 2}" y="${top + i * cellH + cellH / 2 + 4}" text-anchor="middle" font-size="11" ${sig ? 'font-weight="bold" fill="#111"' : 'fill="#777"'}>${esc(text)}</text>`;
          })
          .join(''),
    )
    .join('');
  const ky = top + rows.length * cellH + 28;
  const ns =
    significance === undefined
      ? ''
      : `<rect x="${left}" y="${ky + 8}" width="14" height="12" fill="${colour(centre - spread, MUTED)}" stroke="#ccc"/><text x="${left + 20}" y="${ky + 18}" ${FONT}>${esc(labels.notSignificant ?? '')}</text>`;
  const key = `<rect x="${left}" y="${ky - 10}" width="14" height="12" fill="${colour(centre - spread)}"/><text x="${left + 20}" y="${ky}" ${FONT}>${esc(labels.legendLow)}</text><rect x="${left + 200}" y="${ky - 10}" width="14" height="12" fill="${colour(centre + spread)}"/><text x="${left + 220}" y="${ky}" ${FONT}>${esc(labels.legendHigh)}</text>${ns}`;
  return frame(id, width, height, title, desc, `${head}${cells}<g class="legend">${key}</g>`);
}

/**
 * A control chart: one value per period joined by a line, the centre line, and the 3σ control limits
 * as steps (they may vary per period, as a p-chart's do). Points outside their limits are red.
 */
export function controlChart(
  id: string,
  title: string,
  desc: string,
  points: ReadonlyArray<{ label: string; value: number; lcl: number | null; ucl: number | null; out: boolean }>,
  centre: number | null,
  labels: { x: string; y: string; value: string; centre: string; limits: string },
  format: (v: number) => string,
): string {
  const width = 640;
  const height = 320;
  const left = 70;
  const top = 24;
  const plotW = width - left - 150;
  const plotH = height - top - 70;
  const all = points
    .flatMap((p) => [p.value, p.lcl, p.ucl])
    .concat(centre === null ? [] : [centre])
    .filter((v): v is number => v !== null);
  const lo = Math.min(...all, 0);
  let hi = Math.max(...all);
  if (!(hi > lo)) hi = lo + 1;
  hi += (hi - lo) * 0.05;
  const step = points.length <= 1 ? plotW : plotW / (points.length - 1);
  const x = (i: number): number => left + (points.length <= 1 ? plotW / 2 : i * step);
  const y = (v: number): number => top + plotH - ((v - lo) / (hi - lo)) * plotH;
  const grid = ticks(lo, hi)
    .map(
      (t) =>
        `<line x1="${left}" y1="${r2(y(t))}" x2="${left + plotW}" y2="${r2(y(t))}" stroke="#eee"/><text x="${left - 6}" y="${r2(y(t) + 4)}" text-anchor="end" ${FONT}>${esc(format(t))}</text>`,
    )
    .join('');
  const every = Math.max(1, Math.ceil(points.length / 10));
  const xt = points
    .map((p, i) =>
      i % every === 0 ? `<text x="${r2(x(i))}" y="${top + plotH + 16}" text-anchor="middle" font-size="11" fill="#222">${esc(p.label)}</text>` : '',
    )
    .join('');
  // A limit as steps: flat across each period's half-width either side of its point.
  const half = points.length <= 1 ? plotW / 2 : step / 2;
  const steps = (pick: (p: (typeof points)[number]) => number | null): string =>
    points
      .map((p, i) => {
        const v = pick(p);
        return v === null
          ? ''
          : `<line class="limit" x1="${r2(Math.max(left, x(i) - half))}" y1="${r2(y(v))}" x2="${r2(Math.min(left + plotW, x(i) + half))}" y2="${r2(y(v))}" stroke="#c0392b" stroke-dasharray="4 3"/>`;
      })
      .join('');
  const mid = centre === null ? '' : `<line class="centre" x1="${left}" y1="${r2(y(centre))}" x2="${left + plotW}" y2="${r2(y(centre))}" stroke="#555"/>`;
  const line = `<polyline class="series" fill="none" stroke="#1f618d" stroke-width="2" points="${points.map((p, i) => `${r2(x(i))},${r2(y(p.value))}`).join(' ')}"/>`;
  const dots = points
    .map(
      (p, i) =>
        `<circle class="point${p.out ? ' out' : ''}" cx="${r2(x(i))}" cy="${r2(y(p.value))}" r="${p.out ? 5 : 3}" fill="${p.out ? '#c0392b' : '#1f618d'}"><title>${esc(`${tipName(p.label)}${format(p.value)}`)}</title></circle>`,
    )
    .join('');
  const axes = `<text x="${left + plotW / 2}" y="${height - 24}" text-anchor="middle" ${FONT}>${esc(labels.x)}</text><text transform="translate(14 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" ${FONT}>${esc(labels.y)}</text>`;
  const key = legend(width - 140, top + 10, [
    { label: labels.value, color: '#1f618d', shape: 'line' },
    { label: labels.centre, color: '#555', shape: 'line' },
    { label: labels.limits, color: '#c0392b', shape: 'line' },
  ]);
  return frame(id, width, height, title, desc, `${grid}${mid}${steps((p) => p.lcl)}${steps((p) => p.ucl)}${line}${dots}${xt}${axes}${key}`);
}

/**
 * The Better–Worse plot of a Kano analysis (Berger et al. 1993): |Worse| across, Better up, both 0 to
 * 1, quadrants split at 0.5 and named (attractive top left, one-dimensional top right, must-be bottom
 * right, indifferent bottom left); each attribute a point, labelled.
 */
export function betterWorseChart(
  id: string,
  title: string,
  desc: string,
  points: ReadonlyArray<{ label: string; better: number; worse: number }>,
  labels: { x: string; y: string; quadrants: { A: string; O: string; M: string; I: string } },
): string {
  const width = 560;
  const height = 440;
  const left = 60;
  const top = 24;
  const plot = 360;
  const x = (v: number): number => left + v * plot;
  const y = (v: number): number => top + plot - v * plot;
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (t) =>
        `<line x1="${r2(x(t))}" y1="${top}" x2="${r2(x(t))}" y2="${top + plot}" stroke="${t === 0.5 ? '#999' : '#eee'}"/><line x1="${left}" y1="${r2(y(t))}" x2="${left + plot}" y2="${r2(y(t))}" stroke="${t === 0.5 ? '#999' : '#eee'}"/><text x="${r2(x(t))}" y="${top + plot + 16}" text-anchor="middle" ${FONT}>${t}</text><text x="${left - 6}" y="${r2(y(t) + 4)}" text-anchor="end" ${FONT}>${t}</text>`,
    )
    .join('');
  const q = labels.quadrants;
  const names = `<text x="${x(0.02)}" y="${y(0.96)}" font-size="11" fill="#1e8449">${esc(q.A)}</text><text x="${x(0.98)}" y="${y(0.96)}" text-anchor="end" font-size="11" fill="#2e86c1">${esc(q.O)}</text><text x="${x(0.98)}" y="${y(0.03)}" text-anchor="end" font-size="11" fill="#c0392b">${esc(q.M)}</text><text x="${x(0.02)}" y="${y(0.03)}" font-size="11" fill="#777">${esc(q.I)}</text>`;
  const dots = points
    .map((p) => {
      const px = x(Math.min(1, Math.max(0, Math.abs(p.worse))));
      const py = y(Math.min(1, Math.max(0, p.better)));
      return `<circle class="point" cx="${r2(px)}" cy="${r2(py)}" r="5" fill="#1f618d"><title>${esc(`${p.label}: Better ${fixed(p.better)}, Worse ${fixed(p.worse)}`)}</title></circle>`;
    })
    .join('');
  const nameBox = (text: string, at: number, baseline: number, end: boolean): Box => {
    const w = textWidth(text, 11);
    return { x: end ? at - w : at, y: baseline - 11, width: w, height: 14 };
  };
  const pointNames = pointLabels(
    points.map((p) => ({ label: p.label, x: x(Math.min(1, Math.max(0, Math.abs(p.worse)))), y: y(Math.min(1, Math.max(0, p.better))) })),
    { x: left, y: top, width: plot, height: plot },
    [nameBox(q.A, x(0.02), y(0.96), false), nameBox(q.O, x(0.98), y(0.96), true), nameBox(q.M, x(0.98), y(0.03), true), nameBox(q.I, x(0.02), y(0.03), false)],
  );
  const box = `<rect x="${left}" y="${top}" width="${plot}" height="${plot}" fill="none" stroke="#bbb"/>`;
  const axes = `<text x="${left + plot / 2}" y="${height - 14}" text-anchor="middle" ${FONT}>${esc(labels.x)}</text><text transform="translate(16 ${top + plot / 2}) rotate(-90)" text-anchor="middle" ${FONT}>${esc(labels.y)}</text>`;
  return frame(id, width, height, title, desc, `${box}${grid}${names}${dots}${pointNames}${axes}`);
}
