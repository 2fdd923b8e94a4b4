import { fixed } from '../_lib/format.js';
import type { CallIndicators, CallsReport } from '../report/CallsReportSchema.js';
import { CALLS_LABELS as C, type Lang } from './labels.js';

/** A share as a percentage with one decimal: `83.0%`; `null` as an en dash. */
export function percent(x: number | null): string {
  return x === null ? '–' : `${fixed(x * 100, 1)}%`;
}

/** A target's verdict in words. */
export function verdict(status: 'met' | 'missed' | null, lang: Lang): string {
  return status === null ? '–' : C[status][lang];
}

/**
 * The table of groups (segments or periods) that the Markdown, HTML and CSV renderers all print: a
 * first column naming the group, then offered, abandonment rate, ASA, AHT, the five service levels and
 * one verdict per target. Cells are plain text; each renderer escapes them as its format needs.
 */
export function callsTable(
  report: CallsReport,
  groups: ReadonlyArray<{ name: string; indicators: CallIndicators }>,
  first: string,
  lang: Lang,
): { head: string[]; rows: string[][] } {
  const head = [first, C.offered[lang], C.abandonmentRate[lang], 'ASA', 'AHT', 'F1', 'F2', 'F3', 'F4', 'F5', ...report.options.targets.map((t) => t.text)];
  const rows = groups.map(({ name, indicators: g }) => [
    name,
    String(g.offered),
    percent(g.abandonmentRate),
    fixed(g.asa, 1),
    fixed(g.aht, 0),
    ...(['F1', 'F2', 'F3', 'F4', 'F5'] as const).map((f) => percent(g.serviceLevels[f])),
    ...g.targets.map((t) => verdict(t.status, lang)),
  ]);
  return { head, rows };
}

/** The overall indicators as rows of [indicator, value, target verdicts]. */
export function overallRows(report: CallsReport, lang: Lang): string[][] {
  const o = report.overall;
  const verdicts = (metric: string): string =>
    report.options.targets
      .map((t, i) => (t.metric === metric ? `${t.text}: ${verdict(o.targets[i]?.status ?? null, lang)}` : ''))
      .filter((s) => s !== '')
      .join('; ');
  return [
    [C.offered[lang], String(o.offered), ''],
    [C.answered[lang], String(o.answered), ''],
    [C.abandoned[lang], String(o.abandoned), ''],
    [C.abandonmentRate[lang], percent(o.abandonmentRate), verdicts('abandonmentRate')],
    [C.asa[lang], fixed(o.asa, 1), verdicts('asa')],
    [C.aht[lang], fixed(o.aht, 0), verdicts('aht')],
    [C.answeredWithinRings[lang](report.options.rings), percent(o.answeredWithinRings), verdicts('answeredWithinRings')],
    [C.meanTimeToAbandon[lang], fixed(o.meanTimeToAbandon, 1), verdicts('meanTimeToAbandon')],
  ];
}

/** The service-level rows: [formula, definition, value, verdicts]. */
export function serviceLevelRows(report: CallsReport, lang: Lang): string[][] {
  const o = report.overall;
  return (['F1', 'F2', 'F3', 'F4', 'F5'] as const).map((f) => [
    f,
    C.definitions[f][lang],
    percent(o.serviceLevels[f]),
    report.options.targets
      .map((t, i) => (t.metric === `serviceLevels.${f}` ? `${t.text}: ${verdict(o.targets[i]?.status ?? null, lang)}` : ''))
      .filter((s) => s !== '')
      .join('; '),
  ]);
}

/** The sample line of a calls report, in the language. */
export function callsSampleLine(report: CallsReport, lang: Lang): string {
  const s = report.sample;
  const reasons = s.reasons.map((r) => `${r.rows} ${C.reasons[r.code]?.[lang] ?? r.reason}`).join(lang === 'zh' ? '，' : ', ');
  return C.sample[lang](s.rows, s.used, s.excluded, reasons);
}
