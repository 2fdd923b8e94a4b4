import { ServqualError } from '../errors.js';

/** One stage (moment of truth) of a service journey and the share of customers it satisfies. */
export interface JourneyStage {
  stage: string;
  /** Share satisfied, 0–1. */
  satisfied: number;
  /** Respondents behind the share, where it came from ratings. */
  n?: number;
}

/** Options of {@link journey}. */
export interface JourneyOptions {
  /** The level each stage is imagined raised to, one at a time. Default 0.95. */
  target?: number;
}

/** The chained satisfaction of a journey and what lifting each stage would do. */
export interface JourneyReport {
  /** Π pᵢ: the share satisfied at every stage, if stages satisfy independently. */
  satisfaction: number;
  target: number;
  /** The stage with the lowest share (the first, on a tie). */
  weakest: string;
  stages: Array<
    JourneyStage & { /** The journey's satisfaction if this stage alone rose to the target (unchanged if already above). */ ifRaised: number; gain: number }
  >;
}

/**
 * Moments of truth: a service is a chain of contacts, and if stage i satisfies with probability pᵢ
 * the whole journey satisfies with Π pᵢ — ten stages at 95% leave 0.95¹⁰ ≈ 60% ("100 − 1 = 0").
 * For each stage, also the journey's satisfaction if that stage alone rose to `target`.
 *
 * @throws {ServqualError} `E_INVALID_OPTION` for no stages, a share outside 0–1, or a target outside 0–1
 *
 * @example
 * journey(Array.from({ length: 10 }, (_, i) => ({ stage: `s${i + 1}`, satisfied: 0.95 }))).satisfaction
 * //=> 0.5987369392383786
 */
export function journey(stages: readonly JourneyStage[], options: JourneyOptions = {}): JourneyReport {
  const target = options.target ?? 0.95;
  if (stages.length === 0) throw new ServqualError('E_INVALID_OPTION', 'journey: no stages');
  if (!(target >= 0 && target <= 1)) throw new ServqualError('E_INVALID_OPTION', `journey: target must be between 0 and 1, got ${target}`);
  stages.forEach((s, i) => {
    if (!(s.satisfied >= 0 && s.satisfied <= 1)) {
      throw new ServqualError('E_INVALID_OPTION', `journey: stage ${i + 1} ("${s.stage}"): satisfied must be between 0 and 1, got ${s.satisfied}`);
    }
  });
  const product = (list: readonly number[]): number => list.reduce((p, x) => p * x, 1);
  const shares = stages.map((s) => s.satisfied);
  const satisfaction = product(shares);
  let weakest = 0;
  shares.forEach((p, i) => {
    if (p < (shares[weakest] as number)) weakest = i;
  });
  return {
    satisfaction,
    target,
    weakest: stages[weakest]?.stage ?? '',
    stages: stages.map((s, i) => {
      const ifRaised = product(shares.map((p, j) => (j === i ? Math.max(p, target) : p)));
      return { ...s, ifRaised, gain: ifRaised - satisfaction };
    }),
  };
}

/**
 * Stage shares from per-respondent ratings: the share of respondents who rated a stage at or above
 * `threshold`, among those who rated it (a missing rating is `null` or `NaN` and is not counted).
 *
 * @example
 * stagesFromRatings(['desk', 'room'], [[5, 3], [4, 5], [2, null]], 4).map((s) => s.satisfied)
 * //=> [0.6666666666666666, 0.5]
 */
export function stagesFromRatings(stages: readonly string[], ratings: ReadonlyArray<ReadonlyArray<number | null>>, threshold: number): JourneyStage[] {
  return stages.map((stage, j) => {
    let n = 0;
    let ok = 0;
    for (const row of ratings) {
      const x = row[j];
      if (x === null || x === undefined || Number.isNaN(x)) continue;
      n++;
      if (x >= threshold) ok++;
    }
    if (n === 0) throw new ServqualError('E_NO_DATA', `journey: stage "${stage}" has no ratings`);
    return { stage, satisfied: ok / n, n };
  });
}
