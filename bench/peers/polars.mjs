// The Polars peer (nodejs-polars, lazy scan, streaming engine): the bench survey's servqual statistics
// as Polars expressions, one scan of the CSV grouped by branch; bench/peers/survey.mjs says what is
// computed and merges the branches.
//   node bench/peers/polars.mjs FILE [--reduced] [--check SERVQUAL.json]
import pl from 'nodejs-polars';
import { DIMENSIONS, ITEMS, OVERALL_SCALE, runPeer, variablesOf } from './survey.mjs';

const col = (name) => pl.col(name);
const lit = (x) => pl.lit(x);
const when = (cond, value) => pl.when(cond).then(value).otherwise(lit(null));
const add = (xs) => xs.reduce((a, b) => a.add(b));
const all = (xs) => xs.reduce((a, b) => a.and(b));
// A row's answers are flagged once, as columns (stage 0), so the many expressions below read the flags
// instead of repeating the tests: b_i (E_i and P_i answered), le_d / lp_d (every E / P of d answered).
const both = (i) => col(`b_${i}`);
function flags(full) {
  const out = ITEMS.map((i) =>
    col(`E${i}`)
      .isNotNull()
      .and(col(`P${i}`).isNotNull())
      .alias(`b_${i}`),
  );
  if (full) {
    for (const d of DIMENSIONS) {
      out.push(all(d.items.map((i) => col(`E${i}`).isNotNull())).alias(`le_${d.id}`), all(d.items.map((i) => col(`P${i}`).isNotNull())).alias(`lp_${d.id}`));
    }
  }
  return out;
}

/** The per-row variables (null where a row does not count), in the order of `variablesOf`. */
function variables(full) {
  const out = [];
  const scores = {};
  for (const d of DIMENSIONS) {
    const count = add(d.items.map((i) => both(i).cast(pl.Int32)));
    const sum = (c) => add(d.items.map((i) => when(both(i), col(`${c}${i}`)).fillNull(0)));
    const enough = count.gtEq(Math.ceil(d.items.length / 2));
    const e = when(enough, sum('E').div(count));
    const p = when(enough, sum('P').div(count));
    scores[d.id] = { e, p, g: p.sub(e) };
  }
  for (const d of DIMENSIONS) {
    if (full) out.push(scores[d.id].e.alias(`de_${d.id}`), scores[d.id].p.alias(`dp_${d.id}`));
    out.push(scores[d.id].g.alias(`dg_${d.id}`));
  }
  if (!full) return out;
  const gaps = DIMENSIONS.map((d) => col(`dp_${d.id}`).sub(col(`de_${d.id}`)));
  const w = DIMENSIONS.map((d) => col(`W_${d.id}`));
  const allocation = all(w.map((x) => x.gtEq(0).and(x.ltEq(100)))).and(add(w).sub(100).abs().ltEq(1));
  const k = DIMENSIONS.length;
  const extra = [
    add(gaps).div(k).alias('ou'),
    pl
      .when(allocation)
      .then(add(gaps.map((g, j) => w[j].div(100).mul(g))))
      .otherwise(add(gaps.map((g) => g.div(k))))
      .alias('ow'),
  ];
  for (const i of ITEMS) {
    extra.push(
      when(both(i), col(`E${i}`)).alias(`ie_${i}`),
      when(both(i), col(`P${i}`)).alias(`ip_${i}`),
      when(both(i), col(`P${i}`).sub(col(`E${i}`))).alias(`ig_${i}`),
    );
  }
  const complete = col('overall')
    .gtEq(OVERALL_SCALE.min)
    .and(col('overall').ltEq(OVERALL_SCALE.max))
    .and(all(gaps.map((g) => g.isNotNull())));
  for (const d of DIMENSIONS) {
    for (const [q, of] of [
      ['e', (i) => col(`E${i}`)],
      ['p', (i) => col(`P${i}`)],
      ['g', (i) => col(`P${i}`).sub(col(`E${i}`))],
    ]) {
      const listwise = q === 'g' ? all(d.items.map(both)) : col(`l${q}_${d.id}`);
      for (const i of d.items) extra.push(when(listwise, of(i)).alias(`a${q}_${d.id}_${i}`));
      extra.push(when(listwise, add(d.items.map(of))).alias(`a${q}_${d.id}_sum`));
    }
    extra.push(when(complete, col('overall')).alias(`co_${d.id}`), when(complete, col(`dp_${d.id}`)).alias(`cp_${d.id}`));
  }
  return { first: out, second: extra };
}

await runPeer('polars', async (file, full) => {
  const { vars, pairs } = variablesOf(full);
  const columns = ['branch', ...ITEMS.flatMap((i) => [`E${i}`, `P${i}`])];
  if (full) columns.push(...DIMENSIONS.map((d) => `W_${d.id}`), 'overall');
  let lazy = pl.scanCSV(file, { hasHeader: true }).select(columns.map(col));
  const v = variables(full);
  // The second stage reads the dimension scores the first made (as the SQL's CTEs do).
  lazy = lazy.withColumns(...flags(full));
  lazy = full ? lazy.withColumns(...v.first).withColumns(...v.second) : lazy.withColumns(...v);
  const aggregates = [
    pl.len().alias('rows'),
    ...vars.flatMap((x) => [col(x).count().alias(`n_${x}`), col(x).mean().alias(`mean_${x}`), col(x).var().alias(`var_${x}`)]),
    ...pairs.map(([x, y]) => pl.cov(col(x), col(y)).alias(`cov_${x}_${y}`)),
  ];
  const frame = lazy
    .groupBy('branch')
    .agg(...aggregates)
    .collectSync({ engine: 'streaming' });
  return frame.toRecords();
});
