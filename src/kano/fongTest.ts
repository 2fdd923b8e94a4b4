import { KANO_TIE_ORDER, type KanoCounts } from './kanoCategory.js';

/** Fong's test of whether an attribute's category stands out from the runner-up. */
export interface FongTest {
  /** a − b: the most frequent count less the second most frequent. */
  difference: number;
  /** 1.65·√((a + b)(2n − a − b) / (2n)). */
  threshold: number;
  /** difference ≥ threshold. */
  significant: boolean;
}

/**
 * Fong's (1996) test: with a and b the two largest of the six counts and n their sum, the category
 * is told apart from the runner-up (at about the 10% level, two-sided) when
 * `a − b ≥ 1.65·√((a + b)(2n − a − b) / (2n))`.
 *
 * @param counts - the counts of the six categories
 * @returns the difference, the threshold and the verdict; `null` when n = 0
 *
 * @example
 * fongTest({ M: 95, O: 123, A: 45, I: 33, R: 0, Q: 0 }).difference // stp25kano's "Service app": 28 against 19.4
 * //=> 28
 */
export function fongTest(counts: KanoCounts): FongTest | null {
  const sorted = KANO_TIE_ORDER.map((c) => counts[c]).sort((x, y) => y - x);
  const n = sorted.reduce((s, x) => s + x, 0);
  if (n === 0) return null;
  const a = sorted[0] as number;
  const b = sorted[1] as number;
  const difference = a - b;
  const threshold = 1.65 * Math.sqrt(((a + b) * (2 * n - a - b)) / (2 * n));
  return { difference, threshold, significant: difference >= threshold };
}
