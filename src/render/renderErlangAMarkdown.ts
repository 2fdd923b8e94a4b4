import { fixed } from '../_lib/format.js';
import type { ErlangAStaffingReport } from '../operations/staffingErlangA.js';
import { percent } from './callsTable.js';
import { CALLS_LABELS as C, ERLANG_A_LABELS as EA, STAFFING_LABELS as S, type Lang } from './labels.js';

/**
 * The Erlang A staffing report as Markdown: the inputs and the callers' patience, Erlang A's answer
 * (agents on the phones and to schedule, the probabilities of waiting and of abandoning, service
 * level, ASA and occupancy), and a table of one or two agents more or fewer.
 *
 * @param report - from `staffingErlangA`
 * @param lang - `en` or `zh`
 * @returns the Markdown
 * @example
 * renderErlangAMarkdown(staffingErlangA({ calls: 100, minutes: 30, aht: 180, patience: 120 })).includes('| Agents on the phones | 12 |')
 * //=> true
 */
export function renderErlangAMarkdown(report: ErlangAStaffingReport, lang: Lang = 'en'): string {
  const i = report.inputs;
  const rows = [
    [S.intensity[lang], fixed(report.intensity, 2)],
    [S.agents[lang], `${report.agents}`],
    [S.withShrinkage[lang](percent(i.shrinkage)), `${report.agentsWithShrinkage}`],
    [S.pWait[lang], percent(report.pWait)],
    [EA.pAbandon[lang], percent(report.pAbandon)],
    [EA.serviceLevel[lang], `${percent(report.serviceLevel)} (${report.meetsTarget ? S.meets[lang] : S.fails[lang]})`],
    [S.asa[lang], fixed(report.asa, 1)],
    [S.occupancy[lang], percent(report.occupancy)],
  ];
  const out = [
    `# ${EA.title[lang]}`,
    '',
    `${S.inputs[lang](i.calls, i.minutes, i.aht)}${C.stop[lang]}${EA.patience[lang](fixed(i.patience, 1))}${S.goal[lang](percent(i.target), i.answerWithin, percent(i.maxOccupancy))}`,
    '',
    `| | |`,
    `|---|---:|`,
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    `## ${S.around[lang]}`,
    '',
    `| ${S.agents[lang]} | ${EA.serviceLevel[lang]} | ${S.asa[lang]} | ${S.occupancy[lang]} | ${S.pWait[lang]} | ${EA.pAbandon[lang]} |`,
    '|---:|---:|---:|---:|---:|---:|',
    ...report.alternatives.map(
      (a) =>
        `| ${a.agents === report.agents ? `**${a.agents}**` : a.agents} | ${percent(a.serviceLevel)} | ${fixed(a.asa, 1)} | ${percent(a.occupancy)} | ${percent(a.pWait)} | ${percent(a.pAbandon)} |`,
    ),
    '',
    EA.note[lang],
  ];
  return `${out.join('\n')}\n`;
}
