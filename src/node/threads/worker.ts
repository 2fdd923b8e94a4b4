import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { analyzeClaimedBlocks, type BlockOutcome, type BlockTask } from './analyzeClaimedBlocks.js';
import { scanBlocks } from './scanBlocks.js';
import { SharedBlocks, type SharedBlocksBuffers } from './SharedBlocks.js';
import type { BlockState } from '../../score/createAnalyzer.js';

/** What a worker may be started with: a file to scan for block starts (the CLI's, while it loads). */
export interface WorkerData {
  scan?: { file: string; blocks: SharedBlocksBuffers };
}

/** What the main thread sends a worker, once: the task, the shared list of blocks, and a port for the results. */
export interface WorkerMessage {
  task: BlockTask;
  blocks: SharedBlocksBuffers;
  port: MessagePort;
}

/** What a worker sends on its port: each block's state as it is scored, then how its share ended. */
export type WorkerReply = { kind: 'state'; index: number; state: BlockState } | { kind: 'done'; outcome: BlockOutcome };

// The script of every worker that scores blocks — the library's (dist/node/worker.js and .cjs) and
// the CLI's (dist/cli/worker.js, bundled whole so it loads sooner). The CLI starts its workers before
// it knows the file's header, and one of them first scans the survey for where blocks start while
// the CLI loads (the main thread would otherwise scan between its own blocks). Then each waits for
// the task and claims blocks until none is left, sending each block's state as it goes (the main
// thread folds them in block order, as one pass would), and last how its share ended.
const scan = (workerData as WorkerData | null)?.scan;
if (scan !== undefined) scanBlocks(scan.file, new SharedBlocks(scan.blocks));
parentPort?.once('message', ({ task, blocks, port }: WorkerMessage) => {
  // A block's arenas are copied, not transferred: detaching any ArrayBuffer invalidates a V8
  // protector, after which every typed-array access checks for detachment (scoring ran 7% slower).
  const send = (reply: WorkerReply): void => port.postMessage(reply);
  const outcome = analyzeClaimedBlocks(task, new SharedBlocks(blocks), { onState: (index, state) => send({ kind: 'state', index, state }) });
  send({ kind: 'done', outcome });
});
