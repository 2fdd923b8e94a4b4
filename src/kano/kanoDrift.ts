import type { KanoCategory } from './kanoEvaluation.js';

/** An attribute whose category moved along attractive → one-dimensional → must-be between two periods. */
export interface KanoDrift {
  id: string;
  from: KanoCategory;
  to: KanoCategory;
  fromPeriod: string;
  toPeriod: string;
}

// The life cycle of a quality attribute (Kano 2001): delights wear into performance, then into basics.
const STAGE: Partial<Record<KanoCategory, number>> = { A: 0, O: 1, M: 2 };

/**
 * The attributes whose category moved forward along attractive → one-dimensional → must-be between
 * consecutive periods with a category: surprises becoming expectations. A move backwards, or to or
 * from I, R or Q, is not flagged.
 *
 * @param periods - the periods in calendar order, each with its attributes' categories
 * @returns one entry per forward move, in period order, then attribute order
 *
 * @example
 * kanoDrift([
 *   { period: '2025-Q1', attributes: [{ id: 'wifi', category: 'A' }] },
 *   { period: '2025-Q2', attributes: [{ id: 'wifi', category: 'M' }] },
 * ])
 * //=> [{ id: 'wifi', from: 'A', to: 'M', fromPeriod: '2025-Q1', toPeriod: '2025-Q2' }]
 */
export function kanoDrift(periods: ReadonlyArray<{ period: string; attributes: ReadonlyArray<{ id: string; category: KanoCategory | null }> }>): KanoDrift[] {
  const last = new Map<string, { category: KanoCategory; period: string }>();
  const out: KanoDrift[] = [];
  for (const p of periods) {
    for (const a of p.attributes) {
      if (a.category === null) continue;
      const before = last.get(a.id);
      const s0 = before === undefined ? undefined : STAGE[before.category];
      const s1 = STAGE[a.category];
      if (before !== undefined && s0 !== undefined && s1 !== undefined && s1 > s0) {
        out.push({ id: a.id, from: before.category, to: a.category, fromPeriod: before.period, toPeriod: p.period });
      }
      last.set(a.id, { category: a.category, period: p.period });
    }
  }
  return out;
}
