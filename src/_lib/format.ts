// Number formatting for what people read: the renderers' tables and charts, and the sentences the
// report itself carries (priorities' reasons, warnings). Both must print a number alike, so the one
// formatter sits below every layer that writes words. `null`, NaN and ±Infinity print as an en dash.

export const DASH = '–';

/**
 * Fixed decimals, with a true minus sign for negatives. The value is first rounded to 12 significant
 * digits, so floating-point noise from the order rows were added in (2.6874999999999996 against
 * 2.6875) cannot change the printed digits, and a negative zero prints as 0.
 */
export function fixed(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  return withMinus(Number(x.toPrecision(12)).toFixed(digits));
}

/** A printed number with a true minus sign (U+2212); a negative zero (`-0`, `-0.00`) prints unsigned. */
function withMinus(s: string): string {
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s.replace(/^-/, '−');
}

/**
 * As few decimals as the number needs (up to 12 significant digits), with a true minus sign: what a
 * chart's tick prints, so that a tick and the text beside it write −0.5 alike.
 *
 * @param x - The number.
 * @returns `−0.5`, `5.25`, `100`; `–` for a number that is not finite.
 * @example
 * [plain(-0.5), plain(5.25), plain(0.1 + 0.2), plain(-0)]
 * //=> ['−0.5', '5.25', '0.3', '0']
 */
export function plain(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  return withMinus(String(Number(x.toPrecision(12))));
}

/** A p-value in APA style: `< .001`, `.023`, `1.000`. */
export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return DASH;
  if (p < 0.001) return '< .001';
  return p.toFixed(3).replace(/^0\./, '.');
}

/** Significance stars of an adjusted p-value. */
export function stars(p: number | null | undefined): string {
  if (p === null || p === undefined) return '';
  return p < 0.001 ? '***' : p < 0.01 ? '**' : p < 0.05 ? '*' : '';
}

/** A confidence interval as `[lo, hi]`. */
export function interval(ci: readonly [number, number] | null | undefined, digits = 2): string {
  return ci === null || ci === undefined ? DASH : `[${fixed(ci[0], digits)}, ${fixed(ci[1], digits)}]`;
}
