import { showControls } from './showControls.js';

/**
 * Text from the data (a segment's value, a column's or an instrument's name, an issue's message) made
 * inert in Markdown: it renders as the same characters and can create no structure. `&` and `>` become
 * entities, `<` too where it could open a tag, an autolink or a comment (CommonMark needs a letter, `/`,
 * `!` or `?` after it; `< .001` stays as written), a backslash is doubled so it cannot escape what
 * follows (`\|` would otherwise end a table cell), and every control (CR and LF included) is shown as
 * its picture (see {@link showControls}), so a value stays on its own line or in its own table cell: it
 * cannot forge a heading, a list or a table row, nor run HTML.
 *
 * @param text - Text from the data.
 * @returns The text to place in Markdown, in running text or in a table cell.
 * @example
 * escapeMarkdown('x\n# All branches meet targets<img src=x onerror=alert(1)>')
 * //=> 'x␊# All branches meet targets&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeMarkdown(text: string): string {
  const escaped = text
    .replaceAll('\\', '\\\\')
    .replaceAll('&', '&amp;')
    .replace(/<(?!\s)/g, '&lt;')
    .replaceAll('>', '&gt;');
  return showControls(escaped);
}
