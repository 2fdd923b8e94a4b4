import { formatSampleLine } from '../data/DataQualityLog.js';
import type { Stat, TestedStat } from '../stats/types.js';
import { DASH, fixed, formatP, interval, stars } from './format.js';
import type { DimensionReport, ItemReport, OverallScore, Report } from './types.js';

/** Options of {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** Decimals for means and gaps. Default 2. */
  digits?: number;
}

type Row = string[];

function table(head: Row, rows: Row[], numericFrom = 1): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length), 3));
  const pad = (cell: string, c: number): string => (c >= numericFrom ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0));
  const line = (r: Row): string => `| ${r.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c >= numericFrom ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

const alphaOf = (d: DimensionReport, key: keyof DimensionReport['reliability']): string => fixed(d.reliability[key]?.alpha, 3);

/**
 * The report as Markdown: the dimension table (E, P, gap with its 95% CI and adjusted significance,
 * alpha), the item table and the overall scores. Tables are aligned so they read well in a terminal
 * and paste cleanly into a wiki.
 */
export function renderMarkdown(report: Report, options: RenderMarkdownOptions = {}): string {
  const dg = options.digits ?? 2;
  const f = (x: number | null | undefined): string => fixed(x, dg);
  const tested = (t: TestedStat | undefined): Row => [
    `${f(t?.mean)}${stars(t?.pAdjusted)}`,
    interval(t?.ci95, dg),
    formatP(t?.pAdjusted),
  ];
  const out: string[] = [];
  out.push(`# Service quality report: ${report.instrument.name.en}`, '');
  out.push(
    `Method: ${report.method} · scale ${report.instrument.scale.min}–${report.instrument.scale.max} · ${formatSampleLine(report.sample)}.`,
    '',
  );

  const top = report.priorities.filter((p) => p.level === 'dimension');
  if (top.length > 0) {
    out.push('## What to fix first', '');
    out.push(...top.map((p) => `${p.rank}. ${p.reason.en} (priority ${fixed(p.score, 3)})`), '');
    const src = report.ipa.importance;
    out.push(
      `Priority = importance share (${src}) × shortfall (the gap where it is negative and significant). Quadrants after Martilla & James (1977), crosshairs at ${report.ipa.crosshairs.placement === 'mean' ? 'the data means' : report.ipa.crosshairs.placement === 'midpoint' ? 'the scale midpoint' : 'given values'}.`,
      '',
    );
  }

  out.push('## Dimensions', '');
  if (report.method === 'servqual') {
    out.push(
      table(
        ['Dimension', 'n', 'E', 'P', 'Gap', '95% CI', 'p (adj.)', 'α E', 'α P'],
        report.dimensions.map((d) => [d.name.en, String(d.gap?.n ?? 0), f(d.expectation?.mean), f(d.perception.mean), ...tested(d.gap), alphaOf(d, 'expectation'), alphaOf(d, 'perception')]),
      ),
    );
  } else if (report.method === 'servperf') {
    out.push(
      table(
        ['Dimension', 'n', 'P', 'SD', 'α P'],
        report.dimensions.map((d) => [d.name.en, String(d.perception.n), f(d.perception.mean), f(d.perception.sd), alphaOf(d, 'perception')]),
      ),
    );
  } else {
    out.push(
      table(
        ['Dimension', 'MIN', 'DES', 'P', 'Adequacy', 'p (adj.)', 'Superiority', 'p (adj.)', 'Zone'],
        report.dimensions.map((d) => [
          d.name.en,
          f(d.minimum?.mean),
          f(d.desired?.mean),
          f(d.perception.mean),
          `${f(d.adequacy?.mean)}${stars(d.adequacy?.pAdjusted)}`,
          formatP(d.adequacy?.pAdjusted),
          `${f(d.superiority?.mean)}${stars(d.superiority?.pAdjusted)}`,
          formatP(d.superiority?.pAdjusted),
          d.zone?.zone ?? DASH,
        ]),
      ),
    );
  }
  out.push('', `Significance after ${report.options.pAdjust === 'BH' ? 'Benjamini–Hochberg' : report.options.pAdjust === 'holm' ? 'Holm' : 'no'} adjustment: * p < .05, ** p < .01, *** p < .001.`, '');

  out.push('## Items', '');
  out.push(itemTable(report.items, report.method, f, tested), '');

  out.push('## Overall', '');
  out.push(overallSection(report, f), '');

  if (report.warnings.length > 0) {
    out.push('## Warnings', '', ...report.warnings.map((w) => `- ${w.message}`), '');
  }
  if (report.sample.excluded > 0) {
    out.push('## Excluded rows', '', ...report.sample.reasons.map((r) => `- ${r.rows} × ${r.reason} (${r.code})`));
    const shown = report.dataQuality.issues.slice(0, 10).map((i) => `  - ${i.message}`);
    out.push(...shown, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function itemTable(items: ItemReport[], method: Report['method'], f: (x: number | null | undefined) => string, tested: (t: TestedStat | undefined) => Row): string {
  if (method === 'servqual') {
    return table(
      ['Item', 'Dimension', 'n', 'E', 'P', 'Gap', '95% CI', 'p (adj.)'],
      items.map((i) => [i.id, i.dimension, String(i.gap?.n ?? 0), f(i.expectation?.mean), f(i.perception.mean), ...tested(i.gap)]),
      2,
    );
  }
  if (method === 'servperf') {
    return table(['Item', 'Dimension', 'n', 'P', 'SD'], items.map((i) => [i.id, i.dimension, String(i.perception.n), f(i.perception.mean), f(i.perception.sd)]), 2);
  }
  return table(
    ['Item', 'Dimension', 'MIN', 'DES', 'P', 'Adequacy', 'Superiority', 'Zone'],
    items.map((i) => [
      i.id,
      i.dimension,
      f(i.minimum?.mean),
      f(i.desired?.mean),
      f(i.perception.mean),
      `${f(i.adequacy?.mean)}${stars(i.adequacy?.pAdjusted)}`,
      `${f(i.superiority?.mean)}${stars(i.superiority?.pAdjusted)}`,
      i.zone?.zone ?? DASH,
    ]),
    2,
  );
}

function overallSection(report: Report, f: (x: number | null | undefined) => string): string {
  const o = report.overall;
  const line = (label: string, s: Stat): Row => {
    const t = s as Partial<TestedStat>;
    return [label, String(s.n), f(s.mean), f(s.sd), interval(t.ci95 ?? null), formatP(t.p ?? null)];
  };
  const rows: Row[] = [];
  const add = (prefix: string, score: OverallScore<Stat>): void => {
    rows.push(line(`${prefix}unweighted`, score.unweighted), line(`${prefix}weighted`, score.weighted));
  };
  if ('adequacy' in o) {
    add('Adequacy, ', o.adequacy);
    add('Superiority, ', o.superiority);
  } else {
    add(report.method === 'servperf' ? 'Perception, ' : 'Gap, ', o);
  }
  const weights = 'adequacy' in o ? o.adequacy.weights : o.weights;
  const source = `Weights: ${weights.respondent} respondents' own, ${weights.instrument} the instrument's defaults, ${weights.equal} equal.`;
  return `${table(['Score', 'n', 'Mean', 'SD', '95% CI', 'p'], rows)}\n\n${source}`;
}
