import { ServqualError } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';

/** Items in instrument order, and each dimension's contiguous range of them. */
export interface Layout {
  readonly itemIds: readonly string[];
  readonly itemDimension: readonly string[];
  readonly dimensions: ReadonlyArray<{ readonly id: string; readonly start: number; readonly end: number; readonly minItems: number }>;
  /** Default weights per dimension (sum ≈ 100), or `null` when the instrument has none. */
  readonly defaultWeights: Float64Array | null;
}

/**
 * Lays out an instrument for scoring.
 *
 * @param minItemsAnswered - how many of a dimension's items a respondent must have answered for a
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
  return { itemIds, itemDimension, dimensions, defaultWeights };
}
