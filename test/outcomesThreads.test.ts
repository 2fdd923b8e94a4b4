import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { servqual22, withOutcomes, type Report } from '../src/index.js';
import { analyzeCsvFromDist, ensureBuilt, root, type LibraryResult } from './helpers/libraryFromDist.js';
import { tempDir } from './helpers/tempDir.js';

// The outcome accumulator under threads, as test/analyzeCsvThreads.test.ts checks the rest: a file of
// three 32,768-row blocks with CSI, CSAT and NPS columns, scored by 1 and by 2 threads from the built
// library, must give the same JSON byte for byte, segments and periods included.

const ROWS = 70_000;
let results: Record<string, LibraryResult> = {};

/** The outcome cells of data row i: fixed by i (a multiplicative hash), with a few missing and out of scale. */
function outcomeCells(i: number): string[] {
  const h = Math.imul(i, 2654435761) >>> 0;
  const csi = [1 + (h % 10), 1 + ((h >>> 4) % 10), 1 + ((h >>> 8) % 10)].map(String);
  if (i % 101 === 0) csi[1] = '';
  const csat = i % 997 === 0 ? '7' : String(1 + ((h >>> 12) % 5));
  const nps = i % 499 === 0 ? '11' : String((h >>> 16) % 11);
  return [...csi, csat, nps];
}

beforeAll(() => {
  ensureBuilt();
  const dir = tempDir('servqual-outcome-threads-');
  const plain = join(dir, 'plain.csv');
  execFileSync(process.execPath, [join(root, 'bench', 'generate.mjs'), String(ROWS), plain, '11']);
  const lines = readFileSync(plain, 'utf8').trimEnd().split('\n');
  const file = join(dir, 'survey.csv');
  writeFileSync(file, `${lines.map((line, i) => `${line},${i === 0 ? 'csi1,csi2,csi3,csat,nps' : outcomeCells(i).join(',')}`).join('\n')}\n`);
  const instrument = withOutcomes(servqual22, { csi: { columns: ['csi1', 'csi2', 'csi3'] }, csat: { column: 'csat' }, nps: { column: 'nps' } });
  const options = { by: ['branch'], period: 'quarter' as const, outcome: 'nps' as const };
  results = analyzeCsvFromDist(
    'esm',
    [
      { name: 'one', file, instrument, options: { ...options, threads: 1 } },
      { name: 'two', file, instrument, options: { ...options, threads: 2 } },
    ],
    dir,
  );
}, 240_000);

describe('outcome measures under threads', () => {
  it('give byte-identical JSON with 1 and 2 threads', () => {
    const one = results.one?.json;
    expect(results.one?.error).toBeUndefined();
    const report = JSON.parse(one ?? '{}') as Report;
    expect(report.sample.rows).toBe(ROWS);
    // every data row i with i % 499 === 0 holds nps 11, every i % 997 === 0 csat 7: set aside, not dropped
    const aside = report.sample.setAside?.find((s) => s.code === 'E_OUTCOME_OUT_OF_SCALE')?.values;
    expect(aside).toBe(Math.floor(ROWS / 499) + Math.floor(ROWS / 997) - Math.floor(ROWS / (499 * 997)));
    expect(report.outcomes?.nps?.n).toBe(ROWS - Math.floor(ROWS / 499));
    expect(report.outcomes?.periods?.length).toBeGreaterThan(1);
    expect(results.two?.workers).toBeGreaterThan(0);
    expect(results.two?.json).toBe(one);
  });
});
