import { ServqualError } from '../errors.js';

/** The SQL engines the push-down query is written for. */
export type SqlDialectName = 'duckdb' | 'postgres' | 'bigquery' | 'spark' | 'snowflake';

/** Every dialect, in the order `servqual sql --help` lists them. */
export const SQL_DIALECTS: readonly SqlDialectName[] = ['duckdb', 'postgres', 'bigquery', 'spark', 'snowflake'];

/**
 * What differs between engines, and nothing else: how an identifier is quoted, the names of the text
 * and double types, and how a text is tested against a regular expression. Everything else in the
 * query is portable aggregate SQL (CASE, SUM, COUNT, GROUPING SETS, GROUPING, TRIM, SUBSTR, CAST).
 * The patterns given to {@link SqlDialect.matches} use no backslash (Spark and Snowflake read one
 * in a string literal as an escape): `[0-9]`, `[.]`.
 */
export interface SqlDialect {
  readonly name: SqlDialectName;
  /** One identifier, quoted (a quote inside it doubled). */
  quote(name: string): string;
  /** The text type for CAST. */
  readonly text: string;
  /** The double-precision type for CAST. */
  readonly double: string;
  /** A condition: the text `expr` matches the anchored `pattern` (POSIX-style, no backslashes). */
  matches(expr: string, pattern: string): string;
  /**
   * What ends each layer of row columns so the planner computes it once per row instead of pasting
   * its expressions into the next layer's (PostgreSQL inlines CTEs, and the pasted trees grow with
   * every layer until planning never ends; `OFFSET 0` keeps a subquery whole). Empty elsewhere.
   */
  readonly fence: string;
}

const doubleQuoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const backQuoted = (name: string): string => `\`${name.replaceAll('`', '``')}\``;
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

const DIALECTS: Record<SqlDialectName, SqlDialect> = {
  duckdb: { name: 'duckdb', fence: '', quote: doubleQuoted, text: 'VARCHAR', double: 'DOUBLE', matches: (e, p) => `regexp_full_match(${e}, ${literal(p)})` },
  postgres: {
    name: 'postgres',
    fence: ' OFFSET 0',
    quote: doubleQuoted,
    text: 'TEXT',
    double: 'DOUBLE PRECISION',
    matches: (e, p) => `(${e} ~ ${literal(p)})`,
  },
  bigquery: { name: 'bigquery', fence: '', quote: backQuoted, text: 'STRING', double: 'FLOAT64', matches: (e, p) => `REGEXP_CONTAINS(${e}, ${literal(p)})` },
  spark: { name: 'spark', fence: '', quote: backQuoted, text: 'STRING', double: 'DOUBLE', matches: (e, p) => `(${e} RLIKE ${literal(p)})` },
  snowflake: { name: 'snowflake', fence: '', quote: doubleQuoted, text: 'VARCHAR', double: 'DOUBLE', matches: (e, p) => `REGEXP_LIKE(${e}, ${literal(p)})` },
};

/**
 * The dialect of an engine's name.
 *
 * @param name - `duckdb`, `postgres`, `bigquery`, `spark` or `snowflake`
 * @returns the dialect
 * @throws {ServqualError} `E_INVALID_OPTION` naming the unknown dialect and the known ones
 *
 * @example
 * sqlDialect('bigquery').quote('P1')
 * //=> '`P1`'
 */
export function sqlDialect(name: string): SqlDialect {
  const dialect = (DIALECTS as Partial<Record<string, SqlDialect>>)[name];
  if (dialect === undefined || !Object.hasOwn(DIALECTS, name)) {
    throw new ServqualError('E_INVALID_OPTION', `unknown SQL dialect "${name}"; use ${SQL_DIALECTS.join(', ')}`, { option: 'dialect' });
  }
  return dialect;
}

/** A text as an SQL string literal (quotes doubled). */
export function sqlString(text: string): string {
  return literal(text);
}
