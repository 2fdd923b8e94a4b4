import { parentPort } from 'node:worker_threads';
import { analyzeClaimedBlocks, type BlockTask } from './analyzeBlocks.js';
import { SharedBlocks, type SharedBlocksBuffers } from './sharedBlocks.js';

/** What the main thread sends a worker, once: the task, and the shared list of blocks to claim from. */
export interface WorkerMessage {
  task: BlockTask;
  blocks: SharedBlocksBuffers;
}

// A worker may start before the CLI knows the file's header: it loads its code, waits for the
// task, then claims blocks until none is left and sends back each block's state (or the block that
// failed); the main thread folds the states in block order, as one pass would.
parentPort?.once('message', ({ task, blocks }: WorkerMessage) => {
  parentPort?.postMessage(analyzeClaimedBlocks(task, new SharedBlocks(blocks)));
});
