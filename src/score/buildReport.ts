import type { Instrument } from '../instrument/schema.js';
import { fixed } from '../_lib/format.js';
import { prioritize, type PrioritizeOptions } from '../prioritize/prioritize.js';
import type { Method } from '../data/method.js';
import type { CoMoments } from '../stats/CoMoments.js';
import type { PAdjustMethod } from '../stats/adjustPValues.js';
import { oneSample, pairedTest, statOf, withAdjusted } from './momentStats.js';
import { headline, periodReports, segmentReports, trendOf } from './groupReports.js';
import { periodIndex, type PeriodUnit } from '../data/period.js';
import { undatedWarning } from '../data/undatedWarning.js';
import { DEFAULTS } from '../defaults.js';
import { MAX_SEGMENTS, SEGMENTS_SHOWN } from './readableSegments.js';
import type { GroupedMoments } from './groups.js';
import type { GroupMoments } from './accumulators/group.js';
import type { Stat, TestedStat } from '../stats/types.js';
import type { ComparisonMoments } from './accumulators/comparison.js';
import type { DimensionGroupsMoments } from './accumulators/dimensionGroups.js';
import type { Layout, ScoreSet } from './layout.js';
import type { OverallMoments } from './accumulators/overall.js';
import type { ReliabilityMoments } from './accumulators/reliability.js';
import type { AnalyzerParts } from './AnalyzerParts.js';
import type { OutcomeColumns } from '../instrument/outcomeColumnsOf.js';
import { outcomesReport, type OutcomeName } from './outcomesReport.js';
import type { ReliabilityMode } from './Analyzer.js';
import type { ValidityScale } from '../report/ValiditySchema.js';
import { discriminantWarnings, measurementValidity } from '../validity/measurementValidity.js';
import { withBootstrap } from './bootstrapReport.js';
import {
  REPORT_SCHEMA_VERSION,
  type DimensionGroupReport,
  type DimensionReliability,
  type NeedLevelReport,
  type DimensionReport,
  type ItemReport,
  type Measures,
  type OverallReport,
  type OverallScore,
  type Report,
  type ReportWarning,
  type SegmentReport,
  type Trend,
  type Zone,
  type ZoneReport,
} from '../report/types.js';

/** Options that shape the report. */
export interface ReportOptions extends PrioritizeOptions {
  minItemsAnswered: number | null;
  pAdjust: PAdjustMethod;
  alphaThreshold: number;
  reliability: ReliabilityMode;
  minSegmentSize: number;
  period: PeriodUnit | undefined;
  dateColumn: string | null;
  /** Which answers measurement validity reads, or `null`. */
  validity: ValidityScale | null;
  /** The instrument's outcome columns, or `null` (then the report has no `outcomes`). */
  outcomes?: OutcomeColumns | null | undefined;
  /** The outcome standing for overall satisfaction in driver importance, or `null`. */
  outcome?: OutcomeName | null | undefined;
  /** The bootstrap's replicates and seed, or `null` (then the report has no `bootstrap` and no intervals of it). */
  bootstrap?: { replicates: number; seed: number } | null | undefined;
}

function zoneOf(m: CoMoments, inversions?: number): ZoneReport {
  const n = m.n;
  const [lo, hi, p] = n === 0 ? [null, null, null] : [m.mean[0] as number, m.mean[1] as number, m.mean[2] as number];
  // A perception mean equal to a bound counts as within; "equal" allows for rounding (1e-10 relative),
  // so the zone cannot flip with the order in which shards were merged.
  const tol = (x: number): number => 1e-10 * Math.max(1, Math.abs(x));
  const zone: Zone | null = lo === null || hi === null || p === null ? null : p < lo - tol(lo) ? 'below' : p > hi + tol(hi) ? 'above' : 'within';
  return { n, minimum: lo, desired: hi, perception: p, zone, ...(inversions === undefined ? {} : { inversions }) };
}

function overallOf<S extends Stat>(acc: OverallMoments, score: (m: CoMoments) => S): OverallScore<S> {
  return {
    n: acc.unweighted.n,
    unweighted: score(acc.unweighted),
    weighted: score(acc.weighted),
    weights: { respondent: acc.respondent.n, instrument: acc.instrument.n, equal: acc.equal.n },
  };
}

/** Turns accumulated moments into the report. Pure: calling it twice gives equal reports. */
export function buildReport(instrument: Instrument, method: Method, parts: AnalyzerParts, options: ReportOptions): Report {
  const { layout } = parts;
  const adjust = (tests: TestedStat[]): TestedStat[] => withAdjusted(tests, options.pAdjust);

  // Families of tests: each comparison's items, and its dimensions, are adjusted together.
  const testsOf = (acc: ComparisonMoments | null) =>
    acc === null ? null : { item: adjust(acc.item.map(pairedTest)), dimension: adjust(acc.dimension.map(pairedTest)) };
  const gap = testsOf(parts.gap);
  const adequacy = testsOf(parts.adequacy);
  const superiority = testsOf(parts.superiority);

  /** The measures of item or dimension `index`: every accumulator holds both levels alike. */
  const measuresAt = (level: 'item' | 'dimension', index: number): Measures => {
    const at = (list: CoMoments[]): CoMoments => list[index] as CoMoments;
    const out: Measures = { perception: { n: 0, mean: null, sd: null } };
    if (parts.gap !== null && gap !== null) {
      out.expectation = statOf(at(parts.gap[level]), 0);
      out.perception = statOf(at(parts.gap[level]), 1);
      out.gap = gap[level][index] as TestedStat;
    }
    const { perception, minimum, desired } = parts.series;
    if (perception !== undefined) out.perception = statOf(at(perception[level]));
    if (minimum !== undefined) out.minimum = statOf(at(minimum[level]));
    if (desired !== undefined) out.desired = statOf(at(desired[level]));
    if (adequacy !== null) out.adequacy = adequacy[level][index] as TestedStat;
    if (superiority !== null) out.superiority = superiority[level][index] as TestedStat;
    if (parts.zone !== null) out.zone = zoneOf(at(parts.zone[level]), level === 'item' ? at(parts.zone.inversions).n : undefined);
    return inReadingOrder(out);
  };

  const texts = new Map(instrument.dimensions.flatMap((d) => d.items.map((item) => [item.id, item.text] as const)));
  const items: ItemReport[] = layout.itemIds.map((id, i) => {
    const text = texts.get(id);
    return { id, dimension: layout.itemDimension[i] ?? '', ...(text === undefined ? {} : { text }), ...measuresAt('item', i) };
  });

  const dimensions: Array<Omit<DimensionReport, 'importance' | 'quadrant'>> = layout.dimensions.map((d, j) => {
    const ids = layout.itemIds.slice(d.start, d.end);
    const rel = (acc: ReliabilityMoments | undefined) => acc?.of(j, ids);
    const reliability: DimensionReliability = {};
    for (const key of ['expectation', 'perception', 'gap', 'minimum', 'desired'] as const) {
      const r = rel(parts.reliability[key]);
      if (r !== undefined) reliability[key] = r;
    }
    return { id: d.id, name: instrument.dimensions[j]?.name ?? { en: d.id }, ...measuresAt('dimension', j), reliability };
  });
  const ii = parts.itemImportance;
  const ranked = prioritize({ method, dimensions, items }, instrument, { ...parts.importance, itemStated: ii.stated, itemDrivers: ii.drivers }, options);
  ranked.itemImportance.forEach((importance, i) => {
    if (importance !== null) (items[i] as ItemReport).importance = importance;
  });
  const segments =
    parts.segments.size === 0
      ? null
      : Object.fromEntries(
          [...parts.segments].map(([column, g]) => [column, segmentReports(g, method, layout, { pAdjust: options.pAdjust, minSize: options.minSegmentSize })]),
        );
  const periods = parts.periods === null || options.period === undefined ? null : periodReports(parts.periods, method, layout, options.period, options.pAdjust);
  const trends = parts.periods === null || options.period === undefined ? null : trendsOf(parts.periods, options.period, method, layout.dimensions.length);
  const withImportance: DimensionReport[] = dimensions.map((d, j) => ({
    ...d,
    importance: ranked.importance[j] as DimensionReport['importance'],
    quadrant: ranked.quadrants[j] ?? null,
    ...(trends === null ? {} : { trend: trends[j] as Trend }),
  }));

  let overall: OverallReport;
  const o = parts.overall;
  if (o.gap !== undefined) overall = overallOf(o.gap, oneSample);
  else if (o.perception !== undefined) overall = overallOf(o.perception, (m) => statOf(m));
  else overall = { adequacy: overallOf(o.adequacy as OverallMoments, oneSample), superiority: overallOf(o.superiority as OverallMoments, oneSample) };

  const inversions = parts.zone === null ? 0 : parts.zone.inversions.reduce((s, m) => s + m.n, 0);
  const validity =
    parts.itemCovariance === null || options.validity === null
      ? null
      : measurementValidity(
          parts.itemCovariance.items,
          instrument.dimensions.map((d) => ({ id: d.id, name: d.name, items: d.items.map((item) => item.id) })),
          options.validity,
        );
  // The method's report: its accumulators (AnalyzerParts) hold exactly its measures, so the fields
  // are those of its variant of the union; the tests parse every fixture's report with ReportSchema.
  const report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    instrument: { id: instrument.id, name: instrument.name, scale: { min: instrument.scale.min, max: instrument.scale.max } },
    method,
    options: {
      minItemsAnswered: options.minItemsAnswered,
      pAdjust: options.pAdjust,
      alphaThreshold: options.alphaThreshold,
      reliability: options.reliability,
      by: [...parts.segments.keys()],
      minSegmentSize: options.minSegmentSize,
      period: options.period ?? null,
      dateColumn: options.dateColumn,
    },
    sample: parts.quality.summary(),
    dataQuality: { issues: parts.quality.issues.slice(), issuesTotal: parts.quality.issuesTotal, inversions, undated: parts.undated.rows.n },
    items,
    dimensions: withImportance,
    overall,
    drivers: ranked.drivers,
    itemDrivers: ranked.itemDrivers,
    ipa: ranked.ipa,
    priorities: ranked.priorities,
    segments,
    periods,
    warnings: [
      ...warningsOf(withImportance, items, options.alphaThreshold),
      ...segmentWarnings(segments),
      ...undatedWarnings(parts, options),
      ...(validity === null ? [] : discriminantWarnings(validity, instrument)),
    ],
    ...(options.outcomes === null || options.outcomes === undefined || parts.outcomes === null
      ? {}
      : { outcomes: outcomesReport(parts, options.outcomes, options.outcome ?? null, options.period) }),
    ...(validity === null ? {} : { validity }),
    ...groupsAboveDimensions(instrument, method, layout, parts.dimensionGroups, options.pAdjust),
  } as Report;
  return parts.bootstrap === null || options.bootstrap === null || options.bootstrap === undefined
    ? report
    : withBootstrap(report, instrument, parts.bootstrap, options.bootstrap, options);
}

/** The warning of a date column that left more than a small share of the rows out of the periods. */
function undatedWarnings(parts: AnalyzerParts, options: ReportOptions): ReportWarning[] {
  if (options.period === undefined || options.dateColumn === null) return [];
  const issues = parts.quality.issues;
  const warning = undatedWarning({
    column: options.dateColumn,
    used: parts.quality.used,
    undated: parts.undated.rows.n,
    issues,
    maxShare: DEFAULTS.maxUndatedShare,
  });
  return warning === null ? [] : [warning];
}

/**
 * The instrument's groups of dimensions and its need levels, each set's measures read from its slots
 * as a dimension's are from a comparison or series; the groups are one family of tests, the levels another.
 */
function groupsAboveDimensions(
  instrument: Instrument,
  method: Method,
  layout: Layout,
  acc: DimensionGroupsMoments | null,
  pAdjust: PAdjustMethod,
): { groups?: DimensionGroupReport[]; needLevels?: NeedLevelReport[] } {
  if (acc === null) return {};
  const blocks = method === 'three-column' ? 2 : 1;
  const measuresOf = (sets: readonly ScoreSet[], first: number): Measures[] => {
    const slot = (s: number, b: number): CoMoments => acc.set[(first + s) * blocks + b] as CoMoments;
    if (method === 'servperf') return sets.map((_, s) => ({ perception: statOf(slot(s, 0)) }));
    const a = withAdjusted(
      sets.map((_, s) => pairedTest(slot(s, 0))),
      pAdjust,
    );
    if (method === 'servqual') return sets.map((_, s) => ({ expectation: statOf(slot(s, 0), 0), perception: statOf(slot(s, 0), 1), gap: a[s] as TestedStat }));
    const b = withAdjusted(
      sets.map((_, s) => pairedTest(slot(s, 1))),
      pAdjust,
    );
    return sets.map((_, s) => ({
      minimum: statOf(slot(s, 0), 0),
      desired: statOf(slot(s, 1), 0),
      perception: statOf(slot(s, 0), 1),
      adequacy: a[s] as TestedStat,
      superiority: b[s] as TestedStat,
    }));
  };
  const out: { groups?: DimensionGroupReport[]; needLevels?: NeedLevelReport[] } = {};
  const declared = instrument.groups ?? [];
  if (declared.length > 0) {
    const m = measuresOf(layout.groups, 0);
    out.groups = declared.map((g, s) => ({ id: g.id, name: g.name, dimensions: g.dimensions.slice(), ...inReadingOrder(m[s] as Measures) }));
  }
  if (layout.needLevels.length > 0) {
    const m = measuresOf(layout.needLevels, layout.groups.length);
    out.needLevels = layout.needLevels.map((set, s) => ({
      level: set.id,
      dimensions: instrument.dimensions.filter((d) => d.needLevel === set.id).map((d) => d.id),
      items: set.members.map((i) => layout.itemIds[i] as string),
      ...inReadingOrder(m[s] as Measures),
    }));
  }
  return out;
}

/** Each dimension's trend: its headline mean per period, in calendar order. */
function trendsOf(periods: GroupedMoments, unit: PeriodUnit, method: Method, dimensions: number): Trend[] {
  const points = periods
    .keys()
    .map((label) => ({ index: periodIndex(label, unit), group: periods.groups.get(label) as GroupMoments }))
    .sort((a, b) => a.index - b.index);
  return Array.from({ length: dimensions }, (_, j) =>
    trendOf(points.map((p) => ({ index: p.index, mean: headline(method, p.group.blocks[j * periods.shape.blocks] as CoMoments).mean }))),
  );
}

const MEASURE_ORDER: ReadonlyArray<keyof Measures> = ['expectation', 'minimum', 'desired', 'perception', 'gap', 'adequacy', 'superiority', 'zone'];

/** The same measures with keys in reading order (E before P before the gap), for the JSON. */
function inReadingOrder(m: Measures): Measures {
  const out: Record<string, unknown> = {};
  for (const key of MEASURE_ORDER) if (m[key] !== undefined) out[key] = m[key];
  return out as unknown as Measures;
}

/** A warning per `by` column with more than MAX_SEGMENTS values. */
function segmentWarnings(segments: Record<string, SegmentReport[]> | null): ReportWarning[] {
  return Object.entries(segments ?? {})
    .filter(([, list]) => list.length > MAX_SEGMENTS)
    .map(([column, list]) => ({
      code: 'MANY_SEGMENTS',
      message: {
        en: `${column}: ${list.length} segments, more than ${MAX_SEGMENTS}; the Markdown and HTML reports show the ${SEGMENTS_SHOWN} highest and ${SEGMENTS_SHOWN} lowest by overall score`,
        zh: `${column}：共 ${list.length} 个群体，超过 ${MAX_SEGMENTS} 个；Markdown 和 HTML 报告按总体得分只列出最高和最低的各 ${SEGMENTS_SHOWN} 个`,
      },
    }));
}

const SCALE_ZH: Record<keyof DimensionReliability, string> = { expectation: '期望', perception: '感知', gap: '差距', minimum: '最低水平', desired: '期望水平' };

function warningsOf(dimensions: DimensionReport[], items: ItemReport[], threshold: number): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  for (const d of dimensions) {
    for (const [scale, r] of Object.entries(d.reliability) as Array<[keyof DimensionReliability, DimensionReport['reliability'][keyof DimensionReliability]]>) {
      if (r === undefined) continue;
      if (r.alpha !== null && r.alpha < threshold) {
        warnings.push({
          code: 'LOW_ALPHA',
          dimension: d.id,
          scale,
          message: {
            en: `${d.name.en} (${scale}): alpha ${fixed(r.alpha, 3)} is below ${threshold}`,
            zh: `${d.name.zh ?? d.name.en}（${SCALE_ZH[scale]}）：α = ${fixed(r.alpha, 3)}，低于 ${threshold}`,
          },
        });
      }
      for (const item of r.items) {
        if (item.rDrop !== null && item.rDrop < 0) {
          warnings.push({
            code: 'NEGATIVE_R_DROP',
            dimension: d.id,
            item: item.id,
            scale,
            message: {
              en: `${d.name.en} (${scale}): item ${item.id} correlates negatively with the rest of its dimension (r.drop ${fixed(item.rDrop, 3)}); should it be reverse-keyed?`,
              zh: `${d.name.zh ?? d.name.en}（${SCALE_ZH[scale]}）：第 ${item.id} 项与该维度其余题项负相关（r.drop = ${fixed(item.rDrop, 3)}），是否应反向计分？`,
            },
          });
        }
      }
    }
  }
  for (const item of items) {
    const inv = item.zone?.inversions ?? 0;
    if (inv > 0) {
      warnings.push({
        code: 'INVERSIONS',
        item: item.id,
        message: {
          en: `item ${item.id}: ${inv} answer${inv === 1 ? '' : 's'} with minimum above desired, left out of the zone of tolerance`,
          zh: `第 ${item.id} 项：${inv} 个回答的最低水平高于期望水平，未计入容忍区间`,
        },
      });
    }
  }
  return warnings;
}
