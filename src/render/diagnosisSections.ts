import { fixed, formatP } from '../_lib/format.js';
import type { DiagnosisReport, GapDiagnosis, SeverityMeasure } from '../gaps/diagnose.js';
import { DIAGNOSIS_LABELS as D, LABELS as L, nameIn, STANDARDS_LABELS as S, type Lang } from './labels.js';

/** A table of a diagnosis section, as plain text cells (each renderer escapes them its way). */
export interface DiagnosisTable {
  head: string[];
  rows: string[][];
  /** A line under the table. */
  note: string;
}

/** One gap of the diagnosis as the renderers print it, in one language, as plain text. */
export interface DiagnosisSection {
  gap: GapDiagnosis;
  heading: string;
  definition: string;
  /** Why the gap is not measured, and the survey that would measure it; `null` when measured. */
  notMeasured: string | null;
  /** `Severity: 17.7% (staff: …)`; `null` when not measured. */
  severity: string | null;
  /** The overall SERVQUAL gap with its CI and p (gap 5). */
  overall: string | null;
  tables: DiagnosisTable[];
  remedies: string[];
}

const colon = (lang: Lang): string => (lang === 'zh' ? '：' : ': ');

/** A measure in words: its source, its points and its scale. */
export function measureIn(m: SeverityMeasure, lang: Lang): string {
  return D.measure[m.measure][lang](fixed(m.points), m.scale.min, m.scale.max);
}

/** A share of the range as a percentage with one decimal. */
export function severityPercent(share: number | null): string {
  return `${fixed(share === null ? null : share * 100, 1)}%`;
}

/**
 * The diagnosis as the Markdown, HTML and CSV renderers lay it out, in one language: the heading of
 * each gap (widest first), its severity with each measure behind it, the overall gap, the gap-1 table
 * of customers' against managers' expectations by dimension name, the staff constructs with the
 * direction of their scores, and the remedies. Text only: each renderer escapes it.
 *
 * @param report - from `diagnose`, `diagnoseCsv` or `diagnoseFromReports`
 * @param lang - `en` or `zh`
 */
export function diagnosisSections(report: DiagnosisReport, lang: Lang): DiagnosisSection[] {
  return report.gaps.map((g): DiagnosisSection => {
    const heading = D.gap[lang](g.gap, g.name[lang]);
    if (!g.measured) {
      return {
        gap: g,
        heading,
        definition: g.definition[lang],
        notMeasured: g.notMeasured?.reason[lang] ?? '',
        severity: null,
        overall: null,
        tables: [],
        remedies: [],
      };
    }
    const measures = g.measures.map((m) => measureIn(m, lang)).join(lang === 'zh' ? '；' : '; ');
    const severity = `${D.severity[lang]}${colon(lang)}${severityPercent(g.severity)}${lang === 'zh' ? `（${measures}）` : ` (${measures})`}`;
    const o = g.customer?.overall;
    const overall =
      o === undefined
        ? null
        : `${D.overall[lang]}${colon(lang)}${fixed(o.mean)}${lang === 'zh' ? '（' : ' ('}95% CI [${fixed(o.ci95?.[0])}, ${fixed(o.ci95?.[1])}], p ${formatP(o.p).replace(/^(?!<)/, '= ')}${lang === 'zh' ? '）' : ')'}`;
    const tables: DiagnosisTable[] = [];
    if (g.dimensions !== undefined) {
      tables.push({
        head: [L.dimension[lang], D.customers[lang], D.managers[lang], D.difference[lang], L.col.pAdj[lang]],
        rows: g.dimensions.map((d) => [
          nameIn(d.name, lang),
          fixed(d.customer.mean),
          fixed(d.management.mean),
          `${fixed(d.difference.mean)}${d.difference.significant ? ' ⚑' : ''}`,
          formatP(d.difference.pAdjusted),
        ]),
        note: `⚑ ${D.significant[lang]}${lang === 'zh' ? '。' : '.'}`,
      });
    }
    if (g.observed !== undefined) {
      // Gap 3 measured from operations: the standards least delivered, and the index over the visits.
      const o = g.observed;
      const weakestText = o.weakest.map((w) => `${w.id} ${fixed(w.rate * 100, 1)}%`).join(', ');
      tables.push({
        head: [S.standard[lang], S.rate[lang]],
        rows: o.weakest.map((w) => [w.id, `${fixed(w.rate * 100, 1)}%`]),
        note: S.observedGap3[lang](`${fixed(o.index * 100, 1)}%`, o.visits, o.criticalFailed, weakestText),
      });
    }
    if (g.staff !== undefined) {
      const weakest = new Set(g.staff.weakest.map((c) => c.id));
      tables.push({
        head: [D.construct[lang], D.constructScore[lang], 'α'],
        rows: g.staff.constructs.map((c) => [
          `${c.name[lang]}${c.reverseKeyed ? ` ${D.reverseMark[lang]}` : ''}${weakest.has(c.id) ? (lang === 'zh' ? `（${D.weakest[lang]}）` : ` (${D.weakest[lang]})`) : ''}`,
          fixed(c.score.mean),
          fixed(c.reliability?.alpha, 2),
        ]),
        note: D.constructNote[lang](g.staff.scale.min, g.staff.scale.max),
      });
    }
    return { gap: g, heading, definition: g.definition[lang], notMeasured: null, severity, overall, tables, remedies: g.remedies.map((r) => r[lang]) };
  });
}
