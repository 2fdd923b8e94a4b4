import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  analyzerFromJSON,
  createAnalyzer,
  createRowReader,
  defineInstrument,
  getInstrument,
  renderCsv,
  renderHtml,
  renderMarkdown,
  ReportSchema,
} from '../src/index.js';
import { analyzeCsv } from '../src/node/index.js';

// A hand-checkable instrument: dimension a (items 1, 2) meets a basic need, b (item 3) a desired one;
// item 4 declares its own level, expected. Groups: g1 = a and b, g2 = c.
const hand = defineInstrument({
  id: 'hand',
  name: { en: 'Hand' },
  scale: { min: 1, max: 7 },
  dimensions: [
    { id: 'a', name: { en: 'A' }, needLevel: 'basic', items: [{ id: '1' }, { id: '2' }] },
    { id: 'b', name: { en: 'B' }, needLevel: 'desired', items: [{ id: '3' }] },
    { id: 'c', name: { en: 'C' }, items: [{ id: '4', needLevel: 'expected' }] },
  ],
  groups: [
    { id: 'g1', name: { en: 'G1' }, dimensions: ['a', 'b'] },
    { id: 'g2', name: { en: 'G2' }, dimensions: ['c'] },
  ],
});

const header = ['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'P4'];
const rows = [
  ['6', '6', '5', '7', '4', '5', '6', '5'],
  ['7', '5', '6', '6', '5', '5', '4', '6'],
  ['5', '6', '4', '5', '5', '3', '5', '2'],
  ['6', '7', '7', '6', '6', '', '7', '6'],
];

describe('groups of dimensions and need levels', () => {
  const report = analyze({ header, rows }, { instrument: hand, pAdjust: 'none' });

  it('scores a group as the mean of its dimension scores (hand computation)', () => {
    // Dimension scores (E, P): r1 a (6, 4.5) b (5, 6); r2 a (6, 5) b (6, 4); r3 a (5.5, 4) b (4, 5);
    // r4 a (6, 6) from item 1 alone (half of a's two items suffices) and b (7, 7).
    // g1 = mean of a and b: E 5.5, 6, 4.75, 6.5 (mean 22.75 / 4 = 5.6875); P 5.25, 4.5, 4.5, 6.5
    // (mean 5.1875); gap −0.25, −1.5, −0.25, 0: mean −0.5, deviations 0.25, −1, 0.25, 0.5, sum of
    // squares 1.375, sd √(1.375 / 3) = 0.677003, se 0.338502, t = −1.477097, df 3.
    const g1 = report.groups?.[0];
    expect(g1?.id).toBe('g1');
    expect(g1?.dimensions).toEqual(['a', 'b']);
    expect(g1?.expectation?.mean).toBeCloseTo(5.6875, 12);
    expect(g1?.perception.mean).toBeCloseTo(5.1875, 12);
    expect(g1?.gap?.n).toBe(4);
    expect(g1?.gap?.mean).toBeCloseTo(-0.5, 12);
    expect(g1?.gap?.sd).toBeCloseTo(Math.sqrt(1.375 / 3), 12);
    expect(g1?.gap?.t).toBeCloseTo(-0.5 / (Math.sqrt(1.375 / 3) / 2), 10);
    expect(g1?.gap?.df).toBe(3);
    // g2 = c alone: gaps −2, 0, −3, 0, mean −1.25.
    expect(report.groups?.[1]?.gap?.mean).toBeCloseTo(-1.25, 12);
  });

  it('needs every dimension of a group for a group score', () => {
    // Row 5 has no b (item 3 unanswered): it counts in g2 and a, not in g1.
    const more = analyze({ header, rows: [...rows, ['6', '6', '', '6', '5', '5', '', '4']] }, { instrument: hand, pAdjust: 'none' });
    expect(more.groups?.[0]?.gap?.n).toBe(4);
    expect(more.groups?.[1]?.gap?.n).toBe(5);
  });

  it('groups gaps by need level over the items of each level (hand computation)', () => {
    // basic = items 1, 2 (dimension a): gaps −1.5, −1, −1.5, 0 → −1; expected = item 4 (its own
    // level): −2, 0, −3, 0 → −1.25; desired = item 3 (dimension b): 1, −2, 1, 0 → 0. No unexpected item.
    expect(report.needLevels?.map((l) => [l.level, l.dimensions, l.items])).toEqual([
      ['basic', ['a'], ['1', '2']],
      ['expected', [], ['4']],
      ['desired', ['b'], ['3']],
    ]);
    expect(report.needLevels?.map((l) => l.gap?.mean)).toEqual([-1, -1.25, 0]);
  });

  it('adds nothing to the report of an instrument without groups or levels', () => {
    const plain = defineInstrument({
      ...hand,
      id: 'plain',
      groups: undefined,
      dimensions: hand.dimensions.map((d) => ({ ...d, needLevel: undefined, items: d.items.map((i) => ({ id: i.id })) })),
    });
    const r = analyze({ header, rows }, { instrument: plain });
    expect('groups' in r || 'needLevels' in r).toBe(false);
    expect(createAnalyzer(plain).toJSON().moments.length).toBeLessThan(createAnalyzer(hand).toJSON().moments.length);
  });

  it('fits the report contract, and survives serialising and merging', () => {
    expect(() => ReportSchema.parse(report)).not.toThrow();
    const reader = createRowReader(header, hand);
    const a = createAnalyzer(hand, { pAdjust: 'none' });
    const b = createAnalyzer(hand, { pAdjust: 'none' });
    rows.forEach((r, i) => (i < 2 ? a : b).add(reader.read(r, i + 1)));
    expect(a.merge(b).result().groups?.[0]?.gap?.mean).toBeCloseTo(-0.5, 12);
  });
});

describe('gronroos6: material and emotional needs against R', () => {
  // test/fixtures/gronroos6/make.R wrote survey.csv and expected.json (t.test on the per-respondent group gaps).
  const dir = new URL('./fixtures/gronroos6/', import.meta.url);
  const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as {
    groups: Array<{
      id: string;
      n: number;
      expectation: number;
      perception: number;
      gap: number;
      sd: number;
      ci95: [number, number];
      t: number;
      df: number;
      p: number;
      pAdjusted: number;
    }>;
  };

  it('matches t.test on the group scores', async () => {
    const report = await analyzeCsv(new URL('survey.csv', dir).pathname, { instrument: getInstrument('gronroos6') });
    expect(report.groups?.map((g) => g.id)).toEqual(['material', 'emotional']);
    expected.groups.forEach((want, s) => {
      const got = report.groups?.[s];
      expect(got?.gap?.n).toBe(want.n);
      expect(got?.expectation?.mean).toBeCloseTo(want.expectation, 12);
      expect(got?.perception.mean).toBeCloseTo(want.perception, 12);
      expect(got?.gap?.mean).toBeCloseTo(want.gap, 12);
      expect(got?.gap?.sd).toBeCloseTo(want.sd, 12);
      expect(got?.gap?.ci95?.[0]).toBeCloseTo(want.ci95[0], 10);
      expect(got?.gap?.ci95?.[1]).toBeCloseTo(want.ci95[1], 10);
      expect(got?.gap?.t).toBeCloseTo(want.t, 10);
      expect(got?.gap?.df).toBe(want.df);
      expect((got?.gap?.p as number) / want.p).toBeCloseTo(1, 8);
      expect((got?.gap?.pAdjusted as number) / want.pAdjusted).toBeCloseTo(1, 8);
    });
  });

  it('keeps the groups through a serialised state', async () => {
    const instrument = getInstrument('gronroos6');
    const a = createAnalyzer(instrument);
    const text = readFileSync(new URL('survey.csv', dir), 'utf8').trim().split('\n');
    const header = (text[0] as string).split(',');
    const reader = createRowReader(header, instrument);
    text.slice(1).forEach((line, i) => a.add(reader.read(line.split(','), i + 1)));
    const restored = analyzerFromJSON(instrument, JSON.parse(JSON.stringify(a.toJSON())));
    expect(JSON.stringify(restored.result().groups)).toBe(JSON.stringify(a.result().groups));
  });
});

describe('declaring groups and need levels', () => {
  const base = { id: 'x', name: { en: 'X' }, scale: { min: 1, max: 5 }, dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }] };
  it('names a group that lists a dimension the instrument lacks, or lists one twice', () => {
    expect(() => defineInstrument({ ...base, groups: [{ id: 'g', name: { en: 'G' }, dimensions: ['d', 'e', 'd'] }] })).toThrow(
      /groups\[0\]\.dimensions\[1\]: no dimension "e"[\s\S]*groups\[0\]\.dimensions\[2\]: dimension "d" is named twice/,
    );
  });
  it('refuses a need level outside the four', () => {
    expect(() => defineInstrument({ ...base, dimensions: [{ id: 'd', name: { en: 'D' }, needLevel: 'wanted', items: [{ id: '1' }] }] })).toThrow(
      /dimensions\.0\.needLevel|dimensions\[0\]\.needLevel/,
    );
  });
  it('gives gronroos6 its six criteria and two groups, in English and Chinese', () => {
    const g = getInstrument('gronroos6');
    expect(g.dimensions.map((d) => [d.id, d.items.length, d.name.zh !== undefined])).toEqual([
      ['professionalism', 3, true],
      ['attitudes', 3, true],
      ['accessibility', 3, true],
      ['reliability', 3, true],
      ['recovery', 3, true],
      ['reputation', 3, true],
    ]);
    expect(g.groups?.map((x) => [x.id, x.name.zh, x.dimensions])).toEqual([
      ['material', '物化需求', ['professionalism', 'recovery']],
      ['emotional', '情感需求', ['attitudes', 'accessibility', 'reliability', 'reputation']],
    ]);
  });
});

describe('groups and need levels in the rendered reports', () => {
  const hostile = defineInstrument({
    ...hand,
    id: 'hostile',
    groups: [{ id: 'g1', name: { en: '=HYPERLINK("x") <b>|', zh: '<i>组</i>' }, dimensions: ['a', 'b'] }],
  });
  const report = analyze({ header, rows }, { instrument: hostile, pAdjust: 'none' });

  it('writes both sections in Markdown, en and zh', () => {
    const en = renderMarkdown(report);
    expect(en).toContain('## Groups of dimensions');
    expect(en).toContain('## Gaps by level of need');
    // The group's E 5.6875, P 5.1875, gap −0.5, and the basic level's gap −1 (hand computations above).
    expect(en).toMatch(/\| =HYPERLINK\("x"\) &lt;b&gt;\\\| \| A, B\s+\|\s+4 \| 5\.69 \| 5\.19 \| −0\.50 \|/);
    expect(en).toMatch(/\| basic\s+\| A\s+\| 1, 2\s+\|\s+4 \| 5\.88 \| 4\.88 \| −1\.00 \|/);
    const zh = renderMarkdown(report, { lang: 'zh' });
    expect(zh).toContain('## 维度组');
    expect(zh).toContain('## 各需求层次的差距');
    expect(zh).toContain('| 期望需求 |');
  });

  it('escapes the names in HTML and neutralises them in CSV', () => {
    const html = renderHtml(report);
    expect(html).toContain('<section id="groups">');
    expect(html).toContain('=HYPERLINK(&quot;x&quot;) &lt;b&gt;|');
    expect(html).not.toContain('<b>|');
    expect(renderHtml(report, { lang: 'zh' })).toContain('&lt;i&gt;组&lt;/i&gt;');
    const csv = renderCsv(report);
    expect(csv).toContain(`\r\nGroups of dimensions\r\n`);
    expect(csv).toContain(`"'=HYPERLINK(""x"") <b>|","A, B",4,`);
    expect(csv).toContain('\r\nbasic,A,"1, 2",4,');
  });
});
