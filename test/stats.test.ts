import { describe, expect, it } from 'vitest';
import { adjustPValues, CoMoments, cronbachAlpha, tTestFromMoments } from '../src/index.js';

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
    const r = cronbachAlpha([[1, 2], [2, 3], [3, 3], [4, 5]]);
    expect(r.alpha).toBeCloseTo(0.96, 14);
    expect(r.standardizedAlpha).toBeCloseTo(0.96016415761152496, 14);
    expect(r.n).toBe(4);
  });
  it('drops rows with a missing value (listwise)', () => {
    const r = cronbachAlpha([[1, 2], [2, 3], [null, 1], [3, 3], [4, 5], [Number.NaN, 2]]);
    expect(r.n).toBe(4);
    expect(r.alpha).toBeCloseTo(0.96, 14);
  });
});

describe('CoMoments', () => {
  it('gives the sample covariance of a hand-computed example', () => {
    // x = 1,2,3,4 and y = 2,3,3,5: cov = Σ(dx·dy)/3 = (1.875 + 0.125 − 0.125 + 2.625)/3 = 1.5
    const m = new CoMoments(2);
    for (const [x, y] of [[1, 2], [2, 3], [3, 3], [4, 5]] as const) m.add([x, y]);
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
