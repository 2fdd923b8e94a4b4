import { fixed } from '../_lib/format.js';
import type { KanoReport } from '../report/KanoReportSchema.js';
import { HTML_LABELS as H, KANO_LABELS as K, nameIn, sampleLine, type Lang } from './labels.js';
import { kanoCategoryIn, kanoLevelIn } from './renderKanoMarkdown.js';
import { betterWorseChart, esc } from './svg.js';
import { htmlHead } from './htmlHead.js';

/**
 * A Kano report as one self-contained HTML page (no scripts, no network): the Better–Worse diagram,
 * the attribute table, the drift between periods and the data-quality line. Every string from the
 * data is escaped.
 *
 * @param report - a report of `kano`, `kanoCsv` or a Kano analyzer's `result()`
 * @param lang - `en` (default) or `zh`
 *
 * @example
 * const page = renderKanoHtml(kano([{ F_wifi: 1, D_wifi: 5 }]), 'zh');
 * [page.includes('<html lang="zh-CN">'), page.includes('<script'), page.includes('id="chart-better-worse"')]
 * //=> [true, false, true]
 */
export function renderKanoHtml(report: KanoReport, lang: Lang = 'en'): string {
  const name = (a: { name: { en: string; zh?: string | undefined } }): string => nameIn(a.name, lang);
  const points = report.attributes.flatMap((a) => (a.better === null || a.worse === null ? [] : [{ label: name(a), better: a.better, worse: a.worse }]));
  const desc = report.attributes.map((a) => `${name(a)}: ${kanoCategoryIn(a, lang)}, Better ${fixed(a.better)}, Worse ${fixed(a.worse)}`).join('; ');
  const chart = betterWorseChart('chart-better-worse', K.chart[lang], desc, points, {
    x: K.worseAxis[lang],
    y: K.betterAxis[lang],
    quadrants: { A: K.categories.A[lang], O: K.categories.O[lang], M: K.categories.M[lang], I: K.categories.I[lang] },
  });
  const rows = report.attributes
    .map(
      (a) =>
        `<tr><th scope="row">${esc(name(a))}</th><td>${a.n}</td><td>${a.counts.A}</td><td>${a.counts.O}</td><td>${a.counts.M}</td><td>${a.counts.I}</td><td>${a.counts.R}</td><td>${a.counts.Q}</td><td>${esc(kanoCategoryIn(a, lang))}</td><td>${esc(kanoLevelIn(a, lang))}</td><td>${a.needLevel === undefined ? '–' : esc(K.needLevels[a.needLevel][lang])}</td><td>${fixed(a.better, 3)}</td><td>${fixed(a.worse, 3)}</td><td>${a.fong === null ? '–' : `${a.fong.difference} / ${fixed(a.fong.threshold, 1)} ${esc(a.fong.significant ? K.significant[lang] : K.notSignificant[lang])}`}</td></tr>`,
    )
    .join('');
  const table = `<table><thead><tr><th>${esc(K.attribute[lang])}</th><th>n</th><th>A</th><th>O</th><th>M</th><th>I</th><th>R</th><th>Q</th><th>${esc(K.category[lang])}</th><th>${esc(K.level[lang])}</th><th>${esc(K.declared[lang])}</th><th>${esc(K.better[lang])}</th><th>${esc(K.worse[lang])}</th><th>${esc(K.fong[lang])}</th></tr></thead><tbody>${rows}</tbody></table>`;
  const names = new Map(report.attributes.map((a) => [a.id, name(a)]));
  const drift =
    report.periods === null
      ? ''
      : `<section id="drift"><h2>${esc(K.drift[lang])}</h2>${
          report.drift === null || report.drift.length === 0
            ? `<p>${esc(K.noDrift[lang])}</p>`
            : `<ul>${report.drift.map((d) => `<li>${esc(K.driftLine[lang](names.get(d.id) ?? d.id, K.categories[d.from][lang], K.categories[d.to][lang], d.fromPeriod, d.toPeriod))}</li>`).join('')}</ul>`
        }</section>`;
  const issues = report.dataQuality.issues
    .slice(0, 20)
    .map((i) => `<li>${esc(i.message)}</li>`)
    .join('');
  const title = `${K.title[lang]}: ${nameIn(report.instrument.name, lang)}`;
  return `${htmlHead(lang, title)}<header><h1>${esc(title)}</h1><p>${esc(sampleLine(report.sample, lang))}</p></header>
<main>
<section id="charts"><figure>${chart}<figcaption>${esc(K.chart[lang])}</figcaption></figure></section>
<section id="attributes"><h2>${esc(K.attributes[lang])}</h2>${table}<p class="note">${esc(K.note[lang])}</p></section>
${drift}
<section id="quality"><h2>${esc(H.quality[lang])}</h2><p>${esc(sampleLine(report.sample, lang))}</p>${issues === '' ? '' : `<ul class="issues">${issues}</ul>`}</section>
</main>
<footer>${esc(H.generated[lang])} · schema ${esc(report.schemaVersion)}</footer>
</body>
</html>
`;
}
