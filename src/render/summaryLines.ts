import { fixed, formatP, interval } from '../_lib/format.js';
import type { OverallScore, Priority, Report } from '../report/types.js';
import type { Stat, TestedStat } from '../stats/types.js';
import { actionIn, BOOTSTRAP_LABELS, LABELS as L, nameIn, type Lang, VALIDITY_LABELS as V } from './labels.js';

/** What a manager reads in ten seconds: the overall result, the top three actions, and the base. */
export interface SummaryLines {
  overall: string;
  /** The top three dimensions to fix or improve, with the wording of their weakest items (empty: nothing to fix). */
  top: string[];
  base: string;
  /**
   * Dimensions the survey does not tell apart (HTMT above .85, with `--validity`), and neighbouring
   * ranks the resamples swap (with `--bootstrap`): rank them with care. Empty otherwise.
   */
  cautions: string[];
}

const signed = (x: number | null | undefined): string => {
  const s = fixed(x);
  return s.startsWith('−') || s === '0.00' || s === '–' ? s : `+${s}`;
};
const pText = (p: number | null | undefined): string => {
  const s = formatP(p);
  return s.startsWith('<') ? `p ${s}` : `p = ${s}`;
};

/**
 * The summary at the top of every report: the overall gap with its 95% CI (servperf: the overall
 * perception), the top three dimensions to fix or improve with the wording of their weakest items, and
 * how many respondents the result rests on.
 */
export function summaryLines(report: Report, lang: Lang): SummaryLines {
  const zh = lang === 'zh';
  const sep = zh ? '：' : ': ';
  const o = report.overall;
  const tested = (label: string, t: TestedStat): string =>
    `${label}${sep}${signed(t.mean)}${zh ? '，' : ', '}${L.col.ci[lang]} ${interval(t.ci95)}${zh ? '，' : ', '}${pText(t.p)}`;
  let overall: string;
  let complete: number;
  if ('adequacy' in o) {
    complete = o.adequacy.n;
    overall = `${tested(L.summaryOverall.adequacy[lang], o.adequacy.unweighted)}${zh ? '；' : '; '}${tested(L.summaryOverall.superiority[lang], o.superiority.unweighted)}`;
  } else if (report.method === 'servperf') {
    const s = (o as OverallScore<Stat>).unweighted;
    complete = o.n;
    overall = `${L.summaryOverall.perception[lang]}${sep}${fixed(s.mean)}${zh ? '（标准差 ' : ' (SD '}${fixed(s.sd)}${zh ? '，量表 ' : ', scale '}${report.instrument.scale.min}–${report.instrument.scale.max}${zh ? '）' : ')'}`;
  } else {
    complete = o.n;
    overall = tested(L.summaryOverall.gap[lang], (o as OverallScore<TestedStat>).unweighted);
  }
  const dims = new Map(report.dimensions.map((d) => [d.id, d]));
  const items = new Map(report.items.map((i) => [i.id, i]));
  const top = report.priorities
    .filter((p) => p.level === 'dimension' && (p.action === 'fix' || p.action === 'improve'))
    .slice(0, 3)
    .map((p) => {
      const d = dims.get(p.id);
      const name = d === undefined ? p.id : nameIn(d.name, lang);
      const wording = (p.weakestItems ?? []).map((id) => {
        const text = items.get(id)?.text;
        return text === undefined ? (zh ? `第 ${id} 项` : `${L.item[lang]} ${id}`) : `“${nameIn(text, lang)}”`;
      });
      return `${actionIn(p.action, lang)}${zh ? '' : ' '}${name}${zh ? '（' : ' ('}${headline(report, p, lang)}${zh ? '）' : ')'}${wording.length === 0 ? '' : `${sep}${wording.join(zh ? '；' : '; ')}`}`;
    });
  const flagged = (report.validity?.htmt ?? []).filter((h) => h.above85 && h.value !== null);
  const pairName = (id: string) => {
    const d = dims.get(id);
    return d === undefined ? id : nameIn(d.name, lang);
  };
  const cautions: string[] =
    flagged.length === 0
      ? []
      : [V.summaryCaution[lang](flagged.map((h) => `${pairName(h.a)}–${pairName(h.b)} (${(h.value as number).toFixed(2).replace(/^0/, '')})`))];
  const swapped = (report.bootstrap?.swaps ?? []).filter((s) => s.indistinct);
  if (swapped.length > 0) {
    const percent = (x: number) => `${Math.round(100 * x)}%`;
    cautions.push(
      BOOTSTRAP_LABELS.summaryCaution[lang](
        swapped.map((s) => `${s.ranks[0]}–${s.ranks[1]} (${pairName(s.ids[0])}, ${pairName(s.ids[1])}: ${percent(s.share)})`),
      ),
    );
  }
  return { overall, top, base: L.summaryBase[lang](report.sample.used, complete), cautions };
}

/** The statistic a priority rests on, in a few characters: its gap and p, or its perception. */
function headline(report: Report, p: Priority, lang: Lang): string {
  const comma = lang === 'zh' ? '，' : ', ';
  const d = report.dimensions.find((x) => x.id === p.id);
  if (d === undefined) return '';
  if (report.method === 'servqual') return `${signed(d.gap?.mean)}${comma}${pText(d.gap?.pAdjusted)}`;
  if (report.method === 'three-column') {
    // Below the minimum when the shortfall scored is the adequacy's.
    const a = d.adequacy?.mean;
    const t = p.shortfall > 0 && a !== null && a !== undefined && Math.abs(p.shortfall + a) < 1e-12 ? d.adequacy : d.superiority;
    return `${t === d.adequacy ? 'P − MIN' : 'P − DES'} ${signed(t?.mean)}${comma}${pText(t?.pAdjusted)}`;
  }
  return `P ${fixed(d.perception.mean)}`;
}
