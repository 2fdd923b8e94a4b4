// Control characters (C0, DEL, C1) made visible. Used by the Markdown escaping (src/render) and by the
// CLI before it writes to a terminal (src/cli/forTerminal.ts), so a value prints the same in both.

/** C0 (but the ones in `keep`), DEL and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this module's purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Every control character in `text` shown instead of acted on: a C0 control as its Unicode control
 * picture (U+001B ESC → `␛`, LF → `␊`, CR → `␍`), DEL as `␡`, a C1 control (which has no picture) as
 * the escape `\u009b`, which JSON reads back as the same character. An escape sequence in a cell can
 * then neither move a terminal's cursor or change its colours nor start a new line in a report.
 *
 * @param text - Any text.
 * @param keep - Controls to leave as they are, e.g. `'\n\t'` for a terminal. Default none.
 * @returns The text with every other control replaced.
 * @example
 * showControls('a\u001b[2Jb')
 * //=> 'a␛[2Jb'
 */
export function showControls(text: string, keep = ''): string {
  return text.replace(CONTROL, (ch) => {
    if (keep.includes(ch)) return ch;
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `\\u00${code.toString(16)}`;
  });
}
