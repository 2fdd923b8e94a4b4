import { InstrumentError } from '../errors.js';
import { formatPath } from '../_lib/formatPath.js';
import { KanoInstrumentSchema, type KanoInstrument } from './KanoInstrumentSchema.js';

/**
 * Validates a Kano instrument (`{ attributes: [{ id, name, needLevel? }], columns? }`) and returns
 * it. Checks the shape, then that attribute ids are unique and that each column template holds `{id}`
 * and the two differ.
 *
 * @param input - a parsed Kano instrument JSON object
 * @throws {InstrumentError} code `E_INSTRUMENT`; each problem names its path, e.g.
 *   `attributes[1].id: duplicate attribute id "wifi"`
 *
 * @example
 * defineKanoInstrument({ attributes: [{ id: 'wifi', name: { en: 'Free Wi-Fi', zh: '免费无线网络' }, needLevel: 'expected' }] }).attributes.length
 * //=> 1
 */
export function defineKanoInstrument(input: unknown): KanoInstrument {
  const parsed = KanoInstrumentSchema.safeParse(input);
  if (!parsed.success) throw new InstrumentError(parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
  const instrument = parsed.data;
  const problems: string[] = [];
  const seen = new Set<string>();
  instrument.attributes.forEach((a, i) => {
    if (seen.has(a.id)) problems.push(`attributes[${i}].id: duplicate attribute id "${a.id}"`);
    seen.add(a.id);
  });
  const { functional, dysfunctional } = instrument.columns ?? {};
  for (const [role, template] of [
    ['functional', functional],
    ['dysfunctional', dysfunctional],
  ] as const) {
    if (template !== undefined && !template.includes('{id}')) problems.push(`columns.${role}: the template "${template}" has no {id}`);
  }
  if (functional !== undefined && functional === dysfunctional) problems.push('columns.dysfunctional: the same template as columns.functional');
  if (problems.length > 0) throw new InstrumentError(problems);
  return instrument;
}
