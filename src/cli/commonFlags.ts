import { readFile } from 'node:fs/promises';
import { DEFAULTS } from '../defaults.js';
import { ServqualError, type DataIssue } from '../errors.js';
import { MAX_HEADER_ROWS } from '../data/headerRows.js';
import { METHODS, type Method } from '../data/method.js';
import { BUILT_IN_INSTRUMENTS, getInstrument } from '../builtins/getInstrument.js';
import type { Instrument } from '../instrument/schema.js';
import { DEFAULT_COLUMN_TEMPLATES, type ColumnRole } from '../instrument/columnTemplates.js';
import { extendInstrument } from '../instrument/extendInstrument.js';
import { INPUT_ENCODINGS, type InputEncoding } from '../node/decodeStream.js';
import { loadInstrument } from '../node/loadInstrument.js';
import type { CsvSource } from '../node/readCsvRows.js';
import type { CliIO } from './command.js';
import { type FlagSpec, UsageError } from './flags.js';
import { forTerminal } from './forTerminal.js';

// The flags several commands share, each declared once.

/** Flags every command takes; listed in the main help. */
export const GLOBAL_FLAGS = [
  { name: 'help', short: 'h', type: 'boolean', help: 'show help for a command' },
  { name: 'verbose', short: 'v', type: 'boolean', help: 'print stack traces of unexpected errors' },
] as const satisfies readonly FlagSpec[];

export const INSTRUMENT = {
  name: 'instrument',
  type: 'string',
  placeholder: 'NAME|PATH',
  help: `${DEFAULTS.instrument} (default), servqual22-1988, gronroos6, or an instrument JSON file`,
  option: 'instrument',
} as const satisfies FlagSpec;

/** Segments smaller than this are flagged (analyze, kano). */
export const MIN_SEGMENT = {
  name: 'min-segment',
  type: 'integer',
  min: 0,
  default: DEFAULTS.minSegmentSize,
  placeholder: 'N',
  help: 'flag segments smaller than N rows (default {default})',
  option: 'minSegmentSize',
} as const satisfies FlagSpec;

/** The date column periods are read from (analyze, kano). */
export const DATE_COLUMN = {
  name: 'date-column',
  type: 'string',
  placeholder: 'COLUMN',
  help: `the date column (default ${DEFAULTS.dateColumn}, else date)`,
  option: 'dateColumn',
} as const satisfies FlagSpec;

/** Threads for a file (analyze, calls): the cores for files over `minParallelBytes`, else one. */
export const THREADS = {
  name: 'threads',
  type: 'integer',
  min: 1,
  placeholder: 'N',
  help: `threads for a file, this one included (default: the cores\navailable, for files over ${DEFAULTS.minParallelBytes / 1e6} MB); at most the cores available\nand one per 32,768-row block of the file (one block: one thread);\nthe result is byte-identical whatever N`,
  option: 'threads',
} as const satisfies FlagSpec;

export const METHOD = {
  name: 'method',
  type: 'choice',
  choices: METHODS,
  placeholder: 'METHOD',
  help: '{choices} (default: detected from the columns)',
  option: 'method',
} as const satisfies FlagSpec;

export const LANG = {
  name: 'lang',
  type: 'choice',
  choices: ['en', 'zh'],
  default: DEFAULTS.lang,
  placeholder: 'LANG',
  help: '{choices}: every label and sentence a person reads',
} as const satisfies FlagSpec;

export const DELIMITER = {
  name: 'delimiter',
  type: 'string',
  placeholder: 'CHAR',
  help: 'field delimiter (default ","; ";" from European Excel; tab)',
  option: 'delimiter',
} as const satisfies FlagSpec;

/** How a survey file is read: every command that reads one takes these. */
export const READING_FLAGS = [
  DELIMITER,
  { name: 'decimal', type: 'choice', choices: ['.', ','], default: '.', placeholder: 'MARK', help: '{choices} for decimal commas', option: 'decimal' },
  {
    name: 'encoding',
    type: 'choice',
    choices: INPUT_ENCODINGS,
    aliases: { utf8: 'utf-8' },
    default: 'auto',
    placeholder: 'NAME',
    help: '{choices}\n(auto: a byte-order mark, else UTF-8, else GB18030)',
    option: 'encoding',
  },
  {
    name: 'missing',
    type: 'string',
    placeholder: 'CODES',
    help: 'codes that mean no answer, e.g. 99,-9 (besides an empty cell and NA)',
    option: 'missingCodes',
  },
  {
    name: 'max-field-size',
    type: 'integer',
    min: 1,
    default: DEFAULTS.maxFieldSize,
    placeholder: 'N',
    help: 'longest field in bytes (default {default}); a row may take 64 times as many',
    option: 'maxFieldSize',
  },
  {
    name: 'max-columns',
    type: 'integer',
    min: 1,
    default: DEFAULTS.maxColumns,
    placeholder: 'N',
    help: "most cells in any row, the header's included (default {default})",
    option: 'maxColumns',
  },
] as const satisfies readonly FlagSpec[];

/** How a survey platform's export is read (analyze, validate): its header rows and a column map. */
export const PLATFORM_FLAGS = [
  {
    name: 'header-rows',
    type: 'integer',
    min: 1,
    max: MAX_HEADER_ROWS,
    placeholder: 'N',
    help: 'header rows before the data (default: detected; Qualtrics 3, SurveyMonkey 2)',
    option: 'headerRows',
  },
  {
    name: 'map',
    type: 'string',
    placeholder: 'FILE',
    help: 'a JSON column map {"Q3_1": "P1", …}: which of the file\'s columns holds\nwhich of the instrument\'s (servqual template --map FILE writes one)',
    option: 'columnMap',
  },
] as const satisfies readonly FlagSpec[];

/** The library's options from the platform flags: `headerRows`, and `columnMap` read from `--map FILE`. */
export async function platformOptions(values: { 'header-rows'?: number; map?: string }): Promise<{ headerRows?: number; columnMap?: Record<string, string> }> {
  return {
    ...(values['header-rows'] === undefined ? {} : { headerRows: values['header-rows'] }),
    ...(values.map === undefined ? {} : { columnMap: await loadColumnMap(values.map) }),
  };
}

/**
 * A column map from a JSON file: an object whose every value is a string (`{ "Q3_1": "P1" }`).
 *
 * @throws {ServqualError} `E_IO` when the file cannot be read; `E_INVALID_OPTION` (option `columnMap`)
 *   when it is not such an object, naming the entry at fault
 */
export async function loadColumnMap(file: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ServqualError('E_IO', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ServqualError('E_INVALID_OPTION', `columnMap: ${file} is not JSON (${(error as Error).message})`, { option: 'columnMap' });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new ServqualError('E_INVALID_OPTION', `columnMap: ${file} must hold an object of the file's columns to the instrument's, e.g. {"Q3_1": "P1"}`, {
      option: 'columnMap',
    });
  for (const [from, to] of Object.entries(parsed)) {
    if (typeof to !== 'string' || to.trim() === '')
      throw new ServqualError('E_INVALID_OPTION', `columnMap: ${file}, entry "${from}": the instrument's column must be a name, got ${JSON.stringify(to)}`, {
        option: 'columnMap',
      });
  }
  return parsed as Record<string, string>;
}

/** The library's reading options from the reading flags. */
export function readingOptions(
  values: { delimiter?: string; encoding?: InputEncoding; decimal?: '.' | ','; missing?: string; 'max-field-size'?: number; 'max-columns'?: number },
  io: CliIO,
) {
  const delimiter = values.delimiter === '\\t' || values.delimiter === 'tab' ? '\t' : values.delimiter;
  if (delimiter !== undefined && delimiter.length !== 1)
    throw new UsageError(`--delimiter: "${values.delimiter ?? ''}" is not one character (use tab or \\t for a tab)`);
  return {
    delimiter,
    encoding: values.encoding,
    decimal: values.decimal,
    maxFieldSize: values['max-field-size'],
    maxColumns: values['max-columns'],
    missingCodes: values.missing?.split(',').map((code) => code.trim()),
    onWarning: (message: string) => io.stderr(`servqual: warning: ${forTerminal(message)}\n`),
  };
}

export const COLUMNS = {
  name: 'columns',
  type: 'string',
  multiple: true,
  placeholder: 'ROLE=TEMPLATE',
  help: `the instrument's column names, e.g. perception=Q{id}, or perception=a{id:02} for a01 … a22\n(repeatable, or comma-separated); roles: ${Object.keys(DEFAULT_COLUMN_TEMPLATES).join(', ')}`,
} as const satisfies FlagSpec;

/**
 * The instrument with the column templates of `--columns ROLE=TEMPLATE` values (each may hold several,
 * comma-separated) in place of its own.
 *
 * @throws {UsageError} for a value without `=` or an unknown role; {@link InstrumentError} when a template breaks the contract
 */
export function withColumns(instrument: Instrument, values: readonly string[] | undefined): Instrument {
  if (values === undefined || values.length === 0) return instrument;
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const pair of values.flatMap((v) => v.split(/,(?=\s*[A-Za-z]+\s*=)/))) {
    const at = pair.indexOf('=');
    const role = pair.slice(0, at).trim();
    if (at < 0 || !Object.hasOwn(DEFAULT_COLUMN_TEMPLATES, role))
      throw new UsageError(
        `--columns: "${pair}" is not ROLE=TEMPLATE with a role among ${Object.keys(DEFAULT_COLUMN_TEMPLATES).join(', ')} (e.g. perception=Q{id})`,
      );
    columns[role as ColumnRole] = pair.slice(at + 1).trim();
  }
  return extendInstrument(instrument, { columns });
}

/** The instrument a `--instrument` value names: a built-in, or a JSON file. */
export async function resolveInstrument(value: string | undefined): Promise<Instrument> {
  const name = value ?? DEFAULTS.instrument;
  if (Object.hasOwn(BUILT_IN_INSTRUMENTS, name)) return getInstrument(name);
  if (name.endsWith('.json')) return loadInstrument(name);
  throw new UsageError(`--instrument: "${name}" is neither a built-in instrument (${Object.keys(BUILT_IN_INSTRUMENTS).join(', ')}) nor a .json file`);
}

/** The one FILE argument of a command (`-` for standard input). */
export function oneFile(positionals: readonly string[], io: CliIO): CsvSource {
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? 'missing FILE (use - for standard input)' : `expected one FILE, got ${positionals.length}`);
  const file = positionals[0] as string;
  return file === '-' ? (io.stdin as CsvSource) : file;
}

/** Prints data issues one a line, with their codes. */
export function printIssues(issues: readonly DataIssue[], io: CliIO): void {
  for (const issue of issues) io.stdout(`${forTerminal(issue.message)} [${issue.code}]\n`);
}

export type { Method };
