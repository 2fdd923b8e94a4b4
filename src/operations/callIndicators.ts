import { checkRowLimit, toTable, type SurveyInput } from '../data/toTable.js';
import type { CallsReport } from '../report/CallsReportSchema.js';
import { CallLog, type CallLogOptions } from './CallLog.js';

/** Options of {@link callIndicators}: a call log's, and the in-memory row limit. */
export interface CallIndicatorsOptions extends CallLogOptions {
  /** The most rows held in memory. Default 1,000,000 (stream larger logs with `callsCsv` or a {@link CallLog}). */
  maxRows?: number | undefined;
}

/**
 * Call-centre indicators from a call log in memory: one row per call, with its outcome (`answered` or
 * `abandoned`), its wait in the queue in seconds, and where given its handle time and rings. Overall,
 * per value of each `by` column, and per period, it gives the calls offered, answered and abandoned,
 * the abandonment rate (abandoned / offered, 来电损失率), the average speed of answer (total wait of
 * answered calls / answered, 平均应答速度), the average handle time (reported, never a standard unless a
 * target names it), the share answered within the ring limit, the five service levels (see
 * `serviceLevels`), each control target's verdict, and over the periods a p-chart of abandonment and
 * an XmR chart of ASA. Rows that cannot be read are excluded with reasons naming row, column and value.
 *
 * @param input - records, or `{ header, rows }`
 * @param options - columns, grouping, limits and targets (see {@link CallLogOptions})
 * @returns the calls report (its contract: `CallsReportSchema`)
 * @throws {ValidationError} `E_MISSING_COLUMN` for a needed column the log lacks; {@link ServqualError}
 *   `E_INVALID_OPTION` for a bad limit or target, `E_LIMIT` above `maxRows`.
 * @example
 * const report = callIndicators(
 *   [
 *     { queue: 'sales', outcome: 'answered', wait_seconds: 8, handle_seconds: 200 },
 *     { queue: 'sales', outcome: 'answered', wait_seconds: 30, handle_seconds: 340 },
 *     { queue: 'care', outcome: 'abandoned', wait_seconds: 45 },
 *     { queue: 'care', outcome: 'answered', wait_seconds: 12, handle_seconds: 260 },
 *   ],
 *   { by: ['queue'], targets: ['abandonmentRate<=0.05'] },
 * );
 * [report.overall.abandonmentRate, report.overall.asa, report.overall.aht, report.segments.queue.map((s) => `${s.value} ${s.targets[0].status}`)]
 * //=> [0.25, 50 / 3, 800 / 3, ['care missed', 'sales met']]
 */
export function callIndicators(input: SurveyInput, options: CallIndicatorsOptions = {}): CallsReport {
  const table = toTable(input);
  checkRowLimit(table.rows.length, options.maxRows, 'callsCsv or a CallLog');
  const log = new CallLog(table.header, options);
  for (const row of table.rows) log.add(row);
  return log.result();
}
