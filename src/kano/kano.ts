import { checkRowLimit, toTable, type SurveyInput } from '../data/toTable.js';
import { DEFAULTS } from '../defaults.js';
import type { KanoReport } from '../report/KanoReportSchema.js';
import { createKanoAnalyzer, type KanoOptions } from './createKanoAnalyzer.js';

/**
 * Kano analysis of a survey in memory (Kano et al. 1984; Berger et al. 1993). Each attribute has a
 * functional question ("if it had …", column `F_{id}`) and a dysfunctional one ("if it had not …",
 * `D_{id}`), answered 1 "I like it", 2 "I expect it", 3 "I am neutral", 4 "I can live with it",
 * 5 "I dislike it" (or those words, in English or Chinese). Per attribute the report gives the counts
 * of the six categories by the evaluation table, the most frequent category and its level of needs,
 * Better and Worse, Fong's test, total and category strength, and DuMouchel's continuous scores;
 * with `by`, the same per segment; with `period`, per period, and the attributes that drifted
 * attractive → one-dimensional → must-be.
 *
 * @param input - records (`[{ F_wifi: 1, D_wifi: 5 }, …]`) or `{ header, rows }`
 * @param options - see {@link KanoOptions}; `maxRows` caps the rows held in memory (default 1,000,000)
 * @returns the Kano report
 * @throws {ValidationError} `E_MISSING_COLUMN` naming each column the instrument, `by` or `period` needs
 * @throws {ServqualError} `E_LIMIT` above `maxRows`
 *
 * @example
 * const report = kano([
 *   { F_wifi: 1, D_wifi: 5 },
 *   { F_wifi: 2, D_wifi: 5 },
 *   { F_wifi: '我很喜欢', D_wifi: '我很不喜欢' },
 * ]);
 * [report.attributes[0].category, report.attributes[0].worse]
 * //=> ['O', -1]
 */
export function kano(input: SurveyInput, options: KanoOptions & { maxRows?: number } = {}): KanoReport {
  const table = toTable(input);
  checkRowLimit(table.rows.length, options.maxRows ?? DEFAULTS.maxRows, 'kanoCsv or createKanoAnalyzer');
  const analyzer = createKanoAnalyzer(table.header, options);
  for (const row of table.rows) analyzer.add(row);
  return analyzer.result();
}
