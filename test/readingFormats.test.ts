import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain script, typed by its JSDoc
import { csvToParquet, csvToXlsx } from '../examples/make-workbooks.mjs';
import { servqual22 } from '../src/instrument/servqual22.js';
import { analyzeFile } from '../src/node/analyzeFile.js';
import { readSurveyFile } from '../src/node/readSurveyFile.js';
import { readTableFile } from '../src/node/readTableFile.js';
import { kanoFile } from '../src/node/kanoFile.js';
import { kanoCsv } from '../src/node/kanoCsv.js';
import { callsFile } from '../src/node/callsFile.js';
import { callsCsv } from '../src/node/callsCsv.js';
import { loadKanoInstrument } from '../src/node/loadKanoInstrument.js';
import { analyzeParquet } from '../src/tables/analyzeParquet.js';
import { ServqualError } from '../src/errors.js';
import { tempDir } from './helpers/tempDir.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = (name: string): string => join(root, 'examples', name);
const options = { instrument: servqual22, by: ['branch'], period: 'quarter' as const };
/** A one-item instrument, answers 1–7. */
const one = {
  id: 'one',
  name: { en: 'One' },
  scale: { min: 1, max: 7 },
  dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }],
};

describe('the same survey as CSV, .xlsx and Parquet', () => {
  it('gives byte-identical JSON for the bundled hotel survey (made by examples/make-workbooks.mjs)', async () => {
    const csv = JSON.stringify(await analyzeFile(example('hotel-survey.csv'), options));
    const xlsx = JSON.stringify(await analyzeFile(example('hotel-survey.xlsx'), options));
    const parquet = JSON.stringify(await analyzeFile(example('hotel-survey.parquet'), options));
    expect(xlsx).toBe(csv);
    expect(parquet).toBe(csv);
    // Every row accounted for: 240 data lines in the CSV, 238 used and 2 excluded with their reasons.
    const report = JSON.parse(xlsx);
    expect([report.sample.rows, report.sample.used, report.sample.excluded]).toEqual([240, 238, 2]);
  });

  it('gives byte-identical JSON past one 32,768-row block, from files written now', async () => {
    // 33,000 rows (two blocks) of a two-item instrument: seeded answers 1–7, every 13th cell empty,
    // every 500th row an answer of 9 (outside the scale: excluded), three branches, dates over 2025.
    const dir = tempDir('servqual-formats-');
    const csv = join(dir, 'survey.csv');
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const lines = ['id,branch,submitted_at,E1,E2,P1,P2'];
    for (let i = 1; i <= 33_000; i++) {
      const day = new Date(Date.UTC(2025, 0, 1 + (i % 365))).toISOString().slice(0, 10);
      const answers = [0, 1, 2, 3].map((k) => ((i * 4 + k) % 13 === 0 ? '' : i % 500 === 0 && k === 0 ? '9' : String(1 + Math.floor(next() * 7))));
      lines.push([`r${i}`, `B${i % 3}`, day, ...answers].join(','));
    }
    writeFileSync(csv, `${lines.join('\n')}\n`);
    await csvToXlsx(csv, join(dir, 'survey.xlsx'));
    await csvToParquet(csv, join(dir, 'survey.parquet'));
    const { defineInstrument } = await import('../src/instrument/defineInstrument.js');
    const two = defineInstrument({ ...one, dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }, { id: '2' }] }] });
    const opts = { instrument: two, by: ['branch'], period: 'month' as const };
    const fromCsv = JSON.stringify(await analyzeFile(csv, opts));
    expect(JSON.stringify(await analyzeFile(join(dir, 'survey.xlsx'), opts))).toBe(fromCsv);
    expect(JSON.stringify(await analyzeFile(join(dir, 'survey.parquet'), opts))).toBe(fromCsv);
    const report = JSON.parse(fromCsv);
    // Every 500th row has a 9 (66 rows) and is excluded, but for the 5 whose first answer is an empty
    // cell instead (i a multiple of 500 and of 13: 6,500, 13,000, 19,500, 26,000, 32,500): 61 excluded.
    expect([report.sample.rows, report.sample.used, report.sample.excluded]).toEqual([33_000, 32_939, 61]);
  }, 120_000);

  it('reads Parquet in the core from bytes (analyzeParquet), as the file reader does', async () => {
    const bytes = readFileSync(example('hotel-survey.parquet'));
    expect(JSON.stringify(await analyzeParquet(bytes, options))).toBe(JSON.stringify(await analyzeFile(example('hotel-survey.csv'), options)));
  });

  it('gives the same Kano and call-log reports from a workbook and from Parquet', async () => {
    const dir = tempDir('servqual-formats-');
    const instrument = await loadKanoInstrument(example('hotel-kano.json'));
    await csvToXlsx(example('hotel-kano.csv'), join(dir, 'kano.xlsx'), { dateColumns: ['submitted_at'] });
    const kano = { instrument, by: ['branch'], period: 'quarter' as const };
    expect(JSON.stringify(await kanoFile(join(dir, 'kano.xlsx'), kano))).toBe(JSON.stringify(await kanoCsv(example('hotel-kano.csv'), kano)));
    await csvToParquet(example('calls.csv'), join(dir, 'calls.parquet'));
    const calls = { by: ['queue'], period: 'week' as const };
    expect(JSON.stringify(await callsFile(join(dir, 'calls.parquet'), calls))).toBe(JSON.stringify(await callsCsv(example('calls.csv'), calls)));
  });
});

describe('reading a workbook', () => {
  /** A workbook of two sheets, the survey on "answers", written with exceljs as a person's typing would be. */
  async function workbook(): Promise<string> {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('notes').addRow(['written by hand']);
    const ws = book.addWorksheet('answers');
    ws.addRow(['id', 'submitted_at', 'E1', 'P1']);
    ws.addRow(['a', new Date(Date.UTC(2025, 2, 31)), 6, 5]);
    ws.addRow(['b', new Date(Date.UTC(2025, 3, 1, 14, 5)), { error: '#DIV/0!' }, 4]);
    // sheet row 4 (data row 3) is left out of the sheet: an empty row; c and d are data rows 4 and 5
    ws.getRow(5).values = ['c', new Date(Date.UTC(2025, 6, 1)), { formula: '3+4', result: 7 }, 6];
    ws.getRow(6).values = ['d', '2025-07-02', 7, { formula: 'P5/0', result: { error: '#DIV/0!' } }];
    ws.getColumn(2).numFmt = 'yyyy-mm-dd';
    const file = join(tempDir('servqual-xlsx-'), 'survey.xlsx');
    await book.xlsx.writeFile(file);
    return file;
  }

  it('reads types from the cells: numbers, dates as ISO dates, error cells apart, absent rows as empty', async () => {
    const file = await workbook();
    const rows: unknown[] = [];
    for await (const row of readTableFile(file, { sheet: 'answers' })) rows.push(row.map((c) => (typeof c === 'object' && c !== null ? `error ${c.text}` : c)));
    expect(rows).toEqual([
      ['id', 'submitted_at', 'E1', 'P1'],
      ['a', '2025-03-31', 6, 5],
      ['b', '2025-04-01T14:05:00', 'error #DIV/0!', 4],
      [null, null, null, null],
      ['c', '2025-07-01', 7, 6],
      ['d', '2025-07-02', 7, 'error #ERROR in =P5/0'],
    ]);
  });

  it('excludes a row with an error cell, naming its row, column and error; every row is accounted for', async () => {
    const file = await workbook();
    const { defineInstrument } = await import('../src/instrument/defineInstrument.js');
    const report = await analyzeFile(file, { instrument: defineInstrument(one), sheet: 'answers', period: 'quarter' });
    // 5 data rows: a and c used; b and d hold errors; the absent row is empty.
    expect([report.sample.rows, report.sample.used, report.sample.excluded]).toEqual([5, 2, 3]);
    const issues = report.dataQuality.issues.map((i) => [i.code, i.row, i.column, i.value]);
    expect(issues).toEqual([
      ['E_CELL_ERROR', 2, 'E1', '#DIV/0!'],
      ['E_EMPTY_ROW', 3, null, null],
      ['E_CELL_ERROR', 5, 'P1', '#ERROR in =P5/0'],
    ]);
    // a (2025-03-31) is in Q1, c (2025-07-01) in Q3: the date cells gave the periods.
    expect(report.periods?.map((p) => [p.period, p.n])).toEqual([
      ['2025-Q1', 1],
      ['2025-Q3', 1],
    ]);
    const survey = await readSurveyFile(file, { instrument: defineInstrument(one), sheet: 'answers' });
    const messages: string[] = [];
    for await (const r of survey.rows) if (!r.ok) messages.push(r.issues[0]?.message ?? '');
    expect(messages[0]).toBe('row 2, column E1: the cell holds the spreadsheet error #DIV/0!');
  });

  it('reads the first sheet by default, and refuses a sheet it lacks, listing its sheets', async () => {
    const file = await workbook();
    const first: unknown[] = [];
    for await (const row of readTableFile(file)) first.push(row);
    expect(first).toEqual([['written by hand']]);
    const read = async (): Promise<void> => {
      for await (const _ of readTableFile(file, { sheet: 'Answers ' }));
    };
    await expect(read()).rejects.toThrow(
      new ServqualError('E_INVALID_OPTION', `${file}: no sheet named "Answers "; its sheets: "notes", "answers"`, { option: 'sheet' }),
    );
  });
});

describe('reading Parquet', () => {
  it('reads ints, doubles, strings, dates, timestamps and nulls as a CSV of them reads', async () => {
    const dir = tempDir('servqual-parquet-');
    const file = join(dir, 'types.parquet');
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(`COPY (SELECT * FROM (VALUES
      (1::INTEGER, 4.5::DOUBLE, 'x'::VARCHAR, DATE '2025-03-31', TIMESTAMP '2025-03-31 23:30:00', 9::BIGINT),
      (NULL, NULL, NULL, NULL, NULL, NULL)) t(i, d, s, day, ts, big)) TO '${file}' (FORMAT parquet)`);
    c.closeSync();
    const rows: unknown[] = [];
    for await (const row of readTableFile(file)) rows.push(row);
    expect(rows).toEqual([
      ['i', 'd', 's', 'day', 'ts', 'big'],
      [1, 4.5, 'x', '2025-03-31', '2025-03-31T23:30:00', 9],
      [null, null, null, null, null, null],
    ]);
  });

  it('says a file is not Parquet', async () => {
    const file = join(tempDir('servqual-parquet-'), 'not.parquet');
    writeFileSync(file, 'a,b\n1,2\n');
    const read = async (): Promise<void> => {
      for await (const _ of readTableFile(file));
    };
    await expect(read()).rejects.toThrow(/^cannot read .*not\.parquet: not a Parquet file/);
  });
});
