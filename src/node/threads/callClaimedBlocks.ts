import { ServqualError } from '../../errors.js';
import { CallLog, type CallLogOptions } from '../../operations/CallLog.js';
import type { CallLogState } from '../../operations/CallLogStateSchema.js';
import { FastCsvTokenizer } from '../fastCsv.js';
import { scoreClaimedBlocks, type BlockOutcome, type ClaimHooks } from './analyzeClaimedBlocks.js';
import type { SharedBlocks } from './SharedBlocks.js';

/** What every thread reading a call log needs: the file, its header, the log's options (plain data). */
export interface CallBlockTask {
  kind: 'calls';
  file: string;
  header: string[];
  /** The call log's options, without `firstRow` (each block's log starts at the block's first row). */
  options: CallLogOptions;
  delimiter: string;
  maxFieldSize: number;
  maxColumns: number;
}

/**
 * Claims blocks of a call log until none is left, reads each into a {@link CallLog} of its own that
 * starts at the block's first row (so its rows are named as one stream names them, and its sums close
 * where one stream's do), and hands on each block's state ({@link CallLog.toJSON}) for the main thread
 * to fold in file order.
 *
 * A block fails at the first row one stream would fail at: a row that is not valid UTF-8 (one stream
 * stops there with `E_ENCODING`), malformed CSV or a limit passed (the tokenizer accepts what one
 * stream's reader accepts), or, with `strict`, a row that would be excluded.
 */
export function callClaimedBlocks(task: CallBlockTask, blocks: SharedBlocks, hooks: ClaimHooks<CallLogState>): BlockOutcome {
  let log = new CallLog(task.header, task.options);
  const tokenizer = new FastCsvTokenizer(
    (record) => {
      const bad = record.invalid();
      if (bad >= 0) throw new ServqualError('E_ENCODING', `row ${log.rows + 1} of the block at line ${record.line}: field ${bad + 1} is not valid UTF-8`);
      log.add(record.toArray());
    },
    { delimiter: task.delimiter, maxFieldSize: task.maxFieldSize, maxColumns: task.maxColumns, bom: false },
  );
  return scoreClaimedBlocks(task.file, blocks, hooks, {
    tokenizer,
    begin: (block) => {
      log = new CallLog(task.header, { ...task.options, firstRow: block.firstRow });
    },
    end: () => ({ state: log.toJSON(), rows: log.rows }),
  });
}
