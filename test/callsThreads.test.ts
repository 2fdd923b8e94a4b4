import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CallLog, type CallLogOptions } from '../src/operations/CallLog.js';
import { readCsvRows } from '../src/node/readCsvRows.js';
import { ensureBuilt, root } from './helpers/libraryFromDist.js';
import { runCli } from './helpers/runCli.js';
import { tempDir } from './helpers/tempDir.js';

// callsCsv(file, { threads }) and `servqual calls --threads`: the built library and command, each in
// a Node process of its own, as analyzeCsvThreads.test.ts does for surveys. Threads must not change a
// byte of the report, nor which error is thrown (the first bad row in file order).

const ROWS = 100_000; // four blocks: rows 1–32,768, 32,769–65,536, 65,537–98,304, 98,305–100,000
const cores = availableParallelism();
const dir = tempDir('servqual-calls-threads-');
const big = join(dir, 'calls.csv');
const OPTIONS = { by: ['queue'], period: 'week', targets: ['abandonmentRate<=0.05', '10<=asa<=30'] } as const;

interface Result {
  json?: string;
  error?: { code: string; message: string };
  workers: number;
}
const results: Partial<Record<'esm' | 'cjs', Record<string, Result>>> = {};

function callsCsvFromDist(format: 'esm' | 'cjs', runs: Array<{ name: string; file: string; stream?: boolean; options: object }>): Record<string, Result> {
  const file = join(dir, `runs-${format}.json`);
  writeFileSync(file, JSON.stringify(runs));
  const out = execFileSync(process.execPath, [join(root, 'test', 'helpers', 'callsCsvFromDist.mjs'), format, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(out) as Record<string, Result>;
}

beforeAll(() => {
  ensureBuilt();
  execFileSync(process.execPath, [join(root, 'test', 'helpers', 'makeCallLog.mjs'), String(ROWS), big, '7']);
  const lines = readFileSync(big, 'utf8').split('\n');
  // Strict: no negative wait left (the generator writes one every 997 rows), but an unknown outcome
  // in data row 40,000 (block 2) and in row 70,000 (block 3): one stream stops at the first.
  const strict = join(dir, 'strict.csv');
  const unknown = (line: string) => line.replace(/,(answered|abandoned),/, ',transferred,');
  writeFileSync(strict, lines.map((line, i) => (i === 40_000 || i === 70_000 ? unknown(line) : line.replace(',-1,', ',1,'))).join('\n'));
  // A stray quote in rows 40,000 and 70,000 (lines 40,001 and 70,001): malformed CSV.
  const broken = join(dir, 'broken.csv');
  writeFileSync(broken, lines.map((line, i) => (i === 40_000 || i === 70_000 ? line.replace(',', ',x"y') : line)).join('\n'));
  // Bytes that are not UTF-8 in row 50,000 (block 2): one stream fails at them with the byte offset.
  const latin1 = join(dir, 'latin1.csv');
  const at = lines.slice(0, 50_000).join('\n').length + 1;
  const bytes = Buffer.from(lines.join('\n'));
  bytes[at + 1] = 0xe9; // the call id's first digit: "C5…" becomes "C\xe9…"
  writeFileSync(latin1, bytes);
  const runs = [
    { name: 'one', file: big, options: { ...OPTIONS, threads: 1 } },
    { name: 'two', file: big, options: { ...OPTIONS, threads: 2 } },
    { name: 'three', file: big, options: { ...OPTIONS, threads: 3 } },
    { name: 'stream', file: big, stream: true, options: { ...OPTIONS, threads: 2 } },
    { name: 'strict 1', file: strict, options: { strict: true, threads: 1 } },
    { name: 'strict 2', file: strict, options: { strict: true, threads: 2 } },
    { name: 'broken 1', file: broken, options: { threads: 1 } },
    { name: 'broken 2', file: broken, options: { threads: 2 } },
    { name: 'latin1 1', file: latin1, options: { threads: 1 } },
    { name: 'latin1 2', file: latin1, options: { threads: 2 } },
    { name: 'threads 0', file: big, options: { threads: 0 } },
  ];
  results.esm = callsCsvFromDist('esm', runs);
  results.cjs = callsCsvFromDist('cjs', runs.slice(0, 2));
}, 240_000);

const result = (format: 'esm' | 'cjs', name: string): Result => {
  const r = results[format]?.[name];
  if (r === undefined) throw new Error(`no result for ${format} ${name}`);
  return r;
};

describe('callsCsv(file, { threads }) from the built library', () => {
  it('gives byte-identical JSON with 1, 2 and 3 threads, and for a stream of the file', () => {
    const one = result('esm', 'one');
    const report = JSON.parse(one.json ?? '{}') as { sample: { rows: number; excluded: number }; periods: unknown[] };
    // makeCallLog.mjs: ROWS calls, every 997th with a negative wait (100 of them), offered from Monday
    // 3 March 2025 (ISO week 10) over 35 days, the last on Monday 7 April (week 15): six weeks
    expect(report.sample).toMatchObject({ rows: ROWS, excluded: Math.floor(ROWS / 997) });
    expect(report.periods).toHaveLength(6);
    expect(result('esm', 'two').json).toBe(one.json);
    expect(result('esm', 'three').json).toBe(one.json);
    expect(result('esm', 'stream').json).toBe(one.json);
    expect(result('cjs', 'one').json).toBe(one.json);
    expect(result('cjs', 'two').json).toBe(one.json);
  });

  it('starts a worker for each thread beyond this one, no more than the cores allow, and none for a stream', () => {
    expect(result('esm', 'one').workers).toBe(0);
    expect(result('esm', 'two').workers).toBe(Math.min(2, cores) - 1);
    expect(result('esm', 'three').workers).toBe(Math.min(3, cores) - 1);
    expect(result('cjs', 'two').workers).toBe(Math.min(2, cores) - 1);
    expect(result('esm', 'stream').workers).toBe(0);
  });

  it('throws the error one stream throws: the first bad row in file order', () => {
    const strict = result('esm', 'strict 1').error;
    expect(strict).toEqual({
      code: 'E_INVALID_ROW',
      message: 'row 40000 (call C40000), column outcome: "transferred" is not an outcome (answered or abandoned)',
    });
    expect(result('esm', 'strict 2').error).toEqual(strict);
    const broken = result('esm', 'broken 1').error;
    expect(broken?.code).toBe('E_CSV');
    expect(broken?.message).toContain('line 40001');
    expect(result('esm', 'broken 2').error).toEqual(broken);
    const latin1 = result('esm', 'latin1 1').error;
    expect(latin1?.code).toBe('E_ENCODING');
    expect(result('esm', 'latin1 2').error).toEqual(latin1);
  });

  it('refuses a thread count that is not a positive whole number', () => {
    expect(result('esm', 'threads 0')).toEqual({
      error: { code: 'E_INVALID_OPTION', message: 'callsCsv: threads must be a positive whole number, got 0' },
      workers: 0,
    });
  });
});

describe('CallLog over blocks', () => {
  it("gives one stream's bytes when the logs of single blocks go through toJSON, fromJSON and merge, left to right", async () => {
    const rows: string[][] = [];
    for await (const row of readCsvRows(big)) rows.push(row);
    const [header, ...data] = rows as [string[], ...string[][]];
    const options = OPTIONS as CallLogOptions;
    // The first three blocks in one log (it closes its sums every 32,768 rows), the fourth in its own.
    const first = new CallLog(header, options);
    const last = new CallLog(header, { ...options, firstRow: 3 * 32_768 + 1 });
    data.forEach((row, i) => (i < 3 * 32_768 ? first : last).add(row));
    const merged = CallLog.fromJSON(first.toJSON(), options).merge(CallLog.fromJSON(last.toJSON(), options));
    // one stream's JSON: callsCsv with one thread, from the built library (above)
    expect(JSON.stringify(merged.result())).toBe(result('esm', 'one').json);
  }, 120_000);
});

describe('servqual calls --threads', () => {
  it('prints the JSON of one stream with --threads 2, and from standard input', () => {
    const args = [
      '--by',
      'queue',
      '--period',
      'week',
      '--target',
      'abandonmentRate<=0.05',
      '--target',
      '10<=asa<=30',
      '--format',
      'json',
      '-q',
      '--threads',
      '2',
    ];
    // The command pretty-prints the report; parsed and written compactly it is the library's JSON byte for byte.
    const compact = (text: string): string => JSON.stringify(JSON.parse(text));
    const file = runCli(['calls', big, ...args]);
    expect(file.code).toBe(0);
    expect(compact(file.stdout)).toBe(result('esm', 'one').json);
    const stdin = runCli(['calls', '-', ...args], { input: readFileSync(big, 'utf8') });
    expect(stdin.code).toBe(0);
    expect(compact(stdin.stdout)).toBe(result('esm', 'one').json);
  }, 120_000);

  it('refuses --threads 0 with a usage error', () => {
    const r = runCli(['calls', big, '--threads', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--threads');
  });
});
