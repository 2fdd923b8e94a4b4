import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { getInstrument, type Instrument } from '../src/index.js';
import { analyzeCsv, loadInstrument } from '../src/node/index.js';
import { compareToReference } from './helpers/compareToReference.js';

// Golden values from R 4.2.2 (t.test, p.adjust, psych 2.2.9 alpha), written by each fixture's make.R
// through test/fixtures/_lib/reference.R. See test/fixtures/SOURCE.md.
const fixture = (name: string, file: string): string => fileURLToPath(new URL(`./fixtures/${name}/${file}`, import.meta.url));

const cases: Array<{ name: string; instrument: () => Promise<Instrument> }> = [
  { name: 'servqual-complete', instrument: async () => getInstrument('servqual22') },
  { name: 'servqual-missing', instrument: async () => getInstrument('servqual22') },
  { name: 'servqual-small40', instrument: async () => getInstrument('servqual22') },
  { name: 'three-column', instrument: async () => getInstrument('servqual22') },
  { name: 'custom-reverse', instrument: () => loadInstrument(fixture('custom-reverse', 'instrument.json')) },
  { name: 'servperf-100', instrument: () => loadInstrument(fixture('servperf-100', 'instrument.json')) },
];

describe('analyzeCsv(file) agrees with R to 1e-9 relative (p-values 1e-6)', () => {
  // The largest relative error per statistic over all cases, printed for the record (SERVQUAL_AGREEMENT=1).
  const worst = new Map<string, number>();
  afterAll(() => {
    if (process.env.SERVQUAL_AGREEMENT !== '1') return;
    const rows = [...worst].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `| ${k} | ${v.toExponential(1)} |`);
    console.log(['| statistic | largest relative error |', '|---|---|', ...rows].join('\n'));
  });

  for (const c of cases) {
    it(c.name, async () => {
      const expected = JSON.parse(readFileSync(fixture(c.name, 'expected.json'), 'utf8')) as Record<string, unknown>;
      const report = await analyzeCsv(fixture(c.name, 'data.csv'), { instrument: await c.instrument() });
      const { inversions, ...rest } = expected;
      const result = compareToReference(report, rest);
      for (const [k, v] of result.maxError) worst.set(k, Math.max(worst.get(k) ?? 0, v));
      if (inversions !== undefined) expect(report.dataQuality.inversions).toBe(inversions);
      expect(result.mismatches.slice(0, 10)).toEqual([]);
      expect(result.checked).toBeGreaterThan(100);
    });
  }
});

describe('compareToReference(report, expected)', () => {
  it('fails when one reference value is off by 1e-8 relative', async () => {
    const expected = JSON.parse(readFileSync(fixture('servqual-complete', 'expected.json'), 'utf8')) as {
      dimensions: Array<{ reliability: { perception: { alpha: number } } }>;
    };
    const report = await analyzeCsv(fixture('servqual-complete', 'data.csv'), { instrument: getInstrument('servqual22') });
    const first = expected.dimensions[0];
    if (first === undefined) throw new Error('fixture has no dimensions');
    first.reliability.perception.alpha *= 1 + 1e-8;
    const result = compareToReference(report, { dimensions: expected.dimensions });
    expect(result.mismatches).toHaveLength(1);
    expect(result.mismatches[0]).toMatch(/^dimensions\[0\]\.reliability\.perception\.alpha/);
  });
});

describe('analyzeCsv(file, { reliability: "pairwise" }) agrees with psych::alpha(x) on missing data', () => {
  it('servqual-missing', async () => {
    const expected = JSON.parse(readFileSync(fixture('servqual-missing', 'expected-pairwise.json'), 'utf8')) as unknown;
    const report = await analyzeCsv(fixture('servqual-missing', 'data.csv'), { instrument: getInstrument('servqual22'), reliability: 'pairwise' });
    const result = compareToReference(report, expected);
    expect(result.mismatches.slice(0, 10)).toEqual([]);
    expect(result.checked).toBeGreaterThan(150);
    // listwise and pairwise differ on these data, so the option is really in effect
    const listwise = await analyzeCsv(fixture('servqual-missing', 'data.csv'), { instrument: getInstrument('servqual22') });
    expect(listwise.dimensions[0]?.reliability.perception?.alpha).not.toBeCloseTo(report.dimensions[0]?.reliability.perception?.alpha ?? 0, 6);
  });
});

describe('importance agrees with R', () => {
  it('derived: cor.test, lm(scale(y) ~ scale(X)) and relative weights on servperf-100', async () => {
    const expected = JSON.parse(readFileSync(fixture('servperf-100', 'expected-drivers.json'), 'utf8')) as unknown;
    const report = await analyzeCsv(fixture('servperf-100', 'data.csv'), { instrument: await loadInstrument(fixture('servperf-100', 'instrument.json')) });
    const result = compareToReference(report, expected);
    expect(result.mismatches).toEqual([]);
    expect(result.checked).toBe(2 + 3 * 5); // n, r2, and r, p, beta, weight, share of 3 dimensions
    // Johnson's raw weights add up to R² (to rounding)
    const sum = report.dimensions.reduce((s, d) => s + (d.importance.relativeWeight ?? 0), 0);
    expect(sum).toBeCloseTo(report.drivers?.r2 ?? Number.NaN, 14);
    expect(report.ipa.importance).toBe('derived');
  });

  it('stated: colMeans of the 100-point allocations on servqual-complete', async () => {
    const expected = JSON.parse(readFileSync(fixture('servqual-complete', 'expected-importance.json'), 'utf8')) as unknown;
    const report = await analyzeCsv(fixture('servqual-complete', 'data.csv'), { instrument: getInstrument('servqual22') });
    expect(compareToReference(report, expected).mismatches).toEqual([]);
    expect(report.ipa.importance).toBe('stated');
    expect(report.drivers).toBeNull();
  });
});
