import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { analyzeCsv } from '../../src/node/analyzeCsv.js';
import { readCsvRows } from '../../src/node/readCsvRows.js';
import { aggregateQuery } from '../../src/sql/aggregateQuery.js';
import { analyzeAggregates, type AggregateRow } from '../../src/sql/analyzeAggregates.js';
import { PUSH_DOWN_CASES, file } from './pushDownCases.js';
import { expectSameReport } from './sameReport.js';

// The push-down query on PostgreSQL (Debian's postgresql, started by .ci/run), against the streaming
// path on the same file. The server is found through SERVQUAL_TEST_POSTGRES, a connection URL (.ci/run
// sets it; locally: postgresql://postgres:PASSWORD@localhost:5432/postgres). Each fixture is loaded
// into a table of TEXT columns with psql's \copy, as a warehouse table of the survey would hold it.
const url = process.env.SERVQUAL_TEST_POSTGRES;

/** Runs SQL (or a psql meta-command) on the test server; returns what psql prints. */
function psql(command: string): string {
  // On standard input: a query of many columns is longer than a command line may be.
  return execFileSync('psql', [url as string, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', '-'], {
    input: command,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The rows of a CSV text (header first) as records. */
async function recordsOf(csv: string): Promise<AggregateRow[]> {
  let header: string[] | undefined;
  const rows: AggregateRow[] = [];
  const { Readable } = await import('node:stream');
  for await (const cells of readCsvRows(Readable.from([csv]), {})) {
    if (header === undefined) header = cells;
    else rows.push(Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
  }
  return rows;
}

describe.skipIf(url === undefined)('the push-down query on PostgreSQL gives the streaming report', () => {
  it.each(PUSH_DOWN_CASES.map((c, i) => ({ ...c, table: `servqual_case_${i}` })))('$name', async ({ csv, instrument, options, table }) => {
    const i = await instrument();
    let header: string[] = [];
    for await (const cells of readCsvRows(file(csv), {})) {
      header = cells;
      break;
    }
    const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
    psql(`DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} (${header.map((h) => `${quote(h)} TEXT`).join(', ')})`);
    psql(`\\copy ${table} FROM '${file(csv).replaceAll("'", "''")}' WITH (FORMAT csv, HEADER true)`);
    const query = aggregateQuery(i, { ...options, dialect: 'postgres', table, header });
    const result = psql(`COPY (${query.sql}) TO STDOUT WITH (FORMAT csv, HEADER true);`);
    psql(`DROP TABLE ${table}`);
    const pushed = analyzeAggregates(await recordsOf(result), i, { ...options, method: query.plan.method });
    const streamed = await analyzeCsv(file(csv), { ...options, instrument: i });
    expect(pushed.sample).toEqual(streamed.sample);
    expectSameReport(pushed, streamed);
  });
});
