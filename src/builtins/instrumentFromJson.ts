import * as z from 'zod';
import { InstrumentError } from '../errors.js';
import { formatPath } from '../_lib/formatPath.js';
import { defineInstrument } from '../instrument/defineInstrument.js';
import { extendInstrument, type InstrumentOverrides } from '../instrument/extendInstrument.js';
import { InstrumentSchema, type Instrument } from '../instrument/schema.js';
import { BUILT_IN_INSTRUMENTS } from './getInstrument.js';

/** The form of an instrument JSON that starts from a built-in: `extends`, then any field to change. */
const ExtendsSchema = InstrumentSchema.partial().extend({
  extends: z.string().min(1),
  /** Default 100-point weights by dimension id. */
  weights: z.record(z.string(), z.number().finite().nonnegative()).optional(),
});

/**
 * An instrument from its parsed JSON: the instrument contract as {@link defineInstrument} reads it,
 * or, with `"extends": "servqual22"` (any built-in), the built-in with the fields the JSON gives
 * replacing its own (`columns` merged role by role; `weights` by dimension id; see {@link extendInstrument}).
 *
 * @param json - a parsed instrument JSON object
 * @returns the validated, frozen instrument
 * @throws {InstrumentError} `E_INSTRUMENT` naming the path of each problem, or an unknown `extends`
 * @example
 * const mine = instrumentFromJson({ extends: 'servqual22', id: 'bank', columns: { perception: 'Q{id}' },
 *   weights: { tangibles: 10, reliability: 30, responsiveness: 20, assurance: 20, empathy: 20 } });
 * [mine.id, mine.columns.perception, mine.dimensions[1].weight, mine.dimensions[1].items.length]
 * //=> ['bank', 'Q{id}', 30, 5]
 */
export function instrumentFromJson(json: unknown): Instrument {
  if (json === null || typeof json !== 'object' || !('extends' in json)) return defineInstrument(json);
  const parsed = ExtendsSchema.safeParse(json);
  if (!parsed.success) throw new InstrumentError(parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
  const { extends: name, ...overrides } = parsed.data;
  const base = Object.hasOwn(BUILT_IN_INSTRUMENTS, name) ? BUILT_IN_INSTRUMENTS[name] : undefined;
  if (base === undefined) throw new InstrumentError([`extends: "${name}" is not a built-in instrument (${Object.keys(BUILT_IN_INSTRUMENTS).join(', ')})`]);
  return extendInstrument(base, overrides as InstrumentOverrides);
}
