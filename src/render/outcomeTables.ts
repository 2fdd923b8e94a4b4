import { DASH, fixed, formatP } from '../_lib/format.js';
import type { OutcomesReport } from '../report/OutcomesSchema.js';
import type { WaveDifference } from '../stats/WaveDifference.js';
import { LABELS as L, OUTCOME_LABELS as O, type Lang } from './labels.js';

/** A table of text cells, escaped by the renderer that prints it. */
export interface TextTable {
  head: string[];
  rows: string[][];
}

/** The outcome section as the Markdown and HTML reports print it: one table of groups, one of the change. */
export interface OutcomeTables {
  measures: TextTable;
  change: { title: string; table: TextTable } | null;
  /** What the numbers are, and which outcome drove importance. */
  notes: string[];
}

type Measures = Pick<OutcomesReport, 'csi' | 'csat' | 'nps'>;

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? DASH : `${fixed(100 * x, 1)}%`);
const signed = (x: number | null | undefined, digits: number): string => (x !== null && x !== undefined && x > 0 ? `+${fixed(x, digits)}` : fixed(x, digits));

/** `estimate [lo, hi] (n)`, or a dash for a measure without answers. */
function cellOf(value: number | null, ci: [number, number] | null, n: number, show: (x: number | null) => string): string {
  if (value === null) return DASH;
  return `${show(value)} ${ci === null ? '' : `[${show(ci[0])}, ${show(ci[1])}] `}(${n})`;
}

/** The measure columns a report has: those the instrument names. */
function columnsOf(o: OutcomesReport): Array<'csi' | 'csat' | 'nps'> {
  return (['csi', 'csat', 'nps'] as const).filter((k) => o[k] !== null);
}

function cells(m: Measures, keys: ReadonlyArray<'csi' | 'csat' | 'nps'>): string[] {
  return keys.map((k) => {
    if (k === 'csi') return m.csi === null ? DASH : cellOf(m.csi.value, m.csi.ci95, m.csi.n, (x) => fixed(x, 1));
    if (k === 'csat') return m.csat === null ? DASH : cellOf(m.csat.value, m.csat.ci95, m.csat.n, pct);
    return m.nps === null ? DASH : cellOf(m.nps.value, m.nps.ci95, m.nps.n, (x) => signed(x, 1));
  });
}

/** The change of one measure as a row: its name, the change, its interval, the test and p. */
function changeRow(name: string, d: WaveDifference, test: string, show: (x: number | null) => string): string[] {
  const stat = d.statistic === null ? DASH : `${test}: ${fixed(d.statistic, 2)}${d.df === null ? '' : `, df ${fixed(d.df, 1)}`}`;
  return [name, show(d.difference), d.ci95 === null ? DASH : `[${show(d.ci95[0])}, ${show(d.ci95[1])}]`, stat, formatP(d.p)];
}

/**
 * The outcome measures as text tables, in `lang`: every respondent, then each segment of each `by`
 * column, then each period; and the change between the last two periods with its test.
 *
 * @param o - the report's `outcomes`
 * @param lang - the language of the words
 * @returns the tables and notes
 */
export function outcomeTables(o: OutcomesReport, lang: Lang): OutcomeTables {
  const keys = columnsOf(o);
  const rows: string[][] = [[O.all[lang], ...cells(o, keys)]];
  for (const [column, segments] of Object.entries(o.segments ?? {})) {
    for (const s of segments) rows.push([`${column}: ${s.value === '' ? L.blank[lang] : s.value}`, ...cells(s, keys)]);
  }
  for (const p of o.periods ?? []) rows.push([p.period, ...cells(p, keys)]);
  const measures = { head: [O.group[lang], ...keys.map((k) => O[k][lang])], rows };

  let change: OutcomeTables['change'] = null;
  if (o.change !== null) {
    const c = o.change;
    const body: string[][] = [];
    if (c.csi !== null) body.push(changeRow(O.csi[lang], c.csi, O.welch[lang], (x) => signed(x, 1)));
    if (c.csat !== null) body.push(changeRow(O.csat[lang], c.csat, O.proportions[lang], (x) => (x === null ? DASH : `${signed(100 * x, 1)} pp`)));
    if (c.nps !== null) body.push(changeRow(O.nps[lang], c.nps, O.npsDifference[lang], (x) => signed(x, 1)));
    change = { title: O.change[lang](c.from, c.to), table: { head: [O.measure[lang], O.difference[lang], '95% CI', O.test[lang], 'p'], rows: body } };
  }
  const notes: string[] = [O.note[lang]];
  if (o.driver !== null) notes.push(O.driver[lang](O[o.driver][lang]));
  return { measures, change, notes };
}
