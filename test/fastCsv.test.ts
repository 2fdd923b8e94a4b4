import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberRules, parseCell } from '../src/data/parseCell.js';
import { FastCsvTokenizer } from '../src/node/fastCsv.js';

// Differential tests: the byte-level tokenizer against csv-parse (the reference) with servqual's options,
// on generated and fuzzed inputs cut into random chunks. Either both reject the input, or both give the
// same records.
const SEED = Number(process.env['FUZZ_SEED'] ?? 11);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1);

function reference(text: string, delimiter = ','): string[][] | 'error' {
  try {
    return parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
  } catch {
    return 'error';
  }
}

/**
 * The tokenizer's records for `bytes` pushed in pieces cut at `cuts`; with `reuse`, every piece is
 * copied into one buffer first, as a reader that reuses its read buffer does.
 */
function fast(bytes: Buffer, cuts: number[], delimiter = ',', reuse = false): string[][] | 'error' {
  const out: string[][] = [];
  const shared = Buffer.alloc(bytes.length);
  const piece = (from: number, to: number): Buffer => {
    if (!reuse) return bytes.subarray(from, to);
    shared.fill(0x2c); // stale bytes a tokenizer must not read
    bytes.copy(shared, 0, from, to);
    return shared.subarray(0, to - from);
  };
  try {
    const t = new FastCsvTokenizer((r) => out.push(r.toArray()), { delimiter, maxFieldSize: 1e9 });
    let at = 0;
    for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
      t.push(piece(at, cut));
      at = cut;
    }
    t.push(piece(at, bytes.length));
    t.end();
    return out;
  } catch {
    return 'error';
  }
}

const piece = fc.constantFrom('a', 'b', '1', '7', ' ', ',', ';', '"', '""', '\n', '\r', '\r\n', '上', '\uFEFF', '\t', '-2.5', '');
const field = fc.oneof(
  fc.array(fc.constantFrom('a', '5', ' ', '上', '.', '-'), { maxLength: 4 }).map((p) => p.join('')),
  fc.array(piece, { maxLength: 5 }).map((p) => `"${p.join('').replaceAll('"', '""')}"`),
  fc.array(piece, { maxLength: 4 }).map((p) => p.join('')), // often invalid: stray quotes
);
const wellFormed = fc
  .tuple(fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), fc.boolean())
  .map(([rows, eol, bom, trailing]) => `${bom ? '\uFEFF' : ''}${rows.map((r) => r.join(',')).join(eol)}${trailing ? eol : ''}`);
const anyText = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('FastCsvTokenizer against csv-parse', () => {
  it('agrees on generated CSV, in any chunking', () => {
    fc.assert(
      fc.property(wellFormed, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        expect(fast(Buffer.from(text), cuts)).toEqual(reference(text));
        expect(fast(Buffer.from(text), cuts, ',', true)).toEqual(reference(text));
      }),
      { seed: SEED, numRuns: 3000 * RUNS },
    );
  });

  it('agrees on fuzzed text: every edge of quoting, line ends and BOMs', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        expect(fast(Buffer.from(text), cuts)).toEqual(reference(text));
        expect(fast(Buffer.from(text), cuts, ',', true)).toEqual(reference(text));
      }),
      { seed: SEED, numRuns: 3000 * RUNS },
    );
  });

  it('gives the same text from label(), the cached read of group keys, across records and reused buffers', () => {
    // label() returns a cached string when a column's bytes repeat: it must equal text() for every
    // field, whatever came before in that column (few distinct values, so slots hit and collide).
    const labels = (bytes: Buffer, cuts: number[]): string[][] => {
      const out: string[][] = [];
      const shared = Buffer.alloc(bytes.length);
      const t = new FastCsvTokenizer((r) => out.push(Array.from({ length: r.length + 1 }, (_, i) => r.label(i))), { maxFieldSize: 1e9 });
      let at = 0;
      for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
        shared.fill(0x61); // stale bytes a cached label must not be taken for
        bytes.copy(shared, 0, at, cut);
        t.push(shared.subarray(0, cut - at));
        at = cut;
      }
      t.push(bytes.subarray(at));
      t.end();
      return out;
    };
    const key = fc.oneof(
      fc.constantFrom('B01', 'B1', 'B10', 'a', '', '2024-01-01', '2024-01-10', 'é', '"B01"', '"a""b"', '"x,y"'),
      fc.string({ maxLength: 3 }).map((x) => x.replace(/[",\r\n]/g, '')),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(key, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, cuts) => {
          const text = `${rows.map((r) => r.join(',')).join('\n')}\n`;
          const got = labels(Buffer.from(text), cuts);
          const expected = (reference(text) as string[][]).map((r) => [...r, '']);
          expect(got).toEqual(expected);
        },
      ),
      { seed: SEED, numRuns: 2000 * RUNS },
    );
    // More distinct values than a column's 4,096 slots: evicted and colliding values read right too.
    const many = Array.from({ length: 12_000 }, (_, i) => `k${(i * 7919) % 9000}`);
    const got = labels(Buffer.from(`${many.join('\n')}\n`), [5000, 20000, 40000]);
    expect(got.map((r) => r[0])).toEqual(many);
  });

  it('agrees with a semicolon delimiter', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(fast(Buffer.from(text), [], ';')).toEqual(reference(text, ';'));
      }),
      { seed: SEED, numRuns: 1000 * RUNS },
    );
  });

  it.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a,"b,\r\nc"\nd', [['a', 'b,\r\nc'], ['d']]],
    ['"a""b",c', [['a"b', 'c']]],
    ['\n\n', [[''], ['']]],
    ['a,', [['a', '']]],
    ['\uFEFFx', [['x']]],
  ])('reads %j', (text, records) => {
    expect(fast(Buffer.from(text), [1, 2, 3])).toEqual(records);
  });

  it('reads numbers from the bytes as parseCell does', () => {
    const got: Array<number | undefined> = [];
    const t = new FastCsvTokenizer((r) => {
      for (let i = 0; i < r.length; i++) got.push(r.number(i, numberRules(['', 'NA'], '.')));
    });
    t.push(Buffer.from('7,-1.5,+2,0.125,,NA,"6",1e2,x,12345678901234567,4.1234567\n'));
    t.end();
    expect(got).toEqual([7, -1.5, 2, 0.125, Number.NaN, Number.NaN, 6, 100, undefined, 12345678901234567, 4.1234567]);
  });

  it('reads any cell as parseCell does, with numeric missing tokens and either decimal mark', () => {
    // The byte paths (integers read during the scan, decimals from the bytes) against parseCell on
    // the same text: e.g. with missing "99", the cell 99 is missing but 099 and 99.0 are numbers.
    const cell = fc.oneof(
      fc.array(fc.constantFrom('0', '9', '7', '1', '.', ',', '-', '+', ' ', 'e', 'N', 'A'), { maxLength: 6 }).map((p) => p.join('')),
      fc.integer({ min: -1000, max: 1e6 }).map(String),
      fc.constantFrom('99', '099', '99.0', '-9', '-9.0', '1234567890123456', '123456789012345', '1.1234567'),
    );
    const missing = fc.subarray(['', 'NA', '99', '-9', '0', '4,5', '4.5'], { minLength: 0 });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), missing, fc.constantFrom('.' as const, ',' as const), (cells, tokens, decimal) => {
        const delimiter = decimal === ',' ? ';' : ',';
        const quoted = cells.map((c) => (c.includes(delimiter) ? `"${c}"` : c));
        const rules = numberRules(tokens, decimal);
        const got: Array<number | undefined> = [];
        const t = new FastCsvTokenizer(
          (r) => {
            for (let i = 0; i < r.length; i++) got.push(r.number(i, rules));
          },
          { delimiter },
        );
        t.push(Buffer.from(`${quoted.join(delimiter)}\n`));
        t.end();
        expect(got).toEqual(cells.map((c) => parseCell(c, new Set(tokens), decimal)));
      }),
      { seed: SEED, numRuns: 2000 * RUNS },
    );
  });
});
