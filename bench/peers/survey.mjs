// What the peer jobs (bench/peers/duckdb.mjs, bench/peers/polars.mjs) compute, written once: the bench
// survey's columns, servqual's rules for who counts in each statistic (docs/statistics.md), the merge of
// per-branch moments into the whole file's, and the check of a peer's numbers against servqual's JSON.
//
// The rules the peers follow, as servqual does for `analyze --by branch` with the built-in SERVQUAL-22:
// - item i: E, P and P − E over the rows that answered both E_i and P_i; the gap's paired t = mean/(sd/√n);
// - a respondent's dimension E (P) score: the mean of E (P) over the dimension's items answered for both,
//   given at least ⌈k/2⌉ such items; gap = P − E; dimension statistics over the rows with a score;
// - overall unweighted: mean of the five dimension gaps; weighted: Σ (w_d / 100)·gap_d with the row's
//   W_* when all five are present, each in 0–100 and their sum within 1 of 100, else 1/5 each; over the
//   rows with every dimension score;
// - Cronbach's alpha (raw), listwise per dimension: E over the rows that answered every E item of the
//   dimension, P likewise, the gap over the rows that answered every item's E and P;
// - Pearson r of `overall` (1–7, else missing) with each dimension's P score, over the rows with an
//   overall and every dimension score (servqual's `dimensions[].importance.correlation.r`);
// - per branch (`segments.branch[]`): n, the dimensions' E, P and gap, and overall unweighted and weighted.
// servqual's JSON holds no per-branch alpha or correlation, so the peers compute those for the whole file only.
// The bench file has no invalid cells (servqual excludes none: the check asserts `sample.excluded` is 0),
// so the peers do not re-implement servqual's row exclusions.
//
// Every engine does its row work in one scan grouped by branch; the few per-branch moments (count, mean,
// M2 = Σ(x − x̄)², co-moment) are merged here into the whole file's by Chan, Golub & LeVeque's formula.

/** The five SERVQUAL dimensions and their item numbers, as in the bench file (E1…E22, P1…P22). */
export const DIMENSIONS = [
  { id: 'tangibles', items: [1, 2, 3, 4] },
  { id: 'reliability', items: [5, 6, 7, 8, 9] },
  { id: 'responsiveness', items: [10, 11, 12, 13] },
  { id: 'assurance', items: [14, 15, 16, 17] },
  { id: 'empathy', items: [18, 19, 20, 21, 22] },
];
export const ITEMS = DIMENSIONS.flatMap((d) => d.items);
export const OVERALL_SCALE = { min: 1, max: 7 };

/**
 * The variables a job summarises, named once: each is a value per row that is null where the row does
 * not count. `full` adds item and reliability variables and the correlation pairs; the reduced job keeps
 * the dimension gaps only. Names are the keys of the per-branch moments a peer returns:
 * `n_${v}`, `mean_${v}`, `var_${v}` (sample variance) and, for pairs, `cov_${x}_${y}`.
 */
export function variablesOf(full) {
  const vars = [];
  const pairs = [];
  for (const d of DIMENSIONS) {
    if (full) vars.push(`de_${d.id}`, `dp_${d.id}`);
    vars.push(`dg_${d.id}`);
  }
  if (full) {
    vars.push('ou', 'ow');
    for (const i of ITEMS) vars.push(`ie_${i}`, `ip_${i}`, `ig_${i}`);
    for (const d of DIMENSIONS) {
      for (const q of ['e', 'p', 'g']) {
        for (const i of d.items) vars.push(`a${q}_${d.id}_${i}`);
        vars.push(`a${q}_${d.id}_sum`);
      }
      vars.push(`co_${d.id}`, `cp_${d.id}`);
      pairs.push([`co_${d.id}`, `cp_${d.id}`]);
    }
  }
  return { vars, pairs };
}

/** One branch's moments of a variable, or of a pair (cov given). */
const momentsOf = (row, v) => {
  const n = Number(row[`n_${v}`] ?? 0);
  const mean = n > 0 ? Number(row[`mean_${v}`]) : 0;
  const m2 = n > 1 ? Number(row[`var_${v}`]) * (n - 1) : 0;
  return { n, mean, m2 };
};

/** Chan, Golub & LeVeque's merge of two (n, mean, M2). */
const mergeMoments = (a, b) => {
  const n = a.n + b.n;
  if (n === 0) return a;
  const delta = b.mean - a.mean;
  return { n, mean: a.mean + (delta * b.n) / n, m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n };
};

/** Merges the per-branch co-moment of x and y (both null on the same rows, so n and the means are theirs). */
const mergeCo = (rows, x, y) => {
  let acc = { n: 0, mx: 0, my: 0, c: 0 };
  for (const row of rows) {
    const n = Number(row[`n_${x}`] ?? 0);
    if (n === 0) continue;
    const b = { n, mx: Number(row[`mean_${x}`]), my: Number(row[`mean_${y}`]), c: n > 1 ? Number(row[`cov_${x}_${y}`]) * (n - 1) : 0 };
    const total = acc.n + b.n;
    const dx = b.mx - acc.mx;
    const dy = b.my - acc.my;
    acc = { n: total, mx: acc.mx + (dx * b.n) / total, my: acc.my + (dy * b.n) / total, c: acc.c + b.c + (dx * dy * acc.n * b.n) / total };
  }
  return acc;
};

const describe = ({ n, mean, m2 }) => ({ n, mean, sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : null });
const tested = (m) => {
  const s = describe(m);
  return { ...s, t: s.sd === null || s.sd === 0 ? null : s.mean / (s.sd / Math.sqrt(s.n)) };
};

/** Cronbach's raw alpha from the listwise item variances and the variance of their sum. */
const alphaOf = (itemM2s, sumM2) => {
  const k = itemM2s.length;
  const itemSum = itemM2s.reduce((s, x) => s + x, 0);
  return (k / (k - 1)) * (1 - itemSum / sumM2);
};

/**
 * Builds the report subset from per-branch moment rows (`row.branch` names the branch, `row.rows` counts
 * its rows): the same keys and nesting as servqual's JSON, so the check can walk it.
 */
export function reportOf(branchRows, full) {
  const rows = [...branchRows].sort((a, b) => (a.branch < b.branch ? -1 : a.branch > b.branch ? 1 : 0));
  const total = (v) => rows.reduce((acc, row) => mergeMoments(acc, momentsOf(row, v)), { n: 0, mean: 0, m2: 0 });
  const dimensionsOf = (m) =>
    DIMENSIONS.map((d) => ({
      id: d.id,
      ...(full ? { expectation: describe(m(`de_${d.id}`)), perception: describe(m(`dp_${d.id}`)) } : {}),
      gap: tested(m(`dg_${d.id}`)),
    }));
  const overallOf = (m) => ({ unweighted: tested(m('ou')), weighted: tested(m('ow')) });
  const report = { dimensions: dimensionsOf(total) };
  if (full) {
    report.sample = { rows: rows.reduce((s, r) => s + Number(r.rows), 0) };
    report.items = ITEMS.map((i) => ({
      id: String(i),
      expectation: describe(total(`ie_${i}`)),
      perception: describe(total(`ip_${i}`)),
      gap: tested(total(`ig_${i}`)),
    }));
    report.dimensions.forEach((out, j) => {
      const d = DIMENSIONS[j];
      const reliability = {};
      for (const [q, name] of [
        ['e', 'expectation'],
        ['p', 'perception'],
        ['g', 'gap'],
      ]) {
        const sum = total(`a${q}_${d.id}_sum`);
        reliability[name] = {
          n: sum.n,
          alpha: alphaOf(
            d.items.map((i) => total(`a${q}_${d.id}_${i}`).m2),
            sum.m2,
          ),
        };
      }
      out.reliability = reliability;
      const co = mergeCo(rows, `co_${d.id}`, `cp_${d.id}`);
      out.importance = { correlation: { r: co.c / Math.sqrt(total(`co_${d.id}`).m2 * total(`cp_${d.id}`).m2) } };
    });
    report.overall = { n: total('ou').n, ...overallOf(total) };
  }
  report.segments = {
    branch: rows.map((row) => {
      const m = (v) => momentsOf(row, v);
      return { value: row.branch, ...(full ? { n: Number(row.rows) } : {}), dimensions: dimensionsOf(m), ...(full ? { overall: overallOf(m) } : {}) };
    }),
  };
  return report;
}

/**
 * Walks every number of the peer's report and compares it with the number at the same path of
 * servqual's JSON (arrays matched by position, ids checked too). Returns the count compared and the
 * mismatches beyond `tolerance` relative (absolute near 0).
 */
export function compareWithServqual(peer, servqual, tolerance = 1e-9) {
  const bad = [];
  let compared = 0;
  if (servqual.sample?.excluded !== 0) bad.push(`servqual excluded ${servqual.sample?.excluded} rows: the peers assume a clean file`);
  const walk = (p, s, path) => {
    if (typeof p === 'number' || p === null) {
      compared++;
      if (p === null || s === null || typeof s !== 'number') {
        if (p !== s) bad.push(`${path}: peer ${p}, servqual ${s}`);
        return;
      }
      const scale = Math.max(Math.abs(p), Math.abs(s));
      if (Math.abs(p - s) > tolerance * (scale < 1e-300 ? 1 : scale)) bad.push(`${path}: peer ${p}, servqual ${s}, relative ${Math.abs(p - s) / scale}`);
      return;
    }
    if (typeof p === 'string' || typeof p === 'boolean') {
      if (p !== s) bad.push(`${path}: peer ${JSON.stringify(p)}, servqual ${JSON.stringify(s)}`);
      return;
    }
    if (s === undefined || s === null || typeof s !== 'object') {
      bad.push(`${path}: servqual has no such value`);
      return;
    }
    for (const [k, v] of Object.entries(p)) walk(v, s[k], `${path}.${k}`);
  };
  walk(peer, servqual, '$');
  return { compared, bad };
}

/**
 * The command line of a peer: `node bench/peers/NAME.mjs FILE [--reduced] [--check SERVQUAL.json]`.
 * Without --check it computes and prints nothing but a one-line summary (what the bench times); with
 * --check it prints the comparison and exits 1 on any mismatch.
 */
export async function runPeer(name, compute) {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--check');
  const full = !args.includes('--reduced');
  const checkAt = args.indexOf('--check');
  if (file === undefined) {
    console.error(`usage: node bench/peers/${name}.mjs FILE [--reduced] [--check SERVQUAL.json]`);
    process.exit(2);
  }
  const report = reportOf(await compute(file, full), full);
  if (checkAt < 0) {
    console.log(`${name} ${full ? 'full' : 'reduced'}: ${report.dimensions.map((d) => `${d.id} ${d.gap.mean.toFixed(4)}`).join(', ')}`);
    return;
  }
  const { readFileSync } = await import('node:fs');
  const servqual = JSON.parse(readFileSync(args[checkAt + 1], 'utf8'));
  const { compared, bad } = compareWithServqual(report, servqual);
  console.log(`${name} ${full ? 'full' : 'reduced'} job vs servqual: ${compared} numbers compared, ${bad.length} differ by more than 1e-9 relative`);
  for (const line of bad.slice(0, 20)) console.log(`  ${line}`);
  if (bad.length > 0) process.exit(1);
}
