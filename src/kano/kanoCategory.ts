import type { KanoCategory } from './kanoEvaluation.js';

/** Counts of each Kano category over an attribute's respondents. */
export type KanoCounts = Readonly<Record<KanoCategory, number>>;

/** The order that breaks ties between equally frequent categories: must-be first. */
export const KANO_TIE_ORDER: readonly KanoCategory[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

/**
 * An attribute's category: the most frequent of the six, ties broken M > O > A > I > R > Q (the
 * category whose neglect costs most wins, after Berger et al. 1993).
 *
 * @param counts - the counts of the six categories
 * @returns the category; `null` when every count is 0
 *
 * @example
 * kanoCategory({ A: 10, O: 12, M: 12, I: 3, R: 0, Q: 1 }) // O and M tie: M wins
 * //=> 'M'
 */
export function kanoCategory(counts: KanoCounts): KanoCategory | null {
  let best: KanoCategory | null = null;
  for (const c of KANO_TIE_ORDER) if (counts[c] > 0 && (best === null || counts[c] > counts[best])) best = c;
  return best;
}
