import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { ServqualError } from '../../errors.js';
import type { BlockOutcome } from './analyzeClaimedBlocks.js';
import type { BlockState } from '../../score/createAnalyzer.js';
import type { SharedBlocks } from './SharedBlocks.js';
import type { ThreadTask, WorkerMessage, WorkerReply } from './worker.js';

/** Where a worker's block states go: a fold in file order ({@link BlockFold}, {@link CallLogFold}). */
export interface StateFold<S> {
  add(index: number, state: S): void;
}

/**
 * A worker scoring blocks, seen from the main thread: it sends each block's state (`S`, of the task's
 * kind) on a port of its own, which {@link done} drains into the fold, and last how its share ended.
 */
export class WorkerLink<S = BlockState> {
  private readonly channel = new MessageChannel();
  private readonly ended: Promise<BlockOutcome>;
  private fold: StateFold<S> | null = null;
  private outcome: BlockOutcome | null = null;
  private settle: ((outcome: BlockOutcome) => void) | null = null;

  constructor(private readonly worker: Worker) {
    this.ended = new Promise<BlockOutcome>((resolve, reject) => {
      this.settle = resolve;
      worker.once('error', reject);
      worker.once('exit', (code) => {
        // The worker exits as soon as it has posted its last reply, and its exit can reach this thread
        // before that reply is read off our port (two queues, no order between them): read it first.
        this.drain();
        if (this.outcome === null) reject(new ServqualError('E_IO', `a worker thread stopped (exit code ${code}) before finishing its blocks`));
      });
    });
    // Stopped after another thread failed, a worker ends unfinished, and nothing waits for it then.
    this.ended.catch(() => undefined);
  }

  /** Sends the task; the worker starts claiming blocks. */
  start(task: ThreadTask, blocks: SharedBlocks, fold: StateFold<S>): void {
    this.fold = fold;
    this.worker.postMessage({ task, blocks: blocks.buffers, port: this.channel.port2 } satisfies WorkerMessage, [this.channel.port2]);
  }

  /** Folds what the worker has sent, then what it sends until it is done; resolves to how its share ended. */
  done(): Promise<BlockOutcome> {
    // Replies already queued are taken at once; the rest as they arrive.
    this.drain();
    if (this.outcome === null) this.channel.port1.on('message', (reply: WorkerReply) => this.take(reply));
    return this.ended;
  }

  /** Takes every reply waiting on the port, in the order sent. */
  private drain(): void {
    for (let m = receiveMessageOnPort(this.channel.port1); m !== undefined; m = receiveMessageOnPort(this.channel.port1)) this.take(m.message as WorkerReply);
  }

  private take(reply: WorkerReply): void {
    if (reply.kind === 'state') this.fold?.add(reply.index, reply.state as S);
    else {
      this.outcome = reply.outcome;
      this.settle?.(reply.outcome);
    }
  }

  /** Stops the worker (it may still be scoring, after a failure) and closes its port. */
  stop(): void {
    this.channel.port1.close();
    void this.worker.terminate();
  }
}
