import { ServqualError } from '../errors.js';
import { CALL_METRICS, type CallIndicators, type CallMetric, type CallTarget, type TargetResult } from '../report/CallsReportSchema.js';

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`;
const METRIC = String.raw`[A-Za-z][\w.]*`;
const LE = '(?:<=|≤|=<)';
const GE = '(?:>=|≥|=>)';
const ONE_SIDED = new RegExp(String.raw`^(${METRIC})\s*(${LE}|${GE})\s*(${NUMBER})$`);
const BAND = new RegExp(String.raw`^(${NUMBER})\s*${LE}\s*(${METRIC})\s*${LE}\s*(${NUMBER})$`);
const USAGE = 'write METRIC<=X, METRIC>=X or LOW<=METRIC<=HIGH';

function metricOf(name: string, text: string): CallMetric {
  const metric = CALL_METRICS.find((m) => m === name || (m.startsWith('serviceLevels.') && m.slice('serviceLevels.'.length) === name));
  if (metric === undefined)
    throw new ServqualError('E_INVALID_OPTION', `target "${text}": unknown metric "${name}"; use one of ${CALL_METRICS.join(', ')}`, { option: 'targets' });
  return metric;
}

/**
 * Reads a control target. Each centre sets its own: `abandonmentRate<=0.05` (an upper limit),
 * `serviceLevels.F1>=0.8` (a lower one; `F1` alone also names it), or a two-sided band such as
 * `10<=asa<=30` — a queue time that is too short signals over-staffing. `≤` and `≥` may stand for
 * `<=` and `>=`. Rates are shares (0.05, not 5%); times are seconds.
 *
 * @param text - the target as written
 * @returns the metric and the band [low, high] it must lie in (`null` for an open end)
 * @throws {ServqualError} `E_INVALID_OPTION` (option `targets`) naming the text, e.g.
 *   `target "asa<30": write METRIC<=X, METRIC>=X or LOW<=METRIC<=HIGH`
 * @example
 * parseCallTarget('10 <= asa <= 30')
 * //=> { text: '10 <= asa <= 30', metric: 'asa', low: 10, high: 30 }
 */
export function parseCallTarget(text: string): CallTarget {
  const t = text.trim();
  const band = BAND.exec(t);
  if (band !== null) {
    const low = Number(band[1]);
    const high = Number(band[3]);
    if (low > high) throw new ServqualError('E_INVALID_OPTION', `target "${text}": the low end ${low} is above the high end ${high}`, { option: 'targets' });
    return { text: t, metric: metricOf(band[2] as string, text), low, high };
  }
  const one = ONE_SIDED.exec(t);
  if (one === null) throw new ServqualError('E_INVALID_OPTION', `target "${text}": ${USAGE}`, { option: 'targets' });
  const metric = metricOf(one[1] as string, text);
  const value = Number(one[3]);
  return /[<≤]/.test(one[2] as string) ? { text: t, metric, low: null, high: value } : { text: t, metric, low: value, high: null };
}

/** The value of a metric in a group's indicators. */
export function metricValue(indicators: Omit<CallIndicators, 'targets'>, metric: CallMetric): number | null {
  if (metric.startsWith('serviceLevels.')) return indicators.serviceLevels[metric.slice('serviceLevels.'.length) as keyof CallIndicators['serviceLevels']];
  return indicators[metric as Exclude<CallMetric, `serviceLevels.${string}`>];
}

/**
 * A target's verdict on a group: `met` when the metric lies in the target's band (its ends included),
 * `missed` when outside, `null` when the group has no value for it (no calls of the kind).
 *
 * @example
 * const target = parseCallTarget('abandonmentRate<=0.05');
 * checkCallTarget(target, 0.06).status
 * //=> 'missed'
 */
export function checkCallTarget(target: CallTarget, value: number | null): TargetResult {
  if (value === null) return { text: target.text, value, status: null };
  const ok = (target.low === null || value >= target.low) && (target.high === null || value <= target.high);
  return { text: target.text, value, status: ok ? 'met' : 'missed' };
}
