import type { KanoAttributeReport } from '../report/KanoReportSchema.js';
import type { KanoMoments } from '../score/accumulators/kano.js';
import { KANO_COUNT_SLOTS } from '../score/accumulators/kano.js';
import { betterWorse } from './betterWorse.js';
import { kanoScore } from './dumouchelScores.js';
import { fongTest } from './fongTest.js';
import { kanoCategory, type KanoCounts } from './kanoCategory.js';
import { KANO_CATEGORIES } from './kanoEvaluation.js';
import type { KanoAttribute } from './KanoInstrumentSchema.js';
import { seedLevelOf } from './seedLevelOf.js';

/**
 * The Kano analysis of every attribute of one group of respondents, from its moments: the counts,
 * the category, its level of needs, Better and Worse, Fong's test, total and category strength, and
 * the continuous scores.
 *
 * @param attributes - the attributes, in slot order
 * @param moments - the group's accumulated counts and scores
 */
export function kanoAttributeReports(attributes: readonly KanoAttribute[], moments: KanoMoments): KanoAttributeReport[] {
  const rows = moments.rows.n;
  return attributes.map((a, j) => {
    const counts = Object.fromEntries(KANO_CATEGORIES.map((c, k) => [c, moments.counts[j * KANO_COUNT_SLOTS + k]?.n ?? 0])) as KanoCounts;
    const n = KANO_CATEGORIES.reduce((s, c) => s + counts[c], 0);
    const category = kanoCategory(counts);
    const fong = fongTest(counts);
    const scores = moments.scores[j];
    const { better, worse } = betterWorse(counts);
    return {
      id: a.id,
      name: a.name,
      ...(a.needLevel === undefined ? {} : { needLevel: a.needLevel }),
      n,
      missing: rows - n,
      counts: { A: counts.A, O: counts.O, M: counts.M, I: counts.I, R: counts.R, Q: counts.Q },
      category,
      seedLevel: seedLevelOf(category),
      better,
      worse,
      fong,
      totalStrength: n === 0 ? null : (counts.A + counts.O + counts.M) / n,
      categoryStrength: fong === null ? null : fong.difference / n,
      functional: scores === undefined ? { mean: null, sd: null, ci95: null } : kanoScore(scores, 0),
      dysfunctional: scores === undefined ? { mean: null, sd: null, ci95: null } : kanoScore(scores, 1),
    };
  });
}
