import { CoMoments } from '../stats/CoMoments.js';
import { ShiftedSums } from '../stats/ShiftedSums.js';

/**
 * A run of consecutive slots in an accumulator: the number of variables of each slot, whether they
 * are paired ([base, P, P − base], see {@link ShiftedSums.addPaired}), and whether the run is one
 * slot seen as itself (`single`) rather than as a list.
 */
export interface SlotRun {
  readonly ks: readonly number[];
  readonly paired: boolean;
  readonly single: boolean;
}

/** One slot of k variables, seen as one CoMoments. */
export const one = (k: number): SlotRun & { single: true } => ({ ks: [k], paired: false, single: true });

/** `count` slots of k variables each (paired: [base, P, P − base], so k = 3), seen as a list. */
export const many = (count: number, k: number, paired = false): SlotRun & { single: false } => ({
  ks: Array.from({ length: count }, () => k),
  paired,
  single: false,
});

/** Slots of the given widths, one per entry, seen as a list. */
export const widths = (ks: readonly number[]): SlotRun & { single: false } => ({ ks, paired: false, single: false });

/** What a run is seen as in the moment view: one CoMoments, or a list of them. */
export type RunView<R extends SlotRun> = R extends { single: true } ? CoMoments : CoMoments[];

/** The moment view of a slot list: each run by its name. */
export type SlotView<R extends Record<string, SlotRun>> = { readonly [K in keyof R]: RunView<R[K]> };

/**
 * An accumulator's slots, declared once as named runs in their fixed order. Both sides of the
 * accumulator are made from it: the row side's {@link ShiftedSums} ({@link SlotList.sums}) and the
 * moment side's CoMoments with their named view ({@link SlotList.moments}, {@link SlotList.view}). A
 * block's sums therefore merge into the moments slot by slot, and serialise in the same order, by
 * construction.
 *
 * @example
 * const slots = new SlotList({ item: many(22, 1), dimension: many(5, 1) });
 * slots.start.dimension // the first dimension's slot comes after the 22 items'
 * //=> 22
 */
export class SlotList<R extends Record<string, SlotRun>> {
  /** Variables per slot, in slot order. */
  readonly ks: readonly number[];
  /** Whether each slot is paired. */
  readonly paired: readonly boolean[];
  /** The first slot of each run. */
  readonly start: { readonly [K in keyof R]: number };

  /** @param runs - the runs in slot order (an object's key order: the order they are written in). */
  constructor(readonly runs: R) {
    const ks: number[] = [];
    const paired: boolean[] = [];
    const start: Record<string, number> = {};
    for (const [name, run] of Object.entries(runs)) {
      start[name] = ks.length;
      for (const k of run.ks) {
        ks.push(k);
        paired.push(run.paired);
      }
    }
    this.ks = ks;
    this.paired = paired;
    this.start = start as { readonly [K in keyof R]: number };
  }

  /** Empty shifted sums of these slots: the row side. */
  sums(): ShiftedSums {
    return new ShiftedSums(this.ks, this.paired);
  }

  /** Empty CoMoments of these slots, in slot order: the moment side. */
  moments(): CoMoments[] {
    return this.ks.map((k) => new CoMoments(k));
  }

  /** Each run of `parts` (laid out as these slots) by its name. */
  view(parts: readonly CoMoments[]): SlotView<R> {
    const out: Record<string, CoMoments | CoMoments[]> = {};
    for (const [name, run] of Object.entries(this.runs)) {
      const at = this.start[name] as number;
      out[name] = run.single ? (parts[at] as CoMoments) : parts.slice(at, at + run.ks.length);
    }
    return out as SlotView<R>;
  }
}
