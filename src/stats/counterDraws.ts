/**
 * Murmur3's 32-bit finaliser ("fmix32"): a bijection of 32-bit integers whose every output bit depends
 * on every input bit. Fed a Weyl sequence (key + i·γ, γ odd), it is the SplitMix construction
 * (Steele, Lea & Flood 2014) in 32 bits.
 */
function fmix32(h: number): number {
  let x = h | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The golden-ratio odd constants of the two Weyl sequences (rows; replicates). */
const ROW_GAMMA = 0x9e3779b9;
const REPLICATE_GAMMA = 0x7f4a7c15;

/** Largest Poisson(1) value drawn: P(X > 12) ≈ 1.3 × 10⁻¹⁰, below the 2⁻³² resolution of a draw. */
const POISSON_MAX = 12;

/**
 * The Poisson(1) distribution function at 0…POISSON_MAX scaled to 32-bit integers: a draw h (uniform on
 * 0…2³² − 1) is k when T[k − 1] ≤ h < T[k] (inversion, Devroye 1986, §X.3).
 */
const POISSON_TABLE: Uint32Array = (() => {
  const out = new Uint32Array(POISSON_MAX + 1);
  let p = Math.exp(-1);
  let cdf = 0;
  for (let k = 0; k <= POISSON_MAX; k++) {
    cdf += p;
    p /= k + 1;
    out[k] = Math.min(2 ** 32 - 1, Math.floor(cdf * 2 ** 32));
  }
  out[POISSON_MAX] = 2 ** 32 - 1;
  return out;
})();

/**
 * The key of a row under a seed and a stream: what {@link counterBits} adds the replicate's multiple
 * of γ to. Rows are numbered as the data-quality log numbers them (the data row of the file), so a
 * row's draws do not depend on which thread or chunk read it.
 *
 * @param seed - an integer (taken modulo 2³²)
 * @param row - the row number, a non-negative integer
 * @param stream - 0 for the resampling weights, 1 for the random predictor, 2 for the resampling unit
 */
export function rowKey(seed: number, row: number, stream: number): number {
  const hi = Math.floor(row / 2 ** 32);
  const seeded = fmix32((seed >>> 0) ^ Math.imul(stream + 1, 0x27d4eb2f));
  return fmix32(seeded + Math.imul((row >>> 0) + 0, ROW_GAMMA) + Math.imul(hi, 0x165667b1));
}

/**
 * 32 random bits of replicate `replicate` of a row: a counter-based generator (no state: the bits
 * are a hash of seed, row and replicate), so any grouping or order of the rows draws the same bits.
 *
 * @param key - the row's key ({@link rowKey})
 * @param replicate - the replicate, from 0
 * @returns an integer in 0…2³² − 1
 *
 * @example
 * const key = rowKey(1, 42, 0);
 * counterBits(key, 3) === counterBits(rowKey(1, 42, 0), 3)
 * //=> true
 */
export function counterBits(key: number, replicate: number): number {
  return fmix32(key + Math.imul(replicate + 1, REPLICATE_GAMMA));
}

/**
 * A Poisson(1) draw by inversion of 32 uniform bits: 0 with probability e⁻¹ ≈ 0.368, 1 likewise, 2
 * with e⁻¹/2, …; its mean and variance are 1.
 *
 * @param bits - an integer in 0…2³² − 1 ({@link counterBits})
 * @returns a count from 0 to 12
 *
 * @example
 * [poissonOne(0), poissonOne(2 ** 31), poissonOne(2 ** 32 - 1)] // e⁻¹ = .37 and 2e⁻¹ = .74 of the range
 * //=> [0, 1, 12]
 */
export function poissonOne(bits: number): number {
  const t = POISSON_TABLE;
  if (bits < (t[0] as number)) return 0;
  let k = 1;
  while (k < POISSON_MAX && bits >= (t[k] as number)) k++;
  return k;
}

/**
 * 32 random bits as a uniform number in (0, 1).
 *
 * @example
 * unitOf(0) > 0 && unitOf(2 ** 32 - 1) < 1
 * //=> true
 */
export function unitOf(bits: number): number {
  return (bits + 0.5) / 2 ** 32;
}

/**
 * The resampling unit of a row when at most `units` are kept: rows below `units` are units of their
 * own (so a survey of fewer rows is resampled row by row), and each later row joins one of them at
 * random, by a hash of (seed, row) — never by its content or position, so the units are independent
 * and alike, and the same whatever thread or block met the row.
 *
 * @param seed - the bootstrap's seed
 * @param row - the row's number ({@link rowKey})
 * @param units - how many units there are
 * @returns the unit, in 0…units − 1
 *
 * @example
 * [resamplingUnit(1, 7, 4096), resamplingUnit(1, 5000, 4096) < 4096]
 * //=> [7, true]
 */
export function resamplingUnit(seed: number, row: number, units: number): number {
  return row < units ? row : counterBits(rowKey(seed, row, 2), 0) % units;
}
