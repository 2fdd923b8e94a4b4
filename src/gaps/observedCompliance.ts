import type { ComplianceReport } from '../report/ComplianceReportSchema.js';

/** Gap 3 as observed: how far the service standards were delivered (from a compliance report). */
export interface ObservedCompliance {
  /** The weighted compliance index over observations (visits): see `ComplianceReport.overall`. */
  index: number;
  /** 1 − index: the standards set but not delivered. */
  gap3: number;
  /** Observations (unit + date + observer visits). */
  visits: number;
  /** Visits failed whole by a critical standard. */
  criticalFailed: number;
  /** The standards least often delivered (at most three, below full compliance), worst first. */
  weakest: Array<{ id: string; rate: number }>;
}

/**
 * Gap 3's measured evidence from a compliance report, for the five-gap diagnosis: the weighted
 * compliance index, gap 3 = 1 − index, and the standards least often delivered.
 *
 * @param report - from a `ComplianceLog` or `complianceCsv`
 * @returns the evidence, or `null` when no observation was used
 * @example
 * const register = parseStandards({ standards: [{ id: 'S1', text: 'Greet' }, { id: 'S2', text: 'Thank' }] });
 * const log = new ComplianceLog(['standard_id', 'unit', 'date', 'result'], register);
 * log.add(['S1', 'A', '2025-03-03', 'pass']);
 * log.add(['S2', 'A', '2025-03-03', 'fail']);
 * observedCompliance(log.result())
 * //=> { index: 0.5, gap3: 0.5, visits: 1, criticalFailed: 0, weakest: [{ id: 'S2', rate: 0 }] }
 */
export function observedCompliance(report: ComplianceReport): ObservedCompliance | null {
  const { index, gap3, visits, criticalFailed } = report.overall;
  if (index === null || gap3 === null) return null;
  const weakest = report.standards
    .flatMap((s) => (s.rate === null || s.rate >= 1 ? [] : [{ id: s.id, rate: s.rate }]))
    .sort((a, b) => a.rate - b.rate)
    .slice(0, 3);
  return { index, gap3, visits, criticalFailed, weakest };
}
