import { escapeMarkdown } from './escapeMarkdown.js';

/**
 * A Markdown table of plain-text cells, every cell escaped ({@link escapeMarkdown}, and `|`) so no value
 * can end a cell or add structure. `text` marks the columns of words (left-aligned); the others are
 * numbers (right-aligned).
 *
 * @param head - the header cells
 * @param rows - the rows' cells
 * @param text - the indexes of the columns of words (default: the first)
 * @returns the table's lines, joined
 * @example
 * markdownTable(['Unit', 'n'], [['A|B', '3']])
 * //=> '| Unit | n |\n| --- | ---: |\n| A\\|B | 3 |'
 */
export function markdownTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, text: readonly number[] = [0]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => escapeMarkdown(c).replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (text.includes(i) ? '---' : '---:'))), ...rows.map(line)].join('\n');
}
