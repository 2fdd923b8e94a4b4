import type { CallsReport } from '../report/CallsReportSchema.js';
import type { ComplianceReport } from '../report/ComplianceReportSchema.js';
import { callsSampleLine } from './callsTable.js';
import { htmlHead } from './htmlHead.js';
import { CALLS_LABELS as C, HTML_LABELS as H, STANDARDS_LABELS as S, type Lang } from './labels.js';
import { callsHtmlSections } from './renderCallsHtml.js';
import {
  agreementLine,
  cellRows,
  complianceRows,
  complianceSampleLine,
  customerRows,
  indexRows,
  observationIssueIn,
  standardTextIn,
} from './standardsTables.js';
import { barChart, esc } from './svg.js';

/** An HTML table of plain-text cells, escaped; the first cell of a row is its header. */
function table(t: { head: readonly string[]; rows: ReadonlyArray<readonly string[]> }): string {
  return `<table><thead><tr>${t.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${t.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('')}</tbody></table>`;
}

/** Options of {@link renderOperationsHtml}. */
export interface RenderOperationsHtmlOptions {
  /** A calls report to add: its indicators against their targets and its control charts. */
  calls?: CallsReport | undefined;
}

/**
 * The Operations page: gap 3 measured from operations, as one self-contained HTML page (no scripts,
 * no network). Each standard's compliance as a bar with its 95% Wilson interval as whiskers and in a
 * table with gap 3; the weighted compliance index overall and per unit; the cells per unit and period;
 * observers' agreement; with a survey, which standards customers feel; and, given a calls report, the
 * call-centre indicators against their targets and their control charts (the calls page's sections).
 * Every string from the data is escaped.
 *
 * @param compliance - from a `ComplianceLog` or `complianceCsv`
 * @param lang - `en` (default) or `zh`
 * @param options - a calls report to include
 * @example
 * const register = parseStandards({ standards: [{ id: 'S1', text: '<b>Greet</b>' }] });
 * const log = new ComplianceLog(['standard_id', 'unit', 'date', 'result'], register);
 * log.add(['S1', 'Lobby', '2025-03-03', 'pass']);
 * const page = renderOperationsHtml(log.result(), 'en', { calls: callIndicators([{ outcome: 'answered', wait_seconds: 8 }]) });
 * [page.includes('<b>'), page.includes('&lt;b&gt;Greet'), page.includes('id="chart-compliance"'), page.includes('id="service-levels"')]
 * //=> [false, true, true, true]
 */
export function renderOperationsHtml(compliance: ComplianceReport, lang: Lang = 'en', options: RenderOperationsHtmlOptions = {}): string {
  const parts: string[] = [];
  const chart = barChart(
    'chart-compliance',
    S.chart[lang],
    compliance.standards
      .map(
        (s) =>
          `${s.id}: ${s.rate === null ? '–' : `${(s.rate * 100).toFixed(1)}%`}${s.ci95 === null ? '' : ` [${(s.ci95[0] * 100).toFixed(1)}%, ${(s.ci95[1] * 100).toFixed(1)}%]`}`,
      )
      .join('; '),
    compliance.standards.map((s) => ({ label: s.id, value: s.rate, lo: s.ci95?.[0] ?? null, hi: s.ci95?.[1] ?? null })),
    S.chartAxis[lang],
  );
  parts.push(
    `<section id="compliance"><h2>${esc(S.compliance[lang])}</h2><figure>${chart}<figcaption>${esc(S.chart[lang])}</figcaption></figure>${table(complianceRows(compliance, lang))}</section>`,
  );
  parts.push(
    `<section id="compliance-index"><h2>${esc(S.index[lang])}</h2>${table(indexRows(compliance, lang, C.overall[lang]))}<p class="note">${esc(S.indexNote[lang])}</p></section>`,
  );
  parts.push(`<section id="compliance-cells"><h2>${esc(S.byUnit[lang])}</h2>${table(cellRows(compliance, lang))}</section>`);
  parts.push(`<section id="agreement"><h2>${esc(S.agreement[lang])}</h2><p>${esc(agreementLine(compliance, lang))}</p></section>`);
  const link = customerRows(compliance, lang);
  if (link !== null) {
    parts.push(
      `<section id="customers"><h2>${esc(S.customers[lang])}</h2><p class="note">${esc(S.customersNote[lang](compliance.options.by ?? '', compliance.options.minUnits))}</p>${table(link)}</section>`,
    );
  }
  const issues = compliance.dataQuality.issues
    .slice(0, 20)
    .map((i) => `<li>${esc(observationIssueIn(i, lang))}</li>`)
    .join('');
  parts.push(
    `<section id="compliance-quality"><h2>${esc(H.quality[lang])}</h2><p>${esc(complianceSampleLine(compliance, lang))}</p>${issues === '' ? '' : `<ul class="issues">${issues}</ul>`}</section>`,
  );
  if (options.calls !== undefined) {
    const calls = options.calls;
    parts.push(`<h2 id="calls">${esc(S.callsSection[lang])}</h2><p>${esc(callsSampleLine(calls, lang))}</p>`, ...callsHtmlSections(calls, lang));
  }
  const names = compliance.standards.map((s) => `${s.id} ${standardTextIn(s, lang)}`).join(' · ');
  return `${htmlHead(lang, S.operationsTitle[lang])}<header><h1>${esc(S.operationsTitle[lang])}</h1><p>${esc(complianceSampleLine(compliance, lang))}</p><p class="note">${esc(names)}</p></header>
<main>
${parts.join('\n')}
</main>
<footer>${esc(H.generated[lang])} · schema ${esc(compliance.schemaVersion)}</footer>
</body>
</html>
`;
}
