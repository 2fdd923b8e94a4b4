import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  correlation,
  linkUnits,
  renderLinkageCsv,
  renderLinkageHtml,
  renderLinkageMarkdown,
  servqual22,
  ServqualError,
  unitMeasures,
} from '../src/index.js';
import { linkCsv, readBusinessCsv } from '../src/node/index.js';
import { tempDir } from './helpers/tempDir.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = (name: string): string => join(root, 'examples', name);
interface GoldenPair {
  from: string;
  to: string;
  r: number;
  ci95: [number, number];
  p: number;
  rho: number;
  slope: number;
}
// test/fixtures/link/linkage.R: R aggregates the raw example files by branch itself, then cor.test
// (Pearson and Spearman) and lm on the branch means.
const golden = JSON.parse(readFileSync(join(root, 'test/fixtures/link/linkage.json'), 'utf8')) as { units: string[]; teamwork: number[]; pairs: GoldenPair[] };
const files = {
  staff: example('hotel-staff-by-branch.csv'),
  customers: example('hotel-customers-by-branch.csv'),
  business: example('hotel-branch-business.csv'),
};

describe('linkUnits: the service-profit chain by branch', async () => {
  const report = await linkCsv(files, { instrument: servqual22, by: 'branch' });

  it("matches R's cor.test, Pearson and Spearman, on the branch means of the bundled example", () => {
    expect(report.units.map((u) => u.unit)).toEqual(golden.units);
    report.units.forEach((u, i) => {
      expect(u.staff.teamwork).toBeCloseTo(golden.teamwork[i] as number, 12);
    });
    for (const g of golden.pairs) {
      const pair = report.pairs.find((p) => p.from.id === g.from && p.to.id === g.to);
      expect(pair, `${g.from} → ${g.to}`).toBeDefined();
      expect(pair?.units).toBe(11);
      expect(pair?.r).toBeCloseTo(g.r, 12);
      expect(pair?.ci95?.[0]).toBeCloseTo(g.ci95[0], 12);
      expect(pair?.ci95?.[1]).toBeCloseTo(g.ci95[1], 12);
      expect(pair?.p).toBeCloseTo(g.p, 10);
      expect(pair?.rho).toBeCloseTo(g.rho, 12);
      expect(pair?.slope).toBeCloseTo(g.slope, 10);
    }
  });

  it('leaves out and lists a unit under --min-unit, and flags units below both medians', () => {
    // make-link-surveys.mjs gives Airport 6 staff: fewer than 10.
    expect(report.excluded).toEqual([
      { unit: 'Airport', staffN: 6, customerN: 28, code: 'SMALL', reason: 'fewer than 10 respondents (staff 6, customers 28)' },
    ]);
    // 11 branches: the medians are the 6th values; strictly below both
    const below = report.units.filter(
      (u) => (u.staff.overall as number) < (report.medians.staff as number) && (u.customers.overall as number) < (report.medians.customers as number),
    );
    expect(report.units.filter((u) => u.bothBelowMedian).map((u) => u.unit)).toEqual(below.map((u) => u.unit));
    expect(below.length).toBeGreaterThan(0);
    const small = linkUnits({ staff: analyzeStaff(), customers: analyzeStaff() }, { by: 'branch', minUnit: 3 });
    expect(small.excluded.map((e) => e.code)).toEqual(['SMALL', 'SMALL', 'SMALL']);
  });

  it('renders md, html with the scatter, csv and json, en and zh, escaped', () => {
    const md = renderLinkageMarkdown(report);
    expect(md).toContain('11 units (branch) linked; 1 left out');
    expect(md).toContain('| Lakeside | 13 | 33 |');
    expect(renderLinkageMarkdown(report, 'zh')).toContain('员工总体');
    const html = renderLinkageHtml(report, 'zh');
    expect(html).toContain('id="chart-linkage"');
    expect((html.match(/class="point/g) ?? []).length).toBe(11);
    expect(html).toContain('<html lang="zh-CN">');
    const csv = renderLinkageCsv(report).split('\r\n');
    expect(csv[0]).toBe('\ufefffromSide,from,toSide,to,units,r,rho,ci95Low,ci95High,p,slope,belowMedian');
    // 17 staff measures (16 constructs and overall) × 6 customer measures, then 6 × 2 business figures
    expect(csv.length - 2).toBe(17 * 6 + 6 * 2);
  });
});

/** A made-up staff survey of three branches of two respondents each (too few for minUnit 3). */
function analyzeStaff() {
  const rows = ['A', 'A', 'B', 'B', 'C', 'C'].map((branch, i) =>
    Object.fromEntries([['branch', branch], ...servqual22.dimensions.flatMap((d) => d.items.map((it) => [`P${it.id}`, 1 + (i % 5)]))]),
  );
  return analyze(rows, { instrument: servqual22, method: 'servperf', by: ['branch'] });
}

describe('correlation(xs, ys, weights)', () => {
  it('weights units: a hand computation', () => {
    // x = 1, 2, 3, y = 1, 3, 2 with weights 1, 1, 2: weighted means x̄ = 9/4, ȳ = 2;
    // Σw·dx·dy = (−1.25)(−1) + (−0.25)(1) + 2(0.75)(0) = 1; Σw·dx² = 1.5625 + 0.0625 + 2·0.5625 = 2.75;
    // Σw·dy² = 1 + 1 + 0 = 2. r = 1/√5.5 = 0.42640; slope = 1/2.75 = 0.36364. Unweighted r = 0.5.
    const w = correlation([1, 2, 3], [1, 3, 2], [1, 1, 2]);
    expect(w.r).toBeCloseTo(1 / Math.sqrt(5.5), 14);
    expect(w.slope).toBeCloseTo(1 / 2.75, 14);
    expect(correlation([1, 2, 3], [1, 3, 2]).r).toBeCloseTo(0.5, 14);
    expect(correlation([1, 2], [2, 1]).r).toBeNull();
  });

  it('weights by respondents in linkUnits when asked', async () => {
    const weighted = await linkCsv(files, { instrument: servqual22, by: 'branch', weighted: true });
    const unweighted = golden.pairs[0] as GoldenPair;
    const pair = weighted.pairs.find((p) => p.from.id === unweighted.from && p.to.id === unweighted.to);
    const units = weighted.units;
    const expected = correlation(
      units.map((u) => u.staff.teamwork as number),
      units.map((u) => u.customers.reliability as number),
      units.map((u) => 1 / (1 / u.staffN + 1 / u.customerN)),
    );
    expect(pair?.r).toBeCloseTo(expected.r as number, 14);
    expect(pair?.r).not.toBeCloseTo(unweighted.r, 6);
    expect(weighted.weighted).toBe(true);
  });
});

describe('servqual link and its inputs', () => {
  const dir = tempDir('servqual-link-');
  it('reads the business file, naming a bad cell', async () => {
    const file = join(dir, 'business.csv');
    writeFileSync(file, 'branch,revpar\nA,12.5\nB,n/a\n');
    await expect(readBusinessCsv(file, 'branch')).rejects.toThrow('business file: row 2, column revpar: "n/a" is not a number');
    await expect(readBusinessCsv(file, 'store')).rejects.toThrow('business file: no column "store"');
  });

  it('rejects reports not segmented by the unit column', () => {
    const rows = [{ branch: 'A', ...Object.fromEntries(servqual22.dimensions.flatMap((d) => d.items.map((it) => [`P${it.id}`, 4]))) }];
    const plain = analyze(rows, { instrument: servqual22, method: 'servperf' });
    expect(() => linkUnits({ staff: plain, customers: plain }, { by: 'branch' })).toThrow(ServqualError);
  });

  it('runs from the command line, exits nonzero without --by', () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'link', ...args], { encoding: 'utf8' });
    const ok = cli('--staff', files.staff, '--customers', files.customers, '--by', 'branch', '--format', 'json', '--min-unit', '5');
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { units: unknown[] }).units).toHaveLength(12);
    const bad = cli('--staff', files.staff, '--customers', files.customers);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--by COLUMN');
  });
});

describe('unitMeasures(report, column)', () => {
  it('takes every per-segment figure with a value, so outcome measures join the linkage when segments carry them', () => {
    const report = analyzeStaff();
    // A segment as a report with outcomes would carry them (CSI 0–100, NPS in points): made up here.
    const withOutcomes = {
      ...report,
      segments: {
        branch: (report.segments?.branch ?? []).map((s, i) => ({
          ...s,
          outcomes: { csi: { n: 2, value: 60 + i, ci95: [50, 70] }, nps: { n: 2, value: 10 - 10 * i, se: 5 } },
        })),
      },
    } as typeof report;
    const { measures, units } = unitMeasures(withOutcomes, 'branch');
    expect(measures.map((m) => m.id)).toEqual([...servqual22.dimensions.map((d) => d.id), 'overall', 'csi', 'nps']);
    expect(units.map((u) => [u.unit, u.values.csi, u.values.nps])).toEqual([
      ['A', 60, 10],
      ['B', 61, 0],
      ['C', 62, -10],
    ]);
  });
});
