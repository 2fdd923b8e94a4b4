import { createAnalyzer, foldBlock, type Analyzer, type AnalyzerOptions, type BlockState } from '../../score/createAnalyzer.js';
import type { Instrument } from '../../instrument/schema.js';

/**
 * Folds blocks' states left to right, block 0 first — the fold one pass makes, so the result is
 * byte-identical whatever thread scored which block — taking states in any order: a state waits
 * until every block before it is folded.
 */
export class BlockFold {
  private made: Analyzer | null = null;
  private next = 0;
  private readonly pending = new Map<number, BlockState>();

  constructor(
    private readonly instrument: Instrument,
    private readonly options: AnalyzerOptions,
  ) {}

  /**
   * The blocks folded so far. Made when first needed — after the main thread has scored its own
   * blocks: a second analyzer made before then leaves that thread's scoring code generic (see
   * BlockHooks.reader).
   */
  get analyzer(): Analyzer {
    this.made ??= createAnalyzer(this.instrument, this.options);
    return this.made;
  }

  /** Takes block `index`'s state, and folds every state that is now next in line. */
  add(index: number, state: BlockState): void {
    this.pending.set(index, state);
    for (let s = this.pending.get(this.next); s !== undefined; s = this.pending.get(this.next)) {
      this.pending.delete(this.next);
      foldBlock(this.analyzer, s);
      this.next++;
    }
  }

  /** How many blocks are folded: all of them once this equals the number of blocks. */
  get folded(): number {
    return this.next;
  }
}
