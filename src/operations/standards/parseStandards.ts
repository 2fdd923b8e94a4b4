import { formatPath } from '../../_lib/formatPath.js';
import { ServqualError } from '../../errors.js';
import { StandardsRegisterSchema, type StandardsRegister } from './StandardsRegisterSchema.js';

/**
 * Reads a service-standards register (the parsed JSON of a `standards.json`) and checks it whole
 * against its contract (`StandardsRegisterSchema`): strict objects, comparator with target, a target
 * or a band, a weight or `critical`, and ids unique.
 *
 * @param json - the register as parsed JSON
 * @returns the register
 * @throws {ServqualError} `E_STANDARDS` naming every problem by its path, e.g.
 *   `standards[1].band: the low end 30 is above the high end 10`
 * @example
 * const register = parseStandards({ standards: [{ id: 'S1', text: 'Answer within 3 rings', metric: 'rings', unit: 'rings', comparator: '<=', target: 3 }] });
 * register.standards[0].target
 * //=> 3
 */
export function parseStandards(json: unknown): StandardsRegister {
  const parsed = StandardsRegisterSchema.safeParse(json);
  if (!parsed.success) {
    throw new ServqualError('E_STANDARDS', `invalid standards register: ${parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ')}`);
  }
  const seen = new Set<string>();
  const problems: string[] = [];
  parsed.data.standards.forEach((s, i) => {
    if (seen.has(s.id)) problems.push(`standards[${i}].id: duplicate standard id "${s.id}"`);
    seen.add(s.id);
  });
  if (problems.length > 0) throw new ServqualError('E_STANDARDS', `invalid standards register: ${problems.join('; ')}`);
  return parsed.data;
}
