import { DEFAULTS } from '../defaults.js';
import { ServqualError, ValidationError } from '../errors.js';
import { DataQualityLog } from '../data/DataQualityLog.js';
import type { Cell } from '../data/parseCell.js';
import { CoMoments } from '../stats/CoMoments.js';
import { BLOCK_ROWS } from '../score/blockRows.js';
import { parseDateCell } from '../data/period.js';
import type { CallTarget, CallsReport } from '../report/CallsReportSchema.js';
import { buildCallsReport } from './buildCallsReport.js';
import { callGroup, type CallGroupMoments, type CallGroupRows, type CallLimits } from './callGroup.js';
import { parseCallLogState, type CallLogState } from './CallLogStateSchema.js';
import { callPeriodOf, type CallPeriodUnit } from './callPeriodOf.js';
import { parseCallTarget } from './callTargets.js';
import { readCall } from './readCall.js';
import { resolveCallColumns, type CallColumnMap, type CallColumnNames } from './resolveCallColumns.js';

/** Options of a call log ({@link CallLog}, `callIndicators`, `callsCsv`). */
export interface CallLogOptions {
  /** The column names, where they differ from `DEFAULTS.callColumns`. */
  columns?: Partial<CallColumnNames> | undefined;
  /** Group the calls by these columns too (e.g. `['queue']`): `segments[column][] = { value, … }`. */
  by?: readonly string[] | undefined;
  /** Group the calls by day, ISO week or month of the date column too: `periods[]` and the control charts. */
  period?: CallPeriodUnit | undefined;
  /** date-fns pattern of the date column, e.g. `dd.MM.yyyy HH:mm` (default: ISO dates and date-times). */
  dateFormat?: string | undefined;
  /** Service-level threshold T in seconds (waits ≤ T count). Default 20. */
  answerWithin?: number | undefined;
  /** Short-abandon limit in seconds. Default 5. */
  shortAbandon?: number | undefined;
  /** Ring limit of `answeredWithinRings`. Default 3. */
  rings?: number | undefined;
  /** Control targets, as text (`abandonmentRate<=0.05`) or parsed; see `parseCallTarget`. */
  targets?: ReadonlyArray<string | CallTarget> | undefined;
  /** The decimal mark of numbers, `.` (default) or `,`. */
  decimal?: '.' | ',' | undefined;
  /** Fail on the first excluded row instead of excluding it. */
  strict?: boolean | undefined;
  /** Problems kept in full in `dataQuality.issues` (all are counted). Default 100. */
  maxIssues?: number | undefined;
  /** The file's row number of the first row this log is given (1-based; default 1): a log of a later part of a file names its rows as the file does. */
  firstRow?: number | undefined;
}

/** A group's two sides: the current block's sums and the moments of the blocks before. */
interface Group {
  readonly rows: CallGroupRows;
  readonly moments: CallGroupMoments;
}

function checkLimit(name: 'answerWithin' | 'shortAbandon' | 'rings', value: number): number {
  if (!(Number.isFinite(value) && value >= 0))
    throw new ServqualError('E_INVALID_OPTION', `calls: ${name} must be a number ≥ 0, got ${value}`, { option: name });
  return value;
}

/**
 * The streaming accumulator of a call log: give it the header, then rows one at a time ({@link add}),
 * and read the report ({@link result}). It keeps counts and moments per group — overall, per value of
 * each `by` column and per period — never the rows, so a log of millions of calls is read in constant
 * memory. Rows are added to shifted sums and folded into the moments every 32,768 rows (the survey's
 * blocks). Every row is accounted for: used, or excluded with problems naming its row, column and value.
 *
 * Logs of consecutive parts of a file can be combined with {@link merge}, and a log saved with
 * {@link toJSON} and restored with {@link CallLog.fromJSON}.
 *
 * @example
 * const log = new CallLog(['outcome', 'wait_seconds'], { answerWithin: 20 });
 * log.add(['answered', '12']);
 * log.add(['abandoned', '40']);
 * log.add(['transferred', '3']); // not an outcome: excluded, with its reason
 * const report = log.result();
 * [report.overall.offered, report.overall.serviceLevels.F2, report.sample.excluded]
 * //=> [2, 1, 1]
 */
export class CallLog {
  /** The header's columns. */
  readonly columns: CallColumnMap;
  readonly limits: CallLimits;
  readonly targets: readonly CallTarget[];
  readonly quality: DataQualityLog;
  /** Data rows added. */
  rows = 0;
  /** Calls without a readable date (with periods): in every group but the periods. */
  undated = 0;
  private readonly overall: Group;
  private readonly segments: Map<string, Group>[];
  private readonly periods = new Map<string, { index: number; group: Group }>();
  private readonly dirty = new Set<Group>();
  private readonly offset: number;

  /**
   * @param header - the log's header, as written
   * @throws {ValidationError} `E_MISSING_COLUMN` / `E_DUPLICATE_HEADER` (see resolveCallColumns);
   *   {@link ServqualError} `E_INVALID_OPTION` for a limit below 0 or an unreadable target.
   */
  constructor(
    header: readonly string[],
    readonly options: CallLogOptions = {},
  ) {
    this.limits = {
      answerWithin: checkLimit('answerWithin', options.answerWithin ?? DEFAULTS.answerWithin),
      shortAbandon: checkLimit('shortAbandon', options.shortAbandon ?? DEFAULTS.shortAbandon),
      rings: checkLimit('rings', options.rings ?? DEFAULTS.rings),
    };
    this.targets = (options.targets ?? []).map((t) => (typeof t === 'string' ? parseCallTarget(t) : t));
    this.columns = resolveCallColumns(header, options.columns, options.by ?? [], options.period !== undefined);
    this.quality = new DataQualityLog(options.maxIssues ?? DEFAULTS.maxIssues);
    this.offset = (options.firstRow ?? 1) - 1;
    this.overall = this.group();
    this.segments = this.columns.by.map(() => new Map());
  }

  private group(): Group {
    return { rows: callGroup.rows(this.limits), moments: callGroup.moments(this.limits) };
  }

  /** Adds the call to a group's current block. */
  private into(group: Group, call: Parameters<CallGroupRows['add']>[0]): void {
    group.rows.add(call);
    this.dirty.add(group);
  }

  /**
   * Adds the next data row.
   *
   * @throws {ValidationError} with `strict`, on a row that would be excluded
   */
  add(cells: readonly Cell[]): void {
    const row = this.offset + ++this.rows;
    const call = readCall(cells, this.columns, row, this.options.decimal);
    if (Array.isArray(call)) {
      if (this.options.strict === true) throw new ValidationError(call);
      this.quality.exclude(call);
    } else {
      this.quality.use();
      this.into(this.overall, call);
      this.columns.by.forEach((at, b) => {
        const value = String(cells[at] ?? '').trim();
        const groups = this.segments[b] as Map<string, Group>;
        const group = groups.get(value) ?? this.group();
        groups.set(value, group);
        this.into(group, call);
      });
      const unit = this.options.period;
      if (unit !== undefined) {
        const date = parseDateCell(String(cells[this.columns.offeredAt] ?? ''), this.options.dateFormat);
        if (date === null) this.undated++;
        else {
          const key = callPeriodOf(date, unit);
          const period = this.periods.get(key.label) ?? { index: key.index, group: this.group() };
          this.periods.set(key.label, period);
          this.into(period.group, call);
        }
      }
    }
    if (row % BLOCK_ROWS === 0) this.flush();
  }

  /** Folds the current block's sums into the moments. */
  private flush(): void {
    for (const group of this.dirty) {
      group.rows.sums.mergeInto(group.moments.parts);
      group.rows.sums.reset();
    }
    this.dirty.clear();
  }

  /**
   * Folds another log of the same header and options into this one, such as the log of a later part of
   * the same file (made with `firstRow`), and returns `this`. Counts add up exactly; means merge by
   * Chan et al.'s formula, so they agree with one pass to rounding.
   */
  merge(other: CallLog): this {
    if (other.columns.header.join('\u0000') !== this.columns.header.join('\u0000'))
      throw new ServqualError('E_INVALID_STATE', 'CallLog.merge: the logs have different headers');
    this.flush();
    other.flush();
    const mergeGroup = (into: Group, from: Group): void => {
      into.moments.parts.forEach((p, s) => {
        p.merge(from.moments.parts[s] as CoMoments);
      });
    };
    mergeGroup(this.overall, other.overall);
    other.segments.forEach((groups, b) => {
      const mine = this.segments[b] as Map<string, Group>;
      for (const [value, group] of groups) {
        const into = mine.get(value) ?? this.group();
        mine.set(value, into);
        mergeGroup(into, group);
      }
    });
    for (const [label, { index, group }] of other.periods) {
      const into = this.periods.get(label) ?? { index, group: this.group() };
      this.periods.set(label, into);
      mergeGroup(into.group, group);
    }
    this.quality.merge(other.quality);
    this.rows += other.rows;
    this.undated += other.undated;
    return this;
  }

  /** The log's state, for {@link CallLog.fromJSON} (the current block is folded in first). */
  toJSON(): CallLogState {
    this.flush();
    const parts = (g: Group) => g.moments.parts.map((p) => p.toJSON() as CallLogState['overall'][number]);
    return {
      kind: 'servqual-call-log',
      version: 1,
      rows: this.rows,
      header: [...this.columns.header],
      overall: parts(this.overall),
      segments: this.columns.by.map((at, b) => [
        this.columns.header[at] as string,
        [...(this.segments[b] as Map<string, Group>)].map(([value, g]) => [value, parts(g)] as [string, CallLogState['overall']]),
      ]),
      periods: [...this.periods].map(([label, p]) => [label, p.index, parts(p.group)] as [string, number, CallLogState['overall']]),
      undated: this.undated,
      quality: this.quality.toJSON(),
    };
  }

  /**
   * Restores a log from {@link toJSON}; give the same options. The state is checked whole first.
   *
   * @throws {ServqualError} `E_INVALID_STATE` naming the path and problem, or a state whose `by`
   *   columns differ from the options'.
   */
  static fromJSON(state: unknown, options: CallLogOptions = {}): CallLog {
    const valid = parseCallLogState(state);
    const log = new CallLog(valid.header, options);
    const restore = (into: Group, parts: CallLogState['overall']): void => {
      parts.forEach((p, s) => {
        (into.moments.parts[s] as CoMoments).merge(CoMoments.fromJSON({ k: 1, n: p.n, mean: [...p.mean], c: [...p.c] }));
      });
    };
    if (
      valid.segments.length !== log.columns.by.length ||
      valid.segments.some(([name], b) => normalize(name) !== normalize(log.columns.header[log.columns.by[b] as number] as string))
    ) {
      throw new ServqualError(
        'E_INVALID_STATE',
        `CallLog.fromJSON: the state's by columns (${valid.segments.map(([n]) => n).join(', ') || 'none'}) differ from the options' (${(options.by ?? []).join(', ') || 'none'})`,
      );
    }
    if (valid.periods.length > 0 && options.period === undefined) {
      throw new ServqualError('E_INVALID_STATE', 'CallLog.fromJSON: the state has periods but the options give no period');
    }
    restore(log.overall, valid.overall);
    valid.segments.forEach(([, values], b) => {
      const groups = log.segments[b] as Map<string, Group>;
      for (const [value, parts] of values) {
        const group = log.group();
        restore(group, parts);
        groups.set(value, group);
      }
    });
    for (const [label, index, parts] of valid.periods) {
      const group = log.group();
      restore(group, parts);
      log.periods.set(label, { index, group });
    }
    log.quality.merge(DataQualityLog.fromJSON(valid.quality, log.quality.maxIssues));
    log.rows = valid.rows;
    log.undated = valid.undated;
    return log;
  }

  /** The calls report of the rows added so far (the current block is folded in first). */
  result(): CallsReport {
    this.flush();
    const h = this.columns.header;
    const name = (at: number): string | null => (at >= 0 ? (h[at] as string).trim() : null);
    return buildCallsReport({
      options: {
        answerWithin: this.limits.answerWithin,
        shortAbandon: this.limits.shortAbandon,
        rings: this.limits.rings,
        by: this.columns.by.map((at) => name(at) as string),
        period: this.options.period ?? null,
        columns: {
          callId: name(this.columns.callId),
          offeredAt: name(this.columns.offeredAt),
          outcome: name(this.columns.outcome) as string,
          wait: name(this.columns.wait) as string,
          handle: name(this.columns.handle),
          rings: name(this.columns.rings),
        },
        targets: [...this.targets],
      },
      quality: this.quality,
      undated: this.undated,
      overall: this.overall.moments,
      segments: this.segments.map((groups) => [...groups].map(([value, g]) => [value, g.moments] as const)),
      periods: this.options.period === undefined ? null : [...this.periods].map(([label, p]) => ({ label, index: p.index, moments: p.group.moments })),
    });
  }
}

const normalize = (name: string): string => name.trim().toLowerCase();
