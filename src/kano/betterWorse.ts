import type { KanoCounts } from './kanoCategory.js';

/** Berger et al.'s customer-satisfaction coefficients of an attribute. */
export interface BetterWorse {
  /** (A + O) / (A + O + M + I), 0 to 1: how much having it raises satisfaction. */
  better: number | null;
  /** −(O + M) / (A + O + M + I), −1 to 0: how much lacking it lowers satisfaction. */
  worse: number | null;
}

/**
 * Better and Worse (Berger et al. 1993; "CS+" and "CS−"): the shares of the A, O, M and I answers
 * that gain satisfaction from the attribute and that lose it without; reverse and questionable answers
 * are left out.
 *
 * @param counts - the counts of the six categories
 * @returns both coefficients; `null` when A + O + M + I = 0
 *
 * @example
 * betterWorse({ M: 95, O: 123, A: 45, I: 33, R: 0, Q: 0 }) // stp25kano's "Service app": 0.568, −0.736
 * //=> { better: 168 / 296, worse: -218 / 296 }
 */
export function betterWorse(counts: KanoCounts): BetterWorse {
  const base = counts.A + counts.O + counts.M + counts.I;
  if (base === 0) return { better: null, worse: null };
  return { better: (counts.A + counts.O) / base, worse: -(counts.O + counts.M) / base };
}
