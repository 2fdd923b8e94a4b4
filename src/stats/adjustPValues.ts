/** Multiple-comparison adjustments, as R's `p.adjust`. */
export type PAdjustMethod = 'holm' | 'BH' | 'none';

/**
 * Adjusts p-values for multiple comparisons, as R's `p.adjust(p, method)`.
 * `null` entries are not tests and keep their place; m is the number of non-null p-values.
 *
 * - Holm (1979): sorted ascending, p̃_(i) = max_{j ≤ i} min(1, (m − j + 1) p_(j)).
 * - Benjamini & Hochberg (1995): p̃_(i) = min_{j ≥ i} min(1, m p_(j) / j).
 *
 * @example
 * adjustPValues([0.01, 0.04, 0.03], 'holm')
 * //=> [0.03, 0.06, 0.06]
 */
export function adjustPValues(p: ReadonlyArray<number | null>, method: PAdjustMethod = 'holm'): Array<number | null> {
  const order = p.flatMap((value, index) => (value === null ? [] : [{ value, index }])).sort((a, b) => a.value - b.value || a.index - b.index);
  const m = order.length;
  const out: Array<number | null> = p.map(() => null);
  if (method === 'none') return p.slice();
  if (method === 'holm') {
    let running = 0;
    order.forEach(({ value, index }, i) => {
      running = Math.max(running, Math.min(1, (m - i) * value));
      out[index] = running;
    });
  } else {
    let running = 1;
    for (let i = m - 1; i >= 0; i--) {
      const { value, index } = order[i] as { value: number; index: number };
      running = Math.min(running, Math.min(1, (m * value) / (i + 1)));
      out[index] = running;
    }
  }
  return out;
}
