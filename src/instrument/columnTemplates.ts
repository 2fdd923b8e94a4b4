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

/** `{id}`, or `{id:0N}`: the item id left-padded with zeros to N characters (`a{id:02}`: a01 … a22). */
const ITEM_ID = /\{id(?::0([1-9]))?\}/g;

/** Whether a template names the item: it holds `{id}` or `{id:0N}`. */
export function hasItemId(template: string): boolean {
  return template.match(ITEM_ID) !== null;
}

/**
 * Fills a column template: `{id}` becomes the item id, `{id:0N}` the item id left-padded with zeros
 * to N characters (files that number their questions 01, 02, …), and `{dimension}` the dimension id.
 *
 * @example
 * fillTemplate('P{id}', { id: '5', dimension: 'reliability' })
 * //=> 'P5'
 * fillTemplate('a{id:02}', { id: '5', dimension: 'reliability' })
 * //=> 'a05'
 */
export function fillTemplate(template: string, ids: { id?: string; dimension: string }): string {
  const id = ids.id ?? '';
  return template
    .replace(ITEM_ID, (_, width: string | undefined) => (width === undefined ? id : id.padStart(Number(width), '0')))
    .replaceAll('{dimension}', ids.dimension);
}
