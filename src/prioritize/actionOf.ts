import type { Action, Measures, Quadrant, Report } from '../report/types.js';
import type { TestedStat } from '../stats/types.js';

/** What the verdict on a dimension or item is decided from. */
export interface ActionInput {
  method: Report['method'];
  measures: Pick<Measures, 'gap' | 'adequacy' | 'superiority' | 'perception'>;
  /** The importance share used, and the mean share of its level (dimensions or items). */
  share: number;
  meanShare: number;
  /** Whether importance is equal (then the share says nothing and IPA is degenerate). */
  equal: boolean;
  /** SERVPERF: the IPA quadrant of the point (computed even where the report does not show it). */
  quadrant: Quadrant | null;
  /** SERVPERF with equal importance: the mean perception of the level, to split at. */
  meanPerception: number | null;
  /** Adjusted p below this is significant. */
  alpha: number;
}

/** Below this (−1), above it (+1), or neither (0): a mean's sign where its adjusted p is below alpha. */
export function significantSign(t: TestedStat | undefined, alpha: number): -1 | 0 | 1 {
  if (t === undefined || t.mean === null || t.pAdjusted === null || !(t.pAdjusted < alpha) || t.mean === 0) return 0;
  return t.mean < 0 ? -1 : 1;
}

/** `x ≥ c`, allowing for rounding, so that equal shares sit on the high side whatever their order. */
export function atLeast(x: number, c: number): boolean {
  return x >= c - 1e-12 * Math.max(1, Math.abs(c));
}

/**
 * The verdict on a dimension or item.
 *
 * servqual and three-column: a significant shortfall (gap < 0; three-column adequacy < 0 or superiority
 * < 0; adjusted p < alpha) is `fix` when the share is at or above the mean share, `improve` below it;
 * three-column below the minimum is always `fix`. Otherwise `reconsider` when the gap (three-column:
 * superiority) is significantly above zero and the share is below the mean, else `maintain`.
 *
 * servperf (no gap to test): from the IPA quadrant — concentrate here → fix, low priority → improve,
 * keep up the good work → maintain, possible overkill → reconsider; with equal importance, perception
 * below the level's mean → improve, else maintain.
 *
 * @example
 * // A gap of −1 with adjusted p = .01, and a share (0.3) above the mean share (0.2): a significant shortfall that matters.
 * const perception = { n: 100, mean: 5, sd: 1 };
 * const gap = { n: 100, mean: -1, sd: 1, se: 0.1, ci95: [-1.2, -0.8], t: -10, df: 99, p: 0.005, pAdjusted: 0.01, dz: -1 };
 * const input = { method: 'servqual', measures: { perception, gap }, share: 0.3, meanShare: 0.2, equal: false, quadrant: null, meanPerception: null, alpha: 0.05 };
 * [actionOf(input), actionOf({ ...input, share: 0.1 }), actionOf({ ...input, measures: { perception, gap: { ...gap, pAdjusted: 0.2 } } })]
 * //=> ['fix', 'improve', 'maintain']
 */
export function actionOf(a: ActionInput): Action {
  const high = a.equal || atLeast(a.share, a.meanShare);
  if (a.method === 'servperf') {
    if (a.equal || a.quadrant === null) {
      const p = a.measures.perception.mean;
      return p !== null && a.meanPerception !== null && p < a.meanPerception - 1e-12 * Math.max(1, Math.abs(a.meanPerception)) ? 'improve' : 'maintain';
    }
    return QUADRANT_ACTION[a.quadrant];
  }
  const main = a.method === 'servqual' ? a.measures.gap : a.measures.superiority;
  if (a.method === 'three-column' && significantSign(a.measures.adequacy, a.alpha) < 0) return 'fix';
  if (significantSign(main, a.alpha) < 0) return high ? 'fix' : 'improve';
  if (significantSign(main, a.alpha) > 0 && !high) return 'reconsider';
  return 'maintain';
}

const QUADRANT_ACTION: Readonly<Record<Quadrant, Action>> = {
  'concentrate-here': 'fix',
  'low-priority': 'improve',
  'keep-up-the-good-work': 'maintain',
  'possible-overkill': 'reconsider',
};
