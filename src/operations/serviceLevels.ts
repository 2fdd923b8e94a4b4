/** The counts the five service-level formulas are made of. */
export interface ServiceLevelCounts {
  /** Calls answered. */
  answered: number;
  /** Calls abandoned (the caller hung up in the queue). */
  abandoned: number;
  /** Answered calls that waited at most T seconds. */
  answeredWithin: number;
  /** Abandoned calls that waited at most T seconds. */
  abandonedWithin: number;
  /** Abandoned calls that waited at most the short-abandon limit (they hung up before they could be helped). */
  abandonedShort: number;
}

/** The five service levels in use, each a share between 0 and 1, or `null` where its denominator is 0. */
export interface ServiceLevels {
  /** (answered ≤ T + abandoned ≤ T) / (answered + abandoned): an abandon within T counts as served. */
  F1: number | null;
  /** answered ≤ T / answered: abandons are ignored. */
  F2: number | null;
  /** answered ≤ T / (answered + abandoned): every abandon counts against. */
  F3: number | null;
  /** answered ≤ T / (answered + abandoned > T): abandons within T are left out of the count. */
  F4: number | null;
  /** (answered ≤ T + abandoned ≤ short) / (answered + abandoned): short abandons count as served. */
  F5: number | null;
}

const share = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

/**
 * The service level — the share of calls answered within a threshold T — by each of the five formulas
 * call centres use. They differ only in how abandoned calls count, so the same log gives five numbers
 * and a target means nothing without its formula. Waits equal to T count as within.
 *
 * - F1 = (answered ≤ T + abandoned ≤ T) / (answered + abandoned)
 * - F2 = answered ≤ T / answered
 * - F3 = answered ≤ T / (answered + abandoned)
 * - F4 = answered ≤ T / (answered + abandoned > T)
 * - F5 = (answered ≤ T + abandoned ≤ short) / (answered + abandoned)
 *
 * @param counts - the calls answered and abandoned, and those within T and within the short-abandon limit
 * @returns each formula's share, `null` where nothing is counted in its denominator
 * @example
 * // The published worked example: 1000 answered (860 within 20 s), 60 abandoned (20 within 20 s, 10 within 5 s)
 * const sl = serviceLevels({ answered: 1000, abandoned: 60, answeredWithin: 860, abandonedWithin: 20, abandonedShort: 10 });
 * [sl.F1, sl.F2, sl.F3, sl.F4, sl.F5].map((x) => Math.round(x * 1000) / 10)
 * //=> [83, 86, 81.1, 82.7, 82.1]
 */
export function serviceLevels(counts: ServiceLevelCounts): ServiceLevels {
  const { answered, abandoned, answeredWithin, abandonedWithin, abandonedShort } = counts;
  const offered = answered + abandoned;
  return {
    F1: share(answeredWithin + abandonedWithin, offered),
    F2: share(answeredWithin, answered),
    F3: share(answeredWithin, offered),
    F4: share(answeredWithin, offered - abandonedWithin),
    F5: share(answeredWithin + abandonedShort, offered),
  };
}
