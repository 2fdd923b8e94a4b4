import type { CoMoments } from '../stats/CoMoments.js';
import type { ShiftedSums } from '../stats/ShiftedSums.js';
import { one, SlotList } from '../score/SlotList.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from '../score/accumulators/AccumulatorKind.js';

/** The limits a call is counted against: service-level threshold T, short-abandon limit and ring limit. */
export interface CallLimits {
  readonly answerWithin: number;
  readonly shortAbandon: number;
  readonly rings: number;
}

/** One call, as read from a row of the log. */
export interface Call {
  readonly answered: boolean;
  /** Seconds in the queue: until answered, or until the caller hung up. */
  readonly wait: number;
  /** Handle seconds of an answered call; NaN where the log has no handle column. */
  readonly handle: number;
  /** Rings before the answer; NaN where unknown. */
  readonly rings: number;
}

/**
 * The slots of a group of calls: the waits of answered calls (n = answered, mean = ASA), their handle
 * times (mean = AHT), the waits of abandoned calls (n = abandoned), then tallies of the calls within
 * the limits. Counts are n of one-variable accumulators, so everything merges alike.
 */
const slotsOf = () =>
  new SlotList({
    answeredWait: one(1),
    handle: one(1),
    abandonedWait: one(1),
    answeredWithin: one(1),
    abandonedWithin: one(1),
    abandonedShort: one(1),
    answeredWithRings: one(1),
    answeredWithinRings: one(1),
  });

/** The moments of a group of calls (overall, a segment or a period). */
export interface CallGroupMoments extends Moments {
  readonly answeredWait: CoMoments;
  readonly handle: CoMoments;
  readonly abandonedWait: CoMoments;
  readonly answeredWithin: CoMoments;
  readonly abandonedWithin: CoMoments;
  readonly abandonedShort: CoMoments;
  readonly answeredWithRings: CoMoments;
  readonly answeredWithinRings: CoMoments;
}

/** The row rule of a group of calls. */
export class CallGroupRows implements RowRule {
  readonly sums: ShiftedSums;
  private readonly start: ReturnType<typeof slotsOf>['start'];

  constructor(readonly limits: CallLimits) {
    const slots = slotsOf();
    this.sums = slots.sums();
    this.start = slots.start;
  }

  /** Adds a call: waits equal to a limit count as within it. */
  add(call: Call): void {
    const { sums, start, limits } = this;
    if (call.answered) {
      sums.add1(start.answeredWait, call.wait);
      if (call.wait <= limits.answerWithin) sums.count(start.answeredWithin);
      if (call.handle === call.handle) sums.add1(start.handle, call.handle);
      if (call.rings === call.rings) {
        sums.count(start.answeredWithRings);
        if (call.rings <= limits.rings) sums.count(start.answeredWithinRings);
      }
    } else {
      sums.add1(start.abandonedWait, call.wait);
      if (call.wait <= limits.answerWithin) sums.count(start.abandonedWithin);
      if (call.wait <= limits.shortAbandon) sums.count(start.abandonedShort);
    }
  }
}

/** Slots in a group of calls (what a serialised group must have). */
export const CALL_GROUP_SLOTS = slotsOf().ks.length;

/** A group of calls: overall, one value of a `by` column, or one period. */
export const callGroup: AccumulatorKind<CallLimits, CallGroupMoments, CallGroupRows> = {
  moments: () => momentsOf(slotsOf()),
  rows: (limits) => new CallGroupRows(limits),
};
