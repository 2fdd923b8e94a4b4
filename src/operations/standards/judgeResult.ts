import { DEFAULTS } from '../../defaults.js';
import type { Standard } from './StandardsRegisterSchema.js';

const PASS: ReadonlySet<string> = new Set(DEFAULTS.passWords);
const FAIL: ReadonlySet<string> = new Set(DEFAULTS.failWords);
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A result read: passed or not, or why it cannot be read (`unreadable`, or a value outside `valid`). */
export type Judgement = { pass: boolean; value: number | null } | { problem: 'unreadable' | 'implausible'; value: number | null };

/**
 * Judges one observation's result against its standard. A standard with a target or a band reads a
 * number as the measured value: it passes when `value comparator target`, or when low ≤ value ≤ high
 * (ends included); a value outside the standard's `valid` range is implausible, not a fail. Otherwise,
 * and for words, `DEFAULTS.passWords` pass and `DEFAULTS.failWords` fail (pass/fail, yes/no, 1/0,
 * 通过/不通过…, any case).
 *
 * @param standard - the standard observed
 * @param text - the result cell as written
 * @param decimal - the decimal mark of values
 * @example
 * const rings = { id: 'S1', text: 'Answer by the third ring', comparator: '<=', target: 3 } as const;
 * [judgeResult(rings, '2'), judgeResult(rings, '5'), judgeResult(rings, 'pass'), judgeResult(rings, 'soon')]
 * //=> [{ pass: true, value: 2 }, { pass: false, value: 5 }, { pass: true, value: null }, { problem: 'unreadable', value: null }]
 */
export function judgeResult(standard: Standard, text: string, decimal: '.' | ',' = '.'): Judgement {
  const t = text.trim();
  const measured = standard.target !== undefined || standard.band !== undefined;
  const numeric = decimal === ',' ? t.replace(',', '.') : t;
  if (measured && NUMBER.test(numeric)) {
    const value = Number(numeric);
    if (standard.valid !== undefined && (value < standard.valid[0] || value > standard.valid[1])) return { problem: 'implausible', value };
    if (standard.band !== undefined) return { pass: value >= standard.band[0] && value <= standard.band[1], value };
    const target = standard.target as number;
    const pass =
      standard.comparator === '<='
        ? value <= target
        : standard.comparator === '>='
          ? value >= target
          : standard.comparator === '<'
            ? value < target
            : value > target;
    return { pass, value };
  }
  const word = t.toLowerCase();
  if (PASS.has(word)) return { pass: true, value: null };
  if (FAIL.has(word)) return { pass: false, value: null };
  return { problem: 'unreadable', value: null };
}
