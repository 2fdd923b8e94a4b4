import { fixed } from '../_lib/format.js';
import type { DataIssue } from '../errors.js';
import type { ComplianceReport, StandardCompliance } from '../report/ComplianceReportSchema.js';
import type { StandardCheck } from '../report/StandardsCheckSchema.js';
import { percent } from './callsTable.js';
import { STANDARDS_LABELS as S, type Lang } from './labels.js';

// The tables the standards renderers (Markdown, text, HTML) share, as plain-text cells: each renderer
// escapes them as its format needs.

/** A standard's text in the language: Chinese where given, else English. */
export function standardTextIn(s: Pick<StandardCompliance, 'text'>, lang: Lang): string {
  return lang === 'zh' ? (s.text.zh ?? s.text.en) : s.text.en;
}

/** A 95% interval of shares as `[49.0%, 94.3%]`; `–` for none. */
export function interval(ci: readonly [number, number] | null): string {
  return ci === null ? '–' : `[${percent(ci[0])}, ${percent(ci[1])}]`;
}

/** A standard's SMART findings in words, joined. */
export function findingsIn(check: StandardCheck, lang: Lang): string {
  if (check.findings.length === 0) return S.allMet[lang];
  return check.findings.map((f) => `${f.letter}: ${S.findings[f.code][lang](f.values)}`).join(lang === 'zh' ? '；' : '; ');
}

/** The rows of the compliance table: standard, text, observations, passed, rate, CI, gap 3, weight or critical. */
export function complianceRows(report: ComplianceReport, lang: Lang): { head: string[]; rows: string[][] } {
  return {
    head: [S.standard[lang], '', S.observations[lang], S.passed[lang], S.rate[lang], S.ci[lang], S.gap3[lang], S.weight[lang]],
    rows: report.standards.map((s) => [
      s.id,
      standardTextIn(s, lang),
      String(s.n),
      String(s.passed),
      percent(s.rate),
      interval(s.ci95),
      percent(s.gap3),
      s.critical ? S.critical[lang] : fixed(s.weight, 2),
    ]),
  };
}

/** The rows of the index per unit (the overall first). */
export function indexRows(report: ComplianceReport, lang: Lang, overall: string): { head: string[]; rows: string[][] } {
  const row = (name: string, x: ComplianceReport['overall']) => [name, String(x.visits), String(x.criticalFailed), percent(x.index), percent(x.gap3)];
  return {
    head: [S.unit[lang], S.visits[lang], S.criticalFailed[lang], S.index[lang], S.gap3[lang]],
    rows: [row(overall, report.overall), ...report.units.map((u) => row(u.unit, u))],
  };
}

/** The rows of the cells: standard, unit, period, n, rate, CI. */
export function cellRows(report: ComplianceReport, lang: Lang): { head: string[]; rows: string[][] } {
  return {
    head: [S.standard[lang], S.unit[lang], S.period[lang], S.observations[lang], S.rate[lang], S.ci[lang]],
    rows: report.standards.flatMap((s) => s.cells.map((c) => [s.id, c.unit, c.period ?? S.allDates[lang], String(c.n), percent(c.rate), interval(c.ci95)])),
  };
}

/** The rows of the customer links: standard, dimensions, units, r or why none. */
export function customerRows(report: ComplianceReport, lang: Lang): { head: string[]; rows: string[][] } | null {
  if (report.options.by === null) return null;
  return {
    head: [S.standard[lang], S.dimensions[lang], S.units[lang], S.r[lang]],
    rows: report.standards.map((s) => {
      const c = s.customers;
      return [s.id, c?.dimensions.join(', ') ?? '', String(c?.units ?? 0), c === null ? '–' : c.note === null ? fixed(c.r, 2) : `– (${S.notes[c.note][lang]})`];
    }),
  };
}

/** The agreement sentence of all standards together. */
export function agreementLine(report: ComplianceReport, lang: Lang): string {
  const a = report.agreement;
  return S.agreementLine[lang](a.subjects, percent(a.percentAgreement), fixed(a.kappa, 3));
}

/** The sample line of a compliance report, in the language. */
export function complianceSampleLine(report: ComplianceReport, lang: Lang): string {
  const s = report.sample;
  const reasons = s.reasons.map((r) => `${r.rows} ${S.reasons[r.code]?.[lang] ?? r.reason}`).join(lang === 'zh' ? '，' : ', ');
  return S.sample[lang](s.rows, s.used, s.excluded, reasons);
}

/** An excluded observation in the language: as the reader wrote it in English; rebuilt from its row, column, value and reason in Chinese. */
export function observationIssueIn(issue: DataIssue, lang: Lang): string {
  if (lang === 'en') return issue.message;
  const where = `第 ${issue.row} 行${issue.column === null ? '' : `，${issue.column} 列`}`;
  const value = issue.value === null ? '' : `“${issue.value}”：`;
  return `${where}：${value}${S.reasons[issue.code]?.zh ?? issue.message}`;
}
