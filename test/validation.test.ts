import { describe, expect, it } from 'vitest';
import { analyze, createRowReader, resolveColumns, servqual22, ServqualError, validateSurvey, ValidationError, type DataIssue } from '../src/index.js';
import { parseCell } from '../src/internals.js';
import { tiny, TINY_HEADER } from './helpers/tiny.js';

function headerIssues(header: string[]): readonly DataIssue[] {
  try {
    resolveColumns(header, tiny);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
}

describe('resolveColumns(header, instrument)', () => {
  it.each([
    [['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'P4'], 'servqual'],
    [['P1', 'P2', 'P3', 'P4', 'branch'], 'servperf'],
    [['MIN1', 'MIN2', 'MIN3', 'MIN4', 'DES1', 'DES2', 'DES3', 'DES4', 'P1', 'P2', 'P3', 'P4'], 'three-column'],
    [[' e1 ', 'E2', 'e3', 'E4 ', '\uFEFFp1', 'P2', 'p3', 'P4'], 'servqual'],
  ])('detects the method of %j as %s', (header, method) => {
    expect(resolveColumns(header, tiny).method).toBe(method);
  });

  it('can be forced to a method the columns allow', () => {
    expect(resolveColumns(TINY_HEADER, tiny, { method: 'servperf' }).method).toBe('servperf');
  });

  it('names every missing column', () => {
    const issues = headerIssues(['E1', 'E2', 'E3', 'P1', 'P2', 'P3', 'P4']);
    expect(issues).toEqual([
      { code: 'E_MISSING_COLUMN', row: 0, column: 'E4', value: null, message: 'header: missing column "E4" (needed for method servqual)' },
    ]);
  });

  it('wants every weight column once one is present', () => {
    const issues = headerIssues([...TINY_HEADER, 'W_a']);
    expect(issues.map((i) => i.column)).toEqual(['W_b']);
  });

  it('reports a duplicate header, ignoring case and spaces', () => {
    const issues = headerIssues([...TINY_HEADER, ' p2']);
    expect(issues[0]).toMatchObject({ code: 'E_DUPLICATE_HEADER', row: 0, column: ' p2' });
    expect(issues[0]?.message).toBe('header, column 9: " p2" duplicates column 6 ("P2")');
  });

  it('keeps other columns for segments and dates', () => {
    expect(resolveColumns(['branch', ...TINY_HEADER, 'submitted_at'], tiny).extra.map((e) => e.name)).toEqual(['branch', 'submitted_at']);
  });
});

describe('createRowReader(header, instrument).read(cells, row)', () => {
  const header = [...TINY_HEADER, 'W_a', 'W_b', 'overall', 'branch'];
  const reader = createRowReader(header, tiny);
  const good = ['6', '7', '5', '6', '5', '6', '4', '3', '40', '60', '5', 'north'];

  it('reads a valid row, recoding reverse-keyed items min + max − x', () => {
    const r = reader.read(good, 1);
    if (!r.ok) throw new Error('expected a valid row');
    expect(Array.from(r.response.expectation ?? [])).toEqual([6, 7, 5, 8 - 6]);
    expect(Array.from(r.response.perception)).toEqual([5, 6, 4, 8 - 3]);
    expect(Array.from(r.response.weights ?? [])).toEqual([40, 60]);
    expect(r.response.overall).toBe(5);
    expect(r.response.fields.get('branch')).toBe('north');
  });

  it('reads an empty cell and NA as a missing answer, not an error', () => {
    const cells = [...good];
    cells[1] = '';
    cells[5] = 'NA';
    const r = reader.read(cells, 2);
    expect(r.ok).toBe(true);
    if (r.ok) expect([Number.isNaN(r.response.expectation?.[1]), Number.isNaN(r.response.perception[1])]).toEqual([true, true]);
  });

  const withCell = (index: number, value: string): string[] => good.map((c, i) => (i === index ? value : c));
  it.each([
    [
      'a non-numeric answer',
      withCell(4, 'five'),
      { code: 'E_NOT_NUMERIC', row: 3, column: 'P1', value: 'five', message: 'row 3, column P1: "five" is not a number' },
    ],
    [
      'an answer above the scale',
      withCell(5, '9'),
      { code: 'E_OUT_OF_SCALE', row: 3, column: 'P2', value: '9', message: 'row 3, column P2: "9" is outside the scale 1–7' },
    ],
    [
      'an answer below the scale',
      withCell(0, '0'),
      { code: 'E_OUT_OF_SCALE', row: 3, column: 'E1', value: '0', message: 'row 3, column E1: "0" is outside the scale 1–7' },
    ],
    ['a decimal comma', withCell(2, '5,5'), { code: 'E_NOT_NUMERIC', row: 3, column: 'E3', value: '5,5' }],
    ['a hexadecimal number', withCell(2, '0x5'), { code: 'E_NOT_NUMERIC', row: 3, column: 'E3', value: '0x5' }],
    ['a non-numeric overall', withCell(10, 'good'), { code: 'E_NOT_NUMERIC', row: 3, column: 'overall', value: 'good' }],
    ['a short row', good.slice(0, 5), { code: 'E_RAGGED_ROW', row: 3, column: null, message: 'row 3: 5 cells where the header has 12' }],
    ['a long row', [...good, 'x'], { code: 'E_RAGGED_ROW', row: 3, column: null }],
    ['a blank line', [''], { code: 'E_EMPTY_ROW', row: 3, message: 'row 3: blank line' }],
    ['no answers at all', good.map((c, i) => (i < 8 ? '' : c)), { code: 'E_EMPTY_ROW', row: 3, message: 'row 3: no item is answered' }],
  ])('rejects %s', (_label, cells, expected) => {
    const r = reader.read(cells, 3);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject(expected);
  });

  it.each([
    [
      'weights off 100',
      withCell(9, '50'),
      {
        code: 'E_WEIGHTS_SUM',
        row: 3,
        column: 'W_a+W_b',
        value: '90',
        message: "row 3, columns W_a+W_b: weights sum to 90, not 100 (±1); the row's weights are left out",
      },
    ],
    [
      'a weight missing',
      withCell(9, ''),
      { code: 'E_WEIGHTS_SUM', row: 3, column: 'W_a+W_b', message: "row 3, columns W_a+W_b: 1 of 2 weights are missing; the row's weights are left out" },
    ],
    [
      'a negative weight',
      withCell(8, '-40'),
      {
        code: 'E_WEIGHT_OUT_OF_SCALE',
        row: 3,
        column: 'W_a',
        value: '-40',
        message: 'row 3, column W_a: weight "-40" is outside 0–100; the row\'s weights are left out',
      },
    ],
    ['a weight over 100', withCell(9, '160'), { code: 'E_WEIGHT_OUT_OF_SCALE', row: 3, column: 'W_b', value: '160' }],
    [
      'an overall outside the scale',
      withCell(10, '99'),
      {
        code: 'E_OVERALL_OUT_OF_SCALE',
        row: 3,
        column: 'overall',
        value: '99',
        message: 'row 3, column overall: "99" is outside the overall scale 1–7; left out of the statistics that use it',
      },
    ],
  ])('sets aside %s, keeping the row', (_label, cells, expected) => {
    const r = reader.read(cells, 3);
    if (!r.ok) throw new Error('expected the row to be used');
    expect(r.response.notes).toEqual([expect.objectContaining(expected)]);
    expect(expected.code === 'E_OVERALL_OUT_OF_SCALE' ? r.response.overall : r.response.weights).toEqual(
      expected.code === 'E_OVERALL_OUT_OF_SCALE' ? Number.NaN : null,
    );
    expect(Array.from(r.response.perception)).toEqual([5, 6, 4, 8 - 3]);
  });

  it('lists a value set aside after the problems that exclude the row', () => {
    const r = reader.read(
      withCell(10, '99').map((c, i) => (i === 4 ? 'x' : c)),
      6,
    );
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['E_NOT_NUMERIC', 'E_OVERALL_OUT_OF_SCALE']);
  });

  it('accepts weights within ±1 of 100', () => {
    expect(reader.read(withCell(9, '60.9'), 4)).toMatchObject({ ok: true, response: { notes: [] } });
    expect(reader.read(withCell(9, '61.5'), 4)).toMatchObject({ ok: true, response: { weights: null, notes: [{ code: 'E_WEIGHTS_SUM' }] } });
  });

  it('lists every problem of a row', () => {
    const r = reader.read(
      withCell(0, '8').map((c, i) => (i === 4 ? 'x' : c)),
      5,
    );
    expect(r.ok ? [] : r.issues.map((i) => i.column)).toEqual(['E1', 'P1']);
  });
});

describe('parseCell(cell, missing)', () => {
  it('reads plain decimal numbers only — the doc example', () => {
    const missing = new Set(['']);
    expect(parseCell(' 4 ', missing)).toBe(4);
    expect(parseCell('-1.5e1', missing)).toBe(-15);
    expect(parseCell('Infinity', missing)).toBeUndefined();
    expect(parseCell('', missing)).toBeNaN();
    expect(parseCell(null, missing)).toBeNaN();
    expect(parseCell(Number.POSITIVE_INFINITY, missing)).toBeUndefined();
  });
});

describe('validateSurvey(records, { instrument })', () => {
  it('finds the 9 in P5 of the third data row', () => {
    const header = servqual22.dimensions.flatMap((d) => d.items.map((i) => i.id));
    const row = (p5: number) => Object.fromEntries([...header.map((id) => [`E${id}`, 6]), ...header.map((id) => [`P${id}`, id === '5' ? p5 : 5])]);
    const summary = validateSurvey([row(5), row(5), row(9), row(5)], { instrument: servqual22 });
    expect(summary).toMatchObject({ method: 'servqual', rows: 4, valid: 3 });
    expect(summary.issues).toEqual([{ code: 'E_OUT_OF_SCALE', row: 3, column: 'P5', value: '9', message: 'row 3, column P5: "9" is outside the scale 1–7' }]);
  });

  it('reads records with a __proto__ key as data', () => {
    const records = [JSON.parse('{"P1": 5, "P2": 6, "P3": 4, "P4": 4, "__proto__": "x"}') as Record<string, number>];
    const summary = validateSurvey(records, { instrument: tiny });
    expect(summary).toMatchObject({ method: 'servperf', valid: 1 });
  });
});

describe('values JavaScript passes in memory: a problem with its row and column, never a TypeError', () => {
  const good = { E1: 6, E2: 6, E3: 6, E4: 2, P1: 5, P2: 5, P3: 5, P4: 3, branch: 'north' };
  const noProto = Object.assign(Object.create(null) as object, { a: 1 });
  it.each([
    ['true', true, 'true'],
    ['a Date', new Date(Date.UTC(2025, 6, 1)), String(new Date(Date.UTC(2025, 6, 1)))],
    ['a BigInt', 5n, '5'],
    ['a Number object', new Number(5), '5'],
    ['an array', [5], '5'],
    ['an object', { value: 5 }, '[object Object]'],
    ['an object without a prototype', noProto, '[object Object]'],
    ['a symbol', Symbol('five'), 'Symbol(five)'],
  ])('%s in an item column is E_NOT_NUMERIC naming row and column', (_label, value, shown) => {
    const records = [good, { ...good, P2: value }] as unknown as Array<Record<string, string>>;
    const summary = validateSurvey(records, { instrument: tiny });
    expect(summary.issues).toEqual([{ code: 'E_NOT_NUMERIC', row: 2, column: 'P2', value: shown, message: `row 2, column P2: "${shown}" is not a number` }]);
    expect(analyze(records, { instrument: tiny }).sample).toMatchObject({ rows: 2, used: 1, excluded: 1 });
  });

  it('such a value in another column is kept as its text', () => {
    const records = [
      { ...good, branch: noProto },
      { ...good, branch: 7n },
    ] as unknown as Array<Record<string, string>>;
    expect(analyze(records, { instrument: tiny, by: ['branch'] }).segments?.branch?.map((g) => g.value)).toEqual(['7', '[object Object]']);
  });

  it.each([
    ['a null record', [good, null], 'record 2 is null, not an object of cells'],
    ['a number as a record', [good, 5], 'record 2 is a number, not an object of cells'],
    ['a non-string header cell', { header: ['E1', 2, 'E3', 'E4', 'P1', 'P2', 'P3', 'P4'], rows: [] }, 'header cell 2 is a number, not text'],
    [
      'a row that is not an array',
      { header: ['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'P4'], rows: [['6', '6', '6', '2', '5', '5', '5', '3'], 'x'] },
      'row 2 is a string, not an array of cells',
    ],
  ])('%s is E_NO_DATA naming it', (_label, input, message) => {
    for (const [name, run] of [
      ['analyze', () => analyze(input as never, { instrument: tiny })],
      ['validateSurvey', () => validateSurvey(input as never, { instrument: tiny })],
    ] as const) {
      let caught: unknown;
      try {
        run();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ServqualError);
      expect(caught).toMatchObject({ code: 'E_NO_DATA', message: `${name}: ${message}` });
    }
  });
});
