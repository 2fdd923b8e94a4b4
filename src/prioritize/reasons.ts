import type { BilingualText, NeedLevel } from '../instrument/schema.js';
import { fixed, formatP } from '../_lib/format.js';
import type { TestedStat } from '../stats/types.js';
import type { Action, ImportanceSource } from '../report/types.js';

/** Signed number with a true minus and an explicit plus. */
function signed(x: number | null): string {
  if (x === null) return '–';
  const s = fixed(x, 2);
  return s.startsWith('−') || s === '0.00' ? s : `+${s}`;
}

function pPhrase(t: TestedStat | undefined): string {
  const p = formatP(t?.pAdjusted);
  return p.startsWith('<') ? `p ${p}` : `p = ${p}`;
}

function importancePhrase(share: number, source: ImportanceSource | 'item', ofDimension: boolean): BilingualText {
  const pct = `${fixed(share * 100, 0)}%`;
  if (source === 'stated' && ofDimension) return { en: `give its dimension ${pct} of importance`, zh: `并给予其所属维度 ${pct} 的重要性` };
  if (source === 'derived' && ofDimension)
    return { en: `its dimension carries ${pct} of what drives overall satisfaction`, zh: `其所属维度对总体满意度的解释占 ${pct}` };
  if (source === 'stated') return { en: `give it ${pct} of importance`, zh: `并给予其 ${pct} 的重要性` };
  if (source === 'derived') return { en: `it carries ${pct} of what drives overall satisfaction`, zh: `其对总体满意度的解释占 ${pct}` };
  if (source === 'instrument' && ofDimension) return { en: `the instrument weights its dimension at ${pct}`, zh: `量表默认赋予其所属维度 ${pct} 的权重` };
  if (source === 'instrument') return { en: `the instrument weights it at ${pct}`, zh: `量表默认赋予其 ${pct} 的权重` };
  if (source === 'item') return { en: `rate its importance at ${pct} of all items'`, zh: `其重要性占全部题项的 ${pct}` };
  return { en: 'importance counted equal', zh: '各项按同等重要计' };
}

/**
 * The verdict in words, ending the sentence. `fix` and `improve` name the significant shortfall that
 * earns them; `reconsider` the significant surplus; SERVPERF, which has no test, says what it rests on.
 */
function actionPhrase(r: ReasonInput): BilingualText {
  const servperf = r.method === 'servperf';
  if (r.source === 'equal' && servperf) {
    return r.action === 'improve'
      ? { en: 'improve: rated below the average of the rest, ranked by perception alone', zh: '应改进：评分低于平均水平，仅按感知排序' }
      : { en: 'maintain: rated at or above the average, ranked by perception alone', zh: '应保持：评分不低于平均水平，仅按感知排序' };
  }
  if (servperf) return SERVPERF_ACTIONS[r.action];
  if (r.action === 'fix' && r.belowMinimum) return { en: 'fix first: below the minimum customers accept', zh: '应优先解决：低于顾客可接受的最低水平' };
  if (r.action === 'fix' && r.source === 'equal') return { en: 'fix: a significant shortfall', zh: '应解决：存在显著不足' };
  return GAP_ACTIONS[r.action];
}

const GAP_ACTIONS: Readonly<Record<Action, BilingualText>> = {
  fix: { en: 'fix: a significant shortfall where importance is at or above average', zh: '应解决：存在显著不足，且重要性不低于平均水平' },
  improve: { en: 'improve: a significant shortfall, of below-average importance', zh: '应改进：存在显著不足，但重要性低于平均水平' },
  maintain: { en: 'maintain: no significant shortfall', zh: '应保持：没有显著不足' },
  reconsider: {
    en: 'reconsider: significantly above what customers ask, of below-average importance — possible over-investment',
    zh: '可重新考虑：显著超出顾客要求，而重要性低于平均水平，可能投入过度',
  },
};

const SERVPERF_ACTIONS: Readonly<Record<Action, BilingualText>> = {
  fix: { en: 'fix: rated below average, of above-average importance', zh: '应解决：评分低于平均水平，且重要性高于平均水平' },
  improve: { en: 'improve: rated below average, of below-average importance', zh: '应改进：评分低于平均水平，重要性低于平均水平' },
  maintain: { en: 'maintain: rated at or above average, of above-average importance', zh: '应保持：评分不低于平均水平，且重要性高于平均水平' },
  reconsider: {
    en: 'reconsider: rated above average, of below-average importance — possible over-investment',
    zh: '可重新考虑：评分高于平均水平而重要性较低，可能投入过度',
  },
};

/** What a reason sentence is built from. */
export interface ReasonInput {
  name: BilingualText;
  /** `servqual`: E, P and the gap; `three-column`: MIN, DES, P and adequacy/superiority; `servperf`: P. */
  method: 'servqual' | 'servperf' | 'three-column';
  expectation?: number | null;
  perception: number | null;
  gap?: TestedStat;
  minimum?: number | null;
  desired?: number | null;
  adequacy?: TestedStat;
  superiority?: TestedStat;
  scaleMax: number;
  share: number;
  /** Where the share came from: a dimension's source, or `item` for the item-importance questionnaire. */
  source: ImportanceSource | 'item';
  action: Action;
  /** An item without importance of its own: `share` is its dimension's, and the sentence says so. */
  ofDimension?: boolean;
  /** Three-column: significantly below the minimum. */
  belowMinimum: boolean;
}

/**
 * The sentence a manager reads, built from the verdict (never from the IPA quadrant), e.g.
 * "Reliability: customers perceive 4.88 against an expectation of 6.07 (gap −1.19, p < .001) and give
 * it 31% of importance — fix: a significant shortfall where importance is at or above average."
 */
export function reasonSentence(r: ReasonInput): BilingualText {
  const imp = importancePhrase(r.share, r.source, r.ofDimension === true);
  const act = actionPhrase(r);
  const tail = (en: string, zh: string): BilingualText => ({
    en: `${r.name.en}: ${en}${r.source === 'equal' ? '; ' : ' and '}${imp.en} — ${act.en}.`,
    zh: `${r.name.zh}：${zh}，${imp.zh}——${act.zh}。`,
  });
  const P = fixed(r.perception, 2);
  if (r.method === 'servqual') {
    const E = fixed(r.expectation ?? null, 2);
    const g = signed(r.gap?.mean ?? null);
    return tail(
      `customers perceive ${P} against an expectation of ${E} (gap ${g}, ${pPhrase(r.gap)})`,
      `顾客感知为 ${P}，期望为 ${E}（差距 ${g}，${pPhrase(r.gap)}）`,
    );
  }
  if (r.method === 'three-column') {
    const lo = fixed(r.minimum ?? null, 2);
    const hi = fixed(r.desired ?? null, 2);
    const amount = fixed(r.adequacy?.mean === undefined || r.adequacy.mean === null ? null : Math.abs(r.adequacy.mean), 2);
    // Worded from the printed amount, so a difference that rounds to 0.00 is "level", whatever its sign bit.
    const side = amount === '0.00' ? 0 : (r.adequacy?.mean ?? 0) < 0 ? -1 : 1;
    const en = side === 0 ? 'level with the minimum' : `${side < 0 ? 'below' : 'above'} the minimum by ${amount}`;
    const zh = side === 0 ? '与最低水平持平' : `${side < 0 ? '低于' : '高于'}最低水平 ${amount}`;
    const des = r.superiority?.mean ?? null;
    return tail(
      `customers perceive ${P} against a minimum of ${lo} and a desired level of ${hi} (${en}, ${pPhrase(r.adequacy)}; ${signed(des)} against the desired level, ${pPhrase(r.superiority)})`,
      `顾客感知为 ${P}，最低可接受水平为 ${lo}，期望水平为 ${hi}（${zh}，${pPhrase(r.adequacy)}；与期望水平相差 ${signed(des)}，${pPhrase(r.superiority)}）`,
    );
  }
  const room = fixed(r.perception === null ? null : r.scaleMax - r.perception, 2);
  return tail(`customers rate it ${P}, ${room} below the top of the scale`, `顾客评分为 ${P}，距量表满分差 ${room}`);
}

/**
 * The sentence added to the reason of a shortfall on a basic or expected need, which ranks it before
 * every other: one failed basic need undoes the rest ("100 − 1 = 0").
 *
 * @param level - the level of need the dimension or item meets
 * @returns the sentence in English and Chinese
 *
 * @example
 * needLevelSentence('basic').en.startsWith('A basic need')
 * //=> true
 */
export function needLevelSentence(level: NeedLevel): BilingualText {
  const name = NEED_LEVEL_NAMES[level];
  return {
    en: `${name.en}: one that fails undoes all the rest (100 − 1 = 0), so this shortfall ranks before those on desired and unexpected needs.`,
    zh: `${name.zh}：一项未满足，其余做得再好也会被抵消（100 − 1 = 0），因此这一不足排在渴望需求和意外需求的不足之前。`,
  };
}

const NEED_LEVEL_NAMES: Readonly<Record<NeedLevel, BilingualText>> = {
  basic: { en: 'A basic need', zh: '这是基本需求' },
  expected: { en: 'An expected need', zh: '这是期望需求' },
  desired: { en: 'A desired need', zh: '这是渴望需求' },
  unexpected: { en: 'An unexpected need', zh: '这是意外需求' },
};
