import { readFile } from 'node:fs/promises';
import { InstrumentError, ServqualError } from '../errors.js';
import { defineKanoInstrument } from '../kano/defineKanoInstrument.js';
import type { KanoInstrument } from '../kano/KanoInstrumentSchema.js';

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
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new ServqualError('E_IO', `cannot read Kano instrument ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InstrumentError([`${path}: not valid JSON (${(error as Error).message})`]);
  }
  try {
    return defineKanoInstrument(json);
  } catch (error) {
    if (error instanceof InstrumentError) throw new InstrumentError(error.problems.map((p) => `${path}: ${p}`));
    throw error;
  }
}
