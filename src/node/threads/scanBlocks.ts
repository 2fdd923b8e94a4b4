import { ServqualError } from '../../errors.js';
import { BlockScanner } from './BlockScanner.js';
import type { SharedBlocks } from './SharedBlocks.js';

/**
 * Scans a whole file and publishes its blocks into `blocks`, for threads that claim them (run in a
 * worker that has nothing else to do yet). A scan that fails is recorded in `blocks`, not thrown:
 * the claiming threads stop, and the main thread decides what to tell the user.
 */
export function scanBlocks(file: string, blocks: SharedBlocks): void {
  let scanner: BlockScanner | undefined;
  try {
    scanner = new BlockScanner(file, blocks.buffers.blockRows, (offset, line) => blocks.publish(offset, line));
    while (scanner.step());
    blocks.finish(scanner.offset);
  } catch (error) {
    scanner?.close();
    // publish() throws a ServqualError when there are more blocks than the file's size allowed
    blocks.abandon(error instanceof ServqualError ? 'grew' : 'unreadable');
  }
}
