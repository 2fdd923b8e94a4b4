import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzerFromJSON, createAnalyzer, createRowReader, defineInstrument, getInstrument, type Report } from '../src/index.js';
import { analyzeCsv } from '../src/node/analyzeCsv.js';
import { loadInstrument } from '../src/node/index.js';
import { ReportSchema, renderHtml, renderMarkdown } from '../src/index.js';
import { BLOCK_ROWS } from '../src/score/createAnalyzer.js';
import { counterBits, poissonOne, rowKey } from '../src/stats/counterDraws.js';
import { ensureBuilt, root } from './helpers/libraryFromDist.js';
import { runCli } from './helpers/runCli.js';

// The one-pass Poisson bootstrap (--bootstrap B): its generator, its intervals against R's boot, the
// coverage of its intervals, rank stability on a case computed by hand, and byte-identical reports
// whatever the threads, and through toJSON and merge.

/** mulberry32 (examples/mulberry32.mjs): the seeded uniform generator the example makers share. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the counter-based Poisson(1) draws', () => {
  const N = 1_000_000;
  const draws = Array.from({ length: N }, (_, i) => poissonOne(counterBits(rowKey(7, 1 + (i >> 7), 0), i & 127)));

  it('have mean and variance 1', () => {
    const mean = draws.reduce((s, x) => s + x, 0) / N;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / (N - 1);
    // Poisson(1): mean 1 with standard error 1/√N = .001; the sample variance's standard error is
    // √((μ₄ − σ⁴)/N) = √(3/N) ≈ .0017 (μ₄ = λ + 3λ² = 4). Tolerances: 5 standard errors.
    expect(Math.abs(mean - 1)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1)).toBeLessThan(0.0087);
    // P(X = 0) = e⁻¹ = .36788, standard error √(p(1 − p)/N) ≈ .00048; 5 of them.
    expect(Math.abs(draws.filter((x) => x === 0).length / N - Math.exp(-1))).toBeLessThan(0.0024);
  });

  it('are the same for the same (seed, row, replicate) and differ with any of them', () => {
    expect(counterBits(rowKey(1, 5, 0), 3)).toBe(counterBits(rowKey(1, 5, 0), 3));
    const first = (seed: number, row: number, b: number) => Array.from({ length: 50 }, (_, i) => poissonOne(counterBits(rowKey(seed, row + i, 0), b)));
    expect(first(1, 5, 3)).toEqual(first(1, 5, 3));
    expect(first(2, 5, 3)).not.toEqual(first(1, 5, 3));
    expect(first(1, 6, 3)).not.toEqual(first(1, 5, 3));
    expect(first(1, 5, 4)).not.toEqual(first(1, 5, 3));
  });
});

describe('intervals against R boot (percentile, B = 2000) on examples/hotel-survey.csv', () => {
  // test/reference/bootstrap-hotel.R: boot::boot over respondents, boot.ci(type = "perc").
  const reference = new Map(
    readFileSync(join(root, 'test/reference/bootstrap-hotel.out.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => {
        const [name, point, lo, hi] = line.trim().split(/\s+/);
        return [name as string, { point: Number(point), lo: Number(lo), hi: Number(hi) }] as const;
      }),
  );
  let report: Report;
  beforeAll(async () => {
    report = await analyzeCsv(join(root, 'examples/hotel-survey.csv'), { instrument: getInstrument('servqual22'), bootstrap: { replicates: 2000 } });
  }, 60_000);

  it('computes the same estimates as the R script, and intervals of widths within 10% of boot.ci', () => {
    const ours: Array<[string, number | null, [number, number] | null | undefined]> = [];
    for (const d of report.dimensions) {
      ours.push([`gap.${d.id}`, d.gap?.mean ?? null, d.gap?.bootstrapCi95]);
      ours.push([`r.${d.id}`, d.importance.correlation?.r ?? null, d.importance.bootstrapCi95?.correlation]);
      ours.push([`beta.${d.id}`, d.importance.standardizedBeta, d.importance.bootstrapCi95?.standardizedBeta]);
      ours.push([`stated.${d.id}`, d.importance.stated, d.importance.bootstrapCi95?.stated]);
    }
    if (report.method !== 'servqual') throw new Error('servqual expected');
    ours.push(['overall.unweighted', report.overall.unweighted.mean, report.overall.unweighted.bootstrapCi95]);
    expect(ours).toHaveLength(21);
    for (const [name, point, ci] of ours) {
      const r = reference.get(name);
      if (r === undefined || point === null || ci === null || ci === undefined) throw new Error(`${name}: missing`);
      expect(point, name).toBeCloseTo(r.point, 9);
      const ratio = (ci[1] - ci[0]) / (r.hi - r.lo);
      expect(Math.abs(ratio - 1), `${name}: width ${ci[1] - ci[0]} vs R ${r.hi - r.lo}`).toBeLessThan(0.1);
    }
  });
});

// One item on 1–7 with P(1…7) = .10 .15 .20 .25 .15 .10 .05: mean 3.7 (Σ k·p_k by hand),
// Σk²p = .1 + .6 + 1.8 + 4 + 3.75 + 3.6 + 2.45 = 16.3, variance 16.3 − 3.7² = 2.61.
const oneItem = defineInstrument({
  id: 'one',
  name: { en: 'One' },
  scale: { min: 1, max: 7 },
  dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }],
});
const ONE_ITEM_CDF = [0.1, 0.25, 0.45, 0.7, 0.85, 0.95, 1];

/** Answers drawn from the one item's distribution by `random`. */
const answersOf = (random: () => number) => () => {
  const u = random();
  return ONE_ITEM_CDF.findIndex((c) => u < c) + 1;
};

/** How many of `surveys` simulated surveys of `rows` answers each have a 95% interval that covers 3.7. */
function covering(seed: number, surveys: number, rows: number, units?: number): number {
  const draw = answersOf(mulberry32(seed));
  let covered = 0;
  for (let s = 0; s < surveys; s++) {
    const a = createAnalyzer(oneItem, { method: 'servperf', bootstrap: { replicates: 200, units } });
    for (let i = 0; i < rows; i++) a.add({ P1: draw() });
    const ci = a.result().dimensions[0]?.perception.bootstrapCi95;
    if (ci !== null && ci !== undefined && ci[0] <= 3.7 && 3.7 <= ci[1]) covered++;
  }
  return covered / surveys;
}

describe('coverage', () => {
  it('a 95% interval of a known mean covers it in 93–97% of 400 surveys (n = 60, B = 200)', () => {
    const share = covering(18, 400, 60);
    expect(share).toBeGreaterThanOrEqual(0.93);
    expect(share).toBeLessThanOrEqual(0.97);
  }, 30_000);
});

/** Three dimensions A, B, C of one item each (columns EA, PA, …), on 1–7. */
const three = defineInstrument({
  id: 'three',
  name: { en: 'Three' },
  scale: { min: 1, max: 7 },
  dimensions: ['a', 'b', 'c'].map((id) => ({ id, name: { en: id.toUpperCase() }, items: [{ id: id.toUpperCase() }] })),
});

describe('few replicates', () => {
  it('warns below DEFAULTS.bootstrapFewReplicates (200), in English and Chinese, and not from 200 on', () => {
    const warningsOf = (replicates: number) => {
      const a = createAnalyzer(oneItem, { method: 'servperf', bootstrap: { replicates } });
      for (let i = 0; i < 30; i++) a.add({ P1: 1 + (i % 7) });
      return a.result().warnings.filter((w) => w.code === 'FEW_REPLICATES');
    };
    const [few] = warningsOf(10);
    expect(few?.message.en).toBe(
      'Only 10 resamples: too few for 95% intervals and stability shares, whose ends rest on a handful of them. Use 200 or more (1,000 for intervals to publish; Efron and Tibshirani 1993).',
    );
    expect(few?.message.zh).toContain('仅 10 次重抽样');
    expect(warningsOf(199)).toHaveLength(1);
    expect(warningsOf(200)).toEqual([]);
  });
});

describe('resampling units: a survey of more rows than units', () => {
  // Past DEFAULTS.bootstrapUnits rows, each later row joins one of the units at random and the units
  // are resampled (docs/statistics.md). The intervals must stay those of the row bootstrap.

  it('gives intervals as wide as normal theory says, in units and row by row (n = 20,000, B = 2000)', () => {
    // The 95% interval of a mean of n draws is 2 · 1.959964 · σ/√n wide: σ = √2.61, n = 20,000
    // gives 0.044786. B = 2000 percentiles and 1024 units each move the width by about 2%.
    const draw = answersOf(mulberry32(41));
    const rows = Array.from({ length: 20_000 }, () => draw());
    const width = (units: number) => {
      const a = createAnalyzer(oneItem, { method: 'servperf', bootstrap: { replicates: 2000, units } });
      for (const x of rows) a.add({ P1: x });
      const report = a.result();
      const ci = report.dimensions[0]?.perception.bootstrapCi95;
      return { report, units: report.bootstrap?.units, width: ci === null || ci === undefined ? Number.NaN : ci[1] - ci[0] };
    };
    const expected = (2 * 1.959964 * Math.sqrt(2.61)) / Math.sqrt(20_000);
    const grouped = width(1024);
    const byRow = width(20_001);
    expect(grouped.units).toBe(1024);
    // rows are numbered from 1: 20,000 units of one row each
    expect(byRow.units).toBe(20_000);
    expect([grouped.report.bootstrap?.grouped, byRow.report.bootstrap?.grouped]).toEqual([true, false]);
    // the How sure section says so
    expect(renderMarkdown(grouped.report)).toContain('resamples of the respondents, in 1024 random groups (one-pass');
    expect(renderMarkdown(grouped.report, { lang: 'zh' })).toContain('对受访者（随机分为 1024 组）做 2000 次重抽样');
    expect(renderMarkdown(byRow.report)).toContain('2000 resamples of the respondents (one-pass');
    expect(Math.abs(grouped.width / expected - 1)).toBeLessThan(0.1);
    expect(Math.abs(byRow.width / expected - 1)).toBeLessThan(0.1);
  }, 60_000);

  it('a 95% interval of a known mean covers it in 93–97% of 1000 surveys (n = 300 in 128 units, B = 200)', () => {
    // 1000 surveys: the share's standard error is √(.95 · .05/1000) = .007, so 93–97% is ±2.9 of them.
    const share = covering(29, 1000, 300, 128);
    expect(share).toBeGreaterThanOrEqual(0.93);
    expect(share).toBeLessThanOrEqual(0.97);
  }, 60_000);

  it('refuses units outside 2…DEFAULTS.bootstrapMaxUnits, and analyzers of other units to merge', () => {
    expect(() => createAnalyzer(oneItem, { bootstrap: { replicates: 10, units: 1 } })).toThrow(/bootstrap\.units must be an integer from 2/);
    expect(() => createAnalyzer(oneItem, { bootstrap: { replicates: 10, units: 2.5 } })).toThrow(/got 2\.5/);
    const a = createAnalyzer(oneItem, { bootstrap: { replicates: 10, units: 64 } });
    expect(() => a.merge(createAnalyzer(oneItem, { bootstrap: { replicates: 10, units: 128 } }))).toThrow(/differ/);
  });
});

describe('relative weights against a random predictor (Tonidandel, LeBreton & Johnson 2009)', () => {
  // Three dimensions of one item each, drawn independently and uniformly on 1–7; overall satisfaction
  // is A's answer for 80% of respondents and a uniform draw otherwise, so r(A, overall) ≈ .8 and B and C
  // are unrelated to it. A's relative weight (≈ r² ≈ .64) is far above a random predictor's; B's and C's
  // are chance weights like the random predictor's, so the interval of their difference from it
  // contains 0.
  it('marks the predictive dimension as beating it and the two unrelated ones as not (n = 3000, B = 1000)', () => {
    const random = mulberry32(77);
    const uniform7 = () => 1 + Math.floor(random() * 7);
    const a = createAnalyzer(three, { method: 'servperf', bootstrap: { replicates: 1000 } });
    for (let i = 0; i < 3000; i++) {
      const pa = uniform7();
      a.add({ PA: pa, PB: uniform7(), PC: uniform7(), overall: random() < 0.8 ? pa : uniform7() });
    }
    const report = a.result();
    const beats = report.dimensions.map((d) => d.importance.versusRandom?.beatsRandom);
    expect(beats).toEqual([true, false, false]);
    const [lo, hi] = report.dimensions[1]?.importance.versusRandom?.ci95 ?? [Number.NaN, Number.NaN];
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThan(0);
  }, 60_000);
});

describe('rank and quadrant stability', () => {
  // Three dimensions, 40 respondents, stated weights 50/25/25 from everyone. Row i has t = +1 (i even)
  // or −1 (i odd). A: P = 3, E = 5 ± 1, gap −2 on average; B: P = 5, E = 6 + t, gap −1 − t; C: P = 5,
  // E = 6 − t, gap −1 + t. Perceptions and weights do not vary, so every resample has the same IPA
  // crosshairs and quadrants: quadrant stability 1. A (share .5, above the mean share) is "fix", B and C
  // "improve": A ranks first in every resample. B's shortfall is 1 + t̄_w and C's 1 − t̄_w (t̄_w the
  // resample's weighted mean of t): B ranks before C when S = Σ wᵢtᵢ ≥ 0 (a tie falls to instrument
  // order). S = X − Y with X, Y independent Poisson(20), so P(S ≥ 0) = (1 + P(X = Y))/2 and
  // P(X = Y) = e⁻⁴⁰I₀(40) = 0.063278 (R: besselI(40, 0, expon.scaled = TRUE)): B holds rank 2, and C
  // rank 3, in 0.531639 of the resamples; the standard error at B = 2000 is √(.25/2000) = .011.
  const a = createAnalyzer(three, { bootstrap: { replicates: 2000 } });
  for (let i = 0; i < 40; i++) {
    const t = i % 2 === 0 ? 1 : -1;
    const s = i % 4 < 2 ? 1 : -1;
    a.add({ EA: 5 + s, PA: 3, EB: 6 + t, PB: 5, EC: 6 - t, PC: 5, W_a: 50, W_b: 25, W_c: 25 });
  }
  const report = a.result();
  const byId = new Map(report.priorities.filter((p) => p.level === 'dimension').map((p) => [p.id, p]));

  it('gives A rank 1 in every resample, and B and C their ranks in about (1 + e⁻⁴⁰I₀(40))/2 of them', () => {
    expect([byId.get('a')?.rank, byId.get('b')?.rank, byId.get('c')?.rank]).toEqual([1, 2, 3]);
    expect(byId.get('a')?.rankStability).toBe(1);
    expect(byId.get('a')?.top3).toBe(1);
    expect(byId.get('b')?.top3).toBe(1);
    // 4 standard errors either side of 0.531639
    expect(Math.abs((byId.get('b')?.rankStability ?? 0) - 0.531639)).toBeLessThan(0.045);
    expect(byId.get('c')?.rankStability).toBe(byId.get('b')?.rankStability);
    const swap = report.bootstrap?.swaps.find((x) => x.ranks[0] === 2);
    expect((swap?.share ?? 0) + (byId.get('b')?.rankStability ?? 0)).toBeCloseTo(1, 12);
    expect(swap?.indistinct).toBe(true);
    expect(report.bootstrap?.swaps.find((x) => x.ranks[0] === 1)?.share).toBe(0);
    expect(report.warnings.filter((w) => w.code === 'RANKS_NOT_DISTINCT').map((w) => w.message.en)).toEqual([
      `Ranks 2 and 3 (B, C) swap in ${Math.round(100 * (swap?.share ?? 0))}% of resamples: the survey does not tell them apart.`,
    ]);
  });

  it('keeps every quadrant in every resample', () => {
    expect(report.dimensions.map((d) => d.quadrantStability)).toEqual([1, 1, 1]);
  });
});

describe('the same bytes', () => {
  it('through toJSON and analyzerFromJSON, and merging analyzers split at a block boundary', () => {
    const instrument = getInstrument('servqual22');
    const options = { bootstrap: { replicates: 30, seed: 5 } };
    const random = mulberry32(3);
    const header = [...instrument.dimensions.flatMap((d) => d.items.flatMap((i) => [`E${i.id}`, `P${i.id}`])), 'overall'];
    const reader = createRowReader(header, instrument);
    const rows = Array.from({ length: BLOCK_ROWS + 500 }, () => header.map(() => String(1 + Math.floor(random() * 7))));
    const whole = createAnalyzer(instrument, options);
    const first = createAnalyzer(instrument, options);
    const second = createAnalyzer(instrument, options);
    rows.forEach((cells, i) => {
      // Row numbers key the draws: each shard reads its rows with their numbers in the file.
      whole.add(reader.read(cells, i + 1));
      (i < BLOCK_ROWS ? first : second).add(reader.read(cells, i + 1));
    });
    const expected = JSON.stringify(whole.result());
    expect(expected).toContain('bootstrapCi95');
    expect(JSON.stringify(analyzerFromJSON(instrument, JSON.parse(JSON.stringify(whole.toJSON())), options).result())).toBe(expected);
    expect(JSON.stringify(first.merge(second).result())).toBe(expected);
    expect(() => createAnalyzer(instrument, { bootstrap: { replicates: 30, seed: 6 } }).merge(second)).toThrow(/differ/);
  });

  describe('whatever the threads (the built command)', () => {
    let dir = '';
    beforeAll(() => {
      ensureBuilt();
      dir = mkdtempSync(join(tmpdir(), 'servqual-bootstrap-'));
      execFileSync(process.execPath, [join(root, 'bench', 'generate.mjs'), '70000', join(dir, 'survey.csv'), '7']);
    }, 120_000);
    afterAll(() => {
      if (dir !== '') rmSync(dir, { recursive: true, force: true });
    });

    it('--threads 1 and --threads 2 give the same JSON, and --seed changes it', () => {
      const run = (...args: string[]) =>
        runCli(['analyze', join(dir, 'survey.csv'), '--bootstrap', '20', '--by', 'branch', '--format', 'json', '--quiet', ...args]);
      const one = run('--threads', '1');
      const two = run('--threads', '2');
      expect(one.code, one.stderr).toBe(0);
      expect(two.stdout).toBe(one.stdout);
      expect(one.stdout).toContain('"rankStability"');
      expect(run('--threads', '2', '--seed', '1').stdout).not.toBe(one.stdout);
    }, 120_000);
  });
});

describe('the report and its How sure section', () => {
  it('is a valid report for every method, with intervals beside each headline and overall score', async () => {
    const cases = [
      ['servperf-100', await loadInstrument(join(root, 'test/fixtures/servperf-100/instrument.json'))],
      ['three-column', getInstrument('servqual22')],
    ] as const;
    for (const [name, instrument] of cases) {
      const report = await analyzeCsv(join(root, `test/fixtures/${name}/data.csv`), { instrument, bootstrap: { replicates: 50 } });
      expect(() => ReportSchema.parse(report), name).not.toThrow();
      for (const d of report.dimensions) {
        const stats = report.method === 'servperf' ? [d.perception] : [d.adequacy, d.superiority];
        for (const s of stats) expect(s?.bootstrapCi95, `${name} ${d.id}`).toHaveLength(2);
      }
      expect(report.bootstrap?.ranked, name).toBe(50);
      expect(renderMarkdown(report)).toContain('## How sure');
    }
  });

  it('escapes the names it prints, and says which ranks swap in the summary, in English and Chinese', () => {
    const named = defineInstrument({
      id: 'named',
      name: { en: 'Named' },
      scale: { min: 1, max: 7 },
      dimensions: [
        { id: 'a', name: { en: '<b>A|1</b>', zh: '<i>甲</i>' }, items: [{ id: '1' }] },
        { id: 'b', name: { en: 'B', zh: '乙' }, items: [{ id: '2' }] },
      ],
    });
    const a = createAnalyzer(named, { bootstrap: { replicates: 200 } });
    // Both gaps −1 ± 1 over different respondents: the resamples swap the two ranks often.
    for (let i = 0; i < 40; i++) a.add({ E1: i % 2 === 0 ? 6 : 4, P1: 4, E2: i % 4 < 2 ? 6 : 4, P2: 4 });
    const report = a.result();
    expect(report.bootstrap?.swaps[0]?.indistinct).toBe(true);
    for (const lang of ['en', 'zh'] as const) {
      const html = renderHtml(report, { lang });
      const section = html.slice(html.indexOf('<section id="how-sure">'));
      expect(section).not.toMatch(/<[bi]>/);
      expect(section).toContain(lang === 'en' ? '&lt;b&gt;A|1&lt;/b&gt;' : '&lt;i&gt;甲&lt;/i&gt;');
      const md = renderMarkdown(report, { lang });
      expect(md).toContain(lang === 'en' ? 'The resamples do not tell these ranks apart: 1–2' : '重抽样无法区分以下名次：1–2');
      expect(md).not.toContain('<b>');
    }
  });
});
