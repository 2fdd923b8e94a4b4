// node bench/parquet.mjs survey.csv survey.parquet: the same survey as Parquet, for the --duckdb jobs of
// run.mjs. DuckDB's COPY, with the column types it detects in the CSV (integers for the answers), as a
// warehouse export would have them; zstd, DuckDB's default row groups.
import { DuckDBInstance } from '@duckdb/node-api';

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) throw new Error('usage: node bench/parquet.mjs IN.csv OUT.parquet');
const quote = (text) => `'${text.replaceAll("'", "''")}'`;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(`COPY (SELECT * FROM read_csv(${quote(input)}, header = true)) TO ${quote(output)} (FORMAT parquet, COMPRESSION zstd)`);
connection.closeSync();
instance.closeSync();
