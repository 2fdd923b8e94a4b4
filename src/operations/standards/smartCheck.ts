import type { Instrument } from '../../instrument/schema.js';
import { STANDARDS_CHECK_VERSION, type SmartFinding, type SmartLetter, type StandardCheck, type StandardsCheck } from '../../report/StandardsCheckSchema.js';
import { linkedDimensions } from './linkedDimensions.js';
import type { Standard, StandardsRegister } from './StandardsRegisterSchema.js';
import { standardText } from './standardText.js';

/** Words and marks that join two measures in one metric: `time and courtesy`, `rings/answer`, `速度和礼貌`. */
const SEVERAL = /\s(?:and|or)\s|[&+,;/、，；]|和|及|与|或/i;

/** Options of {@link smartCheck}. */
export interface SmartCheckOptions {
  /** Check each standard's links against this instrument's items and dimensions. */
  instrument?: Instrument | undefined;
  /** Observations per standard id (from a compliance report): A is checked only for standards with some. */
  observed?: ReadonlyMap<string, { n: number; passed: number }> | undefined;
}

/**
 * The SMART check of a service-standards register: per standard, which of the five letters it misses
 * and why. The rules, each checkable from the register (and for A, the observations):
 * - S, specific: it has text saying what is to be done, and its metric names one measure (no `and`,
 *   `or`, `&`, `+`, `/`, comma or semicolon, nor 和/及/与/或/、 joining two);
 * - M, measurable: it has a metric and a unit;
 * - A, achievable: a question, not a verdict, when observations of it exist and none met it; unchecked
 *   without observations;
 * - R, relevant to what customers need: it is linked to a SERVQUAL item or dimension (with an
 *   instrument, links that are neither are named, and only the others count);
 * - T, timely: it has a window (day, week or month).
 *
 * @param register - from `parseStandards`
 * @param options - the instrument and the observations
 * @returns each standard's letters, the letters missing, and the findings behind them
 * @example
 * const register = parseStandards({ standards: [{ id: 'S1', text: 'Greet guests warmly', metric: 'greeting and smile', items: ['empathy'] }] });
 * const check = smartCheck(register, { instrument: servqual22 });
 * [check.standards[0].missing, check.standards[0].findings.map((f) => f.code)]
 * //=> [['S', 'M', 'T'], ['severalMetrics', 'noUnit', 'noWindow']]
 */
export function smartCheck(register: StandardsRegister, options: SmartCheckOptions = {}): StandardsCheck {
  return {
    schemaVersion: STANDARDS_CHECK_VERSION,
    instrument: options.instrument?.id ?? null,
    observations: options.observed !== undefined,
    standards: register.standards.map((s) => checkOne(s, options)),
  };
}

function checkOne(s: Standard, options: SmartCheckOptions): StandardCheck {
  const findings: StandardCheck['findings'] = [];
  const find = (letter: SmartLetter, code: SmartFinding, values: string[] = []): void => {
    findings.push({ letter, code, values });
  };
  const metric = s.metric?.trim() ?? '';
  if (standardText(s.text).en.trim() === '') find('S', 'noText');
  if (metric !== '' && SEVERAL.test(metric)) find('S', 'severalMetrics', [metric]);
  if (metric === '') find('M', 'noMetric');
  if ((s.unit?.trim() ?? '') === '') find('M', 'noUnit');
  const observed = options.observed === undefined ? null : (options.observed.get(s.id) ?? { n: 0, passed: 0 });
  if (observed !== null && observed.n > 0 && observed.passed === 0) find('A', 'neverMet', [String(observed.n)]);
  const links = s.items ?? [];
  const unknown = options.instrument === undefined ? [] : linkedDimensions(s, options.instrument).unknown;
  if (unknown.length > 0) find('R', 'unknownItems', unknown);
  if (links.length === unknown.length) find('R', 'noItems');
  if (s.window === undefined) find('T', 'noWindow');

  const has = (letter: SmartLetter) => findings.some((f) => f.letter === letter);
  const letters = {
    S: has('S') ? 'missing' : 'ok',
    M: has('M') ? 'missing' : 'ok',
    A: has('A') ? 'question' : observed === null || observed.n === 0 ? 'unchecked' : 'ok',
    R: has('R') ? 'missing' : 'ok',
    T: has('T') ? 'missing' : 'ok',
  } as const;
  return {
    id: s.id,
    letters,
    missing: (['S', 'M', 'A', 'R', 'T'] as const).filter((l) => letters[l] === 'missing' || letters[l] === 'question'),
    findings,
    observed,
  };
}
