import type { LocalizedText } from '../instrument/schema.js';
import type { Report } from '../report/types.js';

/** A number measured on one unit (a branch, a store), with what it is called. */
export interface MeasureInfo {
  id: string;
  name: LocalizedText;
}

/** One unit's numbers from one survey: its respondents and a value per measure. */
export interface UnitMeasures {
  unit: string;
  /** Respondents in the unit. */
  n: number;
  /** By measure id; `null` where the unit has no value. */
  values: Record<string, number | null>;
}

/** The keys every segment has; any other key of a segment holds measures of its own (outcomes, say). */
const SEGMENT_KEYS = new Set(['value', 'n', 'small', 'dimensions', 'overall']);

const numberOf = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/**
 * The measures in a part of a segment beyond its dimensions and overall: every object under it with
 * a numeric `value` (or `mean`) is a measure, named by its key (`outcomes.nps.value` → `nps`).
 */
function extraMeasures(key: string, x: unknown, out: Map<string, number | null>): void {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return;
  const o = x as Record<string, unknown>;
  if ('value' in o || 'mean' in o) {
    out.set(key, numberOf(o.value ?? o.mean));
    return;
  }
  for (const [k, v] of Object.entries(o)) extraMeasures(k, v, out);
}

/**
 * The measures of each unit of a survey report segmented `by` a column: each dimension's headline
 * mean (the gap for servqual, the perception for servperf, the adequacy for three-column), the
 * overall unweighted headline as `overall`, and any other per-segment figure the report holds (an
 * object with a numeric `value` or `mean`, such as outcome measures), named by its key.
 *
 * @param report - a survey report made with `by` including `column`
 * @param column - the unit column
 * @returns the measures found (in order) and each unit's values
 * @throws {Error} never: a report without that segmentation gives no units
 *
 * @example
 * const rows = [{ branch: 'A', P1: 5 }, { branch: 'B', P1: 3 }].map((r) => Object.fromEntries([['branch', r.branch], ...servqual22.dimensions.flatMap((d) => d.items.map((i) => [`P${i.id}`, r.P1]))]));
 * const { units } = unitMeasures(analyze(rows, { instrument: servqual22, method: 'servperf', by: ['branch'] }), 'branch');
 * units.map((u) => [u.unit, u.values.overall])
 * //=> [['A', 5], ['B', 3]]
 */
export function unitMeasures(report: Report, column: string): { measures: MeasureInfo[]; units: UnitMeasures[] } {
  const segments = report.segments?.[column] ?? [];
  const names = new Map<string, LocalizedText>(report.dimensions.map((d) => [d.id, d.name]));
  const measures = new Map<string, MeasureInfo>();
  const units = segments.map((segment) => {
    const values: Record<string, number | null> = {};
    const put = (id: string, value: number | null, name: LocalizedText): void => {
      values[id] = value;
      if (!measures.has(id)) measures.set(id, { id, name });
    };
    for (const d of segment.dimensions) {
      const headline = report.method === 'servqual' ? d.gap : report.method === 'servperf' ? d.perception : d.adequacy;
      put(d.id, numberOf(headline?.mean), names.get(d.id) ?? { en: d.id });
    }
    const overall = segment.overall as Record<string, unknown>;
    const unweighted = ('adequacy' in overall ? (overall.adequacy as Record<string, unknown>).unweighted : overall.unweighted) as
      | { mean?: unknown }
      | undefined;
    put('overall', numberOf(unweighted?.mean), { en: 'Overall', zh: '总体' });
    const extra = new Map<string, number | null>();
    for (const [key, part] of Object.entries(segment as Record<string, unknown>)) if (!SEGMENT_KEYS.has(key)) extraMeasures(key, part, extra);
    for (const [id, value] of extra) put(id, value, { en: id });
    return { unit: segment.value, n: segment.n, values };
  });
  return { measures: [...measures.values()], units };
}
