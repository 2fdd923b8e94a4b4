import { fixed } from '../_lib/format.js';
import type { StaffingReport } from '../report/StaffingSchema.js';
import { percent } from './callsTable.js';
import { CALLS_LABELS as C, STAFFING_LABELS as S, type Lang } from './labels.js';

/**
 * The staffing report as Markdown: the inputs, Erlang C's answer (agents on the phones and to
 * schedule, the probability of waiting, service level, ASA and occupancy), and a table of one or two
 * agents more or fewer.
 *
 * @example
 * renderStaffingMarkdown(staffing({ calls: 100, minutes: 30, aht: 180 })).includes('| Agents on the phones | 14 |')
 * //=> true
 */
export function renderStaffingMarkdown(report: StaffingReport, lang: Lang = 'en'): string {
  const i = report.inputs;
  const asa = (x: number | null): string => (x === null ? '∞' : fixed(x, 1));
  const rows = [
    [S.intensity[lang], fixed(report.intensity, 2)],
    [S.agents[lang], `${report.agents}`],
    [S.withShrinkage[lang](percent(i.shrinkage)), `${report.agentsWithShrinkage}`],
    [S.pWait[lang], percent(report.pWait)],
    [S.serviceLevel[lang], `${percent(report.serviceLevel)} (${report.meetsTarget ? S.meets[lang] : S.fails[lang]})`],
    [S.asa[lang], asa(report.asa)],
    [S.occupancy[lang], percent(report.occupancy)],
  ];
  const out = [
    `# ${S.title[lang]}`,
    '',
    `${S.inputs[lang](i.calls, i.minutes, i.aht)}${C.stop[lang]}${S.goal[lang](percent(i.target), i.answerWithin, percent(i.maxOccupancy))}`,
    '',
    `| | |`,
    `|---|---:|`,
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    `## ${S.around[lang]}`,
    '',
    `| ${S.agents[lang]} | ${S.serviceLevel[lang]} | ${S.asa[lang]} | ${S.occupancy[lang]} | ${S.pWait[lang]} |`,
    '|---:|---:|---:|---:|---:|',
    ...report.alternatives.map(
      (a) =>
        `| ${a.agents === report.agents ? `**${a.agents}**` : a.agents} | ${percent(a.serviceLevel)} | ${asa(a.asa)} | ${percent(a.occupancy)} | ${percent(a.pWait)} |`,
    ),
    '',
    S.note[lang],
  ];
  return `${out.join('\n')}\n`;
}
