import { fixed } from '../_lib/format.js';
import type { KanoAttributeReport, KanoReport } from '../report/KanoReportSchema.js';
import { KANO_LABELS as K, nameIn, sampleLine, type Lang } from './labels.js';

/** A Markdown table cell: pipes and line breaks would break the table. */
const cell = (text: string): string => text.replaceAll('|', '\\|').replace(/\r?\n/g, ' ');

/** An attribute's category in words, with its letter. */
export function kanoCategoryIn(a: Pick<KanoAttributeReport, 'category'>, lang: Lang): string {
  return a.category === null ? '–' : `${a.category} ${K.categories[a.category][lang]}`;
}

/** An attribute's level of needs in words: `–` for one-dimensional and questionable. */
export function kanoLevelIn(a: Pick<KanoAttributeReport, 'seedLevel'>, lang: Lang): string {
  return a.seedLevel === null ? '–' : K.seedLevels[a.seedLevel][lang];
}

/** Fong's verdict: `28 ≥ 19.4 sig.`. */
function fongIn(a: KanoAttributeReport, lang: Lang): string {
  if (a.fong === null) return '–';
  return `${a.fong.difference} ${a.fong.significant ? '≥' : '<'} ${fixed(a.fong.threshold, 1)} ${a.fong.significant ? K.significant[lang] : K.notSignificant[lang]}`;
}

/**
 * A Kano report as Markdown: per attribute the counts, category, level of needs, Better, Worse,
 * Fong's test and the continuous scores; the drift between periods; the category per segment and per
 * period; the data-quality line.
 *
 * @param report - a report of `kano`, `kanoCsv` or a Kano analyzer's `result()`
 * @param lang - `en` (default) or `zh`
 *
 * @example
 * const md = renderKanoMarkdown(kano([{ F_wifi: 2, D_wifi: 5 }]), 'zh');
 * md.includes('| wifi | 1 | 0 | 0 | 1 | 0 | 0 | 0 | M 必备型 | 期望需求 |')
 * //=> true
 */
export function renderKanoMarkdown(report: KanoReport, lang: Lang = 'en'): string {
  const out: string[] = [];
  out.push(`# ${K.title[lang]}: ${nameIn(report.instrument.name, lang)}`, '', sampleLine(report.sample, lang), '');
  out.push(`## ${K.attributes[lang]}`, '');
  out.push(
    `| ${K.attribute[lang]} | n | A | O | M | I | R | Q | ${K.category[lang]} | ${K.level[lang]} | ${K.declared[lang]} | ${K.better[lang]} | ${K.worse[lang]} | ${K.fong[lang]} | ${K.functional[lang]} | ${K.dysfunctional[lang]} |`,
  );
  out.push(`|---|${'---:|'.repeat(7)}---|---|---|---:|---:|---|---:|---:|`);
  for (const a of report.attributes) {
    const c = a.counts;
    out.push(
      `| ${cell(nameIn(a.name, lang))} | ${a.n} | ${c.A} | ${c.O} | ${c.M} | ${c.I} | ${c.R} | ${c.Q} | ${kanoCategoryIn(a, lang)} | ${kanoLevelIn(a, lang)} | ${a.needLevel === undefined ? '–' : K.needLevels[a.needLevel][lang]} | ${fixed(a.better, 3)} | ${fixed(a.worse, 3)} | ${fongIn(a, lang)} | ${fixed(a.functional.mean)} | ${fixed(a.dysfunctional.mean)} |`,
    );
  }
  out.push('', K.note[lang], '');
  const names = new Map(report.attributes.map((a) => [a.id, nameIn(a.name, lang)]));
  if (report.periods !== null) {
    out.push(`## ${K.drift[lang]}`, '');
    if (report.drift === null || report.drift.length === 0) out.push(K.noDrift[lang]);
    for (const d of report.drift ?? [])
      out.push(`- ${K.driftLine[lang](names.get(d.id) ?? d.id, K.categories[d.from][lang], K.categories[d.to][lang], d.fromPeriod, d.toPeriod)}`);
    out.push(
      '',
      `| ${K.category[lang]} | n | ${report.attributes.map((a) => cell(nameIn(a.name, lang))).join(' | ')} |`,
      `|---|---:|${'---|'.repeat(report.attributes.length)}`,
    );
    for (const p of report.periods) out.push(`| ${p.period} | ${p.n} | ${p.attributes.map((a) => a.category ?? '–').join(' | ')} |`);
    if (report.dataQuality.undated > 0) out.push('', K.undated[lang](report.dataQuality.undated));
    out.push('');
  }
  for (const [column, segments] of Object.entries(report.segments ?? {})) {
    out.push(
      `## ${cell(column)}`,
      '',
      `| ${K.category[lang]} | n | ${report.attributes.map((a) => cell(nameIn(a.name, lang))).join(' | ')} |`,
      `|---|---:|${'---|'.repeat(report.attributes.length)}`,
    );
    for (const s of segments) out.push(`| ${cell(s.value)}${s.small ? ' ⚠' : ''} | ${s.n} | ${s.attributes.map((a) => a.category ?? '–').join(' | ')} |`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
