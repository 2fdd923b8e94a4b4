import { readFile } from 'node:fs/promises';
import { InstrumentError, ServqualError } from '../errors.js';

/**
 * Reads an instrument JSON file and validates it with `define`: the one reading both kinds of
 * instrument share. A byte-order mark is allowed; every problem names the file.
 *
 * @param path - the file
 * @param what - what the file holds, for the read error ("instrument", "Kano instrument")
 * @param define - the validation (`defineInstrument`, `defineKanoInstrument`)
 * @throws {ServqualError} `E_IO` "cannot read WHAT PATH: …"; {@link InstrumentError} when it is not JSON or breaks the contract.
 */
export async function loadInstrumentFile<T>(path: string, what: string, define: (json: unknown) => T): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new ServqualError('E_IO', `cannot read ${what} ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InstrumentError([`${path}: not valid JSON (${(error as Error).message})`]);
  }
  try {
    return define(json);
  } catch (error) {
    if (error instanceof InstrumentError) throw new InstrumentError(error.problems.map((p) => `${path}: ${p}`));
    throw error;
  }
}
