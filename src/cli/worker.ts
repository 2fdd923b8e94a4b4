import { parentPort, workerData } from 'node:worker_threads';
import { analyzeClaimedBlocks, type BlockTask } from './analyzeBlocks.js';
import { SharedBlocks, type SharedBlocksBuffers } from './sharedBlocks.js';

/** What the main thread gives a worker: the task, and the shared list of blocks to claim from. */
export interface WorkerData {
  task: BlockTask;
  blocks: SharedBlocksBuffers;
}

// A worker claims blocks until none is left and sends back each block's state (or the block that
// failed); the main thread folds the states in block order, as one pass would.
const data = workerData as WorkerData;
parentPort?.postMessage(analyzeClaimedBlocks(data.task, new SharedBlocks(data.blocks), true));
