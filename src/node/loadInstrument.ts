import { readFile } from 'node:fs/promises';
import { InstrumentError, ServqualError } from '../errors.js';
import { defineInstrument } from '../instrument/defineInstrument.js';
import type { Instrument } from '../instrument/schema.js';

/**
 * Reads and validates an instrument JSON file (the contract of `--instrument FILE`: see the README).
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
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new ServqualError('E_IO', `cannot read instrument ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InstrumentError([`${path}: not valid JSON (${(error as Error).message})`]);
  }
  try {
    return defineInstrument(json);
  } catch (error) {
    if (error instanceof InstrumentError) throw new InstrumentError(error.problems.map((p) => `${path}: ${p}`));
    throw error;
  }
}
