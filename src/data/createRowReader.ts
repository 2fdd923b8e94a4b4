import { ValidationError, type DataIssue } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import { importanceScaleOf } from '../instrument/columnTemplates.js';
import { outcomeColumnsOf } from '../instrument/outcomeColumnsOf.js';
import { normalizeLabel } from '../instrument/normalizeLabel.js';
import { answerLabels } from './answerLabels.js';
import { applyColumnMap, type ColumnRenames } from './applyColumnMap.js';
import type { Method } from './method.js';
import { cellText, DEFAULT_MISSING_TOKENS, numberRules, parseCell, type Cell, type NumberRules } from './parseCell.js';
import { normalizeHeader, resolveColumns, type ColumnMap } from './resolveColumns.js';

/**
 * One validated response. Item arrays follow the instrument's item order; a missing answer is `NaN`.
 * Reverse-keyed items are already recoded `min + max − x`.
 */
export interface SurveyResponse {
  /** 1-based data row in the source. */
  readonly row: number;
  readonly expectation: Float64Array | null;
  readonly perception: Float64Array;
  readonly minimum: Float64Array | null;
  readonly desired: Float64Array | null;
  /** The respondent's 100-point allocation per dimension, or `null` where the row has none. */
  readonly weights: Float64Array | null;
  /**
   * Overall satisfaction, `NaN` when missing, when the file has no such column, or when the value lies
   * outside the instrument's `overallScale` (then set aside, with a note).
   */
  readonly overall: number;
  /** Item importance ratings (`I{id}`, on the importance scale) in item order, or `null` when the file has none. */
  readonly importance: Float64Array | null;
  /**
   * The row's outcome answers when the instrument names outcome columns (`outcomes`), in the order of
   * {@link outcomeColumnsOf}: CSI's indicators, CSAT, NPS. `NaN` when missing or outside the column's
   * scale (then set aside, with a note); absent or `null` when the instrument names none.
   */
  readonly outcomes?: Float64Array | null | undefined;
  /** Every other column of the row (segments, dates, ids), by header. */
  readonly fields: ReadonlyMap<string, string>;
  /**
   * Values set aside in this row, each as an issue naming its row, column and value: an `overall`
   * outside its scale, or an allocation of weights that cannot be used. The row is used for the rest;
   * an analyzer logs these (`sample.setAside`, `dataQuality.issues`). Empty for most rows.
   */
  readonly notes?: readonly DataIssue[] | undefined;
}

/** What reading one row gives: a response, or the reasons the row cannot be used. */
export type RowResult =
  | { readonly ok: true; readonly response: SurveyResponse }
  | { readonly ok: false; readonly row: number; readonly issues: readonly DataIssue[] };

/** Options of {@link createRowReader}. */
export interface RowReaderOptions {
  /** Force the method instead of detecting it from the columns. */
  method?: Method | undefined;
  /**
   * Cells read as a missing answer, after trimming, replacing the defaults {@link DEFAULT_MISSING_TOKENS}
   * (`["", "NA"]`). To add codes to them, use `missingCodes`.
   */
  missing?: readonly string[] | undefined;
  /**
   * Codes that mean "no answer" (e.g. `["99", "-9"]`), read as a missing answer in every column, on top
   * of `missing` and the instrument's own `missing`. A cell matches as text (`99`, not `99.0`); a number
   * in an in-memory record matches by value.
   */
  missingCodes?: readonly string[] | undefined;
  /** The decimal mark: `.` (default) or `,` for files from European Excel. */
  decimal?: '.' | ',' | undefined;
  /**
   * A column map over the instrument's `columns.map`: a file's column → the instrument's column it
   * holds (`{ "Q3_1": "P1" }`), for survey-platform exports; see {@link applyColumnMap}.
   */
  columnMap?: ColumnRenames | undefined;
  /**
   * The question text of each column, in header order (a survey platform's second header row): an
   * item the instrument gives no text takes its column's (see `withQuestionText`). Set by the CSV
   * reader from the file's header rows.
   */
  questions?: readonly string[] | undefined;
  /** Other columns to keep in `fields` (matched ignoring case and spaces); default every one. */
  keep?: readonly string[] | undefined;
  /**
   * Reuse one response object for every row: no allocation per row, but a response, and the arrays in
   * it, are valid only until the next row is read. The arrays are the reader's own, or the source's
   * where it gathered the answers (see {@link CellSource.numbersView}), so they may differ from row to
   * row. For callers that consume each row at once (the streaming analysis); off by default.
   */
  reuse?: boolean | undefined;
}

/**
 * A row as the reader sees it: its cell count, and each cell as a number (with parseCell's rules) or
 * as text. An array of cells is one; a tokenizer can offer one that parses numbers from its bytes.
 */
export interface CellSource {
  readonly length: number;
  number(i: number, rules: NumberRules): number | undefined;
  /**
   * Optional: reads the cells at `columns` into `out` as `number` would, in one call, when every one
   * is missing or a number from `min` to `max`; returns how many are numbers, or -1 when a cell is
   * neither (the reader then reads that row's cells one by one to name the problem).
   */
  numbersWithin?(columns: Int32Array, out: Float64Array, rules: NumberRules, min: number, max: number): number;
  /**
   * Optional: the cells at `columns` as `numbersWithin` reads them, in an array the source owns (valid
   * until the next row), when every one is a plain whole number from `min` to `max` or an empty missing
   * answer; else null (the reader then reads them as before). `numbersInView` says how many are numbers.
   * A reader that reuses its response takes the array as it is: each answer is copied once fewer.
   */
  numbersView?(columns: Int32Array, rules: NumberRules, min: number, max: number): Float64Array | null;
  readonly numbersInView?: number;
  text(i: number): string;
  /** Optional: the cell as `text` gives it, for a group key (a value that repeats; may be a shared string). */
  label?(i: number): string;
  /**
   * Optional: the first cell whose bytes are not valid text in the file's encoding (its `text` shows
   * them as U+FFFD), or -1. A reader of bytes offers it; the row is then excluded (`E_ENCODING`).
   */
  invalid?(): number;
}

/** Turns rows of cells into validated responses for one header and instrument. */
export interface RowReader {
  readonly columns: ColumnMap;
  /** Validates one row of cells (`row` is its 1-based data row number). */
  read(cells: readonly Cell[], row: number): RowResult;
  /** The same for a row offered as a {@link CellSource} (valid only during the call). */
  readSource(source: CellSource, row: number): RowResult;
}

/** An array of cells as a {@link CellSource}. */
class ArraySource implements CellSource {
  cells: readonly Cell[] = [];
  get length(): number {
    return this.cells.length;
  }
  number(i: number, rules: NumberRules): number | undefined {
    const cell = this.cells[i];
    // A number in a record is a missing answer when a missing code has its value (99 for "99").
    if (typeof cell === 'number' && rules.missingNumbers.size > 0 && rules.missingNumbers.has(cell)) return Number.NaN;
    return parseCell(cell, rules.missing, rules.decimal);
  }
  text(i: number): string {
    return cellText(this.cells[i]);
  }
}

const WEIGHT_TOLERANCE = 1;
/** The scale of one weight of a 100-point allocation. */
const WEIGHT_SCALE = { min: 0, max: 100 } as const;
const NO_NOTES: readonly DataIssue[] = Object.freeze([]);

/**
 * Builds the reader of a file's rows: resolves the header once, then validates each row.
 *
 * An item's answer may be a word the instrument's scale names (`scale.labels`: "Strongly agree",
 * "非常同意"), matched ignoring case and surrounding spaces, and read as its number; a word it does not
 * name is a cell that is not a number.
 *
 * A row is unusable when a cell is not a number (`E_NOT_NUMERIC`), an answer lies outside the
 * scale (`E_OUT_OF_SCALE`), it has more or fewer cells than the header (`E_RAGGED_ROW`; except a row
 * that lacks only trailing columns with no name, or has only empty cells past the header), a cell holds
 * bytes that are not valid text (`E_ENCODING`, from a source that offers {@link CellSource.invalid}),
 * or it has no answer at all (`E_EMPTY_ROW`). An empty cell, `NA`, and the instrument's and the options' missing
 * codes are a missing answer, not an error.
 *
 * Some values are set aside instead, the row being used for the rest (see {@link SurveyResponse.notes}):
 * an `overall` outside the instrument's `overallScale` (default: its answer scale) is read as missing
 * (`E_OVERALL_OUT_OF_SCALE`); an allocation with a weight outside 0–100 (`E_WEIGHT_OUT_OF_SCALE`), or
 * incomplete, or not summing to 100 ±1 (`E_WEIGHTS_SUM`), is read as no allocation — the instrument's
 * weights, else equal ones, as for a respondent who gave none. An outcome answer (the instrument's
 * `outcomes`: CSI, CSAT, NPS) outside its scale is read as missing (`E_OUTCOME_OUT_OF_SCALE`).
 *
 * @throws {ValidationError} from {@link resolveColumns} when the header lacks a required column or repeats
 *   one; `E_MISSING_COLUMN` when it lacks an outcome column the instrument names.
 */
export function createRowReader(header: readonly string[], instrument: Instrument, options: RowReaderOptions = {}): RowReader {
  // A column map renames the file's columns for matching; messages keep naming them as the file does.
  const named = applyColumnMap(header, instrument, options.columnMap);
  const resolved = resolveColumns(named, instrument, { method: options.method });
  const columns: ColumnMap =
    named === header && options.questions === undefined
      ? resolved
      : { ...resolved, header, ...(options.questions === undefined ? {} : { questions: options.questions }) };
  const rules = numberRules([...(options.missing ?? DEFAULT_MISSING_TOKENS), ...(instrument.missing ?? []), ...(options.missingCodes ?? [])], options.decimal);
  let cells: CellSource = new ArraySource();
  const read1 = (col: number): number | undefined => cells.number(col, rules);
  const text = (col: number): string => cells.text(col);
  const wanted = new Set((options.keep ?? []).map(normalizeHeader));
  const keep = options.keep === undefined ? columns.extra : columns.extra.filter((c) => wanted.has(normalizeHeader(c.name)));
  const reuse = options.reuse === true;
  const k = columns.perception.length;
  const pool = {
    expectation: new Float64Array(k),
    perception: new Float64Array(k),
    minimum: new Float64Array(k),
    desired: new Float64Array(k),
    weights: new Float64Array(columns.weight?.length ?? 0),
    importance: new Float64Array(k),
  };
  /** Where a row's answers go: the pooled array when reusing, else a new one. */
  const target = (pooled: Float64Array): Float64Array => (reuse ? pooled : new Float64Array(pooled.length));
  const reusedFields = new Map<string, string>();
  const arrays = new ArraySource();
  const { min, max } = instrument.scale;
  // Answers in words (the scale's labels): looked up only for a cell that is not a number.
  const words = answerLabels(instrument.scale);
  const reverse = Uint8Array.from(instrument.dimensions.flatMap((d) => d.items.map((item) => (item.reverse === true ? 1 : 0))));
  const anyReverse = reverse.includes(1);
  const scaleText = `${min}–${max}`;
  const overallScale = instrument.overallScale ?? instrument.scale;
  const outcomeColumns = outcomeColumnsOf(instrument);
  const outcomeIndexes = outcomeColumns === null ? null : outcomeIndexesOf(named, outcomeColumns.columns);

  // Answers read in the current row (a row with none is excluded); reset by readSource.
  let answered = 0;
  const rowIssues: DataIssue[] = [];
  const rowNotes: DataIssue[] = [];
  const reused: { ok: true; response: Mutable<SurveyResponse> } = {
    ok: true,
    response: {
      row: 0,
      expectation: columns.expectation === null ? null : pool.expectation,
      perception: pool.perception,
      minimum: columns.minimum === null ? null : pool.minimum,
      desired: columns.desired === null ? null : pool.desired,
      weights: null,
      overall: Number.NaN,
      importance: columns.importance === null ? null : pool.importance,
      fields: reusedFields,
      notes: NO_NOTES,
      outcomes: outcomeColumns === null ? null : new Float64Array(outcomeColumns.columns.length),
    },
  };

  function read(row: readonly Cell[], n: number): RowResult {
    arrays.cells = row;
    return readSource(arrays, n);
  }

  function readSource(source: CellSource, row: number): RowResult {
    cells = source;
    // One list per reader, emptied for each row and copied only for a row that has problems.
    const issues = rowIssues;
    const notes = rowNotes;
    if (issues.length !== 0) issues.length = 0; // setting length is a runtime call; most rows have none
    if (notes.length !== 0) notes.length = 0;
    if (cells.length !== header.length && !fits()) {
      const blank = cells.length <= 1 && (cells.length === 0 || text(0).trim() === '');
      issues.push({
        code: blank ? 'E_EMPTY_ROW' : 'E_RAGGED_ROW',
        row,
        column: null,
        value: null,
        message: blank ? `row ${row}: blank line` : `row ${row}: ${cells.length} cell${cells.length === 1 ? '' : 's'} where the header has ${header.length}`,
      });
      return { ok: false, row, issues: issues.slice() };
    }
    const invalid = cells.invalid === undefined ? -1 : cells.invalid();
    if (invalid >= 0) {
      const name = header[invalid] ?? '';
      const value = text(invalid);
      issues.push({
        code: 'E_ENCODING',
        row,
        column: name,
        value,
        message: `row ${row}, column ${name}: "${value}" has bytes that are not valid UTF-8 (shown as \uFFFD); give --encoding if the file is in another encoding`,
      });
      return { ok: false, row, issues: issues.slice() };
    }

    answered = 0;
    const expectation = columns.expectation === null ? null : readItems(columns.expectation, pool.expectation, row, issues);
    const perception = readItems(columns.perception, pool.perception, row, issues);
    const minimum = columns.minimum === null ? null : readItems(columns.minimum, pool.minimum, row, issues);
    const desired = columns.desired === null ? null : readItems(columns.desired, pool.desired, row, issues);
    const weights = readWeights(row, issues, notes);
    const importance = columns.importance === null ? null : readImportance(columns.importance, row, issues);

    let overall = Number.NaN;
    if (columns.overall >= 0) {
      const x = read1(columns.overall);
      if (x === undefined) issues.push(notNumeric(row, header[columns.overall] ?? '', text(columns.overall)));
      else if (x < overallScale.min || x > overallScale.max) {
        const name = header[columns.overall] ?? '';
        const value = text(columns.overall);
        notes.push({
          code: 'E_OVERALL_OUT_OF_SCALE',
          row,
          column: name,
          value,
          message: `row ${row}, column ${name}: "${value}" is outside the overall scale ${overallScale.min}–${overallScale.max}; left out of the statistics that use it`,
        });
      } else overall = x;
    }
    const outcomes = outcomeIndexes === null ? null : readOutcomes(outcomeIndexes, row, issues, notes);

    if (issues.length === 0 && answered === 0) {
      issues.push({ code: 'E_EMPTY_ROW', row, column: null, value: null, message: `row ${row}: no item is answered` });
    }
    // An excluded row lists every problem: first those that exclude it (its code is the first's).
    if (issues.length > 0) return { ok: false, row, issues: notes.length === 0 ? issues.slice() : [...issues, ...notes] };
    const rowNotesOut = notes.length === 0 ? NO_NOTES : notes.slice();

    // Reused, the map keeps its keys (the same columns every row) and only its values change:
    // clear() would allocate a new table per row, which V8 then pretenures into old space.
    const fields = reuse ? reusedFields : new Map<string, string>();
    for (const { index, name } of keep) fields.set(name, cells.label !== undefined ? cells.label(index) : text(index));
    if (!reuse)
      return { ok: true, response: { row, expectation, perception, minimum, desired, weights, overall, importance, fields, notes: rowNotesOut, outcomes } };
    // Reused: the same two objects every row (the arrays in them are the reused ones already).
    const response = reused.response;
    // the answers' arrays may be a source's own (see CellSource.numbersView), so set for every row
    response.expectation = expectation;
    response.perception = perception;
    response.minimum = minimum;
    response.desired = desired;
    response.row = row;
    response.weights = weights;
    response.overall = overall;
    response.notes = rowNotesOut;
    return reused;
  }

  /**
   * Whether a row whose length differs from the header's is still whole: it lacks only trailing
   * unnamed columns, or what it has past the header is empty (Excel pads rows with `,,`).
   */
  function fits(): boolean {
    const n = cells.length;
    if (n < header.length) return n >= columns.minCells && n > 1;
    for (let i = header.length; i < n; i++) if (text(i).trim() !== '') return false;
    return true;
  }

  /** One role's item answers of the current row, validated against the scale and reverse-keyed. */
  function readItems(indexes: Int32Array, pooled: Float64Array, row: number, issues: DataIssue[]): Float64Array {
    // A reused response may take the answers where the source gathered them; else they are read into `out`.
    const view = reuse && cells.numbersView !== undefined ? cells.numbersView(indexes, rules, min, max) : null;
    const out = view ?? target(pooled);
    const numbers =
      view !== null ? (cells.numbersInView as number) : cells.numbersWithin === undefined ? -1 : cells.numbersWithin(indexes, out, rules, min, max);
    if (numbers >= 0) {
      // every cell is missing or a number on the scale: only reverse keying is left
      answered += numbers;
      if (anyReverse) {
        for (let k = 0; k < indexes.length; k++) if (reverse[k] === 1) out[k] = min + max - (out[k] as number);
      }
      return out;
    }
    for (let k = 0; k < indexes.length; k++) {
      const col = indexes[k] ?? -1;
      const x = read1(col) ?? (words === null ? undefined : words.get(normalizeLabel(text(col))));
      if (x === undefined) {
        issues.push(notNumeric(row, header[col] ?? '', text(col)));
        out[k] = Number.NaN;
      } else if (x < min || x > max) {
        outOfScale(col, row, issues);
        out[k] = Number.NaN;
      } else {
        if (!Number.isNaN(x)) answered++;
        out[k] = reverse[k] === 1 ? min + max - x : x;
      }
    }
    return out;
  }

  /**
   * The row's outcome answers (see {@link SurveyResponse.outcomes}): a cell that is not a number
   * excludes the row, as for `overall`; one outside its column's scale is set aside (a note).
   */
  function readOutcomes(indexes: Int32Array, row: number, issues: DataIssue[], notes: DataIssue[]): Float64Array {
    const scales = (outcomeColumns as NonNullable<typeof outcomeColumns>).columns;
    const out = reuse ? (reused.response.outcomes as Float64Array) : new Float64Array(indexes.length);
    for (let k = 0; k < indexes.length; k++) {
      const col = indexes[k] as number;
      const x = read1(col);
      out[k] = Number.NaN;
      const { min: lo, max: hi } = scales[k] as { min: number; max: number };
      if (x === undefined) issues.push(notNumeric(row, header[col] ?? '', text(col)));
      else if (x < lo || x > hi) {
        const name = header[col] ?? '';
        const value = text(col);
        notes.push({
          code: 'E_OUTCOME_OUT_OF_SCALE',
          row,
          column: name,
          value,
          message: `row ${row}, column ${name}: "${value}" is outside the outcome's scale ${lo}–${hi}; left out of the outcome measures`,
        });
      } else out[k] = x;
    }
    return out;
  }

  /** The row's item-importance ratings, validated against the importance scale (never reverse-keyed: importance has no direction). */
  function readImportance(indexes: Int32Array, row: number, issues: DataIssue[]): Float64Array {
    const out = target(pool.importance);
    const scale = importanceScaleOf(instrument);
    for (let k = 0; k < indexes.length; k++) {
      const col = indexes[k] ?? -1;
      const x = read1(col);
      out[k] = Number.NaN;
      if (x === undefined) issues.push(notNumeric(row, header[col] ?? '', text(col)));
      else if (x < scale.min || x > scale.max) {
        issues.push({
          code: 'E_OUT_OF_SCALE',
          row,
          column: header[col] ?? '',
          value: text(col),
          message: `row ${row}, column ${header[col] ?? ''}: "${text(col)}" is outside the importance scale ${scale.min}–${scale.max}`,
        });
      } else out[k] = x;
    }
    return out;
  }

  function outOfScale(col: number, row: number, issues: DataIssue[]): void {
    issues.push({
      code: 'E_OUT_OF_SCALE',
      row,
      column: header[col] ?? '',
      value: text(col),
      message: `row ${row}, column ${header[col] ?? ''}: "${text(col)}" is outside the scale ${scaleText}`,
    });
  }

  /**
   * The row's 100-point allocation, or `null` for none. A cell that is not a number excludes the row
   * (an issue); an allocation that cannot be used — a weight outside 0–100, some weights missing, a sum
   * off 100 by more than ±1 — is set aside (a note) and the row reads as one without an allocation.
   */
  function readWeights(row: number, issues: DataIssue[], notes: DataIssue[]): Float64Array | null {
    const indexes = columns.weight;
    if (indexes === null) return null;
    const out = target(pool.weights);
    let given = 0;
    let sum = 0;
    let bad = false;
    let outside = -1;
    for (let k = 0; k < indexes.length; k++) {
      const col = indexes[k] ?? -1;
      const x = read1(col);
      if (x === undefined) {
        issues.push(notNumeric(row, header[col] ?? '', text(col)));
        bad = true;
        continue;
      }
      if (x < WEIGHT_SCALE.min || x > WEIGHT_SCALE.max) {
        if (outside < 0) outside = col;
        continue;
      }
      out[k] = x;
      if (!Number.isNaN(x)) {
        given++;
        sum += x;
      }
    }
    if (bad) return null;
    const aside = "; the row's weights are left out";
    if (outside >= 0) {
      const name = header[outside] ?? '';
      const value = text(outside);
      notes.push({
        code: 'E_WEIGHT_OUT_OF_SCALE',
        row,
        column: name,
        value,
        message: `row ${row}, column ${name}: weight "${value}" is outside ${WEIGHT_SCALE.min}–${WEIGHT_SCALE.max}${aside}`,
      });
      return null;
    }
    if (given === 0) return null; // no allocation in this row: the instrument's defaults apply
    if (given === indexes.length && Math.abs(sum - 100) <= WEIGHT_TOLERANCE) return out;
    const names = Array.from(indexes, (i) => header[i] ?? '').join('+');
    if (given < indexes.length) {
      notes.push({
        code: 'E_WEIGHTS_SUM',
        row,
        column: names,
        value: null,
        message: `row ${row}, columns ${names}: ${indexes.length - given} of ${indexes.length} weights are missing${aside}`,
      });
      return null;
    }
    notes.push({
      code: 'E_WEIGHTS_SUM',
      row,
      column: names,
      value: String(sum),
      message: `row ${row}, columns ${names}: weights sum to ${sum}, not 100 (±${WEIGHT_TOLERANCE})${aside}`,
    });
    return null;
  }

  return { columns, read, readSource };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The header index of each outcome column (matched as other columns are: ignoring case and spaces).
 * @throws {ValidationError} `E_MISSING_COLUMN` naming every outcome column the header lacks
 */
function outcomeIndexesOf(header: readonly string[], columns: ReadonlyArray<{ readonly name: string }>): Int32Array {
  const keys = header.map(normalizeHeader);
  const indexes = Int32Array.from(columns, (c) => keys.indexOf(normalizeHeader(c.name)));
  const missing = columns.filter((_, k) => (indexes[k] as number) < 0);
  if (missing.length > 0) {
    throw new ValidationError(
      missing.map((c) => ({
        code: 'E_MISSING_COLUMN' as const,
        row: 0,
        column: c.name,
        value: null,
        message: `header: missing column "${c.name}" (named as an outcome: --csi, --csat, --nps or the instrument's outcomes)`,
      })),
    );
  }
  return indexes;
}

function notNumeric(row: number, column: string, value: string): DataIssue {
  return { code: 'E_NOT_NUMERIC', row, column, value, message: `row ${row}, column ${column}: "${value}" is not a number` };
}
