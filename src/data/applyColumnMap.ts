import { ServqualError, ValidationError, type DataIssue } from '../errors.js';
import { columnNamesOf } from '../instrument/columnNamesOf.js';
import type { Instrument } from '../instrument/schema.js';
import { normalizeHeader } from './resolveColumns.js';

/** A column map: a file's column → the instrument's column it holds (`{ "Q3_1": "P1" }`). */
export type ColumnRenames = Readonly<Record<string, string>>;

/**
 * The header as the instrument reads it once a column map is applied: each column the map names
 * (`{ "Q3_1": "P1" }`: a survey platform's question id) takes the name of the instrument's column it
 * holds; the rest keep theirs. The map is the instrument's `columns.map` with `extra` (the `columnMap`
 * option, `--map FILE`) over it. Names are compared as headers are: ignoring case and surrounding spaces.
 *
 * @param header - the file's header
 * @param instrument - the instrument (its `columns.map` was checked by {@link defineInstrument})
 * @param extra - a map given beside the instrument, entry by entry over its own
 * @returns the renamed header, or `header` itself when there is no map
 * @throws {ServqualError} `E_INVALID_OPTION` (option `columnMap`) when an entry of `extra` points at
 *   a column the instrument does not read
 * @throws {ValidationError} `E_MISSING_COLUMN` for each mapped column the header lacks, and
 *   `E_DUPLICATE_HEADER` when two columns are mapped to the same one
 * @example
 * applyColumnMap(['id', 'Q3_1'], servqual22, { Q3_1: 'P1' })
 * //=> ['id', 'P1']
 */
export function applyColumnMap(header: readonly string[], instrument: Instrument, extra?: ColumnRenames | undefined): readonly string[] {
  const own = instrument.columns?.map;
  if (own === undefined && extra === undefined) return header;
  if (extra !== undefined) {
    const known = new Set(columnNamesOf(instrument).map(normalizeHeader));
    const wrong = Object.entries(extra).filter(([, to]) => !known.has(normalizeHeader(to)));
    if (wrong.length > 0)
      throw new ServqualError(
        'E_INVALID_OPTION',
        `column map: ${wrong.map(([from, to]) => `"${from}" → "${to}"`).join(', ')}: ${wrong.length === 1 ? 'the target is not a column' : 'the targets are not columns'} of instrument ${instrument.id} (an item's column such as ${columnNamesOf(instrument).slice(0, 2).join(' or ')}, a weight, overall or an outcome)`,
        { option: 'columnMap' },
      );
  }
  const renames = new Map<string, { from: string; to: string }>();
  for (const [from, to] of [...Object.entries(own ?? {}), ...Object.entries(extra ?? {})]) renames.set(normalizeHeader(from), { from, to: to.trim() });
  const keys = header.map(normalizeHeader);
  const missing = [...renames.entries()].filter(([key]) => !keys.includes(key));
  if (missing.length > 0)
    throw new ValidationError(
      missing.map(([, { from, to }]) => ({
        code: 'E_MISSING_COLUMN' as const,
        row: 0,
        column: from,
        value: null,
        message: `header: missing column "${from}" (the column map points it at ${to})`,
      })),
    );
  const claimed = new Map<string, string>();
  const issues: DataIssue[] = [];
  const renamed = header.map((name, i) => {
    const rename = renames.get(keys[i] as string);
    if (rename === undefined) return name;
    const target = normalizeHeader(rename.to);
    const first = claimed.get(target);
    if (first !== undefined)
      issues.push({
        code: 'E_DUPLICATE_HEADER',
        row: 0,
        column: name,
        value: rename.to,
        message: `column map: "${first}" and "${name}" are both mapped to ${rename.to}`,
      });
    claimed.set(target, name);
    return rename.to;
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return renamed;
}
