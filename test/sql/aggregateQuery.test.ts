import { describe, expect, it } from 'vitest';
import { ServqualError, servqual22, ValidationError } from '../../src/index.js';
import { aggregateQuery } from '../../src/sql/aggregateQuery.js';
import { analyzeAggregates } from '../../src/sql/analyzeAggregates.js';
import { SQL_DIALECTS } from '../../src/sql/SqlDialect.js';

// The query each dialect is given, as written: a change to any of them shows in review. DuckDB's and
// PostgreSQL's run in duckdbAnalyze.test.ts and postgres.test.ts; the others differ from them only in
// identifier quotes, type names and the regular-expression function (SqlDialect.ts).
describe('aggregateQuery: the SQL of each dialect', () => {
  it.each(SQL_DIALECTS)('%s: servperf by branch and quarter', async (dialect) => {
    const { sql } = aggregateQuery(servqual22, { dialect, table: 'warehouse.survey', method: 'servperf', by: ['branch'], period: 'quarter' });
    await expect(sql).toMatchFileSnapshot(`../__snapshots__/sql/servperf-by-branch-quarter.${dialect}.sql`);
  });
});

describe('aggregateQuery: clear errors', () => {
  it('an unknown dialect names the known ones', () => {
    expect(() => aggregateQuery(servqual22, { dialect: 'oracle' as 'duckdb', table: 't' })).toThrow(
      'unknown SQL dialect "oracle"; use duckdb, postgres, bigquery, spark, snowflake',
    );
  });

  it('a segment column the table lacks is named', () => {
    const header = ['E1', 'P1'].flatMap((c) => Array.from({ length: 22 }, (_, i) => `${c[0]}${i + 1}`));
    try {
      aggregateQuery(servqual22, { dialect: 'duckdb', table: 't', header, by: ['branch'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.code, i.column])).toEqual([['E_MISSING_COLUMN', 'branch']]);
    }
  });

  it('a date column the table lacks is named', () => {
    const header = Array.from({ length: 22 }, (_, i) => `P${i + 1}`);
    expect(() => aggregateQuery(servqual22, { dialect: 'duckdb', table: 't', header, period: 'month' })).toThrow(ValidationError);
  });

  it("ISO weeks are refused: they need each engine's own date functions", () => {
    expect(() => aggregateQuery(servqual22, { dialect: 'duckdb', table: 't', period: 'week' })).toThrow(ServqualError);
  });

  it('a result read with other options than the query was made with is refused', () => {
    // The listwise query has one reliability accumulator per dimension; pairwise has many more.
    const rows = [{ method: 'servperf', slots: '30', rows_read: '0', rows_used: '0' }];
    expect(() => analyzeAggregates(rows, servqual22, { reliability: 'pairwise' })).toThrow(/the result has 30 accumulators/);
  });
});
