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

describe('penaltyReward on a 0–100 scale', () => {
  it('takes the bottom and top sixth of the range as low and high, not 1 and 99', () => {
    // 0–100: two answers would be ≤ 1 and ≥ 99; a sixth of the range is 100/6 = 16.67 (as 1–2 and 6–7 are
    // on 1–7). Scores 10, 50 and 90, 40 respondents each: 10 is low, 90 high, 50 neither. Overall
    // 3 + (i mod 2)/10 at 10, 6.05 on average at 50, 7 + (i mod 2)/10 at 90: penalty 3.05 − 6.05 = −3,
    // reward 7.05 − 6.05 = 1 (each dummy's coefficient is its group's mean minus the middle group's).
    const wide = defineInstrument({
      id: 'wide',
      name: { en: 'Wide' },
      scale: { min: 0, max: 100 },
      overallScale: { min: 0, max: 10 },
      dimensions: [{ id: 'room', name: { en: 'Room' }, items: [{ id: '1' }] }],
    });
    const rows = Array.from({ length: 120 }, (_, i) => ({ P1: [10, 50, 90][i % 3] as number, overall: ([3, 6, 7][i % 3] as number) + (i % 2) / 10 }));
    const report = penaltyReward(rows, { instrument: wide });
    expect(report.cutoffs).toEqual({ low: 100 / 6, high: 100 - 100 / 6 });
    const [room] = report.factors;
    expect([room?.lowN, room?.highN]).toEqual([40, 40]);
    close(room?.penalty?.estimate, -3);
    close(room?.reward?.estimate, 1);
  });
});
