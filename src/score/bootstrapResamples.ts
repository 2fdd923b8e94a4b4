import { CoMoments } from '../stats/CoMoments.js';
import { counterBits, poissonOne, rowKey } from '../stats/counterDraws.js';
import type { BootstrapMoments, ReplicateView } from './accumulators/bootstrap.js';

/** Doubles of one slot's linear sums: n, then Σ(x − c) (k), then Σ(x − c)(x − c)ᵀ (upper triangle). */
const linearSize = (k: number): number => 1 + k + (k * (k + 1)) / 2;

/**
 * The replicates of the Poisson bootstrap, made from its units' moments: replicate b weights unit u
 * by w = Poisson(1) drawn from (seed, u, b), and its moments are those of every unit's rows repeated
 * w times.
 *
 * A unit's moments are made linear first: about a centre c fixed per slot (the mean of all units,
 * where the deviations are smallest), its n, Σ(x − c) = n(m − c) and Σ(x − c)(x − c)ᵀ = C + n(m − c)(m − c)ᵀ
 * add across units. A replicate is then one weighted sum of the units' rows, and turns back into means
 * m = c + S₁/n and co-moments S₂ − S₁S₁ᵀ/n: B × (units with rows) × (doubles per unit) multiply-adds in
 * all, whatever the number of rows.
 *
 * @param boot - the units' moments, folded over every row
 * @returns one view per replicate, in replicate order; how many units had rows; whether any unit had
 *   more than one (a slot of n ≥ 2), that is, whether rows were resampled in groups
 */
export function resampledReplicates(boot: BootstrapMoments): { views: ReplicateView[]; units: number; grouped: boolean } {
  const { slots, units, replicates } = boot;
  const ks = slots.ks;
  const per = ks.length;
  const at = new Int32Array(per + 1);
  for (let s = 0; s < per; s++) at[s + 1] = (at[s] as number) + linearSize(ks[s] as number);
  const width = at[per] as number;
  const part = (u: number, s: number) => boot.parts[u * per + s] as CoMoments;

  const centres = ks.map((k, s) => {
    const total = new CoMoments(k);
    for (let u = 0; u < units; u++) total.merge(part(u, s));
    return total.mean;
  });
  const used: number[] = [];
  for (let u = 0; u < units; u++) if (ks.some((_, s) => part(u, s).n > 0)) used.push(u);
  const rows = new Float64Array(used.length * width);
  used.forEach((u, r) => {
    for (let s = 0; s < per; s++) linearise(part(u, s), centres[s] as Float64Array, rows, r * width + (at[s] as number));
  });

  const keys = used.map((u) => rowKey(boot.seed, u, 0));
  const sum = new Float64Array(width);
  const views = Array.from({ length: replicates }, (_, b) => {
    sum.fill(0);
    for (let r = 0; r < used.length; r++) {
      const w = poissonOne(counterBits(keys[r] as number, b));
      if (w === 0) continue;
      const o = r * width;
      for (let i = 0; i < width; i++) sum[i] = (sum[i] as number) + w * (rows[o + i] as number);
    }
    return slots.view(ks.map((k, s) => momentsOf(k, sum, at[s] as number, centres[s] as Float64Array)));
  });
  const grouped = boot.parts.some((m) => m.n > 1);
  return { views, units: used.length, grouped };
}

/** Writes a unit's slot as linear sums about `c` into `out` at `o`. */
function linearise(m: CoMoments, c: Float64Array, out: Float64Array, o: number): void {
  const k = m.k;
  const n = m.n;
  out[o] = n;
  if (n === 0) return;
  for (let i = 0; i < k; i++) out[o + 1 + i] = n * ((m.mean[i] as number) - (c[i] as number));
  let p = 0;
  for (let i = 0; i < k; i++) {
    const di = (m.mean[i] as number) - (c[i] as number);
    for (let j = i; j < k; j++, p++) out[o + 1 + k + p] = (m.c[p] as number) + n * di * ((m.mean[j] as number) - (c[j] as number));
  }
}

/** A replicate's slot of k variables back from its linear sums at `o` of `sum`, about `c`. */
function momentsOf(k: number, sum: Float64Array, o: number, c: Float64Array): CoMoments {
  const out = new CoMoments(k);
  const n = sum[o] as number;
  if (n === 0) return out;
  out.n = n;
  for (let i = 0; i < k; i++) out.mean[i] = (c[i] as number) + (sum[o + 1 + i] as number) / n;
  let p = 0;
  for (let i = 0; i < k; i++) {
    const si = sum[o + 1 + i] as number;
    for (let j = i; j < k; j++, p++) {
      const v = (sum[o + 1 + k + p] as number) - (si * (sum[o + 1 + j] as number)) / n;
      // A variance cannot be negative; rounding can make it a hair below zero.
      out.c[p] = i === j ? Math.max(0, v) : v;
    }
  }
  return out;
}
