import { ServqualError, type DataIssue, type ServqualErrorCode } from '../errors.js';

/** Why rows were excluded, by code, with a label a person reads. */
export interface ExclusionReason {
  code: ServqualErrorCode;
  reason: string;
  rows: number;
}

/** The `sample` block of a report: every row read is used or excluded, `rows = used + excluded`. */
export interface SampleSummary {
  rows: number;
  used: number;
  excluded: number;
  reasons: ExclusionReason[];
}

/** Serialised {@link DataQualityLog}. */
export interface DataQualityLogJSON {
  used: number;
  excluded: Array<[ServqualErrorCode, number]>;
  issues: DataIssue[];
  issuesTotal: number;
}

const REASONS: Partial<Record<ServqualErrorCode, string>> = {
  E_NOT_NUMERIC: 'non-numeric answer',
  E_OUT_OF_SCALE: 'answer outside the scale',
  E_RAGGED_ROW: 'wrong number of cells',
  E_WEIGHTS_SUM: 'weights do not sum to 100',
  E_EMPTY_ROW: 'no answers',
};

/** The label of an exclusion reason, e.g. `E_NOT_NUMERIC` → `non-numeric answer`. */
export function reasonLabel(code: ServqualErrorCode): string {
  return REASONS[code] ?? code;
}

/**
 * Counts rows used and excluded (by the code of each excluded row's first problem) and keeps the
 * first `maxIssues` problems in full. Mergeable, like the statistics' accumulators.
 */
export class DataQualityLog {
  used = 0;
  readonly excluded = new Map<ServqualErrorCode, number>();
  readonly issues: DataIssue[] = [];
  issuesTotal = 0;

  constructor(readonly maxIssues = 100) {}

  /** Records a row that was used. */
  use(): void {
    this.used++;
  }

  /** Records an excluded row and its problems. */
  exclude(issues: readonly DataIssue[]): void {
    const code = issues[0]?.code ?? 'E_INVALID_ROW';
    this.excluded.set(code, (this.excluded.get(code) ?? 0) + 1);
    this.issuesTotal += issues.length;
    for (const issue of issues) {
      if (this.issues.length >= this.maxIssues) break;
      this.issues.push(issue);
    }
  }

  /** Total rows excluded. */
  get excludedRows(): number {
    let total = 0;
    for (const count of this.excluded.values()) total += count;
    return total;
  }

  /** Folds another log into this one (issues kept in row order, up to `maxIssues`). */
  merge(other: DataQualityLog): this {
    this.used += other.used;
    for (const [code, count] of other.excluded) this.excluded.set(code, (this.excluded.get(code) ?? 0) + count);
    this.issuesTotal += other.issuesTotal;
    const all = [...this.issues, ...other.issues].sort((a, b) => a.row - b.row);
    this.issues.length = 0;
    this.issues.push(...all.slice(0, this.maxIssues));
    return this;
  }

  /** The report's `sample` block. */
  summary(): SampleSummary {
    const excluded = this.excludedRows;
    const reasons = [...this.excluded]
      .map(([code, rows]) => ({ code, reason: reasonLabel(code), rows }))
      .sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code));
    return { rows: this.used + excluded, used: this.used, excluded, reasons };
  }

  toJSON(): DataQualityLogJSON {
    return { used: this.used, excluded: [...this.excluded], issues: this.issues.slice(), issuesTotal: this.issuesTotal };
  }

  static fromJSON(json: DataQualityLogJSON, maxIssues = 100): DataQualityLog {
    if (!(json.used >= 0) || !Array.isArray(json.excluded)) throw new ServqualError('E_INVALID_STATE', 'DataQualityLog.fromJSON: malformed state');
    const log = new DataQualityLog(maxIssues);
    log.used = json.used;
    for (const [code, count] of json.excluded) log.excluded.set(code, count);
    log.issues.push(...json.issues.slice(0, maxIssues));
    log.issuesTotal = json.issuesTotal;
    return log;
  }
}

/** A one-line account of the sample: `40 rows read: 30 used, 10 excluded (10 non-numeric answer)`. */
export function formatSampleLine(sample: SampleSummary): string {
  const base = `${sample.rows} row${sample.rows === 1 ? '' : 's'} read: ${sample.used} used, ${sample.excluded} excluded`;
  return sample.reasons.length === 0 ? base : `${base} (${sample.reasons.map((r) => `${r.rows} ${r.reason}`).join(', ')})`;
}
