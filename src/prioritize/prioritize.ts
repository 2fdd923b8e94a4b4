import { ServqualError } from '../errors.js';
import type { Instrument, BilingualText, LocalizedText, NeedLevel } from '../instrument/schema.js';
import type {
  Importance,
  ImportanceSource,
  IpaSettings,
  ItemDrivers,
  ItemImportance,
  ItemReport,
  Measures,
  Priority,
  Quadrant,
  Report,
} from '../report/types.js';
import type { CoMoments } from '../stats/CoMoments.js';
import { causesOf, type GapEvidence } from '../gapModel/causesOf.js';
import { actionOf, significantSign } from './actionOf.js';
import { driverImportance } from './driverImportance.js';
import { ipaQuadrant } from './ipaQuadrant.js';
import { needLevelSentence, reasonSentence } from './reasons.js';

/** A dimension's scores before importance is added. */
export type ScoredDimension = Measures & { id: string; name: LocalizedText };

/** Options of importance, IPA and priorities. */
export interface PrioritizeOptions {
  /**
   * Importance used for IPA and priorities: `stated` (mean 100-point allocation), `derived` (Johnson's
   * relative weights on overall satisfaction), `equal`, `instrument` (the instrument's default
   * dimension weights, as shares of their sum), or `auto` (default): stated where the data has
   * allocations, else derived where it has an overall column, else equal.
   */
  importance?: 'auto' | ImportanceSource | undefined;
  /** IPA performance axis: `perception` (default) or `gap` (P − E; for three-column P − DES). */
  ipaPerformance?: 'perception' | 'gap' | undefined;
  /** IPA crosshairs: at the data means (default), the scale midpoint and equal importance, or given values. */
  ipaCrosshairs?: 'mean' | 'midpoint' | { performance: number; importance: number } | undefined;
  /** A shortfall counts only when its adjusted p is below this. Default 0.05. */
  significance?: number | undefined;
  /**
   * Derive item importance (Johnson's relative weights of the item perceptions on overall
   * satisfaction) even without item-importance columns. It costs a K+1-variable co-moment update per
   * row, so it is off by default; with item-importance columns it is always computed.
   */
  itemDrivers?: boolean | undefined;
  /** What a five-gap diagnosis measured (see `gapEvidenceOf`): orders the causes by evidence. */
  gapEvidence?: GapEvidence | null | undefined;
}

/** The moments importance is computed from. */
export interface ImportanceInputs {
  /** Co-moments of the respondents' 100-point weights, one variable per dimension. */
  stated: CoMoments;
  /** Co-moments of [overall, perception dimension scores…]. */
  drivers: CoMoments;
  /** Per item, its importance rating (one variable each); empty without item-importance columns. */
  itemStated: readonly CoMoments[];
  /** Co-moments of [overall, item perceptions…] over respondents with all of them (n = 0 when not accumulated). */
  itemDrivers: CoMoments | null;
}

/** What prioritizing adds to a report. */
export interface PrioritizeResult {
  importance: Importance[];
  quadrants: Array<Quadrant | null>;
  drivers: { n: number; r2: number | null } | null;
  itemImportance: Array<ItemImportance | null>;
  itemDrivers: ItemDrivers;
  ipa: IpaSettings;
  priorities: Priority[];
}

/** Derived item importance needs at least this many complete respondents per item. */
export const ITEM_DRIVERS_PER_ITEM = 10;

/**
 * Importance, Martilla & James (1977) IPA quadrants, the verdict on each dimension and item, and the
 * ranked priorities of a report.
 *
 * Priority index = importance share × shortfall, where shortfall = −gap when the gap is negative and
 * significant after adjustment, else 0 (servqual); for three-column data −adequacy when below the
 * minimum, else −superiority; for servperf the scale maximum − perception. The verdict (`action`, see
 * {@link actionOf}) comes first in the ranking, after one tier above it: a shortfall on a basic or
 * expected need (an instrument's `needLevel`) ranks before every other, since one failed basic need
 * undoes the rest ("100 − 1 = 0"), and its reason says so. Then three-column's below-the-minimum, fix, improve,
 * and last maintain and reconsider; within each, score (highest first), gap (most negative first), then
 * instrument order, so ties resolve the same way every time. An item's share is its own (the
 * item-importance questionnaire) where the data has one, else its dimension's divided by the
 * dimension's item count. With equal importance the IPA grid is degenerate: every quadrant is `null`.
 *
 * @throws {ServqualError} `E_INVALID_OPTION` "importance \"stated\" needs 100-point weight columns (W_*) with answers",
 *   "importance \"derived\" needs an overall-satisfaction column and enough complete respondents (more than dimensions + 1)",
 *   or "the gap-based IPA needs expectations (servqual) or desired levels (three-column)".
 */
export function prioritize(
  report: { method: Report['method']; dimensions: ReadonlyArray<ScoredDimension>; items: readonly ItemReport[] },
  instrument: Instrument,
  moments: ImportanceInputs,
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
  const defaultWeights = instrument.dimensions.map((d) => d.weight);
  if (source === 'instrument' && defaultWeights.some((w) => w === undefined))
    throw new ServqualError(
      'E_INVALID_OPTION',
      `importance "instrument" needs the instrument's default weights ("weight" on every dimension); ${instrument.id} has none`,
    );
  if (source === 'derived' && (derived === null || derived.r2 === null || !(derived.r2 > 0))) {
    throw new ServqualError(
      'E_INVALID_OPTION',
      'importance "derived" needs an overall-satisfaction column and enough complete respondents (more than dimensions + 1)',
    );
  }
  const equal = source === 'equal';
  const shares = dims.map((_, j) => {
    if (source === 'stated') return (stated[j] as number) / 100;
    if (source === 'derived') return derived?.drivers[j]?.relativeWeightShare ?? 0;
    // The defaults sum to 100 ± 1 (defineInstrument): divided by their sum, the shares sum to 1.
    if (source === 'instrument') return (defaultWeights[j] ?? 0) / defaultWeights.reduce((s: number, w) => s + (w ?? 0), 0);
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

  const items = itemImportanceOf(report.items.length, moments, derived !== null, options.itemDrivers === true);

  // IPA
  const axis = options.ipaPerformance ?? 'perception';
  if (axis === 'gap' && report.method === 'servperf')
    throw new ServqualError('E_INVALID_OPTION', 'the gap-based IPA needs expectations (servqual) or desired levels (three-column)');
  const performanceOf = (m: Measures): number | null =>
    axis === 'perception' ? m.perception.mean : report.method === 'three-column' ? (m.superiority?.mean ?? null) : (m.gap?.mean ?? null);
  const placement = options.ipaCrosshairs ?? 'mean';
  const crosshairsOf = (performance: ReadonlyArray<number | null>, levelShares: readonly number[], count: number) => {
    const known = performance.filter((x): x is number => x !== null);
    return typeof placement === 'object'
      ? { ...placement, placement: 'given' as const }
      : placement === 'midpoint'
        ? { performance: axis === 'gap' ? 0 : (instrument.scale.min + instrument.scale.max) / 2, importance: 1 / count, placement }
        : { performance: known.reduce((s, x) => s + x, 0) / Math.max(1, known.length), importance: levelShares.reduce((s, x) => s + x, 0) / count, placement };
  };
  const performance = dims.map(performanceOf);
  const crosshairs = crosshairsOf(performance, shares, D);
  // Every quadrant is computed (SERVPERF's verdict rests on it); the report shows none when importance is equal.
  const quadrantsOf = (perf: ReadonlyArray<number | null>, levelShares: readonly number[], c: { performance: number; importance: number }) =>
    perf.map((p, j) => (p === null || p === undefined ? null : ipaQuadrant({ performance: p, importance: levelShares[j] as number }, c)));
  const computed = quadrantsOf(performance, shares, crosshairs);
  const quadrants = computed.map((q) => (equal ? null : q));

  // Items: their own shares where the data has item importance, else their dimension's over its item count.
  const itemCount = new Map(instrument.dimensions.map((d) => [d.id, d.items.length]));
  const dimIndex = new Map(dims.map((d, j) => [d.id, j]));
  const ownShares = items.stated ? items.importance.map((x) => x?.share ?? 0) : null;
  const itemShares = report.items.map(
    (item, i) => ownShares?.[i] ?? (shares[dimIndex.get(item.dimension) ?? 0] as number) / (itemCount.get(item.dimension) ?? 1),
  );
  const itemEqual = ownShares === null && equal;
  const itemPerformance = report.items.map(performanceOf);
  const K = report.items.length;
  // Item shares sum to 1 like dimension shares, so the importance crosshair of items is 1/K.
  // Without item importance an item's quadrant (used, not shown: SERVPERF's verdict) takes its
  // dimension's share against the dimensions' crosshair, as its verdict does.
  const itemDimShares = report.items.map((item) => shares[dimIndex.get(item.dimension) ?? 0] as number);
  const itemImportanceAxis = ownShares === null ? { shares: itemDimShares, crosshair: crosshairs.importance } : { shares: itemShares, crosshair: 1 / K };
  const itemCross =
    typeof placement === 'object'
      ? { performance: placement.performance, importance: itemImportanceAxis.crosshair }
      : { ...crosshairsOf(itemPerformance, itemShares, K), importance: itemImportanceAxis.crosshair };
  const itemComputed = quadrantsOf(itemPerformance, itemImportanceAxis.shares, itemCross);

  const alpha = options.significance ?? 0.05;
  const meanOf = (xs: ReadonlyArray<number | null>): number | null => {
    const known = xs.filter((x): x is number => x !== null);
    return known.length === 0 ? null : known.reduce((s, x) => s + x, 0) / known.length;
  };
  const meanShare = shares.reduce((s, x) => s + x, 0) / D;
  const meanItemShare = itemShares.reduce((s, x) => s + x, 0) / Math.max(1, K);
  const dimPerception = meanOf(dims.map((d) => d.perception.mean));
  const itemPerception = meanOf(report.items.map((i) => i.perception.mean));
  const texts = new Map(instrument.dimensions.flatMap((d) => d.items.map((it) => [it.id, it.text] as const)));

  const entry = (
    level: 'dimension' | 'item',
    m: ScoredDimension | ItemReport,
    at: {
      share: number;
      meanShare: number;
      equal: boolean;
      quadrant: Quadrant | null;
      shown: Quadrant | null;
      meanPerception: number | null;
      source: ImportanceSource | 'item';
      dimensionShare?: number;
    },
    order: number,
    name: BilingualText,
    needLevel: NeedLevel | undefined,
  ) => {
    const { shortfall, gapMean } = shortfallOf(report.method, m, alpha, instrument.scale.max);
    // An item without importance of its own is judged by its dimension's share against the dimensions' mean.
    const action = actionOf({
      method: report.method,
      measures: m,
      share: at.dimensionShare ?? at.share,
      meanShare: at.meanShare,
      equal: at.equal,
      quadrant: at.quadrant,
      meanPerception: at.meanPerception,
      alpha,
    });
    const belowMinimum = report.method === 'three-column' && significantSign(m.adequacy, alpha) < 0;
    // A shortfall on a basic or expected need ranks before every other ("100 − 1 = 0"): SERVPERF, which
    // has no test, counts the verdicts fix and improve (rated below average) as its shortfalls.
    const failed = report.method === 'servperf' ? action === 'fix' || action === 'improve' : shortfall > 0;
    const needFailed = failed && (needLevel === 'basic' || needLevel === 'expected');
    const reason = reasonSentence({
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
      share: at.dimensionShare ?? at.share,
      source: at.source,
      ...(at.dimensionShare === undefined ? {} : { ofDimension: true }),
      action,
      belowMinimum,
    });
    const needText = needFailed && needLevel !== undefined ? needLevelSentence(needLevel) : null;
    return {
      order,
      needTier: needFailed ? 0 : 1,
      tier: belowMinimum ? 0 : ACTION_TIER[action],
      gapMean,
      priority: {
        rank: 0,
        level,
        id: m.id,
        ...(level === 'item' ? { dimension: (m as ItemReport).dimension } : {}),
        score: at.share * shortfall,
        shortfall,
        importance: at.share,
        quadrant: at.shown,
        ...(report.method === 'three-column' ? { zone: m.zone?.zone ?? null } : {}),
        action,
        reason: needText === null ? reason : { en: `${reason.en} ${needText.en}`, zh: `${reason.zh}${needText.zh}` },
        ...(needLevel === undefined ? {} : { needLevel }),
      } satisfies Priority as Priority,
    };
  };
  const full = (t: LocalizedText): BilingualText => ({ en: t.en, zh: t.zh ?? t.en });
  // The level of need each dimension and item meets (an item's own, else its dimension's), where declared.
  const dimensionLevels = new Map(instrument.dimensions.flatMap((d) => (d.needLevel === undefined ? [] : [[d.id, d.needLevel] as const])));
  const itemLevels = new Map(
    instrument.dimensions.flatMap((d) => d.items.flatMap((it) => (it.needLevel === undefined ? [] : [[it.id, it.needLevel] as const]))),
  );

  const dimEntries = dims.map((d, j) =>
    entry(
      'dimension',
      d,
      { share: shares[j] as number, meanShare, equal, quadrant: computed[j] ?? null, shown: quadrants[j] ?? null, meanPerception: dimPerception, source },
      j,
      full(d.name),
      dimensionLevels.get(d.id),
    ),
  );
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const itemEntries = report.items.map((item, i) => {
    const dimName = full(names.get(item.dimension) ?? { en: item.dimension });
    const wording = texts.get(item.id);
    const name =
      wording === undefined
        ? { en: `Item ${item.id} (${dimName.en})`, zh: `第 ${item.id} 项（${dimName.zh}）` }
        : { en: `Item ${item.id} “${wording.en}” (${dimName.en})`, zh: `第 ${item.id} 项“${wording.zh ?? wording.en}”（${dimName.zh}）` };
    const q = itemComputed[i] ?? null;
    return entry(
      'item',
      item,
      {
        share: itemShares[i] as number,
        meanShare: ownShares === null ? meanShare : meanItemShare,
        equal: itemEqual,
        quadrant: q,
        shown: ownShares === null ? null : q,
        meanPerception: itemPerception,
        source: ownShares === null ? source : 'item',
        ...(ownShares === null ? { dimensionShare: shares[dimIndex.get(item.dimension) ?? 0] as number } : {}),
      },
      i,
      name,
      itemLevels.get(item.id) ?? dimensionLevels.get(item.dimension),
    );
  });

  // Keys are compared at 1e-10: scores and gaps equal in exact arithmetic can differ by 1e-16 with
  // the order rows were added in, and must still tie (and fall back to instrument order).
  const q = (x: number): number => Math.round(x * 1e10);
  const ranked = (list: typeof dimEntries): Priority[] =>
    list
      .slice()
      .sort(
        (a, b) => a.needTier - b.needTier || a.tier - b.tier || q(b.priority.score) - q(a.priority.score) || q(a.gapMean) - q(b.gapMean) || a.order - b.order,
      )
      .map((e, r) => ({ ...e.priority, rank: r + 1 }));
  const rankedItems = ranked(itemEntries);

  // Dimensions to fix or improve: their weakest items, and the likely causes with remedies, each
  // remedy given once in the report, under the first (highest-ranked) dimension it applies to.
  const given = new Set<string>();
  const order = new Map(report.items.map((item, i) => [item.id, i]));
  const rankedDims = ranked(dimEntries).map((p) => {
    if (p.action !== 'fix' && p.action !== 'improve') return p;
    // Largest significant shortfall first; three-column: those below the minimum before the rest.
    const below = (id: string): number => (report.method === 'three-column' && significantSign(report.items[order.get(id) ?? 0]?.adequacy, alpha) < 0 ? 0 : 1);
    const weakest = rankedItems
      .filter((x) => x.dimension === p.id && x.shortfall > 0)
      .sort((a, b) => below(a.id) - below(b.id) || q(b.shortfall) - q(a.shortfall) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    return { ...p, weakestItems: weakest.slice(0, 3).map((x) => x.id), causes: causesOf(p.id, options.gapEvidence ?? null, given) };
  });

  return {
    importance,
    quadrants,
    drivers: derived === null ? null : { n: derived.n, r2: derived.r2 },
    itemImportance: items.importance,
    itemDrivers: items.drivers,
    ipa: { importance: source, performance: axis, crosshairs },
    priorities: [...rankedDims, ...rankedItems],
  };
}

const ACTION_TIER = { fix: 1, improve: 2, reconsider: 3, maintain: 3 } as const;

/** Stated and derived item importance, and what to say about derived importance. */
function itemImportanceOf(
  K: number,
  moments: ImportanceInputs,
  hasOverall: boolean,
  asked: boolean,
): { stated: boolean; importance: Array<ItemImportance | null>; drivers: ItemDrivers } {
  const statedMeans = moments.itemStated.map((m) => (m.n > 0 ? (m.mean[0] as number) : null));
  const stated = statedMeans.some((x) => x !== null);
  const sum = statedMeans.reduce<number>((s, x) => s + (x ?? 0), 0);
  const acc = moments.itemDrivers;
  const minN = ITEM_DRIVERS_PER_ITEM * K;
  let note: BilingualText | null = null;
  let weights: ReturnType<typeof driverImportance> | null = null;
  if (!hasOverall) note = { en: 'Derived item importance needs an overall-satisfaction column.', zh: '推导题项重要性需要总体满意度一列。' };
  else if (!stated && !asked) {
    note = {
      en: 'Derived item importance was not asked for (itemDrivers, --item-drivers); it is computed whenever the data has item-importance columns.',
      zh: '未要求推导题项重要性（itemDrivers，--item-drivers）；数据含题项重要性列时总会计算。',
    };
  } else if (acc === null || acc.n < minN) {
    const n = acc?.n ?? 0;
    note = {
      en: `Derived item importance needs at least ${minN} respondents (${ITEM_DRIVERS_PER_ITEM} per item) with overall satisfaction and every item perception; the data has ${n}.`,
      zh: `推导题项重要性需要至少 ${minN} 名（每题 ${ITEM_DRIVERS_PER_ITEM} 名）回答了总体满意度和全部感知题项的受访者；数据中有 ${n} 名。`,
    };
  } else {
    weights = driverImportance(acc);
    if (weights.r2 === null)
      note = {
        en: 'Derived item importance is undefined: an item or overall satisfaction does not vary, or items are collinear.',
        zh: '无法推导题项重要性：某题项或总体满意度没有变化，或题项之间共线。',
      };
  }
  const withWeights = weights !== null && weights.r2 !== null;
  const importance = Array.from({ length: K }, (_, i): ItemImportance | null => {
    if (!stated && !withWeights) return null;
    const mean = statedMeans[i] ?? null;
    const w = withWeights ? weights?.drivers[i] : undefined;
    return {
      stated: mean,
      n: moments.itemStated[i]?.n ?? 0,
      share: mean === null || !(sum > 0) ? null : mean / sum,
      relativeWeight: w?.relativeWeight ?? null,
      relativeWeightShare: w?.relativeWeightShare ?? null,
    };
  });
  return { stated, importance, drivers: { n: acc?.n ?? 0, r2: withWeights ? (weights?.r2 ?? null) : null, note } };
}

/** The shortfall a priority's score multiplies, and the gap that breaks ties (most negative first). */
function shortfallOf(method: Report['method'], m: ScoredDimension | ItemReport, alpha: number, scaleMax: number): { shortfall: number; gapMean: number } {
  const significantShortfall = (t: Measures['gap']): number => (significantSign(t, alpha) < 0 ? -(t?.mean as number) : 0);
  if (method === 'servqual') {
    return { shortfall: significantShortfall(m.gap), gapMean: m.gap?.mean ?? 0 };
  }
  if (method === 'three-column') {
    const below = significantShortfall(m.adequacy);
    if (below > 0) return { shortfall: below, gapMean: m.adequacy?.mean ?? 0 };
    return { shortfall: significantShortfall(m.superiority), gapMean: m.superiority?.mean ?? 0 };
  }
  const p = m.perception.mean;
  return { shortfall: p === null ? 0 : Math.max(0, scaleMax - p), gapMean: p === null ? 0 : p - scaleMax };
}
