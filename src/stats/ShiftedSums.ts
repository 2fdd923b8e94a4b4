import { ServqualError } from '../errors.js';
import { CoMoments } from './CoMoments.js';

/**
 * A bank of accumulators ("slots") of shifted sums, in one flat array: per slot of k variables,
 * `[n, shift_1…k, Σ(x − shift)_1…k, Σ(x_i − shift_i)(x_j − shift_j) upper triangle]`, where the shift is
 * the slot's first observation.
 *
 * This is the per-row side of the streaming analysis. Per row it costs only additions and
 * multiplications (Welford's update divides and chains each mean into the next row). For item answers
 * on an integer scale every sum is an integer below 2⁵³, so a block's sums are exact and the only
 * rounding is in {@link ShiftedSums.mergeInto}, which turns each slot into a {@link CoMoments} and merges
 * it with Chan et al.'s formula; dimension scores (means of answers) are not integers, and their sums
 * round as any sum of at most 32,768 terms does. Shifting by an observation keeps the sums small, which is what makes
 * `Σd² − (Σd)²/n` safe (Chan, Golub & LeVeque 1983, "the shifted data algorithm"); the analyzer
 * closes a block every 32,768 rows (BLOCK_ROWS), so the sums never grow large.
 */
export class ShiftedSums {
  /** The slots' sums, back to back. */
  readonly arena: Float64Array;
  /** Where each slot starts in {@link arena}. */
  readonly offsets: Int32Array;
  /** Variables per slot. */
  readonly ks: Int32Array;
  /** 1 for a slot of [base, P, P − base] filled by {@link addPaired}. */
  readonly paired: Uint8Array;
  private readonly scratch: Float64Array;

  /**
   * One slot per entry of `ks`, each of that many variables; `paired` marks slots of three variables
   * [base, P, P − base] that are filled by {@link addPaired}.
   */
  constructor(ks: ArrayLike<number>, paired?: ArrayLike<boolean>) {
    this.ks = Int32Array.from(ks);
    this.paired = Uint8Array.from({ length: this.ks.length }, (_, s) => (paired?.[s] === true ? 1 : 0));
    this.paired.forEach((p, s) => {
      if (p === 1 && this.ks[s] !== 3) throw new ServqualError('E_INVALID_OPTION', `ShiftedSums: paired slot ${s} has ${this.ks[s]} variables, not 3`);
    });
    this.offsets = new Int32Array(this.ks.length);
    let size = 0;
    let widest = 1;
    for (let s = 0; s < this.ks.length; s++) {
      const k = this.ks[s] as number;
      this.offsets[s] = size;
      size += slotSize(k);
      widest = Math.max(widest, k);
    }
    this.arena = new Float64Array(size);
    this.scratch = new Float64Array(widest);
  }

  /** Observations added to a slot. */
  n(slot: number): number {
    return this.arena[this.offsets[slot] as number] as number;
  }

  /** Counts an observation in a one-variable slot whose value does not matter (a tally). */
  count(slot: number): void {
    const a = this.arena;
    const o = this.offsets[slot] as number;
    a[o] = (a[o] as number) + 1;
  }

  /** Adds x to a one-variable slot. */
  add1(slot: number, x: number): void {
    const a = this.arena;
    const o = this.offsets[slot] as number;
    if (a[o] === 0) a[o + 1] = x;
    a[o] = (a[o] as number) + 1;
    const d = x - (a[o + 1] as number);
    a[o + 2] = (a[o + 2] as number) + d;
    a[o + 3] = (a[o + 3] as number) + d * d;
  }

  /** Adds (x0, x1, x2) to a three-variable slot, unrolled. */
  add3(slot: number, x0: number, x1: number, x2: number): void {
    const a = this.arena;
    const o = this.offsets[slot] as number;
    if (a[o] === 0) {
      a[o + 1] = x0;
      a[o + 2] = x1;
      a[o + 3] = x2;
    }
    a[o] = (a[o] as number) + 1;
    const d0 = x0 - (a[o + 1] as number);
    const d1 = x1 - (a[o + 2] as number);
    const d2 = x2 - (a[o + 3] as number);
    a[o + 4] = (a[o + 4] as number) + d0;
    a[o + 5] = (a[o + 5] as number) + d1;
    a[o + 6] = (a[o + 6] as number) + d2;
    a[o + 7] = (a[o + 7] as number) + d0 * d0;
    a[o + 8] = (a[o + 8] as number) + d0 * d1;
    a[o + 9] = (a[o + 9] as number) + d0 * d2;
    a[o + 10] = (a[o + 10] as number) + d1 * d1;
    a[o + 11] = (a[o + 11] as number) + d1 * d2;
    a[o + 12] = (a[o + 12] as number) + d2 * d2;
  }

  /**
   * Adds [b, p, g = p − b] to a paired slot: only the three sums of squares, as the cross sums follow
   * from them (g = p − b gives C_bp = (C_bb + C_pp − C_gg) / 2, C_bg = C_bp − C_bb, C_pg = C_pp − C_bp).
   * The means and variances — all a paired comparison reports — are summed directly, and a row costs
   * 7 updates instead of 13.
   */
  addPaired(slot: number, b: number, p: number, g: number): void {
    const a = this.arena;
    const o = this.offsets[slot] as number;
    if (a[o] === 0) {
      a[o + 1] = b;
      a[o + 2] = p;
      a[o + 3] = g;
    }
    a[o] = (a[o] as number) + 1;
    const d0 = b - (a[o + 1] as number);
    const d1 = p - (a[o + 2] as number);
    const d2 = g - (a[o + 3] as number);
    a[o + 4] = (a[o + 4] as number) + d0;
    a[o + 5] = (a[o + 5] as number) + d1;
    a[o + 6] = (a[o + 6] as number) + d2;
    a[o + 7] = (a[o + 7] as number) + d0 * d0;
    a[o + 10] = (a[o + 10] as number) + d1 * d1;
    a[o + 12] = (a[o + 12] as number) + d2 * d2;
  }

  /** Adds the slot's k variables read from `x` at `offset` (none may be NaN). */
  add(slot: number, x: ArrayLike<number>, offset = 0): void {
    const a = this.arena;
    const o = this.offsets[slot] as number;
    const k = this.ks[slot] as number;
    // Unrolled for the common sizes (item pairs; dimensions of 4–5 items; 5 weights; the drivers'
    // 6 variables): measured 1.7× faster than the loops, and reliability is most of the per-row work.
    if (k === 5) return add5(a, o, x, offset);
    if (k === 4) return add4(a, o, x, offset);
    if (k === 6) return add6(a, o, x, offset);
    if (k === 2) return add2(a, o, x, offset);
    const d = this.scratch;
    if (a[o] === 0) for (let i = 0; i < k; i++) a[o + 1 + i] = x[offset + i] as number;
    a[o] = (a[o] as number) + 1;
    const s1 = o + 1 + k;
    for (let i = 0; i < k; i++) {
      const di = (x[offset + i] as number) - (a[o + 1 + i] as number);
      d[i] = di;
      a[s1 + i] = (a[s1 + i] as number) + di;
    }
    let p = s1 + k;
    for (let i = 0; i < k; i++) {
      const di = d[i] as number;
      for (let j = i; j < k; j++, p++) a[p] = (a[p] as number) + di * (d[j] as number);
    }
  }

  /**
   * Adds, in order, each of `rows` rows whose k values are all numbers (a row with a NaN among them is
   * skipped): row r's values are read from `x` at `offset + r * stride`. Each slot's sums see the
   * same operations in the same order as from {@link add} row by row, so the bytes are the same; but
   * the sums stay in locals for the whole run instead of being read and written back per row, which
   * measured about twice as fast for 4 and 5 variables.
   */
  addCompleteRows(slot: number, x: Float64Array, offset: number, stride: number, rows: number): void {
    const a = this.arena;
    const o = this.offsets[slot] as number;
    const k = this.ks[slot] as number;
    if (k === 5) return addRows5(a, o, x, offset, stride, rows);
    if (k === 4) return addRows4(a, o, x, offset, stride, rows);
    outer: for (let r = 0, at = offset; r < rows; r++, at += stride) {
      for (let i = at; i < at + k; i++) if ((x[i] as number) !== (x[i] as number)) continue outer;
      this.add(slot, x, at);
    }
  }

  /**
   * {@link addPaired} for each of `rows` rows in order: row r's base b and perception p are read from
   * `x` at `baseOffset + r * stride` and `perceptionOffset + r * stride`, and g = p − b; a row where g
   * is NaN is skipped. The same operations in the same order as row by row, with the slot's sums in
   * locals (see {@link addCompleteRows}).
   */
  addPairedRows(slot: number, x: Float64Array, baseOffset: number, perceptionOffset: number, stride: number, rows: number): void {
    const a = this.arena;
    const o = this.offsets[slot] as number;
    let n = a[o] as number;
    let m0 = a[o + 1] as number;
    let m1 = a[o + 2] as number;
    let m2 = a[o + 3] as number;
    let s0 = a[o + 4] as number;
    let s1 = a[o + 5] as number;
    let s2 = a[o + 6] as number;
    let c00 = a[o + 7] as number;
    let c11 = a[o + 10] as number;
    let c22 = a[o + 12] as number;
    for (let r = 0, at = baseOffset, pt = perceptionOffset; r < rows; r++, at += stride, pt += stride) {
      const b = x[at] as number;
      const p = x[pt] as number;
      const g = p - b;
      if (g !== g) continue;
      if (n === 0) {
        m0 = b;
        m1 = p;
        m2 = g;
      }
      n++;
      const d0 = b - m0;
      const d1 = p - m1;
      const d2 = g - m2;
      s0 += d0;
      s1 += d1;
      s2 += d2;
      c00 += d0 * d0;
      c11 += d1 * d1;
      c22 += d2 * d2;
    }
    a[o] = n;
    a[o + 1] = m0;
    a[o + 2] = m1;
    a[o + 3] = m2;
    a[o + 4] = s0;
    a[o + 5] = s1;
    a[o + 6] = s2;
    a[o + 7] = c00;
    a[o + 10] = c11;
    a[o + 12] = c22;
  }

  /** The slot as means and co-moments. */
  moments(slot: number): CoMoments {
    const a = this.arena;
    const o = this.offsets[slot] as number;
    const k = this.ks[slot] as number;
    const out = new CoMoments(k);
    const n = a[o] as number;
    if (n === 0) return out;
    out.n = n;
    const s1 = o + 1 + k;
    for (let i = 0; i < k; i++) out.mean[i] = (a[o + 1 + i] as number) + (a[s1 + i] as number) / n;
    let p = 0;
    for (let i = 0; i < k; i++) {
      const si = a[s1 + i] as number;
      for (let j = i; j < k; j++, p++) {
        const c = (a[s1 + k + p] as number) - (si * (a[s1 + j] as number)) / n;
        // A variance cannot be negative; rounding can make Σd² − (Σd)²/n a hair below zero.
        out.c[p] = i === j ? Math.max(0, c) : c;
      }
    }
    if (this.paired[slot] === 1) {
      // cross co-moments of [b, p, p − b] from the three diagonal ones (see addPaired)
      const c = out.c;
      const bp = ((c[0] as number) + (c[3] as number) - (c[5] as number)) / 2;
      c[1] = bp;
      c[2] = bp - (c[0] as number);
      c[4] = (c[3] as number) - bp;
    }
    return out;
  }

  /** Merges slot s into `targets[s]`, for every slot (an empty slot changes nothing). */
  mergeInto(targets: readonly CoMoments[]): void {
    for (let s = 0; s < this.ks.length; s++) {
      if (this.n(s) > 0) (targets[s] as CoMoments).merge(this.moments(s));
    }
  }

  /** Empties every slot. */
  reset(): void {
    this.arena.fill(0);
  }
}

/** {@link ShiftedSums.add} for k = 2, unrolled. */
function add2(a: Float64Array, o: number, x: ArrayLike<number>, xo: number): void {
  if (a[o] === 0) {
    a[o + 1] = x[xo + 0] as number;
    a[o + 2] = x[xo + 1] as number;
  }
  a[o] = (a[o] as number) + 1;
  const d0 = (x[xo + 0] as number) - (a[o + 1] as number);
  const d1 = (x[xo + 1] as number) - (a[o + 2] as number);
  a[o + 3] = (a[o + 3] as number) + d0;
  a[o + 4] = (a[o + 4] as number) + d1;
  a[o + 5] = (a[o + 5] as number) + d0 * d0;
  a[o + 6] = (a[o + 6] as number) + d0 * d1;
  a[o + 7] = (a[o + 7] as number) + d1 * d1;
}

/** {@link ShiftedSums.add} for k = 4, unrolled. */
function add4(a: Float64Array, o: number, x: ArrayLike<number>, xo: number): void {
  if (a[o] === 0) {
    a[o + 1] = x[xo + 0] as number;
    a[o + 2] = x[xo + 1] as number;
    a[o + 3] = x[xo + 2] as number;
    a[o + 4] = x[xo + 3] as number;
  }
  a[o] = (a[o] as number) + 1;
  const d0 = (x[xo + 0] as number) - (a[o + 1] as number);
  const d1 = (x[xo + 1] as number) - (a[o + 2] as number);
  const d2 = (x[xo + 2] as number) - (a[o + 3] as number);
  const d3 = (x[xo + 3] as number) - (a[o + 4] as number);
  a[o + 5] = (a[o + 5] as number) + d0;
  a[o + 6] = (a[o + 6] as number) + d1;
  a[o + 7] = (a[o + 7] as number) + d2;
  a[o + 8] = (a[o + 8] as number) + d3;
  a[o + 9] = (a[o + 9] as number) + d0 * d0;
  a[o + 10] = (a[o + 10] as number) + d0 * d1;
  a[o + 11] = (a[o + 11] as number) + d0 * d2;
  a[o + 12] = (a[o + 12] as number) + d0 * d3;
  a[o + 13] = (a[o + 13] as number) + d1 * d1;
  a[o + 14] = (a[o + 14] as number) + d1 * d2;
  a[o + 15] = (a[o + 15] as number) + d1 * d3;
  a[o + 16] = (a[o + 16] as number) + d2 * d2;
  a[o + 17] = (a[o + 17] as number) + d2 * d3;
  a[o + 18] = (a[o + 18] as number) + d3 * d3;
}

/** {@link ShiftedSums.add} for k = 5, unrolled. */
function add5(a: Float64Array, o: number, x: ArrayLike<number>, xo: number): void {
  if (a[o] === 0) {
    a[o + 1] = x[xo + 0] as number;
    a[o + 2] = x[xo + 1] as number;
    a[o + 3] = x[xo + 2] as number;
    a[o + 4] = x[xo + 3] as number;
    a[o + 5] = x[xo + 4] as number;
  }
  a[o] = (a[o] as number) + 1;
  const d0 = (x[xo + 0] as number) - (a[o + 1] as number);
  const d1 = (x[xo + 1] as number) - (a[o + 2] as number);
  const d2 = (x[xo + 2] as number) - (a[o + 3] as number);
  const d3 = (x[xo + 3] as number) - (a[o + 4] as number);
  const d4 = (x[xo + 4] as number) - (a[o + 5] as number);
  a[o + 6] = (a[o + 6] as number) + d0;
  a[o + 7] = (a[o + 7] as number) + d1;
  a[o + 8] = (a[o + 8] as number) + d2;
  a[o + 9] = (a[o + 9] as number) + d3;
  a[o + 10] = (a[o + 10] as number) + d4;
  a[o + 11] = (a[o + 11] as number) + d0 * d0;
  a[o + 12] = (a[o + 12] as number) + d0 * d1;
  a[o + 13] = (a[o + 13] as number) + d0 * d2;
  a[o + 14] = (a[o + 14] as number) + d0 * d3;
  a[o + 15] = (a[o + 15] as number) + d0 * d4;
  a[o + 16] = (a[o + 16] as number) + d1 * d1;
  a[o + 17] = (a[o + 17] as number) + d1 * d2;
  a[o + 18] = (a[o + 18] as number) + d1 * d3;
  a[o + 19] = (a[o + 19] as number) + d1 * d4;
  a[o + 20] = (a[o + 20] as number) + d2 * d2;
  a[o + 21] = (a[o + 21] as number) + d2 * d3;
  a[o + 22] = (a[o + 22] as number) + d2 * d4;
  a[o + 23] = (a[o + 23] as number) + d3 * d3;
  a[o + 24] = (a[o + 24] as number) + d3 * d4;
  a[o + 25] = (a[o + 25] as number) + d4 * d4;
}

/** {@link ShiftedSums.add} for k = 6, unrolled. */
function add6(a: Float64Array, o: number, x: ArrayLike<number>, xo: number): void {
  if (a[o] === 0) {
    a[o + 1] = x[xo + 0] as number;
    a[o + 2] = x[xo + 1] as number;
    a[o + 3] = x[xo + 2] as number;
    a[o + 4] = x[xo + 3] as number;
    a[o + 5] = x[xo + 4] as number;
    a[o + 6] = x[xo + 5] as number;
  }
  a[o] = (a[o] as number) + 1;
  const d0 = (x[xo + 0] as number) - (a[o + 1] as number);
  const d1 = (x[xo + 1] as number) - (a[o + 2] as number);
  const d2 = (x[xo + 2] as number) - (a[o + 3] as number);
  const d3 = (x[xo + 3] as number) - (a[o + 4] as number);
  const d4 = (x[xo + 4] as number) - (a[o + 5] as number);
  const d5 = (x[xo + 5] as number) - (a[o + 6] as number);
  a[o + 7] = (a[o + 7] as number) + d0;
  a[o + 8] = (a[o + 8] as number) + d1;
  a[o + 9] = (a[o + 9] as number) + d2;
  a[o + 10] = (a[o + 10] as number) + d3;
  a[o + 11] = (a[o + 11] as number) + d4;
  a[o + 12] = (a[o + 12] as number) + d5;
  a[o + 13] = (a[o + 13] as number) + d0 * d0;
  a[o + 14] = (a[o + 14] as number) + d0 * d1;
  a[o + 15] = (a[o + 15] as number) + d0 * d2;
  a[o + 16] = (a[o + 16] as number) + d0 * d3;
  a[o + 17] = (a[o + 17] as number) + d0 * d4;
  a[o + 18] = (a[o + 18] as number) + d0 * d5;
  a[o + 19] = (a[o + 19] as number) + d1 * d1;
  a[o + 20] = (a[o + 20] as number) + d1 * d2;
  a[o + 21] = (a[o + 21] as number) + d1 * d3;
  a[o + 22] = (a[o + 22] as number) + d1 * d4;
  a[o + 23] = (a[o + 23] as number) + d1 * d5;
  a[o + 24] = (a[o + 24] as number) + d2 * d2;
  a[o + 25] = (a[o + 25] as number) + d2 * d3;
  a[o + 26] = (a[o + 26] as number) + d2 * d4;
  a[o + 27] = (a[o + 27] as number) + d2 * d5;
  a[o + 28] = (a[o + 28] as number) + d3 * d3;
  a[o + 29] = (a[o + 29] as number) + d3 * d4;
  a[o + 30] = (a[o + 30] as number) + d3 * d5;
  a[o + 31] = (a[o + 31] as number) + d4 * d4;
  a[o + 32] = (a[o + 32] as number) + d4 * d5;
  a[o + 33] = (a[o + 33] as number) + d5 * d5;
}

/** {@link ShiftedSums.addCompleteRows} for k = 4, unrolled, with the slot's sums in locals. */
function addRows4(a: Float64Array, o: number, x: Float64Array, offset: number, stride: number, rows: number): void {
  let n = a[o] as number;
  let m0 = a[o + 1] as number;
  let m1 = a[o + 2] as number;
  let m2 = a[o + 3] as number;
  let m3 = a[o + 4] as number;
  let s0 = a[o + 5] as number;
  let s1 = a[o + 6] as number;
  let s2 = a[o + 7] as number;
  let s3 = a[o + 8] as number;
  let c00 = a[o + 9] as number;
  let c01 = a[o + 10] as number;
  let c02 = a[o + 11] as number;
  let c03 = a[o + 12] as number;
  let c11 = a[o + 13] as number;
  let c12 = a[o + 14] as number;
  let c13 = a[o + 15] as number;
  let c22 = a[o + 16] as number;
  let c23 = a[o + 17] as number;
  let c33 = a[o + 18] as number;
  for (let r = 0, at = offset; r < rows; r++, at += stride) {
    const x0 = x[at] as number;
    const x1 = x[at + 1] as number;
    const x2 = x[at + 2] as number;
    const x3 = x[at + 3] as number;
    if (x0 !== x0 || x1 !== x1 || x2 !== x2 || x3 !== x3) continue;
    if (n === 0) {
      m0 = x0;
      m1 = x1;
      m2 = x2;
      m3 = x3;
    }
    n++;
    const d0 = x0 - m0;
    const d1 = x1 - m1;
    const d2 = x2 - m2;
    const d3 = x3 - m3;
    s0 += d0;
    s1 += d1;
    s2 += d2;
    s3 += d3;
    c00 += d0 * d0;
    c01 += d0 * d1;
    c02 += d0 * d2;
    c03 += d0 * d3;
    c11 += d1 * d1;
    c12 += d1 * d2;
    c13 += d1 * d3;
    c22 += d2 * d2;
    c23 += d2 * d3;
    c33 += d3 * d3;
  }
  a[o] = n;
  a[o + 1] = m0;
  a[o + 2] = m1;
  a[o + 3] = m2;
  a[o + 4] = m3;
  a[o + 5] = s0;
  a[o + 6] = s1;
  a[o + 7] = s2;
  a[o + 8] = s3;
  a[o + 9] = c00;
  a[o + 10] = c01;
  a[o + 11] = c02;
  a[o + 12] = c03;
  a[o + 13] = c11;
  a[o + 14] = c12;
  a[o + 15] = c13;
  a[o + 16] = c22;
  a[o + 17] = c23;
  a[o + 18] = c33;
}

/** {@link ShiftedSums.addCompleteRows} for k = 5, unrolled, with the slot's sums in locals. */
function addRows5(a: Float64Array, o: number, x: Float64Array, offset: number, stride: number, rows: number): void {
  let n = a[o] as number;
  let m0 = a[o + 1] as number;
  let m1 = a[o + 2] as number;
  let m2 = a[o + 3] as number;
  let m3 = a[o + 4] as number;
  let m4 = a[o + 5] as number;
  let s0 = a[o + 6] as number;
  let s1 = a[o + 7] as number;
  let s2 = a[o + 8] as number;
  let s3 = a[o + 9] as number;
  let s4 = a[o + 10] as number;
  let c00 = a[o + 11] as number;
  let c01 = a[o + 12] as number;
  let c02 = a[o + 13] as number;
  let c03 = a[o + 14] as number;
  let c04 = a[o + 15] as number;
  let c11 = a[o + 16] as number;
  let c12 = a[o + 17] as number;
  let c13 = a[o + 18] as number;
  let c14 = a[o + 19] as number;
  let c22 = a[o + 20] as number;
  let c23 = a[o + 21] as number;
  let c24 = a[o + 22] as number;
  let c33 = a[o + 23] as number;
  let c34 = a[o + 24] as number;
  let c44 = a[o + 25] as number;
  for (let r = 0, at = offset; r < rows; r++, at += stride) {
    const x0 = x[at] as number;
    const x1 = x[at + 1] as number;
    const x2 = x[at + 2] as number;
    const x3 = x[at + 3] as number;
    const x4 = x[at + 4] as number;
    if (x0 !== x0 || x1 !== x1 || x2 !== x2 || x3 !== x3 || x4 !== x4) continue;
    if (n === 0) {
      m0 = x0;
      m1 = x1;
      m2 = x2;
      m3 = x3;
      m4 = x4;
    }
    n++;
    const d0 = x0 - m0;
    const d1 = x1 - m1;
    const d2 = x2 - m2;
    const d3 = x3 - m3;
    const d4 = x4 - m4;
    s0 += d0;
    s1 += d1;
    s2 += d2;
    s3 += d3;
    s4 += d4;
    c00 += d0 * d0;
    c01 += d0 * d1;
    c02 += d0 * d2;
    c03 += d0 * d3;
    c04 += d0 * d4;
    c11 += d1 * d1;
    c12 += d1 * d2;
    c13 += d1 * d3;
    c14 += d1 * d4;
    c22 += d2 * d2;
    c23 += d2 * d3;
    c24 += d2 * d4;
    c33 += d3 * d3;
    c34 += d3 * d4;
    c44 += d4 * d4;
  }
  a[o] = n;
  a[o + 1] = m0;
  a[o + 2] = m1;
  a[o + 3] = m2;
  a[o + 4] = m3;
  a[o + 5] = m4;
  a[o + 6] = s0;
  a[o + 7] = s1;
  a[o + 8] = s2;
  a[o + 9] = s3;
  a[o + 10] = s4;
  a[o + 11] = c00;
  a[o + 12] = c01;
  a[o + 13] = c02;
  a[o + 14] = c03;
  a[o + 15] = c04;
  a[o + 16] = c11;
  a[o + 17] = c12;
  a[o + 18] = c13;
  a[o + 19] = c14;
  a[o + 20] = c22;
  a[o + 21] = c23;
  a[o + 22] = c24;
  a[o + 23] = c33;
  a[o + 24] = c34;
  a[o + 25] = c44;
}

/** Doubles a slot of k variables takes. */
function slotSize(k: number): number {
  return 1 + 2 * k + (k * (k + 1)) / 2;
}
