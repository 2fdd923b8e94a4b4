import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { OutcomeColumns } from '../instrument/outcomeColumnsOf.js';
import { periodIndex, type PeriodUnit } from '../data/period.js';
import type { CoMoments } from '../stats/CoMoments.js';
import { netPromoterScore } from '../stats/netPromoterScore.js';
import { normalCdf } from '../stats/normalCdf.js';
import { tTestFromMoments } from '../stats/tTestFromMoments.js';
import { twoProportionTest } from '../stats/twoProportionTest.js';
import { UNTESTED, type WaveDifference } from '../stats/WaveDifference.js';
import { welchTTest } from '../stats/welchTTest.js';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import type { CsatEstimate, CsiEstimate, OutcomeMeasures, OutcomesReport } from '../report/OutcomesSchema.js';
import type { GroupMoments } from './accumulators/group.js';
import type { OutcomesMoments } from './accumulators/outcomes.js';
import type { AnalyzerParts } from './AnalyzerParts.js';
import type { GroupedMoments } from './groups.js';
import { statOf } from './momentStats.js';

/** Which outcome stands for overall satisfaction in driver importance. */
export type OutcomeName = 'csi' | 'csat' | 'nps';

/** The outcome slots of a group or of the survey: CSI, CSAT's top-two box, NPS's [promoter, detractor]. */
type OutcomeSlots = readonly [CoMoments, CoMoments, CoMoments];

/** The CSI of a group: the mean index with its t interval (R's `t.test(x)$conf.int`). */
function csiOf(m: CoMoments): CsiEstimate {
  if (m.n === 0) return { n: 0, value: null, ci95: null };
  return { n: m.n, value: m.mean[0] as number, ci95: tTestFromMoments(m.n, m.mean[0] as number, m.variance(0)).ci95 };
}

/** Successes of a 0/1 slot: n·mean, an integer up to rounding. */
const successes = (m: CoMoments): number => Math.round(m.n * (m.mean[0] as number));

/** CSAT of a group: the top-two-box share with its Wilson interval. */
function csatOf(m: CoMoments): CsatEstimate {
  if (m.n === 0) return { n: 0, value: null, ci95: null };
  const x = successes(m);
  return { n: m.n, value: x / m.n, ci95: wilsonInterval(x, m.n) };
}

/** NPS of a group from its [promoter, detractor] slot (shares as counts over n, so they are exact). */
function npsOf(m: CoMoments) {
  if (m.n === 0) return netPromoterScore(0, 0, 0);
  return netPromoterScore(m.n, Math.round(m.n * (m.mean[0] as number)) / m.n, Math.round(m.n * (m.mean[1] as number)) / m.n);
}

/** The measures of a group, those the instrument does not name `null`. */
function measuresOf(slots: OutcomeSlots, columns: OutcomeColumns): OutcomeMeasures {
  const [csi, csat, nps] = slots;
  return {
    csi: columns.csi === null ? null : csiOf(csi),
    csat: columns.csat < 0 ? null : csatOf(csat),
    nps: columns.nps < 0 ? null : npsOf(nps),
  };
}

const slotsOfGroup = (g: GroupMoments): OutcomeSlots => g.outcomes as unknown as OutcomeSlots;

/**
 * The change of each measure from wave `a` to wave `b` (b − a): CSI by Welch's t (R's
 * `t.test(b, a)`), CSAT by the two-proportion z (`prop.test(correct = FALSE)`), NPS as the difference
 * of two independent scores, `SE = √(SE_a² + SE_b²)`, z = difference / SE, interval ± 1.96·SE.
 */
function changeOf(a: OutcomeSlots, b: OutcomeSlots, columns: OutcomeColumns): Pick<NonNullable<OutcomesReport['change']>, 'csi' | 'csat' | 'nps'> {
  let csi: WaveDifference | null = null;
  if (columns.csi !== null) {
    const w = welchTTest(statOf(b[0]), statOf(a[0]));
    const ci95 = w.mean === null || w.se === null || w.df === null ? null : welchInterval(w.mean, w.se, w.df);
    csi = { difference: w.mean, se: w.se, statistic: w.t, df: w.df, p: w.p, ci95 };
  }
  const csat = columns.csat < 0 ? null : twoProportionTest(successes(a[1]), a[1].n, successes(b[1]), b[1].n);
  let nps: WaveDifference | null = null;
  if (columns.nps >= 0) {
    const na = npsOf(a[2]);
    const nb = npsOf(b[2]);
    if (na.value === null || nb.value === null || na.se === null || nb.se === null) nps = { ...UNTESTED };
    else {
      const difference = nb.value - na.value;
      const se = Math.sqrt(na.se * na.se + nb.se * nb.se);
      const statistic = se > 0 ? difference / se : null;
      nps = {
        difference,
        se,
        statistic,
        df: null,
        p: statistic === null ? null : Math.min(1, 2 * normalCdf(-Math.abs(statistic))),
        ci95: [difference - 1.96 * se, difference + 1.96 * se],
      };
    }
  }
  return { csi, csat, nps };
}

/** mean ± t(0.975; df)·se with the Welch–Satterthwaite df: R's `t.test(b, a)$conf.int`. */
function welchInterval(mean: number, se: number, df: number): [number, number] {
  const half = tQuantile(0.975, df) * se;
  return [mean - half, mean + half];
}

/**
 * The `outcomes` block of the survey report: each measure over every respondent who answered it, per
 * segment and per period, and the change between the last two periods.
 *
 * @param parts - the folded parts (with outcome moments)
 * @param columns - the instrument's outcome columns
 * @param driver - the outcome that stood for overall satisfaction, if any
 * @param unit - the period unit, when rows are grouped by period
 */
export function outcomesReport(parts: AnalyzerParts, columns: OutcomeColumns, driver: OutcomeName | null, unit: PeriodUnit | undefined): OutcomesReport {
  const all = parts.outcomes as OutcomesMoments;
  const segments =
    parts.segments.size === 0
      ? null
      : Object.fromEntries(
          [...parts.segments].map(([column, g]) => [
            column,
            g.keys().map((key) => {
              const group = g.groups.get(key) as GroupMoments;
              return { value: key, n: group.rows.n, ...measuresOf(slotsOfGroup(group), columns) };
            }),
          ]),
        );
  const ordered = parts.periods === null || unit === undefined ? null : inCalendarOrder(parts.periods, unit);
  const periods =
    ordered === null ? null : ordered.map(({ label, group }) => ({ period: label, n: group.rows.n, ...measuresOf(slotsOfGroup(group), columns) }));
  const last = ordered?.[ordered.length - 1];
  const before = ordered?.[ordered.length - 2];
  const change =
    last === undefined || before === undefined
      ? null
      : { from: before.label, to: last.label, ...changeOf(slotsOfGroup(before.group), slotsOfGroup(last.group), columns) };
  const names = columns.columns.map((c) => c.name);
  return {
    driver,
    columns: {
      csi: columns.csi === null ? null : names.slice(0, columns.csi.count),
      csat: columns.csat < 0 ? null : (names[columns.csat] as string),
      nps: columns.nps < 0 ? null : (names[columns.nps] as string),
    },
    ...measuresOf([all.csi, all.csat, all.nps], columns),
    segments,
    periods,
    change,
  };
}

/** The periods' groups in calendar order. */
function inCalendarOrder(periods: GroupedMoments, unit: PeriodUnit): Array<{ label: string; group: GroupMoments }> {
  return periods
    .keys()
    .map((label) => ({ label, index: periodIndex(label, unit), group: periods.groups.get(label) as GroupMoments }))
    .sort((a, b) => a.index - b.index)
    .map(({ label, group }) => ({ label, group }));
}
