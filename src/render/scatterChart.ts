import { plain } from '../_lib/format.js';
import { esc, FONT, frame, pointLabels, r2, ticks } from './svg.js';

/**
 * A scatter plot as inline SVG: one labelled point per unit (flagged ones red), dashed lines at the
 * medians, and the least-squares line across the points' range. Labels are escaped; each point has a tooltip.
 *
 * @param id - the element id
 * @param title - the chart's title (its accessible name)
 * @param desc - its text alternative
 * @param points - the units
 * @param labels - the axes' names
 * @param medians - where the dashed lines sit; `null` draws none
 * @param slope - the least-squares slope of y on x; `null` draws no line
 * @returns the `<svg>` element
 */
export function scatterChart(
  id: string,
  title: string,
  desc: string,
  points: ReadonlyArray<{ label: string; x: number; y: number; flagged: boolean }>,
  labels: { x: string; y: string },
  medians: { x: number | null; y: number | null },
  slope: number | null,
): string {
  const width = 600;
  const height = 440;
  const left = 70;
  const top = 24;
  const plotW = width - left - 120;
  const plotH = height - top - 70;
  const span = (v: number[]): [number, number] => {
    const lo = Math.min(...v);
    const hi = Math.max(...v);
    const pad = hi > lo ? (hi - lo) * 0.1 : 0.5;
    return [lo - pad, hi + pad];
  };
  const [x0, x1] = span(points.map((p) => p.x));
  const [y0, y1] = span(points.map((p) => p.y));
  const x = (v: number): number => left + ((v - x0) / (x1 - x0)) * plotW;
  const y = (v: number): number => top + plotH - ((v - y0) / (y1 - y0)) * plotH;
  const grid =
    ticks(x0, x1)
      .map(
        (t) =>
          `<line x1="${r2(x(t))}" y1="${top}" x2="${r2(x(t))}" y2="${top + plotH}" stroke="#eee"/><text x="${r2(x(t))}" y="${top + plotH + 16}" text-anchor="middle" ${FONT}>${esc(plain(t))}</text>`,
      )
      .join('') +
    ticks(y0, y1)
      .map(
        (t) =>
          `<line x1="${left}" y1="${r2(y(t))}" x2="${left + plotW}" y2="${r2(y(t))}" stroke="#eee"/><text x="${left - 6}" y="${r2(y(t) + 4)}" text-anchor="end" ${FONT}>${esc(plain(t))}</text>`,
      )
      .join('');
  const mx =
    medians.x === null
      ? ''
      : `<line class="median" x1="${r2(x(medians.x))}" y1="${top}" x2="${r2(x(medians.x))}" y2="${top + plotH}" stroke="#999" stroke-dasharray="4 3"/>`;
  const my =
    medians.y === null
      ? ''
      : `<line class="median" x1="${left}" y1="${r2(y(medians.y))}" x2="${left + plotW}" y2="${r2(y(medians.y))}" stroke="#999" stroke-dasharray="4 3"/>`;
  let fit = '';
  if (slope !== null && points.length > 1) {
    const mxs = points.reduce((a, p) => a + p.x, 0) / points.length;
    const mys = points.reduce((a, p) => a + p.y, 0) / points.length;
    const xsLo = Math.min(...points.map((p) => p.x));
    const xsHi = Math.max(...points.map((p) => p.x));
    const at = (v: number): number => mys + slope * (v - mxs);
    fit = `<line class="fit" x1="${r2(x(xsLo))}" y1="${r2(y(at(xsLo)))}" x2="${r2(x(xsHi))}" y2="${r2(y(at(xsHi)))}" stroke="#1f618d" stroke-width="1.5"/>`;
  }
  const dots = points
    .map(
      (p) =>
        `<circle class="point${p.flagged ? ' flagged' : ''}" cx="${r2(x(p.x))}" cy="${r2(y(p.y))}" r="5" fill="${p.flagged ? '#c0392b' : '#2e86c1'}"><title>${esc(`${p.label}: ${p.x.toFixed(2)}, ${p.y.toFixed(2)}`)}</title></circle>`,
    )
    .join('');
  // Labels by the shared placer: beside their point where there is room, with a leader line where not, never over each other.
  const names = pointLabels(
    points.map((p) => ({ label: p.label, x: x(p.x), y: y(p.y) })),
    { x: left, y: top, width: plotW, height: plotH },
    [],
  );
  const box = `<rect x="${left}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="#bbb"/>`;
  const axes = `<text x="${left + plotW / 2}" y="${height - 20}" text-anchor="middle" ${FONT}>${esc(labels.x)}</text><text transform="translate(16 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" ${FONT}>${esc(labels.y)}</text>`;
  return frame(id, width, height, title, desc, `${grid}${box}${mx}${my}${fit}${dots}${names}${axes}`);
}
