import { fixed } from '../_lib/format.js';
import type { JourneyReport } from '../journey/journey.js';
import { JOURNEY_LABELS as J, type Lang } from './labels.js';
import { escapeMarkdown } from './escapeMarkdown.js';

const pct = (x: number): string => `${fixed(x * 100, 1)}%`;

/** A journey report as Markdown, in English or Chinese. */
export function renderJourneyMarkdown(report: JourneyReport, lang: Lang = 'en'): string {
  const lines = [
    `# ${J.title[lang]}`,
    '',
    J.summary[lang](pct(report.satisfaction), escapeMarkdown(report.weakest)),
    '',
    `| ${J.stage[lang]} | ${J.satisfied[lang]} | ${J.ifRaised[lang](pct(report.target))} | ${J.gain[lang]} |`,
    '|:--|--:|--:|--:|',
    ...report.stages.map(
      (s) =>
        `| ${escapeMarkdown(s.stage).replaceAll('|', '\\|')} | ${pct(s.satisfied)} | ${pct(s.ifRaised)} | ${s.gain > 0 ? '+' : ''}${fixed(s.gain * 100, 1)} pp |`,
    ),
    '',
  ];
  return lines.join('\n');
}
