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
