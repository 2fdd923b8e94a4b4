import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzerFromJSON, createAnalyzer, createRowReader, cronbachAlpha, type Report } from '../src/index.js';
import { compareToReference } from './helpers/compareToReference.js';
import { tiny, TINY_HEADER } from './helpers/tiny.js';

// Property tests of the invariants in issue 3, with a fixed seed so CI runs are repeatable.
// FC_SEED and FC_RUNS override them for longer runs, e.g. FC_RUNS=5000 npx vitest run test/properties.test.ts
const SEED = Number(process.env['FC_SEED'] ?? 20261122);
const RUNS = Number(process.env['FC_RUNS'] ?? 100);
const answer = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 7 }) }, { weight: 1, arbitrary: fc.constant(null) });
const survey = fc.array(fc.array(answer, { minLength: 8, maxLength: 8 }), { minLength: 3, maxLength: 60 });

function report(rows: ReadonlyArray<ReadonlyArray<number | null>>): Report {
  return analyze({ header: TINY_HEADER, rows }, { instrument: tiny });
}

/** No NaN or ±Infinity anywhere in a report: undefined statistics must be null. */
function expectFinite(value: unknown, path = 'report'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  else if (Array.isArray(value)) value.forEach((v, i) => expectFinite(v, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) expectFinite(v, `${path}.${k}`);
}

/**
 * Every number of b equals a's to `rel` relative (p-values 100·rel), or to 1e-13 absolute for values on
 * the answer scale that are differences of near-equal numbers; everything else is identical.
 */
function expectSame(a: Report, b: Report, rel = 1e-12): void {
  const result = compareToReference(a, JSON.parse(JSON.stringify(b)), { rel, pRel: rel * 100, abs: 1e-13 });
  expect(result.mismatches).toEqual([]);
}

describe('analyze() invariants (fast-check)', () => {
  it('identical E and P give zero gaps', () => {
    fc.assert(
      fc.property(fc.array(fc.array(answer, { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 40 }), (halves) => {
        const r = report(halves.map((h) => [...h, ...h]));
        for (const x of [...r.items.map((i) => i.gap), ...r.dimensions.map((d) => d.gap)]) {
          if (x !== undefined && x.n > 0) expect([x.mean, x.sd ?? 0]).toEqual([0, 0]);
        }
        const o = r.overall as { unweighted: { n: number; mean: number | null } };
        if (o.unweighted.n > 0) expect(o.unweighted.mean).toBe(0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('shuffling respondents changes nothing', () => {
    fc.assert(
      fc.property(survey, fc.integer(), (rows, salt) => {
        const shuffled = rows
          .map((r, i) => ({ r, k: Math.sin(i * 12.9898 + salt) }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.r);
        const a = report(rows);
        const b = report(shuffled);
        expectFinite(a);
        // row numbers in data-quality issues follow input order; everything else must agree
        expectSame({ ...a, dataQuality: b.dataQuality }, b);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  const configs = [
    { label: 'servqual, listwise alpha', header: TINY_HEADER, options: {} },
    { label: 'servqual, pairwise alpha', header: TINY_HEADER, options: { reliability: 'pairwise' as const } },
    { label: 'servperf', header: ['P1', 'P2', 'P3', 'P4'], options: { method: 'servperf' as const } },
    {
      label: 'three-column',
      header: ['MIN1', 'MIN2', 'MIN3', 'MIN4', 'DES1', 'DES2', 'DES3', 'DES4', 'P1', 'P2', 'P3', 'P4'],
      options: { method: 'three-column' as const },
    },
  ];
  for (const { label, header, options } of configs) {
    it(`merging any split of the data equals one pass, also through toJSON (${label})`, () => {
      const rows = fc.array(fc.array(answer, { minLength: header.length, maxLength: header.length }), { minLength: 3, maxLength: 60 });
      fc.assert(
        fc.property(rows, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.boolean(), (data, cuts, leftFirst) => {
          const reader = createRowReader(header, tiny, options);
          const whole = createAnalyzer(tiny, options);
          data.forEach((cells, i) => whole.add(reader.read(cells, i + 1)));

          const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((x, y) => x - y);
          const bounds = [0, ...points, data.length];
          const shards = bounds.slice(1).map((end, s) => {
            const a = createAnalyzer(tiny, options);
            const start = bounds[s] ?? 0;
            data.slice(start, end).forEach((cells, i) => a.add(reader.read(cells, start + i + 1)));
            return analyzerFromJSON(tiny, JSON.parse(JSON.stringify(a.toJSON())));
          });
          // fold left ((a·b)·c) or right (a·(b·c)): merge must not care
          const merged = leftFirst ? shards.reduce((acc, s) => acc.merge(s)) : shards.reduceRight((acc, s) => s.merge(acc));
          const result = whole.result();
          expectFinite(result);
          expectSame(result, merged.result());
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }

  it('alpha does not change when a constant is added to one item', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 50 }),
        fc.integer({ min: 0, max: 3 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (rows, item, shift) => {
          const a = cronbachAlpha(rows);
          const b = cronbachAlpha(rows.map((r) => r.map((x, j) => (j === item ? x + shift : x))));
          const result = compareToReference(b, JSON.parse(JSON.stringify(a)), { rel: 1e-9 });
          expect(result.mismatches).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: 2 * RUNS },
    );
  });
});
