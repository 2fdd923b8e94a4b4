import { ServqualError } from '../errors.js';
import type { Instrument, BilingualText, LocalizedText } from '../instrument/schema.js';
import type { DimensionReport, ItemReport, OverallScore, Report } from '../report/types.js';
import { adjustPValues } from '../stats/adjustPValues.js';
import type { Reliability } from '../stats/reliabilityFromMoments.js';
import type { Stat, TestedStat } from '../stats/types.js';
import { welchTTest, type WelchTest } from '../stats/welchTTest.js';
import { GAP_FACTORS } from './gapFactors.js';
import type { ObservedCompliance } from './observedCompliance.js';
import { GAP_MODEL, type GapDefinition, type GapId, type GapSurvey } from '../gapModel/gapModel.js';

/** Customers' against managers' expectations of one dimension or item (gap 1). */
export interface ExpectationComparison {
  id: string;
  /** The dimension's name from the instrument; an item's id as its name. */
  name: LocalizedText;
  customer: Stat;
  management: Stat;
  /** customer mean − management mean, Welch's t-test; `pAdjusted` is Holm within dimensions or within items. */
  difference: WelchTest & { pAdjusted: number | null; significant: boolean };
}

/** A staff-survey construct's score. */
export interface ConstructScore {
  id: string;
  name: BilingualText;
  /** The construct's mean on the staff scale; higher is always healthier (see `reverseKeyed`). */
  score: Stat;
  reliability: Reliability | null;
  remedy: BilingualText;
  /**
   * The construct is asked as negative statements ("I am often unsure what is expected of me") and
   * recoded `min + max − answer`, so its score, like every construct's, is higher when healthier: a low
   * role-ambiguity score means staff agree their role is unclear.
   */
  reverseKeyed: boolean;
}

/**
 * One measure of how far a gap is open, from one source. Every measure is a distance in points of its
 * source's answer scale from a healthy reference, and `share` puts it on the common scale severity
 * uses: the points as a share of that scale's range (max − min).
 */
export interface SeverityMeasure {
  /** The survey the measure comes from, or the observations of the service standards. */
  source: GapSurvey | 'observations';
  /**
   * What was measured: `overallShortfall` (customers: −(P − E) overall when significantly below zero,
   * else 0); `expectationMisjudgement` (managers: the mean over dimensions of |customer E − managers' E|
   * where Holm-adjusted significant, 0 elsewhere); `weakestConstruct` (staff: how far the lowest
   * construct mean falls below the scale's neutral midpoint, 0 when at or above it);
   * `standardsNotDelivered` (observations: 1 − the weighted compliance index, in percent points of 0–100).
   */
  measure: 'overallShortfall' | 'expectationMisjudgement' | 'weakestConstruct' | 'standardsNotDelivered';
  /** The distance, in points of the source's answer scale. */
  points: number;
  /** The source's answer scale. */
  scale: { min: number; max: number };
  /** points / (max − min): 0 closed, 1 as wide as the scale (at most 0.5 for `weakestConstruct`, measured from the midpoint). */
  share: number;
}

/** One gap of the diagnosis. */
export interface GapDiagnosis {
  gap: 1 | 2 | 3 | 4 | 5;
  id: GapId;
  name: BilingualText;
  definition: BilingualText;
  measured: boolean;
  /** Where a gap is not measured: the survey that would measure it. */
  notMeasured?: { needs: GapSurvey[]; reason: BilingualText };
  /**
   * How far the gap is open, on one scale for every gap: the largest `share` of its `measures`, that is,
   * points on the answer scale away from the healthy reference (customers' expectations; the neutral
   * midpoint of staff agreement) as a share of that scale's range. 0 is closed; `null` when not measured.
   */
  severity: number | null;
  /** Each source's measure of the gap, separately (empty when not measured). */
  measures: SeverityMeasure[];
  /** Gap 1 from a management survey. */
  dimensions?: ExpectationComparison[];
  items?: ExpectationComparison[];
  /** Gaps 1–4 from the staff survey. */
  staff?: {
    score: Stat;
    reliability: Reliability | null;
    /** The staff survey's agreement scale. */
    scale: { min: number; max: number };
    constructs: ConstructScore[];
    weakest: ConstructScore[];
  };
  /** Gap 3 measured from operations (observations of the service standards): ahead of the staff survey. */
  observed?: ObservedCompliance;
  /** Gap 5 from the customer survey. */
  customer?: { overall: TestedStat; dimensions: Array<{ id: string; gap: TestedStat | null }> };
  /** Remedies (measured gaps only), weakest constructs' first. */
  remedies: BilingualText[];
}

/** The five-gap report. */
export interface DiagnosisReport {
  schemaVersion: string;
  instrument: string;
  surveys: { customers: number; managers: number | null; staff: number | null };
  /** Measured gaps by severity (widest first), then gaps not measured, in model order. */
  gaps: GapDiagnosis[];
}

/** The analyses a diagnosis is built from. */
export interface DiagnosisInputs {
  /** The customer survey scored with method `servqual`. */
  customers: Report;
  /** Managers' predictions of customers' expectations, scored with {@link expectationInstrument} and method `servperf`. */
  managers?: Report | undefined;
  /** The staff survey scored with `gapFactors` (a dimension per construct) and with `gapFactorsByGap`. */
  staff?: { constructs: Report; gaps: Report } | undefined;
  /** Compliance with the service standards (`observedCompliance`): gap 3's measured evidence, ahead of the staff survey. */
  observed?: ObservedCompliance | undefined;
}

const NEEDS: Record<GapSurvey, BilingualText> = {
  managers: {
    en: 'a management survey (managers answer the expectation items as they think customers would)',
    zh: '管理层调查（管理者按其认为顾客会如何作答来填写期望题项）',
  },
  staff: { en: 'a staff survey of the organisational causes (the gapFactors instrument)', zh: '员工调查，测量组织层面的成因（gapFactors 量表）' },
  customers: { en: 'a customer survey with expectations and perceptions', zh: '包含期望与感知的顾客调查' },
};

/**
 * The five-gap diagnosis (Parasuraman, Zeithaml & Berry 1985; Zeithaml, Berry & Parasuraman 1988):
 * gap 5 from the customer survey, gap 1 from managers' predictions of customers' expectations
 * (customer − management, Welch's t-test, Holm-adjusted), gaps 1–4 from the staff survey's constructs;
 * each gap measured or marked with the survey it needs, ordered by severity, with remedies.
 *
 * @throws {ServqualError} `E_METHOD` when the customer survey is not scored with method `servqual`.
 */
export function diagnoseFromReports(inputs: DiagnosisInputs, instrument: Instrument, options: { significance?: number } = {}): DiagnosisReport {
  const { customers, managers, staff } = inputs;
  if (customers.method !== 'servqual') {
    throw new ServqualError('E_METHOD', `diagnose: the customer survey must have expectations and perceptions (method servqual), not ${customers.method}`);
  }
  const alpha = options.significance ?? 0.05;

  const gaps = GAP_MODEL.map((def): GapDiagnosis => {
    const base = { gap: def.gap, id: def.id, name: def.name, definition: def.definition };
    const parts: Partial<GapDiagnosis> = {};
    const measures: SeverityMeasure[] = [];
    const remedies: BilingualText[] = [];

    if (def.gap === 5) {
      const overall = (customers.overall as OverallScore<TestedStat>).unweighted;
      parts.customer = { overall, dimensions: customers.dimensions.map((d) => ({ id: d.id, gap: d.gap ?? null })) };
      measures.push(measure('customers', 'overallShortfall', significantShortfall(overall, alpha), instrument.scale));
    }
    if (def.gap === 1 && managers !== undefined) {
      parts.dimensions = compare(customers.dimensions, managers.dimensions, alpha);
      parts.items = compare(customers.items, managers.items, alpha);
      const sig = parts.dimensions.filter((d) => d.difference.significant).map((d) => Math.abs(d.difference.mean ?? 0));
      measures.push(measure('managers', 'expectationMisjudgement', sig.reduce((s, x) => s + x, 0) / parts.dimensions.length, instrument.scale));
    }
    if (def.gap === 3 && inputs.observed !== undefined) {
      parts.observed = inputs.observed;
      measures.push(measure('observations', 'standardsNotDelivered', inputs.observed.gap3 * 100, { min: 0, max: 100 }));
    }
    if (def.gap <= 4 && staff !== undefined) {
      parts.staff = staffScores(def, staff);
      // How far the weakest construct falls below neutral agreement: one broken cause (say role
      // ambiguity) is enough to open the gap. Divided by the whole range, like the customers' and
      // managers' measures, so that a point counts alike on every survey's scale.
      const scale = staff.constructs.instrument.scale;
      const lowest = parts.staff.weakest[0]?.score.mean;
      if (lowest !== undefined && lowest !== null)
        measures.push(measure('staff', 'weakestConstruct', Math.max(0, (scale.min + scale.max) / 2 - lowest), scale));
      remedies.push(...parts.staff.weakest.map((c) => c.remedy));
    }

    const measured = measures.length > 0;
    // The model's remedies, less those that say what a weak construct's remedy above already says
    // (one remedy, one line: "Flatten the hierarchy…" is not repeated after "Remove layers…").
    const weak = new Set(parts.staff?.weakest.map((c) => c.id) ?? []);
    if (measured) remedies.push(...def.remedies.filter((r) => !r.covers.some((c) => weak.has(c))).map((r) => ({ en: r.en, zh: r.zh })));
    const needs = def.measuredBy.filter((s) => (s === 'managers' ? managers === undefined : s === 'staff' ? staff === undefined : false));
    return {
      ...base,
      measured,
      ...(measured ? {} : { notMeasured: { needs, reason: notMeasuredReason(def, needs) } }),
      // Standards observed being delivered, or not, measure gap 3 directly: they outrank staff's views of its causes.
      severity: measured ? (measures.find((m) => m.source === 'observations')?.share ?? Math.max(...measures.map((m) => m.share))) : null,
      measures,
      ...parts,
      remedies: measured ? remedies : [],
    };
  });

  const order = gaps.slice().sort((a, b) => {
    if (a.measured !== b.measured) return a.measured ? -1 : 1;
    const d = (b.severity ?? 0) - (a.severity ?? 0);
    return Math.abs(d) > 1e-12 ? d : a.gap - b.gap;
  });
  return {
    schemaVersion: '1.0.0',
    instrument: instrument.id,
    surveys: { customers: customers.sample.used, managers: managers?.sample.used ?? null, staff: staff?.constructs.sample.used ?? null },
    gaps: order,
  };
}

function measure(source: SeverityMeasure['source'], kind: SeverityMeasure['measure'], points: number, scale: { min: number; max: number }): SeverityMeasure {
  return { source, measure: kind, points, scale: { min: scale.min, max: scale.max }, share: points / (scale.max - scale.min) };
}

function significantShortfall(t: TestedStat, alpha: number): number {
  return t.mean !== null && t.mean < 0 && t.p !== null && t.p < alpha ? -t.mean : 0;
}

function compare(
  customer: ReadonlyArray<DimensionReport | ItemReport>,
  management: ReadonlyArray<DimensionReport | ItemReport>,
  alpha: number,
): ExpectationComparison[] {
  const byId = new Map(management.map((m) => [m.id, m]));
  const rows = customer.map((c) => {
    // Customers' expectations as scored in the SERVQUAL analysis; managers' read in the perception role.
    const cust = c.expectation ?? { n: 0, mean: null, sd: null };
    const mgmt = byId.get(c.id)?.perception ?? { n: 0, mean: null, sd: null };
    return { id: c.id, name: 'name' in c ? c.name : { en: c.id }, customer: cust, management: mgmt, test: welchTTest(cust, mgmt) };
  });
  const adjusted = adjustPValues(
    rows.map((r) => r.test.p),
    'holm',
  );
  return rows.map((r, i) => {
    const pAdjusted = adjusted[i] ?? null;
    return {
      id: r.id,
      name: r.name,
      customer: r.customer,
      management: r.management,
      difference: { ...r.test, pAdjusted, significant: pAdjusted !== null && pAdjusted < alpha },
    };
  });
}

function staffScores(def: GapDefinition, staff: { constructs: Report; gaps: Report }): NonNullable<GapDiagnosis['staff']> {
  const factors = GAP_FACTORS.filter((f) => f.gap === def.gap);
  const constructs: ConstructScore[] = factors.map((f) => {
    const d = staff.constructs.dimensions.find((x) => x.id === f.id);
    return {
      id: f.id,
      name: f.name,
      score: d?.perception ?? { n: 0, mean: null, sd: null },
      reliability: d?.reliability.perception ?? null,
      remedy: f.remedy,
      reverseKeyed: f.items.every(([, , , reverse]) => reverse === true),
    };
  });
  const g = staff.gaps.dimensions.find((x) => x.id === `gap${def.gap}`);
  // The weakest constructs: the lowest-scoring one, and any below the scale's midpoint.
  const { min, max } = staff.constructs.instrument.scale;
  const scored = constructs.filter((c) => c.score.mean !== null).sort((a, b) => (a.score.mean ?? 0) - (b.score.mean ?? 0));
  const weakest = scored.filter((c, i) => i === 0 || (c.score.mean ?? 0) < (min + max) / 2);
  return { score: g?.perception ?? { n: 0, mean: null, sd: null }, reliability: g?.reliability.perception ?? null, scale: { min, max }, constructs, weakest };
}

function notMeasuredReason(def: GapDefinition, needs: GapSurvey[]): BilingualText {
  const list = needs.length > 0 ? needs : def.measuredBy;
  return {
    en: `Not measured: it needs ${list.map((s) => NEEDS[s].en).join(', or ')}.`,
    zh: `未测量：需要${list.map((s) => NEEDS[s].zh).join('，或')}。`,
  };
}
