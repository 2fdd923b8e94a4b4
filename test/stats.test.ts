import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adjustPValues, cronbachAlpha } from '../src/index.js';
import { CoMoments, tTestFromMoments } from '../src/internals.js';
import { ShiftedSums } from '../src/stats/ShiftedSums.js';

describe('tTestFromMoments(n, mean, variance)', () => {
  it('matches R t.test(c(0, 1, 1, 2)) — the doc example', () => {
    // values 0, 1, 1, 2: mean 1, variance 2/3 by hand; R 4.2.2: p = 0.091721113311571886,
    // conf.int = [-0.2992282636251109, 2.2992282636251105]
    const t = tTestFromMoments(4, 1, 2 / 3);
    expect(t.t).toBeCloseTo(2.449489742783178, 14); // 1 / sqrt(2/3/4) = sqrt(6)
    expect(t.df).toBe(3);
    expect(t.p).toBeCloseTo(0.091721113311571886, 14);
    expect(t.ci95?.[0]).toBeCloseTo(-0.2992282636251109, 13);
    expect(t.ci95?.[1]).toBeCloseTo(2.2992282636251105, 13);
    expect(t.dz).toBeCloseTo(1 / Math.sqrt(2 / 3), 14);
  });

  it('gives nulls, not NaN, where the test is undefined', () => {
    expect(tTestFromMoments(0, 0, Number.NaN)).toMatchObject({ n: 0, mean: null, t: null, p: null });
    expect(tTestFromMoments(1, 3, Number.NaN)).toMatchObject({ n: 1, mean: 3, sd: null, t: null, p: null });
    // all differences equal: sd 0, the t statistic is undefined (R: "data are essentially constant")
    expect(tTestFromMoments(5, 0, 0)).toMatchObject({ sd: 0, se: 0, t: null, p: null, dz: null });
  });
});

describe('adjustPValues(p, method)', () => {
  const p = [0.01, 0.04, 0.03, 0.2, 0.0001, 0.04];
  it('holm matches R p.adjust(p, "holm")', () => {
    // R 4.2.2: 0.05 0.12 0.12 0.20 0.0006 0.12
    const expected = [0.05, 0.12, 0.12, 0.2, 0.0006, 0.12];
    adjustPValues(p, 'holm').forEach((x, i) => expect(x).toBeCloseTo(expected[i] as number, 15));
  });
  it('BH matches R p.adjust(p, "BH")', () => {
    // R 4.2.2: 0.03 0.048 0.048 0.20 0.0006 0.048
    const expected = [0.03, 0.048, 0.048, 0.2, 0.0006, 0.048];
    adjustPValues(p, 'BH').forEach((x, i) => expect(x).toBeCloseTo(expected[i] as number, 15));
  });
  it('keeps nulls in place and leaves them out of m — the doc example', () => {
    // m = 3: sorted 0.01, 0.03, 0.04 → 0.03, 0.06, 0.06 (hand computation)
    const out = adjustPValues([0.01, null, 0.04, 0.03], 'holm');
    expect(out[1]).toBeNull();
    expect(out[0]).toBeCloseTo(0.03, 15);
    expect(out[2]).toBeCloseTo(0.06, 15);
    expect(out[3]).toBeCloseTo(0.06, 15);
  });
});

describe('cronbachAlpha(rows)', () => {
  it('matches psych::alpha on a two-item scale — the doc example', () => {
    // R psych 2.2.9 alpha(cbind(1:4, c(2,3,3,5))): raw_alpha 0.96, std.alpha 0.96016415761152496
    const r = cronbachAlpha([
      [1, 2],
      [2, 3],
      [3, 3],
      [4, 5],
    ]);
    expect(r.alpha).toBeCloseTo(0.96, 14);
    expect(r.standardizedAlpha).toBeCloseTo(0.96016415761152496, 14);
    expect(r.n).toBe(4);
  });
  it('drops rows with a missing value (listwise)', () => {
    const r = cronbachAlpha([
      [1, 2],
      [2, 3],
      [null, 1],
      [3, 3],
      [4, 5],
      [Number.NaN, 2],
    ]);
    expect(r.n).toBe(4);
    expect(r.alpha).toBeCloseTo(0.96, 14);
  });
});

describe('CoMoments', () => {
  it('gives the sample covariance of a hand-computed example', () => {
    // x = 1,2,3,4 and y = 2,3,3,5: cov = Σ(dx·dy)/3 = (1.875 + 0.125 − 0.125 + 2.625)/3 = 1.5
    const m = new CoMoments(2);
    for (const [x, y] of [
      [1, 2],
      [2, 3],
      [3, 3],
      [4, 5],
    ] as const)
      m.add([x, y]);
    expect(m.covariance(0, 1)).toBeCloseTo(1.5, 14);
    expect(m.variance(0)).toBeCloseTo(5 / 3, 14);
  });
  it('round-trips through toJSON/fromJSON', () => {
    const m = new CoMoments(3);
    m.add([1, 2, 3]);
    m.add([2, 0, 1]);
    const back = CoMoments.fromJSON(JSON.parse(JSON.stringify(m.toJSON())));
    expect(back.toJSON()).toEqual(m.toJSON());
  });
});

describe('ShiftedSums (the per-row side of the analyzer)', () => {
  it('gives the textbook mean and co-moments', () => {
    // x = 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 9+1+1+1+0+0+4+16 = 32 (hand computation);
    // y = x + (0, 1, 0, 1, 0, 1, 0, 1): mean 5.5, Σ(x − 5)(y − 5.5) = 32 − 0.5·Σ(x − 5) + Σ(x − 5)·b,
    // b the added 0/1 pattern: Σ(x − 5)·b over rows 2, 4, 6, 8 = −1 − 1 + 0 + 4 = 2, so 34;
    // Σ(y − 5.5)² = Σ(x − 5 + b − 0.5)² = 32 + 2·2 − Σ(x − 5) + Σ(b − 0.5)² = 32 + 4 − 0 + 2 = 38.
    const x = [2, 4, 4, 4, 5, 5, 7, 9];
    const b = [0, 1, 0, 1, 0, 1, 0, 1];
    const sums = new ShiftedSums([1, 2]);
    x.forEach((v, i) => {
      sums.add1(0, v);
      sums.add(1, [v, v + (b[i] as number)]);
    });
    const one = sums.moments(0);
    expect([one.n, one.mean[0], one.c[0]]).toEqual([8, 5, 32]);
    const two = sums.moments(1);
    expect([two.n, ...two.mean, ...two.c]).toEqual([8, 5, 5.5, 32, 34, 38]);
  });

  it('add3 is add for three variables, count is a tally', () => {
    const sums = new ShiftedSums([3, 3, 1]);
    const rows = [
      [1, 7, 6],
      [3, 2, -1],
      [5, 5, 0],
      [2, 6, 4],
    ];
    for (const r of rows) {
      sums.add3(0, r[0] as number, r[1] as number, r[2] as number);
      sums.add(1, r);
      sums.count(2);
    }
    expect(sums.moments(0)).toEqual(sums.moments(1));
    expect(sums.n(2)).toBe(4);
    expect(sums.moments(2).mean[0]).toBe(0);
  });

  it('agrees with Welford (CoMoments.add) to 1e-12 on any data, integer or not, for k = 1 … 7', () => {
    // k = 2, 4, 5, 6 take unrolled paths, the others the loops: all must agree with CoMoments.
    const value = fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }));
    const data = fc.integer({ min: 1, max: 7 }).chain((k) => fc.array(fc.array(value, { minLength: k, maxLength: k }), { minLength: 1, maxLength: 80 }));
    fc.assert(
      fc.property(data, (rows) => {
        const k = (rows[0] as number[]).length;
        const sums = new ShiftedSums([k]);
        const welford = new CoMoments(k);
        for (const r of rows) {
          sums.add(0, r);
          welford.add(r);
        }
        const m = sums.moments(0);
        expect(m.n).toBe(welford.n);
        const scale = Math.max(1, ...rows.flat().map(Math.abs));
        m.mean.forEach((v, i) => expect(Math.abs(v - (welford.mean[i] as number))).toBeLessThanOrEqual(1e-12 * scale));
        m.c.forEach((v, i) => expect(Math.abs(v - (welford.c[i] as number))).toBeLessThanOrEqual(1e-12 * scale * scale * rows.length));
      }),
      { seed: 20261122, numRuns: 700 },
    );
  });

  it('addPaired derives the cross co-moments of [b, p, p − b] and agrees with Welford to 1e-12', () => {
    const value = fc.oneof(fc.integer({ min: 1, max: 7 }), fc.double({ min: 0, max: 100, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 80 }), (pairs) => {
        const sums = new ShiftedSums([3], [true]);
        const welford = new CoMoments(3);
        for (const [b, p] of pairs) {
          sums.addPaired(0, b, p, p - b);
          welford.add([b, p, p - b]);
        }
        const m = sums.moments(0);
        const scale = Math.max(1, ...pairs.flat());
        m.mean.forEach((v, i) => expect(Math.abs(v - (welford.mean[i] as number))).toBeLessThanOrEqual(1e-12 * scale));
        m.c.forEach((v, i) => expect(Math.abs(v - (welford.c[i] as number))).toBeLessThanOrEqual(1e-12 * scale * scale * pairs.length));
      }),
      { seed: 20261122, numRuns: 500 },
    );
    // by hand: (b, p) = (1, 3), (2, 2), (3, 7): means 2 and 4, deviations (−1, 0, 1) and (−1, −2, 3),
    // gaps 2, 0, 4 (mean 2, deviations 0, −2, 2): C_bb = 2, C_pp = 14, C_gg = 8, and directly
    // C_bp = 1 + 0 + 3 = 4, C_bg = 0 + 0 + 2 = 2, C_pg = 0 + 4 + 6 = 10 — what the derivation gives.
    const hand = new ShiftedSums([3], [true]);
    for (const [b, p] of [
      [1, 3],
      [2, 2],
      [3, 7],
    ] as const)
      hand.addPaired(0, b, p, p - b);
    const c = Array.from(hand.moments(0).c);
    expect(c).toEqual([2, 4, 2, 14, 10, 8]);
    expect(() => new ShiftedSums([2], [true])).toThrow(/not 3/);
  });

  it('gives an exact zero variance for constant data and merges empty slots as nothing', () => {
    const sums = new ShiftedSums([1, 1]);
    for (let i = 0; i < 1000; i++) sums.add1(0, 0.1);
    expect([sums.moments(0).mean[0], sums.moments(0).c[0]]).toEqual([0.1, 0]);
    const targets = [new CoMoments(1), new CoMoments(1)];
    sums.mergeInto(targets);
    expect([targets[0]?.n, targets[1]?.n]).toEqual([1000, 0]);
  });
});
