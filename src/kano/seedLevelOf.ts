import type * as z from 'zod';
import type { Equal, Expect } from '../_lib/Equal.js';
import type { NeedLevelSchema, SeedLevelSchema } from '../report/KanoReportSchema.js';
import type { KanoCategory } from './kanoEvaluation.js';

// The four levels of customer needs are the instrument contract's (a survey item or a Kano attribute).
export { NEED_LEVELS } from '../instrument/schema.js';
import type { NEED_LEVELS } from '../instrument/schema.js';

/** A level of customer needs. */
export type NeedLevel = (typeof NEED_LEVELS)[number];

/**
 * The level of needs a Kano category corresponds to: must-be ↔ expected (meeting it earns no credit,
 * missing it disappoints); attractive ↔ desired or unexpected (missing it does not disappoint,
 * meeting it delights); indifferent and reverse as themselves.
 */
export type SeedLevel = 'expected' | 'desired-or-unexpected' | 'indifferent' | 'reverse';

// The levels are the report contract's, word for word.
export type _SameLevels = Expect<Equal<[NeedLevel, SeedLevel], [z.output<typeof NeedLevelSchema>, z.output<typeof SeedLevelSchema>]>>;

/**
 * The need level of a Kano category. One-dimensional (satisfaction rises and falls with performance)
 * and questionable have none: the four-level model has no level for them, and the report says so.
 *
 * @param category - the attribute's category
 * @returns its level, or `null`
 *
 * @example
 * [seedLevelOf('M'), seedLevelOf('A'), seedLevelOf('O')]
 * //=> ['expected', 'desired-or-unexpected', null]
 */
export function seedLevelOf(category: KanoCategory | null): SeedLevel | null {
  switch (category) {
    case 'M':
      return 'expected';
    case 'A':
      return 'desired-or-unexpected';
    case 'I':
      return 'indifferent';
    case 'R':
      return 'reverse';
    default:
      return null;
  }
}
