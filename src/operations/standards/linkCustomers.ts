import { DEFAULTS } from '../../defaults.js';
import type { Instrument } from '../../instrument/schema.js';
import type { ComplianceReport, CustomerLink } from '../../report/ComplianceReportSchema.js';
import type { SegmentReport } from '../../report/types.js';
import { pearson } from '../../stats/pearson.js';
import { linkedDimensions } from './linkedDimensions.js';
import type { StandardsRegister } from './StandardsRegisterSchema.js';

/** Options of {@link linkCustomers}. */
export interface LinkCustomersOptions {
  /** The survey's unit column (the `by` column its segments were made by), for the report. */
  by: string;
  /** Fewer shared units than this: no r. Default `DEFAULTS.minCorrelationUnits` (5). */
  minUnits?: number | undefined;
}

/**
 * Which standards customers feel: per standard, Pearson's r across units between its compliance rate
 * and the mean P − E of the survey dimensions it serves (an item link counts as its dimension, since a
 * unit's segment reports dimension gaps). Units are matched by name between the observations' unit
 * column and the survey's `by` column; units in only one are left out. A positive r says where the
 * standard is kept, customers perceive more against what they expect. With n units r is only a
 * pointer: fewer than `minUnits` give no r (`tooFewUnits`), and a correlation across a handful of
 * branches is not evidence of cause.
 *
 * @param report - a compliance report (`ComplianceLog.result()`)
 * @param register - the register it was made with
 * @param instrument - the survey's instrument
 * @param segments - the survey report's segments of the unit column (`report.segments[by]`), scored with method servqual
 * @returns the report with each standard's `customers` filled in
 * @example
 * const register = parseStandards({ standards: [{ id: 'S1', text: 'Greet', items: ['empathy'] }] });
 * const log = new ComplianceLog(['standard_id', 'unit', 'date', 'result'], register);
 * log.add(['S1', 'A', '2025-03-03', 'pass']);
 * const seg = (value, gap) => ({ value, dimensions: [{ id: 'empathy', gap: { mean: gap } }] });
 * linkCustomers(log.result(), register, servqual22, [seg('A', -1), seg('B', -0.5)], { by: 'branch' }).standards[0].customers
 * //=> { dimensions: ['empathy'], units: 1, r: null, note: 'tooFewUnits' }
 */
export function linkCustomers(
  report: ComplianceReport,
  register: StandardsRegister,
  instrument: Instrument,
  segments: ReadonlyArray<Pick<SegmentReport, 'value'> & { dimensions: ReadonlyArray<{ id: string; gap?: { mean: number | null } | undefined }> }>,
  options: LinkCustomersOptions,
): ComplianceReport {
  const minUnits = options.minUnits ?? DEFAULTS.minCorrelationUnits;
  const standards = report.standards.map((s) => {
    const standard = register.standards.find((x) => x.id === s.id);
    const dimensions = standard === undefined ? [] : linkedDimensions(standard, instrument).dimensions;
    const x: number[] = [];
    const y: number[] = [];
    if (dimensions.length > 0) {
      for (const u of s.units) {
        const segment = segments.find((g) => g.value === u.unit);
        if (segment === undefined || u.rate === null) continue;
        const gaps = dimensions.map((d) => segment.dimensions.find((g) => g.id === d)?.gap?.mean ?? null);
        if (gaps.some((g) => g === null)) continue;
        x.push(u.rate);
        y.push((gaps as number[]).reduce((a, b) => a + b, 0) / gaps.length);
      }
    }
    const r = x.length >= minUnits ? pearson(x, y) : null;
    const note: CustomerLink['note'] = dimensions.length === 0 ? 'noDimensions' : x.length < minUnits ? 'tooFewUnits' : r === null ? 'noVariation' : null;
    return { ...s, customers: { dimensions, units: x.length, r, note } };
  });
  return { ...report, options: { ...report.options, by: options.by, minUnits }, standards };
}
