import type { Instrument } from '../../instrument/schema.js';
import type { Standard } from './StandardsRegisterSchema.js';

/**
 * The instrument's dimensions a standard serves: each of its `items` is an item id (its dimension is
 * taken) or a dimension id. A survey's units report dimension gaps, so an item link is read at its
 * dimension.
 *
 * @param standard - the standard
 * @param instrument - the customer instrument
 * @returns the dimensions (in the instrument's order) and the links that are neither an item nor a dimension
 * @example
 * linkedDimensions({ id: 'S1', text: 'x', items: ['1', 'empathy', 'Z9'] }, servqual22)
 * //=> { dimensions: ['tangibles', 'empathy'], unknown: ['Z9'] }
 */
export function linkedDimensions(standard: Standard, instrument: Instrument): { dimensions: string[]; unknown: string[] } {
  const wanted = new Set<string>();
  const unknown: string[] = [];
  for (const link of standard.items ?? []) {
    const dimension = instrument.dimensions.find((d) => d.id === link || d.items.some((i) => i.id === link));
    if (dimension === undefined) unknown.push(link);
    else wanted.add(dimension.id);
  }
  return { dimensions: instrument.dimensions.filter((d) => wanted.has(d.id)).map((d) => d.id), unknown };
}
