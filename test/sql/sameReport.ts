import { expect } from 'vitest';

/**
 * Asserts two reports equal: every number to `relative` (1e-9) of the larger, with an absolute floor of
 * 1e-12 for numbers that are zero in exact arithmetic (a co-moment of 0 computed as 1e-17 has no
 * relative error to speak of); every other value exactly. `dataQuality.issues` and `issuesTotal` are
 * left out: problems of single rows do not come back from SQL (docs/sql.md).
 */
export function expectSameReport(actual: unknown, expected: unknown, relative = 1e-9): void {
  const differences: string[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (differences.length > 20) return;
    if (path === '$.dataQuality.issues' || path === '$.dataQuality.issuesTotal') return;
    if (typeof a === 'number' && typeof b === 'number') {
      if (Number.isNaN(a) && Number.isNaN(b)) return;
      if (a === b) return;
      const tolerance = Math.max(relative * Math.max(Math.abs(a), Math.abs(b)), 1e-12);
      if (!(Math.abs(a - b) <= tolerance)) differences.push(`${path}: ${a} vs ${b}`);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) differences.push(`${path}: length ${a.length} vs ${b.length}`);
      else a.forEach((x, i) => walk(x, b[i], `${path}[${i}]`));
      return;
    }
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      return;
    }
    if (a !== b) differences.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  };
  walk(JSON.parse(JSON.stringify(actual)), JSON.parse(JSON.stringify(expected)), '$');
  expect(differences).toEqual([]);
}
