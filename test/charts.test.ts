import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, servqual22, type Report } from '../src/index.js';
import { analyzeCsv, loadInstrument } from '../src/node/index.js';

// Issue 17, item 4: the charts as a reader sees them, read back from the SVG the report writes.

const fixture = (name: string, file: string): string => fileURLToPath(new URL(`./fixtures/${name}/${file}`, import.meta.url));
const example = fileURLToPath(new URL('../examples/hotel-survey.csv', import.meta.url));

/** The <svg> element with this id. */
function chart(html: string, id: string): string {
  const m = new RegExp(`<svg id="${id}"[\\s\\S]*?</svg>`).exec(html);
  if (m === null) throw new Error(`no chart ${id}`);
  return m[0];
}
/** The text content of every <text> element of an SVG, in order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}
const num = (attrs: string, name: string): number => Number(new RegExp(` ${name}="([^"]+)"`).exec(attrs)?.[1]);

let hotel: Report;
let html: string;
beforeAll(async () => {
  hotel = await analyzeCsv(example, { instrument: servqual22, by: ['branch'], period: 'quarter' });
  html = renderHtml(hotel);
});

describe('axes', () => {
  it("SERVPERF's perception chart spans the whole 0–100 answer scale, not just the data", async () => {
    const report = await analyzeCsv(fixture('servperf-100', 'data.csv'), { instrument: await loadInstrument(fixture('servperf-100', 'instrument.json')) });
    const means = report.dimensions.map((d) => d.perception.mean ?? Number.NaN);
    expect(Math.max(...means)).toBeLessThan(90); // the data stop short of the scale's top
    const svg = chart(renderHtml(report), 'chart-gaps');
    // the ticks: grid lines with their label under them
    const ticks = [...svg.matchAll(/<line x1="([\d.]+)"[^>]*stroke="#ddd"\/><text[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), text: m[2] }));
    expect(ticks[0]).toEqual({ x: 150, text: '0' }); // left margin 150: the plot starts at the scale's minimum
    expect(ticks.at(-1)).toEqual({ x: 610, text: '100' }); // 640 wide − 30 right margin: the plot ends at its maximum
  });

  it("the three-column chart's axis names what it plots, P − MIN, not a mean on the scale", async () => {
    const report = await analyzeCsv(fixture('three-column', 'data.csv'), { instrument: servqual22 });
    const svg = chart(renderHtml(report), 'chart-gaps');
    expect(texts(svg)).toContain('Adequacy (perception − minimum)');
    expect(texts(svg)).not.toContain('Mean on the answer scale');
  });

  it('ticks print a true minus sign (U+2212), as the text does', () => {
    const all = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].flatMap((m) => texts(m[0]));
    expect(all.filter((t) => /(^|[^\w])-\d/.test(t))).toEqual([]); // a branch name such as Shanghai-01 keeps its hyphen
    // the trend chart's gap axis runs below zero: its ticks are negative
    expect(texts(chart(html, 'chart-trend'))).toContain('−0.5');
  });
});

describe('segment heat map', () => {
  it('prints stars in significant cells and mutes the others', () => {
    const svg = chart(html, 'chart-heat-branch');
    const cells = [...svg.matchAll(/<rect class="([^"]+)"[^>]*fill="rgb\((\d+),(\d+),(\d+)\)"><title>[^<]*<\/title><\/rect><text[^>]*>([^<]*)<\/text>/g)].map(
      (m) => ({
        rgb: [Number(m[2]), Number(m[3]), Number(m[4])],
        text: m[5] ?? '',
      }),
    );
    const segments = hotel.segments?.branch ?? [];
    const ps = segments.flatMap((s) => s.dimensions.map((d) => d.versusRest.pAdjusted));
    expect(cells).toHaveLength(ps.length);
    expect(ps.filter((p) => p !== null && p < 0.05).length).toBe(3); // the example's three significant cells (Responsiveness)
    cells.forEach((c, k) => {
      const p = ps[k] ?? null;
      if (p !== null && p < 0.05) {
        expect(c.text).toMatch(/\*$/);
      } else {
        expect(c.text).not.toContain('*');
        // muted: every channel within 15% of white (a strong cell reaches 77)
        expect(Math.min(...c.rgb), c.text).toBeGreaterThanOrEqual(217);
      }
    });
  });
});

describe('trend chart', () => {
  it('keeps the legend off the data, shows n per period, and says that no trend is significant', () => {
    const svg = chart(html, 'chart-trend');
    const points = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    const legend = [...svg.matchAll(/<g class="legend">[\s\S]*?<\/g>/g)].map((m) => m[0]);
    expect(legend).toHaveLength(5);
    const legendTop = Math.min(...legend.flatMap((g) => [...g.matchAll(/ y1?="([\d.]+)"/g)].map((m) => Number(m[1]))));
    expect(legendTop).toBeGreaterThan(Math.max(...points) + 40); // below the lowest point, the ticks and the axis title
    for (const p of hotel.periods ?? []) expect(texts(svg)).toContain(`n = ${p.n}`);
    expect((hotel.periods ?? []).map((p) => p.n)).toEqual([57, 50, 56, 75]); // the example's quarters (its Markdown table)
    // every slope of the example has p ≥ .05 (.407, .987, .346, .882, .951 in its Markdown), so the caption says so
    expect(hotel.dimensions.every((d) => (d.trend?.p ?? 0) >= 0.05)).toBe(true);
    const caption = /<svg id="chart-trend"[\s\S]*?<\/svg><figcaption>([^<]*)<\/figcaption>/.exec(html)?.[1] ?? '';
    expect(caption).toContain('No dimension shows a significant trend');
  });
});

describe('IPA labels in the report', () => {
  it('each point has its label, inside the plot frame', () => {
    const svg = chart(html, 'chart-ipa');
    const frame = /<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)" fill="none"/.exec(svg);
    const [fx, fy, fw, fh] = [Number(frame?.[1]), Number(frame?.[2]), Number(frame?.[3]), Number(frame?.[4])];
    const labels = [...svg.matchAll(/<text class="label"([^>]*)>([^<]*)<\/text>/g)];
    expect(labels.map((m) => m[2])).toEqual(hotel.dimensions.map((d) => d.name.en));
    for (const m of labels) {
      const x = num(m[1] ?? '', 'x');
      expect(x).toBeGreaterThanOrEqual(fx);
      expect(x).toBeLessThanOrEqual(fx + fw);
      expect(num(m[1] ?? '', 'y')).toBeGreaterThan(fy);
      expect(num(m[1] ?? '', 'y')).toBeLessThan(fy + fh);
    }
  });
});
