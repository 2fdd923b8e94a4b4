import { showControls } from '../render/showControls.js';

/**
 * Text the CLI writes to standard output or standard error, made safe for a terminal: escape sequences
 * and every other control from the data (ESC, a lone CR that would overwrite the line, C1 controls)
 * are shown instead of acted on (`\u001b` → `␛`; see {@link showControls}). Tabs, line ends and
 * CRLF pairs (the CSV report's) are kept. A report written with `--out` is written as it is.
 *
 * @param text - What the CLI is about to print.
 * @returns The same text with its controls shown.
 */
export function forTerminal(text: string): string {
  return text
    .split('\r\n')
    .map((part) => showControls(part, '\n\t'))
    .join('\r\n');
}
