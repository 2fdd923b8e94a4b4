import { CoMoments } from '../stats/CoMoments.js';
import { counterBits, poissonOne, rowKey } from '../stats/counterDraws.js';
import { ShiftedSums } from '../stats/ShiftedSums.js';
import type { BootstrapMoments, ReplicateView } from './accumulators/bootstrap.js';

/**
 * The replicates of the Poisson bootstrap, made from its units' moments: replicate b weights unit u
 * by w = Poisson(1) drawn from (seed, u, b), and its moments are those of every unit's rows repeated
 * w times.
 *
 * A unit's moments are made linear first: about a centre c fixed per slot (the mean of all units,
 * where the deviations are smallest), its n, Σ(x − c) = n(m − c) and Σ(x − c)(x − c)ᵀ = C + n(m − c)(m − c)ᵀ
 * add across units. They are laid out as {@link ShiftedSums} with c as every slot's shift, so a
 * replicate is one weighted sum of the units' rows, turned back into moments as a block's sums are
 * ({@link ShiftedSums.moments}): B × (units with rows) × (doubles per unit) multiply-adds in all,
 * whatever the number of rows.
 *
 * @param boot - the units' moments, folded over every row
 * @returns one view per replicate, in replicate order; how many units had rows; whether any unit had
 *   more than one (a slot of n ≥ 2), that is, whether rows were resampled in groups
 */
export function resampledReplicates(boot: BootstrapMoments): { views: ReplicateView[]; units: number; grouped: boolean } {
  const { slots, units, replicates } = boot;
  const ks = slots.ks;
  const per = ks.length;
  const part = (u: number, s: number) => boot.parts[u * per + s] as CoMoments;

  const centres = ks.map((k, s) => {
    const total = new CoMoments(k);
    for (let u = 0; u < units; u++) total.merge(part(u, s));
    return total.mean;
  });
  // One replicate's sums; each unit's row has its layout, with the shifts left 0 (they are set once summed).
  const sum = new ShiftedSums(ks);
  const width = sum.arena.length;
  const used: number[] = [];
  for (let u = 0; u < units; u++) if (ks.some((_, s) => part(u, s).n > 0)) used.push(u);
  const rows = new Float64Array(used.length * width);
  used.forEach((u, r) => {
    for (let s = 0; s < per; s++) linearise(part(u, s), centres[s] as Float64Array, rows, r * width + (sum.offsets[s] as number));
  });

  const keys = used.map((u) => rowKey(boot.seed, u, 0));
  const a = sum.arena;
  const views = Array.from({ length: replicates }, (_, b) => {
    a.fill(0);
    for (let r = 0; r < used.length; r++) {
      const w = poissonOne(counterBits(keys[r] as number, b));
      if (w === 0) continue;
      const o = r * width;
      for (let i = 0; i < width; i++) a[i] = (a[i] as number) + w * (rows[o + i] as number);
    }
    centres.forEach((c, s) => a.set(c, (sum.offsets[s] as number) + 1));
    return slots.view(ks.map((_, s) => sum.moments(s)));
  });
  const grouped = boot.parts.some((m) => m.n > 1);
  return { views, units: used.length, grouped };
}

/** Writes a unit's slot as sums about `c` into `out` at `o`, laid out as a {@link ShiftedSums} slot: n, the shift (left 0), Σ(x − c), Σ(x − c)(x − c)ᵀ. */
function linearise(m: CoMoments, c: Float64Array, out: Float64Array, o: number): void {
  const k = m.k;
  const n = m.n;
  out[o] = n;
  if (n === 0) return;
  const s1 = o + 1 + k;
  for (let i = 0; i < k; i++) out[s1 + i] = n * ((m.mean[i] as number) - (c[i] as number));
  let p = 0;
  for (let i = 0; i < k; i++) {
    const di = (m.mean[i] as number) - (c[i] as number);
    for (let j = i; j < k; j++, p++) out[s1 + k + p] = (m.c[p] as number) + n * di * ((m.mean[j] as number) - (c[j] as number));
  }
}
