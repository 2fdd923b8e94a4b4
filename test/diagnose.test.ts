import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diagnose, GAP_MODEL, gapEvidenceOf, gapFactors, servqual22, welchTTest, type DiagnosisReport, type GapDiagnosis } from '../src/index.js';
import { analyzeCsv, diagnoseCsv } from '../src/node/index.js';
import { compareToReference } from './helpers/compareToReference.js';
import { tempDir } from './helpers/tempDir.js';

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

describe('remedies and causes (issue 16)', () => {
  it('never lists a remedy twice, nor a model remedy next to a weak construct’s remedy that says the same', async () => {
    const report = await diagnoseCsv(
      { customers: fixture('customers.csv'), managers: fixture('managers.csv'), staff: fixture('staff.csv') },
      { instrument: servqual22 },
    );
    const all = report.gaps.flatMap((g) => g.remedies.map((r) => r.en));
    expect(new Set(all).size).toBe(all.length);
    for (const g of report.gaps) {
      const weak = new Set(g.staff?.weakest.map((c) => c.id) ?? []);
      const model = GAP_MODEL.find((m) => m.gap === g.gap)?.remedies ?? [];
      for (const r of model)
        if (r.covers.some((c) => weak.has(c)))
          expect(
            g.remedies.map((x) => x.en),
            `gap ${g.gap}`,
          ).not.toContain(r.en);
    }
    // the pairs the issue quotes: one of each is left
    expect(all.filter((r) => /^Promise only what is delivered/.test(r)).length).toBeLessThanOrEqual(1);
    expect(all.filter((r) => /^(Remove layers|Flatten the hierarchy)/.test(r)).length).toBeLessThanOrEqual(1);
  });

  it('orders the causes of each shortfall by the measured gaps when a diagnosis is given', async () => {
    const diagnosis = await diagnoseCsv(
      { customers: fixture('customers.csv'), managers: fixture('managers.csv'), staff: fixture('staff.csv') },
      { instrument: servqual22 },
    );
    const evidence = gapEvidenceOf(diagnosis, 6);
    const typical = await analyzeCsv(fixture('customers.csv'), { instrument: servqual22 });
    const measured = await analyzeCsv(fixture('customers.csv'), { instrument: servqual22, gapEvidence: evidence });
    const acting = measured.priorities.filter((p) => p.level === 'dimension' && p.causes !== undefined);
    expect(acting.length).toBeGreaterThan(0);
    for (const p of acting) {
      const causes = p.causes ?? [];
      // measured open gaps first, widest first; severities as the diagnosis measured them (gap 1 also per dimension)
      const open = causes.filter((c) => c.basis === 'measured' && (c.severity ?? 0) > 0);
      expect(causes.slice(0, open.length)).toEqual(open);
      expect(open.map((c) => c.severity)).toEqual(open.map((c) => c.severity).sort((a, b) => (b ?? 0) - (a ?? 0)));
      for (const c of open) {
        const g = diagnosis.gaps.find((x) => x.gap === c.gap);
        const perDimension = g?.dimensions?.find((d) => d.id === p.id);
        const expected = Math.max(
          g?.severity ?? 0,
          c.gap === 1 && perDimension?.difference.significant === true ? Math.abs(perDimension.difference.mean ?? 0) / 6 : 0,
        );
        expect(c.severity).toBeCloseTo(expected, 12);
      }
    }
    // without a diagnosis: the typical order of docs/statistics.md, reliability's gaps 3, 4, 2
    const rel = typical.priorities.find((p) => p.level === 'dimension' && p.id === 'reliability');
    expect(rel?.causes?.map((c) => [c.gap, c.basis])).toEqual([
      [3, 'typical'],
      [4, 'typical'],
      [2, 'typical'],
    ]);
    // remedies are given once in a report
    const remedies = measured.priorities.flatMap((p) => p.causes ?? []).flatMap((c) => c.remedies.map((r) => r.en));
    expect(new Set(remedies).size).toBe(remedies.length);
  });
});

describe('diagnose (issue 17, item 6)', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const cli = (args: string[], input?: string) =>
    spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'diagnose', ...args], { encoding: 'utf8', ...(input === undefined ? {} : { input }) });
  const all = ['--customers', fixture('customers.csv'), '--managers', fixture('managers.csv'), '--staff', fixture('staff.csv')];
  const expected = JSON.parse(readFileSync(fixture('expected.json'), 'utf8')) as {
    staff: Array<{ constructs: Array<{ id: string; score: { mean: number } }> }>;
    gap5: { mean: number };
  };

  it('puts every severity on one scale: points from the healthy reference over the scale range, each measure kept', async () => {
    const report = await diagnoseCsv(
      { customers: fixture('customers.csv'), managers: fixture('managers.csv'), staff: fixture('staff.csv') },
      { instrument: servqual22 },
    );
    // Gap 3 from staff: role ambiguity's mean 2.50625 (make.R) is 0.49375 below the midpoint 3 of 1–5,
    // a range of 4: 0.49375 / 4 = 0.1234375 (not 0.49375 / 2, the half range it was divided by).
    const ambiguity = expected.staff[2]?.constructs.find((c) => c.id === 'roleAmbiguity')?.score.mean ?? Number.NaN;
    expect(gap(report, 3).severity).toBeCloseTo((3 - ambiguity) / 4, 12);
    expect(gap(report, 3).measures).toEqual([
      {
        source: 'staff',
        measure: 'weakestConstruct',
        points: expect.closeTo(3 - ambiguity, 12),
        scale: { min: 1, max: 5 },
        share: expect.closeTo((3 - ambiguity) / 4, 12),
      },
    ]);
    // Gap 5 from customers: the overall gap −0.589022 (make.R, p < .001) over the range 6 of 1–7.
    expect(gap(report, 5).severity).toBeCloseTo(-expected.gap5.mean / 6, 12);
    expect(gap(report, 5).measures.map((m) => [m.source, m.measure])).toEqual([['customers', 'overallShortfall']]);
    // Gap 1 is measured twice, by managers and by staff; its severity is the larger share.
    const g1 = gap(report, 1);
    expect(g1.measures.map((m) => m.source)).toEqual(['managers', 'staff']);
    expect(g1.severity).toBe(Math.max(...g1.measures.map((m) => m.share)));
  });

  it('defines severity in the report, shows each measure, and says that a higher construct score is healthier', () => {
    const en = cli(all);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('Severity is how far a gap is open, in points of its survey’s answer scale away from the healthy reference');
    expect(en.stdout).toMatch(/Severity: 12\.3% \(staff: the weakest construct 0\.49 points below the midpoint 3 of 1–5\)/);
    expect(en.stdout).toContain('| Construct | Score (higher is healthier) | α |');
    expect(en.stdout).toContain('| Role ambiguity ↺ (Weakest) | 2.51 |');
    expect(en.stdout).toContain('recoded 6 − answer, so a low score there means staff agree with the problem');
    const zh = cli([...all, '--lang', 'zh']);
    expect(zh.stdout).toContain('| 构念 | 得分（越高越健康） | α |');
    expect(zh.stdout).toContain('| 角色模糊 ↺（最薄弱） | 2.51 |');
  });

  it('names the dimensions of the gap-1 table in the report’s language, and writes no English head in Chinese', () => {
    const zh = cli([...all, '--lang', 'zh']);
    expect(zh.stdout).toContain('| 维度 | 顾客 | 管理者 | 差异 | 校正 p 值 |');
    for (const name of ['有形性', '可靠性', '响应性', '保证性', '移情性']) expect(zh.stdout).toContain(`| ${name} |`);
    expect(zh.stdout).not.toMatch(/\| (tangibles|reliability|responsiveness|assurance|empathy) \|/);
    expect(zh.stdout).not.toContain('p (adj.)');
    expect(zh.stdout).toContain('⚑ 管理者对顾客期望的判断有偏差。');
    expect(cli(all).stdout).toContain('| Tangibles |');
  });

  it('reads --customers - from standard input, as the other commands read -', () => {
    const fromFile = cli(['--customers', fixture('customers.csv'), '--format', 'json']);
    const fromStdin = cli(['--customers', '-', '--format', 'json'], readFileSync(fixture('customers.csv'), 'utf8'));
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(cli(['--customers', fixture('customers.csv'), '--staff', '-']).status).toBe(2);
  });

  it('writes html and csv, in English and Chinese, with every text escaped', () => {
    const dir = tempDir('servqual-diagnose-');
    // A customer instrument whose dimension name is hostile: markup in HTML, a formula in CSV.
    const instrument = {
      id: 'hostile',
      name: { en: 'Hostile' },
      scale: { min: 1, max: 7 },
      dimensions: [{ id: 'd', name: { en: '=HYPERLINK("x")<img src=x>', zh: '=危险<b>' }, items: [{ id: '1' }, { id: '2' }] }],
    };
    writeFileSync(join(dir, 'hostile.json'), JSON.stringify(instrument));
    writeFileSync(join(dir, 'customers.csv'), 'E1,E2,P1,P2\n6,6,5,4\n7,6,5,5\n6,7,4,5\n');
    writeFileSync(join(dir, 'managers.csv'), 'E1,E2\n5,5\n6,5\n5,6\n');
    const files = ['--customers', join(dir, 'customers.csv'), '--managers', join(dir, 'managers.csv'), '--instrument', join(dir, 'hostile.json')];
    const html = cli([...files, '--format', 'html']);
    expect(html.status).toBe(0);
    expect(html.stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.stdout).toContain('<section id="gap-5">');
    expect(html.stdout).toContain('=HYPERLINK(&quot;x&quot;)&lt;img src=x&gt;');
    expect(html.stdout).not.toContain('<img');
    const zhHtml = cli([...files, '--format', 'html', '--lang', 'zh']);
    expect(zhHtml.stdout).toContain('<html lang="zh-CN">');
    expect(zhHtml.stdout).toContain('=危险&lt;b&gt;');
    const csv = cli([...files, '--format', 'csv']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFFive-gap diagnosis of service quality\r\nGap,Name,Measured,Severity\r\n')).toBe(true);
    expect(csv.stdout).toContain('\r\nd,"\'=HYPERLINK(""x"")<img src=x>",');
    const zhCsv = cli([...files, '--format', 'csv', '--lang', 'zh']);
    expect(zhCsv.stdout).toContain("\r\nd,'=危险<b>,");
    const md = cli(files);
    expect(md.stdout).toContain('| =HYPERLINK("x")&lt;img src=x&gt; |');
    // --out writes the file
    const out = join(dir, 'diagnosis.html');
    expect(cli([...files, '--format', 'html', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(html.stdout);
  });
});

describe('servqual template --instrument gap-factors: the staff questionnaire (issue 17, item 6)', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const template = (args: string[]) =>
    spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'template', '--instrument', 'gap-factors', ...args], { encoding: 'utf8' });
  it('has one column per statement and nothing a staff survey does not ask, whatever the method', () => {
    const ids = gapFactors.dimensions.flatMap((d) => d.items.map((i) => i.id));
    expect(ids.length).toBe(35);
    for (const method of [[], ['--method', 'servperf']]) expect(template(method).stdout).toBe(`${ids.join(',')}\n`);
  });
  it('asks staff to agree with statements about their work, not about "an excellent company", in en and zh', () => {
    const en = template(['--questionnaire']).stdout;
    expect(en).toContain('How far do you agree with each statement about your work here? (1 = strongly disagree, 5 = strongly agree)');
    expect(en).toContain('    [RAM1] I am often unsure what is expected of me in my job.');
    for (const wrong of ['excellent company', 'Share 100 points', 'Overall, how satisfied', '[W_', '[overall]']) expect(en).not.toContain(wrong);
    const zh = template(['--questionnaire', '--lang', 'zh']).stdout;
    expect(zh).toContain('您在多大程度上同意以下关于您在这里工作的陈述？ （1 = 非常不同意，5 = 非常同意）');
    for (const wrong of ['优秀的同类公司', '100 分', '满意程度']) expect(zh).not.toContain(wrong);
  });
});
