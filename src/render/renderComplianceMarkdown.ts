import type { ComplianceReport } from '../report/ComplianceReportSchema.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { CALLS_LABELS as C, HTML_LABELS as H, STANDARDS_LABELS as S, type Lang } from './labels.js';
import { markdownTable } from './markdownTable.js';
import { agreementLine, cellRows, complianceRows, complianceSampleLine, customerRows, indexRows, observationIssueIn } from './standardsTables.js';

/**
 * The compliance report as Markdown: each standard's compliance with its Wilson interval and gap 3,
 * the weighted index overall and per unit, the cells per unit and period, observers' agreement, the
 * link to customers' perceptions (with a survey) and the excluded rows. Every value from the data is
 * escaped.
 *
 * @param report - from a `ComplianceLog` or `complianceCsv`
 * @param lang - `en` (default) or `zh`
 * @example
 * const register = parseStandards({ standards: [{ id: 'S1', text: 'Greet' }] });
 * const log = new ComplianceLog(['standard_id', 'unit', 'date', 'result'], register);
 * log.add(['S1', 'Lobby', '2025-03-03', 'pass']);
 * renderComplianceMarkdown(log.result(), 'zh').split('\n')[0]
 * //=> '# 服务标准执行情况'
 */
export function renderComplianceMarkdown(report: ComplianceReport, lang: Lang = 'en'): string {
  const out: string[] = [`# ${S.complianceTitle[lang]}`, '', escapeMarkdown(complianceSampleLine(report, lang)), ''];
  const c = complianceRows(report, lang);
  out.push(`## ${S.compliance[lang]}`, '', markdownTable(c.head, c.rows, [0, 1, 7]), '');
  const i = indexRows(report, lang, C.overall[lang]);
  out.push(`## ${S.index[lang]}`, '', markdownTable(i.head, i.rows), '', S.indexNote[lang], '');
  const cells = cellRows(report, lang);
  out.push(`## ${S.byUnit[lang]}`, '', markdownTable(cells.head, cells.rows, [0, 1, 2]), '');
  out.push(`## ${S.agreement[lang]}`, '', escapeMarkdown(agreementLine(report, lang)), '');
  const link = customerRows(report, lang);
  if (link !== null) {
    out.push(
      `## ${S.customers[lang]}`,
      '',
      escapeMarkdown(S.customersNote[lang](report.options.by ?? '', report.options.minUnits)),
      '',
      markdownTable(link.head, link.rows, [0, 1, 3]),
      '',
    );
  }
  if (report.dataQuality.issues.length > 0) {
    out.push(`## ${H.quality[lang]}`, '', ...report.dataQuality.issues.slice(0, 20).map((issue) => `- ${escapeMarkdown(observationIssueIn(issue, lang))}`), '');
  }
  return out.join('\n');
}
