import { parentPort, workerData } from 'node:worker_threads';
import { analyzeClaimedBlocks, type BlockTask } from './analyzeBlocks.js';
import { SharedBlocks, type SharedBlocksBuffers } from './sharedBlocks.js';

/** What the main thread gives a worker at its start: the shared list of blocks to claim from. */
export interface WorkerData {
  blocks: SharedBlocksBuffers;
}

// A worker starts before the header is read: it loads its code, waits for the task, then claims
// blocks until none is left and sends back each block's state (or the block that failed); the main
// thread folds the states in block order, as one pass would.
const data = workerData as WorkerData;
parentPort?.once('message', (task: BlockTask) => {
  parentPort?.postMessage(analyzeClaimedBlocks(task, new SharedBlocks(data.blocks), true));
});
