import { ServqualError } from '../errors.js';
import type { Instrument } from './schema.js';
import { servqual22, servqual22_1988 } from './servqual22.js';
import { gapFactors } from '../gaps/gapFactors.js';

/** Names of the built-in instruments, as the CLI's `--instrument` takes them. */
export const BUILT_IN_INSTRUMENTS: Readonly<Record<string, Instrument>> = Object.freeze({
  servqual22,
  'servqual22-1988': servqual22_1988,
  'gap-factors': gapFactors,
});

/**
 * Looks up a built-in instrument by name (`servqual22`, `servqual22-1988`, `gap-factors`).
 *
 * @throws {ServqualError} code `E_UNKNOWN_INSTRUMENT`: `unknown instrument "x"; built-in instruments are servqual22, servqual22-1988`
 */
export function getInstrument(name: string): Instrument {
  const found = Object.hasOwn(BUILT_IN_INSTRUMENTS, name) ? BUILT_IN_INSTRUMENTS[name] : undefined;
  if (found === undefined) {
    throw new ServqualError(
      'E_UNKNOWN_INSTRUMENT',
      `unknown instrument "${name}"; built-in instruments are ${Object.keys(BUILT_IN_INSTRUMENTS).join(', ')}`,
    );
  }
  return found;
}
