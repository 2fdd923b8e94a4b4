import { esc, ticks } from './svg.js';

const FONT = 'font-size="12" fill="#222"';
const r2 = (x: number): string => (Math.round(x * 100) / 100).toString();
/** A category's name under its bar: the first 18 characters (the tooltip and the table have it whole). */
const short = (text: string): string => ([...text].length > 18 ? `${[...text].slice(0, 17).join('')}…` : text);

/**
 * A Pareto chart as inline SVG: one bar per category from the most frequent (the vital few darker),
 * the cumulative share as a line on a 0–100% axis at the right, and the threshold as a dashed line.
 * Category names are escaped, set at an angle under their bars; each bar and point has a tooltip.
 *
 * @param id - the element id
 * @param title - the chart's title (its accessible name)
 * @param desc - its text alternative
 * @param bars - the categories in table order
 * @param threshold - the vital few's cumulative share, 0–1
 * @param labels - the axes' names and the threshold line's
 * @returns the `<svg>` element
 */
export function paretoChart(
  id: string,
  title: string,
  desc: string,
  bars: ReadonlyArray<{ label: string; count: number; cumulative: number; vital: boolean }>,
  threshold: number,
  labels: { count: string; cumulative: string; threshold: string },
): string {
  // Room at the left for the first category's name, which runs down and left of its bar.
  const left = 110;
  const right = 60;
  const top = 24;
  const plotH = 240;
  const step = Math.max(24, Math.min(60, 560 / Math.max(1, bars.length)));
  const plotW = step * bars.length;
  const width = left + plotW + right;
  const height = top + plotH + 130;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const yCount = (v: number): number => top + plotH - (v / max) * plotH;
  const yShare = (v: number): number => top + plotH - v * plotH;
  const cx = (i: number): number => left + i * step + step / 2;
  // Counts are whole: round ticks only, never 22.5 complaints.
  const countTicks = ticks(0, max).filter(Number.isInteger);
  const grid = countTicks
    .map(
      (t) =>
        `<line x1="${left}" y1="${r2(yCount(t))}" x2="${left + plotW}" y2="${r2(yCount(t))}" stroke="#eee"/><text x="${left - 6}" y="${r2(yCount(t) + 4)}" text-anchor="end" ${FONT}>${t}</text>`,
    )
    .join('');
  const shareTicks = [0, 25, 50, 75, 100].map((t) => `<text x="${left + plotW + 6}" y="${r2(yShare(t / 100) + 4)}" ${FONT}>${t}%</text>`).join('');
  const rects = bars
    .map((b, i) => {
      const y = yCount(b.count);
      const x = cx(i);
      return `<rect class="bar${b.vital ? ' vital' : ''}" x="${r2(left + i * step + 3)}" y="${r2(y)}" width="${r2(step - 6)}" height="${r2(top + plotH - y)}" fill="${b.vital ? '#c0392b' : '#aab7c4'}"><title>${esc(`${b.label}: ${b.count}`)}</title></rect><text transform="translate(${r2(x)} ${top + plotH + 12}) rotate(-40)" text-anchor="end" font-size="11" fill="#222">${esc(short(b.label))}</text>`;
    })
    .join('');
  const line = `<polyline class="cumulative" fill="none" stroke="#1f618d" stroke-width="2" points="${bars.map((b, i) => `${r2(cx(i))},${r2(yShare(b.cumulative))}`).join(' ')}"/>`;
  const dots = bars
    .map(
      (b, i) =>
        `<circle class="point" cx="${r2(cx(i))}" cy="${r2(yShare(b.cumulative))}" r="3" fill="#1f618d"><title>${esc(`${b.label}: ${(b.cumulative * 100).toFixed(1)}%`)}</title></circle>`,
    )
    .join('');
  const cut = `<line class="threshold" x1="${left}" y1="${r2(yShare(threshold))}" x2="${left + plotW}" y2="${r2(yShare(threshold))}" stroke="#555" stroke-dasharray="5 4"/><text x="${left + plotW - 4}" y="${r2(yShare(threshold) - 4)}" text-anchor="end" font-size="11" fill="#555">${esc(labels.threshold)}</text>`;
  const frameLine = `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#555"/>`;
  const axes = `<text transform="translate(14 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" ${FONT}>${esc(labels.count)}</text><text transform="translate(${width - 8} ${top + plotH / 2}) rotate(90)" text-anchor="middle" ${FONT}>${esc(labels.cumulative)}</text>`;
  return `<svg id="${esc(id)}" class="chart" role="img" aria-labelledby="${esc(id)}-t ${esc(id)}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${esc(id)}-t">${esc(title)}</title><desc id="${esc(id)}-d">${esc(desc)}</desc>${grid}${rects}${frameLine}${line}${dots}${cut}${shareTicks}${axes}</svg>`;
}
