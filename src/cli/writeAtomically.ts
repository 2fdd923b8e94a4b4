import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ServqualError } from '../errors.js';

/** A temporary name beside `path`, hidden and unguessable: `.report.md.3f9a1c2e.tmp`. */
function tempBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `text` to the file `path` whole or not at all: into a temporary file beside it, then renamed
 * over it, so a full disk or a stopped process leaves the previous file as it was, never half a report.
 * A target that exists and is not a regular file (`/dev/stdout`, a pipe) is written directly: renaming
 * over it would replace the device.
 *
 * @param path - The file to write.
 * @param text - Its new content, written as UTF-8.
 * @param temp - The temporary file's name (tests give one); default a hidden random name beside `path`.
 * @throws {ServqualError} `E_IO` naming the path: `cannot write report.md: no such folder`, `… is a
 *   folder`, `… the disk is full`, or the system's message.
 */
export async function writeAtomically(path: string, text: string, temp = tempBeside(path)): Promise<void> {
  let direct = false;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new ServqualError('E_IO', `cannot write ${path}: it is a folder`);
    direct = !stat.isFile();
  } catch (error) {
    if (error instanceof ServqualError) throw error;
    // a target that does not exist yet is the usual case
  }
  try {
    if (direct) {
      await writeFile(path, text, 'utf8');
      return;
    }
    try {
      await writeFile(temp, text, 'utf8');
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why =
      e.code === 'ENOENT' ? `no such folder ${dirname(path)}` : e.code === 'ENOSPC' ? 'the disk is full' : e.code === 'EISDIR' ? 'it is a folder' : e.message;
    throw new ServqualError('E_IO', `cannot write ${path}: ${why}`);
  }
}
