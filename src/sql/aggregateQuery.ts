import { ServqualError } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import { aggregatePlan, type AggregateOptions, type AggregatePlan, type SlotSql } from './aggregatePlan.js';
import { sqlDialect, type SqlDialectName } from './SqlDialect.js';

/** Options of {@link aggregateQuery}: the engine, the table, and the options of {@link AggregateOptions}. */
export interface AggregateQueryOptions extends AggregateOptions {
  /** The engine the query is written for. */
  dialect: SqlDialectName;
  /** The table: a name, qualified with dots (`project.dataset.survey`), each part quoted in the query. */
  table?: string | undefined;
  /** Or the source as SQL, used as written (e.g. DuckDB's `read_csv('s.csv', all_varchar = true)`). */
  from?: string | undefined;
}

/** The push-down query and the plan it was written from. */
export interface AggregateQuery {
  readonly sql: string;
  readonly plan: AggregatePlan;
}

/** The result column names of one accumulator (`prefix` `m3` or `q0`): n, the shifted sums, the shifted cross-products. */
export function slotColumns(prefix: string, slot: SlotSql): { n: string; sums: string[]; products: string[] } {
  const sums: string[] = [];
  const products: string[] = [];
  if (!slot.count) {
    for (let a = 0; a < slot.k; a++) {
      sums.push(`${prefix}_s${a}`);
      for (let b = a; b < slot.k; b++) products.push(`${prefix}_c${a}_${b}`);
    }
  }
  return { n: `${prefix}_n`, sums, products };
}

/** The aggregates of one accumulator: the rows it counts, Σ(x − s) per variable and Σ(x_a − s_a)(x_b − s_b) per pair a ≤ b. */
function slotAggregates(prefix: string, slot: SlotSql, double: string): string[] {
  if (slot.when === null) return [];
  const names = slotColumns(prefix, slot);
  const out = [`SUM(CASE WHEN ${slot.when} THEN 1 ELSE 0 END) AS ${names.n}`];
  const shifted = slot.xs.map((x, a) => {
    const s = slot.shifts[a] as number;
    return s === 0 ? `${x}` : `(${x} - ${Number.isInteger(s) ? String(s) : `CAST(${s} AS ${double})`})`;
  });
  let p = 0;
  for (let a = 0; a < slot.k && !slot.count; a++) {
    out.push(`SUM(CASE WHEN ${slot.when} THEN ${shifted[a]} END) AS ${names.sums[a]}`);
    for (let b = a; b < slot.k; b++) out.push(`SUM(CASE WHEN ${slot.when} THEN ${shifted[a]} * ${shifted[b]} END) AS ${names.products[p++]}`);
  }
  return out;
}

/**
 * One SQL query that computes, in a single scan of the table, every sufficient statistic the survey
 * report is built from: per accumulator of the analyzer state its count, shifted sums Σ(x − s) and
 * shifted cross-products Σ(x_a − s_a)(x_b − s_b), with the streaming path's row rules (missing codes,
 * scale checks, reverse keys, listwise masks, exclusions counted by reason), overall and, with `by` or
 * `period`, per segment and period (GROUPING SETS). The result is one row per group, a few hundred
 * numbers each; {@link analyzeAggregates} turns it into the report. The shift s of each value is a
 * constant known in advance (the scale's midpoint; 0 for gaps), so the sums stay small and, for answers
 * on an integer scale, exact (see docs/sql.md).
 *
 * @param instrument - the instrument
 * @param options - the dialect, the table (or `from`), and the analysis options
 * @returns the query and its plan
 * @throws {ServqualError} `E_INVALID_OPTION` for an unknown dialect, no table, or what the query does not
 *   compute; a ValidationError `E_MISSING_COLUMN` for a column the table lacks (items, `by`, the date)
 *
 * @example
 * aggregateQuery(servqual22, { dialect: 'postgres', table: 'survey', method: 'servperf' }).sql.startsWith('-- servqual')
 * //=> true
 */
export function aggregateQuery(instrument: Instrument, options: AggregateQueryOptions): AggregateQuery {
  const dialect = sqlDialect(options.dialect);
  if ((options.table === undefined || options.table.trim() === '') && options.from === undefined) {
    throw new ServqualError('E_INVALID_OPTION', 'aggregateQuery: name the table (table) or give the source (from)', { option: 'table' });
  }
  const plan = aggregatePlan(instrument, dialect, options);
  const source =
    options.from ??
    (options.table as string)
      .split('.')
      .map((part) => dialect.quote(part.trim()))
      .join('.');
  const layers = plan.layers.filter((layer) => layer.length > 0);
  const ctes = layers.map((layer, i) => {
    const columns = layer.map(([name, sql]) => `    ${sql} AS ${name}`).join(',\n');
    return i === 0
      ? `l0 AS (\n  SELECT\n${columns}\n  FROM ${source}${dialect.fence}\n)`
      : `l${i} AS (\n  SELECT *,\n${columns}\n  FROM l${i - 1}${dialect.fence}\n)`;
  });
  const select: string[] = [`'${plan.method}' AS method`, `${plan.global.length} AS slots`];
  for (const key of plan.keys) select.push(`GROUPING(${key}) AS grp_${key}`, key);
  select.push('COUNT(*) AS rows_read', 'SUM(used) AS rows_used');
  for (const code of plan.exclusions) select.push(`SUM(CASE WHEN code = '${code}' THEN 1 ELSE 0 END) AS excluded_${code.toLowerCase()}`);
  for (const [code, when] of plan.setAside) select.push(`SUM(CASE WHEN ${when} THEN 1 ELSE 0 END) AS set_aside_${code.toLowerCase()}`);
  plan.global.forEach((slot, i) => select.push(...slotAggregates(`m${i}`, slot, dialect.double)));
  if (plan.keys.length > 0) plan.group.forEach((slot, i) => select.push(...slotAggregates(`q${i}`, slot, dialect.double)));
  const groupBy = plan.keys.length === 0 ? '' : `\nGROUP BY GROUPING SETS ((), ${plan.keys.map((k) => `(${k})`).join(', ')})`;
  const head = [
    `-- servqual push-down (${dialect.name}): instrument ${instrument.id}, method ${plan.method}, reliability ${plan.reliability}` +
      (plan.by.length > 0 ? `, by ${plan.by.join(', ')}` : '') +
      (plan.period !== undefined ? `, period ${plan.period} of ${plan.dateColumn}` : ''),
    '-- Export the result (one row per group) as CSV and read it with: servqual analyze --aggregates result.csv (same options)',
  ].join('\n');
  const sql = `${head}\nWITH\n${ctes.join(',\n')}\nSELECT\n  ${select.join(',\n  ')}\nFROM l${layers.length - 1}${groupBy}\n`;
  return { sql, plan };
}
