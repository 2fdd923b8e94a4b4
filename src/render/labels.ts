import type { LocalizedText } from '../instrument/schema.js';
import type { Quadrant } from '../report/types.js';
import { formatSampleLine, type ExclusionReason, type SampleSummary } from '../data/DataQualityLog.js';

/** The language of what a person reads. */
export type Lang = 'en' | 'zh';

/** Every label the renderers print, in English and Chinese. */
export const LABELS = {
  title: { en: 'Service quality report', zh: '服务质量报告' },
  method: { en: 'Method', zh: '方法' },
  scale: { en: 'scale', zh: '量表' },
  fixFirst: { en: 'What to fix first', zh: '优先改进事项' },
  priorityNote: {
    en: 'Priority = importance share × shortfall (the gap where it is negative and significant). Quadrants after Martilla & James (1977).',
    zh: '优先级 = 重要性占比 × 不足（差距为负且显著时取其绝对值）。象限划分依据 Martilla 与 James（1977）。',
  },
  priority: { en: 'priority', zh: '优先级' },
  dimensions: { en: 'Dimensions', zh: '维度' },
  dimension: { en: 'Dimension', zh: '维度' },
  items: { en: 'Items', zh: '题项' },
  item: { en: 'Item', zh: '题项' },
  overall: { en: 'Overall', zh: '总体' },
  score: { en: 'Score', zh: '得分' },
  mean: { en: 'Mean', zh: '均值' },
  gap: { en: 'Gap', zh: '差距' },
  expectation: { en: 'Expectation', zh: '期望' },
  perception: { en: 'Perception', zh: '感知' },
  minimum: { en: 'Minimum', zh: '最低水平' },
  desired: { en: 'Desired', zh: '期望水平' },
  adequacy: { en: 'Adequacy', zh: '适当差距' },
  superiority: { en: 'Superiority', zh: '卓越差距' },
  zone: { en: 'Zone', zh: '容忍区间' },
  unweighted: { en: 'unweighted', zh: '未加权' },
  weighted: { en: 'weighted', zh: '加权' },
  importance: { en: 'Importance', zh: '重要性' },
  quadrant: { en: 'Quadrant', zh: '象限' },
  significance: {
    en: (adj: string) => `Significance after ${adj} adjustment: * p < .05, ** p < .01, *** p < .001.`,
    zh: (adj: string) => `显著性（${adj}校正后）：* p < .05，** p < .01，*** p < .001。`,
  },
  adjustment: { holm: { en: 'Holm', zh: 'Holm ' }, BH: { en: 'Benjamini–Hochberg', zh: 'Benjamini–Hochberg ' }, none: { en: 'no', zh: '不作' } },
  weights: {
    en: (r: number, i: number, e: number) => `Weights: ${r} respondents' own, ${i} the instrument's defaults, ${e} equal.`,
    zh: (r: number, i: number, e: number) => `权重：${r} 人使用自己的分配，${i} 人使用量表默认权重，${e} 人按等权。`,
  },
  segments: { en: 'Segments', zh: '细分群体' },
  segment: { en: 'Segment', zh: '群体' },
  versusRest: { en: 'vs rest', zh: '与其余相比' },
  small: { en: 'small', zh: '样本少' },
  segmentNote: {
    en: (min: number) => `Each segment's gap against everyone else (Welch's t-test, Holm across segments). ⚠ marks segments under ${min} rows.`,
    zh: (min: number) => `各群体的差距与其余受访者相比（Welch t 检验，跨群体 Holm 校正）。⚠ 表示样本少于 ${min}。`,
  },
  periods: { en: 'Periods and trends', zh: '时期与趋势' },
  period: { en: 'Period', zh: '时期' },
  trend: { en: 'Trend per period', zh: '每期趋势' },
  change: { en: 'Change', zh: '变化' },
  warnings: { en: 'Warnings', zh: '提示' },
  excluded: { en: 'Excluded rows', zh: '被排除的行' },
  blank: { en: '(blank)', zh: '（空白）' },
} as const;

const QUADRANTS: Record<Quadrant, Record<Lang, string>> = {
  'concentrate-here': { en: 'concentrate here', zh: '重点改进' },
  'keep-up-the-good-work': { en: 'keep up the good work', zh: '继续保持' },
  'low-priority': { en: 'low priority', zh: '次要' },
  'possible-overkill': { en: 'possible overkill', zh: '可能过度' },
};

const REASONS_ZH: Record<string, string> = {
  E_NOT_NUMERIC: '非数值答案',
  E_OUT_OF_SCALE: '答案超出量表范围',
  E_RAGGED_ROW: '单元格数量不符',
  E_WEIGHTS_SUM: '权重之和不为 100',
  E_EMPTY_ROW: '无任何回答',
};

/** A localized label of a name: Chinese where given, else English. */
export function nameIn(name: LocalizedText, lang: Lang): string {
  return lang === 'zh' ? (name.zh ?? name.en) : name.en;
}

/** A quadrant in words. */
export function quadrantIn(q: Quadrant | null | undefined, lang: Lang): string {
  return q === null || q === undefined ? '–' : QUADRANTS[q][lang];
}

/** An exclusion reason in words. */
export function reasonIn(r: ExclusionReason, lang: Lang): string {
  return lang === 'zh' ? (REASONS_ZH[r.code] ?? r.reason) : r.reason;
}

/** The sample line of a report in the language; in English, the CLI's summary line. */
export function sampleLine(sample: SampleSummary, lang: Lang): string {
  if (lang === 'en') return formatSampleLine(sample);
  const reasons = sample.reasons.map((r) => `${r.rows} ${reasonIn(r, lang)}`).join('，');
  return `读取 ${sample.rows} 行：使用 ${sample.used} 行，排除 ${sample.excluded} 行${reasons === '' ? '' : `（${reasons}）`}`;
}
