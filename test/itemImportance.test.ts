import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, defineInstrument, ServqualError, ValidationError } from '../src/index.js';
import { analyzeCsv, loadInstrument } from '../src/node/index.js';
import { compareToReference } from './helpers/compareToReference.js';
import { tiny } from './helpers/tiny.js';

// Item importance (issue 16): the importance questionnaire's columns I1…I4 on the tiny instrument.
//
// Hand computation. Six respondents; every expectation 6 (E4 raw 2, reverse-keyed: 8 − 2). Perceptions
// of items 1 and 2: 5,4,5,6,5,5 (gap −1, per-respondent gaps −1,−2,−1,0,−1,−1); of items 3 and 4 (P4 raw
// 8 − x): 4,3,4,5,4,4 (gap −2). R: t.test(c(-1,-2,-1,0,-1,-1))$p.value = 0.01172481 and, for item 3 and 4,
// 0.0005732451; Holm over the four items: 0.00229, 0.00229, 0.02345, 0.02345 — all four significant.
// Importance ratings: I1 = 6,6,6,6,6,6; I2 = 5,5,5,5,5,5; I3 = 3,3,3,3,3,3; I4 = 6,6,6,6,6,6 (I4 is not
// reverse-keyed: importance has no direction). Means 6, 5, 3, 6; sum 20; shares .30, .25, .15, .30.
// Item priority = own share × shortfall: item 1 .30 × 1 = .30, item 2 .25, item 3 .15 × 2 = .30,
// item 4 .30 × 2 = .60. Mean item share .25: items 1, 2 and 4 fix (at or above), item 3 improve (below).
// Ranked by verdict, then score: 4 (.60), 1 (.30), 2 (.25) — then 3 (improve, .30).
// Item IPA: crosshairs at the mean item perception (5 + 5 + 4 + 4) / 4 = 4.5 and 1/4: item 1 (5, .30) and
// item 2 (5, .25) keep up the good work; item 3 (4, .15) low priority; item 4 (4, .30) concentrate here.
const pa = [5, 4, 5, 6, 5, 5];
const pb = [4, 3, 4, 5, 4, 4];
const rows = pa.map((p, i) => ({ E1: 6, E2: 6, E3: 6, E4: 2, P1: p, P2: p, P3: pb[i] as number, P4: 8 - (pb[i] as number), I1: 6, I2: 5, I3: 3, I4: 6 }));

describe('item importance (I{id} columns)', () => {
  const report = analyze(rows, { instrument: tiny });

  it('gives each item its mean rating, its share of the sum, and n', () => {
    expect(report.items.map((i) => [i.id, i.importance?.stated, i.importance?.n])).toEqual([
      ['1', 6, 6],
      ['2', 5, 6],
      ['3', 3, 6],
      ['4', 6, 6],
    ]);
    const shares = report.items.map((i) => i.importance?.share ?? Number.NaN);
    [0.3, 0.25, 0.15, 0.3].forEach((x, i) => expect(shares[i]).toBeCloseTo(x, 14));
  });

  it('ranks items by their own share × shortfall, verdict first, with item-level quadrants', () => {
    const items = report.priorities.filter((p) => p.level === 'item');
    expect(items.map((p) => [p.rank, p.id, p.action, p.quadrant])).toEqual([
      [1, '4', 'fix', 'concentrate-here'],
      [2, '1', 'fix', 'keep-up-the-good-work'],
      [3, '2', 'fix', 'keep-up-the-good-work'],
      [4, '3', 'improve', 'low-priority'],
    ]);
    [0.6, 0.3, 0.25, 0.3].forEach((x, i) => expect(items[i]?.score).toBeCloseTo(x, 14));
    expect(items[0]?.reason.en).toBe(
      "Item 4 (B): customers perceive 4.00 against an expectation of 6.00 (gap −2.00, p = .002) and rate its importance at 30% of all items' — fix: a significant shortfall where importance is at or above average.",
    );
  });

  it('says why derived item importance is absent', () => {
    expect(report.itemDrivers).toEqual({
      n: 0,
      r2: null,
      note: { en: 'Derived item importance needs an overall-satisfaction column.', zh: '推导题项重要性需要总体满意度一列。' },
    });
    // with an overall column, six respondents are fewer than 10 × 4 items
    const r = analyze(
      rows.map((x, i) => ({ ...x, overall: 3 + (i % 3) })),
      { instrument: tiny },
    );
    expect(r.itemDrivers.note?.en).toBe(
      'Derived item importance needs at least 40 respondents (10 per item) with overall satisfaction and every item perception; the data has 6.',
    );
    expect(r.items[0]?.importance?.relativeWeight).toBeNull();
  });

  it('validates ratings against the importance scale, and needs every item or none', () => {
    const scaled = defineInstrument({ ...tiny, importanceScale: { min: 1, max: 5 } });
    const r = analyze(rows, { instrument: scaled });
    // I1 = 6 and I4 = 6 are outside 1–5: every row is excluded, naming the column
    expect(r.sample.used).toBe(0);
    expect(r.dataQuality.issues[0]?.message).toBe('row 1, column I1: "6" is outside the importance scale 1–5');
    expect(() =>
      analyze(
        rows.map(({ I4: _, ...x }) => x),
        { instrument: tiny },
      ),
    ).toThrow(ValidationError);
    expect(() => defineInstrument({ ...tiny, importanceScale: { min: 5, max: 1 } })).toThrow(
      'importanceScale.max: must be greater than importanceScale.min (got min 5, max 1)',
    );
  });

  it('leaves the report as it was without I columns: no items[].importance', () => {
    const { I1: _1, I2: _2, I3: _3, I4: _4, ...plain } = rows[0] as Record<string, number>;
    const r = analyze([plain, ...rows.slice(1).map(({ I1: _a, I2: _b, I3: _c, I4: _d, ...x }) => x)], { instrument: tiny });
    expect(r.items.some((i) => 'importance' in i)).toBe(false);
    expect(r.priorities.filter((p) => p.level === 'item').every((p) => p.quadrant === null)).toBe(true);
  });
});

describe('derived item importance agrees with R', () => {
  const fixture = (name: string, file: string): string => fileURLToPath(new URL(`./fixtures/${name}/${file}`, import.meta.url));
  it("Johnson's relative weights of sat on the 12 items of servperf-100 (make-item-drivers.R)", async () => {
    const expected = JSON.parse(readFileSync(fixture('servperf-100', 'expected-item-drivers.json'), 'utf8')) as unknown;
    const instrument = await loadInstrument(fixture('servperf-100', 'instrument.json'));
    const report = await analyzeCsv(fixture('servperf-100', 'data.csv'), { instrument, itemDrivers: true });
    const result = compareToReference(report, expected);
    expect(result.mismatches).toEqual([]);
    expect(result.checked).toBe(2 + 12 * 2);
    expect(report.itemDrivers.note).toBeNull();
    // without asking (and without I columns) it is not computed, and the report says so
    const plain = await analyzeCsv(fixture('servperf-100', 'data.csv'), { instrument });
    expect(plain.itemDrivers.note?.en).toMatch(/^Derived item importance was not asked for/);
  });

  it('refuses a gap-based IPA for servperf still', () => {
    expect(() => analyze([{ P1: 1, P2: 2, P3: 3, P4: 4 }], { instrument: tiny, ipaPerformance: 'gap' })).toThrow(ServqualError);
  });
});
