import { fixed } from '../_lib/format.js';
import type { JourneyReport } from '../journey/journey.js';
import { stageName } from '../journey/journeyTemplates.js';
import { JOURNEY_LABELS as J, type Lang } from './labels.js';
import { escapeMarkdown } from './escapeMarkdown.js';

const pct = (x: number | null): string => (x === null ? '–' : `${fixed(x * 100, 1)}%`);
const pctInterval = (ci: readonly [number, number] | null): string => (ci === null ? '' : `[${fixed(ci[0] * 100, 1)}%, ${fixed(ci[1] * 100, 1)}%]`);

/**
 * The sentences that lead a journey report, as text for the page (not yet escaped): the independence
 * estimate with its interval, the observed share where there is one, and the weakest stage or the tied ones.
 *
 * @param report - a report of `journey`
 * @param lang - `en` or `zh`
 * @param quote - how a stage's name is made safe for the page (escaping for Markdown or HTML)
 * @returns the sentences, in order
 */
export function journeySummary(report: JourneyReport, lang: Lang, quote: (text: string) => string): string[] {
  const lines = [J.independence[lang](pct(report.satisfaction), pctInterval(report.satisfactionCi95))];
  if (report.observed !== null) {
    const o = report.observed;
    lines.push(o.n === 0 || o.satisfied === null ? J.noObserved[lang] : J.observed[lang](pct(o.satisfied), pctInterval(o.ci95), o.n));
  }
  const names = report.weakest.map((s) => J.quote[lang](quote(stageName(s, lang)))).join(J.and[lang]);
  lines.push(report.weakest.length > 1 ? J.weakestTied[lang](names) : J.weakest[lang](names));
  return lines;
}

/**
 * A journey report as Markdown, in English or Chinese: the independence estimate and its interval,
 * the observed share (with ratings), the weakest stage (all of them on a tie), and a table of the
 * stages with their n, share, Wilson interval and what raising each alone would give. Stage names
 * from the data are escaped; the stages of a built-in journey print in the language.
 *
 * @param report - a report of `journey`
 * @param lang - `en` (default) or `zh`
 * @returns the Markdown
 *
 * @example
 * renderJourneyMarkdown(journey([{ stage: 'a', satisfied: 0.9 }, { stage: 'b', satisfied: 0.9 }])).includes('The weakest stages, tied, are "a", "b".')
 * //=> true
 */
export function renderJourneyMarkdown(report: JourneyReport, lang: Lang = 'en'): string {
  const cell = (text: string): string => escapeMarkdown(text).replaceAll('|', '\\|');
  const lines = [
    `# ${J.title[lang]}`,
    '',
    ...journeySummary(report, lang, cell).flatMap((line) => [line, '']),
    `| ${J.stage[lang]} | ${J.n[lang]} | ${J.satisfied[lang]} | ${J.ci95[lang]} | ${J.ifRaised[lang](pct(report.target))} | ${J.gain[lang]} |`,
    '|:--|--:|--:|--:|--:|--:|',
    ...report.stages.map(
      (s) =>
        `| ${cell(stageName(s.stage, lang))} | ${s.n ?? '–'} | ${pct(s.satisfied)} | ${s.ci95 === null ? '–' : pctInterval(s.ci95)} | ${pct(s.ifRaised)} | ${s.gain > 0 ? '+' : ''}${fixed(s.gain * 100, 1)} ${J.pp[lang]} |`,
    ),
    '',
    J.whatIf[lang],
    '',
  ];
  return lines.join('\n');
}
