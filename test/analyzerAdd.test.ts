import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, createRowReader, defineInstrument, ServqualError, type SurveyResponse } from '../src/index.js';

// Issue 17 point 7: `createAnalyzer().add({ E1: 5, P1: 6 })` crashed with a TypeError (it read the
// record as a SurveyResponse). A record keyed by column names is now read as a row of a file with those
// columns; anything else fails with a ServqualError saying what add takes.

// One dimension of two items on 1–7.
const two = defineInstrument({
  id: 'two',
  name: { en: 'Two' },
  scale: { min: 1, max: 7 },
  dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }, { id: '2' }] }],
});

describe('Analyzer.add', () => {
  it('reads records keyed by the column names, cells as numbers or text', () => {
    const a = createAnalyzer(two);
    a.add({ E1: 6, P1: 5, E2: 4, P2: 4 });
    a.add({ E1: '7', P1: '5', E2: '5', P2: '6' });
    const r = a.result();
    // Hand computation: item 1 gaps 5 − 6 = −1 and 5 − 7 = −2, mean −1.5; item 2 gaps 0 and 1, mean 0.5.
    expect(r.sample).toMatchObject({ rows: 2, used: 2, excluded: 0 });
    expect(r.items.map((i) => i.gap?.mean)).toEqual([-1.5, 0.5]);
  });

  it('gives the report analyze gives for the same records, a bad row excluded with its row number', () => {
    const records = [
      { P2: 4, E2: 4, P1: 5, E1: 6 }, // keys in another order
      { E1: 7, P1: 9, E2: 5, P2: 6 }, // 9 is outside 1–7: row 2 excluded
      { E1: 3, P1: 4, E2: 2, P2: 'NA' },
    ];
    const a = createAnalyzer(two);
    for (const record of records) a.add(record);
    const r = a.result();
    expect(r).toEqual(analyze(records, { instrument: two }));
    expect(r.sample).toMatchObject({ rows: 3, used: 2, excluded: 1 });
    expect(r.dataQuality.issues[0]).toMatchObject({ row: 2, column: 'P1', value: '9', code: 'E_OUT_OF_SCALE' });
  });

  it('names the missing columns when a record lacks what the method needs', () => {
    const a = createAnalyzer(two);
    expect(() => a.add({ E1: 6, P1: 5, P2: 4 })).toThrow(
      expect.objectContaining({ name: 'ValidationError', code: 'E_MISSING_COLUMN', message: expect.stringContaining('E2') }),
    );
  });

  it.each([
    ['null', null, 'row 1 is null'],
    ['a number', 5, 'row 1 is a number'],
    ['an array of cells', [6, 5, 4, 4], 'row 1 is an array'],
  ])('refuses %s with a ServqualError saying what add takes', (_, row, message) => {
    const a = createAnalyzer(two);
    let error: unknown;
    try {
      a.add(row as unknown as SurveyResponse);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServqualError);
    expect(error).toMatchObject({ code: 'E_NO_DATA', message: expect.stringContaining(message) });
    expect((error as Error).message).toContain('a record keyed by column names');
  });

  it('still takes row results and responses', () => {
    const reader = createRowReader(['E1', 'P1', 'E2', 'P2'], two);
    const a = createAnalyzer(two);
    const first = reader.read([6, 5, 4, 4], 1);
    a.add(first);
    if (first.ok) a.add(first.response);
    // Both rows are the same respondent: item 1 gap −1 twice.
    expect(a.result().items[0]?.gap?.mean).toBe(-1);
  });
});
