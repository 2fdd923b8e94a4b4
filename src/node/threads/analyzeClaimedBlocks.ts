import { closeSync, openSync, readSync } from 'node:fs';
import { ServqualError } from '../../errors.js';
import { createRowReader, type RowReader, type RowReaderOptions } from '../../data/createRowReader.js';
import type { Instrument } from '../../instrument/schema.js';
import { FastCsvTokenizer } from '../fastCsv.js';
import { createBlockAnalyzer, takeBlock, type AnalyzerOptions, type BlockState } from '../../score/createAnalyzer.js';
import type { Block, SharedBlocks } from './SharedBlocks.js';

/** What every thread scoring a survey file needs: the file, its header, the options. */
export interface BlockTask {
  kind: 'survey';
  file: string;
  header: string[];
  /** An instrument already checked by defineInstrument on the main thread. */
  instrument: Instrument;
  reader: RowReaderOptions;
  analyzer: AnalyzerOptions;
  delimiter: string;
  maxFieldSize: number;
  maxColumns: number;
}

/** How a thread's share of the blocks ended: every block claimed was scored, or the first one failed. */
export type BlockOutcome = { ok: true } | { ok: false; index: number; code: string; message: string };

/**
 * What a thread does besides scoring: hand on each block's state (of type `S`, the task kind's), and
 * (the main thread) scan and report.
 */
export interface ClaimHooks<S> {
  /** Receives each block's state as soon as the block is scored, so folding overlaps the scoring. */
  onState: (index: number, state: S) => unknown;
  /** Scans the next chunk of the file for block starts (the main thread only). */
  scanMore?: (() => void) | undefined;
  /** Called after each block, e.g. for progress. */
  onBlock?: (() => void) | undefined;
}

/** The hooks of a thread scoring a survey. */
export interface BlockHooks extends ClaimHooks<BlockState> {
  /**
   * The reader to score with, made from `task.header` with `task.reader` and `reuse` (the main thread
   * passes the one it read the header with); default: a new one. V8 compiles the functions a closure
   * site made once for that one closure's context; a second reader (or analyzer) in the same thread
   * makes every such function generic, and the main thread scored its blocks 5–7% slower than a worker.
   */
  reader?: RowReader | undefined;
}

/** Blocks the main thread keeps published beyond the last claimed, so workers never wait for the scan. */
const LOOKAHEAD = 4;

/**
 * Claims blocks of `blocks` until none is left and scores each on its own (so a block's state is the
 * same whichever thread scored it). Synchronous: a thread does nothing else meanwhile. The main
 * thread passes `scanMore`, which scans the next chunk for block starts: it scans a few blocks ahead
 * before each block it scores, instead of scanning the whole file before scoring any.
 */
export function analyzeClaimedBlocks(task: BlockTask, blocks: SharedBlocks, hooks: BlockHooks): BlockOutcome {
  // One reader, analyzer and tokenizer for all of this thread's blocks (each block taken as it ends),
  // so the code that scores rows is compiled once, not once per block.
  const reader = hooks.reader ?? createRowReader(task.header, task.instrument, { ...task.reader, reuse: true });
  const analyzer = createBlockAnalyzer(task.instrument, task.analyzer);
  let row = 0;
  const tokenizer = new FastCsvTokenizer((record) => analyzer.add(reader.readSource(record, row++)), {
    delimiter: task.delimiter,
    maxFieldSize: task.maxFieldSize,
    maxColumns: task.maxColumns,
    bom: false,
  });
  return scoreClaimedBlocks(task.file, blocks, hooks, {
    tokenizer,
    begin: (block) => {
      row = block.firstRow;
    },
    end: (block) => ({ state: takeBlock(analyzer), rows: row - block.firstRow }),
  });
}

/** How a thread scores the blocks it claims, whatever the task's kind: its tokenizer feeds the kind's accumulator. */
export interface BlockScorer<S> {
  /** The thread's one tokenizer (made with `bom: false`): each block's bytes go through it. */
  readonly tokenizer: FastCsvTokenizer;
  /** Readies the accumulator for a block, before its bytes: its rows are numbered from `block.firstRow`. */
  begin(block: Block): void;
  /** Takes the block's state once its bytes are read, and says how many rows it held. */
  end(block: Block): { state: S; rows: number };
}

/**
 * The claim loop every task kind shares: claims blocks of `blocks` until none is left, reads each
 * through `scorer` and hands its state to `hooks.onState`. The first block that fails is recorded in
 * `blocks` (so no thread claims a later one) and returned; the file is opened once per thread.
 */
export function scoreClaimedBlocks<S>(file: string, blocks: SharedBlocks, hooks: ClaimHooks<S>, scorer: BlockScorer<S>): BlockOutcome {
  const { scanMore, onState, onBlock } = hooks;
  const fd = openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  try {
    const claim = (): Block | null => {
      if (scanMore !== undefined) while (!blocks.scanned() && blocks.ahead() < LOOKAHEAD) scanMore();
      return blocks.claim(scanMore);
    };
    for (let block = claim(); block !== null; block = claim()) {
      let scored: { state: S; rows: number };
      try {
        scorer.begin(block);
        scorer.tokenizer.restart(block.firstLine);
        readBlock(file, fd, buffer, block, scorer.tokenizer);
        scored = scorer.end(block);
      } catch (error) {
        blocks.fail(block.index);
        const e = error as { code?: unknown; message?: unknown };
        return { ok: false, index: block.index, code: typeof e.code === 'string' ? e.code : 'E_IO', message: String(e.message) };
      }
      blocks.finished(block, scored.rows);
      onState(block.index, scored.state);
      onBlock?.();
    }
  } finally {
    closeSync(fd);
  }
  return { ok: true };
}

/** Feeds one block's bytes to the tokenizer, a buffer at a time (the tokenizer copies what it keeps). */
function readBlock(file: string, fd: number, buffer: Buffer, block: Block, tokenizer: FastCsvTokenizer): void {
  for (let at = block.start; at < block.end; ) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, block.end - at), at);
    if (read === 0) throw new ServqualError('E_IO', `${file} became shorter while it was read (at byte ${at})`);
    tokenizer.push(buffer.subarray(0, read));
    at += read;
  }
  tokenizer.end();
}
