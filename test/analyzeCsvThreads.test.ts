import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeCsvFromDist, ensureBuilt, root, type LibraryResult, type LibraryRun } from './helpers/libraryFromDist.js';

// analyzeCsv(file, { threads }) from the built library, ESM and CommonJS, each in a Node process of
// its own: threads must not change a byte of the report, nor which error is thrown, and must start
// no more workers than the cores and the file's 32,768-row blocks allow.

const ROWS = 70_000; // blocks of rows 1–32,768, 32,769–65,536 and 65,537–70,000
const cores = availableParallelism();
let dir = '';
const results: Partial<Record<'esm' | 'cjs', Record<string, LibraryResult>>> = {};

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'servqual-threads-'));
  const big = join(dir, 'survey.csv');
  execFileSync(process.execPath, [join(root, 'bench', 'generate.mjs'), String(ROWS), big, '7']);
  const lines = readFileSync(big, 'utf8').split('\n');
  const oneRow = join(dir, 'one-row.csv');
  writeFileSync(oneRow, `${lines.slice(0, 2).join('\n')}\n`);
  // A stray quote in data row 40,000 (line 40,001, block 2) and another in row 66,000 (block 3): one
  // pass stops at the first, so threads must report it, not the later one a worker may meet first.
  const broken = join(dir, 'broken.csv');
  writeFileSync(broken, lines.map((line, i) => (i === 40_000 || i === 66_000 ? line.replace(',', ',x"y') : line)).join('\n'));
  // Every 7th row's date written day first (2024-05-26 as 26/05/2024): undated rows in every block,
  // and the report's warning about them must come out the same whatever the threads.
  const dayFirst = join(dir, 'day-first.csv');
  writeFileSync(dayFirst, lines.map((line, i) => (i % 7 === 1 ? line.replace(/,(\d{4})-(\d{2})-(\d{2}),/, ',$3/$2/$1,') : line)).join('\n'));
  // Measurement validity too: its item covariance is one more accumulator the blocks carry.
  const segmented = { by: ['branch', 'channel'], period: 'quarter', validity: 'gap' } as const;
  const runs: LibraryRun[] = [
    { name: 'one', file: big, instrument: 'servqual22', options: { ...segmented, threads: 1 } },
    { name: 'two', file: big, instrument: 'servqual22', options: { ...segmented, threads: 2 } },
    { name: 'stream', file: big, stream: true, instrument: 'servqual22', options: { ...segmented, threads: 2 } },
    { name: 'sixty-four', file: big, instrument: 'servqual22', options: { ...segmented, threads: 64 } },
    { name: 'one-row 1', file: oneRow, instrument: 'servqual22', options: { threads: 1 } },
    { name: 'one-row 64', file: oneRow, instrument: 'servqual22', options: { threads: 64 } },
    { name: 'broken 1', file: broken, instrument: 'servqual22', options: { threads: 1 } },
    { name: 'broken 2', file: broken, instrument: 'servqual22', options: { threads: 2 } },
    { name: 'day-first 1', file: dayFirst, instrument: 'servqual22', options: { period: 'quarter', threads: 1 } },
    { name: 'day-first 2', file: dayFirst, instrument: 'servqual22', options: { period: 'quarter', threads: 2 } },
    { name: 'threads 0', file: big, instrument: 'servqual22', options: { threads: 0 } },
    { name: 'threads 1.5', file: big, instrument: 'servqual22', options: { threads: 1.5 } },
  ];
  results.esm = analyzeCsvFromDist('esm', runs, dir);
  results.cjs = analyzeCsvFromDist('cjs', runs, dir);
}, 180_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const result = (format: 'esm' | 'cjs', name: string): LibraryResult => {
  const r = results[format]?.[name];
  if (r === undefined) throw new Error(`no result for ${format} ${name}`);
  return r;
};

describe.each(['esm', 'cjs'] as const)('analyzeCsv(file, { threads }) from the %s build', (format) => {
  it('gives byte-identical JSON with 2 threads and with 1, and for a stream of the file', () => {
    const one = result(format, 'one');
    expect((JSON.parse(one.json ?? '{}') as { sample: { rows: number } }).sample.rows).toBe(ROWS); // the rows bench/generate.mjs wrote
    expect((JSON.parse(one.json ?? '{}') as { validity?: { scale: string } }).validity?.scale).toBe('gap');
    expect(result(format, 'two').json).toBe(one.json);
    expect(result(format, 'stream').json).toBe(one.json);
    expect(result(format, 'sixty-four').json).toBe(one.json);
  });

  it('gives the same undated rows, issues and warning with 2 threads as with 1', () => {
    const one = result(format, 'day-first 1').json ?? '';
    expect(result(format, 'day-first 2').json).toBe(one);
    const report = JSON.parse(one) as { dataQuality: { undated: number }; warnings: Array<{ code: string; message: { en: string } }> };
    expect(report.dataQuality.undated).toBe(ROWS / 7); // rows 1, 8, 15, …: 10,000 of them, all used
    // the log keeps the first 100 issues, whose dates here have no day above 12: both orders are named
    expect(report.warnings.find((w) => w.code === 'UNDATED')?.message.en).toContain('"dd/MM/yyyy" and "MM/dd/yyyy" both read the');
  });

  it('starts a worker for each thread beyond this one, no more than the cores and blocks allow, and none for a stream', () => {
    expect(result(format, 'one').workers).toBe(0);
    expect(result(format, 'two').workers).toBe(Math.min(2, cores) - 1);
    expect(result(format, 'sixty-four').workers).toBe(Math.min(64, cores, 3) - 1); // 3 blocks
    expect(result(format, 'stream').workers).toBe(0);
  });

  it('starts no worker for a one-row file, however many threads are asked for', () => {
    expect(result(format, 'one-row 64')).toEqual({ ...result(format, 'one-row 1'), workers: 0 });
    expect((JSON.parse(result(format, 'one-row 64').json ?? '{}') as { sample: { rows: number } }).sample.rows).toBe(1);
  });

  it('throws the error one stream throws: the first bad row, with its line', () => {
    const one = result(format, 'broken 1');
    expect(one.error?.code).toBe('E_CSV');
    expect(one.error?.message).toContain('line 40001');
    expect(result(format, 'broken 2').error).toEqual(one.error);
  });

  it('refuses a thread count that is not a positive whole number', () => {
    expect(result(format, 'threads 0')).toEqual({
      error: { code: 'E_INVALID_OPTION', message: 'analyzeCsv: threads must be a positive whole number, got 0' },
      workers: 0,
    });
    expect(result(format, 'threads 1.5').error?.message).toBe('analyzeCsv: threads must be a positive whole number, got 1.5');
  });
});
