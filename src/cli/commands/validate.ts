import { ValidationError } from '../../errors.js';
import { readSurveyFile } from '../../node/readSurveyFile.js';
import { command } from '../command.js';
import { forTerminal } from '../forTerminal.js';
import { INSTRUMENT, METHOD, oneFile, PLATFORM_FLAGS, platformOptions, printIssues, READING_FLAGS, readingOptions, resolveInstrument } from '../commonFlags.js';
import { SHEET, sheetOf } from '../sheetFlag.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `servqual validate`: every problem of a survey file, with its row, column and value. */
export const validateCommand = command({
  name: 'validate',
  synopsis: 'FILE|-',
  summary: 'list every problem in a survey file',
  description:
    'Checks a survey (CSV, .xlsx or Parquet) and prints every problem with its row, column and value.\nExits 1 if there are any, 0 if the file is clean.',
  flags: [INSTRUMENT, METHOD, ...READING_FLAGS, ...PLATFORM_FLAGS, SHEET],
  async run(values, positionals, io) {
    const source = oneFile(positionals, io);
    const instrument = await resolveInstrument(values.instrument);
    const sheet = sheetOf(values, source);
    let survey: Awaited<ReturnType<typeof readSurveyFile>>;
    try {
      survey = await readSurveyFile(source, { instrument, method: values.method, ...readingOptions(values, io), ...(await platformOptions(values)), sheet });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // Missing columns are one problem, told in one line as analyze tells it (with why, when known);
      // each duplicate header is a problem of its own.
      const missing = error.issues.filter((issue) => issue.code === 'E_MISSING_COLUMN');
      const others = error.issues.filter((issue) => issue.code !== 'E_MISSING_COLUMN');
      printIssues(others, io);
      if (missing.length > 0) io.stdout(`${forTerminal(error.message)} [E_MISSING_COLUMN]\n`);
      io.stderr(`${plural(others.length + (missing.length > 0 ? 1 : 0), 'problem')} in the header\n`);
      return 1;
    }
    let rows = 0;
    let bad = 0;
    let problems = 0;
    for await (const result of survey.rows) {
      rows++;
      // A used row may still have values set aside (an overall outside its scale): they are problems too.
      const issues = result.ok ? (result.response.notes ?? []) : result.issues;
      if (issues.length > 0) {
        bad++;
        problems += issues.length;
        printIssues(issues, io);
      }
    }
    const summary = `${plural(rows, 'row')} checked (method ${survey.reader.columns.method}): `;
    io.stderr(bad === 0 ? `${summary}no problems\n` : `${summary}${plural(problems, 'problem')} in ${plural(bad, 'row')}\n`);
    return bad === 0 ? 0 : 1;
  },
});
