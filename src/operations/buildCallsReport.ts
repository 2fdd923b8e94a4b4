import type { ServqualErrorCode } from '../errors.js';
import type { DataQualityLog } from '../data/DataQualityLog.js';
import { CALLS_SCHEMA_VERSION, type CallPeriod, type CallSegment, type CallsReport } from '../report/CallsReportSchema.js';
import type { CallGroupMoments } from './callGroup.js';
import { callGroupIndicators } from './callGroupIndicators.js';
import { pChart } from './pChart.js';
import { xmrChart } from './xmrChart.js';

/** Why a call was excluded, by the code of its first problem. */
export const CALL_EXCLUSION_REASONS: Partial<Record<ServqualErrorCode, string>> = {
  E_NOT_NUMERIC: 'missing or non-numeric time',
  E_OUT_OF_SCALE: 'negative time or rings',
  E_INVALID_ROW: 'unknown outcome',
  E_RAGGED_ROW: 'wrong number of cells',
  E_EMPTY_ROW: 'empty row',
};

/** What a call log hands to its report. */
export interface CallsReportInput {
  options: CallsReport['options'];
  quality: DataQualityLog;
  undated: number;
  overall: CallGroupMoments;
  /** Per `by` column (in `options.by` order), its values and their moments. */
  segments: ReadonlyArray<ReadonlyArray<readonly [string, CallGroupMoments]>>;
  periods: ReadonlyArray<{ label: string; index: number; moments: CallGroupMoments }> | null;
}

/** Code-unit order: the same on every machine and locale. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The calls report from a log's groups: the indicators overall, per segment (values in code-unit
 * order) and per period (in calendar order), each with its targets' verdicts, and over the periods a
 * p-chart of the abandonment rate and an XmR chart of ASA.
 */
export function buildCallsReport(input: CallsReportInput): CallsReport {
  const { targets } = input.options;
  const summary = input.quality.summary();
  const segments: Record<string, CallSegment[]> = {};
  input.options.by.forEach((column, b) => {
    segments[column] = [...(input.segments[b] ?? [])]
      .sort((x, y) => byCodeUnit(x[0], y[0]))
      .map(([value, m]) => ({ value, ...callGroupIndicators(m, targets) }));
  });
  const periods: CallPeriod[] | null =
    input.periods === null
      ? null
      : [...input.periods].sort((a, b) => a.index - b.index).map((p) => ({ period: p.label, ...callGroupIndicators(p.moments, targets) }));
  return {
    schemaVersion: CALLS_SCHEMA_VERSION,
    options: input.options,
    sample: { ...summary, reasons: summary.reasons.map((r) => ({ ...r, reason: CALL_EXCLUSION_REASONS[r.code] ?? r.reason })) },
    dataQuality: { issues: input.quality.issues.slice(), issuesTotal: input.quality.issuesTotal, undated: input.undated },
    overall: callGroupIndicators(input.overall, targets),
    segments: input.options.by.length === 0 ? null : segments,
    periods,
    controlCharts:
      periods === null
        ? null
        : {
            abandonment: pChart(periods.map((p) => ({ period: p.period, n: p.offered, defectives: p.abandoned }))),
            asa: xmrChart(periods.flatMap((p) => (p.asa === null ? [] : [{ period: p.period, value: p.asa }]))),
          },
  };
}
