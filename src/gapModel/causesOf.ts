import type { BilingualText } from '../instrument/schema.js';
import type { Cause } from '../report/types.js';
import { GAP_MODEL, type GapDefinition } from './gapModel.js';
import { LIKELY_GAPS, type LikelyGap } from './likelyGaps.js';

/** A provider gap of the five-gap model. */
export type ProviderGap = 1 | 2 | 3 | 4;

/**
 * What a diagnosis measured about gaps 1–4, to order a dimension's causes by evidence rather than by
 * {@link LIKELY_GAPS}. Make it with {@link gapEvidenceOf}.
 */
export interface GapEvidence {
  /** Severity (0–1, see `GapDiagnosis.severity`) of each measured provider gap. */
  readonly severity: Readonly<Partial<Record<ProviderGap, number>>>;
  /** The weakest staff-survey constructs of each gap, whose remedies come first. */
  readonly weakest: Readonly<Partial<Record<ProviderGap, readonly string[]>>>;
  /** Gap 1 per dimension, from managers' predictions: |customer − management| / scale range where significant, else 0. */
  readonly knowledge: Readonly<Record<string, number>>;
}

/**
 * The likely causes of a shortfall in one dimension, most likely first, each with the remedies not
 * yet given in this report.
 *
 * Without evidence: the dimension's gaps in {@link LIKELY_GAPS} (`basis: 'typical'`); a dimension not
 * listed there gets gaps 1–4 in model order. With evidence: every gap measured open (severity > 0; gap 1
 * also per dimension from managers' predictions), widest first (`basis: 'measured'`, with the severity),
 * then the typical gaps not measured; gaps measured closed are left out.
 *
 * @param dimension - the dimension id
 * @param evidence - what a diagnosis measured, or `null`
 * @param given - remedies (their English text) already given in this report; the ones returned are added
 */
export function causesOf(dimension: string, evidence: GapEvidence | null, given: Set<string>): Cause[] {
  const typical: readonly LikelyGap[] =
    LIKELY_GAPS[dimension] ?? GAP_MODEL.filter(isProvider).map((g) => ({ gap: g.gap, why: g.definition, constructs: g.remedies.flatMap((r) => r.covers) }));
  const chosen: Array<LikelyGap & { severity?: number }> = [];
  if (evidence === null) {
    chosen.push(...typical);
  } else {
    const measured = ([1, 2, 3, 4] as const).flatMap((gap) => {
      const s = Math.max(evidence.severity[gap] ?? -1, gap === 1 ? (evidence.knowledge[dimension] ?? -1) : -1);
      if (s < 0) return [];
      const known = typical.find((x) => x.gap === gap);
      return [
        { gap, why: known?.why ?? definitionOf(gap).definition, constructs: [...(evidence.weakest[gap] ?? []), ...(known?.constructs ?? [])], severity: s },
      ];
    });
    const open = measured.filter((m) => m.severity > 0).sort((a, b) => b.severity - a.severity || a.gap - b.gap);
    // Gaps measured closed are left out: the evidence says they are not the cause.
    chosen.push(...open, ...typical.filter((x) => !measured.some((m) => m.gap === x.gap)));
  }
  return chosen.map((c) => {
    const def = definitionOf(c.gap);
    const remedies: BilingualText[] = [];
    for (const construct of c.constructs) {
      const r = def.remedies.find((x) => x.covers.includes(construct));
      if (r === undefined || given.has(r.en)) continue;
      given.add(r.en);
      remedies.push({ en: r.en, zh: r.zh });
    }
    return {
      gap: c.gap,
      name: def.name,
      why: c.why,
      remedies,
      basis: evidence === null || c.severity === undefined ? 'typical' : 'measured',
      ...(evidence !== null && c.severity !== undefined ? { severity: c.severity } : {}),
    } satisfies Cause;
  });
}

function isProvider(g: GapDefinition): g is GapDefinition & { gap: ProviderGap } {
  return g.gap !== 5;
}

function definitionOf(gap: ProviderGap): GapDefinition {
  return GAP_MODEL[gap - 1] as GapDefinition;
}
