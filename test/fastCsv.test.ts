import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { numberRules, parseCell } from '../src/data/parseCell.js';
import { analyzeCsv } from '../src/node/analyzeCsv.js';
import { FastCsvTokenizer, RECORD_SIZE_FACTOR } from '../src/node/fastCsv.js';
import { KERNEL_MAX_BYTES } from '../src/node/CsvRecordKernel.js';
import { readCsvRows } from '../src/node/readCsvRows.js';
import { seededRandom } from './helpers/seededRandom.js';
import { tiny } from './helpers/tiny.js';

// Differential tests: the byte-level tokenizer against csv-parse (the reference) with servqual's options,
// on generated and fuzzed inputs cut into random chunks. Either both reject the input, or both give the
// same records.
const SEED = Number(process.env.FUZZ_SEED ?? 11);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);

function reference(text: string, delimiter = ','): string[][] | 'error' {
  try {
    return parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
  } catch {
    return 'error';
  }
}

/**
 * Where the tokenizers under test make their WebAssembly kernel (FastCsvOptions.kernelFrom): from
 * the first byte, and never (every record read in JavaScript). Each differential test runs both.
 */
const PATHS = [
  ['the kernel', 0],
  ['JavaScript alone', Number.POSITIVE_INFINITY],
] as const;

/**
 * The tokenizer's records for `bytes` pushed in pieces cut at `cuts`; with `reuse`, every piece is
 * copied into one buffer first, as a reader that reuses its read buffer does.
 */
function fast(bytes: Buffer, cuts: number[], delimiter = ',', reuse = false, kernelFrom = 0): string[][] | 'error' {
  const out: string[][] = [];
  const shared = Buffer.alloc(bytes.length);
  const piece = (from: number, to: number): Buffer => {
    if (!reuse) return bytes.subarray(from, to);
    shared.fill(0x2c); // stale bytes a tokenizer must not read
    bytes.copy(shared, 0, from, to);
    return shared.subarray(0, to - from);
  };
  try {
    const t = new FastCsvTokenizer((r) => out.push(r.toArray()), { delimiter, maxFieldSize: 1e9, kernelFrom });
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
        for (const [, from] of PATHS) {
          expect(fast(Buffer.from(text), cuts, ',', false, from)).toEqual(reference(text));
          expect(fast(Buffer.from(text), cuts, ',', true, from)).toEqual(reference(text));
        }
      }),
      { seed: SEED, numRuns: 3000 * RUNS },
    );
  });

  it('agrees on fuzzed text: every edge of quoting, line ends and BOMs', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        for (const [, from] of PATHS) {
          expect(fast(Buffer.from(text), cuts, ',', false, from)).toEqual(reference(text));
          expect(fast(Buffer.from(text), cuts, ',', true, from)).toEqual(reference(text));
        }
      }),
      { seed: SEED, numRuns: 3000 * RUNS },
    );
  });

  it('gives the same text from label(), the cached read of group keys, across records and reused buffers', () => {
    // label() returns a cached string when a column's bytes repeat: it must equal text() for every
    // field, whatever came before in that column (few distinct values, so slots hit and collide).
    const labels = (bytes: Buffer, cuts: number[], kernelFrom = 0): string[][] => {
      const out: string[][] = [];
      const shared = Buffer.alloc(bytes.length);
      const t = new FastCsvTokenizer((r) => out.push(Array.from({ length: r.length + 1 }, (_, i) => r.label(i))), { maxFieldSize: 1e9, kernelFrom });
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
          const expected = (reference(text) as string[][]).map((r) => [...r, '']);
          for (const [, from] of PATHS) expect(labels(Buffer.from(text), cuts, from)).toEqual(expected);
        },
      ),
      { seed: SEED, numRuns: 2000 * RUNS },
    );
    // More distinct values than a column's 4,096 slots: evicted and colliding values read right too.
    const many = Array.from({ length: 12_000 }, (_, i) => `k${(i * 7919) % 9000}`);
    for (const [, from] of PATHS) expect(labels(Buffer.from(`${many.join('\n')}\n`), [5000, 20000, 40000], from).map((r) => r[0])).toEqual(many);
  });

  it('agrees with a semicolon delimiter', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const [, from] of PATHS) expect(fast(Buffer.from(text), [], ';', false, from)).toEqual(reference(text, ';'));
      }),
      { seed: SEED, numRuns: 1000 * RUNS },
    );
  });

  it('agrees with a digit as the delimiter: "00" is three empty fields when 0 is the delimiter', () => {
    // The one-digit shortcuts read "0," as a field; with 0 the delimiter they must not read "00" as one (found by review).
    expect(fast(Buffer.from('00\n'), [], '0', false, Number.POSITIVE_INFINITY)).toEqual([['', '', '']]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('0', '1', '5', '9', '12', ',', '\n', 'a'), { maxLength: 60 }), fc.constantFrom('0', '5'), (parts, delimiter) => {
        const text = parts.join('');
        for (const [, from] of PATHS) expect(fast(Buffer.from(text), [], delimiter, false, from)).toEqual(reference(text, delimiter));
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
    for (const [, from] of PATHS) expect(fast(Buffer.from(text), [1, 2, 3], ',', false, from)).toEqual(records);
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

describe('an unclosed quote', () => {
  // Generated here (30 MB), never committed; the directory goes when the tests end.
  const dir = mkdtempSync(join(tmpdir(), 'servqual-quote-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const rows = 2_000_000;
  const head = 'E1,E2,E3,E4,P1,P2,P3,P4\n';
  const row = '6,6,6,2,5,5,5,3\n';
  const body = row.repeat(rows);
  // Line 12 (data row 11) opens a quote that no later byte closes: the field runs to the end of the file.
  const broken = `${head}${row.repeat(10)}"6,6,6,2,5,5,53\n${row.repeat(rows - 11)}`;
  const good = join(dir, 'good.csv');
  const bad = join(dir, 'unclosed.csv');
  writeFileSync(good, head + body);
  writeFileSync(bad, broken);

  it('fails with E_LIMIT as soon as the field passes maxFieldSize, naming the line where it opened — in no more time than a well-formed file of the same size takes', async () => {
    expect(broken.length).toBe(head.length + body.length);
    let t = performance.now();
    const report = await analyzeCsv(good, { instrument: tiny });
    const wellFormed = performance.now() - t;
    expect(report.sample.used).toBe(rows);
    t = performance.now();
    const failure = analyzeCsv(bad, { instrument: tiny });
    await expect(failure).rejects.toMatchObject({
      code: 'E_LIMIT',
      message: expect.stringMatching(/^line 12, field 1: a quoted field opened here is still open after 65,536 bytes/),
    });
    const unclosed = performance.now() - t;
    // Stopping at 64 KiB takes milliseconds; scanning the whole open field again for each chunk took
    // several times the well-formed file's time (320 MB: 110 s against 0.7 s).
    expect(unclosed / wellFormed).toBeLessThan(0.5);
  });

  it('fails the same way on the csv-parse path', async () => {
    await expect(analyzeCsv(bad, { instrument: tiny, tokenizer: 'csv-parse' })).rejects.toMatchObject({
      code: 'E_LIMIT',
      message: expect.stringMatching(/^line 12, field 1: a quoted field opened here is still open after 65,536 bytes/),
    });
  });
});

describe('the limits, in bytes, alike on both paths', () => {
  /** The records csv-parse gives behind the limits of readCsvRows, or its error. */
  async function guarded(text: string, maxFieldSize: number, maxColumns: number): Promise<string[][] | { code: string | undefined; message: string }> {
    const out: string[][] = [];
    try {
      for await (const r of readCsvRows(Readable.from([Buffer.from(text)]), { maxFieldSize, maxColumns })) out.push(r);
      return out;
    } catch (error) {
      const e = error as { code?: string; message: string };
      return { code: e.code, message: e.message };
    }
  }
  function tokenized(
    text: string,
    maxFieldSize: number,
    maxColumns: number,
    cuts: number[],
    kernelFrom: number,
  ): string[][] | { code: string | undefined; message: string } {
    const out: string[][] = [];
    const bytes = Buffer.from(text);
    try {
      const t = new FastCsvTokenizer((r) => out.push(r.toArray()), { maxFieldSize, maxColumns, kernelFrom });
      let at = 0;
      for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
        t.push(bytes.subarray(at, cut));
        at = cut;
      }
      t.push(bytes.subarray(at));
      t.end();
      return out;
    } catch (error) {
      const e = error as { code?: string; message: string };
      return { code: e.code, message: e.message };
    }
  }

  it('agree on fuzzed text with small limits: the same records, or the same E_LIMIT (or both E_CSV)', async () => {
    // Short limits so fields, quoted fields, rows and cell counts pass them often; multi-byte characters
    // so bytes and characters differ.
    await fc.assert(
      fc.asyncProperty(
        anyText,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        async (text, maxFieldSize, maxColumns, cuts) => {
          const b = await guarded(text, maxFieldSize, maxColumns);
          for (const [, from] of PATHS) {
            const a = tokenized(text, maxFieldSize, maxColumns, cuts, from);
            if (Array.isArray(a) || Array.isArray(b) || a.code === 'E_LIMIT' || b.code === 'E_LIMIT') expect(a).toEqual(b);
            else expect([a.code, b.code]).toEqual(['E_CSV', 'E_CSV']);
          }
        },
      ),
      { seed: SEED, numRuns: 3000 * RUNS },
    );
  });

  it('agree on survey-like digits: runs of one-digit cells cut by chunks, the record limit and maxColumns', async () => {
    // The tokenizer reads a run of one-digit cells ("5,6,7,") in a loop of its own that skips the
    // per-field checks it can prove cannot fail; long runs of them, cut anywhere, with a record limit
    // (64 × maxFieldSize) and a cell limit that fall inside a run, must still give csv-parse's records
    // or its E_LIMIT.
    const digits = fc.array(fc.constantFrom('5', '7', ',', ',', ',', '12', '\n', '\r\n', ''), { minLength: 50, maxLength: 400 }).map((p) => p.join(''));
    await fc.assert(
      fc.asyncProperty(
        digits,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 20, max: 200 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        async (text, maxFieldSize, maxColumns, cuts) => {
          const b = await guarded(text, maxFieldSize, maxColumns);
          for (const [, from] of PATHS) expect(tokenized(text, maxFieldSize, maxColumns, cuts, from)).toEqual(b);
        },
      ),
      { seed: SEED, numRuns: 2000 * RUNS },
    );
  });

  it('take whole limits only, on both paths: a maxFieldSize of 1.01 would make a record limit of 64.64 bytes', async () => {
    const text = `${'1,'.repeat(33)}\n`;
    const refused = { code: 'E_INVALID_OPTION', message: 'maxFieldSize must be a whole number of at least 1, got 1.01' };
    expect(tokenized(text, 1.01, 33, [], 0)).toEqual(refused);
    expect(await guarded(text, 1.01, 33)).toEqual(refused);
    expect(tokenized(text, 2, 0, [], 0)).toMatchObject({ code: 'E_INVALID_OPTION', message: expect.stringContaining('maxColumns') });
  });

  /** The error (or the rows) of a survey read by the fast path and by csv-parse. */
  async function both(
    text: string | Buffer,
    options: { maxFieldSize?: number; maxColumns?: number } = {},
  ): Promise<Array<{ code: string | undefined; message: string } | number>> {
    const out = [];
    for (const tokenizer of ['fast', 'csv-parse'] as const) {
      try {
        out.push((await analyzeCsv(Readable.from([Buffer.from(text)]), { instrument: tiny, tokenizer, ...options })).sample.rows);
      } catch (error) {
        const e = error as { code?: string; message: string };
        out.push({ code: e.code, message: e.message });
      }
    }
    return out;
  }
  const head = 'E1,E2,E3,E4,P1,P2,P3,P4,comment\n';
  const row = '6,6,6,2,5,5,5,3';

  it('a field of 100 Chinese characters is 300 bytes: over maxFieldSize = 200 on both', async () => {
    const error = {
      code: 'E_LIMIT',
      message: 'line 3, field 9: longer than maxFieldSize = 200 bytes; raise it with --max-field-size (maxFieldSize in the API)',
    };
    expect(await both(`${head}${row},ok\n${row},${'上'.repeat(100)}\n`, { maxFieldSize: 200 })).toEqual([error, error]);
    // 66 characters are 198 bytes: within it on both
    expect(await both(`${head}${row},ok\n${row},${'上'.repeat(66)}\n`, { maxFieldSize: 200 })).toEqual([2, 2]);
  });

  it('a quoted field counts its bytes as written, "" as two', async () => {
    const error = {
      code: 'E_LIMIT',
      message:
        'line 2, field 9: a quoted field opened here is still open after 10 bytes (maxFieldSize); check for a quote that is not closed, or raise --max-field-size (maxFieldSize in the API)',
    };
    expect(await both(`${head}${row},"a""b""c""d"\n`, { maxFieldSize: 10 })).toEqual([1, 1]); // 10 bytes: a""b""c""d
    expect(await both(`${head}${row},"a""b""c""dx"\n`, { maxFieldSize: 10 })).toEqual([error, error]);
  });

  it('maxColumns holds for every row, not only the header: a row of a million cells fails at the first past it', async () => {
    const cells = (n: number): string => Array.from({ length: n }, () => '1').join(',');
    const error = (line: number, max: number) => ({
      code: 'E_LIMIT',
      message: `line ${line}: the row has more than ${max.toLocaleString('en-US')} cells (maxColumns); raise it with --max-columns (maxColumns in the API)`,
    });
    expect(await both(`${head}${row},x\n${cells(1_000_000)}\n${row},y\n`)).toEqual([error(3, 10_000), error(3, 10_000)]);
    expect(await both(`${head}${row},x\n${row},"a\nb"\n${cells(21)}\n`, { maxColumns: 20 })).toEqual([error(5, 20), error(5, 20)]);
    expect(await both(`${head}${row},x\n${cells(20)}\n`, { maxColumns: 20 })).toEqual([2, 2]); // 20 is allowed (a ragged row)
    const header = { code: 'E_LIMIT', message: 'the header has more than 8 columns (maxColumns); raise it with --max-columns (maxColumns in the API)' };
    expect(await both(`${head}${row},x\n`, { maxColumns: 8 })).toEqual([header, header]);
  });

  it('an unquoted field past maxFieldSize before a stray quote fails on its length; a quote within it is E_CSV', async () => {
    // The fast path scans an unquoted field to its end and checks its length there, so a quote after
    // the limit must still give the length error, as the byte-by-byte limit of csv-parse's guard does.
    const long = {
      code: 'E_LIMIT',
      message: 'line 3, field 9: longer than maxFieldSize = 10 bytes; raise it with --max-field-size (maxFieldSize in the API)',
    };
    expect(await both(`${head}${row},ok\n${row},${'x'.repeat(12)}"y\n`, { maxFieldSize: 10 })).toEqual([long, long]);
    const [fastQuote, parseQuote] = await both(`${head}${row},ok\n${row},${'x'.repeat(9)}"y\n`, { maxFieldSize: 10 });
    expect([(fastQuote as { code: string }).code, (parseQuote as { code: string }).code]).toEqual(['E_CSV', 'E_CSV']);
  });

  it(`a row over ${RECORD_SIZE_FACTOR} × maxFieldSize bytes fails on both, naming its line`, async () => {
    // 70 fields of 1,000 bytes with maxFieldSize = 1,000: each field fits, the row (70,069 bytes) does not.
    const wide = Array.from({ length: 70 }, () => 'x'.repeat(1000)).join(',');
    const error = {
      code: 'E_LIMIT',
      message:
        'line 3: the row is longer than 64,000 bytes (64 × maxFieldSize); check for a quote that is not closed, or raise --max-field-size (maxFieldSize in the API)',
    };
    expect(await both(`${head}${row},x\n${wide}\n`, { maxFieldSize: 1000 })).toEqual([error, error]);
  });
});

describe('the WebAssembly kernel', () => {
  /**
   * Each record's text, integers (FieldView.ints) and first field that is not UTF-8, as a tokenizer
   * making its kernel from `kernelFrom` gives them; and how many records its kernel read.
   */
  function records(bytes: Buffer, cuts: number[], kernelFrom: number, maxFieldSize = 1e9): { rows: Array<[string[], number[], number]>; byKernel: number } {
    const out: Array<[string[], number[], number]> = [];
    const t = new FastCsvTokenizer((r) => out.push([r.toArray(), Array.from(r.ints.subarray(0, r.length)), r.invalid()]), { maxFieldSize, kernelFrom });
    let at = 0;
    for (const cut of cuts) {
      t.push(bytes.subarray(at, cut));
      at = cut;
    }
    t.push(bytes.subarray(at));
    t.end();
    return { rows: out, byKernel: t.recordsByKernel };
  }
  /** Cuts every `size` bytes: the reads of a file. */
  const every = (size: number, length: number): number[] => Array.from({ length: Math.floor(length / size) }, (_, i) => (i + 1) * size);

  it('scores a survey whose answers it gathers as the csv-parse path scores it: reverse-keyed items, missing answers, decimals, bad rows', async () => {
    // tiny's item 4 is reverse-keyed (8 − x), which the reader applies to the gathered answers in place.
    // 6,000 rows (about 170 KB): the kernel reads them in 64 KiB reads; a few rows it declines or the
    // gather declines (a decimal, NA, a quote), a few are excluded (0, off the scale; x, not a number).
    const dir = mkdtempSync(join(tmpdir(), 'servqual-gather-'));
    try {
      const next = seededRandom(5);
      const cell = (): string => {
        const u = next();
        return u < 0.06
          ? ''
          : u < 0.062
            ? 'NA'
            : u < 0.064
              ? '4.5'
              : u < 0.0645
                ? '"3"'
                : u < 0.065
                  ? '0'
                  : u < 0.0652
                    ? 'x'
                    : String(1 + Math.floor(next() * 7));
      };
      const lines = ['branch,E1,E2,E3,E4,P1,P2,P3,P4'];
      for (let i = 0; i < 6000; i++) lines.push([`B${i % 3}`, ...Array.from({ length: 8 }, cell)].join(','));
      const file = join(dir, 'survey.csv');
      writeFileSync(file, `${lines.join('\n')}\n`);
      const fastPath = await analyzeCsv(file, { instrument: tiny, by: ['branch'] });
      const csvParse = await analyzeCsv(file, { instrument: tiny, by: ['branch'], tokenizer: 'csv-parse' });
      expect(JSON.stringify(fastPath)).toBe(JSON.stringify(csvParse));
      // not vacuous: most rows used, some excluded (the gather declining them, the JavaScript path naming why)
      expect(fastPath.sample.used).toBeGreaterThan(5000);
      expect(fastPath.sample.excluded).toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gathers answers (numbersView) as numbersWithin reads them, or declines: random cells, missing codes and short rows', () => {
    // numbersWithin is the reference: wherever numbersView gives an array, numbersWithin must give the
    // same count and values (NaN for an empty answer); it may decline more (a decimal, NA, a quote).
    // mostly answers the kernel gathers, so that whole rows of them are common
    const plain = ['1', '4', '7', ''];
    const cells = [...Array.from({ length: 10 }, () => plain).flat(), '0', '8', '12', 'NA', '3.5', '"5"', '""', ' 5', 'x'];
    const columns = Int32Array.from([1, 2, 3, 5, 4]); // column 5 lies past a short row
    const ruleSets = [numberRules(), numberRules(['NA']), numberRules(['', 'NA', '99']), numberRules(['', 'NA'], ',')];
    let gathered = 0;
    let compared = 0;
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...cells), { minLength: 5, maxLength: 7 }), { minLength: 1, maxLength: 60 }), fc.nat(3), (rows, r) => {
        const rules = ruleSets[r] as ReturnType<typeof numberRules>;
        const text = `${rows.map((row) => row.join(',')).join('\n')}\n`;
        const t = new FastCsvTokenizer(
          (view) => {
            const want = new Float64Array(columns.length);
            const wantNumbers = view.numbersWithin(columns, want, rules, 1, 7);
            const got = view.numbersView(columns, rules, 1, 7);
            compared++;
            if (got === null) return;
            gathered++;
            expect(view.numbersInView).toBe(wantNumbers);
            expect(Array.from(got)).toEqual(Array.from(want));
          },
          { kernelFrom: 0, bom: false },
        );
        t.push(Buffer.from(text));
        t.end();
      }),
      { seed: SEED, numRuns: 300 * RUNS },
    );
    // not vacuous: many records were gathered, and many declined
    expect(gathered).toBeGreaterThan(100);
    expect(compared - gathered).toBeGreaterThan(100);
  });

  it('reads a survey with every kind of record as JavaScript does: plain, quoted, CRLF, blank, not UTF-8, long numbers', () => {
    // Rows of each kind in a fixed pseudo-random order, read in 64 KiB pieces: the kernel takes the
    // plain ones and declines the rest, which must come out as the JavaScript path gives them.
    const kinds = [
      (i: number) => `r${i},B0${i % 7},${i % 5},${(i * 3) % 7},,12,${i}\n`,
      (i: number) => `r${i},"B,${i % 3}",1,2,3,4,5\r\n`,
      () => '\n',
      (i: number) => `r${i},é${i % 2},1,2,3,123456789012345,1234567890123456\n`,
      (i: number) => `r${i},x\udcff,1\r`,
      (i: number) => `r${i},-1.5,+2, 7,007,0x1,1e3\n`,
    ];
    const parts: Buffer[] = [Buffer.from('id,branch,a,b,c,d,e\n')];
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const draw = seed >>> 12; // the low bits of this generator cycle
      const kind = draw % 10 < 5 ? 0 : 1 + (draw % 5);
      const text = (kinds[kind] as (i: number) => string)(i);
      // a lone surrogate stands for a byte that is not UTF-8: 0xff
      parts.push(
        text.includes('\udcff')
          ? Buffer.concat([Buffer.from(text.split('\udcff')[0] as string), Buffer.from([0xff]), Buffer.from(text.split('\udcff')[1] as string)])
          : Buffer.from(text),
      );
    }
    const bytes = Buffer.concat(parts);
    const cuts = every(65_536, bytes.length);
    const expected = records(bytes, cuts, Number.POSITIVE_INFINITY);
    const got = records(bytes, cuts, 0);
    expect(got.rows).toEqual(expected.rows);
    expect(expected.rows.filter(([, , invalid]) => invalid >= 0).length).toBeGreaterThan(100); // the rows with 0xff are there
    // half the rows are plain (and some of the rest), and the kernel read them: it was not dropped
    expect(expected.byKernel).toBe(0);
    expect(got.byKernel).toBeGreaterThan(10_000);
  });

  it('drops the kernel when it declines most records (quoted text in every row), with the same records', () => {
    // Every row ends in a quoted comment: the kernel reads up to the quote and declines, and the
    // JavaScript path reads the row again. After 64 declines that outnumber its reads it is dropped.
    const rows = Array.from({ length: 5000 }, (_, i) => `r${i},${i % 7},5,"note ${i}, with a comma"\n`).join('');
    const bytes = Buffer.from(`id,a,b,note\n${rows}`);
    const cuts = every(65_536, bytes.length);
    const expected = records(bytes, cuts, Number.POSITIVE_INFINITY);
    const got = records(bytes, cuts, 0);
    expect(got.rows).toEqual(expected.rows);
    expect(got.byKernel).toBe(1); // the header, before the first quoted row
  });

  it.each([
    ['moves to a bigger kernel', 5_000_000],
    ['reads on without a kernel', KERNEL_MAX_BYTES + 1],
  ])('%s when a record outgrows its memory (a field of %i bytes), with the same records', (_, size) => {
    // Its memory never grows (that would slow every typed array in the thread, see CsvRecordKernel).
    const plain = Array.from({ length: 3000 }, (_, i) => `${i},${i % 7},5,6\n`).join('');
    const bytes = Buffer.concat([Buffer.from(`a,b,c,d\n${plain}1,`), Buffer.alloc(size, 0x78), Buffer.from(`,3,4\n${plain}`)]);
    // read in MiB, or the first rows and then the rest (the scan of an unfinished field starts over with each read)
    const cuts = size < 2 ** 23 ? every(1 << 20, bytes.length) : [plain.length];
    const expected = records(bytes, cuts, Number.POSITIVE_INFINITY);
    expect(expected.rows).toHaveLength(6002);
    expect(expected.rows[3001]?.[0][1]).toHaveLength(size);
    const got = records(bytes, cuts, 0);
    expect(got.rows).toEqual(expected.rows);
    // Every record is the kernel's when a bigger one took the bytes (the long one too, once they hold
    // all of it); else the 3,000 records before it (the header and 2,999 rows of the first read).
    expect(got.byKernel).toBe(size <= KERNEL_MAX_BYTES ? 6002 : 3000);
  });

  it('is the build of wasm/csvRecord.ts: src/node/csvRecordWasm.ts is what scripts/build-wasm.mjs compiles it to', () => {
    const run = spawnSync(process.execPath, ['scripts/build-wasm.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
