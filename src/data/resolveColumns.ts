import { ValidationError, type DataIssue } from '../errors.js';
import { editDistance } from '../_lib/editDistance.js';
import { columnTemplate, fillTemplate, type ColumnRole } from '../instrument/columnTemplates.js';
import type { Instrument } from '../instrument/schema.js';
import type { Method } from './method.js';

/** Where each role's column sits in the header (index, or -1 where the file has none). */
export interface ColumnMap {
  /** The scoring method, detected from the columns present or forced. */
  readonly method: Method;
  /** The header as written in the file. */
  readonly header: readonly string[];
  /** Per item, in instrument order: the column index of each role, or `null` when the method does not use the role. */
  readonly expectation: Int32Array | null;
  readonly perception: Int32Array;
  readonly minimum: Int32Array | null;
  readonly desired: Int32Array | null;
  /** Per dimension: the weight columns, or `null` when the file has none. */
  readonly weight: Int32Array | null;
  /** The overall-satisfaction column, or -1. */
  readonly overall: number;
  /** Per item: its importance-rating column (template `importance`, `I{id}`), or `null` when the file has none. */
  readonly importance: Int32Array | null;
  /** Every other named column, kept for segments and dates: its index and header. */
  readonly extra: ReadonlyArray<{ readonly index: number; readonly name: string }>;
  /**
   * The question text of each column, in header order, when the file's header rows hold it (a survey
   * platform's export); absent otherwise.
   */
  readonly questions?: readonly string[] | undefined;
  /**
   * The cells a row needs: up to the last named column. Columns with a blank header past it (Excel's
   * trailing `,,`) may be missing from a row.
   */
  readonly minCells: number;
}

/** Options of {@link resolveColumns}. */
export interface ResolveColumnsOptions {
  /** Force a method instead of detecting it from the columns present. */
  method?: Method | undefined;
}

/** Header matching ignores case and surrounding spaces (and a stray BOM on the first cell). */
export function normalizeHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/**
 * Maps a file's header onto the instrument's column roles and detects the method:
 * E and P columns give `servqual`; MIN, DES and P give `three-column`; P alone gives `servperf`.
 * A column with a blank header (Excel's trailing `,,`, a pandas index) has no name to match or keep:
 * it is ignored whatever it holds, like any column the instrument does not name, and two of them are
 * not duplicates.
 *
 * @throws {ValidationError} `E_DUPLICATE_HEADER` when two headers match the same name, or
 *   `E_MISSING_COLUMN` naming every column the method needs and the file lacks.
 */
export function resolveColumns(header: readonly string[], instrument: Instrument, options: ResolveColumnsOptions = {}): ColumnMap {
  try {
    return resolveHeader(header, instrument, options);
  } catch (error) {
    // Only a header that does not match pays for finding out why.
    if (error instanceof MissingColumns) throw explainMissing(error, header, instrument, options);
    throw error;
  }
}

function resolveHeader(header: readonly string[], instrument: Instrument, options: ResolveColumnsOptions): ColumnMap {
  const index = indexHeader(header);
  const items = instrument.dimensions.flatMap((d) => d.items.map((item) => ({ id: item.id, dimension: d.id })));
  const lookup = (role: ColumnRole): { names: string[]; indexes: Int32Array } => {
    const names = items.map((ids) => fillTemplate(columnTemplate(instrument, role), ids));
    return { names, indexes: Int32Array.from(names, (n) => index.get(normalizeHeader(n)) ?? -1) };
  };
  const roles = {
    expectation: lookup('expectation'),
    perception: lookup('perception'),
    minimum: lookup('minimum'),
    desired: lookup('desired'),
  };
  const present = (role: keyof typeof roles): boolean => roles[role].indexes.some((i) => i >= 0);
  const method: Method = options.method ?? (present('minimum') || present('desired') ? 'three-column' : present('expectation') ? 'servqual' : 'servperf');

  const required: Array<keyof typeof roles> =
    method === 'servqual' ? ['expectation', 'perception'] : method === 'three-column' ? ['minimum', 'desired', 'perception'] : ['perception'];
  const missing: string[] = [];
  for (const role of required) {
    roles[role].indexes.forEach((i, k) => {
      if (i < 0) missing.push(roles[role].names[k] ?? '');
    });
  }

  const weightNames = instrument.dimensions.map((d) => fillTemplate(columnTemplate(instrument, 'weight'), { dimension: d.id }));
  const weightIndexes = Int32Array.from(weightNames, (n) => index.get(normalizeHeader(n)) ?? -1);
  const someWeights = weightIndexes.some((i) => i >= 0);
  if (someWeights) weightIndexes.forEach((i, k) => i < 0 && missing.push(weightNames[k] ?? ''));

  // Item importance, like the weights: optional, but all items or none.
  const importance = lookup('importance');
  const someImportance = importance.indexes.some((i) => i >= 0);
  if (someImportance) importance.indexes.forEach((i, k) => i < 0 && missing.push(importance.names[k] ?? ''));

  if (missing.length > 0)
    throw new MissingColumns(
      missing,
      method,
      required.every((role) => !present(role)),
    );

  const overallName = normalizeHeader(columnTemplate(instrument, 'overall'));
  const overall = index.get(overallName) ?? -1;
  const used = new Set<number>([...weightIndexes, overall, ...importance.indexes]);
  for (const role of required) for (const i of roles[role].indexes) used.add(i);
  const extra = header.flatMap((name, i) => (used.has(i) || normalizeHeader(name) === '' ? [] : [{ index: i, name: name.replace(/^\uFEFF/, '').trim() }]));
  let minCells = header.length;
  while (minCells > 1 && normalizeHeader(header[minCells - 1] ?? '') === '') minCells--;

  return {
    method,
    header,
    expectation: required.includes('expectation') ? roles.expectation.indexes : null,
    perception: roles.perception.indexes,
    minimum: required.includes('minimum') ? roles.minimum.indexes : null,
    desired: required.includes('desired') ? roles.desired.indexes : null,
    weight: someWeights ? weightIndexes : null,
    overall,
    importance: someImportance ? importance.indexes : null,
    extra,
    minCells,
  };
}

function indexHeader(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  const issues: DataIssue[] = [];
  header.forEach((name, i) => {
    const key = normalizeHeader(name);
    if (key === '') return; // no name: nothing to match, nothing to repeat
    const first = index.get(key);
    if (first !== undefined) {
      issues.push({
        code: 'E_DUPLICATE_HEADER',
        row: 0,
        column: name,
        value: name,
        message: `header, column ${i + 1}: "${name}" duplicates column ${first + 1} ("${header[first] ?? ''}")`,
      });
    } else {
      index.set(key, i);
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return index;
}

/** The columns a header lacks, before {@link explainMissing} says why. */
class MissingColumns extends Error {
  constructor(
    readonly missing: readonly string[],
    readonly method: Method,
    /** No column of the method's roles is there at all. */
    readonly none: boolean,
  ) {
    super('missing columns');
  }
}

/** The delimiters a misread header is split at, to see whether the instrument's columns are there. */
const DELIMITERS = [',', ';', '\t', '|'] as const;
const flagOf = (d: string): string => (d === '\t' ? 'tab' : `"${d}"`);

/**
 * The error of a header that lacks columns: one issue per missing column, and one message that says
 * why when it can — the header splits into the instrument's columns at another delimiter (a `;` file
 * from European Excel, a tab-separated UTF-16 one), or none of the instrument's columns is there, so
 * the names the templates make are shown beside the file's closest ones.
 */
function explainMissing(error: MissingColumns, header: readonly string[], instrument: Instrument, options: ResolveColumnsOptions): ValidationError {
  const { missing, method } = error;
  const shown = missing.length > 8 ? `${missing.slice(0, 8).join(', ')}, … (${missing.length} in all)` : missing.join(', ');
  const issues = missing.map((column) => ({
    code: 'E_MISSING_COLUMN' as const,
    row: 0,
    column,
    value: null,
    message: `header: missing column "${column}" (needed for method ${method})`,
  }));
  const plain = `header: missing column${missing.length === 1 ? '' : 's'} ${shown} (needed for method ${method})`;
  for (const d of DELIMITERS) {
    if (!header.some((cell) => cell.includes(d))) continue;
    const split = header.flatMap((cell) => cell.split(d));
    try {
      resolveHeader(split, instrument, options);
    } catch {
      continue;
    }
    return new ValidationError(
      issues,
      `header: the instrument's columns are there when the header is split at ${d === '\t' ? 'tabs' : `"${d}"`}: give --delimiter ${flagOf(d)} (delimiter in the API); as read, ${plain.slice('header: '.length)}`,
    );
  }
  if (!error.none) return new ValidationError(issues, plain);
  return new ValidationError(issues, `${plain}. ${noColumnOf(header, instrument)}`);
}

/** Why a header with none of the instrument's columns has none: its templates, and the file's nearest names. */
function noColumnOf(header: readonly string[], instrument: Instrument): string {
  const roles: ColumnRole[] = ['expectation', 'perception', 'minimum', 'desired'];
  const templates = roles.map((role) => `${role} ${columnTemplate(instrument, role)}`).join(', ');
  const items = instrument.dimensions.flatMap((d) => d.items.map((item) => ({ id: item.id, dimension: d.id })));
  const expected = roles.flatMap((role) => items.map((ids) => fillTemplate(columnTemplate(instrument, role), ids)));
  // Each of the file's names beside the instrument's name nearest it, when near enough to be a renaming.
  const near: Array<{ name: string; expected: string; distance: number; at: number }> = [];
  header.forEach((raw, at) => {
    const name = raw.replace(/^\uFEFF/, '').trim();
    if (name === '') return;
    let best = { expected: '', distance: Number.POSITIVE_INFINITY };
    for (const e of expected) {
      const distance = editDistance(normalizeHeader(name), normalizeHeader(e));
      if (distance < best.distance) best = { expected: e, distance };
    }
    if (best.distance <= Math.max(1, Math.floor(Math.max(name.length, best.expected.length) / 2))) near.push({ name, ...best, at });
  });
  near.sort((a, b) => a.distance - b.distance || a.at - b.at);
  const closest =
    near.length === 0
      ? `no name in the file is near one of them (the file's first columns: ${header
          .slice(0, 5)
          .map((h) => `"${h.replace(/^\uFEFF/, '').trim()}"`)
          .join(', ')})`
      : `the closest names in the file: ${near
          .slice(0, 5)
          .map((n) => `"${n.name}" (for ${n.expected})`)
          .join(', ')}${near.length > 5 ? ` and ${near.length - 5} more` : ''}`;
  const first = items[0] ?? { dimension: '' };
  const example = ['expectation', 'perception'].map((role) => fillTemplate(columnTemplate(instrument, role as ColumnRole), first)).join(', ');
  return `None of instrument ${instrument.id}'s columns is in the file: column names come from the instrument's templates (${templates}; {id} is an item's id, so ${example}, …); ${closest}. Rename the columns, or give an instrument whose "columns" templates match the file (--instrument FILE)`;
}
