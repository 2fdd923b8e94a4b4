import { DEFAULTS } from '../../defaults.js';
import { ValidationError, type DataIssue, type ServqualErrorCode } from '../../errors.js';
import { DataQualityLog } from '../../data/DataQualityLog.js';
import { cellText, type Cell } from '../../data/parseCell.js';
import { readDateCell } from '../../data/period.js';
import { fleissKappa } from '../../stats/fleissKappa.js';
import { rowShapeIssue } from '../../data/rowShapeIssue.js';
import { wilsonInterval } from '../../stats/wilsonInterval.js';
import { COMPLIANCE_SCHEMA_VERSION, type ComplianceRate, type ComplianceReport } from '../../report/ComplianceReportSchema.js';
import { callPeriodOf, type CallPeriodUnit } from '../callPeriodOf.js';
import { judgeResult } from './judgeResult.js';
import { resolveObservationColumns, type ObservationColumnMap, type ObservationColumnNames } from './resolveObservationColumns.js';
import type { Standard, StandardsRegister } from './StandardsRegisterSchema.js';
import { standardText } from './standardText.js';

/** Options of a {@link ComplianceLog}. */
export interface ComplianceLogOptions {
  /** The column names, where they differ from `DEFAULTS.observationColumns`. */
  columns?: Partial<ObservationColumnNames> | undefined;
  /** Report every standard's cells by this period; without it, each by its own `window` (or over all dates). */
  period?: CallPeriodUnit | undefined;
  /** date-fns pattern of the date column (default: ISO dates). */
  dateFormat?: string | undefined;
  /** The decimal mark of measured values, `.` (default) or `,`. */
  decimal?: '.' | ',' | undefined;
  /** Fail on the first excluded row instead of excluding it. */
  strict?: boolean | undefined;
  /** Problems kept in full in `dataQuality.issues` (all are counted). Default 100. */
  maxIssues?: number | undefined;
}

/** Why an observation was excluded, by the code of its problem. */
export const OBSERVATION_EXCLUSION_REASONS: Partial<Record<ServqualErrorCode, string>> = {
  E_UNKNOWN_STANDARD: 'standard not in the register',
  E_INVALID_ROW: 'unreadable result or no unit',
  E_OUT_OF_SCALE: 'value outside the plausible range',
  E_DATE: 'unreadable or implausible date',
  E_RAGGED_ROW: 'wrong number of cells',
  E_EMPTY_ROW: 'empty row',
};

/** Observations and passes. */
interface Count {
  n: number;
  passed: number;
}

/** What one standard's observations add up to. */
interface StandardTally {
  readonly standard: Standard;
  readonly period: CallPeriodUnit | null;
  readonly total: Count;
  readonly units: Map<string, Count>;
  readonly cells: Map<string, { unit: string; label: string | null; index: number; count: Count }>;
  /** Per unit + date: [passes, fails], the ratings of one subject for agreement. */
  readonly subjects: Map<string, [number, number]>;
}

/** One visit (unit + date + observer): what its results add to the index. */
interface Visit {
  readonly unit: string;
  weighted: number;
  weight: number;
  criticalFailed: boolean;
}

const rate = (c: Count): ComplianceRate => ({ n: c.n, passed: c.passed, rate: c.n === 0 ? null : c.passed / c.n, ci95: wilsonInterval(c.passed, c.n) });
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const SEP = '\u0000';

/**
 * The streaming accumulator of observations of service standards (audits, mystery shopping, call
 * monitoring): give it the register and the file's header, then rows one at a time ({@link add}), and
 * read the compliance report ({@link result}). A row is one result of one standard at one unit on one
 * day, by one observer; an observation (a visit) is all the results one observer recorded at one unit on
 * one day. It keeps counts per standard, unit and period, and per visit and per rated subject (unit +
 * standard + day), never the rows. Every row is used or excluded with problems naming its row, column
 * and value: a standard the register lacks, an unreadable result, a value outside the standard's
 * `valid` range, an unreadable date, no unit.
 *
 * @example
 * const register = parseStandards({ standards: [{ id: 'S1', text: 'Greet', critical: true }, { id: 'S2', text: 'Answer by ring 3', comparator: '<=', target: 3 }] });
 * const log = new ComplianceLog(['standard_id', 'unit', 'date', 'result'], register);
 * log.add(['S1', 'Lobby', '2025-03-03', 'pass']);
 * log.add(['S2', 'Lobby', '2025-03-03', '2']);
 * log.add(['S1', 'Lobby', '2025-03-04', 'fail']);
 * log.add(['S9', 'Lobby', '2025-03-04', 'pass']); // not in the register: excluded, with its reason
 * const report = log.result();
 * [report.standards[0].rate, report.overall.index, report.overall.criticalFailed, report.sample.excluded]
 * //=> [0.5, 0.5, 1, 1]
 */
export class ComplianceLog {
  readonly columns: ObservationColumnMap;
  readonly quality: DataQualityLog;
  /** Data rows added. */
  rows = 0;
  private readonly tallies = new Map<string, StandardTally>();
  private readonly visits = new Map<string, Visit>();

  /**
   * @param header - the observations file's header, as written
   * @param register - from `parseStandards`
   * @throws {ValidationError} `E_MISSING_COLUMN` / `E_DUPLICATE_HEADER` (see resolveObservationColumns)
   */
  constructor(
    header: readonly string[],
    readonly register: StandardsRegister,
    readonly options: ComplianceLogOptions = {},
  ) {
    this.columns = resolveObservationColumns(header, options.columns);
    this.quality = new DataQualityLog(options.maxIssues ?? DEFAULTS.maxIssues);
    for (const standard of register.standards) {
      this.tallies.set(standard.id, {
        standard,
        period: options.period ?? standard.window ?? null,
        total: { n: 0, passed: 0 },
        units: new Map(),
        cells: new Map(),
        subjects: new Map(),
      });
    }
  }

  /**
   * Adds the next data row.
   *
   * @throws {ValidationError} with `strict`, on a row that would be excluded
   */
  add(cells: readonly Cell[]): void {
    const row = ++this.rows;
    const read = this.read(cells, row);
    if (Array.isArray(read)) {
      if (this.options.strict === true) throw new ValidationError(read);
      this.quality.exclude(read);
      return;
    }
    this.quality.use();
    const { tally, unit, date, day, observer, pass } = read;
    const add = (c: Count): void => {
      c.n++;
      if (pass) c.passed++;
    };
    add(tally.total);
    const u = tally.units.get(unit) ?? { n: 0, passed: 0 };
    tally.units.set(unit, u);
    add(u);
    const key = tally.period === null ? null : callPeriodOf(date, tally.period);
    const cellKey = `${unit}${SEP}${key?.label ?? ''}`;
    const cell = tally.cells.get(cellKey) ?? { unit, label: key?.label ?? null, index: key?.index ?? 0, count: { n: 0, passed: 0 } };
    tally.cells.set(cellKey, cell);
    add(cell.count);
    if (this.columns.observer >= 0) {
      const subjectKey = `${unit}${SEP}${day}`;
      const subject = tally.subjects.get(subjectKey) ?? [0, 0];
      subject[pass ? 0 : 1]++;
      tally.subjects.set(subjectKey, subject);
    }
    const visitKey = `${unit}${SEP}${day}${SEP}${observer}`;
    const visit = this.visits.get(visitKey) ?? { unit, weighted: 0, weight: 0, criticalFailed: false };
    this.visits.set(visitKey, visit);
    if (tally.standard.critical === true) {
      if (!pass) visit.criticalFailed = true;
    } else {
      const w = tally.standard.weight ?? DEFAULTS.standardWeight;
      visit.weight += w;
      if (pass) visit.weighted += w;
    }
  }

  /** A row read, or the problems that exclude it. */
  private read(cells: readonly Cell[], row: number) {
    const { header } = this.columns;
    const shape = rowShapeIssue(cells, header.length, row);
    if (shape !== null) return [shape];
    const issues: DataIssue[] = [];
    const text = (at: number): string => cellText(cells[at]).trim();
    const problem = (code: ServqualErrorCode, at: number, what: string): void => {
      const value = cellText(cells[at]);
      const column = header[at] as string;
      issues.push({ code, row, column, value, message: `row ${row}, column ${column}: ${value.trim() === '' ? 'empty' : `"${value}"`}${what}` });
    };
    const id = text(this.columns.standardId);
    const tally = this.tallies.get(id);
    if (tally === undefined) problem('E_UNKNOWN_STANDARD', this.columns.standardId, ' is not a standard of the register');
    const unit = text(this.columns.unit);
    if (unit === '') problem('E_INVALID_ROW', this.columns.unit, '; every observation needs its unit');
    const reading = readDateCell(text(this.columns.date), this.options.dateFormat);
    if (reading === null) problem('E_DATE', this.columns.date, '; every observation needs its date');
    else if ('problem' in reading) problem('E_DATE', this.columns.date, ` ${reading.problem}`);
    let pass = false;
    if (tally !== undefined) {
      const judged = judgeResult(tally.standard, text(this.columns.result), this.options.decimal);
      if ('problem' in judged) {
        const s = tally.standard;
        if (judged.problem === 'implausible') {
          const [lo, hi] = s.valid as [number, number];
          problem('E_OUT_OF_SCALE', this.columns.result, ` is outside the plausible range ${lo}–${hi} of standard ${s.id}`);
        } else {
          const measured = s.target !== undefined || s.band !== undefined;
          problem('E_INVALID_ROW', this.columns.result, ` is neither pass nor fail${measured ? ' nor a number' : ''} (standard ${s.id})`);
        }
      } else pass = judged.pass;
    }
    if (issues.length > 0 || tally === undefined || reading === null || !('date' in reading)) return issues;
    const observer = this.columns.observer >= 0 ? text(this.columns.observer) : '';
    return { tally, unit, date: reading.date, day: callPeriodOf(reading.date, 'day').label, observer, pass };
  }

  /** Observations and passes per standard id (for the SMART check's A). */
  observed(): Map<string, { n: number; passed: number }> {
    return new Map([...this.tallies].map(([id, t]) => [id, { n: t.total.n, passed: t.total.passed }]));
  }

  /** The compliance report of the rows added so far (`customers` is `null` in every standard: see `linkCustomers`). */
  result(): ComplianceReport {
    const summary = this.quality.summary();
    const h = this.columns.header;
    const name = (at: number): string => (h[at] as string).trim();
    const allSubjects: Array<[number, number]> = [];
    const standards = [...this.tallies.values()].map((t) => {
      const subjects = [...t.subjects.values()];
      allSubjects.push(...subjects);
      const total = rate(t.total);
      return {
        id: t.standard.id,
        text: standardText(t.standard.text),
        critical: t.standard.critical === true,
        weight: t.standard.critical === true ? 0 : (t.standard.weight ?? DEFAULTS.standardWeight),
        period: t.period,
        ...total,
        gap3: total.rate === null ? null : 1 - total.rate,
        units: [...t.units].sort((a, b) => byCodeUnit(a[0], b[0])).map(([unit, c]) => ({ unit, ...rate(c) })),
        cells: [...t.cells.values()]
          .sort((a, b) => byCodeUnit(a.unit, b.unit) || a.index - b.index)
          .map((c) => ({ unit: c.unit, period: c.label, ...rate(c.count) })),
        agreement: fleissKappa(subjects),
        customers: null,
      };
    });
    const index = (visits: readonly Visit[]) => {
      let sum = 0;
      let failed = 0;
      for (const v of visits) {
        if (v.criticalFailed) failed++;
        else sum += v.weight === 0 ? 1 : v.weighted / v.weight;
      }
      const i = visits.length === 0 ? null : sum / visits.length;
      return { visits: visits.length, criticalFailed: failed, index: i, gap3: i === null ? null : 1 - i };
    };
    const visits = [...this.visits.values()];
    const perUnit = new Map<string, Visit[]>();
    for (const v of visits) perUnit.set(v.unit, [...(perUnit.get(v.unit) ?? []), v]);
    return {
      schemaVersion: COMPLIANCE_SCHEMA_VERSION,
      options: {
        period: this.options.period ?? null,
        columns: {
          standardId: name(this.columns.standardId),
          unit: name(this.columns.unit),
          date: name(this.columns.date),
          observer: this.columns.observer >= 0 ? name(this.columns.observer) : null,
          result: name(this.columns.result),
        },
        by: null,
        minUnits: DEFAULTS.minCorrelationUnits,
      },
      sample: { ...summary, reasons: summary.reasons.map((r) => ({ ...r, reason: OBSERVATION_EXCLUSION_REASONS[r.code] ?? r.reason })) },
      dataQuality: { issues: this.quality.issues.slice(), issuesTotal: this.quality.issuesTotal },
      standards,
      overall: index(visits),
      units: [...perUnit].sort((a, b) => byCodeUnit(a[0], b[0])).map(([unit, v]) => ({ unit, ...index(v) })),
      agreement: fleissKappa(allSubjects),
    };
  }
}
