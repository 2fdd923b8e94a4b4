import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnalyzer, createRowReader, servqual22, type AnalyzerOptions, type Cell } from '../src/index.js';
import { BLOCK_ROWS } from '../src/score/blockRows.js';
import { createBlockAnalyzer, foldBlock, takeBlock } from '../src/score/createAnalyzer.js';
import { analyzeCsvFromDist, ensureBuilt, type LibraryRun } from './helpers/libraryFromDist.js';
import { seededRandom } from './helpers/seededRandom.js';
import { tiny } from './helpers/tiny.js';

// What `threads` rests on: a thread takes each block it scores as raw sums (takeBlock), and the
// main thread folds them in file order (foldBlock). That must give, byte for byte, the analyzer one
// pass gives, which closes its own blocks every BLOCK_ROWS rows — for every method, with segments,
// periods, undated rows and excluded rows: in one process (below), and through analyzeCsv with
// worker threads from the built library, ESM and CommonJS (further below).

/** A deterministic stream of survey rows: answers 1–7 with gaps, invalid cells, branches and dates. */
function makeRows(header: readonly string[], count: number): Cell[][] {
  const next = seededRandom(20261123);
  return Array.from({ length: count }, (_, r) =>
    header.map((name): Cell => {
      if (name === 'branch') return `B${Math.floor(next() * 7)}`;
      if (name === 'submitted_at') return next() < 0.01 ? 'soon' : `2025-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-15`;
      const u = next();
      if (u < 0.05) return null; // a missing answer
      if (r % 5000 === 17 && u < 0.1) return 'x'; // a row excluded: not a number
      return 1 + Math.floor(next() * 7);
    }),
  );
}

const items = (prefix: string): string[] => [1, 2, 3, 4].map((i) => `${prefix}${i}`);
const configs: Array<{ label: string; header: string[]; options: AnalyzerOptions }> = [
  { label: 'servqual, by branch and month', header: ['branch', 'submitted_at', ...items('E'), ...items('P')], options: { by: ['branch'], period: 'month' } },
  { label: 'servperf, pairwise alpha', header: items('P'), options: { method: 'servperf', reliability: 'pairwise' } },
  {
    label: 'three-column, by branch',
    header: ['branch', ...items('MIN'), ...items('DES'), ...items('P')],
    options: { method: 'three-column', by: ['branch'] },
  },
];

describe('blocks taken by threads and folded in order', () => {
  for (const { label, header, options } of configs) {
    it(`give the same report, byte for byte, as one pass (${label})`, () => {
      const rows = makeRows(header, 2 * BLOCK_ROWS + 1234);
      const reader = createRowReader(header, tiny, { method: options.method });
      const one = createAnalyzer(tiny, options);
      rows.forEach((cells, i) => one.add(reader.read(cells, i + 1)));

      // two "threads" take alternate blocks; the states cross a structured clone, as they do between threads
      const threads = [createBlockAnalyzer(tiny, options), createBlockAnalyzer(tiny, options)];
      const states = [];
      for (let start = 0, index = 0; start < rows.length; start += BLOCK_ROWS, index++) {
        const thread = threads[index % 2] as (typeof threads)[number];
        rows.slice(start, start + BLOCK_ROWS).forEach((cells, i) => thread.add(reader.read(cells, start + i + 1)));
        states.push(structuredClone(takeBlock(thread)));
      }
      const folded = createAnalyzer(tiny, options);
      for (const state of states) foldBlock(folded, state);

      expect(states).toHaveLength(3);
      expect(one.result().sample.excluded).toBeGreaterThan(0);
      expect(JSON.stringify(folded.result())).toBe(JSON.stringify(one.result()));
    });
  }

  it('count rows held back for a run (reliability, item comparisons) in every read between rows', () => {
    // Listwise reliability and the item comparisons add rows in runs of up to 64 (HELD_ROWS). A pass that reads
    // its state every 100 rows (toJSON, result) flushes partial runs; one that never looks adds whole
    // runs. The sums see the same additions in the same order either way, so the bytes must agree, on
    // the 22 items of servqual22 (dimensions of 4 and 5 items: the unrolled runs) and on tiny's.
    for (const instrument of [servqual22, tiny]) {
      const header = ['branch', ...instrument.dimensions.flatMap((d) => d.items.flatMap((i) => [`E${i.id}`, `P${i.id}`]))];
      const rows = makeRows(header, 1000);
      const reader = createRowReader(header, instrument);
      const quiet = createAnalyzer(instrument, { by: ['branch'] });
      const looked = createAnalyzer(instrument, { by: ['branch'] });
      // At each read: the first item's pairs and the first dimension's listwise perception rows, as
      // read and as counted from the cells (a row with an 'x' is excluded: row 18 here).
      const answered = (cells: Cell[], column: string): boolean => !cells.includes('x') && cells[header.indexOf(column)] !== null;
      const first = instrument.dimensions[0] as (typeof instrument.dimensions)[number];
      const firstItem = (first.items[0] as { id: string }).id;
      const seen: Array<[number, number]> = [];
      const counted: Array<[number, number]> = [];
      rows.forEach((cells, i) => {
        quiet.add(reader.read(cells, i + 1));
        looked.add(reader.read(cells, i + 1));
        if ((i + 1) % 100 === 0) {
          looked.toJSON();
          const report = looked.result();
          const dimension = report.dimensions[0] as (typeof report.dimensions)[number];
          seen.push([report.items[0]?.gap?.n ?? -1, dimension.reliability.perception?.n ?? -1]);
          const sofar = rows.slice(0, i + 1);
          counted.push([
            sofar.filter((c) => answered(c, `E${firstItem}`) && answered(c, `P${firstItem}`)).length,
            sofar.filter((c) => first.items.every((item) => answered(c, `P${item.id}`))).length,
          ]);
        }
      });
      expect(seen).toEqual(counted);
      expect(JSON.stringify(looked.result())).toBe(JSON.stringify(quiet.result()));
      expect(JSON.stringify(looked.toJSON())).toBe(JSON.stringify(quiet.toJSON()));
    }
  });

  it('refuse a block of another shape, and an analyzer that closed its own blocks', () => {
    const header = ['branch', ...items('E'), ...items('P')];
    const reader = createRowReader(header, tiny);
    const rows = makeRows(header, BLOCK_ROWS + 1);
    const byBranch = createBlockAnalyzer(tiny, { by: ['branch'] });
    byBranch.add(reader.read(rows[0] as Cell[], 1));
    expect(() => foldBlock(createAnalyzer(tiny), takeBlock(byBranch))).toThrow(expect.objectContaining({ code: 'E_INVALID_STATE' }));

    const closing = createAnalyzer(tiny);
    rows.forEach((cells, i) => closing.add(reader.read(cells, i + 1)));
    expect(() => takeBlock(closing)).toThrow(expect.objectContaining({ code: 'E_INVALID_STATE' }));
  });
});

describe('analyzeCsv(file, { threads: 2 }) from the built library', () => {
  const dir = mkdtempSync(join(tmpdir(), 'servqual-blocks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same report, byte for byte, as one thread, for every method (ESM and CommonJS builds)', () => {
    ensureBuilt();
    const runs: LibraryRun[] = configs.flatMap(({ label, header, options }) => {
      const file = join(dir, `${label.replace(/\W+/g, '-')}.csv`);
      const rows = makeRows(header, 2 * BLOCK_ROWS + 1234); // three blocks
      writeFileSync(file, [header, ...rows].map((cells) => cells.map((c) => (c === null ? '' : String(c))).join(',')).join('\n'));
      return [1, 2].map((threads) => ({ name: `${label}, ${threads}`, file, instrument: tiny, options: { ...options, threads } }));
    });
    for (const format of ['esm', 'cjs'] as const) {
      const results = analyzeCsvFromDist(format, runs, dir);
      for (const { label } of configs) {
        const [one, two] = [results[`${label}, 1`], results[`${label}, 2`]];
        expect(JSON.parse(one?.json ?? '{}')).toMatchObject({ sample: { rows: 2 * BLOCK_ROWS + 1234 } });
        expect(JSON.parse(one?.json ?? '{}').sample.excluded).toBeGreaterThan(0);
        expect(two).toEqual({ ...one, workers: Math.min(2, availableParallelism()) - 1 });
      }
    }
  }, 120_000);
});
