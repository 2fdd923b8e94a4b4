// The DuckDB peer (@duckdb/node-api, in-process, default threads): the bench survey's servqual statistics
// in SQL, one scan of the CSV grouped by branch; bench/peers/survey.mjs says what is computed and merges
// the branches.
//   node bench/peers/duckdb.mjs FILE [--reduced] [--check SERVQUAL.json]
import { DuckDBInstance } from '@duckdb/node-api';
import { DIMENSIONS, ITEMS, OVERALL_SCALE, runPeer, variablesOf } from './survey.mjs';

const both = (i) => `(E${i} IS NOT NULL AND P${i} IS NOT NULL)`;
const when = (cond, value) => `CASE WHEN ${cond} THEN ${value} END`;

/** The SQL: per-row variables (NULL where a row does not count), then moments per branch. */
function sqlOf(file, full) {
  const { vars, pairs } = variablesOf(full);
  const columns = ['branch', ...ITEMS.flatMap((i) => [`E${i}`, `P${i}`])];
  if (full) columns.push(...DIMENSIONS.map((d) => `W_${d.id}`), 'overall');
  const types = columns
    .slice(1)
    .map((c) => `'${c}': 'DOUBLE'`)
    .join(', ');
  // Stage 1: dimension scores.
  const scores = DIMENSIONS.flatMap((d) => {
    const count = d.items.map((i) => `(CASE WHEN ${both(i)} THEN 1 ELSE 0 END)`).join(' + ');
    const sum = (c) => d.items.map((i) => `(CASE WHEN ${both(i)} THEN ${c}${i} ELSE 0 END)`).join(' + ');
    const enough = `(${count}) >= ${Math.ceil(d.items.length / 2)}`;
    return [`${when(enough, `(${sum('E')}) / (${count})`)} AS de_${d.id}`, `${when(enough, `(${sum('P')}) / (${count})`)} AS dp_${d.id}`];
  });
  // Stage 2: the variables.
  const defs = [];
  for (const d of DIMENSIONS) {
    if (full) defs.push(`de_${d.id}`, `dp_${d.id}`);
    defs.push(`dp_${d.id} - de_${d.id} AS dg_${d.id}`);
  }
  if (full) {
    const gaps = DIMENSIONS.map((d) => `(dp_${d.id} - de_${d.id})`);
    const w = DIMENSIONS.map((d) => `W_${d.id}`);
    const allocation = `(${w.map((x) => `${x} BETWEEN 0 AND 100`).join(' AND ')} AND abs(${w.join(' + ')} - 100) <= 1)`;
    defs.push(`(${gaps.join(' + ')}) / ${DIMENSIONS.length} AS ou`);
    defs.push(
      `CASE WHEN ${allocation} THEN ${gaps.map((g, j) => `(${w[j]} / 100) * ${g}`).join(' + ')} ELSE ${gaps.map((g) => `${g} / ${DIMENSIONS.length}`).join(' + ')} END AS ow`,
    );
    for (const i of ITEMS)
      defs.push(`${when(both(i), `E${i}`)} AS ie_${i}`, `${when(both(i), `P${i}`)} AS ip_${i}`, `${when(both(i), `P${i} - E${i}`)} AS ig_${i}`);
    const complete = `(overall BETWEEN ${OVERALL_SCALE.min} AND ${OVERALL_SCALE.max} AND ${gaps.map((g) => `${g} IS NOT NULL`).join(' AND ')})`;
    for (const d of DIMENSIONS) {
      for (const [q, of] of [
        ['e', (i) => `E${i}`],
        ['p', (i) => `P${i}`],
        ['g', (i) => `(P${i} - E${i})`],
      ]) {
        const listwise = d.items.map((i) => (q === 'g' ? both(i) : `${of(i)} IS NOT NULL`)).join(' AND ');
        for (const i of d.items) defs.push(`${when(listwise, of(i))} AS a${q}_${d.id}_${i}`);
        defs.push(`${when(listwise, d.items.map(of).join(' + '))} AS a${q}_${d.id}_sum`);
      }
      defs.push(`${when(complete, 'overall')} AS co_${d.id}`, `${when(complete, `dp_${d.id}`)} AS cp_${d.id}`);
    }
  }
  const aggregates = [
    'count(*) AS "rows"',
    ...vars.flatMap((v) => [`count(${v}) AS n_${v}`, `avg(${v}) AS mean_${v}`, `var_samp(${v}) AS var_${v}`]),
    ...pairs.map(([x, y]) => `covar_samp(${x}, ${y}) AS cov_${x}_${y}`),
  ];
  return `WITH raw AS (SELECT ${columns.join(', ')} FROM read_csv('${file.replaceAll("'", "''")}', header = true, types = {${types}})),
scored AS (SELECT *, ${scores.join(', ')} FROM raw),
v AS (SELECT branch, ${defs.join(', ')} FROM scored)
SELECT branch, ${aggregates.join(', ')} FROM v GROUP BY branch`;
}

await runPeer('duckdb', async (file, full) => {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(sqlOf(file, full));
  return reader.getRowObjectsJS();
});
