import type { Method } from '../data/method.js';
import { DataQualityLog } from '../data/DataQualityLog.js';
import type { CoMoments } from '../stats/CoMoments.js';
import type { AccumulatorKind, Moments, RowRule } from './accumulators/AccumulatorKind.js';
import { bootstrap, type BootstrapMoments, type BootstrapRows } from './accumulators/bootstrap.js';
import { comparison, type ComparisonMoments, type ComparisonRows } from './accumulators/comparison.js';
import { dimensionGroups, type DimensionGroupsMoments, type DimensionGroupsRows } from './accumulators/dimensionGroups.js';
import { profileShape } from './accumulators/group.js';
import { importance, type ImportanceMoments, type ImportanceRows } from './accumulators/importance.js';
import { itemCovariance, type ItemCovarianceMoments, type ItemCovarianceRows } from './accumulators/itemCovariance.js';
import { itemImportance, type ItemImportanceMoments, type ItemImportanceRows } from './accumulators/itemImportance.js';
import { outcomes, type OutcomesMoments, type OutcomesRows } from './accumulators/outcomes.js';
import { overall, type OverallMoments, type OverallRows } from './accumulators/overall.js';
import { pairwiseReliability, type PairwiseReliabilityRows } from './accumulators/pairwiseReliability.js';
import { reliability, type ReliabilityMoments, ReliabilityRows } from './accumulators/reliability.js';
import { series, type SeriesMoments, type SeriesRows } from './accumulators/series.js';
import { tally, type TallyMoments, type TallyRows } from './accumulators/tally.js';
import { zone, type ZoneMoments, type ZoneRows } from './accumulators/zone.js';
import type { ReliabilityMode } from './Analyzer.js';
import { GroupedMoments, GroupedRows } from './groups.js';
import type { Layout } from './layout.js';
import type { ValidityScale } from '../report/ValiditySchema.js';

/** What fixes the shape of an analyzer's parts: analyzers and blocks of one shape merge. */
export interface PartsShape {
  readonly layout: Layout;
  readonly method: Method;
  readonly mode: ReliabilityMode;
  /** The `by` columns, without repeats, in the options' order. */
  readonly by: readonly string[];
  /** Whether rows are grouped by period. */
  readonly periods: boolean;
  readonly maxIssues: number;
  /** Which answers measurement validity reads, or `null` when it is not asked for. */
  readonly validity: ValidityScale | null;
  /** Whether rows carry outcome answers (the instrument names outcome columns). */
  readonly outcomes: boolean;
  /** The Poisson bootstrap's replicates, seed and resampling units, or `null` when it is not asked for. */
  readonly bootstrap: { readonly replicates: number; readonly seed: number; readonly units: number } | null;
}

/**
 * Which accumulators a method has, whatever side they are seen from: the analyzer's state holds their
 * moments (C, Z, S, …), the block being filled their row rules.
 */
interface Structure<C, Z, S, R, O, I, II, G> {
  /** servqual: P vs E. */
  gap: C | null;
  /** three-column: P vs MIN, P vs DES, and the zone of tolerance. */
  adequacy: C | null;
  superiority: C | null;
  zone: Z | null;
  /** Single columns scored on their own: servperf P; three-column MIN, DES, P. */
  series: Partial<Record<'perception' | 'minimum' | 'desired', S>>;
  reliability: Partial<Record<'expectation' | 'perception' | 'gap' | 'minimum' | 'desired', R>>;
  /** servqual: of gaps; servperf: of perceptions; three-column: of adequacy and superiority. */
  overall: Partial<Record<'gap' | 'perception' | 'adequacy' | 'superiority', O>>;
  /** Stated weights and key-driver moments. */
  importance: I;
  /** Item-importance ratings and the item key-driver moments. */
  itemImportance: II;
  /** The instrument's groups of dimensions and its need levels; null when it declares neither. */
  dimensionGroups: G | null;
}

/** Everything the analyzer accumulates, by method, as moments. */
export interface AnalyzerParts
  extends Structure<
    ComparisonMoments,
    ZoneMoments,
    SeriesMoments,
    ReliabilityMoments,
    OverallMoments,
    ImportanceMoments,
    ItemImportanceMoments,
    DimensionGroupsMoments
  > {
  layout: Layout;
  mode: ReliabilityMode;
  quality: DataQualityLog;
  /** Per `by` column, the groups of its values. */
  segments: Map<string, GroupedMoments>;
  /** Groups by period, when a period is asked for. */
  periods: GroupedMoments | null;
  /** Rows with no readable date (left out of periods only). */
  undated: TallyMoments;
  /** Every item's co-moments, listwise, when measurement validity is asked for. */
  itemCovariance: ItemCovarianceMoments | null;
  /** The outcome measures (CSI, CSAT, NPS), when the instrument names their columns. */
  outcomes: OutcomesMoments | null;
  /** The bootstrap's replicates, when asked for. */
  bootstrap: BootstrapMoments | null;
}

/** The rows of the block being filled, as the row rules of the accumulators of {@link AnalyzerParts}. */
export interface BlockSums
  extends Structure<
    ComparisonRows,
    ZoneRows,
    SeriesRows,
    ReliabilityRows | PairwiseReliabilityRows,
    OverallRows,
    ImportanceRows,
    ItemImportanceRows,
    DimensionGroupsRows
  > {
  segments: Map<string, GroupedRows>;
  periods: GroupedRows | null;
  undated: TallyRows;
  itemCovariance: ItemCovarianceRows | null;
  outcomes: OutcomesRows | null;
  bootstrap: BootstrapRows | null;
}

/** The accumulators of a method, made by the given constructors (of moments or of row rules). */
function structure<C, Z, S, R, O, I, II, G>(
  method: Method,
  grouped: boolean,
  make: {
    comparison: () => C;
    zone: () => Z;
    series: () => S;
    reliability: () => R;
    overall: () => O;
    importance: () => I;
    itemImportance: () => II;
    dimensionGroups: () => G;
  },
): Structure<C, Z, S, R, O, I, II, G> {
  // One object literal with every field given its final value, for every method: the objects a
  // run makes (one per block) then share one hidden class. Spreading a template and overriding its
  // fields gave each new block's sums a class the optimised row code had not seen, which
  // deoptimised it block after block (--trace-deopt: "wrong map" in addResponse) until its
  // property loads went megamorphic.
  const servqual = method === 'servqual';
  const three = method === 'three-column';
  return {
    gap: servqual ? make.comparison() : null,
    adequacy: three ? make.comparison() : null,
    superiority: three ? make.comparison() : null,
    zone: three ? make.zone() : null,
    series: servqual ? {} : three ? { minimum: make.series(), desired: make.series(), perception: make.series() } : { perception: make.series() },
    reliability: servqual
      ? { expectation: make.reliability(), perception: make.reliability(), gap: make.reliability() }
      : three
        ? { minimum: make.reliability(), desired: make.reliability(), perception: make.reliability() }
        : { perception: make.reliability() },
    overall: servqual ? { gap: make.overall() } : three ? { adequacy: make.overall(), superiority: make.overall() } : { perception: make.overall() },
    importance: make.importance(),
    itemImportance: make.itemImportance(),
    dimensionGroups: grouped ? make.dimensionGroups() : null,
  };
}

/** Whether an instrument's layout has groups above the dimensions (groups of dimensions, or need levels). */
function hasGroups(layout: Layout): boolean {
  return layout.groups.length > 0 || layout.needLevels.length > 0;
}

/** The reliability kind of a mode. */
function reliabilityKind(mode: ReliabilityMode): AccumulatorKind<Layout, ReliabilityMoments, ReliabilityRows | PairwiseReliabilityRows> {
  return mode === 'pairwise' ? pairwiseReliability : reliability;
}

/** Empty parts of a shape. */
export function makeParts(shape: PartsShape): AnalyzerParts {
  const { layout, method, mode } = shape;
  const d = layout.dimensions.length;
  const profile = profileShape(method, shape.outcomes);
  const rel = reliabilityKind(mode);
  const groupsOf = { layout, shape: profile };
  const accumulators = structure(method, hasGroups(layout), {
    comparison: () => comparison.moments(layout),
    zone: () => zone.moments(layout),
    series: () => series.moments(layout),
    reliability: () => rel.moments(layout),
    overall: () => overall.moments(layout),
    importance: () => importance.moments(layout),
    itemImportance: () => itemImportance.moments(layout),
    dimensionGroups: () => dimensionGroups.moments(groupsOf),
  });
  // Object.assign adds the same fields in the same order every time: one hidden class (see structure).
  return Object.assign(accumulators, {
    layout,
    mode,
    quality: new DataQualityLog(shape.maxIssues),
    segments: new Map(shape.by.map((column) => [column, new GroupedMoments(d, profile)])),
    periods: shape.periods ? new GroupedMoments(d, profile) : null,
    undated: tally.moments(),
    itemCovariance: shape.validity === null ? null : itemCovariance.moments(layout),
    outcomes: shape.outcomes ? outcomes.moments() : null,
    bootstrap: shape.bootstrap === null ? null : bootstrap.moments({ layout, method, ...shape.bootstrap }),
  });
}

/**
 * Has the comparisons feed the listwise reliabilities the answers they hold (see ComparisonRows.feed),
 * which are the same answers, so each is held once; the row routes skip a reliability marked `fed`.
 * servqual: E, P and the gaps from the gap comparison; three-column: MIN and P from adequacy, DES
 * from superiority. Pairwise reliability keeps rows of its own.
 */
function feedReliability(
  sums: Structure<ComparisonRows, unknown, unknown, ReliabilityRows | PairwiseReliabilityRows, unknown, unknown, unknown, unknown>,
): void {
  const listwise = (rule: ReliabilityRows | PairwiseReliabilityRows | undefined): rule is ReliabilityRows => rule instanceof ReliabilityRows;
  const { expectation, perception, gap, minimum, desired } = sums.reliability;
  if (sums.gap !== null && listwise(expectation) && listwise(perception) && listwise(gap)) {
    sums.gap.feed(expectation, 'base');
    sums.gap.feed(perception, 'perception');
    sums.gap.feed(gap, 'gap');
  }
  if (sums.adequacy !== null && sums.superiority !== null && listwise(minimum) && listwise(desired) && listwise(perception)) {
    sums.adequacy.feed(minimum, 'base');
    sums.adequacy.feed(perception, 'perception');
    sums.superiority.feed(desired, 'base');
  }
}

/** Empty row rules of a shape: a new block. */
export function makeSums(shape: PartsShape): BlockSums {
  const { layout, method } = shape;
  const d = layout.dimensions.length;
  const profile = profileShape(method, shape.outcomes);
  const rel = reliabilityKind(shape.mode);
  const groupsOf = { layout, shape: profile };
  const sums = structure(method, hasGroups(layout), {
    comparison: () => comparison.rows(layout),
    zone: () => zone.rows(layout),
    series: () => series.rows(layout),
    reliability: () => rel.rows(layout),
    overall: () => overall.rows(layout),
    importance: () => importance.rows(layout),
    itemImportance: () => itemImportance.rows(layout),
    dimensionGroups: () => dimensionGroups.rows(groupsOf),
  });
  feedReliability(sums);
  return Object.assign(sums, {
    segments: new Map(shape.by.map((column) => [column, new GroupedRows(d, profile)])),
    periods: shape.periods ? new GroupedRows(d, profile) : null,
    undated: tally.rows(),
    itemCovariance: shape.validity === null ? null : itemCovariance.rows(layout),
    outcomes: shape.outcomes ? outcomes.rows() : null,
    bootstrap: shape.bootstrap === null ? null : bootstrap.rows({ layout, method, ...shape.bootstrap }),
  });
}

/** The accumulators of a structure in a fixed order: the order of the serialised state. */
function inOrder<T>(s: Structure<T, T, T, T, T, T, T, T>): T[] {
  const out: Array<T | null | undefined> = [
    s.gap,
    s.adequacy,
    s.superiority,
    s.zone,
    s.series.minimum,
    s.series.desired,
    s.series.perception,
    s.reliability.expectation,
    s.reliability.perception,
    s.reliability.gap,
    s.reliability.minimum,
    s.reliability.desired,
    s.overall.gap,
    s.overall.perception,
    s.overall.adequacy,
    s.overall.superiority,
    s.importance,
    s.itemImportance,
    s.dimensionGroups,
  ];
  return out.filter((b): b is T => b !== null && b !== undefined);
}

/**
 * The moments of the parts, in the fixed order of the serialised state (groups apart). The outcome
 * measures, the item covariance and the bootstrap's replicates come last, and only when asked for, so
 * a state without them is what it was before they existed.
 */
export function momentsInOrder(parts: AnalyzerParts): Moments[] {
  const order: Moments[] = [...inOrder<Moments>(parts), parts.undated];
  if (parts.outcomes !== null) order.push(parts.outcomes);
  if (parts.itemCovariance !== null) order.push(parts.itemCovariance);
  if (parts.bootstrap !== null) order.push(parts.bootstrap);
  return order;
}

/** The row rules of a block in the order of {@link momentsInOrder}, each laid out as its moments. */
export function rowsInOrder(sums: BlockSums): RowRule[] {
  const order: RowRule[] = [...inOrder<RowRule>(sums), sums.undated];
  if (sums.outcomes !== null) order.push(sums.outcomes);
  if (sums.itemCovariance !== null) order.push(sums.itemCovariance);
  if (sums.bootstrap !== null) order.push(sums.bootstrap);
  return order;
}

/** Adds the rows that row rules of the block hold back (see RowRule.flush): before its sums are read. */
export function flushRows(block: BlockSums): void {
  for (const rule of rowsInOrder(block)) rule.flush?.();
}

/** Merges parts `b` into `a` of the same shape. */
export function mergeParts(a: AnalyzerParts, b: AnalyzerParts): void {
  const mb = momentsInOrder(b);
  momentsInOrder(a).forEach((m, i) => {
    const from = (mb[i] as Moments).parts;
    m.parts.forEach((part, p) => part.merge(from[p] as CoMoments));
  });
  a.quality.merge(b.quality);
  for (const [column, g] of b.segments) a.segments.get(column)?.merge(g);
  if (b.periods !== null) a.periods?.merge(b.periods);
}

/** A block's row rules and log as new parts (the block is left as it is). */
export function partsOfBlock(shape: PartsShape, block: BlockSums, log: DataQualityLog): AnalyzerParts {
  const out = makeParts(shape);
  out.quality.merge(log);
  const targets = momentsInOrder(out);
  flushRows(block);
  rowsInOrder(block).forEach((r, i) => r.sums.mergeInto((targets[i] as Moments).parts));
  for (const [column, g] of block.segments) g.mergeInto(out.segments.get(column) as GroupedMoments);
  if (block.periods !== null && out.periods !== null) block.periods.mergeInto(out.periods);
  return out;
}
