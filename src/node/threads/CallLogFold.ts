import { CallLog, type CallLogOptions } from '../../operations/CallLog.js';
import type { CallLogState } from '../../operations/CallLogStateSchema.js';

/**
 * Folds the call-log states of a file's blocks left to right, block 0 first, taking them in any
 * order (a state waits until every block before it is folded): the fold one stream makes, whose
 * call log closes its sums every 32,768 rows, so the report is byte-identical whatever thread read
 * which block. The call log's counterpart of {@link BlockFold}.
 */
export class CallLogFold {
  /** The blocks folded so far. */
  readonly log: CallLog;
  private next = 0;
  private readonly pending = new Map<number, CallLogState>();

  /**
   * @param header - the log's header, as written
   * @param options - the call log's options, as every block's log was made with
   * @throws {ValidationError} what {@link CallLog}'s constructor throws for the header
   */
  constructor(
    header: readonly string[],
    private readonly options: CallLogOptions,
  ) {
    this.log = new CallLog(header, options);
  }

  /** Takes block `index`'s state, and folds every state that is now next in line. */
  add(index: number, state: CallLogState): void {
    this.pending.set(index, state);
    for (let s = this.pending.get(this.next); s !== undefined; s = this.pending.get(this.next)) {
      this.pending.delete(this.next);
      this.log.merge(CallLog.fromJSON(s, this.options));
      this.next++;
    }
  }

  /** How many blocks are folded: all of them once this equals the number of blocks. */
  get folded(): number {
    return this.next;
  }
}
