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
  /** A data-quality line for values set aside in rows that were kept. */
  setAsideLine: {
    en: (values: number, reason: string) => `${values} value${values === 1 ? '' : 's'} set aside, the row kept: ${reason}`,
    zh: (values: number, reason: string) => `${values} 个值未计入（该行保留）：${reason}`,
  },
  otherIssues: { en: 'Other problems', zh: '其他问题' },
  /** After the sample line on the terminal, when the report went to a file. */
  writtenTo: { en: (path: string) => `; report written to ${path}`, zh: (path: string) => `；报告已写入 ${path}` },
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

/**
 * The CSV's own column heads. In English they stay the short names scripts read (`p_adj`, `ci95_lo`);
 * in Chinese a spreadsheet reader gets words.
 */
export const CSV_HEADS = {
  id: { en: 'id', zh: '编号' },
  n: { en: 'n', zh: '人数' },
  E: { en: 'E', zh: '期望' },
  P: { en: 'P', zh: '感知' },
  MIN: { en: 'MIN', zh: '最低水平' },
  DES: { en: 'DES', zh: '期望水平' },
  SD: { en: 'SD', zh: '标准差' },
  ciLo: { en: 'ci95_lo', zh: '95% 置信区间下限' },
  ciHi: { en: 'ci95_hi', zh: '95% 置信区间上限' },
  p: { en: 'p', zh: 'p 值' },
  pAdj: { en: 'p_adj', zh: '校正 p 值' },
  alphaE: { en: 'alpha_E', zh: 'α（期望）' },
  alphaP: { en: 'alpha_P', zh: 'α（感知）' },
  importanceStated: { en: 'importance_stated', zh: '陈述重要性' },
  importanceShare: { en: 'importance_share', zh: '重要性占比' },
  importanceRw: { en: 'importance_rw_share', zh: '相对权重占比' },
  rank: { en: 'rank', zh: '排名' },
  level: { en: 'level', zh: '层级' },
  score: { en: 'score', zh: '优先级' },
  reason: { en: 'reason', zh: '理由' },
  small: { en: 'small', zh: '样本少' },
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

/** The Chinese of every reason a row is excluded or a value set aside (`data/DataQualityLog.ts` has the English). */
const REASONS_ZH: Record<string, string> = {
  E_NOT_NUMERIC: '非数值答案',
  E_OUT_OF_SCALE: '答案超出量表范围',
  E_RAGGED_ROW: '单元格数量不符',
  E_WEIGHTS_SUM: '权重之和不为 100',
  E_OVERALL_OUT_OF_SCALE: '总体满意度超出量表范围',
  E_WEIGHT_OUT_OF_SCALE: '权重超出 0–100',
  E_EMPTY_ROW: '无任何回答',
  E_OUTCOME_OUT_OF_SCALE: '结果指标（CSI、CSAT、NPS）超出量表范围',
  E_ENCODING: '无效的 UTF-8 字节',
  E_DATE: '日期无法识别或不合理',
  E_INVALID_ROW: '无效的行',
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
  adequacyAxis: { en: 'Adequacy (perception − minimum)', zh: '适当差距（感知 − 最低水平）' },
  notSignificant: {
    en: 'pale: not significant (adjusted p ≥ .05); * p < .05, ** p < .01, *** p < .001',
    zh: '浅色：不显著（校正后 p ≥ .05）；* p < .05，** p < .01，*** p < .001',
  },
  /** The n under each period of the trend chart. */
  periodN: { en: (n: number) => `n = ${n}`, zh: (n: number) => `${n} 人` },
  trendNone: {
    en: 'No dimension shows a significant trend (p ≥ .05 for every slope): the periods differ by chance as far as the data can tell.',
    zh: '没有维度呈现显著趋势（各斜率 p ≥ .05）：就现有数据而言，各期差异可能只是随机波动。',
  },
  trendSome: {
    en: (list: string) => `Significant trends (p < .05): ${list}.`,
    zh: (list: string) => `显著趋势（p < .05）：${list}。`,
  },
  importanceAxis: { en: 'Importance share', zh: '重要性占比' },
  band: { en: 'minimum to desired', zh: '最低至期望水平' },
  quality: { en: 'Data quality', zh: '数据质量' },
  source: {
    stated: { en: 'importance as stated by respondents', zh: '重要性来自受访者的分配' },
    derived: { en: 'importance derived from overall satisfaction', zh: '重要性由总体满意度推导' },
    equal: { en: 'equal importance', zh: '各维度同等重要' },
    instrument: { en: "importance from the instrument's default weights", zh: '重要性来自量表的默认权重' },
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
  /** What severity is, said once at the top of the report. */
  severityNote: {
    en: 'Severity is how far a gap is open, in points of its survey’s answer scale away from the healthy reference, as a share of that scale’s range: 0% is closed, 100% as wide as the scale. Gap 5: the overall shortfall of perceptions below expectations (when significant). Gap 1 from managers: the mean over dimensions of the difference between customers’ expectations and managers’ predictions of them (significant ones; the rest count 0). Gaps 1–4 from staff: how far the weakest construct falls below the neutral midpoint of agreement (at most 50%). Gap 3 from observations of the service standards (diagnose --observations): 1 − the weighted compliance index, which then stands for gap 3 ahead of the staff survey. Where two surveys measure a gap, the larger.',
    zh: '严重程度表示差距张开的幅度：以该调查量表上偏离健康参照值的分数，除以量表全距（最高分 − 最低分）；0% 表示没有差距，100% 表示差距与整个量表一样宽。差距 5：总体感知低于期望的幅度（显著时）。管理层调查测得的差距 1：各维度上顾客期望与管理者预测之差的平均值（仅计显著者，其余记为 0）。员工调查测得的差距 1–4：最薄弱构念低于同意量表中点的幅度（最多 50%）。由服务标准观察记录测得的差距 3（diagnose --observations）：1 − 加权达标率，此时以它代表差距 3，优先于员工调查。两项调查都测量某一差距时，取较大者。',
  },
  /** One measure of a gap: where it comes from and its points on its scale. */
  measure: {
    overallShortfall: {
      en: (points: string, min: number, max: number) => `customers: perceptions ${points} points below expectations on ${min}–${max}`,
      zh: (points: string, min: number, max: number) => `顾客：感知低于期望 ${points} 分（${min}–${max} 量表）`,
    },
    expectationMisjudgement: {
      en: (points: string, min: number, max: number) => `managers: predictions of customers’ expectations off by ${points} points on ${min}–${max}`,
      zh: (points: string, min: number, max: number) => `管理者：对顾客期望的预测平均偏差 ${points} 分（${min}–${max} 量表）`,
    },
    weakestConstruct: {
      en: (points: string, min: number, max: number) => `staff: the weakest construct ${points} points below the midpoint ${(min + max) / 2} of ${min}–${max}`,
      zh: (points: string, min: number, max: number) => `员工：最薄弱构念低于 ${min}–${max} 量表中点 ${(min + max) / 2} 共 ${points} 分`,
    },
    standardsNotDelivered: {
      en: (points: string) => `observations: ${points}% of the weighted service standards not delivered (1 − compliance)`,
      zh: (points: string) => `观察记录：${points}% 的加权服务标准未被执行（1 − 达标率）`,
    },
  },
  /** The construct table's score column: which direction is good. */
  constructScore: { en: 'Score (higher is healthier)', zh: '得分（越高越健康）' },
  reverseMark: { en: '↺', zh: '↺' },
  constructNote: {
    en: (min: number, max: number) =>
      `Staff agreement on ${min}–${max}; every construct score is higher when healthier. ↺ marks constructs asked as negative statements (“I am often unsure what is expected of me”) and recoded ${min + max} − answer, so a low score there means staff agree with the problem.`,
    zh: (min: number, max: number) =>
      `员工同意程度（${min}–${max}）；各构念得分越高越健康。↺ 表示该构念以否定陈述提问（如“我常常不清楚工作对我的要求是什么”），已按 ${min + max} − 答案反向计分，因此得分低表示员工认同该问题存在。`,
  },
  /** The CSV's column heads. */
  csv: {
    gap: { en: 'Gap', zh: '差距' },
    name: { en: 'Name', zh: '名称' },
    measured: { en: 'Measured', zh: '已测量' },
    severity: { en: 'Severity', zh: '严重程度' },
    source: { en: 'Source', zh: '来源' },
    points: { en: 'Points', zh: '分数' },
    scaleMin: { en: 'Scale min', zh: '量表最低分' },
    scaleMax: { en: 'Scale max', zh: '量表最高分' },
    share: { en: 'Share of range', zh: '占全距比例' },
    id: { en: 'Id', zh: '编号' },
    significant: { en: 'Significant', zh: '显著' },
    weakest: { en: 'Weakest', zh: '最薄弱' },
    reverseKeyed: { en: 'Reverse-keyed', zh: '反向计分' },
    remedy: { en: 'Remedy', zh: '改进建议' },
    yes: { en: 'yes', zh: '是' },
    no: { en: 'no', zh: '否' },
    measures: { en: 'Severity measures', zh: '严重程度测量' },
    comparisons: { en: 'Gap 1: customers’ and managers’ expectations', zh: '差距 1：顾客期望与管理者预测' },
    constructs: { en: 'Staff constructs', zh: '员工调查构念' },
    remedies: { en: 'Remedies', zh: '改进建议' },
  },
  sources: {
    customers: { en: 'customers', zh: '顾客' },
    managers: { en: 'managers', zh: '管理者' },
    staff: { en: 'staff', zh: '员工' },
    observations: { en: 'observations of the standards', zh: '服务标准观察记录' },
  },
  notMeasured: { en: 'not measured', zh: '未测量' },
} as const;

/** The words of the moments-of-truth report. Shares come in already formatted (`59.9%`). */
export const JOURNEY_LABELS = {
  title: { en: 'Moments of truth: the service journey', zh: '关键时刻：服务旅程满意度' },
  independence: {
    en: (share: string, ci: string) =>
      `Independence estimate: ${share} ${ci} satisfied at every stage — the product of the stage shares, which assumes each stage satisfies independently of the others; the interval reflects sampling error only.`,
    zh: (share: string, ci: string) => `独立性估计：全程满意 ${share} ${ci}，即各环节满意率之积，假定各环节的满意相互独立；区间只反映抽样误差。`,
  },
  observed: {
    en: (share: string, ci: string, n: number) => `Observed: ${share} ${ci} of the ${n} respondents who rated every stage were satisfied at every stage.`,
    zh: (share: string, ci: string, n: number) => `实测：在评价了全部环节的 ${n} 名受访者中，${share} ${ci} 对每个环节都满意。`,
  },
  noObserved: {
    en: 'Observed: no respondent rated every stage.',
    zh: '实测：没有受访者评价了全部环节。',
  },
  weakest: {
    en: (stages: string) => `The weakest stage is ${stages}.`,
    zh: (stages: string) => `最薄弱的环节是${stages}。`,
  },
  weakestTied: {
    en: (stages: string) => `The weakest stages, tied, are ${stages}.`,
    zh: (stages: string) => `并列最薄弱的环节是${stages}。`,
  },
  quote: { en: (s: string) => `"${s}"`, zh: (s: string) => `「${s}」` },
  and: { en: ', ', zh: '、' },
  stage: { en: 'Stage', zh: '环节' },
  n: { en: 'n', zh: '人数' },
  satisfied: { en: 'Satisfied', zh: '满意率' },
  ci95: { en: '95% CI', zh: '95% 置信区间' },
  ifRaised: { en: (target: string) => `If raised to ${target}`, zh: (target: string) => `若提升至 ${target}` },
  gain: { en: 'Gain', zh: '增益' },
  chart: { en: 'Share satisfied at each stage, with 95% intervals', zh: '各环节满意率及 95% 置信区间' },
  shareAxis: { en: 'Share satisfied (%)', zh: '满意率（%）' },
  whatIf: {
    en: 'If raised: the independence estimate if that stage alone rose to the target; gain in percentage points.',
    zh: '若提升：仅该环节提升至目标水平时的独立性估计；增益以百分点计。',
  },
  pp: { en: 'pp', zh: '个百分点' },
} as const;

/** A localized label of a name: Chinese where given, else English. */
export function nameIn(name: LocalizedText, lang: Lang): string {
  return lang === 'zh' ? (name.zh ?? name.en) : name.en;
}

/** A quadrant in words. */
export function quadrantIn(q: Quadrant | null | undefined, lang: Lang): string {
  return q === null || q === undefined ? '–' : QUADRANT_NAMES[q][lang];
}

/** An exclusion (or set-aside) reason in words. */
export function reasonIn(r: Pick<ExclusionReason, 'code' | 'reason'>, lang: Lang): string {
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
    case 'E_OUTCOME_OUT_OF_SCALE':
      return `${where}：${value}超出该结果指标的量表范围，未计入结果指标`;
    case 'E_OVERALL_OUT_OF_SCALE':
      return `${where}：总体满意度${value}超出量表范围，该值未计入，该行保留`;
    case 'E_WEIGHT_OUT_OF_SCALE':
      return `${where}：权重${value}超出 0–100，该行的权重未计入`;
    case 'E_DATE':
      return `${where}：日期${value}无法识别或不合理，该行不计入各时期`;
    case 'E_ENCODING':
      return `${where}：${value}含有无效的 UTF-8 字节（显示为 \uFFFD）；如文件使用其他编码，请指定 --encoding`;
    default:
      return `${where}：${REASONS_ZH[issue.code] ?? issue.message}`;
  }
}

/** The sample line of a report in the language; in English, the CLI's summary line. */
export function sampleLine(sample: SampleSummary, lang: Lang): string {
  if (lang === 'en') return formatSampleLine(sample);
  const reasons = sample.reasons.map((r) => `${r.rows} 行${reasonIn(r, lang)}`).join('，');
  const rows = `读取 ${sample.rows} 行：使用 ${sample.used} 行，排除 ${sample.excluded} 行${reasons === '' ? '' : `（${reasons}）`}`;
  const aside = sample.setAside ?? [];
  if (aside.length === 0) return rows;
  const values = aside.reduce((n, r) => n + r.values, 0);
  return `${rows}；${values} 个值未计入（${aside.map((r) => `${r.values} 个${reasonIn(r, lang)}`).join('，')}）`;
}

/** The words of the call-centre report (`servqual calls`). */
export const CALLS_LABELS = {
  title: { en: 'Call-centre indicators', zh: '呼叫中心指标' },
  /** Between two sentences. */
  stop: { en: '. ', zh: '。' },
  settings: {
    en: (t: number, short: number, rings: number) =>
      `Service level threshold T = ${t} s (waits ≤ T count); short abandons ≤ ${short} s; answered within ${rings} rings.`,
    zh: (t: number, short: number, rings: number) => `服务水平阈值 T = ${t} 秒（等待 ≤ T 计入）；短时放弃 ≤ ${short} 秒；${rings} 声铃响内接听。`,
  },
  overall: { en: 'Overall', zh: '总体' },
  indicator: { en: 'Indicator', zh: '指标' },
  value: { en: 'Value', zh: '数值' },
  target: { en: 'Target', zh: '控制目标' },
  offered: { en: 'Calls offered', zh: '来电总数' },
  answered: { en: 'Answered', zh: '接通' },
  abandoned: { en: 'Abandoned', zh: '放弃' },
  abandonmentRate: { en: 'Abandonment rate', zh: '来电损失率' },
  asa: { en: 'Average speed of answer (s)', zh: '平均应答速度（秒）' },
  aht: { en: 'Average handle time (s)', zh: '平均处理时长（秒）' },
  answeredWithinRings: { en: (r: number) => `Answered within ${r} rings`, zh: (r: number) => `${r} 声铃响内接听` },
  meanTimeToAbandon: { en: 'Mean wait before abandoning (s)', zh: '放弃前平均等待（秒）' },
  serviceLevels: { en: 'Service levels', zh: '服务水平' },
  formula: { en: 'Formula', zh: '公式' },
  definitions: {
    F1: { en: '(answered ≤ T + abandoned ≤ T) / (answered + abandoned)', zh: '（T 内接通 + T 内放弃）/（接通 + 放弃）' },
    F2: { en: 'answered ≤ T / answered', zh: 'T 内接通 / 接通' },
    F3: { en: 'answered ≤ T / (answered + abandoned)', zh: 'T 内接通 /（接通 + 放弃）' },
    F4: { en: 'answered ≤ T / (answered + abandoned > T)', zh: 'T 内接通 /（接通 + 超过 T 的放弃）' },
    F5: { en: '(answered ≤ T + abandoned ≤ short) / (answered + abandoned)', zh: '（T 内接通 + 短时放弃）/（接通 + 放弃）' },
  },
  ahtNote: {
    en: 'Handle time is reported, not judged: longer, personalised calls are not penalised unless a target names aht.',
    zh: '处理时长仅作报告、不作考核：除非目标中明确指定 aht，较长的个性化通话不会被扣分。',
  },
  segments: { en: (column: string) => `By ${column}`, zh: (column: string) => `按 ${column}` },
  periods: { en: 'By period', zh: '按时期' },
  period: { en: 'Period', zh: '时期' },
  met: { en: 'met', zh: '达标' },
  missed: { en: 'missed', zh: '未达标' },
  targets: { en: 'Targets', zh: '控制目标' },
  controlCharts: { en: 'Control charts', zh: '控制图' },
  pChart: { en: 'p-chart of the abandonment rate (3σ limits per period)', zh: '来电损失率 p 控制图（各期 3σ 控制限）' },
  xmrChart: { en: 'XmR chart of the average speed of answer', zh: '平均应答速度 XmR 控制图' },
  centre: { en: 'centre line', zh: '中心线' },
  limits: { en: 'control limits', zh: '控制限' },
  outside: {
    en: (periods: string) =>
      periods === '' ? 'No period lies outside its control limits: the variation is ordinary.' : `Outside the control limits, worth investigating: ${periods}.`,
    zh: (periods: string) => (periods === '' ? '没有时期超出控制限：波动属正常范围。' : `超出控制限、值得调查的时期：${periods}。`),
  },
  reasons: {
    E_NOT_NUMERIC: { en: 'missing or non-numeric time', zh: '时间缺失或非数值' },
    E_OUT_OF_SCALE: { en: 'negative time or rings', zh: '时间或铃响次数为负' },
    E_INVALID_ROW: { en: 'unknown outcome', zh: '未知的通话结果' },
    E_RAGGED_ROW: { en: 'wrong number of cells', zh: '单元格数量不符' },
    E_EMPTY_ROW: { en: 'empty row', zh: '空行' },
  } as Readonly<Record<string, { en: string; zh: string }>>,
  sample: {
    en: (rows: number, used: number, excluded: number, reasons: string) =>
      `${rows} call${rows === 1 ? '' : 's'} read: ${used} used, ${excluded} excluded${reasons === '' ? '' : ` (${reasons})`}`,
    zh: (rows: number, used: number, excluded: number, reasons: string) =>
      `读取 ${rows} 通来电：使用 ${used} 通，排除 ${excluded} 通${reasons === '' ? '' : `（${reasons}）`}`,
  },
  undated: {
    en: (n: number) => `${n} calls without a readable date are left out of the periods.`,
    zh: (n: number) => `${n} 通来电日期无法识别，未计入各时期。`,
  },
} as const;

/** The words of the staffing report (`servqual staffing`). */
export const STAFFING_LABELS = {
  title: { en: 'Staffing by Erlang C', zh: 'Erlang C 人员配置' },
  inputs: {
    en: (calls: number, minutes: number, aht: number) => `${calls} calls in ${minutes} minutes, average handle time ${aht} s`,
    zh: (calls: number, minutes: number, aht: number) => `${minutes} 分钟内 ${calls} 通来电，平均处理时长 ${aht} 秒`,
  },
  goal: {
    en: (target: string, t: number, occupancy: string) => `Target: ${target} of calls answered within ${t} s, occupancy at most ${occupancy}.`,
    zh: (target: string, t: number, occupancy: string) => `目标：${target} 的来电在 ${t} 秒内接通，占用率不超过 ${occupancy}。`,
  },
  intensity: { en: 'Traffic intensity (Erlangs)', zh: '话务强度（爱尔兰）' },
  agents: { en: 'Agents on the phones', zh: '在线座席数' },
  withShrinkage: { en: (s: string) => `Agents to schedule (shrinkage ${s})`, zh: (s: string) => `需排班座席数（损耗率 ${s}）` },
  pWait: { en: 'Probability a call waits', zh: '来电需等待的概率' },
  serviceLevel: { en: 'Service level', zh: '服务水平' },
  asa: { en: 'Average speed of answer (s)', zh: '平均应答速度（秒）' },
  occupancy: { en: 'Occupancy', zh: '座席占用率' },
  meets: { en: 'meets the target', zh: '达到目标' },
  fails: { en: 'does not meet the target', zh: '未达到目标' },
  around: { en: 'One agent more or fewer', zh: '增减座席的效果' },
  note: {
    en: 'Erlang C assumes random arrivals, exponential handle times and callers who never hang up; where many abandon it overstates waits.',
    zh: 'Erlang C 假设来电随机到达、处理时长服从指数分布且来电者不会挂断；放弃率高时会高估等待时间。',
  },
} as const;

/** The words of the Erlang A staffing report (`servqual staffing --model erlang-a`); the rest are {@link STAFFING_LABELS}'. */
export const ERLANG_A_LABELS = {
  title: { en: 'Staffing by Erlang A', zh: 'Erlang A 人员配置' },
  patience: {
    en: (seconds: string) => `Callers hang up after ${seconds} s on average. `,
    zh: (seconds: string) => `来电者平均等待 ${seconds} 秒后挂断。`,
  },
  pAbandon: { en: 'Probability a call is abandoned', zh: '来电放弃的概率' },
  serviceLevel: { en: 'Service level (of calls offered)', zh: '服务水平（占全部来电）' },
  note: {
    en: 'Erlang A assumes random arrivals, exponential handle times and exponential patience; abandoned calls count against the service level, and ASA is the mean wait of the calls answered.',
    zh: 'Erlang A 假设来电随机到达、处理时长与耐心时长均服从指数分布；放弃的来电计入服务水平的分母，平均应答速度为已接通来电的平均等待时间。',
  },
} as const;

/** The words of the Kano report (Markdown and HTML). */
export const KANO_LABELS = {
  title: { en: 'Kano analysis', zh: 'Kano 分析' },
  attributes: { en: 'Attributes', zh: '属性' },
  attribute: { en: 'Attribute', zh: '属性' },
  category: { en: 'Category', zh: '类别' },
  level: { en: 'Need level', zh: '需求层次' },
  declared: { en: 'Declared', zh: '预设层次' },
  better: { en: 'Better', zh: '满意系数 Better' },
  worse: { en: 'Worse', zh: '不满意系数 Worse' },
  fong: { en: 'Fong', zh: 'Fong 检验' },
  significant: { en: 'sig.', zh: '显著' },
  notSignificant: { en: 'ns', zh: '不显著' },
  functional: { en: 'Functional score', zh: '正向得分' },
  dysfunctional: { en: 'Dysfunctional score', zh: '反向得分' },
  categories: {
    A: { en: 'attractive', zh: '魅力型' },
    O: { en: 'one-dimensional', zh: '一维型' },
    M: { en: 'must-be', zh: '必备型' },
    I: { en: 'indifferent', zh: '无差异型' },
    R: { en: 'reverse', zh: '反向型' },
    Q: { en: 'questionable', zh: '可疑' },
  },
  seedLevels: {
    expected: { en: 'expected need', zh: '期望需求' },
    'desired-or-unexpected': { en: 'desired or unexpected need', zh: '渴望或意外需求' },
    indifferent: { en: 'indifferent', zh: '无差异' },
    reverse: { en: 'reverse', zh: '反向' },
  },
  needLevels: {
    basic: { en: 'basic', zh: '基本需求' },
    expected: { en: 'expected', zh: '期望需求' },
    desired: { en: 'desired', zh: '渴望需求' },
    unexpected: { en: 'unexpected', zh: '意外需求' },
  },
  note: {
    en: 'Categories by the evaluation table of Berger et al. (1993); the most frequent wins, ties broken M > O > A > I > R > Q. Better = (A + O)/(A + O + M + I), Worse = −(O + M)/(A + O + M + I). Fong (1996): the top category stands apart from the runner-up when their difference reaches the threshold. One-dimensional attributes have no level among the four levels of needs: satisfaction rises and falls with how well they are done.',
    zh: '类别依据 Berger 等（1993）的评价表；取频数最多者，并列时按 M > O > A > I > R > Q。Better = (A + O)/(A + O + M + I)，Worse = −(O + M)/(A + O + M + I)。Fong（1996）检验：最多与次多类别之差达到临界值时，类别判定显著。一维型属性在四个需求层次中没有对应层次：满意度随表现高低而升降。',
  },
  drift: { en: 'Surprises becoming expectations', zh: '惊喜变为期望' },
  driftLine: {
    en: (name: string, from: string, to: string, p0: string, p1: string) => `${name}: ${from} in ${p0}, ${to} in ${p1}.`,
    zh: (name: string, from: string, to: string, p0: string, p1: string) => `${name}：${p0} 为${from}，${p1} 变为${to}。`,
  },
  noDrift: { en: 'No attribute moved along attractive → one-dimensional → must-be.', zh: '没有属性沿 魅力型 → 一维型 → 必备型 移动。' },
  chart: { en: 'Better–Worse diagram', zh: 'Better–Worse 图' },
  worseAxis: { en: '|Worse|: dissatisfaction when absent', zh: '|Worse|：缺失时的不满意程度' },
  betterAxis: { en: 'Better: satisfaction when present', zh: 'Better：具备时的满意程度' },
  missing: { en: 'missing', zh: '缺答' },
  undated: { en: (n: number) => `${n} rows without a readable date are left out of the periods.`, zh: (n: number) => `${n} 行日期无法识别，未计入各时期。` },
} as const;

/** Words of the Measurement section (`--validity`): the CFA fit, convergent and discriminant validity. */
export const VALIDITY_LABELS = {
  title: { en: 'Measurement', zh: '测量效度' },
  intro: {
    en: (scale: string, n: number) =>
      `Do the dimensions measure separate things? A confirmatory factor analysis (maximum likelihood) of the ${scale}, every item on its own dimension, over the ${n} respondents who answered every item.`,
    zh: (scale: string, n: number) =>
      `各维度测量的是否是不同的东西？对${scale}做验证性因子分析（最大似然），每个题项归属其维度，基于作答全部题项的 ${n} 位受访者。`,
  },
  scales: {
    perception: { en: 'perceptions', zh: '感知' },
    expectation: { en: 'expectations', zh: '期望' },
    gap: { en: 'item gaps (P − E)', zh: '题项差距（P − E）' },
  },
  fit: { en: 'Model fit', zh: '模型拟合' },
  measure: { en: 'Measure', zh: '指标' },
  value: { en: 'Value', zh: '数值' },
  cutoff: { en: 'Good fit', zh: '良好拟合' },
  met: { en: 'met', zh: '达到' },
  notMet: { en: 'not met', zh: '未达到' },
  chisq: { en: 'χ² (df), p', zh: 'χ²（自由度），p' },
  rmseaCi: { en: '90% CI', zh: '90% 置信区间' },
  cutoffNote: {
    en: 'Cut-offs of Hu and Bentler (1999): CFI and TLI ≥ .95, RMSEA ≤ .06, SRMR ≤ .08. Composite reliability ≥ .70 and AVE ≥ .50 (Fornell and Larcker 1981). HTMT above .85 (distinct concepts) or .90 (close concepts) means two dimensions are not told apart (Henseler, Ringle and Sarstedt 2015).',
    zh: '临界值依据 Hu 与 Bentler（1999）：CFI、TLI ≥ .95，RMSEA ≤ .06，SRMR ≤ .08。组合信度 ≥ .70、平均方差抽取量 AVE ≥ .50（Fornell 与 Larcker 1981）。HTMT 高于 .85（不同概念）或 .90（相近概念）表示两个维度未被区分开（Henseler、Ringle 与 Sarstedt 2015）。',
  },
  convergent: { en: 'Loadings, composite reliability and AVE', zh: '载荷、组合信度与平均方差抽取量' },
  dimension: { en: 'Dimension', zh: '维度' },
  cr: { en: 'CR', zh: '组合信度' },
  ave: { en: 'AVE', zh: 'AVE' },
  loadings: { en: 'Standardized loadings', zh: '标准化载荷' },
  htmt: { en: 'Discriminant validity: HTMT', zh: '区分效度：HTMT' },
  fornellLarcker: { en: 'Fornell–Larcker: √AVE above the factor correlation', zh: 'Fornell–Larcker：√AVE 高于因子相关' },
  pair: { en: 'Pair', zh: '维度对' },
  correlation: { en: 'Factor correlation', zh: '因子相关' },
  holds: { en: 'holds', zh: '成立' },
  fails: { en: 'fails', zh: '不成立' },
  summaryCaution: {
    en: (pairs: string[]) => `Not measured as separate things in this survey (HTMT above .85): ${pairs.join(', ')}. Read their gaps and ranks together.`,
    zh: (pairs: string[]) => `本次调查未能把以下维度区分开（HTMT 高于 .85）：${pairs.join('、')}。请把它们的差距和排名合起来看。`,
  },
} as const;

/** The outcome measures' words (`report.outcomes`): CSI, CSAT, NPS and their change between waves. */
export const OUTCOME_LABELS = {
  title: { en: 'Outcomes', zh: '结果指标' },
  group: { en: 'Respondents', zh: '受访者' },
  all: { en: 'All', zh: '全部' },
  csi: { en: 'CSI (0–100)', zh: '顾客满意度指数（0–100）' },
  csat: { en: 'CSAT (top-two box)', zh: 'CSAT（前两档占比）' },
  nps: { en: 'NPS (points)', zh: '净推荐值（分）' },
  measure: { en: 'Measure', zh: '指标' },
  change: { en: (from: string, to: string) => `Change from ${from} to ${to}`, zh: (from: string, to: string) => `从 ${from} 到 ${to} 的变化` },
  difference: { en: 'Change', zh: '变化' },
  test: { en: 'Test', zh: '检验' },
  welch: { en: "Welch's t", zh: 'Welch t 检验' },
  proportions: { en: 'two-proportion z', zh: '两比例 z 检验' },
  npsDifference: { en: 'z of two independent NPS', zh: '两独立 NPS 之差的 z 检验' },
  driver: {
    en: (m: string) => `${m} stands for overall satisfaction in driver importance.`,
    zh: (m: string) => `关键驱动因素分析以${m}代替总体满意度。`,
  },
  note: {
    en: 'Each cell: estimate [95% CI] (n answered). CSI: mean of the respondents’ 0–100 indices (t interval). CSAT: share in the top two answers (Wilson interval). NPS: % promoters (9–10) − % detractors (0–6), interval ± 1.96·SE.',
    zh: '每格为：估计值 [95% 置信区间]（作答人数）。顾客满意度指数：受访者 0–100 指数的均值（t 区间）。CSAT：选择最高两档的比例（Wilson 区间）。净推荐值：推荐者（9–10）百分比 − 贬损者（0–6）百分比，区间为 ± 1.96·SE。',
  },
} as const;

/** The words of the service-standards reports (`servqual standards`): the SMART check, compliance and the Operations page. */
export const STANDARDS_LABELS = {
  checkTitle: { en: 'SMART check of the service standards', zh: '服务标准 SMART 检查' },
  letters: {
    S: { en: 'specific', zh: '明确性' },
    M: { en: 'measurable', zh: '可衡量性' },
    A: { en: 'achievable', zh: '可实现性' },
    R: { en: 'relevant to what customers need', zh: '与顾客的需求吻合' },
    T: { en: 'timely', zh: '及时性' },
  },
  verdicts: {
    ok: { en: 'ok', zh: '符合' },
    missing: { en: 'missing', zh: '缺失' },
    question: { en: 'question', zh: '存疑' },
    unchecked: { en: 'unchecked', zh: '未检查' },
  },
  findings: {
    noText: { en: () => 'no text says what is to be done', zh: () => '没有说明要做什么的文字' },
    severalMetrics: {
      en: (v: readonly string[]) => `the metric "${v.join(', ')}" names more than one measure`,
      zh: (v: readonly string[]) => `指标“${v.join('、')}”包含不止一个度量`,
    },
    noMetric: { en: () => 'no metric', zh: () => '没有指标' },
    noUnit: { en: () => 'no unit', zh: () => '没有单位' },
    neverMet: {
      en: (v: readonly string[]) => `none of ${v[0] ?? '?'} observations met it: is the target achievable?`,
      zh: (v: readonly string[]) => `${v[0] ?? '?'} 次观察均未达标：目标是否可实现？`,
    },
    noItems: { en: () => 'linked to no SERVQUAL item or dimension', zh: () => '未关联任何 SERVQUAL 题项或维度' },
    unknownItems: {
      en: (v: readonly string[]) => `neither an item nor a dimension of the instrument: ${v.join(', ')}`,
      zh: (v: readonly string[]) => `既不是量表的题项也不是维度：${v.join('、')}`,
    },
    noWindow: { en: () => 'no window (day, week or month)', zh: () => '没有时间窗口（日、周或月）' },
  },
  standard: { en: 'Standard', zh: '标准' },
  missing: { en: 'Missing', zh: '缺失' },
  why: { en: 'Why', zh: '原因' },
  allMet: { en: 'meets all five letters it can be checked on', zh: '可检查的各项均符合' },
  checkSummary: {
    en: (n: number, complete: number, observed: boolean) =>
      `${n} standard${n === 1 ? '' : 's'}, ${complete} with no letter missing.${observed ? '' : ' Achievability (A) needs observations: give --observations.'}`,
    zh: (n: number, complete: number, observed: boolean) =>
      `共 ${n} 项标准，${complete} 项无缺失字母。${observed ? '' : '可实现性（A）需要观察数据：请提供 --observations。'}`,
  },
  complianceTitle: { en: 'Compliance with the service standards', zh: '服务标准执行情况' },
  operationsTitle: { en: 'Operations: service standards and call-centre indicators', zh: '运营：服务标准与呼叫中心指标' },
  compliance: { en: 'Compliance per standard', zh: '各项标准的执行率' },
  rate: { en: 'Compliance', zh: '执行率' },
  ci: { en: '95% CI (Wilson)', zh: '95% 置信区间（Wilson）' },
  observations: { en: 'Observations', zh: '观察数' },
  passed: { en: 'Passed', zh: '达标数' },
  gap3: { en: 'Gap 3 (1 − compliance)', zh: '差距 3（1 − 执行率）' },
  critical: { en: 'critical', zh: '关键' },
  weight: { en: 'Weight', zh: '权重' },
  chart: { en: 'Compliance per standard with 95% Wilson intervals', zh: '各项标准执行率及 95% Wilson 置信区间' },
  chartAxis: { en: 'Share of observations passed', zh: '达标观察占比' },
  index: { en: 'Weighted compliance index', zh: '加权执行指数' },
  indexNote: {
    en: 'An observation is one visit: the results one observer recorded at one unit on one day. A visit scores the weighted share of its standards passed, and 0 when a critical standard failed; the index is the mean over visits, and gap 3 = 1 − index.',
    zh: '一次观察即一次到访：同一观察员在同一天对同一单位记录的全部结果。每次到访的得分为其达标标准的加权占比，关键标准未达标则为 0；指数为各次到访得分的平均值，差距 3 = 1 − 指数。',
  },
  unit: { en: 'Unit', zh: '单位' },
  visits: { en: 'Visits', zh: '到访次数' },
  criticalFailed: { en: 'Failed by a critical standard', zh: '因关键标准未达标而失败' },
  byUnit: { en: 'Per unit and period', zh: '按单位与时期' },
  period: { en: 'Period', zh: '时期' },
  allDates: { en: 'all dates', zh: '全部日期' },
  agreement: { en: 'Observer agreement', zh: '观察员一致性' },
  agreementLine: {
    en: (subjects: number, percent: string, kappa: string) =>
      subjects === 0
        ? 'No unit was scored by two observers on the same day on the same standard: agreement cannot be measured.'
        : `${subjects} unit–standard–days scored by two or more observers: percent agreement ${percent}, Fleiss' κ ${kappa}.`,
    zh: (subjects: number, percent: string, kappa: string) =>
      subjects === 0
        ? '没有同一单位同一天同一标准由两位以上观察员评分的情况，无法衡量一致性。'
        : `${subjects} 个“单位—标准—日”由两位以上观察员评分：一致率 ${percent}，Fleiss κ ${kappa}。`,
  },
  kappa: { en: "Fleiss' κ", zh: 'Fleiss κ' },
  customers: { en: 'Which standards customers feel', zh: '顾客能感受到哪些标准' },
  customersNote: {
    en: (by: string, min: number) =>
      `Pearson's r across units (survey column ${by}) between each standard's compliance and the mean P − E of the dimensions it serves; fewer than ${min} shared units give none. A pointer, not proof of cause.`,
    zh: (by: string, min: number) =>
      `各单位（调查列 ${by}）间，每项标准执行率与其所服务维度平均 P − E 的 Pearson 相关系数；共同单位少于 ${min} 个时不计算。仅供参考，不能证明因果。`,
  },
  dimensions: { en: 'Dimensions', zh: '维度' },
  units: { en: 'Units', zh: '单位数' },
  r: { en: 'r', zh: 'r' },
  notes: {
    noDimensions: { en: 'linked to no dimension of the survey', zh: '未关联调查中的维度' },
    tooFewUnits: { en: 'too few units', zh: '单位过少' },
    noVariation: { en: 'no variation across units', zh: '各单位之间没有差异' },
  },
  callsSection: { en: 'Call-centre indicators', zh: '呼叫中心指标' },
  observedGap3: {
    en: (index: string, visits: number, critical: number, weakest: string) =>
      `Measured from operations: weighted compliance with the service standards ${index} over ${visits} observed visits (${critical} failed by a critical standard)${weakest === '' ? '' : `; least delivered: ${weakest}`}.`,
    zh: (index: string, visits: number, critical: number, weakest: string) =>
      `由运营观察测量：${visits} 次观察到访的服务标准加权执行率为 ${index}（其中 ${critical} 次因关键标准未达标而失败）${weakest === '' ? '' : `；执行最差：${weakest}`}。`,
  },
  reasons: {
    E_UNKNOWN_STANDARD: { en: 'standard not in the register', zh: '标准不在登记表中' },
    E_INVALID_ROW: { en: 'unreadable result or no unit', zh: '结果无法识别或缺少单位' },
    E_OUT_OF_SCALE: { en: 'value outside the plausible range', zh: '数值超出合理范围' },
    E_DATE: { en: 'unreadable or implausible date', zh: '日期无法识别或不合理' },
    E_RAGGED_ROW: { en: 'wrong number of cells', zh: '单元格数量不符' },
    E_EMPTY_ROW: { en: 'empty row', zh: '空行' },
  } as Readonly<Record<string, { en: string; zh: string }>>,
  sample: {
    en: (rows: number, used: number, excluded: number, reasons: string) =>
      `${rows} observation row${rows === 1 ? '' : 's'} read: ${used} used, ${excluded} excluded${reasons === '' ? '' : ` (${reasons})`}`,
    zh: (rows: number, used: number, excluded: number, reasons: string) =>
      `读取 ${rows} 行观察记录：使用 ${used} 行，排除 ${excluded} 行${reasons === '' ? '' : `（${reasons}）`}`,
  },
} as const;

/** The words of a built-in journey's questionnaire (`servqual template --journey NAME --questionnaire`). */
export const JOURNEY_TEMPLATE_LABELS = {
  instruction: {
    en: 'Rate each stage of your visit from 1 (very dissatisfied) to 5 (very satisfied); leave out the stages you did not go through.',
    zh: '请对本次就诊的每个环节评分，1 分为非常不满意，5 分为非常满意；未经历的环节请留空。',
  },
  note: { en: 'Note: ', zh: '注：' },
} as const;

/** The words of the complaints Pareto (`servqual pareto`). */
export const PARETO_LABELS = {
  title: { en: 'Complaints Pareto: the vital few', zh: '投诉帕累托分析：关键少数' },
  summary: {
    en: (few: number, categories: number, share: string, threshold: string) =>
      `${few} of ${categories} categories account for ${share} of complaints: the vital few, taken from the top until the cumulative share reaches ${threshold}.`,
    zh: (few: number, categories: number, share: string, threshold: string) =>
      `${categories} 类中的 ${few} 类占投诉的 ${share}：即关键少数，从最多的一类起依次累计，直至累计占比达到 ${threshold}。`,
  },
  ties: {
    en: 'A category with as many complaints as the last one taken is taken too: the order among equal counts says nothing.',
    zh: '与最后入选类别投诉数相同的类别一并入选：数量相同时的先后顺序没有意义。',
  },
  rows: {
    en: (rows: number, total: number, blank: number) => `${rows} rows read: ${total} with a category, ${blank} with none (left out).`,
    zh: (rows: number, total: number, blank: number) => `共读取 ${rows} 行：${total} 行有类别，${blank} 行无类别（未计入）。`,
  },
  category: { en: 'Category', zh: '类别' },
  count: { en: 'Count', zh: '次数' },
  share: { en: 'Share', zh: '占比' },
  cumulative: { en: 'Cumulative', zh: '累计占比' },
  vital: { en: 'Vital few', zh: '关键少数' },
  yes: { en: 'yes', zh: '是' },
  chart: { en: 'Complaints by category, with the cumulative share', zh: '各类投诉次数及累计占比' },
  countAxis: { en: 'Complaints', zh: '投诉次数' },
  cumulativeAxis: { en: 'Cumulative share (%)', zh: '累计占比（%）' },
  thresholdLine: { en: (t: string) => `${t} line`, zh: (t: string) => `${t} 线` },
} as const;

/** The words of the service-profit-chain linkage (`servqual link`). */
export const LINK_LABELS = {
  title: { en: 'Service-profit chain: staff, customers and results linked by unit', zh: '服务利润链：按单位关联员工、顾客与经营结果' },
  summary: {
    en: (linked: number, by: string, left: number, min: number) =>
      `${linked} units (${by}) linked; ${left} left out (fewer than ${min} respondents on either side, or on one side only). Each measure is the unit's mean; r is Pearson's correlation across units with its Fisher-z 95% interval, ρ Spearman's, and the slope is the least-squares change in the second measure per point of the first.`,
    zh: (linked: number, by: string, left: number, min: number) =>
      `共关联 ${linked} 个单位（${by}）；${left} 个未纳入（任一方受访者少于 ${min} 人，或只有一方的数据）。每个指标取单位均值；r 为跨单位的 Pearson 相关系数及其 Fisher z 95% 置信区间，ρ 为 Spearman 相关系数，斜率为最小二乘下第一个指标每增加 1 分时第二个指标的变化。`,
  },
  weighted: {
    en: 'Weighted: each unit counts by its respondents (staff–customer links by 1/(1/n staff + 1/n customers), customer–business links by n customers).',
    zh: '加权：每个单位按受访人数计权（员工—顾客关联按 1/(1/员工数 + 1/顾客数)，顾客—经营关联按顾客数）。',
  },
  correlational: {
    en: 'Correlation across units shows which measures move together, not what causes what.',
    zh: '跨单位的相关只说明指标是否同向变化，不说明因果关系。',
  },
  links: { en: 'Links', zh: '关联' },
  linksShown: {
    en: (shown: number, all: number) => `The ${shown} strongest of ${all} links by |r|; every link is in the JSON and CSV.`,
    zh: (shown: number, all: number) => `按 |r| 列出最强的 ${shown} 个关联（共 ${all} 个）；全部关联见 JSON 和 CSV。`,
  },
  units: { en: 'Units', zh: '单位' },
  excluded: { en: 'Left out', zh: '未纳入的单位' },
  from: { en: 'From', zh: '起点' },
  to: { en: 'To', zh: '终点' },
  unitCount: { en: 'Units', zh: '单位数' },
  slope: { en: 'Slope', zh: '斜率' },
  unit: { en: 'Unit', zh: '单位' },
  staffN: { en: 'Staff n', zh: '员工人数' },
  customerN: { en: 'Customers n', zh: '顾客人数' },
  staffOverall: { en: 'Staff overall', zh: '员工总体' },
  customersOverall: { en: 'Customers overall', zh: '顾客总体' },
  bothBelow: { en: 'Both below median', zh: '双方均低于中位数' },
  bothBelowNote: {
    en: 'Flagged: units whose staff and customers are both below the median of the units (overall scores): the first to look at.',
    zh: '标记：员工与顾客总体得分均低于各单位中位数的单位，应优先关注。',
  },
  yes: { en: 'yes', zh: '是' },
  sides: {
    staff: { en: 'staff', zh: '员工' },
    customers: { en: 'customers', zh: '顾客' },
    business: { en: 'business', zh: '经营' },
  },
  overall: { en: 'Overall', zh: '总体' },
  reasons: {
    NO_STAFF: { en: 'no staff survey', zh: '无员工调查' },
    NO_CUSTOMERS: { en: 'no customer survey', zh: '无顾客调查' },
    SMALL: { en: (min: number) => `fewer than ${min} respondents`, zh: (min: number) => `受访者少于 ${min} 人` },
    BUSINESS_ONLY: { en: 'business figures only', zh: '只有经营数据' },
  },
  excludedLine: {
    en: (unit: string, reason: string, staff: string, customers: string) => `${unit}: ${reason} (staff ${staff}, customers ${customers})`,
    zh: (unit: string, reason: string, staff: string, customers: string) => `${unit}：${reason}（员工 ${staff}，顾客 ${customers}）`,
  },
  chart: { en: 'Staff against customers, one point per unit', zh: '员工与顾客：每个点为一个单位' },
  chartDesc: {
    en: (r: string) => `Staff overall across, customers overall up; dashed lines at the medians; the solid line is the least-squares fit (r = ${r}).`,
    zh: (r: string) => `横轴为员工总体得分，纵轴为顾客总体得分；虚线为中位数，实线为最小二乘拟合（r = ${r}）。`,
  },
} as const;

/** The words of the sections above the dimensions: groups of dimensions, need levels, penalty–reward. */
export const NEEDS_LABELS = {
  groups: { en: 'Groups of dimensions', zh: '维度组' },
  group: { en: 'Group', zh: '维度组' },
  groupNote: {
    en: "A respondent's group score is the mean of their scores on the group's dimensions (every one needed); tested like a dimension.",
    zh: '受访者的组得分为其在该组各维度得分的均值（需全部维度均有得分）；检验方式与维度相同。',
  },
  needLevels: { en: 'Gaps by level of need', zh: '各需求层次的差距' },
  needLevel: { en: 'Level of need', zh: '需求层次' },
  levelNames: {
    basic: { en: 'basic', zh: '基本需求' },
    expected: { en: 'expected', zh: '期望需求' },
    desired: { en: 'desired', zh: '渴望需求' },
    unexpected: { en: 'unexpected', zh: '意外需求' },
  },
  needLevelNote: {
    en: "A respondent's level score is the mean of their answers on the level's items (an item's own level, else its dimension's), given as many as a dimension of that many items needs; tested like a dimension. A shortfall on a basic or expected need ranks first among the priorities: one that fails undoes the rest (100 − 1 = 0).",
    zh: '受访者在某需求层次的得分为其对该层次各题项（题项自身的层次，否则取所属维度的层次）回答的均值，所需作答题数与同样题数的维度相同；检验方式与维度相同。基本需求或期望需求上的不足在优先事项中排在最前：一项未满足，其余做得再好也会被抵消（100 − 1 = 0）。',
  },
  members: { en: 'Made of', zh: '构成' },
  penaltyReward: { en: 'Penalty–reward analysis', zh: '惩罚—奖励分析' },
  factor: { en: 'Factor', zh: '因素' },
  lowN: { en: 'n low', zh: '低分人数' },
  highN: { en: 'n high', zh: '高分人数' },
  penalty: { en: 'Penalty', zh: '惩罚' },
  reward: { en: 'Reward', zh: '奖励' },
  range: { en: 'Range', zh: '影响范围' },
  asymmetry: { en: 'Asymmetry', zh: '不对称性' },
  impactClass: { en: 'Class', zh: '类别' },
  refused: { en: 'Not classified because', zh: '未分类原因' },
  classNames: {
    basic: { en: 'basic', zh: '基本因素' },
    performance: { en: 'performance', zh: '绩效因素' },
    excitement: { en: 'excitement', zh: '兴奋因素' },
  },
  /** Where the asymmetry bands come from, a sentence of the note: the convention, or set for this analysis (see `conventionalThresholds`). */
  thresholdSource: {
    conventional: {
      en: 'The bands of ±0.2 around a hybrid (performance) zone follow Mikulić and Prebežac (2008, 2011): a convention, not a test',
      zh: '依 Mikulić 与 Prebežac（2008，2011），以 ±0.2 为界划出中间的混合区：这是惯例，不是检验',
    },
    given: {
      en: 'The bands were set for this analysis; the convention, after Mikulić and Prebežac (2008, 2011), is ±0.2; not a test',
      zh: '不对称性界限由本次分析设定；Mikulić 与 Prebežac（2008，2011）的惯例为 ±0.2；不是检验',
    },
  },
  penaltyRewardNote: {
    en: (low: string, high: string, n: number, r2: string, basic: string, excitement: string, source: string) =>
      `Overall satisfaction regressed on a low (score ≤ ${low}) and a high (score ≥ ${high}) dummy per factor, over ${n} respondents (R² ${r2}). Asymmetry = (|reward| − |penalty|) / (|reward| + |penalty|): basic below ${basic}, excitement above ${excitement}, performance between. ${source}.`,
    zh: (low: string, high: string, n: number, r2: string, basic: string, excitement: string, source: string) =>
      `以总体满意度对每个因素的低分（≤ ${low}）和高分（≥ ${high}）虚拟变量回归，共 ${n} 名受访者（R² = ${r2}）。不对称性 = (|奖励| − |惩罚|) / (|奖励| + |惩罚|)：低于 ${basic} 为基本因素，高于 ${excitement} 为兴奋因素，其间为绩效因素。${source}。`,
  },
} as const;

/** Words of the How sure section (`--bootstrap`): intervals, rank stability, ranks not told apart. */
export const BOOTSTRAP_LABELS = {
  title: { en: 'How sure', zh: '结果有多可靠' },
  intro: {
    en: (replicates: number, seed: number, groups: number | null) =>
      `How much would the results move with another sample of the same size? ${replicates} resamples of the respondents${groups === null ? '' : `, in ${groups} random groups`} (one-pass Poisson bootstrap, seed ${seed}); each interval runs from the 2.5th to the 97.5th percentile of the resamples.`,
    zh: (replicates: number, seed: number, groups: number | null) =>
      `换一批同样多的受访者，结果会变多少？对受访者${groups === null ? '' : `（随机分为 ${groups} 组）`}做 ${replicates} 次重抽样（单遍泊松自助法，种子 ${seed}）；每个区间取重抽样结果的第 2.5 至第 97.5 百分位。`,
  },
  swap: {
    en: (r1: number, r2: number, a: string, b: string, percent: string) =>
      `Ranks ${r1} and ${r2} (${a}, ${b}) swap in ${percent} of resamples: the survey does not tell them apart.`,
    zh: (r1: number, r2: number, a: string, b: string, percent: string) =>
      `第 ${r1} 位和第 ${r2} 位（${a}、${b}）在 ${percent} 的重抽样中互换：本次调查无法区分二者。`,
  },
  allDistinct: {
    en: 'Every pair of neighbouring ranks keeps its order in at least 95% of resamples.',
    zh: '相邻名次在至少 95% 的重抽样中保持先后顺序。',
  },
  stability: { en: 'Rank stability', zh: '排名稳定性' },
  rank: { en: 'Rank', zh: '名次' },
  dimension: { en: 'Dimension', zh: '维度' },
  holdsRank: { en: 'Holds its rank', zh: '保持原名次' },
  top3: { en: 'In the top 3', zh: '位列前三' },
  sameQuadrant: { en: 'Same IPA quadrant', zh: 'IPA 象限不变' },
  headline: {
    gap: { en: 'Gap P − E [95% CI]', zh: '差距 P − E [95% 区间]' },
    perception: { en: 'Perception [95% CI]', zh: '感知 [95% 区间]' },
    adequacy: { en: 'Adequacy P − MIN [95% CI]', zh: '适当差距 P − MIN [95% 区间]' },
    superiority: { en: 'Superiority P − DES [95% CI]', zh: '优越差距 P − DES [95% 区间]' },
  },
  importance: { en: 'Importance with 95% intervals', zh: '重要性及其 95% 区间' },
  share: { en: 'Share used [95% CI]', zh: '所用权重 [95% 区间]' },
  relativeWeight: { en: 'Relative weight [95% CI]', zh: '相对权重 [95% 区间]' },
  beatsRandom: { en: 'Beats a random predictor', zh: '优于随机预测变量' },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  randomNote: {
    en: 'A relative weight beats a random predictor when the 95% interval of (its weight − the weight of a random variable added to the data as one more predictor) lies above 0 (Tonidandel, LeBreton and Johnson 2009).',
    zh: '若（该相对权重 − 作为额外预测变量加入数据的随机变量的权重）的 95% 区间高于 0，则该权重优于随机预测变量（Tonidandel、LeBreton 与 Johnson 2009）。',
  },
  chartTitle: { en: 'Importance share used, with 95% bootstrap intervals', zh: '所用重要性权重及其 95% 自助法区间' },
  chartDesc: {
    en: (lines: string[]) => `Each dimension's share with its interval: ${lines.join('; ')}.`,
    zh: (lines: string[]) => `各维度的权重及其区间：${lines.join('；')}。`,
  },
  summaryCaution: {
    en: (pairs: string[]) => `The resamples do not tell these ranks apart: ${pairs.join(', ')}.`,
    zh: (pairs: string[]) => `重抽样无法区分以下名次：${pairs.join('、')}。`,
  },
} as const;
