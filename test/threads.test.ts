import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type MessagePort, Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { servqual22 } from '../src/index.js';
import { analyzeInThreads } from '../src/node/threads/analyzeInThreads.js';
import { BlockScanner } from '../src/node/threads/BlockScanner.js';
import { scanBlocks } from '../src/node/threads/scanBlocks.js';
import { SharedBlocks } from '../src/node/threads/SharedBlocks.js';
import { startWorker } from '../src/node/threads/startWorker.js';
import type { ThreadTask } from '../src/node/threads/worker.js';
import { WorkerLink } from '../src/node/threads/WorkerLink.js';
import { BLOCK_ROWS } from '../src/score/blockRows.js';
import { root } from './helpers/libraryFromDist.js';

// The parts of the threaded engine (src/node/threads) that analyzeCsv does not show: how a file is
// split into blocks, how many blocks are counted, and how workers are started.
const dir = mkdtempSync(join(tmpdir(), 'servqual-engine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scanBlocks(file, blocks)', () => {
  it('publishes every block start, or records why it gave up, and claims then stop', () => {
    const file = join(dir, 'scan-blocks.csv');
    writeFileSync(file, 'h\n1\n2\n3\n4\n5\n'); // header, 5 rows: blocks of 2 start at bytes 2, 6, 10
    const ok = SharedBlocks.create(12, 2);
    scanBlocks(file, ok);
    expect([ok.scanned(), ok.count(), ok.scanFailure()]).toEqual([true, 3, null]);
    expect(ok.claim()).toEqual({ index: 0, start: 2, end: 6, firstRow: 1, firstLine: 2 });
    const missing = SharedBlocks.create(12, 2);
    scanBlocks(join(dir, 'no-such-file.csv'), missing);
    expect([missing.scanFailure(), missing.claim()]).toEqual(['unreadable', null]);
    // blocks of one row sized for a 2-byte file: more block starts than that allows means it grew
    const small = SharedBlocks.create(2, 1);
    scanBlocks(file, small);
    expect([small.scanFailure(), small.claim()]).toEqual(['grew', null]);
  });
});

describe('SharedBlocks: countUpTo(n) and most(size)', () => {
  it('counts the blocks with rows, up to n, scanning as far as it needs', () => {
    const file = join(dir, 'count-blocks.csv');
    writeFileSync(file, 'h\n1\n2\n3\n4\n5\n'); // 12 bytes; blocks of 2 rows start at bytes 2, 6, 10: 3 blocks
    const blocks = SharedBlocks.create(12, 2);
    const scanner = new BlockScanner(file, 2, (offset, line) => blocks.publish(offset, line));
    const scanMore = (): void => {
      if (!scanner.step()) blocks.finish(scanner.offset);
    };
    expect(blocks.countUpTo(2, scanMore)).toBe(2);
    expect(blocks.countUpTo(64, scanMore)).toBe(3);
    expect(blocks.countUpTo(0, scanMore)).toBe(0);
  });

  it('does not count a last block that starts where the file ends (rows a multiple of the block)', () => {
    const file = join(dir, 'count-even.csv');
    writeFileSync(file, 'h\n1\n2\n'); // 6 bytes; blocks of 2 rows start at byte 2 and at byte 6, the end: 1 with rows
    const blocks = SharedBlocks.create(6, 2);
    scanBlocks(file, blocks);
    expect([blocks.count(), blocks.countUpTo(64)]).toEqual([2, 1]);
  });

  it('counts 0 once the scan gave up', () => {
    const blocks = SharedBlocks.create(12, 2);
    blocks.abandon('unreadable');
    expect(blocks.countUpTo(2)).toBe(0);
  });

  it('bounds the blocks by the size before any scan: a file under one block and two bytes has one', () => {
    // 12 bytes, blocks of 2: (12 − 2) / 2 + 1 = 6 ≥ the 3 counted above; 6 bytes: 3 ≥ 1
    expect([SharedBlocks.most(12, 2), SharedBlocks.most(6, 2)]).toEqual([6, 3]);
    expect([SharedBlocks.most(0, BLOCK_ROWS), SharedBlocks.most(BLOCK_ROWS + 1, BLOCK_ROWS), SharedBlocks.most(BLOCK_ROWS + 2, BLOCK_ROWS)]).toEqual([1, 1, 2]);
  });
});

describe('BlockScanner(file, blockRows, onBlockStart)', () => {
  it('finds block starts as the tokenizer counts records: quoted newlines, CRLF, lone CR', () => {
    const file = join(dir, 'offsets.csv');
    // header, then rows: a quoted field with a newline, CRLF, a lone CR, a blank line
    const text = 'h1,h2\n1,"a\nb"\r\n2,x\r3,y\n\n4,z';
    writeFileSync(file, text);
    const blockStarts: number[] = [];
    const lines: number[] = [];
    const scanner = new BlockScanner(file, 2, (offset, line) => {
      blockStarts.push(offset);
      lines.push(line);
    });
    while (scanner.step());
    const size = scanner.offset;
    // data rows start at: row1 6, row2 after CRLF, row3 after the lone CR, row4 blank, row5
    const rowStarts = [6, text.indexOf('2,x'), text.indexOf('3,y'), text.indexOf('\n4'), text.indexOf('4,z')];
    expect(blockStarts).toEqual([rowStarts[0], rowStarts[2], rowStarts[4]]);
    // lines: header 1; row 1 on lines 2–3 (quoted newline); row 2 on 4 (after CRLF); row 3 on 5 (after
    // the lone CR); the blank line 6; row 5 on 7
    expect(lines).toEqual([2, 5, 7]);
    expect(size).toBe(Buffer.byteLength(text));
  });
});

describe('analyzeInThreads after an early scan that gave up', () => {
  // Two threads are used only where two cores are: with one, the engine leaves every file to one stream.
  it.skipIf(availableParallelism() < 2)('throws for a file that grew, and leaves one it could not read to one stream', async () => {
    const file = join(dir, 'gave-up.csv');
    writeFileSync(file, 'E1,P1\n1,2\n');
    const workerUrl = pathToFileURL(join(root, 'dist', 'cli', 'worker.js'));
    let started = 0;
    const attempt = (why: 'grew' | 'unreadable') => {
      const blocks = SharedBlocks.create(10, BLOCK_ROWS);
      blocks.abandon(why);
      const spawn = () => {
        started++;
        return startWorker(workerUrl);
      };
      return analyzeInThreads(file, { instrument: servqual22 }, 2, { spawn, scanned: { file, blocks } });
    };
    await expect(attempt('grew')).rejects.toMatchObject({
      code: 'E_IO',
      message: 'the file grew while it was read; score a copy that is not being written to',
    });
    await expect(attempt('unreadable')).resolves.toBeNull();
    expect(started).toBe(0);
  });
});

describe('startWorker(file)', () => {
  it("adds no listener to process.stdout or stderr, where Node's own pipe adds one per worker", async () => {
    // The MaxListenersExceededWarning of 11+ threads: each worker piped into process.stdout adds an
    // 'error' listener to it; the 11th worker's, or any listener added after it, passes Node's limit of 10.
    const noop = join(dir, 'noop-worker.mjs');
    writeFileSync(noop, '');
    const url = pathToFileURL(noop);
    const listeners = () => [process.stdout.listenerCount('error'), process.stderr.listenerCount('error')];
    const before = listeners();
    const ours = Array.from({ length: 11 }, () => startWorker(url));
    expect(listeners()).toEqual(before);
    const nodes = new Worker(url);
    expect(listeners()).toEqual([(before[0] as number) + 1, (before[1] as number) + 1]);
    await Promise.all([...ours, nodes].map((w) => new Promise((resolve) => w.once('exit', resolve))));
  });

  it("copies the worker's standard output and error to this process's", async () => {
    const talker = join(dir, 'talking-worker.mjs');
    writeFileSync(talker, "process.stdout.write('out from a worker\\n'); process.stderr.write('err from a worker\\n');");
    const seen = { stdout: '', stderr: '' };
    const write = { stdout: process.stdout.write, stderr: process.stderr.write };
    process.stdout.write = ((chunk: Buffer | string) => ((seen.stdout += String(chunk)), true)) as typeof process.stdout.write;
    process.stderr.write = ((chunk: Buffer | string) => ((seen.stderr += String(chunk)), true)) as typeof process.stderr.write;
    try {
      const worker = startWorker(pathToFileURL(talker));
      await new Promise((resolve) => worker.once('exit', resolve));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.stdout.write = write.stdout;
      process.stderr.write = write.stderr;
    }
    expect(seen).toEqual({ stdout: 'out from a worker\n', stderr: 'err from a worker\n' });
  });
});

describe('WorkerLink', () => {
  // A worker exits as soon as it has posted its last reply; its exit and that reply reach the main
  // thread by two queues, and the exit can be seen first (it was, once, on a loaded machine: "a worker
  // thread stopped (exit code 0) before finishing its blocks" after a whole run). A stand-in worker
  // replays that order exactly: replies posted on the link's port, then the exit, before the port is read.
  function standIn() {
    const worker = Object.assign(new EventEmitter(), {
      port: null as MessagePort | null,
      postMessage(message: { port: MessagePort }) {
        this.port = message.port;
      },
      terminate: async () => 0,
    });
    const link = new WorkerLink(worker as unknown as Worker);
    const folded: number[] = [];
    link.start({} as ThreadTask, SharedBlocks.create(12, 2), { add: (index) => folded.push(index) });
    const port = worker.port as unknown as MessagePort;
    return { worker, link, folded, port };
  }

  it('takes the last reply when the exit is seen before it', async () => {
    const { worker, link, folded, port } = standIn();
    port.postMessage({ kind: 'state', index: 0, state: {} });
    port.postMessage({ kind: 'done', outcome: { ok: true } });
    worker.emit('exit', 0);
    await expect(link.done()).resolves.toEqual({ ok: true });
    expect(folded).toEqual([0]);
    link.stop();
  });

  it('fails a worker that exits without its last reply', async () => {
    const { worker, link, port } = standIn();
    port.postMessage({ kind: 'state', index: 0, state: {} });
    worker.emit('exit', 0);
    await expect(link.done()).rejects.toThrow('a worker thread stopped (exit code 0) before finishing its blocks');
    link.stop();
  });
});
