import { describe, expect, it } from 'vitest';
import { analyze, ipaQuadrant, ServqualError } from '../src/index.js';
import { tiny } from './helpers/tiny.js';

// Six respondents on the tiny instrument (a: items 1–2; b: items 3–4, item 4 reverse-keyed).
// Every expectation is 6 (raw E4 = 2, recoded 8 − 2). Perceptions of a are 5,4,5,6,5,5 → gap −1;
// of b 4,3,4,5,4,4 → gap −2 (raw P4 = 8 − P3). Each respondent gives a 70 points, b 30.
// Dimension gaps per respondent: a −1,−2,−1,0,−1,−1 (sd √0.4); b the same minus 1.
// R: t.test(a)$p.value = 0.01172481, for b 0.0005732451; Holm keeps a at 0.01172481.
const pa = [5, 4, 5, 6, 5, 5];
const pb = [4, 3, 4, 5, 4, 4];
const rows = pa.map((p, i) => ({ E1: 6, E2: 6, E3: 6, E4: 2, P1: p, P2: p, P3: pb[i] as number, P4: 8 - (pb[i] as number), W_a: 70, W_b: 30 }));

describe('priorities', () => {
  const report = analyze(rows, { instrument: tiny });

  it('score = importance share × significant shortfall, ranked per level', () => {
    // a: 0.70 × 1 = 0.70; b: 0.30 × 2 = 0.60; items: 0.35 × 1 (items 1, 2) and 0.15 × 2 (items 3, 4)
    const dims = report.priorities.filter((p) => p.level === 'dimension');
    expect(dims.map((p) => [p.rank, p.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(dims[0]?.score).toBeCloseTo(0.7, 12);
    expect(dims[1]?.score).toBeCloseTo(0.6, 12);
    const items = report.priorities.filter((p) => p.level === 'item');
    // items 1 and 2 tie exactly: instrument order breaks the tie
    expect(items.map((p) => [p.rank, p.id, Number(p.score.toFixed(12))])).toEqual([
      [1, '1', 0.35],
      [2, '2', 0.35],
      [3, '3', 0.3],
      [4, '4', 0.3],
    ]);
  });

  it('gives a sentence a manager can act on, in English and Chinese', () => {
    expect(report.priorities[0]?.reason).toEqual({
      en: 'A: customers perceive 5.00 against an expectation of 6.00 (gap −1.00, p = .012) and give it 70% of importance — keep up the good work.',
      zh: 'A：顾客感知为 5.00，期望为 6.00（差距 −1.00，p = .012），并给予其 70% 的重要性——继续保持。',
    });
  });

  it('puts IPA crosshairs at the data means by default', () => {
    // performance 5 and 4 (mean 4.5); importance 0.7 and 0.3 (mean 0.5)
    expect(report.ipa).toEqual({ importance: 'stated', performance: 'perception', crosshairs: { performance: 4.5, importance: 0.5, placement: 'mean' } });
    expect(report.dimensions.map((d) => d.quadrant)).toEqual(['keep-up-the-good-work', 'low-priority']);
  });

  it('has a gap-based variant with crosshairs at the midpoint (gap 0, equal importance)', () => {
    const r = analyze(rows, { instrument: tiny, ipaPerformance: 'gap', ipaCrosshairs: 'midpoint' });
    expect(r.ipa.crosshairs).toEqual({ performance: 0, importance: 0.5, placement: 'midpoint' });
    expect(r.dimensions.map((d) => d.quadrant)).toEqual(['concentrate-here', 'low-priority']);
  });

  it('takes given crosshairs and equal importance', () => {
    const r = analyze(rows, { instrument: tiny, importance: 'equal', ipaCrosshairs: { performance: 4.5, importance: 0.4 } });
    expect(r.dimensions.map((d) => d.importance.share)).toEqual([0.5, 0.5]);
    expect(r.dimensions.map((d) => d.quadrant)).toEqual(['keep-up-the-good-work', 'concentrate-here']);
    // equal shares: b (0.5 × 2 = 1.0) now outranks a (0.5 × 1)
    expect(r.priorities[0]?.id).toBe('b');
  });

  it('counts no shortfall for a gap that is not significant', () => {
    // only the first two respondents: a's gaps −1, −2 (p = 0.205 by t.test(c(-1,-2)))
    const r = analyze(rows.slice(0, 2), { instrument: tiny });
    expect(r.priorities.find((p) => p.id === 'a' && p.level === 'dimension')?.shortfall).toBe(0);
  });

  it('refuses derived importance without an overall column', () => {
    expect(() => analyze(rows, { instrument: tiny, importance: 'derived' })).toThrow(ServqualError);
  });
});

describe('ipaQuadrant(point, crosshairs)', () => {
  it('follows Martilla & James (1977) — the doc example', () => {
    expect(ipaQuadrant({ performance: 4.9, importance: 0.31 }, { performance: 5.4, importance: 0.2 })).toBe('concentrate-here');
    expect(ipaQuadrant({ performance: 5.9, importance: 0.31 }, { performance: 5.4, importance: 0.2 })).toBe('keep-up-the-good-work');
    expect(ipaQuadrant({ performance: 4.9, importance: 0.1 }, { performance: 5.4, importance: 0.2 })).toBe('low-priority');
    expect(ipaQuadrant({ performance: 5.9, importance: 0.1 }, { performance: 5.4, importance: 0.2 })).toBe('possible-overkill');
  });
});

describe('priorities of three-column data', () => {
  it('rank falling below the minimum before falling short of the desired level', () => {
    // a: MIN 5, DES 7, P 4,3,4,5,4,4 → adequacy −1, superiority −3 (both significant);
    // b: MIN 2, DES 7, same P → adequacy +2, superiority −3. Equal importance 0.5:
    // a scores 0.5 × 1 in the first tier, b 0.5 × 3 = 1.5 in the second — a still comes first.
    // Item 4 is reverse-keyed, so its raw answers are 8 − x.
    const p = [4, 3, 4, 5, 4, 4];
    const rows = p.map((x) => ({
      MIN1: 5,
      MIN2: 5,
      MIN3: 2,
      MIN4: 8 - 2,
      DES1: 7,
      DES2: 7,
      DES3: 7,
      DES4: 8 - 7,
      P1: x,
      P2: x,
      P3: x,
      P4: 8 - x,
    }));
    const r = analyze(rows, { instrument: tiny });
    expect(r.method).toBe('three-column');
    const dims = r.priorities.filter((e) => e.level === 'dimension');
    expect(dims.map((e) => [e.id, e.zone, Number(e.score.toFixed(12))])).toEqual([
      ['a', 'below', 0.5],
      ['b', 'within', 1.5],
    ]);
    expect(dims[0]?.reason.en).toMatch(
      /^A: customers perceive 4\.00 against a minimum of 5\.00 and a desired level of 7\.00 \(below the minimum by 1\.00, p = \.\d{3}\)/,
    );
  });
});
