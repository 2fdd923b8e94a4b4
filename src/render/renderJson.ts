import type { Report } from '../report/types.js';

/**
 * The report as JSON text (two-space indent, trailing newline). The report holds no `NaN` or
 * `Infinity`: undefined statistics are `null`.
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
