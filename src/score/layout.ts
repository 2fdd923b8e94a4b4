import { ServqualError } from '../errors.js';
import { NEED_LEVELS, type Instrument, type NeedLevel } from '../instrument/schema.js';

/**
 * Dimensions or items scored together above the dimensions: a group of the instrument (of dimensions,
 * every one needed) or a need level (of items, as many needed as a dimension of that many items would).
 */
export interface ScoreSet {
  readonly id: string;
  /** What `members` index: dimensions or items. */
  readonly of: 'dimension' | 'item';
  readonly members: readonly number[];
  /** The fewest members a respondent must have a score on. */
  readonly minCount: number;
}

/** Items in instrument order, and each dimension's contiguous range of them. */
export interface Layout {
  readonly itemIds: readonly string[];
  readonly itemDimension: readonly string[];
  readonly dimensions: ReadonlyArray<{ readonly id: string; readonly start: number; readonly end: number; readonly minItems: number }>;
  /** Default weights per dimension (sum ≈ 100), or `null` when the instrument has none. */
  readonly defaultWeights: Float64Array | null;
  /** The instrument's groups of dimensions, in its order (empty without `groups`). */
  readonly groups: readonly ScoreSet[];
  /** The need levels with items, in level order, each over its items (empty when no item or dimension has a `needLevel`). */
  readonly needLevels: ReadonlyArray<ScoreSet & { readonly id: NeedLevel }>;
}

/**
 * Lays out an instrument for scoring.
 *
 * @param minItemsAnswered - how many of a dimension's (or need level's) items a respondent must have answered for a
 *   dimension score; default: half of the items, rounded up. Capped at the dimension's item count.
 */
export function layoutOf(instrument: Instrument, minItemsAnswered?: number): Layout {
  if (minItemsAnswered !== undefined && !(Number.isInteger(minItemsAnswered) && minItemsAnswered >= 1)) {
    throw new ServqualError('E_INVALID_OPTION', `minItemsAnswered must be a positive integer, got ${minItemsAnswered}`);
  }
  const itemIds: string[] = [];
  const itemDimension: string[] = [];
  const dimensions = instrument.dimensions.map((d) => {
    const start = itemIds.length;
    for (const item of d.items) {
      itemIds.push(item.id);
      itemDimension.push(d.id);
    }
    const k = d.items.length;
    return { id: d.id, start, end: itemIds.length, minItems: Math.min(k, minItemsAnswered ?? Math.ceil(k / 2)) };
  });
  const hasDefaults = instrument.dimensions.every((d) => d.weight !== undefined);
  const defaultWeights = hasDefaults ? Float64Array.from(instrument.dimensions, (d) => d.weight ?? 0) : null;
  const dimensionIndex = new Map(instrument.dimensions.map((d, j) => [d.id, j]));
  const groups = (instrument.groups ?? []).map(
    (g): ScoreSet => ({ id: g.id, of: 'dimension', members: g.dimensions.map((id) => dimensionIndex.get(id) ?? -1), minCount: g.dimensions.length }),
  );
  const levelOfItem = instrument.dimensions.flatMap((d) => d.items.map((item) => item.needLevel ?? d.needLevel));
  const needLevels = levelOfItem.every((level) => level === undefined)
    ? []
    : NEED_LEVELS.map((id) => {
        const members = levelOfItem.flatMap((level, i) => (level === id ? [i] : []));
        return { id, of: 'item' as const, members, minCount: Math.min(members.length, minItemsAnswered ?? Math.ceil(members.length / 2)) };
      }).filter((set) => set.members.length > 0);
  return { itemIds, itemDimension, dimensions, defaultWeights, groups, needLevels };
}
