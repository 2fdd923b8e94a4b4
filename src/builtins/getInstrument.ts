import { ServqualError } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import { servqual22, servqual22_1988 } from '../instrument/servqual22.js';
import { gapFactors } from '../gaps/gapFactors.js';
import { gronroos6 } from '../instrument/gronroos6.js';

// The registry sits above both instrument/ (the SERVQUAL instruments) and gaps/ (the staff survey of
// the five-gap model), so neither folder imports the other to list them.

/** Names of the built-in instruments, as the CLI's `--instrument` takes them. */
export const BUILT_IN_INSTRUMENTS: Readonly<Record<string, Instrument>> = Object.freeze({
  servqual22,
  'servqual22-1988': servqual22_1988,
  'gap-factors': gapFactors,
  gronroos6,
});

/**
 * Looks up a built-in instrument by name (`servqual22`, `servqual22-1988`, `gap-factors`, `gronroos6`).
 *
 * @param name - A key of {@link BUILT_IN_INSTRUMENTS}.
 * @returns The instrument itself (not a copy).
 * @throws {ServqualError} code `E_UNKNOWN_INSTRUMENT`: `unknown instrument "x"; built-in instruments are servqual22, servqual22-1988, gap-factors, gronroos6`
 */
export function getInstrument(name: string): Instrument {
  const found = Object.hasOwn(BUILT_IN_INSTRUMENTS, name) ? BUILT_IN_INSTRUMENTS[name] : undefined;
  if (found === undefined) {
    throw new ServqualError('E_UNKNOWN_INSTRUMENT', `unknown instrument "${name}"; built-in instruments are ${Object.keys(BUILT_IN_INSTRUMENTS).join(', ')}`);
  }
  return found;
}
