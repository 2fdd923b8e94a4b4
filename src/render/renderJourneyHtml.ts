import { fixed } from '../_lib/format.js';
import type { JourneyReport } from '../journey/journey.js';
import { stageName } from '../journey/journeyTemplates.js';
import { HTML_LABELS as H, JOURNEY_LABELS as J, type Lang } from './labels.js';
import { htmlHead } from './htmlHead.js';
import { journeySummary } from './renderJourneyMarkdown.js';
import { barChart, esc } from './svg.js';

const pct = (x: number | null): string => (x === null ? '–' : `${fixed(x * 100, 1)}%`);

/**
 * A journey report as one self-contained HTML page (no scripts, no network): the independence
 * estimate and the observed share, a chart of each stage's share with its Wilson interval, and the
 * stage table with the what-if. Every string from the data is escaped.
 *
 * @param report - a report of `journey`
 * @param lang - `en` (default) or `zh`
 * @returns the page
 *
 * @example
 * const page = renderJourneyHtml(journey([{ stage: '<b>', satisfied: 0.9, n: 10 }]), 'zh');
 * [page.includes('<html lang="zh-CN">'), page.includes('<b>'), page.includes('id="chart-journey"')]
 * //=> [true, false, true]
 */
export function renderJourneyHtml(report: JourneyReport, lang: Lang = 'en'): string {
  const name = (s: string): string => stageName(s, lang);
  const data = report.stages.map((s) => ({
    label: name(s.stage),
    value: s.satisfied * 100,
    lo: s.ci95 === null ? null : s.ci95[0] * 100,
    hi: s.ci95 === null ? null : s.ci95[1] * 100,
  }));
  const desc = report.stages.map((s) => `${name(s.stage)}: ${pct(s.satisfied)}`).join('; ');
  const chart = barChart('chart-journey', J.chart[lang], desc, data, J.shareAxis[lang]);
  const interval = (ci: readonly [number, number] | null): string => (ci === null ? '–' : `[${pct(ci[0])}, ${pct(ci[1])}]`);
  const rows = report.stages
    .map(
      (s) =>
        `<tr><th scope="row">${esc(name(s.stage))}</th><td>${s.n ?? '–'}</td><td>${pct(s.satisfied)}</td><td>${interval(s.ci95)}</td><td>${pct(s.ifRaised)}</td><td>${s.gain > 0 ? '+' : ''}${fixed(s.gain * 100, 1)} ${esc(J.pp[lang])}</td></tr>`,
    )
    .join('');
  const table = `<table><thead><tr><th>${esc(J.stage[lang])}</th><th>${esc(J.n[lang])}</th><th>${esc(J.satisfied[lang])}</th><th>${esc(J.ci95[lang])}</th><th>${esc(J.ifRaised[lang](pct(report.target)))}</th><th>${esc(J.gain[lang])}</th></tr></thead><tbody>${rows}</tbody></table>`;
  const summary = journeySummary(report, lang, (text) => text)
    .map((line) => `<p>${esc(line)}</p>`)
    .join('');
  return `${htmlHead(lang, J.title[lang])}<header><h1>${esc(J.title[lang])}</h1>${summary}</header>
<main>
<section id="charts"><figure>${chart}<figcaption>${esc(J.chart[lang])}</figcaption></figure></section>
<section id="stages">${table}<p class="note">${esc(J.whatIf[lang])}</p></section>
</main>
<footer>${esc(H.generated[lang])}</footer>
</body>
</html>
`;
}
