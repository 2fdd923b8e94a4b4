/**
 * Compares a report against a reference JSON written by R: every number in the reference must match
 * the value at the same path of the report, to `rel` relative error (p-values to `pRel`). Keys absent
 * from the reference are not checked; keys present in it must exist in the report.
 * Returns the mismatches and the largest relative error seen per statistic name.
 */
export interface Comparison {
  mismatches: string[];
  maxError: Map<string, number>;
  checked: number;
}

const P_KEYS = new Set(['p', 'pAdjusted']);

export function compareToReference(actual: unknown, expected: unknown, options: { rel?: number; pRel?: number; abs?: number } = {}): Comparison {
  const rel = options.rel ?? 1e-9;
  const pRel = options.pRel ?? 1e-6;
  const out: Comparison = { mismatches: [], maxError: new Map(), checked: 0 };
  walk(actual, expected, '', '');
  return out;

  function walk(a: unknown, e: unknown, path: string, key: string): void {
    if (e === null) {
      if (a !== null && a !== undefined) out.mismatches.push(`${path}: expected null, got ${JSON.stringify(a)}`);
      return;
    }
    if (typeof e === 'number') {
      out.checked++;
      if (typeof a !== 'number') {
        out.mismatches.push(`${path}: expected ${e}, got ${JSON.stringify(a)}`);
        return;
      }
      const isP = P_KEYS.has(key);
      const err = e === 0 ? Math.abs(a) : Math.abs(a - e) / Math.abs(e);
      // Statistics that are zero in truth (a gap of exactly 0) can only be judged absolutely; p-values
      // are always judged relatively, so a tail value of 1e-40 must match to 1e-6 of itself.
      // With `abs`, any non-p statistic within that absolute distance also passes (for quantities
      // that are differences of near-equal numbers, such as a CI bound close to zero).
      const absOk = !isP && ((Math.abs(e) < 1e-9 && Math.abs(a - e) < 1e-13) || (options.abs !== undefined && Math.abs(a - e) <= options.abs));
      const name = /^\d+$/.test(key) ? path.replace(/^.*?(\w+)\[\d+\]$/, '$1') : key;
      out.maxError.set(name, Math.max(out.maxError.get(name) ?? 0, absOk ? 0 : err));
      if (!absOk && err > (isP ? pRel : rel)) out.mismatches.push(`${path}: expected ${e}, got ${a} (relative error ${err.toExponential(2)})`);
      return;
    }
    if (typeof e === 'string' || typeof e === 'boolean') {
      out.checked++;
      if (a !== e) out.mismatches.push(`${path}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);
      return;
    }
    if (Array.isArray(e)) {
      if (!Array.isArray(a) || a.length !== e.length) {
        out.mismatches.push(`${path}: expected an array of ${e.length}, got ${JSON.stringify(a)?.slice(0, 80)}`);
        return;
      }
      e.forEach((x, i) => walk(a[i], x, `${path}[${i}]`, String(i)));
      return;
    }
    if (typeof e === 'object') {
      if (a === null || typeof a !== 'object') {
        out.mismatches.push(`${path}: expected an object, got ${JSON.stringify(a)}`);
        return;
      }
      for (const [k, v] of Object.entries(e)) walk((a as Record<string, unknown>)[k], v, path === '' ? k : `${path}.${k}`, k);
    }
  }
}
