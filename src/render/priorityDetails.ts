import { fixed } from '../_lib/format.js';
import type { Priority, Report } from '../report/types.js';
import { LABELS as L, nameIn, type Lang } from './labels.js';

/** What the reports print under a dimension to fix or improve, in words. */
export interface PriorityDetails {
  /** The weakest items: wording (or id), and the shortfall. */
  weakest: string[];
  causes: Array<{ title: string; why: string; remedies: string[] }>;
}

/**
 * The weakest items (by wording, with their shortfall) and the likely causes with their remedies of a
 * dimension priority, in the language; empty for a priority without them.
 */
export function priorityDetails(report: Report, p: Priority, lang: Lang): PriorityDetails {
  const items = new Map(report.items.map((i) => [i.id, i]));
  const short = report.method === 'servperf' ? 'P' : lang === 'zh' ? '不足' : 'shortfall';
  const weakest = (p.weakestItems ?? []).map((id) => {
    const item = items.get(id);
    const shortfall = report.priorities.find((x) => x.level === 'item' && x.id === id)?.shortfall ?? null;
    const a = item?.adequacy?.mean;
    // Three-column: say which line the item falls short of (its shortfall is −adequacy when below the minimum).
    const label =
      report.method === 'three-column' && shortfall !== null
        ? a !== null && a !== undefined && Math.abs(shortfall + a) < 1e-12
          ? 'P − MIN'
          : 'P − DES'
        : short;
    const value =
      report.method === 'servperf'
        ? fixed(item?.perception.mean)
        : report.method === 'three-column'
          ? fixed(shortfall === null ? null : -shortfall)
          : fixed(shortfall);
    // In Chinese an item is named 第 9 项, not "9." (an ASCII period inside a Chinese sentence).
    const text =
      item?.text === undefined
        ? lang === 'zh'
          ? `第 ${id} 项`
          : `${L.item[lang]} ${id}`
        : lang === 'zh'
          ? `第 ${id} 项“${nameIn(item.text, lang)}”`
          : `${id}. “${nameIn(item.text, lang)}”`;
    return lang === 'zh' ? `${text}（${label} ${value}）` : `${text} (${label} ${value})`;
  });
  const causes = (p.causes ?? []).map((c) => ({
    title: `${L.gapName[lang](c.gap, c.name[lang])}${c.basis === 'measured' && c.severity !== undefined && c.severity !== null ? `${lang === 'zh' ? '，' : ', '}${L.measured[lang](`${fixed(c.severity * 100, 0)}%`)}` : ''}`,
    why: c.why[lang],
    remedies: c.remedies.map((r) => r[lang]),
  }));
  return { weakest, causes };
}
