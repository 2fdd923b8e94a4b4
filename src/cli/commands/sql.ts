import { DEFAULTS } from '../../defaults.js';
import { PERIOD_UNITS } from '../../data/period.js';
import { readCsvRows, type CsvSource } from '../../node/readCsvRows.js';
import { duckdbAnalyze } from '../../node/duckdbAnalyze.js';
import type { Report } from '../../report/types.js';
import { aggregateQuery } from '../../sql/aggregateQuery.js';
import { analyzeAggregates, type AnalyzeAggregatesOptions } from '../../sql/analyzeAggregates.js';
import { SQL_DIALECTS } from '../../sql/SqlDialect.js';
import type { Instrument } from '../../instrument/schema.js';
import { command, type CliIO } from '../command.js';
import { COLUMNS, DATE_COLUMN, INSTRUMENT, METHOD, resolveInstrument, withColumns } from '../commonFlags.js';
import { UsageError } from '../flags.js';
import { forTerminal } from '../forTerminal.js';

/** `servqual sql`: print the push-down query for a warehouse table. */
export const sqlCommand = command({
  name: 'sql',
  synopsis: '',
  summary: 'print one SQL query computing every statistic of the report in the warehouse',
  description:
    'Prints one SQL query that computes, in one scan of --table, every count and sum the report is built from.\nRun it on the engine, export the result as CSV, and read it with: servqual analyze --aggregates result.csv (same options).',
  flags: [
    INSTRUMENT,
    COLUMNS,
    METHOD,
    { name: 'table', type: 'string', placeholder: 'TABLE', help: 'the table (dots qualify it: project.dataset.survey)' },
    { name: 'dialect', type: 'choice', choices: SQL_DIALECTS, placeholder: 'ENGINE', help: '{choices}' },
    {
      name: 'table-columns',
      type: 'string',
      placeholder: 'A,B,…',
      help: "the table's columns, comma-separated (default: the instrument's template,\nand the --by and date columns)",
    },
    { name: 'by', type: 'string', multiple: true, placeholder: 'COLUMN', help: 'segment by a column (repeatable)', option: 'by' },
    {
      name: 'period',
      type: 'choice',
      choices: PERIOD_UNITS.filter((u) => u !== 'week'),
      placeholder: 'UNIT',
      help: '{choices}: periods by an ISO date column',
      option: 'period',
    },
    DATE_COLUMN,
    { name: 'min-items', type: 'integer', min: 1, placeholder: 'N', help: 'items a respondent must answer for a dimension score', option: 'minItemsAnswered' },
    {
      name: 'reliability',
      type: 'choice',
      choices: ['listwise', 'pairwise'],
      default: DEFAULTS.reliability,
      placeholder: 'MODE',
      help: '{choices}',
      option: 'reliability',
    },
    { name: 'item-drivers', type: 'boolean', help: 'keep the moments of derived item importance', option: 'itemDrivers' },
    { name: 'missing', type: 'string', placeholder: 'CODES', help: 'comma-separated codes read as a missing answer (e.g. 99,-9)' },
  ],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`sql takes no FILE (got "${positionals[0] ?? ''}"); name the table with --table`);
    if (values.table === undefined) throw new UsageError('sql: name the table with --table');
    if (values.dialect === undefined) throw new UsageError(`sql: give --dialect (${SQL_DIALECTS.join(', ')})`);
    const instrument = withColumns(await resolveInstrument(values.instrument), values.columns);
    const query = aggregateQuery(instrument, {
      dialect: values.dialect,
      table: values.table,
      method: values.method,
      header: values['table-columns']?.split(',').map((c) => c.trim()),
      by: values.by,
      period: values.period,
      dateColumn: values['date-column'],
      minItemsAnswered: values['min-items'],
      reliability: values.reliability,
      itemDrivers: values['item-drivers'] === true,
      missingCodes: values.missing?.split(',').map((code) => code.trim()),
    });
    io.stdout(forTerminal(query.sql));
    return 0;
  },
});

/**
 * The report of `analyze --duckdb` (the query run on an embedded DuckDB over a file or glob) or
 * `analyze --aggregates` (a query result exported as CSV from another engine); `undefined` when
 * neither flag is given.
 *
 * @param mode - which flag was given
 * @param source - the file or glob (`--duckdb`), or the result CSV (`--aggregates`)
 * @param options - the instrument and the options of the query and the report
 * @param io - where the note on per-row problems is written
 * @returns the report
 * @throws {UsageError} for standard input; what duckdbAnalyze and analyzeAggregates throw
 */
export async function pushDownReport(
  mode: 'duckdb' | 'aggregates',
  source: CsvSource,
  options: AnalyzeAggregatesOptions & { instrument: Instrument },
  io: CliIO,
): Promise<Report> {
  if (typeof source !== 'string') throw new UsageError(`--${mode} reads a file, not standard input`);
  let report: Report;
  if (mode === 'duckdb') report = await duckdbAnalyze(source, options);
  else {
    let header: string[] | undefined;
    const rows: Array<Record<string, string>> = [];
    for await (const cells of readCsvRows(source, {})) {
      if (header === undefined) header = cells;
      else rows.push(Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
    }
    const { instrument, ...rest } = options;
    report = analyzeAggregates(rows, instrument, rest);
  }
  io.stderr('servqual: note: the query counts excluded rows by reason; the problems of single rows (row numbers, values) do not come back from SQL\n');
  return report;
}
