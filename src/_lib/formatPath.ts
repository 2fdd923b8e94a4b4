/**
 * Formats a zod issue path as a JSON path: `['dimensions', 2, 'items', 0, 'id']` → `dimensions[2].items[0].id`.
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
