/**
 * Most header rows a file may have: Qualtrics writes three (ids, question text, import ids).
 * Detection looks at this many records.
 */
export const MAX_HEADER_ROWS = 3;

// Qualtrics' third header row: {"ImportId":"QID3_1"} in each question's column.
const IMPORT_ID = /^\s*\{\s*"ImportId"\s*:/;
// SurveyMonkey's second header row names a single question's column "Response" ("Open-Ended Response" for text).
const RESPONSE = /^(?:open-ended )?response$/i;

// SurveyMonkey's first column, and blank under it in the second row.
const RESPONDENT_ID = /^respondent id$/i;

const blank = (cell: string | undefined): boolean => cell === undefined || cell.trim() === '';

/**
 * Whether two rows are SurveyMonkey's header: the question text, blank over a question's later
 * sub-questions, and under it the answer or sub-question row — `Response` under a single question,
 * or text where the first row is blank while the respondent-id column has none.
 */
function isSurveyMonkey(first: readonly string[], second: readonly string[]): boolean {
  if (second.some((cell) => RESPONSE.test(cell.trim()))) return true;
  return !blank(first[0]) && blank(second[0]) && first.some((cell, i) => blank(cell) && !blank(second[i]));
}

/**
 * How many header rows a file's first records hold: 3 for a Qualtrics export (its third row holds
 * `{"ImportId":…}`), 2 for a SurveyMonkey one (its first column `Respondent ID`, blank in the second
 * row, which holds `Response` or sub-questions), else 1. `--header-rows N` (`headerRows`) overrides this.
 *
 * @param records - the file's first records (up to {@link MAX_HEADER_ROWS}; fewer when the file is shorter)
 * @returns the number of header rows
 * @example
 * detectHeaderRows([['Q1', 'Q3_1'], ['Your branch', 'Rate us - Clean rooms'], ['{"ImportId":"QID1"}', '{"ImportId":"QID3_1"}']])
 * //=> 3
 */
export function detectHeaderRows(records: ReadonlyArray<readonly string[]>): number {
  const [first, second, third] = records;
  if (first === undefined || second === undefined) return 1;
  if (third?.some((cell) => IMPORT_ID.test(cell))) return 3;
  // Only SurveyMonkey's own first column: a plain file's first data row may well look like a row of
  // sub-questions (a blank first cell, text under a blank header).
  return RESPONDENT_ID.test((first[0] ?? '').trim()) && blank(second[0]) && isSurveyMonkey(first, second) ? 2 : 1;
}

/** A file's header read from its header rows: the names columns are matched by, and the question text. */
export interface HeaderRows {
  /** The name of each column, matched against the instrument's (and a column map's). */
  readonly header: readonly string[];
  /** The question text of each column, or `undefined` when the header rows hold none. */
  readonly questions: readonly string[] | undefined;
}

/**
 * The header of a file from its `count` header rows. One row is the header itself. With more, the
 * first row holds the names (Qualtrics' question ids, `Q3_1`) and the second the question text;
 * later rows are skipped. SurveyMonkey's two rows hold no ids: each column is named by its question,
 * carried over the blank cells of a question's sub-questions, and its sub-question after ` - `
 * (`Please rate - Clean rooms`; a plain `Response` adds nothing), and that name is its question text too.
 *
 * @param records - the file's header rows (at least one)
 * @returns the header and the question text
 * @example
 * headerFromRows([['Respondent ID', 'Rate us', ''], ['', 'Clean rooms', 'Quiet rooms']]).header
 * //=> ['Respondent ID', 'Rate us - Clean rooms', 'Rate us - Quiet rooms']
 */
export function headerFromRows(records: ReadonlyArray<readonly string[]>): HeaderRows {
  const [first = [], second] = records;
  if (second === undefined) return { header: first, questions: undefined };
  if (!isSurveyMonkey(first, second)) return { header: first, questions: first.map((_, i) => second[i] ?? '') };
  let question = '';
  const names = first.map((cell, i) => {
    const sub = (second[i] ?? '').trim();
    if (!blank(cell)) question = cell.trim();
    else if (sub === '') return cell;
    return sub === '' || RESPONSE.test(sub) ? question : `${question} - ${sub}`;
  });
  return { header: names, questions: names };
}
