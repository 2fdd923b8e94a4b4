import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.js';
import { expectSameReport } from './sameReport.js';

// The built command (dist/cli/main.js), as a user runs it: servqual sql, analyze --duckdb, analyze --aggregates.
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist', 'cli', 'main.js');
const dir = tempDir('servqual-sql-');
const hotel = join(root, 'examples', 'hotel-survey.csv');

function servqual(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  try {
    readFileSync(bin);
  } catch {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root });
  }
});

describe('servqual sql, analyze --duckdb, analyze --aggregates', () => {
  it('the query run on DuckDB, its result exported as CSV, read back by --aggregates: the streaming report', async () => {
    const header = readFileSync(hotel, 'utf8').split('\n')[0] as string;
    const sql = servqual(['sql', '--dialect', 'duckdb', '--table', 'survey', '--table-columns', header, '--by', 'branch', '--period', 'quarter']);
    expect(sql.code).toBe(0);
    // Run it as a warehouse would: the table loaded, the query's result exported as CSV.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await db.run(`CREATE TABLE survey AS SELECT * FROM read_csv('${hotel}', all_varchar = true)`);
    const result = join(dir, 'result.csv');
    await db.run(`COPY (${sql.stdout.replace(/;\s*$/, '')}) TO '${result}' (HEADER, DELIMITER ',')`);
    db.closeSync();
    instance.closeSync();
    const pushed = servqual(['analyze', '--aggregates', result, '--by', 'branch', '--period', 'quarter', '--format', 'json']);
    expect(pushed.code).toBe(0);
    expect(pushed.stderr).toContain('do not come back from SQL');
    const streamed = servqual(['analyze', hotel, '--by', 'branch', '--period', 'quarter', '--format', 'json', '--quiet']);
    expectSameReport(JSON.parse(pushed.stdout), JSON.parse(streamed.stdout));
    const duck = servqual(['analyze', '--duckdb', hotel, '--by', 'branch', '--period', 'quarter', '--format', 'json', '--quiet']);
    expect(duck.code).toBe(0);
    expectSameReport(JSON.parse(duck.stdout), JSON.parse(streamed.stdout));
  });

  it('an unknown dialect, a missing segment column, and no --table exit nonzero with a clear message', () => {
    const dialect = servqual(['sql', '--dialect', 'oracle', '--table', 't']);
    expect(dialect.code).not.toBe(0);
    expect(dialect.stderr).toContain('"oracle" is not one of duckdb, postgres, bigquery, spark, snowflake');
    const column = servqual(['sql', '--dialect', 'postgres', '--table', 't', '--table-columns', 'P1,P2', '--method', 'servperf', '--by', 'branch']);
    expect(column.code).not.toBe(0);
    const table = servqual(['sql', '--dialect', 'postgres']);
    expect(table.code).not.toBe(0);
    expect(table.stderr).toContain('--table');
    const missing = servqual(['analyze', '--duckdb', join(dir, 'no-such.csv')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('DuckDB cannot read');
  });
});
