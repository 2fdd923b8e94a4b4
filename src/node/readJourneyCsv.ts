import { ServqualError, ValidationError, type DataIssue } from '../errors.js';
import { normalizeHeader } from '../data/resolveColumns.js';
import { parseCell, DEFAULT_MISSING_TOKENS } from '../data/parseCell.js';
import { observedJourney, stagesFromRatings, type JourneyStage, type ObservedJourney } from '../journey/journey.js';
import { readCsvRows, type CsvSource, type ReadCsvRowsOptions } from './readCsvRows.js';

/** Options of {@link readJourneyCsv}. */
export interface ReadJourneyCsvOptions extends ReadCsvRowsOptions {
  /** For per-respondent ratings: a rating at or above this counts as satisfied. */
  threshold?: number | undefined;
}

const ID_COLUMNS = new Set(['id', 'respondent_id']);

/** What a journey file holds: the stages, and with per-respondent ratings the share observed satisfied throughout. */
export interface JourneyData {
  stages: JourneyStage[];
  /** With ratings: the share satisfied at every stage among respondents who rated every stage; with shares, `null`. */
  observed: ObservedJourney | null;
}

/**
 * Reads journey stages from a CSV: either shares (columns `stage,satisfied`, a share 0–1 per row), or
 * per-respondent ratings (one column per stage; `id`/`respondent_id` columns are ignored), which need
 * a `threshold`. Blank lines are skipped; rows keep their numbers (the first after the header is 1).
 * Pass the result to `journey(data.stages, { observed: data.observed })`.
 *
 * @param source - a path or a stream
 * @param options - reading options; the threshold for ratings
 * @returns the stages, and with ratings the observed share satisfied at every stage
 * @throws {ValidationError} naming the row, column and value of each bad cell; {@link ServqualError}
 *   `E_INVALID_OPTION` when ratings come without a threshold.
 */
export async function readJourneyCsv(source: CsvSource, options: ReadJourneyCsvOptions = {}): Promise<JourneyData> {
  const rows: string[][] = [];
  for await (const row of readCsvRows(source, options)) rows.push(row);
  const header = rows.shift();
  if (header === undefined) throw new ServqualError('E_NO_DATA', 'journey: the file is empty');
  const missing = new Set(DEFAULT_MISSING_TOKENS);
  const issues: DataIssue[] = [];
  const number = (cell: string | undefined, row: number, column: string): number => {
    const x = parseCell(cell, missing);
    if (x === undefined)
      issues.push({ code: 'E_NOT_NUMERIC', row, column, value: cell ?? '', message: `row ${row}, column ${column}: "${cell ?? ''}" is not a number` });
    return x ?? Number.NaN;
  };
  const names = header.map(normalizeHeader);
  // Data rows keep their numbers (1 after the header); a blank line (every cell empty) holds nothing to read.
  const records = rows.map((cells, i) => ({ cells, row: i + 1 })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));

  if (names.length === 2 && names[0] === 'stage' && names[1] === 'satisfied') {
    const column = header[1] ?? 'satisfied';
    const stages = records.map(({ cells, row }) => {
      const satisfied = number(cells[1], row, column);
      if (Number.isNaN(satisfied) && (cells[1] ?? '').trim() === '') {
        issues.push({ code: 'E_NOT_NUMERIC', row, column, value: cells[1] ?? '', message: `row ${row}, column ${column}: no share given` });
      } else if (satisfied < 0 || satisfied > 1) {
        issues.push({
          code: 'E_OUT_OF_SCALE',
          row,
          column,
          value: cells[1] ?? '',
          message: `row ${row}, column ${column}: "${cells[1] ?? ''}" is not a share between 0 and 1`,
        });
      }
      return { stage: cells[0] ?? '', satisfied };
    });
    if (issues.length > 0) throw new ValidationError(issues);
    return { stages, observed: null };
  }

  if (options.threshold === undefined) {
    throw new ServqualError(
      'E_INVALID_OPTION',
      'journey: the file has per-respondent ratings (not "stage,satisfied"); give --threshold, the lowest rating that counts as satisfied',
    );
  }
  const columns = header.map((name, j) => ({ name: name.trim(), j })).filter((c) => !ID_COLUMNS.has(normalizeHeader(c.name)));
  const ratings = records.map(({ cells, row }) => {
    if (cells.length !== header.length) {
      issues.push({ code: 'E_RAGGED_ROW', row, column: null, value: null, message: `row ${row}: ${cells.length} cells where the header has ${header.length}` });
    }
    return columns.map((c) => number(cells[c.j], row, c.name));
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    stages: stagesFromRatings(
      columns.map((c) => c.name),
      ratings,
      options.threshold,
    ),
    observed: observedJourney(ratings, options.threshold),
  };
}
