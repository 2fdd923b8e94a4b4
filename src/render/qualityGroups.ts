import type { Report } from '../report/types.js';
import { issueIn, LABELS as L, reasonIn, type Lang } from './labels.js';

/** One line of the data-quality list: a reason with its count, and the problems kept of that reason. */
export interface QualityGroup {
  /** `2 × non-numeric answer`, or for values set aside in rows that were used, `1 value set aside: …`. */
  line: string;
  /** The problems of this reason's code, in the language, in row order. */
  issues: string[];
}

/**
 * The data-quality list of a report, grouped by reason: each reason for excluding rows, then each
 * reason for setting values aside, each followed by the problems kept of its own code (an issue is
 * shown under the reason with its code, never under a neighbour's). Problems of a code that has no
 * reason line (none today) come last, under a line of their own.
 *
 * @param report - The report.
 * @param lang - The language.
 * @param limit - At most this many problems are listed in all (the report keeps the first 100).
 * @returns The groups, in the order of `sample.reasons` then `sample.setAside`.
 */
export function qualityGroups(report: Report, lang: Lang, limit: number): QualityGroup[] {
  const shown = report.dataQuality.issues.slice(0, limit);
  const of = (code: string): string[] => shown.filter((i) => i.code === code).map((i) => issueIn(i, lang));
  const groups: QualityGroup[] = report.sample.reasons.map((r) => ({ line: `${r.rows} × ${reasonIn(r, lang)}`, issues: of(r.code) }));
  for (const r of report.sample.setAside ?? []) groups.push({ line: L.setAsideLine[lang](r.values, reasonIn(r, lang)), issues: of(r.code) });
  const listed = new Set([...report.sample.reasons.map((r) => r.code), ...(report.sample.setAside ?? []).map((r) => r.code)]);
  const rest = shown.filter((i) => !listed.has(i.code)).map((i) => issueIn(i, lang));
  if (rest.length > 0) groups.push({ line: L.otherIssues[lang], issues: rest });
  return groups;
}
