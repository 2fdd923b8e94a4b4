// The SQL push-down on an embedded DuckDB: the query `servqual sql` prints runs inside DuckDB over the
// hotel survey (CSV and Parquet alike), only its few hundred sums come back, and they make the same
// report as the streaming path, number for number (to 1e-9 relative; per-row issues stay in the engine).
// Run after a build: node examples/duckdb-pushdown.mjs   (needs @duckdb/node-api, an optional dependency)
import { fileURLToPath } from 'node:url';
import { aggregateQuery, servqual22 } from 'servqual';
import { analyzeCsv, duckdbAnalyze } from 'servqual/node';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const options = { instrument: servqual22, by: ['branch'], period: 'quarter' };

const query = aggregateQuery(servqual22, { dialect: 'duckdb', table: 'survey', by: ['branch'], period: 'quarter' });
console.log(`The push-down query: ${query.sql.length.toLocaleString('en')} characters of SQL, one scan of the table.`);

const streamed = await analyzeCsv(here('./hotel-survey.csv'), options);
// The largest relative difference between two reports' numbers, walked in step.
const largestDifference = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-300);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return 0;
  return Math.max(0, ...Object.keys(a).map((k) => largestDifference(a[k], b[k])));
};
for (const file of ['./hotel-survey.csv', './hotel-survey.parquet']) {
  const pushed = await duckdbAnalyze(here(file), options);
  const gaps = pushed.dimensions.map((d) => `${d.id} ${d.gap.mean.toFixed(3)}`).join(', ');
  console.log(`${file.slice(2)} on DuckDB: ${pushed.sample.used} of ${pushed.sample.rows} rows used; gaps ${gaps}`);
  console.log(`  largest relative difference from the streaming report: ${largestDifference(streamed.dimensions, pushed.dimensions).toExponential(1)}`);
}
