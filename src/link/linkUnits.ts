import { DEFAULTS } from '../defaults.js';
import { ServqualError } from '../errors.js';
import type { Report } from '../report/types.js';
import { correlation, type Correlation } from './correlation.js';
import { type MeasureInfo, type UnitMeasures, unitMeasures } from './unitMeasures.js';

/** The sides of the service-profit chain a measure can come from. */
export type LinkSide = 'staff' | 'customers' | 'business';

/** Why a unit is left out: no staff survey, no customer survey, too few respondents, or business figures only. */
export type LinkExclusion = 'NO_STAFF' | 'NO_CUSTOMERS' | 'SMALL' | 'BUSINESS_ONLY';

/** Unit-level business figures (revenue, retention…): a row per unit. */
export interface BusinessUnits {
  /** The figures' ids (and names, where known) in the order they are reported. */
  measures: MeasureInfo[];
  units: ReadonlyArray<{ unit: string; values: Record<string, number | null> }>;
}

/** Options of {@link linkUnits}. */
export interface LinkOptions {
  /** The unit column both surveys were segmented by (`by`). */
  by: string;
  /** Units with fewer respondents on either side are left out and listed. Default `DEFAULTS.minUnit` (10). */
  minUnit?: number | undefined;
  /**
   * Weight each unit by its respondents: staff–customer links by 1/(1/n_staff + 1/n_customers), the
   * precision of two independent means; customer–business links by n_customers. Default false (each unit counts once).
   */
  weighted?: boolean | undefined;
}

/** One unit of the linkage. */
export interface LinkedUnit {
  unit: string;
  staffN: number;
  customerN: number;
  staff: Record<string, number | null>;
  customers: Record<string, number | null>;
  business: Record<string, number | null>;
  /** Whether both the staff's and the customers' `overall` are below their medians across units. */
  bothBelowMedian: boolean;
}

/** One link: a measure of one side against a measure of the next, across units. */
export interface LinkPair extends Correlation {
  from: { side: LinkSide; id: string };
  to: { side: LinkSide; id: string };
  /** Units below the median on both measures. */
  belowMedian: string[];
}

/** The service-profit chain linked by unit. */
export interface LinkageReport {
  by: string;
  minUnit: number;
  weighted: boolean;
  measures: Record<LinkSide, MeasureInfo[]>;
  /** The units linked, in the customer report's order. */
  units: LinkedUnit[];
  /** Units left out, with the reason. */
  excluded: Array<{ unit: string; staffN: number | null; customerN: number | null; code: LinkExclusion; reason: string }>;
  /** Medians across the linked units of the staff's and the customers' `overall`. */
  medians: { staff: number | null; customers: number | null };
  /** Every staff measure against every customer measure, then every customer measure against every business figure. */
  pairs: LinkPair[];
}

/** A value as a list of itself, or none where it is missing. */
const present = (v: number | null | undefined): number[] => (v === null || v === undefined ? [] : [v]);

/** The median of some numbers; `null` for none. */
function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * The service-profit chain linked by unit (Heskett et al. 1994): a staff survey and a customer
 * survey, each segmented by the same unit column, aggregated to one mean per unit and measure
 * (see `unitMeasures`: the staff's constructs, the customers' dimension gaps, `overall`, and any
 * outcome measures the customer report's segments hold), then correlated across units — every staff
 * measure against every customer measure, and with business figures every customer measure against
 * every figure, the chain's next link. Units with fewer than `minUnit` respondents on either side,
 * or on one side only, are left out and listed. Each unit is flagged where its staff and its
 * customers are both below the median `overall`.
 *
 * @param surveys - the staff report and the customer report, both made with `by` including `options.by`; business figures optional
 * @param options - the unit column, the smallest unit, weighting
 * @returns the linkage
 * @throws {ServqualError} `E_INVALID_OPTION` when a report is not segmented by the column or minUnit is below 1
 *
 * @example
 * // Three branches whose staff and customers rise together: r = 1.
 * const rows = (scores) => scores.flatMap(([branch, p]) => [p, p].map(() => Object.fromEntries([['branch', branch], ...servqual22.dimensions.flatMap((d) => d.items.map((i) => [`P${i.id}`, p]))])));
 * const survey = (scores) => analyze(rows(scores), { instrument: servqual22, method: 'servperf', by: ['branch'] });
 * const report = linkUnits({ staff: survey([['A', 3], ['B', 4], ['C', 5]]), customers: survey([['A', 4], ['B', 5], ['C', 6]]) }, { by: 'branch', minUnit: 2 });
 * report.pairs.find((p) => p.from.id === 'overall' && p.to.id === 'overall').r
 * //=> 1
 */
export function linkUnits(surveys: { staff: Report; customers: Report; business?: BusinessUnits | undefined }, options: LinkOptions): LinkageReport {
  const minUnit = options.minUnit ?? DEFAULTS.minUnit;
  const weighted = options.weighted ?? false;
  if (!(minUnit >= 1)) throw new ServqualError('E_INVALID_OPTION', `linkUnits: minUnit must be at least 1, got ${minUnit}`, { option: 'minUnit' });
  for (const [side, report] of [
    ['staff', surveys.staff],
    ['customers', surveys.customers],
  ] as const) {
    if (report.segments?.[options.by] === undefined)
      throw new ServqualError('E_INVALID_OPTION', `linkUnits: the ${side} report is not segmented by "${options.by}" (analyze it with by: ["${options.by}"])`, {
        option: 'by',
      });
  }
  const staff = unitMeasures(surveys.staff, options.by);
  const customers = unitMeasures(surveys.customers, options.by);
  const staffBy = new Map(staff.units.map((u) => [u.unit, u]));
  const customersBy = new Map(customers.units.map((u) => [u.unit, u]));
  const businessBy = new Map((surveys.business?.units ?? []).map((u) => [u.unit, u.values]));

  const excluded: LinkageReport['excluded'] = [];
  const kept: Array<{ unit: string; s: UnitMeasures; c: UnitMeasures }> = [];
  for (const c of customers.units) {
    const s = staffBy.get(c.unit);
    if (s === undefined) excluded.push({ unit: c.unit, staffN: null, customerN: c.n, code: 'NO_STAFF', reason: 'no staff survey' });
    else if (s.n < minUnit || c.n < minUnit)
      excluded.push({ unit: c.unit, staffN: s.n, customerN: c.n, code: 'SMALL', reason: `fewer than ${minUnit} respondents (staff ${s.n}, customers ${c.n})` });
    else kept.push({ unit: c.unit, s, c });
  }
  for (const s of staff.units)
    if (!customersBy.has(s.unit)) excluded.push({ unit: s.unit, staffN: s.n, customerN: null, code: 'NO_CUSTOMERS', reason: 'no customer survey' });
  for (const unit of businessBy.keys())
    if (!customersBy.has(unit) && !staffBy.has(unit))
      excluded.push({ unit, staffN: null, customerN: null, code: 'BUSINESS_ONLY', reason: 'business figures only' });

  const medians = {
    staff: median(kept.flatMap((k) => present(k.s.values.overall))),
    customers: median(kept.flatMap((k) => present(k.c.values.overall))),
  };
  const below = (v: number | null | undefined, m: number | null): boolean => v !== null && v !== undefined && m !== null && v < m;
  const units: LinkedUnit[] = kept.map(({ unit, s, c }) => ({
    unit,
    staffN: s.n,
    customerN: c.n,
    staff: s.values,
    customers: c.values,
    business: businessBy.get(unit) ?? {},
    bothBelowMedian: below(s.values.overall, medians.staff) && below(c.values.overall, medians.customers),
  }));

  const measureOf = (u: LinkedUnit, side: LinkSide, id: string): number | null =>
    (side === 'staff' ? u.staff : side === 'customers' ? u.customers : u.business)[id] ?? null;
  const weightOf = (u: LinkedUnit, from: LinkSide): number => (!weighted ? 1 : from === 'staff' ? 1 / (1 / u.staffN + 1 / u.customerN) : u.customerN);
  const link = (fromSide: LinkSide, fromId: string, toSide: LinkSide, toId: string): LinkPair => {
    const both = units.filter((u) => measureOf(u, fromSide, fromId) !== null && measureOf(u, toSide, toId) !== null);
    const xs = both.map((u) => measureOf(u, fromSide, fromId) as number);
    const ys = both.map((u) => measureOf(u, toSide, toId) as number);
    const mx = median(xs);
    const my = median(ys);
    return {
      from: { side: fromSide, id: fromId },
      to: { side: toSide, id: toId },
      ...correlation(
        xs,
        ys,
        both.map((u) => weightOf(u, fromSide)),
      ),
      belowMedian: both.filter((_, i) => below(xs[i], mx) && below(ys[i], my)).map((u) => u.unit),
    };
  };
  const business = surveys.business?.measures ?? [];
  const pairs = [
    ...staff.measures.flatMap((s) => customers.measures.map((c) => link('staff', s.id, 'customers', c.id))),
    ...customers.measures.flatMap((c) => business.map((b) => link('customers', c.id, 'business', b.id))),
  ];
  return { by: options.by, minUnit, weighted, measures: { staff: staff.measures, customers: customers.measures, business }, units, excluded, medians, pairs };
}
