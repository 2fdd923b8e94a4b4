import type { Instrument } from '../instrument/schema.js';
import type { Method } from '../data/method.js';
import { DEFAULTS } from '../defaults.js';
import { driverImportance } from '../prioritize/driverImportance.js';
import { prioritize, type PrioritizeOptions, type ScoredDimension } from '../prioritize/prioritize.js';
import { CoMoments } from '../stats/CoMoments.js';
import type { PAdjustMethod } from '../stats/adjustPValues.js';
import { percentileInterval } from '../stats/percentileInterval.js';
import type { Stat, TestedStat } from '../stats/types.js';
import type { BootstrapReport, DimensionReport, Importance, OverallScore, Quadrant, Report, ReportWarning } from '../report/types.js';
import type { BootstrapMoments, ReplicateView } from './accumulators/bootstrap.js';
import { resampledReplicates } from './bootstrapResamples.js';
import { pairedTest, statOf, withAdjusted } from './momentStats.js';

/** The coverage of the bootstrap's intervals. */
const LEVEL = 0.95;

/** What one resample gives: the estimates the report shows intervals of, and its ranking. */
interface Replicate {
  /** Per dimension, per headline (servqual: gap; servperf: perception; three-column: adequacy, superiority). */
  headlines: Array<Array<number | null>>;
  /** The overall scores in slot order. */
  overall: Array<number | null>;
  /** Per dimension: stated, r, beta, relative weight, its share, the share used, and the weight minus the random predictor's. */
  importance: Array<[number | null, number | null, number | null, number | null, number | null, number | null, number | null]>;
  /** Dimension id → rank, when the resample could be ranked. */
  ranks: Map<string, number> | null;
  /** Each dimension's quadrant in the resample (computed even where the report shows none). */
  quadrants: Array<Quadrant | null>;
}

/** The first `k` variables of co-moments, as co-moments of their own. */
function leading(m: CoMoments, k: number): CoMoments {
  const out = new CoMoments(k);
  out.n = m.n;
  let p = 0;
  for (let i = 0; i < k; i++) {
    out.mean[i] = m.mean[i] as number;
    for (let j = i; j < k; j++, p++) out.c[p] = m.comoment(i, j);
  }
  return out;
}

/** A resample's dimensions, measured and tested as the report's are (the same adjustment within each family). */
function dimensionsOf(method: Method, view: ReplicateView, point: readonly DimensionReport[], pAdjust: PAdjustMethod): ScoredDimension[] {
  const p = view.profile;
  if (method === 'servperf') return point.map((d, j) => ({ id: d.id, name: d.name, perception: statOf(p[j] as CoMoments) }));
  if (method === 'servqual') {
    const gaps = withAdjusted(
      point.map((_, j) => pairedTest(p[j] as CoMoments)),
      pAdjust,
    );
    return point.map((d, j) => ({
      id: d.id,
      name: d.name,
      expectation: statOf(p[j] as CoMoments, 0),
      perception: statOf(p[j] as CoMoments, 1),
      gap: gaps[j] as TestedStat,
    }));
  }
  const a = (j: number) => p[2 * j] as CoMoments;
  const b = (j: number) => p[2 * j + 1] as CoMoments;
  const adequacy = withAdjusted(
    point.map((_, j) => pairedTest(a(j))),
    pAdjust,
  );
  const superiority = withAdjusted(
    point.map((_, j) => pairedTest(b(j))),
    pAdjust,
  );
  return point.map((d, j) => ({
    id: d.id,
    name: d.name,
    minimum: statOf(a(j), 0),
    desired: statOf(b(j), 0),
    perception: statOf(a(j), 1),
    adequacy: adequacy[j] as TestedStat,
    superiority: superiority[j] as TestedStat,
  }));
}

/** The headline statistics of a dimension whose intervals the report gives. */
function headlinesOf(method: Method, d: ScoredDimension | DimensionReport): Array<Stat | undefined> {
  if (method === 'servqual') return [d.gap];
  if (method === 'servperf') return [d.perception];
  return [d.adequacy, d.superiority];
}

/** The overall scores of a report in slot order: [unweighted, weighted] (three-column: adequacy's, then superiority's). */
function overallScoresOf(report: Report): Stat[] {
  const o = report.overall;
  if ('adequacy' in o) return [o.adequacy.unweighted, o.adequacy.weighted, o.superiority.unweighted, o.superiority.weighted];
  const s = o as OverallScore<Stat>;
  return [s.unweighted, s.weighted];
}

/** One resample's estimates and ranking. */
function replicateOf(instrument: Instrument, report: Report, view: ReplicateView, options: PrioritizeOptions & { pAdjust: PAdjustMethod }): Replicate {
  const method = report.method;
  const d = report.dimensions.length;
  const dims = dimensionsOf(method, view, report.dimensions, options.pAdjust);
  const drivers = leading(view.drivers, d + 1);
  const withRandom = view.drivers.n > 0 ? driverImportance(view.drivers) : null;
  const stated = view.stated;
  let ranks: Map<string, number> | null = null;
  let quadrants: Array<Quadrant | null> = dims.map(() => null);
  let shares: Array<number | null> = dims.map(() => null);
  let derived: ReturnType<typeof driverImportance> | null = null;
  try {
    // The point estimate's rule, importance source included: only the data differ.
    const ranked = prioritize(
      { method, dimensions: dims, items: [] },
      instrument,
      { stated, drivers, itemStated: [], itemDrivers: null },
      {
        ...options,
        importance: report.ipa.importance,
      },
    );
    ranks = new Map(ranked.priorities.map((p) => [p.id, p.rank]));
    quadrants = ranked.quadrants;
    shares = ranked.importance.map((x) => x.share);
  } catch {
    // A resample without a defined importance (no stated weights drawn, collinear drivers) is not ranked.
  }
  if (drivers.n > 0) derived = driverImportance(drivers);
  const randomWeight = withRandom?.drivers[d]?.relativeWeight ?? null;
  return {
    headlines: dims.map((x) => headlinesOf(method, x).map((s) => s?.mean ?? null)),
    overall: view.overall.map((m) => (m.n === 0 ? null : (m.mean[0] as number))),
    importance: dims.map((_, j) => {
      const w = derived?.drivers[j];
      const own = withRandom?.drivers[j]?.relativeWeight ?? null;
      return [
        stated.n > 0 ? (stated.mean[j] as number) : null,
        w?.correlation.r ?? null,
        w?.standardizedBeta ?? null,
        w?.relativeWeight ?? null,
        w?.relativeWeightShare ?? null,
        shares[j] ?? null,
        own === null || randomWeight === null ? null : own - randomWeight,
      ];
    }),
    ranks,
    quadrants,
  };
}

/** The share of `xs` that are true. */
const shareOf = (xs: readonly boolean[]): number => (xs.length === 0 ? 0 : xs.filter(Boolean).length / xs.length);

/** Percent, as the words say it. */
const percent = (x: number): string => `${Math.round(100 * x)}%`;

/**
 * Adds the bootstrap's results to a report built from the point estimates (its objects are new, made
 * by buildReport): each replicate's estimates and ranking by the same rules as the report's, then
 * percentile 95% intervals beside the dimension headlines, the overall scores and every importance,
 * the random-variable test of the relative weights, rank and quadrant stability, and the neighbouring
 * ranks the resamples do not tell apart (with a warning for each).
 *
 * @param report - the report of the point estimates, completed in place
 * @param instrument - its instrument
 * @param boot - the replicates' moments
 * @param settings - the replicates and seed asked for
 * @param options - the options the report's priorities were made with
 * @returns the report
 */
export function withBootstrap(
  report: Report,
  instrument: Instrument,
  boot: BootstrapMoments,
  settings: { replicates: number; seed: number },
  options: PrioritizeOptions & { pAdjust: PAdjustMethod },
): Report {
  const method = report.method;
  const resampled = resampledReplicates(boot);
  const reps = resampled.views.map((view) => replicateOf(instrument, report, view, options));
  const ci = (values: ReadonlyArray<number | null>) => percentileInterval(values, LEVEL);

  report.dimensions.forEach((dim, j) => {
    headlinesOf(method, dim).forEach((s, h) => {
      if (s !== undefined) s.bootstrapCi95 = ci(reps.map((r) => r.headlines[j]?.[h] ?? null));
    });
    const at = (v: number) => ci(reps.map((r) => r.importance[j]?.[v] ?? null));
    const imp: Importance = dim.importance;
    imp.bootstrapCi95 = { stated: at(0), correlation: at(1), standardizedBeta: at(2), relativeWeight: at(3), relativeWeightShare: at(4), share: at(5) };
    if (imp.relativeWeight !== null) {
      const diff = at(6);
      imp.versusRandom = { ci95: diff, beatsRandom: diff === null ? null : diff[0] > 0 };
    }
    const q = dim.quadrant;
    const ranked = reps.filter((r) => r.ranks !== null);
    dim.quadrantStability = q === null ? null : shareOf(ranked.map((r) => r.quadrants[j] === q));
  });
  overallScoresOf(report).forEach((s, i) => {
    s.bootstrapCi95 = ci(reps.map((r) => r.overall[i] ?? null));
  });

  const ranked = reps.filter((r): r is Replicate & { ranks: Map<string, number> } => r.ranks !== null);
  const dimensionPriorities = report.priorities.filter((p) => p.level === 'dimension');
  for (const p of dimensionPriorities) {
    p.rankStability = shareOf(ranked.map((r) => r.ranks.get(p.id) === p.rank));
    p.top3 = shareOf(ranked.map((r) => (r.ranks.get(p.id) ?? Number.POSITIVE_INFINITY) <= 3));
  }
  const swaps: BootstrapReport['swaps'] = [];
  for (let i = 0; i + 1 < dimensionPriorities.length; i++) {
    const a = dimensionPriorities[i] as (typeof dimensionPriorities)[number];
    const b = dimensionPriorities[i + 1] as (typeof dimensionPriorities)[number];
    const share = shareOf(ranked.map((r) => (r.ranks.get(b.id) ?? 0) < (r.ranks.get(a.id) ?? 0)));
    swaps.push({ ranks: [a.rank, b.rank], ids: [a.id, b.id], share, indistinct: share >= DEFAULTS.bootstrapSwapShare });
  }
  report.bootstrap = {
    method: 'poisson',
    replicates: settings.replicates,
    seed: settings.seed,
    units: resampled.units,
    grouped: resampled.grouped,
    ranked: ranked.length,
    level: LEVEL,
    swaps,
  };
  report.warnings.push(...swapWarnings(report, swaps));
  if (settings.replicates < DEFAULTS.bootstrapFewReplicates) report.warnings.push(fewReplicates(settings.replicates));
  return report;
}

/** The warning for fewer replicates than DEFAULTS.bootstrapFewReplicates. */
function fewReplicates(replicates: number): ReportWarning {
  const enough = DEFAULTS.bootstrapFewReplicates;
  return {
    code: 'FEW_REPLICATES',
    message: {
      en: `Only ${replicates} resamples: too few for 95% intervals and stability shares, whose ends rest on a handful of them. Use ${enough} or more (1,000 for intervals to publish; Efron and Tibshirani 1993).`,
      zh: `仅 ${replicates} 次重抽样：对 95% 区间和稳定性比例而言太少，其端点只依据寥寥几次重抽样。请用 ${enough} 次以上（需发表的区间用 1000 次；Efron 与 Tibshirani 1993）。`,
    },
  };
}

/** A warning for each pair of neighbouring ranks the resamples do not tell apart. */
function swapWarnings(report: Report, swaps: BootstrapReport['swaps']): ReportWarning[] {
  const names = new Map(report.dimensions.map((d) => [d.id, d.name]));
  const en = (id: string) => names.get(id)?.en ?? id;
  const zh = (id: string) => names.get(id)?.zh ?? en(id);
  return swaps
    .filter((s) => s.indistinct)
    .map((s) => ({
      code: 'RANKS_NOT_DISTINCT' as const,
      dimension: s.ids[1],
      message: {
        en: `Ranks ${s.ranks[0]} and ${s.ranks[1]} (${en(s.ids[0])}, ${en(s.ids[1])}) swap in ${percent(s.share)} of resamples: the survey does not tell them apart.`,
        zh: `第 ${s.ranks[0]} 位和第 ${s.ranks[1]} 位（${zh(s.ids[0])}、${zh(s.ids[1])}）在 ${percent(s.share)} 的重抽样中互换：本次调查无法区分二者。`,
      },
    }));
}
