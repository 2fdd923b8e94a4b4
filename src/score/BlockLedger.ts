import { ServqualError } from '../errors.js';
import { DataQualityLog, type DataQualityLogJSON } from '../data/DataQualityLog.js';
import type { ShiftedSums } from '../stats/ShiftedSums.js';
import { flushRows, makeParts, makeSums, mergeParts, partsOfBlock, rowsInOrder, type AnalyzerParts, type BlockSums, type PartsShape } from './AnalyzerParts.js';
import type { GroupedRows } from './groups.js';

/**
 * A block of rows as the raw shifted sums a thread filled (no moments made yet): what a worker sends
 * for each block it scores. Cheap to make and to send (a few Float64Arrays, where the JSON state
 * has a CoMoments per part), and folding it runs the very code that closes a block in one pass, so
 * the result is byte-identical by construction.
 * @internal
 */
export interface BlockState {
  /** The arena of each accumulator's sums, in the fixed order of the serialised state. */
  arenas: Float64Array[];
  /** Per `by` column (in the options' order), each group's key and arena. */
  segments: Array<Array<[string, Float64Array]>>;
  periods: Array<[string, Float64Array]> | null;
  quality: DataQualityLogJSON;
}

/** Each group's key and arena, in the order the groups were met. */
function groupArenas(grouped: GroupedRows): Array<[string, Float64Array]> {
  return [...grouped.groups].map(([key, g]): [string, Float64Array] => [key, g.sums.arena]);
}

/** The error for a block state that does not fit the analyzer folding it. */
function otherShape(): ServqualError {
  return new ServqualError('E_INVALID_STATE', 'foldBlock: the block is of another analyzer shape');
}

/** Copies a sent arena into a new block's; the lengths must agree (the same instrument, method and options). */
function fillArena(target: ShiftedSums, arena: Float64Array | undefined): void {
  if (arena === undefined || arena.length !== target.arena.length) throw otherShape();
  target.arena.set(arena);
}

/**
 * An analyzer's blocks: the block being filled (row rules over shifted sums: cheap per row) and the
 * fold of the closed ones (moments). Rows accumulate in blocks of a fixed size, folded left to right.
 * Floating-point merging is not exactly associative, so a fixed fold is what lets workers that each
 * take whole blocks produce byte-identical results to one pass, whatever the thread count, chunking
 * or line endings. A block becomes moments when it closes.
 */
export class BlockLedger {
  /** The block being filled. */
  sums: BlockSums;
  /** The block's rows used and excluded. */
  quality: DataQualityLog;
  /** The closed blocks, folded; `null` before the first. */
  private total: AnalyzerParts | null = null;
  private rowsInBlock = 0;

  /**
   * @param shape - the shape of every block and of the fold
   * @param blockRows - rows per block: it closes after that many (Infinity: only when taken)
   */
  constructor(
    readonly shape: PartsShape,
    private readonly blockRows: number,
  ) {
    this.sums = makeSums(shape);
    this.quality = new DataQualityLog(shape.maxIssues);
  }

  /** Counts a row (used or excluded) into the block, closing it when full. */
  rowAdded(): void {
    if (++this.rowsInBlock === this.blockRows) this.close();
  }

  /** Closes the block being filled: the one step of the fixed left fold. */
  close(): void {
    this.foldParts(partsOfBlock(this.shape, this.sums, this.quality));
    this.newBlock();
  }

  /** Closes the block, then merges `other` into the fold (another analyzer's parts). */
  mergeIn(other: AnalyzerParts): void {
    this.close();
    mergeParts(this.total as AnalyzerParts, other);
  }

  /** Everything so far, folded (new parts; the ledger is unchanged). */
  folded(): AnalyzerParts {
    const out = makeParts(this.shape);
    if (this.total !== null) mergeParts(out, this.total);
    mergeParts(out, partsOfBlock(this.shape, this.sums, this.quality));
    return out;
  }

  /** Makes `parts` what was folded before the first row (for analyzerFromJSON). */
  restore(parts: AnalyzerParts): void {
    this.total = parts;
  }

  /**
   * The block being filled, as raw sums, leaving the ledger with an empty one.
   * @throws {ServqualError} `E_INVALID_STATE` "takeBlock: the analyzer closed blocks itself (use createBlockAnalyzer)"
   */
  take(): BlockState {
    if (this.total !== null) throw new ServqualError('E_INVALID_STATE', 'takeBlock: the analyzer closed blocks itself (use createBlockAnalyzer)');
    const sums = this.sums;
    flushRows(sums);
    const state: BlockState = {
      arenas: rowsInOrder(sums).map((r) => r.sums.arena),
      segments: [...sums.segments.values()].map(groupArenas),
      periods: sums.periods === null ? null : groupArenas(sums.periods),
      quality: this.quality.toJSON(),
    };
    this.newBlock();
    return state;
  }

  /**
   * Folds a block taken from a ledger of the same shape, closing a block.
   * @throws {ServqualError} `E_INVALID_STATE` "foldBlock: the block is of another analyzer shape"
   */
  fold(state: BlockState): void {
    const block = makeSums(this.shape);
    const rules = rowsInOrder(block);
    if (rules.length !== state.arenas.length || state.segments.length !== block.segments.size || (state.periods === null) !== (block.periods === null)) {
      throw otherShape();
    }
    rules.forEach((r, i) => fillArena(r.sums, state.arenas[i]));
    [...block.segments.values()].forEach((g, i) => {
      for (const [key, arena] of state.segments[i] ?? []) fillArena(g.group(key).sums, arena);
    });
    for (const [key, arena] of state.periods ?? []) fillArena((block.periods as GroupedRows).group(key).sums, arena);
    this.foldParts(partsOfBlock(this.shape, block, DataQualityLog.fromJSON(state.quality, this.shape.maxIssues)));
  }

  private foldParts(block: AnalyzerParts): void {
    if (this.total === null) this.total = block;
    else mergeParts(this.total, block);
  }

  private newBlock(): void {
    this.sums = makeSums(this.shape);
    this.quality = new DataQualityLog(this.shape.maxIssues);
    this.rowsInBlock = 0;
  }
}
