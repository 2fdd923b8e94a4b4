import { readFile } from 'node:fs/promises';
import { ServqualError } from '../errors.js';
import { parseStandards } from '../operations/standards/parseStandards.js';
import type { StandardsRegister } from '../operations/standards/StandardsRegisterSchema.js';

/**
 * Reads a service-standards register (`standards.json`) and checks it (see `parseStandards`). A
 * byte-order mark is allowed; every problem names the file.
 *
 * @param path - the file
 * @returns the register
 * @throws {ServqualError} `E_IO` when the file cannot be read; `E_STANDARDS` when it is not JSON or breaks the contract
 * @example
 * (await loadStandards('examples/standards.json')).standards.length
 * //=> 8
 */
export async function loadStandards(path: string): Promise<StandardsRegister> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new ServqualError('E_IO', `cannot read standards ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ServqualError('E_STANDARDS', `${path}: not valid JSON (${(error as Error).message})`);
  }
  try {
    return parseStandards(json);
  } catch (error) {
    if (error instanceof ServqualError && error.code === 'E_STANDARDS') throw new ServqualError('E_STANDARDS', `${path}: ${error.message}`);
    throw error;
  }
}
