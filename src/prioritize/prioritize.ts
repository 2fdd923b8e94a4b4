import { ServqualError } from '../errors.js';
import type { Instrument, BilingualText, LocalizedText } from '../instrument/schema.js';
import type { Importance, ImportanceSource, IpaSettings, ItemReport, Measures, Priority, Quadrant, Report } from '../report/types.js';

/** A dimension's scores before importance is added. */
export type ScoredDimension = Measures & { id: string; name: LocalizedText };
import type { CoMoments } from '../stats/CoMoments.js';
import type { TestedStat } from '../stats/types.js';
import { driverImportance } from './driverImportance.js';
import { ipaQuadrant } from './ipaQuadrant.js';
import { reasonSentence } from './reasons.js';

/** Options of importance, IPA and priorities. */
export interface PrioritizeOptions {
  /**
   * Importance used for IPA and priorities: `stated` (mean 100-point allocation), `derived` (Johnson's
   * relative weights on overall satisfaction), `equal`, or `auto` (default): stated where the data has
   * allocations, else derived where it has an overall column, else equal.
   */
  importance?: 'auto' | ImportanceSource | undefined;
  /** IPA performance axis: `perception` (default) or `gap` (P − E; for three-column P − DES). */
  ipaPerformance?: 'perception' | 'gap' | undefined;
  /** IPA crosshairs: at the data means (default), the scale midpoint and equal importance, or given values. */
  ipaCrosshairs?: 'mean' | 'midpoint' | { performance: number; importance: number } | undefined;
  /** A shortfall counts only when its adjusted p is below this. Default 0.05. */
  significance?: number | undefined;
}

/** What prioritizing adds to a report. */
export interface PrioritizeResult {
  importance: Importance[];
  quadrants: Array<Quadrant | null>;
  drivers: { n: number; r2: number | null } | null;
  ipa: IpaSettings;
  priorities: Priority[];
}

/**
 * Importance, Martilla & James (1977) IPA quadrants and the ranked priorities of a report.
 *
 * Priority index = importance share × shortfall, where shortfall = −gap when the gap is negative and
 * significant after adjustment, else 0 (servqual); for three-column data a significant shortfall below
 * the minimum (−adequacy) ranks before any shortfall below the desired level (−superiority); for
 * servperf shortfall = scale maximum − perception. An item's share is its dimension's share divided by
 * the dimension's item count. Dimensions and items are ranked separately: by tier, then score
 * (highest first), then gap (most negative first), then instrument order, so ties resolve the same way every time.
 *
 * @param moments - `stated`: co-moments of the respondents' weights, one variable per dimension;
 *   `drivers`: co-moments of [overall, perception dimension scores…]
 */
export function prioritize(
  report: { method: Report['method']; dimensions: ReadonlyArray<ScoredDimension>; items: readonly ItemReport[] },
  instrument: Instrument,
  moments: { stated: CoMoments; drivers: CoMoments },
  options: PrioritizeOptions = {},
): PrioritizeResult {
  const dims = report.dimensions;
  const D = dims.length;
  const derived = moments.drivers.n > 0 ? driverImportance(moments.drivers) : null;
  const statedN = moments.stated.n;
  const stated = dims.map((_, j) => (statedN > 0 ? (moments.stated.mean[j] as number) : null));

  const requested = options.importance ?? 'auto';
  const source: ImportanceSource = requested !== 'auto' ? requested : statedN > 0 ? 'stated' : derived !== null && derived.r2 !== null ? 'derived' : 'equal';
  if (source === 'stated' && statedN === 0)
    throw new ServqualError('E_INVALID_OPTION', 'importance "stated" needs 100-point weight columns (W_*) with answers');
  if (source === 'derived' && (derived === null || derived.r2 === null || !(derived.r2 > 0))) {
    throw new ServqualError(
      'E_INVALID_OPTION',
      'importance "derived" needs an overall-satisfaction column and enough complete respondents (more than dimensions + 1)',
    );
  }
  const shares = dims.map((_, j) => {
    if (source === 'stated') return (stated[j] as number) / 100;
    if (source === 'derived') return derived?.drivers[j]?.relativeWeightShare ?? 0;
    return 1 / D;
  });

  const importance: Importance[] = dims.map((_, j) => {
    const d = derived?.drivers[j];
    return {
      stated: stated[j] ?? null,
      statedN,
      correlation: d === undefined ? null : d.correlation,
      standardizedBeta: d?.standardizedBeta ?? null,
      relativeWeight: d?.relativeWeight ?? null,
      relativeWeightShare: d?.relativeWeightShare ?? null,
      share: shares[j] as number,
    };
  });

  // IPA
  const axis = options.ipaPerformance ?? 'perception';
  if (axis === 'gap' && report.method === 'servperf')
    throw new ServqualError('E_INVALID_OPTION', 'the gap-based IPA needs expectations (servqual) or desired levels (three-column)');
  const performanceOf = (m: ScoredDimension | ItemReport): number | null =>
    axis === 'perception' ? m.perception.mean : report.method === 'three-column' ? (m.superiority?.mean ?? null) : (m.gap?.mean ?? null);
  const performance = dims.map(performanceOf);
  const known = performance.filter((x): x is number => x !== null);
  const placement = options.ipaCrosshairs ?? 'mean';
  const crosshairs =
    typeof placement === 'object'
      ? { ...placement, placement: 'given' as const }
      : placement === 'midpoint'
        ? { performance: axis === 'gap' ? 0 : (instrument.scale.min + instrument.scale.max) / 2, importance: 1 / D, placement }
        : { performance: known.reduce((s, x) => s + x, 0) / Math.max(1, known.length), importance: shares.reduce((s, x) => s + x, 0) / D, placement };
  const quadrants = dims.map((_, j) => {
    const p = performance[j];
    return p === null || p === undefined ? null : ipaQuadrant({ performance: p, importance: shares[j] as number }, crosshairs);
  });

  const alpha = options.significance ?? 0.05;
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const entry = (
    level: 'dimension' | 'item',
    m: ScoredDimension | ItemReport,
    share: number,
    quadrant: Quadrant | null,
    order: number,
    name: BilingualText,
  ) => {
    const { tier, shortfall, gapMean } = shortfallOf(report.method, m, alpha, instrument.scale.max);
    return {
      order,
      tier,
      gapMean,
      priority: {
        rank: 0,
        level,
        id: m.id,
        ...(level === 'item' ? { dimension: (m as ItemReport).dimension } : {}),
        score: share * shortfall,
        shortfall,
        importance: share,
        quadrant,
        ...(report.method === 'three-column' ? { zone: m.zone?.zone ?? null } : {}),
        reason: reasonSentence({
          name,
          method: report.method,
          expectation: m.expectation?.mean ?? null,
          perception: m.perception.mean,
          ...(m.gap === undefined ? {} : { gap: m.gap }),
          minimum: m.minimum?.mean ?? null,
          desired: m.desired?.mean ?? null,
          ...(m.adequacy === undefined ? {} : { adequacy: m.adequacy }),
          ...(m.superiority === undefined ? {} : { superiority: m.superiority }),
          scaleMax: instrument.scale.max,
          share,
          source,
          quadrant,
        }),
      } satisfies Priority,
    };
  };
  const full = (t: LocalizedText): BilingualText => ({ en: t.en, zh: t.zh ?? t.en });

  const dimEntries = dims.map((d, j) => entry('dimension', d, shares[j] as number, quadrants[j] ?? null, j, full(d.name)));
  const itemCount = new Map(instrument.dimensions.map((d) => [d.id, d.items.length]));
  const dimIndex = new Map(dims.map((d, j) => [d.id, j]));
  const itemEntries = report.items.map((item, i) => {
    const j = dimIndex.get(item.dimension) ?? 0;
    const dimName = full(names.get(item.dimension) ?? { en: item.dimension });
    const name = { en: `Item ${item.id} (${dimName.en})`, zh: `第 ${item.id} 项（${dimName.zh}）` };
    return entry('item', item, (shares[j] as number) / (itemCount.get(item.dimension) ?? 1), null, i, name);
  });

  // Keys are compared at 1e-10: scores and gaps equal in exact arithmetic can differ by 1e-16 with
  // the order rows were added in, and must still tie (and fall back to instrument order).
  const q = (x: number): number => Math.round(x * 1e10);
  const ranked = (list: typeof dimEntries): Priority[] =>
    list
      .slice()
      .sort((a, b) => a.tier - b.tier || q(b.priority.score) - q(a.priority.score) || q(a.gapMean) - q(b.gapMean) || a.order - b.order)
      .map((e, r) => ({ ...e.priority, rank: r + 1 }));

  return {
    importance,
    quadrants,
    drivers: derived === null ? null : { n: derived.n, r2: derived.r2 },
    ipa: { importance: source, performance: axis, crosshairs },
    priorities: [...ranked(dimEntries), ...ranked(itemEntries)],
  };
}

/** Tier 0 = below the minimum (three-column), tier 1 = any other shortfall, tier 2 = none. */
function shortfallOf(
  method: Report['method'],
  m: ScoredDimension | ItemReport,
  alpha: number,
  scaleMax: number,
): { tier: number; shortfall: number; gapMean: number } {
  const significantShortfall = (t: TestedStat | undefined): number =>
    t !== undefined && t.mean !== null && t.mean < 0 && t.pAdjusted !== null && t.pAdjusted < alpha ? -t.mean : 0;
  if (method === 'servqual') {
    const s = significantShortfall(m.gap);
    return { tier: s > 0 ? 1 : 2, shortfall: s, gapMean: m.gap?.mean ?? 0 };
  }
  if (method === 'three-column') {
    const below = significantShortfall(m.adequacy);
    if (below > 0) return { tier: 0, shortfall: below, gapMean: m.adequacy?.mean ?? 0 };
    const s = significantShortfall(m.superiority);
    return { tier: s > 0 ? 1 : 2, shortfall: s, gapMean: m.superiority?.mean ?? 0 };
  }
  const p = m.perception.mean;
  const s = p === null ? 0 : Math.max(0, scaleMax - p);
  return { tier: s > 0 ? 1 : 2, shortfall: s, gapMean: p === null ? 0 : p - scaleMax };
}
