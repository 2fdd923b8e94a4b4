import type { StandardsCheck } from '../report/StandardsCheckSchema.js';
import { STANDARDS_LABELS as S, type Lang } from './labels.js';
import { findingsIn } from './standardsTables.js';

/**
 * The SMART check as plain text for a terminal: one line per standard, its id, the letters missing
 * (or `ok`) and why. The text is not escaped: the CLI shows its control characters (`forTerminal`).
 *
 * @param check - from `smartCheck`
 * @param lang - `en` (default) or `zh`
 * @example
 * const check = smartCheck(parseStandards({ standards: [{ id: 'S1', text: 'Greet', metric: 'greeting', items: ['empathy'], window: 'week' }] }));
 * renderStandardsCheckText(check).split('\n')[2]
 * //=> 'S1  M         M: no unit'
 */
export function renderStandardsCheckText(check: StandardsCheck, lang: Lang = 'en'): string {
  const complete = check.standards.filter((s) => s.missing.length === 0).length;
  const width = Math.max(...check.standards.map((s) => s.id.length));
  const lines = check.standards.map(
    (s) => `${s.id.padEnd(width)}  ${(s.missing.length === 0 ? S.verdicts.ok[lang] : s.missing.join(' ')).padEnd(9)} ${findingsIn(s, lang)}`,
  );
  return `${S.checkTitle[lang]}\n${S.checkSummary[lang](check.standards.length, complete, check.observations)}\n${lines.join('\n')}\n`;
}
