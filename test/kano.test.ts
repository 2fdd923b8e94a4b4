import { describe, expect, it } from 'vitest';
import { createKanoAnalyzer, kanoAnalyzerFromJSON } from '../src/kano/createKanoAnalyzer.js';
import { kano } from '../src/kano/kano.js';
import { kanoEvaluation, KANO_CATEGORIES, type KanoCategory } from '../src/kano/kanoEvaluation.js';
import { KanoReportSchema } from '../src/report/KanoReportSchema.js';

// A respondent's answer pair for each category (cells of the evaluation table).
const PAIR: Record<KanoCategory, [number, number]> = { A: [1, 3], O: [1, 5], M: [2, 5], I: [3, 3], R: [5, 1], Q: [1, 1] };

/** Rows of one attribute with the given counts, category by category. */
function rowsOf(counts: Record<KanoCategory, number>): Array<[number, number]> {
  return KANO_CATEGORIES.flatMap((c) => Array.from({ length: counts[c] }, () => PAIR[c]));
}

describe('the evaluation table (Berger et al. 1993)', () => {
  // Rows: functional 1 like … 5 dislike; columns: dysfunctional 1 … 5. Each cell checked by hand
  // against the table in the issue and in stp25kano's README: Q A A A O / R I I I M ×3 / R R R R Q.
  const expected: Array<[number, number, KanoCategory]> = [
    [1, 1, 'Q'],
    [1, 2, 'A'],
    [1, 3, 'A'],
    [1, 4, 'A'],
    [1, 5, 'O'],
    [2, 1, 'R'],
    [2, 2, 'I'],
    [2, 3, 'I'],
    [2, 4, 'I'],
    [2, 5, 'M'],
    [3, 1, 'R'],
    [3, 2, 'I'],
    [3, 3, 'I'],
    [3, 4, 'I'],
    [3, 5, 'M'],
    [4, 1, 'R'],
    [4, 2, 'I'],
    [4, 3, 'I'],
    [4, 4, 'I'],
    [4, 5, 'M'],
    [5, 1, 'R'],
    [5, 2, 'R'],
    [5, 3, 'R'],
    [5, 4, 'R'],
    [5, 5, 'Q'],
  ];
  it.each(expected)('F %i, D %i is %s', (f, d, category) => {
    expect(kanoEvaluation(f, d)).toBe(category);
    // and through the whole analysis, one respondent answering in words
    const words = ['I like it', 'I expect it', 'I am neutral', 'I can live with it', 'I dislike it'];
    const report = kano([{ F_x: words[f - 1] as string, D_x: words[d - 1] as string }]);
    expect(report.attributes[0]?.counts[category]).toBe(1);
    expect(report.attributes[0]?.n).toBe(1);
  });
  it('refuses a code outside 1–5', () => {
    expect(() => kanoEvaluation(6, 1)).toThrow('kanoEvaluation: answers must be whole numbers 1–5, got (6, 1)');
  });
});

describe('the stp25kano published example (5 attributes, N = 296)', () => {
  // stp4/stp25kano README.md (Wolfgang Peter, 2024-05-11): counts M O A I R Q, max category, total
  // strength, category strength, CS+ (Better), CS− (Worse) and Fong's test as printed (rounded).
  const published = [
    {
      id: 'service_app',
      counts: { M: 95, O: 123, A: 45, I: 33, R: 0, Q: 0 },
      category: 'O',
      total: 0.89,
      strength: 0.09,
      better: 0.568,
      worse: -0.736,
      fong: [28, 19.4, true],
    },
    {
      id: 'excellent_service',
      counts: { M: 101, O: 54, A: 54, I: 81, R: 3, Q: 3 },
      category: 'M',
      total: 0.71,
      strength: 0.07,
      better: 0.372,
      worse: -0.534,
      fong: [20, 18.5, true],
    },
    {
      id: 'hotline',
      counts: { M: 15, O: 24, A: 121, I: 124, R: 6, Q: 6 },
      category: 'I',
      total: 0.54,
      strength: 0.01,
      better: 0.511,
      worse: -0.137,
      fong: [3, 19.8, false],
    },
    {
      id: 'loan_machine',
      counts: { M: 65, O: 87, A: 93, I: 51, R: 0, Q: 0 },
      category: 'A',
      total: 0.83,
      strength: 0.02,
      better: 0.608,
      worse: -0.514,
      fong: [6, 18.5, false],
    },
    {
      id: 'ready_to_use_return',
      counts: { M: 9, O: 18, A: 83, I: 177, R: 6, Q: 3 },
      category: 'I',
      total: 0.37,
      strength: 0.32,
      better: 0.352,
      worse: -0.094,
      fong: [94, 19.9, true],
    },
  ] as const;
  const columns = published.map((p) => rowsOf(p.counts));
  const header = published.flatMap((p) => [`F_${p.id}`, `D_${p.id}`]);
  const rows = Array.from({ length: 296 }, (_, i) => columns.flatMap((c) => c[i] as [number, number]));
  const report = kano({ header, rows });

  it('reads every row', () => {
    expect(report.sample).toEqual({ rows: 296, used: 296, excluded: 0, reasons: [] });
    expect(KanoReportSchema.parse(report)).toEqual(report);
  });
  it.each(published.map((p, j) => [p.id, p, j] as const))('%s', (_, p, j) => {
    const a = report.attributes[j];
    expect(a?.n).toBe(296);
    expect(a?.counts).toEqual({ A: p.counts.A, O: p.counts.O, M: p.counts.M, I: p.counts.I, R: p.counts.R, Q: p.counts.Q });
    expect(a?.category).toBe(p.category);
    expect(a?.totalStrength).toBeCloseTo(p.total, 2);
    expect(a?.categoryStrength).toBeCloseTo(p.strength, 2);
    expect(a?.better).toBeCloseTo(p.better, 3);
    expect(a?.worse).toBeCloseTo(p.worse, 3);
    expect(a?.fong?.difference).toBe(p.fong[0]);
    expect(a?.fong?.threshold).toBeCloseTo(p.fong[1], 1);
    expect(a?.fong?.significant).toBe(p.fong[2]);
  });
});

describe('a generated survey whose counts are known by construction', () => {
  // 3 attributes; attribute j has count (c + 1)·(j + 2) + k·j of category c — different for every
  // cell — then rows are shuffled (a fixed LCG), 7 rows lack attribute 1's dysfunctional answer,
  // one row is all blank, one has "7" and one "sometimes": the counts, `missing` and the sample are
  // known without running the analysis. (Merged results are compared to 1e-9: merging rounds.)
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const expected = [0, 1, 2].map((j) => Object.fromEntries(KANO_CATEGORIES.map((c, k) => [c, (k + 1) * (j + 2) + k * j])) as Record<KanoCategory, number>);
  const n = expected.map((e) => KANO_CATEGORIES.reduce((s, c) => s + e[c], 0)); // 42, 78, 114
  const total = Math.max(...n);
  const columns = expected.map((e) => {
    const pairs: Array<[number, number] | [null, null]> = rowsOf(e);
    while (pairs.length < total) pairs.push([null, null]);
    for (let i = pairs.length - 1; i > 0; i--) {
      const k = Math.floor(random() * (i + 1));
      [pairs[i], pairs[k]] = [pairs[k] as [number, number], pairs[i] as [number, number]];
    }
    return pairs;
  });
  const header = ['branch', 'F_a', 'D_a', 'F_b', 'D_b', 'F_c', 'D_c'];
  const rows: Array<Array<string | number | null>> = Array.from({ length: total }, (_, i) => [
    i % 2 === 0 ? 'east' : 'west',
    ...columns.flatMap((c) => c[i] as [number, number]),
  ]);
  // 7 extra rows answer only b's functional question: used, and missing for every attribute.
  for (let i = 0; i < 7; i++) rows.push(['east', null, null, 3, null, null, null]);
  rows.push(['west', null, null, null, null, null, null]);
  rows.push(['west', 1, 7, null, null, null, null]);
  rows.push(['east', 'sometimes', 1, null, null, null, null]);

  it('counts every category of every attribute, and every row', () => {
    const report = kano({ header, rows }, { by: ['branch'] });
    report.attributes.forEach((a, j) => {
      expect(a.counts).toEqual({ A: expected[j]?.A, O: expected[j]?.O, M: expected[j]?.M, I: expected[j]?.I, R: expected[j]?.R, Q: expected[j]?.Q });
      expect(a.n).toBe(n[j]);
      expect(a.missing).toBe(total + 7 - (n[j] as number));
    });
    expect(report.sample).toEqual({
      rows: total + 10,
      used: total + 7,
      excluded: 3,
      reasons: [
        { code: 'E_EMPTY_ROW', reason: 'no answers', rows: 1 },
        { code: 'E_NOT_NUMERIC', reason: 'non-numeric answer', rows: 1 },
        { code: 'E_OUT_OF_SCALE', reason: 'answer outside the scale', rows: 1 },
      ],
    });
    // the segments partition the used rows, and their counts add up to the whole
    const seg = report.segments?.branch ?? [];
    expect(seg.map((s) => s.value)).toEqual(['east', 'west']);
    expect(seg.reduce((s, x) => s + x.n, 0)).toBe(total + 7);
    for (const c of KANO_CATEGORIES) expect(seg.reduce((s, x) => s + (x.attributes[2]?.counts[c] ?? 0), 0)).toBe(expected[2]?.[c]);
  });

  it('gives the same report from shards merged in any grouping and through JSON', () => {
    const whole = kano({ header, rows }, { by: ['branch'] });
    const shard = (from: number, to: number) => {
      const a = createKanoAnalyzer(header, { by: ['branch'] });
      for (const r of rows.slice(from, to)) a.add(r);
      return a;
    };
    const cut = [0, 40, 90, rows.length];
    const left = shard(cut[0] as number, cut[1] as number)
      .merge(shard(cut[1] as number, cut[2] as number))
      .merge(shard(cut[2] as number, cut[3] as number));
    const right = shard(cut[0] as number, cut[1] as number).merge(
      kanoAnalyzerFromJSON(JSON.parse(JSON.stringify(shard(cut[1] as number, cut[2] as number).merge(shard(cut[2] as number, cut[3] as number))))),
    );
    for (const merged of [left.result(), right.result()]) {
      const strip = (r: typeof whole) => ({ ...r, dataQuality: { ...r.dataQuality, issues: r.dataQuality.issues.length } });
      expect(JSON.parse(JSON.stringify(strip(merged)), (_, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 + 0 : v))).toEqual(
        JSON.parse(JSON.stringify(strip(whole)), (_, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 + 0 : v)),
      );
    }
  });

  it('refuses a state whose slot counts do not match its attributes', () => {
    const state = createKanoAnalyzer(header).toJSON();
    state.overall.pop();
    expect(() => kanoAnalyzerFromJSON(state)).toThrow('kanoAnalyzerFromJSON: overall has 21 slots, not 22 for 3 attributes');
    expect(() => kanoAnalyzerFromJSON({ kind: 'survey' })).toThrow(/kanoAnalyzerFromJSON: not a Kano analyzer state/);
  });
});

describe("DuMouchel's continuous scores", () => {
  it('gives the mean and t interval of the scores', () => {
    // Answers (1,5), (2,5), (1,3), (3,3): functional scores 4, 2, 4, 0 — mean 2.5, sd √(11/3) =
    // 1.9149 (Σ(x − 2.5)² = 2.25 + 0.25 + 2.25 + 6.25 = 11); t_{.975,3} = 3.182446 (R: qt(.975, 3));
    // half-width 3.182446 · 1.914854 / 2 = 3.046960. Dysfunctional scores 4, 4, 0, 0: mean 2.
    const report = kano([
      { F_x: 1, D_x: 5 },
      { F_x: 2, D_x: 5 },
      { F_x: 1, D_x: 3 },
      { F_x: 3, D_x: 3 },
    ]);
    const a = report.attributes[0];
    expect(a?.functional.mean).toBe(2.5);
    expect(a?.functional.sd).toBeCloseTo(Math.sqrt(11 / 3), 12);
    expect(a?.functional.ci95?.[0]).toBeCloseTo(2.5 - 3.04696, 5);
    expect(a?.dysfunctional.mean).toBe(2);
  });
});

describe('periods', () => {
  it('flags an attribute whose category moved attractive → must-be', () => {
    const rows = [
      ...Array.from({ length: 5 }, () => ({ submitted_at: '2025-01-15', F_wifi: 1, D_wifi: 3, F_bar: 3, D_bar: 3 })),
      ...Array.from({ length: 5 }, () => ({ submitted_at: '2025-04-15', F_wifi: 2, D_wifi: 5, F_bar: 1, D_bar: 3 })),
      { submitted_at: 'soon', F_wifi: 1, D_wifi: 1, F_bar: 1, D_bar: 1 },
    ];
    const report = kano(rows, { period: 'quarter' });
    expect(report.periods?.map((p) => [p.period, p.n, p.attributes[0]?.category])).toEqual([
      ['2025-Q1', 5, 'A'],
      ['2025-Q2', 5, 'M'],
    ]);
    // bar moved I → A: not along A → O → M, so not flagged
    expect(report.drift).toEqual([{ id: 'wifi', from: 'A', to: 'M', fromPeriod: '2025-Q1', toPeriod: '2025-Q2' }]);
    expect(report.dataQuality.undated).toBe(1);
    // overall: 5 A, 5 M (and the undated row's Q): the tie goes to M, an expected need
    expect(report.attributes[0]?.seedLevel).toBe('expected');
  });
});
