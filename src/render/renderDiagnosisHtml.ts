import type { DiagnosisReport } from '../gaps/diagnose.js';
import { diagnosisSections } from './diagnosisSections.js';
import { htmlHead } from './htmlHead.js';
import { DIAGNOSIS_LABELS as D, HTML_LABELS as H, type Lang } from './labels.js';
import { esc } from './svg.js';

// Wide tables scroll inside their own box instead of widening the page on a phone.
const CSS = `.table { overflow-x: auto; } .severity { font-weight: 600; } .not-measured { color: #555; font-style: italic; }`;

/**
 * The five-gap report as one self-contained HTML page (no script, no network), in English or
 * Chinese: the same sections as {@link renderDiagnosisMarkdown}, each gap a `<section id="gap-N">`.
 * Every text is escaped.
 *
 * @param report - from `diagnose`, `diagnoseCsv` or `diagnoseFromReports`
 * @param lang - `en` (default) or `zh`
 * @example
 * const ids = servqual22.dimensions.flatMap((d) => d.items.map((i) => i.id));
 * const rows = [5, 6].map((p) => Object.fromEntries(ids.flatMap((id) => [[`E${id}`, 6], [`P${id}`, p]])));
 * const page = renderDiagnosisHtml(await diagnose({ customers: rows }, { instrument: servqual22 }), 'zh');
 * [page.startsWith('<!doctype html>\n<html lang="zh-CN">'), page.includes('<script'), page.includes('id="gap-5"')]
 * //=> [true, false, true]
 */
export function renderDiagnosisHtml(report: DiagnosisReport, lang: Lang = 'en'): string {
  const { customers, managers, staff } = report.surveys;
  const parts = [
    htmlHead(lang, D.title[lang], CSS),
    `<h1>${esc(D.title[lang])}</h1>`,
    `<p>${esc(D.surveys[lang](customers, managers, staff))}</p>`,
    `<p class="note">${esc(D.severityNote[lang])}</p>`,
  ];
  for (const s of diagnosisSections(report, lang)) {
    const body: string[] = [`<h2>${esc(s.heading)}</h2>`, `<p>${esc(s.definition)}</p>`];
    if (s.notMeasured !== null) body.push(`<p class="not-measured">${esc(s.notMeasured)}</p>`);
    if (s.severity !== null) body.push(`<p class="severity">${esc(s.severity)}</p>`);
    if (s.overall !== null) body.push(`<p>${esc(s.overall)}</p>`);
    for (const t of s.tables) {
      const head = `<thead><tr>${t.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`;
      const rows = t.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('');
      body.push(`<div class="table"><table>${head}<tbody>${rows}</tbody></table></div>`, `<p class="note">${esc(t.note)}</p>`);
    }
    if (s.remedies.length > 0) body.push(`<h3>${esc(D.remedies[lang])}</h3>`, `<ul>${s.remedies.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>`);
    parts.push(`<section id="gap-${s.gap.gap}">${body.join('\n')}</section>`);
  }
  parts.push(`<footer>${esc(H.generated[lang])}</footer>`, '</body>', '</html>');
  return `${parts.join('\n')}\n`;
}
