import { ServqualError, type DataIssue, type ServqualErrorCode } from '../errors.js';

/** Why rows were excluded, by code, with a label a person reads. */
export interface ExclusionReason {
  code: ServqualErrorCode;
  reason: string;
  rows: number;
}

/** Why values were set aside in rows that were used, by code: the value is read as missing, the row kept. */
export interface SetAsideReason {
  code: ServqualErrorCode;
  reason: string;
  values: number;
}

/**
 * The `sample` block of a report: every row read is used or excluded, `rows = used + excluded`.
 * `setAside` (present only when some are) counts values left out of a used row — an `overall` or an
 * allocation of weights outside its scale, a date that gives no period — each also listed in
 * `dataQuality.issues`.
 */
export interface SampleSummary {
  rows: number;
  used: number;
  excluded: number;
  reasons: ExclusionReason[];
  setAside?: SetAsideReason[];
}

/** Serialised {@link DataQualityLog}; `setAside` only when some values were. */
export interface DataQualityLogJSON {
  used: number;
  excluded: Array<[ServqualErrorCode, number]>;
  setAside?: Array<[ServqualErrorCode, number]>;
  issues: DataIssue[];
  issuesTotal: number;
}

const REASONS: Partial<Record<ServqualErrorCode, string>> = {
  E_NOT_NUMERIC: 'non-numeric answer',
  E_OUT_OF_SCALE: 'answer outside the scale',
  E_RAGGED_ROW: 'wrong number of cells',
  E_WEIGHTS_SUM: 'weights do not sum to 100',
  E_OVERALL_OUT_OF_SCALE: 'overall satisfaction outside its scale',
  E_WEIGHT_OUT_OF_SCALE: 'weight outside 0–100',
  E_EMPTY_ROW: 'no answers',
  E_ENCODING: 'bytes that are not valid UTF-8',
  E_DATE: 'unreadable or implausible date',
  E_OUTCOME_OUT_OF_SCALE: 'outcome (CSI, CSAT, NPS) outside its scale',
};

/** The label of an exclusion reason, e.g. `E_NOT_NUMERIC` → `non-numeric answer`. */
export function reasonLabel(code: ServqualErrorCode): string {
  return REASONS[code] ?? code;
}

/**
 * Counts rows used and excluded (by the code of each excluded row's first problem), counts values set
 * aside in used rows (by code), and keeps the first `maxIssues` problems of either kind in full.
 * Mergeable, like the statistics' accumulators.
 */
export class DataQualityLog {
  used = 0;
  readonly excluded = new Map<ServqualErrorCode, number>();
  readonly setAside = new Map<ServqualErrorCode, number>();
  readonly issues: DataIssue[] = [];
  issuesTotal = 0;

  constructor(readonly maxIssues = 100) {}

  /**
   * Records a row that was used, with the values set aside in it (`notes`, e.g. an `overall` outside
   * its scale): they are counted and kept as issues, and the row still counts as used.
   */
  use(notes?: readonly DataIssue[]): void {
    this.used++;
    if (notes !== undefined && notes.length > 0) this.note(notes);
  }

  /** Records values set aside in a used row (the row itself is recorded by {@link use}). */
  note(issues: readonly DataIssue[]): void {
    for (const issue of issues) this.setAside.set(issue.code, (this.setAside.get(issue.code) ?? 0) + 1);
    this.keep(issues);
  }

  /** Records an excluded row and its problems. */
  exclude(issues: readonly DataIssue[]): void {
    const code = issues[0]?.code ?? 'E_INVALID_ROW';
    this.excluded.set(code, (this.excluded.get(code) ?? 0) + 1);
    this.keep(issues);
  }

  private keep(issues: readonly DataIssue[]): void {
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
    for (const [code, count] of other.setAside) this.setAside.set(code, (this.setAside.get(code) ?? 0) + count);
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
    const sample: SampleSummary = { rows: this.used + excluded, used: this.used, excluded, reasons };
    if (this.setAside.size > 0) {
      sample.setAside = [...this.setAside]
        .map(([code, values]) => ({ code, reason: reasonLabel(code), values }))
        .sort((a, b) => b.values - a.values || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    }
    return sample;
  }

  toJSON(): DataQualityLogJSON {
    const json: DataQualityLogJSON = { used: this.used, excluded: [...this.excluded], issues: this.issues.slice(), issuesTotal: this.issuesTotal };
    if (this.setAside.size > 0) json.setAside = [...this.setAside];
    return json;
  }

  static fromJSON(json: DataQualityLogJSON, maxIssues = 100): DataQualityLog {
    if (!(json.used >= 0) || !Array.isArray(json.excluded)) throw new ServqualError('E_INVALID_STATE', 'DataQualityLog.fromJSON: malformed state');
    const log = new DataQualityLog(maxIssues);
    log.used = json.used;
    for (const [code, count] of json.excluded) log.excluded.set(code, count);
    for (const [code, count] of json.setAside ?? []) log.setAside.set(code, count);
    log.issues.push(...json.issues.slice(0, maxIssues));
    log.issuesTotal = json.issuesTotal;
    return log;
  }
}

/**
 * A one-line account of the sample: `40 rows read: 30 used, 10 excluded (10 non-numeric answer)`,
 * then the values set aside, if any: `; 3 values set aside (3 overall satisfaction outside its scale)`.
 */
export function formatSampleLine(sample: SampleSummary): string {
  const base = `${sample.rows} row${sample.rows === 1 ? '' : 's'} read: ${sample.used} used, ${sample.excluded} excluded`;
  const rows = sample.reasons.length === 0 ? base : `${base} (${sample.reasons.map((r) => `${r.rows} ${r.reason}`).join(', ')})`;
  const aside = sample.setAside ?? [];
  if (aside.length === 0) return rows;
  const values = aside.reduce((n, r) => n + r.values, 0);
  return `${rows}; ${values} value${values === 1 ? '' : 's'} set aside (${aside.map((r) => `${r.values} ${r.reason}`).join(', ')})`;
}
