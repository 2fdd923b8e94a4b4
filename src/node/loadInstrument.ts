import type { InstrumentError, ServqualError } from '../errors.js';
import { instrumentFromJson } from '../builtins/instrumentFromJson.js';
import type { Instrument } from '../instrument/schema.js';
import { loadInstrumentFile } from './loadInstrumentFile.js';

/**
 * Reads and validates an instrument JSON file (the contract of `--instrument FILE`: see the README),
 * which may start from a built-in with `"extends": "servqual22"` (see {@link instrumentFromJson}).
 *
 * @param path - The file; a UTF-8 byte-order mark is allowed.
 * @returns The instrument, as {@link defineInstrument} returns it.
 * @example
 * const clinic = await loadInstrument('test/fixtures/custom-reverse/instrument.json');
 * [clinic.id, clinic.scale.max, clinic.dimensions.length]
 * //=> ['clinic-10', 6, 3]
 * @throws {ServqualError} `E_IO` when the file cannot be read; {@link InstrumentError} (`E_INSTRUMENT`)
 *   when it is not JSON or breaks the contract, naming the file and the path of each problem.
 */
export async function loadInstrument(path: string): Promise<Instrument> {
  return loadInstrumentFile(path, 'instrument', instrumentFromJson);
}
