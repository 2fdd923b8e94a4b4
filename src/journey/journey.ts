import { ServqualError } from '../errors.js';
import { DEFAULTS } from '../defaults.js';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import { Z_975 as Z95 } from '../stats/normalCdf.js';

/** One stage (moment of truth) of a service journey and the share of customers it satisfies. */
export interface JourneyStage {
  stage: string;
  /** Share satisfied, 0–1. */
  satisfied: number;
  /** Respondents behind the share, where it came from ratings. */
  n?: number;
}

/** The share of respondents satisfied at every stage, counted among those who rated every stage. */
export interface ObservedJourney {
  /** Respondents with every stage rated. */
  n: number;
  /** Share of them satisfied at every stage, 0–1; `null` when n is 0. */
  satisfied: number | null;
  /** Wilson 95% interval of `satisfied`; `null` when n is 0. */
  ci95: [number, number] | null;
}

/** Options of {@link journey}. */
export interface JourneyOptions {
  /** The level each stage is imagined raised to, one at a time. Default `DEFAULTS.journeyTarget` (0.95). */
  target?: number;
  /** The share satisfied at every stage as counted in the data (see `observedJourney`), reported beside the product. */
  observed?: ObservedJourney | undefined;
}

/** A stage as the report gives it: its share, its interval, and what raising it alone would do. */
export interface JourneyStageReport extends JourneyStage {
  /** Wilson 95% interval of the share, where the share came with its n; else `null`. */
  ci95: [number, number] | null;
  /** The journey's independence estimate if this stage alone rose to the target (unchanged if already above). */
  ifRaised: number;
  gain: number;
}

/** The chained satisfaction of a journey and what lifting each stage would do. */
export interface JourneyReport {
  /**
   * The independence estimate Π pᵢ: the share satisfied at every stage if stages satisfy
   * independently of each other. Where one customer's stages go together, the observed share differs.
   */
  satisfaction: number;
  /**
   * Delta-method 95% interval of the product, from Var(log Π) = Σ (1 − pᵢ)/(nᵢ·pᵢ); `null` unless
   * every stage has its n and a share above 0. It reflects sampling error only, not the independence assumption.
   */
  satisfactionCi95: [number, number] | null;
  /** The share satisfied at every stage as counted, with per-respondent ratings; else `null`. */
  observed: ObservedJourney | null;
  target: number;
  /** The stages with the lowest share: more than one when they tie. */
  weakest: string[];
  stages: JourneyStageReport[];
}

/**
 * Delta-method 95% interval of a product of independent shares Π pᵢ, each estimated from nᵢ
 * respondents: log Π has variance Σ Var(log p̂ᵢ) ≈ Σ (1 − pᵢ)/(nᵢ·pᵢ), so the interval is
 * exp(log Π ± 1.96·√V), capped at 1.
 *
 * @param stages - shares with their n
 * @returns `[lo, hi]`, or `null` when a stage has no n or a share of 0 (log 0 has no variance to speak of)
 *
 * @example
 * productInterval([{ stage: 'a', satisfied: 0.9, n: 100 }, { stage: 'b', satisfied: 0.8, n: 50 }])?.map((x) => x.toFixed(4))
 * //=> ['0.6177', '0.8392']
 */
export function productInterval(stages: readonly JourneyStage[]): [number, number] | null {
  let logProduct = 0;
  let variance = 0;
  for (const s of stages) {
    if (s.n === undefined || !(s.n > 0) || !(s.satisfied > 0)) return null;
    logProduct += Math.log(s.satisfied);
    variance += (1 - s.satisfied) / (s.n * s.satisfied);
  }
  const half = Z95 * Math.sqrt(variance);
  return [Math.exp(logProduct - half), Math.min(1, Math.exp(logProduct + half))];
}

/**
 * Moments of truth: a service is a chain of contacts, and if stage i satisfies with probability pᵢ
 * and stages satisfy independently, the whole journey satisfies with Π pᵢ — ten stages at 95% leave
 * 0.95¹⁰ ≈ 60% ("100 − 1 = 0"). Π pᵢ is an estimate under independence; with per-respondent ratings
 * pass `observed` (see `journeyFromRatings`) to report the share actually satisfied throughout beside it.
 * For each stage, the Wilson interval of its share (where its n is known) and the journey's
 * satisfaction if that stage alone rose to `target`; the weakest stages, all of them on a tie.
 *
 * @param stages - the stages in order, each with its share satisfied (and n, from ratings)
 * @param options - the target; the observed share
 * @returns the journey report
 * @throws {ServqualError} `E_INVALID_OPTION` for no stages, a share outside 0–1, or a target outside 0–1
 *
 * @example
 * journey(Array.from({ length: 10 }, (_, i) => ({ stage: `s${i + 1}`, satisfied: 0.95 }))).satisfaction
 * //=> 0.5987369392383786
 */
export function journey(stages: readonly JourneyStage[], options: JourneyOptions = {}): JourneyReport {
  const target = options.target ?? DEFAULTS.journeyTarget;
  if (stages.length === 0) throw new ServqualError('E_INVALID_OPTION', 'journey: no stages');
  if (!(target >= 0 && target <= 1))
    throw new ServqualError('E_INVALID_OPTION', `journey: target must be between 0 and 1, got ${target}`, { option: 'target' });
  stages.forEach((s, i) => {
    if (!(s.satisfied >= 0 && s.satisfied <= 1)) {
      throw new ServqualError('E_INVALID_OPTION', `journey: stage ${i + 1} ("${s.stage}"): satisfied must be between 0 and 1, got ${s.satisfied}`);
    }
  });
  const product = (list: readonly number[]): number => list.reduce((p, x) => p * x, 1);
  const shares = stages.map((s) => s.satisfied);
  const satisfaction = product(shares);
  // Shares from counts are ok/n, and equal fractions divide to the same double: exact ties compare equal.
  const lowest = Math.min(...shares);
  return {
    satisfaction,
    satisfactionCi95: productInterval(stages),
    observed: options.observed ?? null,
    target,
    weakest: stages.filter((s) => s.satisfied === lowest).map((s) => s.stage),
    stages: stages.map((s, i) => {
      const ifRaised = product(shares.map((p, j) => (j === i ? Math.max(p, target) : p)));
      const ci95 = s.n === undefined ? null : wilsonInterval(s.satisfied * s.n, s.n);
      return { ...s, ci95, ifRaised, gain: ifRaised - satisfaction };
    }),
  };
}

/** A missing rating: `null`, `undefined` or `NaN`. */
const isMissing = (x: number | null | undefined): x is null | undefined => x === null || x === undefined || Number.isNaN(x);

/**
 * Stage shares from per-respondent ratings: the share of respondents who rated a stage at or above
 * `threshold`, among those who rated it (a missing rating is `null` or `NaN` and is not counted).
 *
 * @param stages - the stages' names, in the order of each row's ratings
 * @param ratings - one row per respondent, one rating per stage
 * @param threshold - the lowest rating that counts as satisfied
 * @returns each stage with its share and n
 * @throws {ServqualError} `E_NO_DATA` for a stage nobody rated
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
      if (isMissing(x)) continue;
      n++;
      if (x >= threshold) ok++;
    }
    if (n === 0) throw new ServqualError('E_NO_DATA', `journey: stage "${stage}" has no ratings`);
    return { stage, satisfied: ok / n, n };
  });
}

/**
 * The share of respondents satisfied at every stage, as counted: among the respondents who rated
 * every stage, those whose every rating is at or above `threshold`, with its Wilson interval.
 *
 * @param ratings - one row per respondent, one rating per stage
 * @param threshold - the lowest rating that counts as satisfied
 * @returns n, the share and its interval
 *
 * @example
 * // Of the two who rated both stages, one was satisfied at both.
 * observedJourney([[5, 3], [4, 5], [2, null]], 4).satisfied
 * //=> 0.5
 */
export function observedJourney(ratings: ReadonlyArray<ReadonlyArray<number | null>>, threshold: number): ObservedJourney {
  let n = 0;
  let ok = 0;
  for (const row of ratings) {
    if (row.some(isMissing)) continue;
    n++;
    if (row.every((x) => (x as number) >= threshold)) ok++;
  }
  return { n, satisfied: n === 0 ? null : ok / n, ci95: wilsonInterval(ok, n) };
}

/**
 * A journey from per-respondent ratings: the stage shares ({@link stagesFromRatings}), their product
 * as the independence estimate, and the share observed satisfied at every stage ({@link observedJourney}).
 *
 * @param stages - the stages' names, in the order of each row's ratings
 * @param ratings - one row per respondent, one rating per stage
 * @param threshold - the lowest rating that counts as satisfied
 * @param options - the target
 * @returns the journey report with `observed`
 * @throws {ServqualError} as {@link journey} and {@link stagesFromRatings}
 *
 * @example
 * // Three respondents, each satisfied at two of three stages: every share is 2/3, the product 30%,
 * // and nobody was satisfied throughout.
 * const r = journeyFromRatings(['a', 'b', 'c'], [[5, 5, 1], [5, 1, 5], [1, 5, 5]], 4);
 * [r.satisfaction.toFixed(3), r.observed?.satisfied, r.weakest]
 * //=> ['0.296', 0, ['a', 'b', 'c']]
 */
export function journeyFromRatings(
  stages: readonly string[],
  ratings: ReadonlyArray<ReadonlyArray<number | null>>,
  threshold: number,
  options: Omit<JourneyOptions, 'observed'> = {},
): JourneyReport {
  return journey(stagesFromRatings(stages, ratings, threshold), { ...options, observed: observedJourney(ratings, threshold) });
}
