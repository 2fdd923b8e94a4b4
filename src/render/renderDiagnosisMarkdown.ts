import type { DiagnosisReport } from '../gaps/diagnose.js';
import { diagnosisSections } from './diagnosisSections.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { DIAGNOSIS_LABELS as D, type Lang } from './labels.js';

const cell = (text: string): string => escapeMarkdown(text).replaceAll('|', '\\|');

/**
 * The five-gap report as Markdown, in English or Chinese: what severity is, then each gap (widest
 * first) with its severity and the measures behind it, the gap-1 table by dimension name, the staff
 * constructs with the direction of their scores, and the remedies. Every text is escaped.
 *
 * @param report - from `diagnose`, `diagnoseCsv` or `diagnoseFromReports`
 * @param lang - `en` (default) or `zh`
 */
export function renderDiagnosisMarkdown(report: DiagnosisReport, lang: Lang = 'en'): string {
  const { customers, managers, staff } = report.surveys;
  const out = [`# ${D.title[lang]}`, '', D.surveys[lang](customers, managers, staff), '', escapeMarkdown(D.severityNote[lang]), ''];
  for (const s of diagnosisSections(report, lang)) {
    out.push(`## ${escapeMarkdown(s.heading)}`, '', escapeMarkdown(s.definition), '');
    if (s.notMeasured !== null) {
      out.push(`*${escapeMarkdown(s.notMeasured)}*`, '');
      continue;
    }
    if (s.severity !== null) out.push(escapeMarkdown(s.severity), '');
    if (s.overall !== null) out.push(escapeMarkdown(s.overall), '');
    for (const t of s.tables) {
      out.push(
        `| ${t.head.map(cell).join(' | ')} |`,
        `|:--|${t.head
          .slice(1)
          .map(() => '--:|')
          .join('')}`,
      );
      for (const r of t.rows) out.push(`| ${r.map(cell).join(' | ')} |`);
      out.push('', escapeMarkdown(t.note), '');
    }
    if (s.remedies.length > 0) out.push(`**${D.remedies[lang]}${lang === 'zh' ? '：' : ':'}**`, ...s.remedies.map((r) => `- ${escapeMarkdown(r)}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
