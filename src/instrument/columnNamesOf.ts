import { columnTemplate, fillTemplate, type ColumnRole } from './columnTemplates.js';
import { outcomeColumnsOf } from './outcomeColumnsOf.js';
import type { Instrument } from './schema.js';

const ITEM_ROLES: readonly ColumnRole[] = ['expectation', 'perception', 'minimum', 'desired', 'importance'];

/**
 * Every column an instrument can read, as its templates name them: each item's expectation,
 * perception, minimum, desired and importance column, each dimension's weight, `overall`, and the
 * outcome columns it names. What a column map (`columns.map`) may point a file's column at.
 *
 * @param instrument - an instrument whose templates are checked (see {@link defineInstrument})
 * @returns the names, in that order
 * @example
 * columnNamesOf(defineInstrument({ id: 'x', name: { en: 'X' }, scale: { min: 1, max: 5 },
 *   dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }] }))
 * //=> ['E1', 'P1', 'MIN1', 'DES1', 'I1', 'W_d', 'overall']
 */
export function columnNamesOf(instrument: Instrument): string[] {
  const names: string[] = [];
  for (const dimension of instrument.dimensions) {
    for (const item of dimension.items) {
      for (const role of ITEM_ROLES) names.push(fillTemplate(columnTemplate(instrument, role), { id: item.id, dimension: dimension.id }));
    }
  }
  for (const dimension of instrument.dimensions) names.push(fillTemplate(columnTemplate(instrument, 'weight'), { dimension: dimension.id }));
  names.push(columnTemplate(instrument, 'overall'));
  for (const column of outcomeColumnsOf(instrument)?.columns ?? []) names.push(column.name);
  return names;
}
