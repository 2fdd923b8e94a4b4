import { describe, expect, it } from 'vitest';
import { analyze, defineInstrument } from '../src/index.js';

// Two one-item dimensions; without weight columns or an overall column importance is equal (½ each).
const twoNeeds = (a: 'desired' | 'unexpected', b: 'basic' | 'expected') =>
  defineInstrument({
    id: 'needs',
    name: { en: 'Needs' },
    scale: { min: 1, max: 7 },
    dimensions: [
      { id: 'a', name: { en: 'A' }, needLevel: a, items: [{ id: '1' }] },
      { id: 'b', name: { en: 'B' }, needLevel: b, items: [{ id: '2' }] },
    ],
  });

/** Rows with E = 7 everywhere and the given perceptions of items 1 and 2. */
const table = (p1: readonly number[], p2: readonly number[]) => ({
  header: ['E1', 'E2', 'P1', 'P2'],
  rows: p1.map((x, i) => ['7', '7', String(x), String(p2[i])]),
});

const dimensionRanks = (report: ReturnType<typeof analyze>) => report.priorities.filter((p) => p.level === 'dimension').map((p) => [p.id, p.rank]);

describe('need levels in the priorities', () => {
  it('ranks a shortfall on a basic need before an equal one on a desired need', () => {
    // Both gaps are −2.5 on every half of the rows (P 4 and 5 against E 7): equal score, equal gap,
    // equal p. Without the need tier instrument order breaks the tie and a (desired) ranks first.
    const p = [4, 5, 4, 5, 4, 5, 4, 5, 4, 5];
    const report = analyze(table(p, p), { instrument: twoNeeds('desired', 'basic') });
    expect(dimensionRanks(report)).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    const b = report.priorities.find((x) => x.id === 'b');
    expect(b?.needLevel).toBe('basic');
    expect(b?.reason.en).toContain('A basic need: one that fails undoes all the rest (100 − 1 = 0)');
    expect(b?.reason.zh).toContain('这是基本需求');
    expect(report.priorities.find((x) => x.id === 'a')?.reason.en).not.toContain('100 − 1');
  });

  it('ranks a smaller shortfall on an expected need before a larger one on an unexpected need', () => {
    // Gap of a: mean of P − 7 over 2, 3 → −4.5; of b: over 6, 5 → −1.5. Both significant (n = 10).
    const report = analyze(table([2, 3, 2, 3, 2, 3, 2, 3, 2, 3], [6, 5, 6, 5, 6, 5, 6, 5, 6, 5]), { instrument: twoNeeds('unexpected', 'expected') });
    expect(report.dimensions.map((d) => d.gap?.mean)).toEqual([-4.5, -1.5]);
    expect(dimensionRanks(report)).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it('leaves a basic need without a significant shortfall where its score puts it', () => {
    // b is met (P = E = 7, gap 0): no shortfall, so no tier; a's shortfall ranks first.
    const report = analyze(table([4, 5, 4, 5, 4, 5, 4, 5, 4, 5], [7, 7, 7, 7, 7, 7, 7, 7, 7, 7]), { instrument: twoNeeds('desired', 'basic') });
    expect(dimensionRanks(report)).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(report.priorities.find((x) => x.id === 'b')?.reason.en).not.toContain('100 − 1');
  });

  it('ranks items by their own level, else their dimension’s', () => {
    const instrument = defineInstrument({
      id: 'items',
      name: { en: 'Items' },
      scale: { min: 1, max: 7 },
      dimensions: [{ id: 'd', name: { en: 'D' }, needLevel: 'desired', items: [{ id: '1' }, { id: '2', needLevel: 'basic' }] }],
    });
    const p = [4, 5, 4, 5, 4, 5, 4, 5, 4, 5];
    const report = analyze(table(p, p), { instrument });
    const items = report.priorities.filter((x) => x.level === 'item');
    expect(items.map((x) => [x.id, x.rank, x.needLevel])).toEqual([
      ['2', 1, 'basic'],
      ['1', 2, 'desired'],
    ]);
  });
});
