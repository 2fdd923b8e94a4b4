import type { StandardsCheck } from '../report/StandardsCheckSchema.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { STANDARDS_LABELS as S, type Lang } from './labels.js';
import { markdownTable } from './markdownTable.js';
import { findingsIn } from './standardsTables.js';

/**
 * The SMART check as Markdown: a line of totals, then a table of each standard with its five letters'
 * verdicts, the letters missing, and why.
 *
 * @param check - from `smartCheck`
 * @param lang - `en` (default) or `zh`
 * @example
 * const check = smartCheck(parseStandards({ standards: [{ id: 'S1', text: 'Greet', metric: 'greeting', unit: 'pass/fail', items: ['empathy'], window: 'week' }] }));
 * renderStandardsCheckMarkdown(check).split('\n')[0]
 * //=> '# SMART check of the service standards'
 */
export function renderStandardsCheckMarkdown(check: StandardsCheck, lang: Lang = 'en'): string {
  const complete = check.standards.filter((s) => s.missing.length === 0).length;
  const letters = ['S', 'M', 'A', 'R', 'T'] as const;
  const head = [S.standard[lang], ...letters.map((l) => `${l} ${S.letters[l][lang]}`), S.missing[lang], S.why[lang]];
  const rows = check.standards.map((s) => [s.id, ...letters.map((l) => S.verdicts[s.letters[l]][lang]), s.missing.join(' '), findingsIn(s, lang)]);
  return [
    `# ${S.checkTitle[lang]}`,
    '',
    escapeMarkdown(S.checkSummary[lang](check.standards.length, complete, check.observations)),
    '',
    markdownTable(head, rows, [0, 1, 2, 3, 4, 5, 6, 7]),
    '',
  ].join('\n');
}
