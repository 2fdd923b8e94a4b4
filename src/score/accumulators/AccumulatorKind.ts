import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import type { SlotList, SlotRun, SlotView } from '../SlotList.js';

/**
 * The moment side of an accumulator: its CoMoments in slot order (`parts`, what merging, serialising
 * and restoring walk, knowing nothing else of the kind), plus the named view that buildReport reads.
 */
export interface Moments {
  readonly parts: readonly CoMoments[];
}

/**
 * The row side of an accumulator: shifted sums laid out as its {@link Moments.parts}, and a kind's
 * own `add` method (the row rule: which rows count, and what they add), called by the row routes.
 */
export interface RowRule {
  readonly sums: ShiftedSums;
  /**
   * Adds rows the rule has held back (a rule may add rows in runs: see `ReliabilityRows`). The
   * ledger calls it before it reads `sums`; a rule that adds each row at once has none.
   */
  flush?(): void;
}

/**
 * One kind of accumulator (series, comparison, zone, reliability, importance, overall, group,
 * dimensionGroups, tally),
 * defined in one file of this folder, whose slot list is declared once and makes both sides: the row
 * rule's {@link ShiftedSums} and the moment view's CoMoments. The analyzer closes a block by merging
 * the one into the other slot by slot, so they cannot drift apart.
 *
 * To add an analysis (Kano, outcomes, …), write one file here like `overall.ts`: its slot list (see
 * {@link SlotList}), its row rule (a class holding `sums`, with an `add` that takes what the row
 * gives), and its moment view (`momentsOf(slots)`, with methods if the report needs more than the
 * named runs). Then name it once in `AnalyzerParts.ts`'s `structure()` for the methods that have it,
 * call its `add` in those methods' routes (`rowRoutes.ts`), and read its view in `buildReport.ts`.
 * Merging, serialising, restoring, blocks and threads need nothing: they walk `parts` and `sums`.
 *
 * @typeParam Of - what an accumulator of the kind is made for (a layout; a group's profile)
 * @typeParam M - the moment side
 * @typeParam R - the row side
 */
export interface AccumulatorKind<Of, M extends Moments, R extends RowRule> {
  /** Empty moments of the kind. */
  moments(of: Of): M;
  /** An empty row rule of the kind, over shifted sums of the same slots. */
  rows(of: Of): R;
}

/** Empty moments laid out as `slots`, with each run by its name: the moment view of most kinds. */
export function momentsOf<R extends Record<string, SlotRun>>(slots: SlotList<R>): SlotView<R> & Moments {
  const parts = slots.moments();
  return { ...slots.view(parts), parts };
}
