/** A net promoter score with its standard error (see {@link netPromoterScore}). */
export interface NpsEstimate {
  n: number;
  /** Share of promoters (9–10), 0–1; `null` for n = 0. */
  promoters: number | null;
  /** Share of detractors (0–6), 0–1; `null` for n = 0. */
  detractors: number | null;
  /** 100·(promoters − detractors), in points from −100 to 100. */
  value: number | null;
  se: number | null;
  /** value ± 1.96·se. */
  ci95: [number, number] | null;
}

/**
 * The net promoter score (Reichheld 2003) of n answers: NPS = 100·(p₊ − p₋), the share of promoters
 * (9–10 on 0–10) less that of detractors (0–6). Each answer scores +1, 0 or −1, whose variance is
 * `p₊ + p₋ − (p₊ − p₋)²`, so `SE = 100·√((p₊ + p₋ − (p₊ − p₋)²) / n)` (the multinomial variance of a
 * difference of two shares of one sample), and the 95% interval is NPS ± 1.96·SE.
 *
 * @param n - respondents who answered
 * @param promoters - their share of promoters (0–1)
 * @param detractors - their share of detractors (0–1)
 * @returns the score, its SE and interval (`null` fields for n = 0)
 *
 * @example
 * // 10 answers: 5 promoters, 2 detractors: NPS 30, SE = 100·√((0.7 − 0.09)/10)
 * netPromoterScore(10, 0.5, 0.2).se.toFixed(4)
 * //=> '24.6982'
 */
export function netPromoterScore(n: number, promoters: number, detractors: number): NpsEstimate {
  if (!(n > 0)) return { n, promoters: null, detractors: null, value: null, se: null, ci95: null };
  const d = promoters - detractors;
  const value = 100 * d;
  const se = 100 * Math.sqrt(Math.max(0, promoters + detractors - d * d) / n);
  return { n, promoters, detractors, value, se, ci95: [value - 1.96 * se, value + 1.96 * se] };
}
