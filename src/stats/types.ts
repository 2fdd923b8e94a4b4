/** A descriptive statistic: count, mean and sample standard deviation (`null` where undefined, e.g. n < 2). */
export interface Stat {
  n: number;
  mean: number | null;
  sd: number | null;
  /** The bootstrap's percentile 95% interval of the mean, when a report asks for the bootstrap. */
  bootstrapCi95?: [number, number] | null;
}

/**
 * A gap tested against zero with a two-sided one-sample (paired) t-test.
 * Fields that the data cannot define (n < 2, or no variance) are `null`, never `NaN`.
 */
export interface TestedStat extends Stat {
  /** Standard error of the mean, sd / √n. */
  se: number | null;
  /** 95% confidence interval from the t distribution with n − 1 degrees of freedom. */
  ci95: [number, number] | null;
  t: number | null;
  df: number | null;
  /** Two-sided p-value. */
  p: number | null;
  /** p after adjustment for multiple comparisons within its family (Holm by default). */
  pAdjusted: number | null;
  /** Cohen's dz = mean / sd. */
  dz: number | null;
}
