import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diagnose, GAP_MODEL, gapFactors, servqual22, welchTTest, type DiagnosisReport, type GapDiagnosis } from '../src/index.js';
import { diagnoseCsv } from '../src/node/index.js';
import { compareToReference } from './helpers/compareToReference.js';

// Golden values from test/fixtures/diagnose/make.R (R 4.2.2: t.test(var.equal = FALSE), p.adjust,
// psych 2.2.9 alpha).
const fixture = (file: string): string => fileURLToPath(new URL(`./fixtures/diagnose/${file}`, import.meta.url));
const gap = (r: DiagnosisReport, n: number): GapDiagnosis => {
  const g = r.gaps.find((x) => x.gap === n);
  if (g === undefined) throw new Error(`no gap ${n}`);
  return g;
};

describe('diagnoseCsv({ customers, managers, staff })', () => {
  it('agrees with R: Welch per dimension and item (gap 1), staff constructs and gaps (1–4), overall gap (5)', async () => {
    const expected = JSON.parse(readFileSync(fixture('expected.json'), 'utf8')) as {
      gap1: unknown;
      staff: unknown[];
      gap5: unknown;
    };
    const report = await diagnoseCsv(
      { customers: fixture('customers.csv'), managers: fixture('managers.csv'), staff: fixture('staff.csv') },
      { instrument: servqual22 },
    );
    const results = [
      compareToReference(gap(report, 1), expected.gap1),
      ...expected.staff.map((s, i) => compareToReference(gap(report, i + 1).staff, s)),
      compareToReference(gap(report, 5).customer?.overall, expected.gap5),
    ];
    expect(results.flatMap((r) => r.mismatches)).toEqual([]);
    expect(results.reduce((s, r) => s + r.checked, 0)).toBeGreaterThan(400);
    expect(report.gaps.every((g) => g.measured)).toBe(true);
    // ordered by severity, widest first
    const severities = report.gaps.map((g) => g.severity ?? 0);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
  });

  it('names the weakest constructs with their remedies', async () => {
    const report = await diagnoseCsv({ customers: fixture('customers.csv'), staff: fixture('staff.csv') }, { instrument: servqual22 });
    // construct means from make.R: role ambiguity 2.51 is the lowest of gap 3 and below the midpoint 3
    const g3 = gap(report, 3);
    expect(g3.staff?.weakest[0]?.id).toBe('roleAmbiguity');
    expect(g3.remedies[0]?.en).toBe('Make roles, standards and how performance is judged clear to every employee');
  });
});

describe('diagnose({ customers }) with only the customer survey', () => {
  it('measures gap 5 and says what the others need', async () => {
    const rows = [
      { E1: 6, P1: 4 },
      { E1: 7, P1: 5 },
      { E1: 6, P1: 5 },
    ];
    const oneItem = { ...servqual22, dimensions: [{ id: 'd', name: { en: 'D', zh: '维' }, items: [{ id: '1' }] }] };
    const report = await diagnose({ customers: rows }, { instrument: oneItem });
    expect(report.gaps.map((g) => [g.gap, g.measured])).toEqual([
      [5, true],
      [1, false],
      [2, false],
      [3, false],
      [4, false],
    ]);
    expect(gap(report, 1).notMeasured?.needs).toEqual(['managers', 'staff']);
    expect(gap(report, 2).notMeasured?.reason.en).toBe('Not measured: it needs a staff survey of the organisational causes (the gapFactors instrument).');
    expect(gap(report, 5).remedies.length).toBeGreaterThan(0);
  });
});

describe('welchTTest(a, b)', () => {
  it('matches the hand computation — the doc example', () => {
    // se = √(1/3 + 1/3); df = (2/3)² / (2·(1/3)²/2) = 4
    const t = welchTTest({ n: 3, mean: 2, sd: 1 }, { n: 3, mean: 5, sd: 1 });
    expect(t.t).toBeCloseTo(-3 / Math.sqrt(2 / 3), 14);
    expect(t.df).toBeCloseTo(4, 14);
  });
});

describe('the gap model and the staff instrument', () => {
  it('have five gaps with Chinese names, and constructs with reverse-keyed negative items', () => {
    expect(GAP_MODEL.map((g) => `${g.id}:${g.name.zh}`)).toEqual([
      'knowledge:认知差距',
      'standards:标准差距',
      'delivery:交付差距',
      'communication:宣传差距',
      'customer:顾客差距',
    ]);
    const reversed = gapFactors.dimensions.filter((d) => d.items.every((i) => i.reverse === true)).map((d) => d.id);
    expect(reversed).toEqual(['roleConflict', 'roleAmbiguity', 'overpromising']);
    expect(gapFactors.dimensions.every((d) => d.items.length >= 2 && d.items.length <= 4)).toBe(true);
  });
});

describe('servqual diagnose', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const run = (args: string[]) => spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'diagnose', ...args], { encoding: 'utf8' });
  it('prints all five gaps in English and in Chinese', () => {
    const files = ['--customers', fixture('customers.csv'), '--managers', fixture('managers.csv'), '--staff', fixture('staff.csv')];
    const en = run(files);
    expect(en.status).toBe(0);
    for (const name of ['Knowledge gap', 'Standards gap', 'Delivery gap', 'Communication gap', 'Customer gap']) expect(en.stdout).toContain(name);
    const zh = run([...files, '--lang', 'zh']);
    for (const name of ['认知差距', '标准差距', '交付差距', '宣传差距', '顾客差距']) expect(zh.stdout).toContain(name);
  });
  it('says what it cannot measure with only the customer survey', () => {
    const r = run(['--customers', fixture('customers.csv')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('*Not measured: it needs a management survey');
  });
  it('needs --customers', () => {
    expect(run([]).status).toBe(2);
  });
});
