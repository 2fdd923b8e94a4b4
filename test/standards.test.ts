import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ComplianceLog,
  ComplianceReportSchema,
  diagnose,
  fleissKappa,
  judgeResult,
  linkCustomers,
  observedCompliance,
  parseStandards,
  pearson,
  renderComplianceMarkdown,
  renderOperationsHtml,
  type ServqualError,
  servqual22,
  smartCheck,
  StandardsCheckSchema,
  ValidationError,
  wilsonInterval,
} from '../src/index.js';

// R's figures (test/reference/standards.R, its output committed beside it as standards.out.txt).
const reference = readFileSync(fileURLToPath(new URL('./reference/standards.out.txt', import.meta.url)), 'utf8');

describe('wilsonInterval: R prop.test(x, n, correct = FALSE)$conf.int', () => {
  const cases = [...reference.matchAll(/^wilson (\d+)\/(\d+): (\S+) (\S+)$/gm)];
  it('has the reference cases', () => expect(cases.length).toBe(9));
  for (const [, x, n, lo, hi] of cases) {
    it(`${x} of ${n}`, () => {
      const ci = wilsonInterval(Number(x), Number(n)) as [number, number];
      expect(ci[0]).toBeCloseTo(Number(lo), 12);
      expect(ci[1]).toBeCloseTo(Number(hi), 12);
    });
  }
  it('has no interval without observations', () => expect(wilsonInterval(0, 0)).toBeNull());
});

describe('fleissKappa: the Wikipedia "Fleiss\' kappa" worked example (10 subjects, 14 raters, 5 categories)', () => {
  // The page prints P̄ = 0.378, P̄e = 0.213, κ = 0.210; standards.R recomputes them to 15 digits.
  const table = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];
  it('gives κ = 0.210 and P̄ = 0.378', () => {
    const a = fleissKappa(table);
    expect([a.subjects, a.ratings]).toEqual([10, 140]);
    expect(Math.round((a.kappa as number) * 1000) / 1000).toBe(0.21);
    expect(Math.round((a.percentAgreement as number) * 1000) / 1000).toBe(0.378);
    const [, pBar, , kappa] = /fleiss wikipedia: Pbar (\S+), Pe (\S+), kappa (\S+)/.exec(reference) ?? [];
    expect(a.kappa).toBeCloseTo(Number(kappa), 12);
    expect(a.percentAgreement).toBeCloseTo(Number(pBar), 12);
  });
  it('leaves out subjects rated once, and gives no κ when every rating is alike', () => {
    expect(
      fleissKappa([
        [1, 0],
        [0, 1],
      ]),
    ).toEqual({ subjects: 0, ratings: 0, percentAgreement: null, kappa: null });
    // Both subjects rated pass twice: P̄ = 1, but P̄e = 1 too, so κ is undefined.
    expect(
      fleissKappa([
        [2, 0],
        [2, 0],
      ]),
    ).toEqual({ subjects: 2, ratings: 4, percentAgreement: 1, kappa: null });
  });
});

describe('parseStandards', () => {
  const base = { id: 'S1', text: 'Greet' };
  it.each([
    [{ standards: [{ ...base, comparator: '<=' }] }, 'standards[0].target: comparator and target go together'],
    [{ standards: [{ ...base, band: [30, 10] }] }, 'standards[0].band: the low end 30 is above the high end 10'],
    [{ standards: [{ ...base, weight: 2, critical: true }] }, 'standards[0].weight: give a weight or critical: true, not both'],
    [{ standards: [base, base] }, 'standards[1].id: duplicate standard id "S1"'],
    [{ standards: [{ ...base, windw: 'day' }] }, 'standards[0]: Unrecognized key: "windw"'],
  ])('names the problem by its path (%#)', (json, message) => {
    expect(() => parseStandards(json)).toThrow(message);
    try {
      parseStandards(json);
    } catch (error) {
      expect((error as ServqualError).code).toBe('E_STANDARDS');
    }
  });
});

describe('judgeResult', () => {
  const band = { id: 'RS', text: 'Room service in 20–40 min', band: [20, 40] as [number, number], valid: [0, 240] as [number, number] };
  it('compares values with the band, ends included, and refuses values outside the plausible range', () => {
    expect(['20', '40', '19.5', '41', '500', 'PASS', '否'].map((t) => judgeResult(band, t))).toEqual([
      { pass: true, value: 20 },
      { pass: true, value: 40 },
      { pass: false, value: 19.5 },
      { pass: false, value: 41 },
      { problem: 'implausible', value: 500 },
      { pass: true, value: null },
      { pass: false, value: null },
    ]);
  });
  it('reads a decimal comma when asked', () => {
    expect(judgeResult({ id: 'T', text: 't', comparator: '<', target: 5 }, '4,5', ',')).toEqual({ pass: true, value: 4.5 });
  });
});

describe('smartCheck', () => {
  const register = parseStandards({
    standards: [
      { id: 'OK', text: 'Answer by the third ring', metric: 'rings', unit: 'rings', comparator: '<=', target: 3, items: ['10'], window: 'day' },
      { id: 'BARE', text: ' ' },
      { id: 'TWO', text: 'Smile and greet', metric: '微笑和问候', unit: 'pass/fail', items: ['Z9'], window: 'week' },
    ],
  });
  it('names each missing letter and why', () => {
    const check = StandardsCheckSchema.parse(smartCheck(register, { instrument: servqual22 }));
    expect(check.standards.map((s) => [s.id, s.missing, s.findings.map((f) => `${f.letter}:${f.code}:${f.values.join(',')}`)])).toEqual([
      ['OK', [], []],
      ['BARE', ['S', 'M', 'R', 'T'], ['S:noText:', 'M:noMetric:', 'M:noUnit:', 'R:noItems:', 'T:noWindow:']],
      ['TWO', ['S', 'R'], ['S:severalMetrics:微笑和问候', 'R:unknownItems:Z9', 'R:noItems:']],
    ]);
    expect(check.standards.every((s) => s.letters.A === 'unchecked')).toBe(true);
  });
  it('questions A only for a standard observed and never met', () => {
    const observed = new Map([
      ['OK', { n: 12, passed: 0 }],
      ['TWO', { n: 4, passed: 1 }],
    ]);
    const check = smartCheck(register, { observed });
    expect(check.standards.map((s) => s.letters.A)).toEqual(['question', 'unchecked', 'ok']);
    expect(check.standards[0]?.findings).toEqual([{ letter: 'A', code: 'neverMet', values: ['12'] }]);
  });
});

describe('ComplianceLog', () => {
  const register = parseStandards({
    standards: [
      { id: 'CLEAN', text: 'Room clean', critical: true },
      { id: 'GREET', text: 'Greet within 30 s', comparator: '<=', target: 30, valid: [0, 600], weight: 2 },
      { id: 'NAME', text: 'Use the name', weight: 1, window: 'week' },
    ],
  });
  const header = ['standard_id', 'unit', 'date', 'observer', 'result'];
  const rows = [
    // Visit A/2025-03-03/Li: critical passed; GREET passed (w 2), NAME failed (w 1) → 2/3
    ['CLEAN', 'A', '2025-03-03', 'Li', 'pass'],
    ['GREET', 'A', '2025-03-03', 'Li', '12'],
    ['NAME', 'A', '2025-03-03', 'Li', 'fail'],
    // Visit A/2025-03-03/Wang: the same day, a second observer: CLEAN fail → the visit scores 0
    ['CLEAN', 'A', '2025-03-03', 'Wang', 'fail'],
    ['GREET', 'A', '2025-03-03', 'Wang', '45'],
    // Visit B/2025-03-10/Li: GREET passed, NAME passed → 1
    ['GREET', 'B', '2025-03-10', 'Li', '30'],
    ['NAME', 'B', '2025-03-10', 'Li', 'yes'],
    // Excluded, each for its reason
    ['NOPE', 'B', '2025-03-10', 'Li', 'pass'],
    ['GREET', 'B', '2025-03-10', 'Li', '9000'],
    ['NAME', 'B', '2025-03-10', 'Li', 'maybe'],
    ['NAME', '', '2025-03-10', 'Li', 'pass'],
    ['NAME', 'B', '10/03/2025', 'Li', 'pass'],
    ['NAME', 'B'],
  ];
  const log = new ComplianceLog(header, register);
  for (const r of rows) log.add(r);
  const report = ComplianceReportSchema.parse(log.result());

  it('accounts for every row, naming the row, column and value of each excluded one', () => {
    expect(report.sample).toMatchObject({ rows: 13, used: 7, excluded: 6 });
    expect(report.dataQuality.issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ['E_UNKNOWN_STANDARD', 8, 'standard_id', 'NOPE'],
      ['E_OUT_OF_SCALE', 9, 'result', '9000'],
      ['E_INVALID_ROW', 10, 'result', 'maybe'],
      ['E_INVALID_ROW', 11, 'unit', ''],
      ['E_DATE', 12, 'date', '10/03/2025'],
      ['E_RAGGED_ROW', 13, null, null],
    ]);
    expect(report.dataQuality.issues[1]?.message).toBe('row 9, column result: "9000" is outside the plausible range 0–600 of standard GREET');
  });

  it('gives each standard n, passed, rate and its Wilson interval, and gap 3 = 1 − rate', () => {
    const greet = report.standards[1];
    // GREET: 12 ≤ 30 pass, 45 fail, 30 ≤ 30 pass → 2 of 3
    expect([greet?.n, greet?.passed, greet?.rate, greet?.gap3]).toEqual([3, 2, 2 / 3, 1 - 2 / 3]);
    expect(greet?.ci95).toEqual(wilsonInterval(2, 3));
    expect(greet?.units.map((u) => [u.unit, u.n, u.passed])).toEqual([
      ['A', 2, 1],
      ['B', 1, 1],
    ]);
    // NAME has a weekly window: 2025-03-03 is in W10, 2025-03-10 in W11; GREET has none: all dates.
    expect(report.standards[2]?.cells.map((c) => [c.unit, c.period, c.n, c.passed])).toEqual([
      ['A', '2025-W10', 1, 0],
      ['B', '2025-W11', 1, 1],
    ]);
    expect(greet?.cells.map((c) => c.period)).toEqual([null, null]);
  });

  it('scores visits: a failed critical standard fails the visit; the index is their mean', () => {
    // Visits: 2/3, 0 (critical failed), 1 → index = (2/3 + 0 + 1) / 3 = 5/9
    expect([report.overall.visits, report.overall.criticalFailed]).toEqual([3, 1]);
    expect(report.overall.index).toBeCloseTo(5 / 9, 14);
    expect(report.overall.gap3).toBeCloseTo(4 / 9, 14);
    // Unit A: (2/3 + 0) / 2 = 1/3; unit B: 1
    expect(report.units.map((u) => [u.unit, u.index])).toEqual([
      ['A', 1 / 3],
      ['B', 1],
    ]);
  });

  it("measures observers' agreement where two scored the same unit, standard and day", () => {
    // CLEAN at A on 03-03: Li pass, Wang fail → P = 0; GREET: Li pass, Wang fail → P = 0.
    // P̄ = 0; p = (2/4, 2/4), P̄e = 0.5 → κ = (0 − 0.5) / 0.5 = −1
    expect(report.agreement).toEqual({ subjects: 2, ratings: 4, percentAgreement: 0, kappa: -1 });
    expect(report.standards[2]?.agreement.subjects).toBe(0);
  });

  it('with strict, throws on the first bad row', () => {
    const strict = new ComplianceLog(header, register, { strict: true });
    expect(() => strict.add(['NOPE', 'B', '2025-03-10', 'Li', 'pass'])).toThrow(ValidationError);
  });

  it('escapes what the data says in Markdown and HTML', () => {
    const hostile = new ComplianceLog(header, parseStandards({ standards: [{ id: 'X|Y', text: '<img src=x onerror=alert(1)>' }] }));
    hostile.add(['X|Y', '<script>alert(1)</script>', '2025-03-03', 'Li', 'pass']);
    const r = hostile.result();
    const md = renderComplianceMarkdown(r);
    expect(md).not.toContain('<script');
    expect(md).not.toContain('<img');
    expect(md).toContain('X\\|Y');
    const html = renderOperationsHtml(r, 'zh');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('linkCustomers', () => {
  // Five units: compliance 0.9, 0.8, 0.6, 0.7, 0.5 (9/10, 8/10…) against the empathy gap of each unit;
  // R: cor(c(0.9, 0.8, 0.6, 0.7, 0.5), c(-0.2, -0.5, -0.9, -0.4, -1.1)) (standards.out.txt).
  const register = parseStandards({ standards: [{ id: 'NAME', text: 'Use the name', items: ['18', '22'] }] });
  const log = new ComplianceLog(['standard_id', 'unit', 'date', 'result'], register);
  const passes = { U1: 9, U2: 8, U3: 6, U4: 7, U5: 5 };
  for (const [unit, passed] of Object.entries(passes)) for (let i = 0; i < 10; i++) log.add(['NAME', unit, '2025-03-03', i < passed ? 'pass' : 'fail']);
  const gaps = { U1: -0.2, U2: -0.5, U3: -0.9, U4: -0.4, U5: -1.1, U6: -3 };
  const segments = Object.entries(gaps).map(([value, gap]) => ({ value, dimensions: [{ id: 'empathy', gap: { mean: gap } }] }));

  it("correlates compliance with the linked dimension's P − E across the units both have", () => {
    const linked = linkCustomers(log.result(), register, servqual22, segments, { by: 'branch' });
    const [, r] = /pearson: (\S+)/.exec(reference) ?? [];
    const c = linked.standards[0]?.customers;
    expect([c?.dimensions, c?.units, c?.note]).toEqual([['empathy'], 5, null]);
    expect(c?.r).toBeCloseTo(Number(r), 12);
    expect(pearson([0.9, 0.8, 0.6, 0.7, 0.5], [-0.2, -0.5, -0.9, -0.4, -1.1])).toBeCloseTo(Number(r), 12);
    expect(ComplianceReportSchema.parse(linked).options.by).toBe('branch');
  });

  it('says when there are too few units', () => {
    const linked = linkCustomers(log.result(), register, servqual22, segments.slice(0, 4), { by: 'branch' });
    expect(linked.standards[0]?.customers).toEqual({ dimensions: ['empathy'], units: 4, r: null, note: 'tooFewUnits' });
  });
});

describe('diagnose with observations: gap 3 measured ahead of the staff survey', () => {
  // Two customers expecting 6 on every item and perceiving 5 and 6 (as in diagnose's example): without
  // observations gap 3 is not measured; with them its severity is 1 − the compliance index.
  const ids = servqual22.dimensions.flatMap((d) => d.items.map((i) => i.id));
  const rows = [5, 6].map((p) =>
    Object.fromEntries(
      ids.flatMap((id) => [
        [`E${id}`, 6],
        [`P${id}`, p],
      ]),
    ),
  );
  const register = parseStandards({
    standards: [
      { id: 'S1', text: 'Greet' },
      { id: 'S2', text: 'Thank', critical: true },
    ],
  });
  const log = new ComplianceLog(['standard_id', 'unit', 'date', 'result'], register);
  // Visit 1: S1 pass, S2 pass → 1; visit 2: S1 fail, S2 pass → 0; visit 3: S1 pass, S2 fail → 0. Index 1/3.
  for (const [date, s1, s2] of [
    ['2025-03-03', 'pass', 'pass'],
    ['2025-03-04', 'fail', 'pass'],
    ['2025-03-05', 'pass', 'fail'],
  ] as const) {
    log.add(['S1', 'A', date, s1]);
    log.add(['S2', 'A', date, s2]);
  }

  it('measures gap 3 from compliance and orders it by that severity', async () => {
    const observed = observedCompliance(log.result()) ?? undefined;
    expect(observed?.gap3).toBeCloseTo(2 / 3, 14);
    const without = await diagnose({ customers: rows }, { instrument: servqual22 });
    expect(without.gaps.find((g) => g.gap === 3)?.measured).toBe(false);
    const report = await diagnose({ customers: rows }, { instrument: servqual22, observed });
    const gap3 = report.gaps.find((g) => g.gap === 3);
    expect([gap3?.measured, gap3?.severity, gap3?.observed?.criticalFailed]).toEqual([true, observed?.gap3, 1]);
    // Gap 5's shortfall is not significant with two respondents (severity 0), so gap 3 leads.
    expect(report.gaps[0]?.gap).toBe(3);
  });
});
