import type { InstrumentError, ServqualError } from '../errors.js';
import { defineKanoInstrument } from '../kano/defineKanoInstrument.js';
import type { KanoInstrument } from '../kano/KanoInstrumentSchema.js';
import { loadInstrumentFile } from './loadInstrumentFile.js';

/**
 * Reads and validates a Kano instrument JSON file (`{ attributes: [{ id, name, needLevel? }] }`).
 *
 * @param path - the file; a UTF-8 byte-order mark is allowed
 * @throws {ServqualError} `E_IO` when the file cannot be read; {@link InstrumentError} (`E_INSTRUMENT`)
 *   when it is not JSON or breaks the contract, naming the file and the path of each problem.
 *
 * @example
 * const hotel = await loadKanoInstrument('examples/hotel-kano.json');
 * hotel.attributes[0].id
 * //=> 'wifi'
 */
export async function loadKanoInstrument(path: string): Promise<KanoInstrument> {
  return loadInstrumentFile(path, 'Kano instrument', defineKanoInstrument);
}
