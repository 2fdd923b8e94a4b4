import type { DiagnosisReport } from './diagnose.js';
import type { GapEvidence, ProviderGap } from '../gapModel/causesOf.js';

/**
 * The evidence a five-gap diagnosis gives about each provider gap.
 *
 * @param diagnosis - from `diagnose`, `diagnoseCsv` or `diagnoseFromReports`
 * @param range - the customer instrument's scale range (max − min), to put gap 1's per-dimension differences on the 0–1 severity scale
 */
export function gapEvidenceOf(diagnosis: DiagnosisReport, range: number): GapEvidence {
  const severity: Partial<Record<ProviderGap, number>> = {};
  const weakest: Partial<Record<ProviderGap, readonly string[]>> = {};
  const knowledge: Record<string, number> = {};
  for (const g of diagnosis.gaps) {
    if (g.gap === 5 || !g.measured || g.severity === null) continue;
    severity[g.gap] = g.severity;
    if (g.staff !== undefined) weakest[g.gap] = g.staff.weakest.map((c) => c.id);
    for (const d of g.dimensions ?? []) knowledge[d.id] = d.difference.significant ? Math.abs(d.difference.mean ?? 0) / range : 0;
  }
  return { severity, weakest, knowledge };
}
