import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain script, typed by its JSDoc
import { csvToParquet, csvToXlsx } from '../examples/make-workbooks.mjs';
import { ensureBuilt } from './helpers/libraryFromDist.js';
import { runCli } from './helpers/runCli.js';
import { tempDir } from './helpers/tempDir.js';

beforeAll(() => ensureBuilt());

describe('servqual reads .xlsx and Parquet by extension', () => {
  it('analyze prints the same JSON for the hotel survey as CSV, .xlsx and Parquet', () => {
    const args = ['--by', 'branch', '--period', 'quarter', '--format', 'json'];
    const csv = runCli(['analyze', 'examples/hotel-survey.csv', ...args]);
    expect(csv.code).toBe(0);
    for (const file of ['examples/hotel-survey.xlsx', 'examples/hotel-survey.parquet']) {
      const r = runCli(['analyze', file, ...args]);
      expect([r.code, r.stderr]).toEqual([0, '240 rows read: 238 used, 2 excluded (1 non-numeric answer, 1 answer outside the scale)\n']);
      expect(r.stdout).toBe(csv.stdout);
    }
  });

  it('validate names the problems of a workbook by row, column and value, as for the CSV', () => {
    const csv = runCli(['validate', 'examples/hotel-survey.csv']);
    const xlsx = runCli(['validate', 'examples/hotel-survey.xlsx']);
    expect([xlsx.code, xlsx.stdout]).toEqual([1, csv.stdout]);
    expect(xlsx.stdout).toContain('row 101, column E12: "n/a" is not a number [E_NOT_NUMERIC]');
  });

  it('validate names a spreadsheet error cell', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('first');
    ws.addRow(['E1', 'P1']);
    ws.addRow([6, { error: '#N/A' }]);
    const file = join(tempDir('servqual-cli-xlsx-'), 'one.xlsx');
    await book.xlsx.writeFile(file);
    const instrument = join(tempDir('servqual-cli-xlsx-'), 'one.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      instrument,
      JSON.stringify({ id: 'one', name: { en: 'One' }, scale: { min: 1, max: 7 }, dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }] }),
    );
    const r = runCli(['validate', file, '--instrument', instrument]);
    expect([r.code, r.stdout]).toEqual([1, 'row 1, column P1: the cell holds the spreadsheet error #N/A [E_CELL_ERROR]\n']);
  });

  it('refuses a sheet the workbook lacks, listing its sheets, and --sheet with a CSV', () => {
    const r = runCli(['analyze', 'examples/hotel-survey.xlsx', '--sheet', 'Survey']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'servqual: --sheet: examples/hotel-survey.xlsx: no sheet named "Survey"; its sheets: "survey"']);
    const csv = runCli(['analyze', 'examples/hotel-survey.csv', '--sheet', 'survey']);
    expect([csv.code, csv.stderr.split('\n')[0]]).toEqual([2, 'servqual: --sheet: examples/hotel-survey.csv is not an .xlsx workbook']);
  });

  it('kano and calls read a workbook and a Parquet file as the CSV', async () => {
    const dir = tempDir('servqual-cli-formats-');
    await csvToXlsx('examples/hotel-kano.csv', join(dir, 'kano.xlsx'));
    await csvToParquet('examples/calls.csv', join(dir, 'calls.parquet'));
    const kano = ['--instrument', 'examples/hotel-kano.json', '--by', 'branch', '--format', 'json'];
    expect(runCli(['kano', join(dir, 'kano.xlsx'), ...kano]).stdout).toBe(runCli(['kano', 'examples/hotel-kano.csv', ...kano]).stdout);
    const calls = ['--by', 'queue', '--period', 'week', '--format', 'json'];
    const fromParquet = runCli(['calls', join(dir, 'calls.parquet'), ...calls]);
    expect(fromParquet.code).toBe(0);
    expect(fromParquet.stdout).toBe(runCli(['calls', 'examples/calls.csv', ...calls]).stdout);
  });
});
