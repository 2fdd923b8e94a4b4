import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineInstrument } from '../src/instrument/defineInstrument.js';
import { penaltyReward } from '../src/kano/penaltyReward.js';

// Reference values: test/fixtures/penalty-reward/make.R (R 4.2.2 `lm` and `confint`) wrote both the
// survey and reference.json; CI does not run R.
const dir = new URL('./fixtures/penalty-reward/', import.meta.url);
const instrument = defineInstrument(JSON.parse(readFileSync(new URL('instrument.json', dir), 'utf8')));
const reference = JSON.parse(readFileSync(new URL('reference.json', dir), 'utf8')) as {
  n: number;
  df: number;
  r2: number;
  coefficients: Record<string, { n: number; estimate: number; se: number; ci95: [number, number] }>;
};
const [head, ...lines] = readFileSync(new URL('survey.csv', dir), 'utf8').trim().split('\n');
const survey = { header: (head as string).split(','), rows: lines.map((l) => l.split(',')) };

const close = (actual: number | undefined, expected: number | undefined): void => {
  expect(Math.abs((actual as number) - (expected as number))).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected as number)));
};

describe('penaltyReward against R lm()', () => {
  const report = penaltyReward(survey, { instrument });

  it('fits the same regression', () => {
    expect(report.n).toBe(reference.n);
    expect(report.cutoffs).toEqual({ low: 2, high: 4 });
    close(report.r2 ?? Number.NaN, reference.r2);
  });
  it.each(['room', 'staff', 'extras'])('%s: penalty and reward with their CIs', (id) => {
    const f = report.factors.find((x) => x.id === id);
    const low = reference.coefficients[`${id}_low`];
    const high = reference.coefficients[`${id}_high`];
    expect([f?.lowN, f?.highN]).toEqual([low?.n, high?.n]);
    close(f?.penalty?.estimate, low?.estimate);
    close(f?.penalty?.se, low?.se);
    close(f?.penalty?.ci95[0], low?.ci95[0]);
    close(f?.penalty?.ci95[1], low?.ci95[1]);
    close(f?.reward?.estimate, high?.estimate);
    close(f?.reward?.se, high?.se);
    close(f?.reward?.ci95[1], high?.ci95[1]);
  });
  it('classifies by the impact asymmetry', () => {
    // From reference.json: room (0.0240 − 1.5988) / 1.6229 = −0.970 basic; staff (0.7242 − 1.0681) /
    // 1.7923 = −0.192 performance (inside ±0.2); extras (1.3963 − 0.2267) / 1.6230 = 0.721 excitement.
    expect(report.factors.map((f) => [f.id, f.class, Number(f.asymmetry?.toFixed(3))])).toEqual([
      ['room', 'basic', -0.97],
      ['staff', 'performance', -0.192],
      ['extras', 'excitement', 0.721],
    ]);
  });
  it('refuses a factor with a small dummy, and one with a wrong sign', () => {
    // every dummy has 115–137 respondents (reference.json): below a minimum of 200, all are refused
    const strict = penaltyReward(survey, { instrument, minGroup: 200 });
    expect(strict.factors.map((f) => [f.class, f.refused?.en])).toEqual([
      [null, 'fewer than 200 respondents score low (132) or high (137)'],
      [null, 'fewer than 200 respondents score low (131) or high (115)'],
      [null, 'fewer than 200 respondents score low (131) or high (121)'],
    ]);
    // the outcome mirrored on its 0–12 scale (12 − y flips every coefficient's sign): every penalty is
    // positive, the wrong sign for every factor
    const mirrored = { header: survey.header, rows: survey.rows.map((r) => r.map((c, i) => (i === survey.header.length - 1 ? String(12 - Number(c)) : c))) };
    const flipped = penaltyReward(mirrored, { instrument });
    expect(flipped.factors.map((f) => f.refused?.en.startsWith('an effect has the wrong sign'))).toEqual([true, true, true]);
  });
});
