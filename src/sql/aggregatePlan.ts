import { DEFAULTS } from '../defaults.js';
import { ServqualError, type ServqualErrorCode } from '../errors.js';
import { importanceScaleOf } from '../instrument/columnTemplates.js';
import type { Instrument } from '../instrument/schema.js';
import type { Method } from '../data/method.js';
import { DEFAULT_MISSING_TOKENS } from '../data/parseCell.js';
import type { PeriodUnit } from '../data/period.js';
import { resolveColumns } from '../data/resolveColumns.js';
import { resolveGroupColumns } from '../data/resolveGroupColumns.js';
import { surveyTemplateColumns } from '../data/surveyTemplate.js';
import type { ReliabilityMode } from '../score/Analyzer.js';
import { layoutOf, type Layout, type ScoreSet } from '../score/layout.js';
import { sqlString, type SqlDialect } from './SqlDialect.js';

/** Options of the push-down query: what is grouped and how rows are read, as for `analyze`. */
export interface AggregateOptions {
  /** The scoring method; default: detected from `header`, as `analyze` does. */
  method?: Method | undefined;
  /**
   * The table's column names (e.g. from `SELECT * … LIMIT 0`); default: the instrument's data-entry
   * template for the method, plus the `by` and date columns.
   */
  header?: readonly string[] | undefined;
  /** Segment columns (matched ignoring case). */
  by?: readonly string[] | undefined;
  /** Group rows into periods by their date: `month`, `quarter` or `year` (ISO weeks need engine date functions: not pushed down). */
  period?: PeriodUnit | undefined;
  /** The date column for `period`; default `submitted_at`, else `date`. */
  dateColumn?: string | undefined;
  /** Codes read as a missing answer in every column, on top of the empty cell, `NA` and the instrument's own. */
  missingCodes?: readonly string[] | undefined;
  /** Items a respondent must answer for a dimension score; default half, rounded up. */
  minItemsAnswered?: number | undefined;
  /** Reliability over respondents with every item (`listwise`, default) or pairwise-complete. */
  reliability?: ReliabilityMode | undefined;
  /** Keep the moments of derived item importance even without `I{id}` columns. */
  itemDrivers?: boolean | undefined;
}

/** One accumulator (one CoMoments of the analyzer state), as SQL computes it. */
export interface SlotSql {
  /** Variables of the slot. */
  readonly k: number;
  /** The condition for a row to count in the slot; `null` for a slot no row reaches. */
  readonly when: string | null;
  /** A tally: only n is kept (mean and co-moments stay 0, as the streaming analyzer's tallies). */
  readonly count: boolean;
  /** The k values of a row (SQL expressions over the row columns). */
  readonly xs: readonly string[];
  /** The constant each value is shifted by before it is summed (see docs/sql.md). */
  readonly shifts: readonly number[];
}

/** The push-down query's plan: the row columns, layer by layer, and every accumulator. */
export interface AggregatePlan {
  readonly method: Method;
  readonly reliability: ReliabilityMode;
  /** The `by` columns as the table names them. */
  readonly by: readonly string[];
  readonly period: PeriodUnit | undefined;
  readonly dateColumn: string | null;
  /** The grouping keys, as row columns: one per `by` column (`key_by0`, …), then `key_period` when periods are asked for. */
  readonly keys: readonly string[];
  /** Row columns: `layers[0]` read from the table, each later layer from the ones before. */
  readonly layers: ReadonlyArray<ReadonlyArray<readonly [string, string]>>;
  /** The analyzer state's accumulators, in its order (`momentsInOrder`). */
  readonly global: readonly SlotSql[];
  /** A segment's or period's accumulators (the `group` kind's slots). */
  readonly group: readonly SlotSql[];
  /** Codes a row may be excluded with (the column `code` of the rows). */
  readonly exclusions: readonly ServqualErrorCode[];
  /** Values set aside in used rows: per code, the condition that counts one. */
  readonly setAside: ReadonlyArray<readonly [ServqualErrorCode, string]>;
}

// Numbers as parseCell reads them (no backslashes: Spark and Snowflake read them as escapes).
const NUMBER = '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$';
// An ISO date at the start of a cell, with a month and day that can be (the calendar check is the year range).
const ISO_DATE = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])';

/** The roles of item columns, in the order the row reader reads them (a method's absent roles are null in the column map). */
const READ_ORDER = ['expectation', 'perception', 'minimum', 'desired'] as const;
const TAG = { expectation: 'e', perception: 'p', minimum: 'lo', desired: 'hi' } as const;

/** A number as an SQL constant of the dialect's double type (integers bare). */
function constant(d: SqlDialect, x: number): string {
  return Number.isInteger(x) ? String(x) : `CAST(${String(x)} AS ${d.double})`;
}

/** A number as an SQL constant of the dialect's double type, always (so that `/` divides as doubles do). */
function double(d: SqlDialect, x: number): string {
  return `CAST(${String(x)} AS ${d.double})`;
}

/**
 * Refuses what the query cannot compute the way the streaming path does.
 * @throws {ServqualError} `E_INVALID_OPTION` naming the option
 */
function refuse(instrument: Instrument, options: AggregateOptions & Record<string, unknown>): void {
  const no = (option: string, why: string): never => {
    throw new ServqualError('E_INVALID_OPTION', `SQL push-down: ${why}; run analyze on the file instead`, { option });
  };
  if (instrument.outcomes !== undefined)
    no('outcomes', `instrument "${instrument.id}" names outcome columns (CSI, CSAT, NPS), which the query does not compute yet`);
  if (options.validity !== undefined) no('validity', 'measurement validity (--validity) is not computed by the query yet');
  if (options.outcome !== undefined) no('outcome', 'an outcome as the driver (--outcome) is not computed by the query yet');
  if (options.dateFormat !== undefined) no('dateFormat', 'dates are read as ISO dates (or DATE/TIMESTAMP columns) only, so --date-format cannot be used');
  if (options.decimal === ',') no('decimal', 'the decimal comma is not read by the query');
  if (options.period === 'week') no('period', "ISO weeks need each engine's own date functions; use month, quarter or year");
  if (options.reliability !== undefined && options.reliability !== 'listwise' && options.reliability !== 'pairwise') {
    throw new ServqualError('E_INVALID_OPTION', `reliability must be "listwise" or "pairwise", got "${String(options.reliability)}"`, {
      option: 'reliability',
    });
  }
}

/**
 * The plan of the push-down query for an instrument and a table's columns: which cells are read, the
 * row rules (validation, missing codes, reverse keys, exclusions with their codes, dimension scores,
 * listwise masks) as SQL expressions, and every accumulator of the analyzer state with the values it
 * sums. {@link aggregateQuery} writes it as one query; {@link analyzeAggregates} reads its result by it.
 *
 * @param instrument - the instrument
 * @param dialect - the engine the expressions are written for
 * @param options - the method, the table's columns, segments and periods
 * @returns the plan
 * @throws {ServqualError} `E_INVALID_OPTION` for what the query does not compute (outcomes, validity,
 *   ISO weeks, `dateFormat`); a ValidationError `E_MISSING_COLUMN` for a column the table lacks (items, a `by` or date column)
 */
export function aggregatePlan(instrument: Instrument, dialect: SqlDialect, options: AggregateOptions = {}): AggregatePlan {
  refuse(instrument, options as AggregateOptions & Record<string, unknown>);
  const q = (name: string) => dialect.quote(name);
  const period = options.period;
  const wantsDate = period !== undefined;
  const header = options.header ?? [
    ...surveyTemplateColumns(instrument, options.method ?? 'servqual'),
    ...(options.by ?? []),
    ...(wantsDate ? [options.dateColumn ?? DEFAULTS.dateColumn] : []),
  ];
  const columns = resolveColumns(header, instrument, { method: options.method });
  const method = columns.method;
  const groupColumns = resolveGroupColumns(columns, { by: options.by, period, dateColumn: options.dateColumn });
  const by = [...new Set(groupColumns.by)];
  const dateColumn = groupColumns.dateColumn ?? null;
  const layout = layoutOf(instrument, options.minItemsAnswered);
  const mode: ReliabilityMode = options.reliability ?? DEFAULTS.reliability;
  const { min, max } = instrument.scale;
  const mid = (min + max) / 2;
  const D = layout.dimensions.length;
  const c = (x: number) => constant(dialect, x);

  const layers: Array<Array<readonly [string, string]>> = [[], [], [], [], [], [], []];
  const col = (layer: number, name: string, sql: string): string => {
    (layers[layer] as Array<readonly [string, string]>).push([name, sql]);
    return name;
  };
  const missing = [...DEFAULT_MISSING_TOKENS, ...(instrument.missing ?? []), ...(options.missingCodes ?? [])];
  const missingSql = `(__T IS NULL OR __T IN (${[...new Set(missing)].map(sqlString).join(', ')}))`;

  // Layer 0: each cell read as trimmed text, whatever the column's type; layer 1: its number (NULL
  // when missing or not a number) and whether it is not a number.
  let cells = 0;
  const numeric = (index: number): { n: string; bad: string } => {
    const name = header[index] as string;
    const i = cells++;
    const t = col(0, `t${i}`, `TRIM(CAST(${q(name)} AS ${dialect.text}))`);
    const miss = missingSql.replaceAll('__T', t);
    return {
      n: col(1, `n${i}`, `CASE WHEN ${miss} THEN NULL WHEN ${dialect.matches(t, NUMBER)} THEN CAST(${t} AS ${dialect.double}) END`),
      bad: col(1, `b${i}`, `CASE WHEN ${miss} THEN 0 WHEN ${dialect.matches(t, NUMBER)} THEN 0 ELSE 1 END`),
    };
  };

  // Layer 2: item answers on the scale, reverse-keyed; and the first problem of each cell, in the
  // order the row reader meets them (the code of an excluded row is its first problem's).
  const problems: Array<readonly [string, ServqualErrorCode]> = [];
  const allItems = instrument.dimensions.flatMap((d) => d.items);
  const items: Partial<Record<(typeof READ_ORDER)[number], string[]>> = {};
  for (const role of READ_ORDER) {
    const indexes = columns[role];
    if (indexes === null) continue;
    const tag = TAG[role];
    items[role] = Array.from(indexes, (index, i) => {
      const { n, bad } = numeric(index);
      const oos = col(2, `o${tag}${i}`, `CASE WHEN ${n} < ${c(min)} OR ${n} > ${c(max)} THEN 1 ELSE 0 END`);
      problems.push([bad, 'E_NOT_NUMERIC'], [oos, 'E_OUT_OF_SCALE']);
      const value = allItems[i]?.reverse === true ? `${c(min + max)} - ${n}` : n;
      return col(2, `x${tag}${i}`, `CASE WHEN ${n} >= ${c(min)} AND ${n} <= ${c(max)} THEN ${value} END`);
    });
  }
  const E = items.expectation ?? null;
  const P = items.perception as string[];
  const LO = items.minimum ?? null;
  const HI = items.desired ?? null;

  // Weights: a cell that is not a number excludes the row; an allocation that cannot be used is set aside.
  const weightNumbers = columns.weight === null ? null : Array.from(columns.weight, (index) => numeric(index));
  for (const w of weightNumbers ?? []) problems.push([w.bad, 'E_NOT_NUMERIC']);
  let weightsValid = '0';
  let weightNote: string | null = null;
  if (weightNumbers !== null) {
    const ws = weightNumbers.map((w) => w.n);
    const out = col(3, 'w_out', ws.map((w) => `CASE WHEN ${w} < 0 OR ${w} > 100 THEN 1 ELSE 0 END`).join(' + '));
    const given = col(3, 'w_given', ws.map((w) => `CASE WHEN ${w} IS NULL THEN 0 ELSE 1 END`).join(' + '));
    const sum = col(3, 'w_sum', ws.map((w) => `CASE WHEN ${w} IS NULL THEN 0 ELSE ${w} END`).join(' + '));
    const whole = `${out} = 0 AND ${given} = ${ws.length} AND ${sum} >= 99 AND ${sum} <= 101`;
    weightsValid = col(4, 'w_ok', `CASE WHEN ${whole} THEN 1 ELSE 0 END`);
    weightNote = col(
      4,
      'w_note',
      `CASE WHEN ${out} > 0 THEN 'E_WEIGHT_OUT_OF_SCALE' WHEN ${given} = 0 THEN NULL WHEN ${whole} THEN NULL ELSE 'E_WEIGHTS_SUM' END`,
    );
  }
  const weightOf = (j: number): string => {
    const w = weightNumbers?.[j];
    if (w === undefined) throw new ServqualError('E_INVALID_STATE', `aggregatePlan: no weight column for dimension ${j}`);
    return w.n;
  };

  // Item importance ratings (I{id}): not a number, or off the importance scale, excludes the row.
  const iScale = importanceScaleOf(instrument);
  const ratings =
    columns.importance === null
      ? null
      : Array.from(columns.importance, (index, i) => {
          const { n, bad } = numeric(index);
          const oos = col(2, `oi${i}`, `CASE WHEN ${n} < ${c(iScale.min)} OR ${n} > ${c(iScale.max)} THEN 1 ELSE 0 END`);
          problems.push([bad, 'E_NOT_NUMERIC'], [oos, 'E_OUT_OF_SCALE']);
          return col(2, `xi${i}`, `CASE WHEN ${n} >= ${c(iScale.min)} AND ${n} <= ${c(iScale.max)} THEN ${n} END`);
        });

  // Overall satisfaction: not a number excludes the row; off its scale, it is set aside.
  const oScale = instrument.overallScale ?? instrument.scale;
  let overall = 'NULL';
  let overallAside: string | null = null;
  if (columns.overall >= 0) {
    const { n, bad } = numeric(columns.overall);
    problems.push([bad, 'E_NOT_NUMERIC']);
    overall = col(2, 'ov', `CASE WHEN ${n} >= ${c(oScale.min)} AND ${n} <= ${c(oScale.max)} THEN ${n} END`);
    overallAside = `${n} IS NOT NULL AND (${n} < ${c(oScale.min)} OR ${n} > ${c(oScale.max)})`;
  }

  const answered = [...(E ?? []), ...P, ...(LO ?? []), ...(HI ?? [])];
  const code = col(
    3,
    'code',
    `CASE ${problems.map(([flag, why]) => `WHEN ${flag} = 1 THEN '${why}'`).join(' ')} WHEN ${answered.map((x) => `${x} IS NULL`).join(' AND ')} THEN 'E_EMPTY_ROW' END`,
  );
  const used = col(4, 'used', `CASE WHEN ${code} IS NULL THEN 1 ELSE 0 END`);
  const U = `${used} = 1`;
  const all = (xs: readonly string[]) => xs.map((x) => `${x} IS NOT NULL`).join(' AND ');
  const dims = layout.dimensions;
  const range = (d: Layout['dimensions'][number]) => Array.from({ length: d.end - d.start }, (_, i) => d.start + i);
  const sumOf = (terms: readonly string[]) => (terms.length === 0 ? '0' : terms.join(' + '));

  /** A paired comparison of P with a base: item gaps, and per dimension [base, P, P − base] means over the paired items. */
  const comparison = (tag: string, base: readonly string[]) => {
    const gaps = base.map((b, i) => col(3, `g${tag}${i}`, `${P[i]} - ${b}`));
    const rows = dims.map((d, j) => {
      const both = (i: number) => `${base[i]} IS NOT NULL AND ${P[i]} IS NOT NULL`;
      const n = col(3, `cn${tag}${j}`, sumOf(range(d).map((i) => `CASE WHEN ${both(i)} THEN 1 ELSE 0 END`)));
      const sb = col(3, `cb${tag}${j}`, sumOf(range(d).map((i) => `CASE WHEN ${both(i)} THEN ${base[i]} ELSE 0 END`)));
      const sp = col(3, `cp${tag}${j}`, sumOf(range(d).map((i) => `CASE WHEN ${both(i)} THEN ${P[i]} ELSE 0 END`)));
      const ok = `${n} >= ${d.minItems}`;
      return [
        col(4, `db${tag}${j}`, `CASE WHEN ${ok} THEN ${sb} / ${n} END`),
        col(4, `dp${tag}${j}`, `CASE WHEN ${ok} THEN ${sp} / ${n} END`),
        col(4, `dg${tag}${j}`, `CASE WHEN ${ok} THEN ${sp} / ${n} - ${sb} / ${n} END`),
      ] as const;
    });
    const slots: SlotSql[] = [
      ...base.map((b, i) => slot(`${U} AND ${b} IS NOT NULL AND ${P[i]} IS NOT NULL`, [b, P[i] as string, gaps[i] as string], [mid, mid, 0])),
      ...rows.map(([b, p, g]) => slot(`${U} AND ${g} IS NOT NULL`, [b, p, g], [mid, mid, 0])),
    ];
    return { gaps, rows, slots };
  };

  /** A column role scored on its own: per item, and per dimension the mean of the answered items (given enough). */
  const series = (tag: string, xs: readonly string[]) => {
    const scores = dims.map((d, j) => {
      const n = col(3, `sn${tag}${j}`, sumOf(range(d).map((i) => `CASE WHEN ${xs[i]} IS NULL THEN 0 ELSE 1 END`)));
      const s = col(3, `ss${tag}${j}`, sumOf(range(d).map((i) => `CASE WHEN ${xs[i]} IS NULL THEN 0 ELSE ${xs[i]} END`)));
      return col(4, `sd${tag}${j}`, `CASE WHEN ${n} >= ${d.minItems} THEN ${s} / ${n} END`);
    });
    const slots = [...xs.map((x) => slot(`${U} AND ${x} IS NOT NULL`, [x], [mid])), ...scores.map((s) => slot(`${U} AND ${s} IS NOT NULL`, [s], [mid]))];
    return { scores, slots };
  };

  /** Reliability of a dimension's items: listwise (every item answered) or pairwise. */
  const reliability = (xs: readonly string[], shift: number): SlotSql[] =>
    dims.flatMap((d) => {
      const its = range(d).map((i) => xs[i] as string);
      if (mode === 'listwise')
        return [
          slot(
            `${U} AND ${all(its)}`,
            its,
            its.map(() => shift),
          ),
        ];
      const singles = its.map((x) => slot(`${U} AND ${x} IS NOT NULL`, [x], [shift]));
      const pairs = its.flatMap((x, a) => its.slice(a + 1).map((y) => slot(`${U} AND ${x} IS NOT NULL AND ${y} IS NOT NULL`, [x, y], [shift, shift])));
      return [...singles, ...pairs];
    });

  /** An overall score over respondents with every dimension score: [unweighted, weighted], then tallies by weight source. */
  const overallOf = (tag: string, scores: readonly string[], shift: number) => {
    const every = all(scores);
    const defaults = layout.defaultWeights;
    const byDefault = defaults === null ? scores.map((s) => `${s} / ${D}`) : scores.map((s, j) => `(${double(dialect, defaults[j] as number)} / 100) * ${s}`);
    const byRespondent = () => scores.map((s, j) => `(${weightOf(j)} / 100) * ${s}`);
    const unweighted = col(5, `ou${tag}`, `CASE WHEN ${every} THEN (${sumOf(scores)}) / ${D} END`);
    const weighted = col(
      5,
      `ow${tag}`,
      weightNumbers === null
        ? `CASE WHEN ${every} THEN ${sumOf(byDefault)} END`
        : `CASE WHEN ${every} THEN CASE WHEN ${weightsValid} = 1 THEN ${sumOf(byRespondent())} ELSE ${sumOf(byDefault)} END END`,
    );
    const slots = [
      slot(`${U} AND ${every}`, [unweighted], [shift]),
      slot(`${U} AND ${every}`, [weighted], [shift]),
      tally(`${U} AND ${every} AND ${weightsValid} = 1`),
      tally(defaults === null ? null : `${U} AND ${every} AND ${weightsValid} = 0`),
      tally(defaults === null ? `${U} AND ${every} AND ${weightsValid} = 0` : null),
    ];
    return { unweighted, weighted, slots };
  };

  const global: SlotSql[] = [];
  let profile: Array<readonly [string, string, string] | string> = [];
  let profileOverall: string[] = [];
  let perceptionScores: readonly string[];
  let baseA: readonly string[] | null = null;
  let baseB: readonly string[] | null = null;
  let dimsB: ReadonlyArray<readonly [string, string, string]> | null = null;
  const midGap = 0;
  if (method === 'servqual') {
    const gap = comparison('q', E as string[]);
    global.push(...gap.slots, ...reliability(E as string[], mid), ...reliability(P, mid), ...reliability(gap.gaps, midGap));
    const o = overallOf(
      'q',
      gap.rows.map((r) => r[2]),
      midGap,
    );
    global.push(...o.slots);
    profile = gap.rows;
    profileOverall = [o.unweighted, o.weighted];
    perceptionScores = gap.rows.map((r) => r[1]);
    baseA = E;
  } else if (method === 'servperf') {
    const s = series('p', P);
    global.push(...s.slots, ...reliability(P, mid));
    const o = overallOf('p', s.scores, mid);
    global.push(...o.slots);
    profile = [...s.scores];
    profileOverall = [o.unweighted, o.weighted];
    perceptionScores = s.scores;
  } else {
    const lo = LO as string[];
    const hi = HI as string[];
    const adequacy = comparison('a', lo);
    const superiority = comparison('s', hi);
    // zone of tolerance: per item [MIN, DES, P] without an inversion (MIN > DES), per dimension their means
    const usable = (i: number) => `${lo[i]} IS NOT NULL AND ${hi[i]} IS NOT NULL AND ${P[i]} IS NOT NULL AND ${lo[i]} <= ${hi[i]}`;
    const zoneDims = dims.map((d, j) => {
      const n = col(3, `zn${j}`, sumOf(range(d).map((i) => `CASE WHEN ${usable(i)} THEN 1 ELSE 0 END`)));
      const means = [lo, hi, P].map((xs, v) => {
        const s = col(3, `zs${v}_${j}`, sumOf(range(d).map((i) => `CASE WHEN ${usable(i)} THEN ${xs[i]} ELSE 0 END`)));
        return col(4, `zm${v}_${j}`, `CASE WHEN ${n} >= ${d.minItems} THEN ${s} / ${n} END`);
      });
      return means;
    });
    const zone = [
      ...lo.map((x, i) => slot(`${U} AND ${usable(i)}`, [x, hi[i] as string, P[i] as string], [mid, mid, mid])),
      ...zoneDims.map((m) => slot(`${U} AND ${m[0]} IS NOT NULL`, m, [mid, mid, mid])),
      ...lo.map((x, i) => tally(`${U} AND ${x} IS NOT NULL AND ${hi[i]} IS NOT NULL AND ${x} > ${hi[i]}`)),
    ];
    const sLo = series('lo', lo);
    const sHi = series('hi', hi);
    const sP = series('p', P);
    global.push(...adequacy.slots, ...superiority.slots, ...zone, ...sLo.slots, ...sHi.slots, ...sP.slots);
    global.push(...reliability(P, mid), ...reliability(lo, mid), ...reliability(hi, mid));
    const oa = overallOf(
      'a',
      adequacy.rows.map((r) => r[2]),
      midGap,
    );
    const os = overallOf(
      's',
      superiority.rows.map((r) => r[2]),
      midGap,
    );
    global.push(...oa.slots, ...os.slots);
    profile = adequacy.rows.flatMap((r, j) => [r, superiority.rows[j] as readonly [string, string, string]]);
    profileOverall = [oa.unweighted, oa.weighted, os.unweighted, os.weighted];
    perceptionScores = sP.scores;
    baseA = lo;
    baseB = hi;
    dimsB = superiority.rows;
  }

  // Importance: stated weights (valid allocations), and [overall, perception scores…] over rows with all.
  global.push(
    slot(
      weightNumbers === null ? null : `${U} AND ${weightsValid} = 1`,
      dims.map((_, j) => (weightNumbers === null ? 'NULL' : weightOf(j))),
      dims.map(() => 100 / D),
    ),
    slot(
      `${U} AND ${overall} IS NOT NULL AND ${all(perceptionScores)}`,
      [overall, ...perceptionScores],
      [(oScale.min + oScale.max) / 2, ...perceptionScores.map(() => mid)],
    ),
  );
  // Item importance: ratings per item, and [overall, item perceptions…], for rows the analyzer gives it.
  const itemsFed = ratings !== null || options.itemDrivers === true;
  global.push(
    ...P.map((_, i) => slot(ratings === null ? null : `${U} AND ${ratings[i]} IS NOT NULL`, [ratings?.[i] ?? 'NULL'], [(iScale.min + iScale.max) / 2])),
    slot(itemsFed ? `${U} AND ${overall} IS NOT NULL AND ${all(P)}` : null, [overall, ...P], [(oScale.min + oScale.max) / 2, ...P.map(() => mid)]),
  );

  // The groups above the dimensions, when the instrument declares groups or need levels.
  const profileA: ReadonlyArray<readonly [string, string, string] | string> = method === 'three-column' ? profile.filter((_, i) => i % 2 === 0) : profile;
  if (layout.groups.length > 0 || layout.needLevels.length > 0) {
    const sets: ScoreSet[] = [...layout.groups, ...layout.needLevels];
    const blocks = method === 'three-column' ? 2 : 1;
    sets.forEach((set, s) => {
      for (let b = 0; b < blocks; b++) {
        const name = `set${s}_${b}`;
        if (set.of === 'dimension') {
          const rows = set.members.map((m) => (b === 0 ? profileA[m] : (dimsB as ReadonlyArray<readonly [string, string, string]>)[m]));
          const n = set.members.length;
          if (method === 'servperf') {
            const ps = rows as string[];
            const v = col(5, name, `CASE WHEN ${all(ps)} THEN (${sumOf(ps)}) / ${n} END`);
            global.push(slot(`${U} AND ${v} IS NOT NULL`, [v], [mid]));
          } else {
            const triples = rows as Array<readonly [string, string, string]>;
            const ok = all(triples.map((r) => r[2]));
            const mb = col(5, `${name}b`, `CASE WHEN ${ok} THEN (${sumOf(triples.map((r) => r[0]))}) / ${n} END`);
            const mp = col(5, `${name}p`, `CASE WHEN ${ok} THEN (${sumOf(triples.map((r) => r[1]))}) / ${n} END`);
            const g = col(6, `${name}g`, `${mp} - ${mb}`);
            global.push(slot(`${U} AND ${mb} IS NOT NULL`, [mb, mp, g], [mid, mid, 0]));
          }
        } else {
          const base = b === 0 ? baseA : baseB;
          const pair = (i: number) => (base === null ? `${P[i]} IS NOT NULL` : `${P[i]} IS NOT NULL AND ${base[i]} IS NOT NULL`);
          const n = col(3, `${name}n`, sumOf(set.members.map((i) => `CASE WHEN ${pair(i)} THEN 1 ELSE 0 END`)));
          const sp = col(3, `${name}sp`, sumOf(set.members.map((i) => `CASE WHEN ${pair(i)} THEN ${P[i]} ELSE 0 END`)));
          const ok = `${n} > 0 AND ${n} >= ${set.minCount}`;
          if (base === null) {
            const v = col(4, name, `CASE WHEN ${ok} THEN ${sp} / ${n} END`);
            global.push(slot(`${U} AND ${v} IS NOT NULL`, [v], [mid]));
          } else {
            const sb = col(3, `${name}sb`, sumOf(set.members.map((i) => `CASE WHEN ${pair(i)} THEN ${base[i]} ELSE 0 END`)));
            const mb = col(4, `${name}b`, `CASE WHEN ${ok} THEN ${sb} / ${n} END`);
            const mp = col(4, `${name}p`, `CASE WHEN ${ok} THEN ${sp} / ${n} END`);
            const g = col(5, `${name}g`, `${mp} - ${mb}`);
            global.push(slot(`${U} AND ${mb} IS NOT NULL`, [mb, mp, g], [mid, mid, 0]));
          }
        }
      }
    });
  }

  // Periods: an ISO date in the date column (text, DATE or TIMESTAMP); a used row without one is undated.
  let periodKey: string | null = null;
  let dateAside: string | null = null;
  if (period !== undefined && dateColumn !== null) {
    const t = col(0, 'dt', `TRIM(CAST(${q(dateColumn)} AS ${dialect.text}))`);
    const dated = `${dialect.matches(t, ISO_DATE)} AND SUBSTR(${t}, 1, 4) >= '1900' AND SUBSTR(${t}, 1, 4) <= '2100'`;
    const month = `SUBSTR(${t}, 6, 2)`;
    const quarter = `CASE WHEN ${month} <= '03' THEN '-Q1' WHEN ${month} <= '06' THEN '-Q2' WHEN ${month} <= '09' THEN '-Q3' ELSE '-Q4' END`;
    const label = period === 'year' ? `SUBSTR(${t}, 1, 4)` : period === 'month' ? `SUBSTR(${t}, 1, 7)` : `CONCAT(SUBSTR(${t}, 1, 4), ${quarter})`;
    const labelCol = col(1, 'period_label', `CASE WHEN ${t} IS NOT NULL AND ${dated} THEN ${label} END`);
    periodKey = col(5, 'key_period', `CASE WHEN ${U} THEN ${labelCol} END`);
    dateAside = `${labelCol} IS NULL AND ${t} IS NOT NULL AND ${t} <> ''`;
    global.push(tally(`${U} AND ${labelCol} IS NULL`));
  } else global.push(tally(null));
  const keys = by.map((name, j) => {
    const t = col(0, `kt${j}`, `TRIM(CAST(${q(name)} AS ${dialect.text}))`);
    return col(5, `key_by${j}`, `CASE WHEN ${U} THEN COALESCE(${t}, '') END`);
  });

  // A segment's or period's profile: rows, per dimension and block [base, P, gap] or [P], overall scores.
  const group: SlotSql[] = [
    tally(U),
    ...profile.map((r) =>
      typeof r === 'string' ? slot(`${U} AND ${r} IS NOT NULL`, [r], [mid]) : slot(`${U} AND ${r[2]} IS NOT NULL`, [...r], [mid, mid, 0]),
    ),
    ...profileOverall.map((o) => slot(`${U} AND ${o} IS NOT NULL`, [o], [method === 'servperf' ? mid : 0])),
  ];

  const setAside: Array<readonly [ServqualErrorCode, string]> = [];
  if (overallAside !== null) setAside.push(['E_OVERALL_OUT_OF_SCALE', `${U} AND ${overallAside}`]);
  if (weightNote !== null) {
    setAside.push(['E_WEIGHT_OUT_OF_SCALE', `${U} AND ${weightNote} = 'E_WEIGHT_OUT_OF_SCALE'`]);
    setAside.push(['E_WEIGHTS_SUM', `${U} AND ${weightNote} = 'E_WEIGHTS_SUM'`]);
  }
  if (dateAside !== null) setAside.push(['E_DATE', `${U} AND ${dateAside}`]);

  return {
    method,
    reliability: mode,
    by,
    period,
    dateColumn,
    keys: periodKey === null ? keys : [...keys, periodKey],
    layers,
    global,
    group,
    exclusions: ['E_NOT_NUMERIC', 'E_OUT_OF_SCALE', 'E_EMPTY_ROW'],
    setAside,
  };
}

/** A slot of values. */
function slot(when: string | null, xs: readonly string[], shifts: readonly number[]): SlotSql {
  return { k: xs.length, when, count: false, xs, shifts };
}

/** A tally: a one-variable slot whose n is the count. */
function tally(when: string | null): SlotSql {
  return { k: 1, when, count: true, xs: ['0'], shifts: [0] };
}
