import type { LocalizedText } from '../instrument/schema.js';
import type { Action, Quadrant, Report, Zone } from '../report/types.js';
import type { DataIssue } from '../errors.js';
import { formatSampleLine, type ExclusionReason, type SampleSummary } from '../data/DataQualityLog.js';
import { QUADRANT_NAMES } from '../prioritize/quadrantNames.js';

// Every word the renderers print, in English and Chinese, each phrase once. Words the report itself
// carries (priorities' reasons, warnings, the gap model's texts) are made where the report is made;
// a phrase both use (the quadrants' names) lives there, below the renderers, and is imported here.

/** The language of what a person reads. */
export type Lang = 'en' | 'zh';

/** The labels of the report's renderers (Markdown, HTML, CSV), in English and Chinese. */
export const LABELS = {
  title: { en: 'Service quality report', zh: '服务质量报告' },
  method: { en: 'Method', zh: '方法' },
  scale: { en: 'scale', zh: '量表' },
  fixFirst: { en: 'What to fix first', zh: '优先改进事项' },
  /** How the verdicts and the ranking are made, worded for each method. */
  priorityNote: {
    servqual: {
      en: 'Action: a significant shortfall (gap below zero, adjusted p below .05) is fix where its importance share is at or above the mean share, improve below it; a significant surplus of below-mean importance is reconsider; the rest maintain. Ranked by action, then priority = importance share × shortfall.',
      zh: '行动：显著不足（差距小于 0，校正后 p < .05）中，重要性占比不低于平均值的为“解决”，低于平均值的为“改进”；重要性低于平均值而显著超出期望的为“重新考虑”；其余为“保持”。先按行动排序，再按优先级 = 重要性占比 × 不足排序。',
    },
    'three-column': {
      en: 'Action: falling significantly below the minimum customers accept is always fix and ranks first; a significant shortfall against the desired level is fix (importance share at or above the mean) or improve (below it); significantly above the desired level with below-mean importance is reconsider; the rest maintain. Then priority = importance share × shortfall.',
      zh: '行动：显著低于顾客可接受最低水平的一律为“解决”并排在最前；显著低于期望水平的，重要性占比不低于平均值为“解决”，低于为“改进”；显著高于期望水平且重要性低于平均值的为“重新考虑”；其余为“保持”。再按优先级 = 重要性占比 × 不足排序。',
    },
    servperf: {
      en: 'SERVPERF has no gap to test: the action follows the importance–performance quadrant (concentrate here: fix; low priority: improve; keep up the good work: maintain; possible overkill: reconsider). Priority = importance share × (scale maximum − perception).',
      zh: 'SERVPERF 没有可检验的差距：行动依据重要性—绩效象限（重点改进：解决；次要：改进；继续保持：保持；可能过度：重新考虑）。优先级 = 重要性占比 × （量表最高分 − 感知）。',
    },
  },
  /** What is said when importance is equal and IPA is left out. */
  noIpa: {
    en: 'No importance–performance grid: importance is equal (no 100-point weights, no overall-satisfaction column, or importance set to equal), so every dimension sits on the importance crosshair and a quadrant would be arbitrary.',
    zh: '未绘制重要性—绩效图：各维度重要性相同（没有 100 分权重列、没有总体满意度列，或指定了同等重要），所有维度都落在重要性分界线上，象限划分没有意义。',
  },
  servperfEqual: {
    en: 'Importance was not measured, so SERVPERF dimensions are ranked by perception alone: below the mean perception is improve, the rest maintain.',
    zh: '未测量重要性，SERVPERF 各维度仅按感知排序：低于平均感知的为“改进”，其余为“保持”。',
  },
  summary: { en: 'Summary', zh: '概要' },
  summaryOverall: {
    gap: { en: 'Overall gap (P − E)', zh: '总体差距（P − E）' },
    perception: { en: 'Overall perception', zh: '总体感知' },
    adequacy: { en: 'Overall adequacy (P − MIN)', zh: '总体适当差距（P − MIN）' },
    superiority: { en: 'superiority (P − DES)', zh: '卓越差距（P − DES）' },
  },
  summaryTop: { en: 'Top actions', zh: '首要行动' },
  summaryNone: { en: 'No significant shortfall: maintain what you do.', zh: '没有显著不足：保持现有水平。' },
  summaryBase: {
    en: (used: number, complete: number) => `Based on ${used} respondents (${complete} with every dimension scored).`,
    zh: (used: number, complete: number) => `基于 ${used} 名受访者（其中 ${complete} 名各维度均有得分）。`,
  },
  weakestItems: { en: 'Weakest items', zh: '最薄弱的题项' },
  causes: { en: 'Likely causes', zh: '可能的原因' },
  remediesAbove: { en: 'remedies listed above', zh: '改进建议见上文' },
  gapName: { en: (n: number, name: string) => `Gap ${n} (${name})`, zh: (n: number, name: string) => `差距 ${n}（${name}）` },
  measured: { en: (pct: string) => `measured severity ${pct}`, zh: (pct: string) => `实测严重程度 ${pct}` },
  action: { en: 'Action', zh: '行动' },
  wording: { en: 'Wording', zh: '题项内容' },
  itemImportance: { en: 'Item importance', zh: '题项重要性' },
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
  /** Table column heads, by what the column holds. */
  col: {
    n: { en: 'n', zh: '人数' },
    E: { en: 'E', zh: '期望' },
    P: { en: 'P', zh: '感知' },
    MIN: { en: 'MIN', zh: '最低' },
    DES: { en: 'DES', zh: '期望水平' },
    sd: { en: 'SD', zh: '标准差' },
    ci: { en: '95% CI', zh: '95% 置信区间' },
    p: { en: 'p', zh: 'p 值' },
    pAdj: { en: 'p (adj.)', zh: '校正 p 值' },
    alphaE: { en: 'α E', zh: 'α（期望）' },
    alphaP: { en: 'α P', zh: 'α（感知）' },
    share: { en: 'Share', zh: '占比' },
  },
  methodName: {
    servqual: { en: 'SERVQUAL (expectation against perception)', zh: 'SERVQUAL（期望与感知对比）' },
    servperf: { en: 'SERVPERF (perception only)', zh: 'SERVPERF（仅感知）' },
    'three-column': { en: 'three-column (minimum, desired and perceived)', zh: '三栏式（最低、期望与感知）' },
  },
} as const;

/** The verdicts in words: a table cell, and the verb that opens a summary line. */
export const ACTION_NAMES: Readonly<Record<Action, { en: string; zh: string }>> = {
  fix: { en: 'Fix', zh: '解决' },
  improve: { en: 'Improve', zh: '改进' },
  maintain: { en: 'Maintain', zh: '保持' },
  reconsider: { en: 'Reconsider', zh: '重新考虑' },
};

const ZONE_NAMES: Readonly<Record<Zone, { en: string; zh: string }>> = {
  below: { en: 'below', zh: '低于最低水平' },
  within: { en: 'within', zh: '容忍区间内' },
  above: { en: 'above', zh: '高于期望水平' },
};

/** A zone of tolerance in words. */
export function zoneIn(z: Zone | null | undefined, lang: Lang): string {
  return z === null || z === undefined ? '–' : ZONE_NAMES[z][lang];
}

/** A verdict in words. */
export function actionIn(a: Action | undefined, lang: Lang): string {
  return a === undefined ? '–' : ACTION_NAMES[a][lang];
}

/** The method in words. */
export function methodIn(method: Report['method'], lang: Lang): string {
  return LABELS.methodName[method][lang];
}

const REASONS_ZH: Record<string, string> = {
  E_NOT_NUMERIC: '非数值答案',
  E_OUT_OF_SCALE: '答案超出量表范围',
  E_RAGGED_ROW: '单元格数量不符',
  E_WEIGHTS_SUM: '权重之和不为 100',
  E_EMPTY_ROW: '无任何回答',
};

/** The HTML report's own words: chart titles, axes and captions. */
export const HTML_LABELS = {
  charts: {
    gaps: { en: 'Dimension gaps with 95% confidence intervals', zh: '各维度差距及 95% 置信区间' },
    perf: { en: 'Perception by dimension', zh: '各维度感知' },
    adequacy: { en: 'Adequacy (P − MIN) with 95% confidence intervals', zh: '适当差距（P − MIN）及 95% 置信区间' },
    ep: { en: 'Expectation and perception by dimension', zh: '各维度期望与感知' },
    ipa: { en: 'Importance–performance analysis', zh: '重要性—绩效分析' },
    zone: { en: 'Zone of tolerance', zh: '容忍区间' },
    trend: { en: 'Trend by period', zh: '分期趋势' },
    heat: { en: 'Segments × dimensions', zh: '群体 × 维度' },
  },
  gapAxis: { en: 'Gap (perception − expectation)', zh: '差距（感知 − 期望）' },
  scaleAxis: { en: 'Mean on the answer scale', zh: '量表均值' },
  importanceAxis: { en: 'Importance share', zh: '重要性占比' },
  band: { en: 'minimum to desired', zh: '最低至期望水平' },
  quality: { en: 'Data quality', zh: '数据质量' },
  source: {
    stated: { en: 'importance as stated by respondents', zh: '重要性来自受访者的分配' },
    derived: { en: 'importance derived from overall satisfaction', zh: '重要性由总体满意度推导' },
    equal: { en: 'equal importance', zh: '各维度同等重要' },
  },
  generated: { en: 'Generated by servqual', zh: '由 servqual 生成' },
  below: { en: 'below the rest', zh: '低于其余' },
  above: { en: 'above the rest', zh: '高于其余' },
} as const;

/** The words of the five-gap diagnosis; its dimension and score columns are {@link LABELS}'. */
export const DIAGNOSIS_LABELS = {
  title: { en: 'Five-gap diagnosis of service quality', zh: '服务质量差距模型诊断' },
  surveys: {
    en: (customers: number, managers: number | null, staff: number | null) =>
      `Surveys: ${customers} customers; ${managers === null ? 'no management survey' : `${managers} managers`}; ${staff === null ? 'no staff survey' : `${staff} staff`}. Gaps are ordered by severity, widest first.`,
    zh: (customers: number, managers: number | null, staff: number | null) =>
      `调查样本：顾客 ${customers} 人；${managers === null ? '无管理层调查' : `管理者 ${managers} 人`}；${staff === null ? '无员工调查' : `员工 ${staff} 人`}。各差距按严重程度由大到小排列。`,
  },
  gap: { en: (n: number, name: string) => `Gap ${n}: ${name}`, zh: (n: number, name: string) => `差距 ${n}：${name}` },
  severity: { en: 'Severity', zh: '严重程度' },
  remedies: { en: 'What to do', zh: '改进建议' },
  weakest: { en: 'Weakest', zh: '最薄弱' },
  overall: { en: 'Overall SERVQUAL gap (P − E)', zh: '总体 SERVQUAL 差距（P − E）' },
  customers: { en: 'Customers', zh: '顾客' },
  managers: { en: 'Managers', zh: '管理者' },
  difference: { en: 'Difference', zh: '差异' },
  construct: { en: 'Construct', zh: '构念' },
  significant: { en: 'managers misjudge what customers expect', zh: '管理者对顾客期望的判断有偏差' },
} as const;

/** The words of the moments-of-truth report. Shares come in already formatted (`59.9%`). */
export const JOURNEY_LABELS = {
  title: { en: 'Moments of truth: the service journey', zh: '关键时刻：服务旅程满意度' },
  summary: {
    en: (satisfaction: string, weakest: string) =>
      `${satisfaction} of customers are satisfied at every stage (the product of the stage shares). The weakest stage is "${weakest}".`,
    zh: (satisfaction: string, weakest: string) => `全程满意的顾客比例为 ${satisfaction}（各环节满意率之积）。最薄弱的环节是「${weakest}」。`,
  },
  stage: { en: 'Stage', zh: '环节' },
  satisfied: { en: 'Satisfied', zh: '满意率' },
  ifRaised: { en: (target: string) => `If raised to ${target}`, zh: (target: string) => `若提升至 ${target}` },
  gain: { en: 'Gain', zh: '增益' },
} as const;

/** A localized label of a name: Chinese where given, else English. */
export function nameIn(name: LocalizedText, lang: Lang): string {
  return lang === 'zh' ? (name.zh ?? name.en) : name.en;
}

/** A quadrant in words. */
export function quadrantIn(q: Quadrant | null | undefined, lang: Lang): string {
  return q === null || q === undefined ? '–' : QUADRANT_NAMES[q][lang];
}

/** An exclusion reason in words. */
export function reasonIn(r: ExclusionReason, lang: Lang): string {
  return lang === 'zh' ? (REASONS_ZH[r.code] ?? r.reason) : r.reason;
}

/**
 * A data-quality problem in the language: as the reader wrote it in English, rebuilt from its code,
 * row, column and value in Chinese.
 */
export function issueIn(issue: DataIssue, lang: Lang): string {
  if (lang === 'en') return issue.message;
  const where = `第 ${issue.row} 行${issue.column === null ? '' : `，${issue.column} 列`}`;
  const value = issue.value === null ? '' : `“${issue.value}”`;
  switch (issue.code) {
    case 'E_NOT_NUMERIC':
      return `${where}：${value}不是数值`;
    case 'E_OUT_OF_SCALE':
      return `${where}：${value}超出量表范围`;
    case 'E_RAGGED_ROW':
      return `${where}：单元格数量与表头不符`;
    case 'E_WEIGHTS_SUM':
      return `${where}：权重不完整、为负或之和不为 100`;
    case 'E_EMPTY_ROW':
      return `${where}：没有任何回答`;
    default:
      return `${where}：${REASONS_ZH[issue.code] ?? issue.message}`;
  }
}

/** The sample line of a report in the language; in English, the CLI's summary line. */
export function sampleLine(sample: SampleSummary, lang: Lang): string {
  if (lang === 'en') return formatSampleLine(sample);
  const reasons = sample.reasons.map((r) => `${r.rows} ${reasonIn(r, lang)}`).join('，');
  return `读取 ${sample.rows} 行：使用 ${sample.used} 行，排除 ${sample.excluded} 行${reasons === '' ? '' : `（${reasons}）`}`;
}
