import { parentPort, type MessagePort } from 'node:worker_threads';
import { analyzeClaimedBlocks, type BlockOutcome, type BlockTask } from './analyzeBlocks.js';
import { SharedBlocks, type SharedBlocksBuffers } from './sharedBlocks.js';
import type { AnalyzerState } from '../score/createAnalyzer.js';

/** What the main thread sends a worker, once: the task, the shared list of blocks, and a port for the results. */
export interface WorkerMessage {
  task: BlockTask;
  blocks: SharedBlocksBuffers;
  port: MessagePort;
}

/** What a worker sends on its port: each block's state as it is scored, then how its share ended. */
export type WorkerReply = { kind: 'state'; index: number; state: AnalyzerState } | { kind: 'done'; outcome: BlockOutcome };

// A worker may start before the CLI knows the file's header: it loads its code, waits for the
// task, then claims blocks until none is left, sending each block's state as it goes (the main
// thread folds them in block order, as one pass would), and last how its share ended.
parentPort?.once('message', ({ task, blocks, port }: WorkerMessage) => {
  const send = (reply: WorkerReply): void => port.postMessage(reply);
  const outcome = analyzeClaimedBlocks(task, new SharedBlocks(blocks), { onState: (index, state) => send({ kind: 'state', index, state }) });
  send({ kind: 'done', outcome });
});
