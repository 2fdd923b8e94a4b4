import { InstrumentError } from '../errors.js';
import { defineInstrument } from './defineInstrument.js';
import type { ColumnTemplates, Instrument } from './schema.js';

/**
 * What a derived instrument changes of its base: any top-level field of the instrument contract
 * (`id`, `name`, `scale`, `dimensions`, …) replaces the base's; `columns` are merged template by
 * template; `weights` sets the default 100-point weight of dimensions by id (all of them, or none).
 */
export interface InstrumentOverrides extends Partial<Omit<Instrument, 'columns'>> {
  /** Column templates replacing the base's, role by role: `{ perception: 'Q{id}' }`. */
  columns?: ColumnTemplates | undefined;
  /** Default 100-point weights by dimension id: `{ tangibles: 10, reliability: 30, … }`. */
  weights?: Readonly<Record<string, number>> | undefined;
}

/**
 * A new instrument from a base and overrides, validated as {@link defineInstrument} validates one: reuse
 * a built-in's 22 items under other column names, on another scale or with default weights, without
 * retyping them.
 *
 * @param base - the instrument to start from (a built-in, or any validated instrument)
 * @param overrides - what changes; see {@link InstrumentOverrides}
 * @returns the validated, frozen instrument
 * @throws {InstrumentError} `E_INSTRUMENT` when a weight names no dimension of the result, or the
 *   result breaks the contract (a template without `{id}`, weights not summing to 100, …)
 * @example
 * const q = extendInstrument(servqual22, { id: 'hotel', columns: { perception: 'Q{id}', expectation: 'X{id}' }, scale: { min: 1, max: 5 } });
 * [q.id, q.columns.perception, q.columns.expectation, q.scale.max, q.dimensions.length]
 * //=> ['hotel', 'Q{id}', 'X{id}', 5, 5]
 */
export function extendInstrument(base: Instrument, overrides: InstrumentOverrides): Instrument {
  const { weights, columns, ...fields } = overrides;
  const merged: Record<string, unknown> = { ...base, ...fields };
  if (columns !== undefined) merged.columns = { ...base.columns, ...columns };
  if (weights !== undefined) {
    const dimensions = (fields.dimensions ?? base.dimensions) as Instrument['dimensions'];
    const ids = new Set(dimensions.map((d) => d.id));
    const unknown = Object.keys(weights).filter((id) => !ids.has(id));
    if (unknown.length > 0) throw new InstrumentError(unknown.map((id) => `weights.${id}: no dimension "${id}" (dimensions: ${[...ids].join(', ')})`));
    merged.dimensions = dimensions.map((d) => {
      const { weight: _old, ...rest } = d;
      return Object.hasOwn(weights, d.id) ? { ...rest, weight: weights[d.id] } : rest;
    });
  }
  return defineInstrument(merged);
}
