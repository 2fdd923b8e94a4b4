import { fixed } from '../_lib/format.js';
import type { ParetoReport } from '../pareto/pareto.js';
import { PARETO_LABELS as P, type Lang } from './labels.js';
import { escapeMarkdown } from './escapeMarkdown.js';

const pct = (x: number): string => `${fixed(x * 100, 1)}%`;

/**
 * The sentences that lead a Pareto report (not yet escaped; they hold no text from the data): the
 * vital few and their share, how ties are taken, and the rows read.
 *
 * @param report - a report of `pareto`
 * @param lang - `en` or `zh`
 * @returns the sentences, in order
 */
export function paretoSummary(report: ParetoReport, lang: Lang): string[] {
  const vital = report.categories.filter((c) => c.vital);
  const share = vital.at(-1)?.cumulative ?? 0;
  return [
    P.summary[lang](vital.length, report.categories.length, pct(share), pct(report.threshold)),
    P.ties[lang],
    P.rows[lang](report.rows, report.total, report.blank),
  ];
}

/**
 * A Pareto report as Markdown, in English or Chinese: the vital few in a sentence, then the table of
 * categories with count, share, cumulative share and the vital few marked. Names from the data are escaped.
 *
 * @param report - a report of `pareto`
 * @param lang - `en` (default) or `zh`
 * @returns the Markdown
 *
 * @example
 * renderParetoMarkdown(pareto(['wait', 'wait', 'rude|x'])).split('\n').at(-2)
 * //=> '| rude\\|x | 1 | 33.3% | 100.0% | yes |'
 */
export function renderParetoMarkdown(report: ParetoReport, lang: Lang = 'en'): string {
  const cell = (text: string): string => escapeMarkdown(text).replaceAll('|', '\\|');
  return [
    `# ${P.title[lang]}`,
    '',
    ...paretoSummary(report, lang).flatMap((line) => [line, '']),
    `| ${P.category[lang]} | ${P.count[lang]} | ${P.share[lang]} | ${P.cumulative[lang]} | ${P.vital[lang]} |`,
    '|:--|--:|--:|--:|:--|',
    ...report.categories.map((c) => `| ${cell(c.category)} | ${c.count} | ${pct(c.share)} | ${pct(c.cumulative)} | ${c.vital ? P.yes[lang] : ''} |`),
    '',
  ].join('\n');
}
