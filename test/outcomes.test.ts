import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  analyzerFromJSON,
  createAnalyzer,
  createRowReader,
  defineInstrument,
  netPromoterScore,
  normalCdf,
  ReportSchema,
  servqual22,
  twoProportionTest,
  wilsonInterval,
  withOutcomes,
  type Instrument,
} from '../src/index.js';
import { analyzeCsv } from '../src/node/index.js';
import { compareToReference } from './helpers/compareToReference.js';

// Golden values from test/fixtures/outcomes/make-outcomes.R (R 4.2): the CSI's t interval from
// t.test, CSAT's Wilson interval from prop.test(correct = FALSE), the two-wave tests from
// t.test(b, a) (Welch) and prop.test(c(xb, xa), c(nb, na), correct = FALSE), pnorm, and lm's R².
const fixture = (file: string): string => fileURLToPath(new URL(`./fixtures/outcomes/${file}`, import.meta.url));
const instrument = defineInstrument(JSON.parse(readFileSync(fixture('instrument.json'), 'utf8')));
const expected = JSON.parse(readFileSync(fixture('expected.json'), 'utf8')) as {
  rows: number;
  used: number;
  overall: unknown;
  segments: Record<string, unknown>;
  periods: Record<string, unknown>;
  change: unknown;
  npsDriver: { n: number; r2: number };
  pnorm: { x: number[]; p: number[] };
};

describe('outcome measures (CSI, CSAT, NPS) of a survey', () => {
  it('equal R overall, per segment and per period, with the two-wave tests', async () => {
    const report = await analyzeCsv(fixture('survey.csv'), { instrument, by: ['branch'], period: 'quarter' });
    expect(ReportSchema.safeParse(report).success).toBe(true);
    const o = report.outcomes;
    if (o === undefined) throw new Error('no outcomes');
    const bySegment = Object.fromEntries((o.segments?.branch ?? []).map((s) => [s.value, s]));
    const byPeriod = Object.fromEntries((o.periods ?? []).map((p) => [p.period, p]));
    const result = compareToReference(
      { overall: o, segments: bySegment, periods: byPeriod, change: o.change },
      { overall: expected.overall, segments: expected.segments, periods: expected.periods, change: expected.change },
      { rel: 1e-9, pRel: 1e-6 },
    );
    expect(result.mismatches).toEqual([]);
    expect(result.checked).toBe(93); // every number of expected.json but the row counts, pnorm and the driver's
    expect(o.change?.from).toBe('2025-Q1');
    expect(o.change?.to).toBe('2025-Q2');
    expect(o.columns).toEqual({ csi: ['csi_expect', 'csi_ideal', 'csi_overall'], csat: 'csat', nps: 'nps' });
  });

  it('accounts for every row: out-of-scale outcomes set aside with row, column and value; a non-numeric one excludes its row', async () => {
    const report = await analyzeCsv(fixture('survey.csv'), { instrument });
    // make-outcomes.R: 80 rows; row 30's nps "n/a" excludes it; rows 12, 7 and 15 hold 11, 6 and 12
    expect(report.sample).toMatchObject({ rows: expected.rows, used: expected.used, excluded: 1 });
    expect(report.sample.setAside).toEqual([{ code: 'E_OUTCOME_OUT_OF_SCALE', reason: 'outcome (CSI, CSAT, NPS) outside its scale', values: 3 }]);
    const aside = report.dataQuality.issues.filter((i) => i.code === 'E_OUTCOME_OUT_OF_SCALE').map((i) => [i.row, i.column, i.value]);
    expect(aside).toEqual([
      [7, 'csat', '6'],
      [12, 'csi_ideal', '11'],
      [15, 'nps', '12'],
    ]);
    expect(report.dataQuality.issues.find((i) => i.code === 'E_NOT_NUMERIC')).toMatchObject({ row: 30, column: 'nps', value: 'n/a' });
  });

  it('lets NPS stand for overall satisfaction in driver importance (R² equal to lm in R)', async () => {
    const report = await analyzeCsv(fixture('survey.csv'), { instrument, outcome: 'nps' });
    expect(report.outcomes?.driver).toBe('nps');
    expect(report.drivers?.n).toBe(expected.npsDriver.n);
    expect(report.drivers?.r2).toBeCloseTo(expected.npsDriver.r2, 10);
    // the overall column gives another regression: the substitution is real
    const plain = await analyzeCsv(fixture('survey.csv'), { instrument });
    expect(plain.drivers?.r2).not.toBeCloseTo(expected.npsDriver.r2, 3);
  });

  it('refuses an outcome the instrument does not name, naming the option', () => {
    expect(() => createAnalyzer(servqual22, { outcome: 'nps' })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION', option: 'outcome' }));
  });

  it('names a missing outcome column in the header', () => {
    const header = readFileSync(fixture('survey.csv'), 'utf8').split('\n')[0]?.split(',') ?? [];
    expect(() =>
      createRowReader(
        header.filter((h) => h !== 'nps'),
        instrument,
      ),
    ).toThrow(expect.objectContaining({ code: 'E_MISSING_COLUMN', issues: [expect.objectContaining({ column: 'nps' })] }));
  });

  it('serialises and merges: shards restored from JSON give the one-pass report', () => {
    const lines = readFileSync(fixture('survey.csv'), 'utf8').trim().split('\n');
    const header = (lines[0] as string).split(',');
    const rows = lines.slice(1).map((l) => l.split(','));
    const options = { by: ['branch'], period: 'quarter' as const };
    const reader = createRowReader(header, instrument);
    const whole = createAnalyzer(instrument, options);
    rows.forEach((r, i) => whole.add(reader.read(r, i + 1)));
    const a = createAnalyzer(instrument, options);
    const b = createAnalyzer(instrument, options);
    rows.forEach((r, i) => (i % 3 === 0 ? a : b).add(reader.read(r, i + 1)));
    const merged = analyzerFromJSON(instrument, JSON.parse(JSON.stringify(a.toJSON())), options).merge(b);
    const result = compareToReference(merged.result().outcomes, JSON.parse(JSON.stringify(whole.result().outcomes)), { rel: 1e-12, pRel: 1e-10, abs: 1e-12 });
    expect(result.mismatches).toEqual([]);
    expect(result.checked).toBeGreaterThan(100);
    // a state without outcomes does not restore into an analyzer with them
    const bare = createAnalyzer(withoutOutcomes(instrument), options);
    expect(() => analyzerFromJSON(instrument, bare.toJSON(), options)).toThrow(expect.objectContaining({ code: 'E_INVALID_STATE' }));
    // nor do analyzers of other outcome columns merge (their slots are laid out alike, their meanings are not)
    const npsOnly = createAnalyzer(withOutcomes(withoutOutcomes(instrument), { nps: { column: 'nps' } }), options);
    expect(() => createAnalyzer(instrument, options).merge(npsOnly)).toThrow(expect.objectContaining({ code: 'E_INVALID_STATE' }));
  });

  it('adds its slots only when outcome columns are named: no outcomes key and no extra state without them', () => {
    const options = { by: ['branch'] };
    const header = readFileSync(fixture('survey.csv'), 'utf8').split('\n')[0]?.split(',') ?? [];
    const row = ['R01', 'North', '2025-01-05', '6', '6', '6', '6', '7', '5', '5', '5', '5', '7', '9', '8', '5', '10'];
    const state = (inst: Instrument) => {
      const a = createAnalyzer(inst, options);
      a.add(createRowReader(header, inst).read(row, 1));
      return { report: a.result(), json: a.toJSON() };
    };
    const bare = state(withoutOutcomes(instrument));
    const full = state(instrument);
    expect('outcomes' in bare.report).toBe(false);
    // the outcome slots: CSI, CSAT's top box, NPS's [promoter, detractor]: three CoMoments, at the end
    expect(full.json.moments.length - bare.json.moments.length).toBe(3);
    expect(full.json.moments.slice(0, bare.json.moments.length)).toEqual(bare.json.moments);
    const groupParts = (j: typeof bare.json) => j.segments[0]?.[1][0]?.[1].length ?? 0;
    expect(groupParts(full.json) - groupParts(bare.json)).toBe(3);
  });
});

describe('the outcome statistics', () => {
  it('NPS and its SE by hand', () => {
    // 20 answers: 9 promoters (9–10), 4 passives (7–8), 7 detractors (0–6).
    // p₊ = 9/20 = 0.45, p₋ = 7/20 = 0.35, NPS = 100·(0.45 − 0.35) = 10 points.
    // Var of the ±1/0 score = p₊ + p₋ − (p₊ − p₋)² = 0.80 − 0.01 = 0.79;
    // SE = 100·√(0.79/20) = 100·√0.0395 = 19.8746069…; CI = 10 ± 1.96·19.8746069 = [−28.9542, 48.9542].
    const nps = netPromoterScore(20, 9 / 20, 7 / 20);
    expect(nps.value).toBeCloseTo(10, 12);
    expect(nps.se).toBeCloseTo(19.874606914351791, 12);
    expect(nps.ci95?.[0]).toBeCloseTo(-28.95422955213951, 10);
    expect(nps.ci95?.[1]).toBeCloseTo(48.95422955213951, 10);
    expect(netPromoterScore(0, 0, 0)).toEqual({ n: 0, promoters: null, detractors: null, value: null, se: null, ci95: null });
  });

  it('Wilson intervals equal prop.test(correct = FALSE), also at 0 and n', () => {
    // Rscript -e 'print(prop.test(0, 12, correct = FALSE)$conf.int, digits = 12)' → 0 0.242494006655; (12, 12) → 0.757505993345 1
    // Rscript -e 'print(prop.test(7, 10, correct = FALSE)$conf.int, digits = 10)' → 0.3967781475 0.8922087326
    expect(wilsonInterval(0, 12)?.[0]).toBe(0);
    expect(wilsonInterval(0, 12)?.[1]).toBeCloseTo(0.242494006655, 11);
    expect(wilsonInterval(12, 12)?.[0]).toBeCloseTo(0.757505993345, 11);
    expect(wilsonInterval(12, 12)?.[1]).toBe(1);
    expect(wilsonInterval(7, 10)?.[0]).toBeCloseTo(0.3967781475, 9);
    expect(wilsonInterval(7, 10)?.[1]).toBeCloseTo(0.8922087326, 9);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('the two-proportion test equals prop.test(c(x2, x1), c(n2, n1), correct = FALSE)', () => {
    // Rscript -e 'r <- prop.test(c(40, 30), c(50, 50), correct = FALSE); r$p.value; r$conf.int; sqrt(r$statistic)'
    const t = twoProportionTest(30, 50, 40, 50);
    expect(t.p).toBeCloseTo(0.02909633174, 10);
    expect(t.ci95?.[0]).toBeCloseTo(0.02469549188, 10);
    expect(t.ci95?.[1]).toBeCloseTo(0.37530450812, 10);
    expect(t.statistic).toBeCloseTo(2.182178902, 8);
  });

  it('normalCdf equals pnorm', () => {
    expected.pnorm.x.forEach((x, i) => expect(Math.abs(normalCdf(x) - (expected.pnorm.p[i] as number)) / (expected.pnorm.p[i] as number)).toBeLessThan(1e-10));
  });
});

describe('instrument outcomes', () => {
  it('refuses weights or scales that do not fit the CSI columns, naming the field', () => {
    expect(() => withOutcomes(servqual22, { csi: { columns: ['a', 'b', 'c'], weights: [1, 2] } })).toThrow(
      /outcomes\.csi\.weights: has 2 weights for 3 columns/,
    );
    expect(() => withOutcomes(servqual22, { csi: { columns: ['a', 'b', 'c'], scale: { min: 5, max: 1 } } })).toThrow(
      /outcomes\.csi\.scale: min 5 must be below max 1/,
    );
    expect(() => withOutcomes(servqual22, { csat: { column: 'x' }, nps: { column: 'X' } })).toThrow(/named twice/);
  });

  it('weights the CSI indicators: (Σwx − Σw·min) / Σw(max − min) · 100', () => {
    // One respondent, indicators 10, 4, 7 on 1–10 with weights 2, 1, 1:
    // (2·10 + 4 + 7 − (2 + 1 + 1)·1) / ((2 + 1 + 1)·9) · 100 = (31 − 4) / 36 · 100 = 75.
    // Equal weights: (21 − 3) / 27 · 100 = 66.666…
    const one = defineInstrument({
      id: 'one',
      name: { en: 'One' },
      scale: { min: 1, max: 7 },
      dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }],
    });
    const run = (weights?: number[]) => {
      const inst = withOutcomes(one, { csi: { columns: ['x', 'y', 'z'], ...(weights === undefined ? {} : { weights }) } });
      const a = createAnalyzer(inst, { method: 'servperf' });
      a.add(createRowReader(['P1', 'x', 'y', 'z'], inst, { method: 'servperf' }).read([5, 10, 4, 7], 1));
      return a.result().outcomes?.csi?.value;
    };
    expect(run([2, 1, 1])).toBeCloseTo(75, 12);
    expect(run()).toBeCloseTo(200 / 3, 12);
  });
});

function withoutOutcomes(i: Instrument): Instrument {
  const { outcomes: _o, ...rest } = i;
  return defineInstrument(rest);
}
