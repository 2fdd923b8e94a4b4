import type { BilingualText } from '../instrument/schema.js';
import { fixed, formatP } from '../_lib/format.js';
import type { TestedStat } from '../stats/types.js';
import type { ImportanceSource, Quadrant } from '../report/types.js';
import { QUADRANT_NAMES } from './quadrantNames.js';

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

function importancePhrase(share: number, source: ImportanceSource): BilingualText {
  const pct = `${fixed(share * 100, 0)}%`;
  if (source === 'stated') return { en: `give it ${pct} of importance`, zh: `并给予其 ${pct} 的重要性` };
  if (source === 'derived') return { en: `it carries ${pct} of what drives overall satisfaction`, zh: `其对总体满意度的解释占 ${pct}` };
  return { en: `with equal importance (${pct})`, zh: `按同等重要性（${pct}）计` };
}

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
  source: ImportanceSource;
  quadrant: Quadrant | null;
}

/**
 * The sentence a manager reads, e.g. "Reliability: customers perceive 4.88 against an expectation of
 * 6.07 (gap −1.19, p < .001) and give it 31% of importance — concentrate here."
 */
export function reasonSentence(r: ReasonInput): BilingualText {
  const imp = importancePhrase(r.share, r.source);
  const q = r.quadrant === null ? null : QUADRANT_NAMES[r.quadrant];
  const tail = (en: string, zh: string): BilingualText => ({
    en: `${r.name.en}: ${en} and ${imp.en}${q === null ? '' : ` — ${q.en}`}.`,
    zh: `${r.name.zh}：${zh}，${imp.zh}${q === null ? '' : `——${q.zhAdvice}`}。`,
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
    return tail(
      `customers perceive ${P} against a minimum of ${lo} and a desired level of ${hi} (${en}, ${pPhrase(r.adequacy)})`,
      `顾客感知为 ${P}，最低可接受水平为 ${lo}，期望水平为 ${hi}（${zh}，${pPhrase(r.adequacy)}）`,
    );
  }
  const room = fixed(r.perception === null ? null : r.scaleMax - r.perception, 2);
  return tail(`customers rate it ${P}, ${room} below the top of the scale`, `顾客评分为 ${P}，距量表满分差 ${room}`);
}
