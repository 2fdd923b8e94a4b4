import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { analyzeClaimedBlocks, type BlockOutcome, type BlockTask } from './analyzeClaimedBlocks.js';
import { callClaimedBlocks, type CallBlockTask } from './callClaimedBlocks.js';
import { scanBlocks } from './scanBlocks.js';
import { SharedBlocks, type SharedBlocksBuffers } from './SharedBlocks.js';
import type { BlockState } from '../../score/createAnalyzer.js';
import type { CallLogState } from '../../operations/CallLogStateSchema.js';

/** What a worker may be started with: a file to scan for block starts (the CLI's, while it loads). */
export interface WorkerData {
  scan?: { file: string; blocks: SharedBlocksBuffers };
}

/** What a worker is asked to read, by kind: a survey's blocks, or a call log's. */
export type ThreadTask = BlockTask | CallBlockTask;

/** What the main thread sends a worker, once: the task, the shared list of blocks, and a port for the results. */
export interface WorkerMessage {
  task: ThreadTask;
  blocks: SharedBlocksBuffers;
  port: MessagePort;
}

/** What a worker sends on its port: each block's state (of the task's kind) as it is scored, then how its share ended. */
export type WorkerReply = { kind: 'state'; index: number; state: BlockState | CallLogState } | { kind: 'done'; outcome: BlockOutcome };

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
  const onState = (index: number, state: BlockState | CallLogState): void => send({ kind: 'state', index, state });
  const shared = new SharedBlocks(blocks);
  const outcome = task.kind === 'calls' ? callClaimedBlocks(task, shared, { onState }) : analyzeClaimedBlocks(task, shared, { onState });
  send({ kind: 'done', outcome });
});
