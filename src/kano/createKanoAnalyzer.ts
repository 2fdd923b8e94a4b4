import * as z from 'zod';
import { DataQualityLog } from '../data/DataQualityLog.js';
import { cellText, type Cell } from '../data/parseCell.js';
import { normalizeHeader } from '../data/resolveColumns.js';
import { DEFAULTS } from '../defaults.js';
import { ServqualError, ValidationError, type DataIssue } from '../errors.js';
import { KANO_REPORT_SCHEMA_VERSION, type KanoReport } from '../report/KanoReportSchema.js';
import { BLOCK_ROWS } from '../score/blockRows.js';
import { kano as kanoKind, kanoSlotCount, type KanoMoments, type KanoRows } from '../score/accumulators/kano.js';
import { parseDateCell, periodIndex, periodOf, PERIOD_UNITS, type PeriodUnit } from '../data/period.js';
import { CoMoments } from '../stats/CoMoments.js';
import { dumouchelScores } from './dumouchelScores.js';
import { kanoAttributeReports } from './kanoAttributeReports.js';
import { parseKanoAnswer } from './kanoAnswer.js';
import { kanoDrift } from './kanoDrift.js';
import { KANO_CATEGORIES, kanoEvaluation } from './kanoEvaluation.js';
import { KanoInstrumentSchema, type KanoInstrument } from './KanoInstrumentSchema.js';
import { resolveKanoColumns, type KanoColumns } from './resolveKanoColumns.js';

/** Options of {@link kano}, {@link createKanoAnalyzer} and `kanoCsv`. */
export interface KanoOptions {
  /** The attributes and column templates; without one, attributes come from the `F_*` / `D_*` header pairs. */
  instrument?: KanoInstrument | undefined;
  /** Segment by these columns: the analysis of each value's respondents. */
  by?: readonly string[] | undefined;
  /** Group by calendar period of the date column, and flag categories that drift A → O → M. */
  period?: PeriodUnit | undefined;
  /** The date column (default `submitted_at`, else `date`). */
  dateColumn?: string | undefined;
  /** A date-fns pattern such as `yyyy/MM/dd` (default: ISO dates). */
  dateFormat?: string | undefined;
  /** Segments smaller than this are flagged `small` (default 30). */
  minSegmentSize?: number | undefined;
  /** Problems kept in full in the data-quality log (default 100; all are counted). */
  maxIssues?: number | undefined;
}

/**
 * A streaming, mergeable Kano analysis: add rows one at a time, merge analyzers of shards of the same
 * survey in any grouping, serialise one with `toJSON` and restore it with {@link kanoAnalyzerFromJSON}.
 */
export interface KanoAnalyzer {
  /** Adds one data row, its cells in header order. */
  add(cells: readonly Cell[]): void;
  /** Folds another analyzer of the same header and options into this one; returns `this`. */
  merge(other: KanoAnalyzer): KanoAnalyzer;
  /** The state, as plain JSON. */
  toJSON(): KanoAnalyzerState;
  /** The report of everything added so far. */
  result(): KanoReport;
}

const CoMomentsJSONSchema = z.strictObject({
  k: z.number().int().min(1).max(2),
  n: z.number().nonnegative(),
  mean: z.array(z.number()).max(2),
  c: z.array(z.number()).max(3),
});
const PartsSchema = z.array(CoMomentsJSONSchema);

/** The serialised form of a {@link KanoAnalyzer}, checked by {@link kanoAnalyzerFromJSON} before anything is allocated. */
export const KanoAnalyzerStateSchema = z.strictObject({
  kind: z.literal('kano-analyzer'),
  header: z.array(z.string()),
  options: z.strictObject({
    instrument: KanoInstrumentSchema.optional(),
    by: z.array(z.string()),
    period: z.enum(PERIOD_UNITS as readonly [PeriodUnit, ...PeriodUnit[]]).nullable(),
    dateColumn: z.string().nullable(),
    dateFormat: z.string().nullable(),
    minSegmentSize: z.number().nonnegative(),
    maxIssues: z.number().int().nonnegative(),
  }),
  rowsRead: z.number().int().nonnegative(),
  undated: z.number().int().nonnegative(),
  overall: PartsSchema,
  segments: z.array(z.tuple([z.string(), z.array(z.tuple([z.string(), PartsSchema]))])),
  periods: z.array(z.tuple([z.string(), PartsSchema])),
  log: z.strictObject({
    used: z.number().int().nonnegative(),
    excluded: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
    issues: z.array(z.strictObject({ code: z.string(), row: z.number(), column: z.string().nullable(), value: z.string().nullable(), message: z.string() })),
    issuesTotal: z.number().int().nonnegative(),
  }),
});

/** The serialised state of a {@link KanoAnalyzer}. */
export type KanoAnalyzerState = z.output<typeof KanoAnalyzerStateSchema>;

/** One group's moments and the row side that feeds them, closed into the moments block by block. */
class Group {
  readonly moments: KanoMoments;
  readonly rows: KanoRows;
  constructor(attributes: number) {
    this.moments = kanoKind.moments(attributes);
    this.rows = kanoKind.rows(attributes);
  }
  close(): void {
    this.rows.sums.mergeInto(this.moments.parts);
    this.rows.sums.reset();
  }
}

/** A resolved column: its index, and its name as written in the header. */
interface Column {
  at: number;
  name: string;
}

/** The option values a state records, with their defaults filled in. */
type Settings = KanoAnalyzerState['options'];

/**
 * A streaming Kano analysis of a survey with the given header (see {@link kano} for what it reports).
 *
 * Each row is read once: a cell that is not a Kano answer (a code 1–5, or its words in English or
 * Chinese) excludes the row, counted in the data-quality log under `E_OUT_OF_SCALE` (a number) or
 * `E_NOT_NUMERIC` (anything else); so does a row with the wrong number of cells (`E_RAGGED_ROW`) or no
 * answer at all (`E_EMPTY_ROW`). A used row lacking one or both answers of an attribute is left out
 * of that attribute only, and counted in its `missing`.
 *
 * @param header - the survey's header row
 * @param options - see {@link KanoOptions}
 * @throws {ValidationError} `E_MISSING_COLUMN` naming each column the instrument, `by` or `period` needs and the header lacks
 *
 * @example
 * const analyzer = createKanoAnalyzer(['F_wifi', 'D_wifi']);
 * analyzer.add(['1', '5']);
 * analyzer.add(['I like it', 'I am neutral']);
 * analyzer.result().attributes[0].counts
 * //=> { A: 1, O: 1, M: 0, I: 0, R: 0, Q: 0 }
 */
export function createKanoAnalyzer(header: readonly string[], options: KanoOptions = {}): KanoAnalyzer {
  const settings: Settings = {
    ...(options.instrument === undefined ? {} : { instrument: options.instrument }),
    by: [...(options.by ?? [])],
    period: options.period ?? null,
    dateColumn: options.dateColumn ?? null,
    dateFormat: options.dateFormat ?? null,
    minSegmentSize: options.minSegmentSize ?? DEFAULTS.minSegmentSize,
    maxIssues: options.maxIssues ?? DEFAULTS.maxIssues,
  };
  return new KanoAnalyzerImpl([...header], settings);
}

/**
 * Restores a {@link KanoAnalyzer} from its `toJSON()`. The state is checked against
 * {@link KanoAnalyzerStateSchema}, and every group's slot count against the attributes, before
 * anything is allocated.
 *
 * @throws {ServqualError} `E_INVALID_STATE` "kanoAnalyzerFromJSON: …" naming what is wrong
 */
export function kanoAnalyzerFromJSON(json: unknown): KanoAnalyzer {
  const parsed = KanoAnalyzerStateSchema.safeParse(json);
  if (!parsed.success)
    throw new ServqualError(
      'E_INVALID_STATE',
      `kanoAnalyzerFromJSON: not a Kano analyzer state (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})`,
    );
  const state = parsed.data;
  const analyzer = new KanoAnalyzerImpl(state.header, state.options);
  analyzer.load(state);
  return analyzer;
}

class KanoAnalyzerImpl implements KanoAnalyzer {
  private readonly columns: KanoColumns;
  private readonly by: Column[];
  private readonly date: Column | null;
  private readonly width: number;
  private readonly overall: Group;
  private readonly segments = new Map<string, Map<string, Group>>();
  private readonly periods = new Map<string, Group>();
  private readonly periodCache = new Map<string, string | null>();
  private log: DataQualityLog;
  private rowsRead = 0;
  private undated = 0;
  private open = 0;

  constructor(
    readonly header: string[],
    readonly settings: Settings,
  ) {
    this.columns = resolveKanoColumns(header, settings.instrument);
    this.width = this.columns.attributes.length;
    const index = new Map<string, number>();
    header.forEach((h, i) => {
      if (!index.has(normalizeHeader(h))) index.set(normalizeHeader(h), i);
    });
    const issues: DataIssue[] = [];
    const find = (name: string, why: string): Column | null => {
      const at = index.get(normalizeHeader(name));
      if (at === undefined) issues.push({ code: 'E_MISSING_COLUMN', row: 0, column: name, value: null, message: `header: no column "${name}" to ${why}` });
      return at === undefined ? null : { at, name: header[at] as string };
    };
    this.by = settings.by.map((b) => find(b, 'segment by')).filter((c): c is Column => c !== null);
    this.date = null;
    if (settings.period !== null) {
      if (settings.dateColumn !== null) this.date = find(settings.dateColumn, 'date the rows by');
      else {
        const at = index.get(DEFAULTS.dateColumn) ?? index.get('date');
        if (at === undefined)
          issues.push({
            code: 'E_MISSING_COLUMN',
            row: 0,
            column: DEFAULTS.dateColumn,
            value: null,
            message: `header: no column "${DEFAULTS.dateColumn}" (or "date") to date the rows by; name another with dateColumn`,
          });
        else this.date = { at, name: header[at] as string };
      }
    }
    if (issues.length > 0) throw new ValidationError(issues);
    for (const c of this.by) this.segments.set(c.name, new Map());
    this.overall = new Group(this.width);
    this.log = new DataQualityLog(settings.maxIssues);
  }

  add(cells: readonly Cell[]): void {
    const row = ++this.rowsRead;
    if (cells.length !== this.header.length) {
      this.log.exclude([
        { code: 'E_RAGGED_ROW', row, column: null, value: null, message: `row ${row}: ${cells.length} cells where the header has ${this.header.length}` },
      ]);
      return;
    }
    const { functional, dysfunctional } = this.columns;
    const pairs: number[] = [];
    const issues: DataIssue[] = [];
    let answered = 0;
    const read = (at: number): number | null => {
      const cell = cells[at];
      const answer = parseKanoAnswer(cell);
      if (answer === undefined) {
        const text = cellText(cell);
        const column = this.header[at] as string;
        const numeric = text.trim() !== '' && Number.isFinite(Number(text));
        issues.push({
          code: numeric ? 'E_OUT_OF_SCALE' : 'E_NOT_NUMERIC',
          row,
          column,
          value: text,
          message: `row ${row}, column ${column}: "${text}" is not a Kano answer (1–5, or its words in English or Chinese)`,
        });
        return null;
      }
      if (answer !== null) answered++;
      return answer;
    };
    for (let j = 0; j < this.width; j++) {
      const f = read(functional[j] as number);
      const d = read(dysfunctional[j] as number);
      if (f !== null && d !== null) pairs.push(j, f, d);
    }
    if (issues.length > 0) {
      this.log.exclude(issues);
      return;
    }
    if (answered === 0) {
      this.log.exclude([{ code: 'E_EMPTY_ROW', row, column: null, value: null, message: `row ${row}: no answers` }]);
      return;
    }
    this.log.use();
    const groups = [this.overall];
    for (const c of this.by) groups.push(this.group(this.segments.get(c.name) as Map<string, Group>, cellText(cells[c.at]).trim()));
    if (this.date !== null) {
      const label = this.periodOf(cellText(cells[this.date.at]));
      if (label === null) this.undated++;
      else groups.push(this.group(this.periods, label));
    }
    for (const g of groups) {
      g.rows.row();
      for (let p = 0; p < pairs.length; p += 3) {
        const f = pairs[p + 1] as 1 | 2 | 3 | 4 | 5;
        const d = pairs[p + 2] as 1 | 2 | 3 | 4 | 5;
        const [fs, ds] = dumouchelScores(f, d);
        g.rows.add(pairs[p] as number, KANO_CATEGORIES.indexOf(kanoEvaluation(f, d)), fs, ds);
      }
    }
    if (++this.open >= BLOCK_ROWS) this.close();
  }

  merge(other: KanoAnalyzer): KanoAnalyzer {
    const that = other instanceof KanoAnalyzerImpl ? other : null;
    if (that === null || JSON.stringify([that.header, that.settings]) !== JSON.stringify([this.header, this.settings])) {
      throw new ServqualError('E_INVALID_STATE', 'KanoAnalyzer.merge: the analyzers differ in header or options');
    }
    this.close();
    that.close();
    mergeGroup(this.overall, that.overall);
    for (const [column, values] of that.segments)
      for (const [value, g] of values) mergeGroup(this.group(this.segments.get(column) as Map<string, Group>, value), g);
    for (const [label, g] of that.periods) mergeGroup(this.group(this.periods, label), g);
    this.log.merge(that.log);
    this.rowsRead += that.rowsRead;
    this.undated += that.undated;
    return this;
  }

  toJSON(): KanoAnalyzerState {
    this.close();
    const parts = (g: Group) => g.moments.parts.map((m) => m.toJSON());
    const log = this.log.toJSON();
    return {
      kind: 'kano-analyzer',
      header: [...this.header],
      options: this.settings,
      rowsRead: this.rowsRead,
      undated: this.undated,
      overall: parts(this.overall),
      segments: [...this.segments].map(([column, values]) => [
        column,
        [...values].map(([value, g]) => [value, parts(g)] as [string, ReturnType<typeof parts>]),
      ]),
      periods: [...this.periods].map(([label, g]) => [label, parts(g)]),
      log: { used: log.used, excluded: log.excluded, issues: log.issues, issuesTotal: log.issuesTotal },
    };
  }

  /** Loads a checked state into this empty analyzer. */
  load(state: KanoAnalyzerState): void {
    const slots = kanoSlotCount(this.width);
    const check = (parts: KanoAnalyzerState['overall'], where: string): void => {
      if (parts.length !== slots)
        throw new ServqualError('E_INVALID_STATE', `kanoAnalyzerFromJSON: ${where} has ${parts.length} slots, not ${slots} for ${this.width} attributes`);
    };
    check(state.overall, 'overall');
    for (const [column, values] of state.segments) {
      if (!this.segments.has(column)) throw new ServqualError('E_INVALID_STATE', `kanoAnalyzerFromJSON: segment column "${column}" is not in by`);
      for (const [value, parts] of values) check(parts, `segment ${column}=${value}`);
    }
    for (const [label, parts] of state.periods) {
      check(parts, `period ${label}`);
      if (state.options.period !== null) periodIndex(label, state.options.period);
    }
    const fill = (g: Group, parts: KanoAnalyzerState['overall']): void => {
      parts.forEach((p, i) => {
        (g.moments.parts[i] as CoMoments).merge(CoMoments.fromJSON(p));
      });
    };
    fill(this.overall, state.overall);
    for (const [column, values] of state.segments)
      for (const [value, parts] of values) fill(this.group(this.segments.get(column) as Map<string, Group>, value), parts);
    for (const [label, parts] of state.periods) fill(this.group(this.periods, label), parts);
    this.log = DataQualityLog.fromJSON(state.log as Parameters<typeof DataQualityLog.fromJSON>[0], this.settings.maxIssues);
    this.rowsRead = state.rowsRead;
    this.undated = state.undated;
  }

  result(): KanoReport {
    this.close();
    const attributes = this.columns.attributes;
    const { settings } = this;
    const segments =
      this.by.length === 0
        ? null
        : Object.fromEntries(
            [...this.segments].map(([column, values]) => [
              column,
              [...values]
                .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
                .map(([value, g]) => ({
                  value,
                  n: g.moments.rows.n,
                  small: g.moments.rows.n < settings.minSegmentSize,
                  attributes: kanoAttributeReports(attributes, g.moments),
                })),
            ]),
          );
    const unit = settings.period;
    const periods =
      unit === null
        ? null
        : [...this.periods]
            .map(([label, g]) => ({ label, index: periodIndex(label, unit), g }))
            .sort((a, b) => a.index - b.index)
            .map(({ label, g }) => ({ period: label, n: g.moments.rows.n, attributes: kanoAttributeReports(attributes, g.moments) }));
    const name = settings.instrument?.name ?? { en: 'Kano survey', zh: 'Kano 问卷' };
    const log = this.log.toJSON();
    return {
      schemaVersion: KANO_REPORT_SCHEMA_VERSION,
      kind: 'kano',
      instrument: { id: settings.instrument?.id ?? 'kano', name },
      options: {
        columns: this.columns.templates,
        by: this.by.map((c) => c.name),
        minSegmentSize: settings.minSegmentSize,
        period: unit,
        dateColumn: this.date?.name ?? null,
      },
      sample: this.log.summary(),
      dataQuality: { issues: log.issues, issuesTotal: log.issuesTotal, undated: this.undated },
      attributes: kanoAttributeReports(attributes, this.overall.moments),
      segments,
      periods,
      drift: periods === null ? null : kanoDrift(periods),
    };
  }

  /** A group of a map, made on first use. */
  private group(map: Map<string, Group>, key: string): Group {
    let g = map.get(key);
    if (g === undefined) {
      g = new Group(this.width);
      map.set(key, g);
    }
    return g;
  }

  /** A date text's period label (`null`: unreadable); texts repeat, so each is parsed once (bounded). */
  private periodOf(text: string): string | null {
    let label = this.periodCache.get(text);
    if (label === undefined) {
      const date = parseDateCell(text, this.settings.dateFormat ?? undefined);
      label = date === null || this.settings.period === null ? null : periodOf(date, this.settings.period).label;
      if (this.periodCache.size >= 100_000) this.periodCache.clear();
      this.periodCache.set(text, label);
    }
    return label;
  }

  /** Closes the open block: every group's row sums into its moments. */
  private close(): void {
    if (this.open === 0) return;
    this.overall.close();
    for (const values of this.segments.values()) for (const g of values.values()) g.close();
    for (const g of this.periods.values()) g.close();
    this.open = 0;
  }
}

/** Folds group b's moments into group a's (both closed). */
function mergeGroup(a: Group, b: Group): void {
  b.moments.parts.forEach((m, i) => {
    (a.moments.parts[i] as CoMoments).merge(m);
  });
}
