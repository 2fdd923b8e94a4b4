import type { ColumnTemplates, Instrument } from './schema.js';

/** The column roles an instrument's templates name (`map` is not a template: it renames a file's columns). */
export type ColumnRole = Exclude<keyof ColumnTemplates, 'map'>;

/** Default templates, as in the instrument JSON contract. */
export const DEFAULT_COLUMN_TEMPLATES: Readonly<Record<ColumnRole, string>> = Object.freeze({
  expectation: 'E{id}',
  perception: 'P{id}',
  minimum: 'MIN{id}',
  desired: 'DES{id}',
  weight: 'W_{dimension}',
  overall: 'overall',
  importance: 'I{id}',
});

/** The scale item importance is rated on: the instrument's `importanceScale`, else its answer scale. */
export function importanceScaleOf(instrument: Instrument): { min: number; max: number } {
  return instrument.importanceScale ?? instrument.scale;
}

/** The template of one role, falling back to the default. */
export function columnTemplate(instrument: Instrument, role: ColumnRole): string {
  return instrument.columns?.[role] ?? DEFAULT_COLUMN_TEMPLATES[role];
}

/**
 * Fills a column template: `{id}` becomes the item id and `{dimension}` the dimension id.
 *
 * @example
 * fillTemplate('P{id}', { id: '5', dimension: 'reliability' })
 * //=> 'P5'
 */
export function fillTemplate(template: string, ids: { id?: string; dimension: string }): string {
  return template.replaceAll('{id}', ids.id ?? '').replaceAll('{dimension}', ids.dimension);
}
