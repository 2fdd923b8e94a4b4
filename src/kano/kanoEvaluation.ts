import type * as z from 'zod';
import type { Equal, Expect } from '../_lib/Equal.js';
import { ServqualError } from '../errors.js';
import type { KanoCategorySchema } from '../report/KanoReportSchema.js';

/**
 * The six Kano categories: attractive, one-dimensional, must-be, indifferent, reverse and
 * questionable (a contradictory pair of answers).
 */
export const KANO_CATEGORIES = ['A', 'O', 'M', 'I', 'R', 'Q'] as const;

/** A Kano category (see {@link KANO_CATEGORIES}). */
export type KanoCategory = (typeof KANO_CATEGORIES)[number];

// The categories are the report contract's, letter for letter.
export type _SameCategories = Expect<Equal<KanoCategory, z.output<typeof KanoCategorySchema>>>;

/** A Kano answer code: 1 "I like it", 2 "I expect it", 3 "I am neutral", 4 "I can live with it", 5 "I dislike it". */
export type KanoAnswer = 1 | 2 | 3 | 4 | 5;

/**
 * Berger et al.'s (1993) evaluation table: row = the functional answer (1–5), column = the
 * dysfunctional answer (1–5), each row a string of five categories.
 */
export const KANO_EVALUATION_TABLE: readonly string[] = ['QAAAO', 'RIIIM', 'RIIIM', 'RIIIM', 'RRRRQ'];

/**
 * The category of one respondent's answers to an attribute's functional question ("if the hotel
 * had …") and dysfunctional question ("if it had not …"), by the evaluation table of Berger et al.
 * (1993): liking its presence and disliking its absence is one-dimensional (O); liking its presence
 * and not minding its absence is attractive (A); expecting or tolerating its presence but disliking
 * its absence is must-be (M); the same answer both ways to "like" or "dislike" is questionable (Q);
 * preferring its absence is reverse (R); everything else is indifferent (I).
 *
 * @param functional - the functional answer, 1–5
 * @param dysfunctional - the dysfunctional answer, 1–5
 * @returns the category
 * @throws {ServqualError} `E_OUT_OF_SCALE` "kanoEvaluation: answers must be whole numbers 1–5, got (F, D)"
 *
 * @example
 * [kanoEvaluation(1, 5), kanoEvaluation(1, 3), kanoEvaluation(2, 5), kanoEvaluation(3, 3)]
 * //=> ['O', 'A', 'M', 'I']
 */
export function kanoEvaluation(functional: number, dysfunctional: number): KanoCategory {
  const row = KANO_EVALUATION_TABLE[functional - 1];
  const cell = Number.isInteger(dysfunctional) && dysfunctional >= 1 && dysfunctional <= 5 ? row?.[dysfunctional - 1] : undefined;
  if (!Number.isInteger(functional) || cell === undefined) {
    throw new ServqualError('E_OUT_OF_SCALE', `kanoEvaluation: answers must be whole numbers 1–5, got (${functional}, ${dysfunctional})`);
  }
  return cell as KanoCategory;
}
