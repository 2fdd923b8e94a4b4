import type { LinkageReport } from '../link/linkUnits.js';
import { LINK_LABELS as L, type Lang } from './labels.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { linkageTables } from './linkageParts.js';

/**
 * A linkage report as Markdown, in English or Chinese: what was linked and how, the strongest
 * staff–customer links and every customer–business link (r with its interval, ρ, p, slope), the
 * units with the ones below the median on both sides flagged, and the units left out. Names from the
 * data are escaped.
 *
 * @param report - a report of `linkUnits`
 * @param lang - `en` (default) or `zh`
 * @returns the Markdown
 */
export function renderLinkageMarkdown(report: LinkageReport, lang: Lang = 'en'): string {
  const cell = (text: string): string => escapeMarkdown(text).replaceAll('|', '\\|');
  const table = (header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] => [
    `| ${header.map(cell).join(' | ')} |`,
    `|:--|${header
      .slice(1)
      .map(() => '--:')
      .join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  const t = linkageTables(report, lang);
  return [
    `# ${L.title[lang]}`,
    '',
    L.summary[lang](report.units.length, escapeMarkdown(report.by), report.excluded.length, report.minUnit),
    ...(report.weighted ? ['', L.weighted[lang]] : []),
    '',
    L.correlational[lang],
    '',
    `## ${L.links[lang]}`,
    '',
    ...table(t.links.header, t.links.rows),
    ...(t.links.note === null ? [] : ['', t.links.note]),
    '',
    `## ${L.units[lang]}`,
    '',
    ...table(t.units.header, t.units.rows),
    '',
    L.bothBelowNote[lang],
    '',
    ...(t.excluded.length === 0 ? [] : [`## ${L.excluded[lang]}`, '', ...t.excluded.map((line) => `- ${escapeMarkdown(line)}`), '']),
  ].join('\n');
}
