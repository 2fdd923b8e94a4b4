import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Worker } from 'node:worker_threads';
import { ServqualError, ValidationError, type DataIssue } from '../errors.js';
import { formatSampleLine } from '../data/DataQualityLog.js';
import { isMethod, METHODS, type Method } from '../data/method.js';
import { questionnaireText, surveyTemplateCsv } from '../data/surveyTemplate.js';
import { BUILT_IN_INSTRUMENTS, getInstrument } from '../instrument/getInstrument.js';
import type { Instrument } from '../instrument/schema.js';
import { renderJson } from '../report/renderJson.js';
import { renderMarkdown } from '../report/renderMarkdown.js';
import { renderHtml } from '../report/renderHtml.js';
import { renderCsv } from '../report/renderCsv.js';
import { analyzeCsv, type AnalyzeCsvOptions } from '../node/analyzeCsv.js';
import { loadInstrument } from '../node/loadInstrument.js';
import { readSurveyCsv } from '../node/readSurveyCsv.js';
import type { CsvSource } from '../node/readCsvRows.js';
import { diagnoseCsv } from '../node/diagnoseCsv.js';
import { renderDiagnosisMarkdown } from '../gaps/renderDiagnosis.js';
import { ANALYZE_HELP, DIAGNOSE_HELP, JOURNEY_HELP, MAIN_HELP, TEMPLATE_HELP, VALIDATE_HELP } from './usage.js';
import { journey } from '../journey/journey.js';
import { INPUT_ENCODINGS } from '../node/decodeStream.js';
import { checkDateFormat, PERIOD_UNITS } from '../score/period.js';
import { analyzeParallel, type ScannedFile } from './analyzeParallel.js';
import { defaultThreads, MIN_PARALLEL_BYTES } from './earlyWorkers.js';
import { renderJourneyMarkdown } from '../journey/renderJourney.js';
import { readJourneyCsv } from '../node/readJourneyCsv.js';

/** Where the CLI writes; injectable so tests can capture it. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
  /** Whether stderr is a terminal (progress is shown only then). */
  isTTY?: boolean;
  /** The worker script for --threads; without it (and without spawnWorker) the CLI reads in one thread. */
  workerUrl?: URL;
  /** Hands out a worker for --threads: the executable gives ones it started early. Default: a new Worker(workerUrl). */
  spawnWorker?: () => Worker;
  /** Blocks of a file that a worker began scanning when the executable started (see earlyPlan). */
  scanned?: ScannedFile | undefined;
}

/** A usage error: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  verbose: { type: 'boolean', short: 'v' },
  instrument: { type: 'string' },
  method: { type: 'string' },
  delimiter: { type: 'string' },
  encoding: { type: 'string' },
  decimal: { type: 'string' },
  'max-field-size': { type: 'string' },
  'max-columns': { type: 'string' },
  missing: { type: 'string' },
} as const;

/** The reading options every command that reads a survey takes. */
function readingOptions(values: { delimiter?: string | undefined; encoding?: string | undefined; decimal?: string | undefined; 'max-field-size'?: string | undefined; 'max-columns'?: string | undefined; missing?: string | undefined }, io: CliIO) {
  const delimiter = values.delimiter === '\\t' || values.delimiter === 'tab' ? '\t' : values.delimiter;
  if (delimiter !== undefined && delimiter.length !== 1) throw new UsageError(`--delimiter: "${values.delimiter ?? ''}" is not one character (use tab or \\t for a tab)`);
  return {
    delimiter,
    encoding: values.encoding === undefined ? undefined : oneOf('--encoding', values.encoding.toLowerCase().replace(/^utf8$/, 'utf-8'), INPUT_ENCODINGS),
    decimal: values.decimal === undefined ? undefined : oneOf('--decimal', values.decimal, ['.', ','] as const),
    maxFieldSize: numberFlag('--max-field-size', values['max-field-size'], { whole: true, min: 1 }),
    maxColumns: numberFlag('--max-columns', values['max-columns'], { whole: true, min: 1 }),
    missingCodes: values.missing?.split(',').map((code) => code.trim()),
    onWarning: (message: string) => io.stderr(`servqual: warning: ${message}\n`),
  };
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit code:
 * 0 success, 1 data problems, 2 usage errors. Errors print as one line on stderr.
 */
export async function run(argv: readonly string[], io: CliIO, version: string): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  try {
    return await dispatch(argv, io, version);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`servqual: ${error.message}\nRun "servqual --help" for usage.\n`);
      return 2;
    }
    if (error instanceof ServqualError) {
      io.stderr(`servqual: ${error.message}\n`);
      if (verbose && error.stack !== undefined) io.stderr(`${error.stack}\n`);
      return 1;
    }
    const e = error as Error;
    io.stderr(`servqual: unexpected error: ${e.message ?? String(error)}\n`);
    if (verbose && e.stack !== undefined) io.stderr(`${e.stack}\n`);
    return 1;
  }
}

async function dispatch(argv: readonly string[], io: CliIO, version: string): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(MAIN_HELP);
    return command === undefined ? 2 : 0;
  }
  switch (command) {
    case 'analyze':
      return analyzeCommand(rest, io);
    case 'validate':
      return validateCommand(rest, io);
    case 'template':
      return templateCommand(rest, io);
    case 'journey':
      return journeyCommand(rest, io);
    case 'diagnose':
      return diagnoseCommand(rest, io);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** Parses a command's arguments strictly, turning parseArgs' complaints into usage errors (exit 2). */
function parseCommand<const O extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function resolveInstrument(value: string | undefined): Promise<Instrument> {
  if (value === undefined) return getInstrument('servqual22');
  if (Object.hasOwn(BUILT_IN_INSTRUMENTS, value)) return getInstrument(value);
  if (value.endsWith('.json')) return loadInstrument(value);
  throw new UsageError(`--instrument: "${value}" is neither a built-in instrument (${Object.keys(BUILT_IN_INSTRUMENTS).join(', ')}) nor a .json file`);
}

function resolveMethod(value: string | undefined): Method | undefined {
  if (value === undefined) return undefined;
  if (!isMethod(value)) throw new UsageError(`--method: "${value}" is not one of ${METHODS.join(', ')}`);
  return value;
}

function oneFile(positionals: string[], io: CliIO): CsvSource {
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing FILE (use - for standard input)' : `expected one FILE, got ${positionals.length}`);
  const file = positionals[0] as string;
  return file === '-' ? (io.stdin as CsvSource) : file;
}

async function analyzeCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    ...COMMON,
    format: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    'min-items': { type: 'string' },
    'p-adjust': { type: 'string' },
    reliability: { type: 'string' },
    importance: { type: 'string' },
    'ipa-performance': { type: 'string' },
    'ipa-crosshairs': { type: 'string' },
    by: { type: 'string', multiple: true },
    period: { type: 'string' },
    'date-column': { type: 'string' },
    'date-format': { type: 'string' },
    'min-segment': { type: 'string' },
    lang: { type: 'string' },
    threads: { type: 'string' },
  });
  if (values.help === true) {
    io.stdout(ANALYZE_HELP);
    return 0;
  }
  const format = oneOf('--format', values.format ?? 'markdown', ['json', 'markdown', 'html', 'csv'] as const);
  const lang = oneOf('--lang', values.lang ?? 'en', ['en', 'zh'] as const);
  const pAdjust = oneOf('--p-adjust', values['p-adjust'] ?? 'holm', ['holm', 'BH', 'none'] as const);
  const reliability = oneOf('--reliability', values.reliability ?? 'listwise', ['listwise', 'pairwise'] as const);
  const importance = oneOf('--importance', values.importance ?? 'auto', ['auto', 'stated', 'derived', 'equal'] as const);
  const ipaPerformance = oneOf('--ipa-performance', values['ipa-performance'] ?? 'perception', ['perception', 'gap'] as const);
  const ipaCrosshairs = oneOf('--ipa-crosshairs', values['ipa-crosshairs'] ?? 'mean', ['mean', 'midpoint'] as const);
  const period = values.period === undefined ? undefined : oneOf('--period', values.period, PERIOD_UNITS);
  try {
    checkDateFormat(values['date-format']); // a usage error, before anything is read
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const minSegmentSize = numberFlag('--min-segment', values['min-segment'], { whole: true, min: 0 });
  const minItemsAnswered = numberFlag('--min-items', values['min-items'], { whole: true, min: 1 });
  const threadsText = values.threads;
  const threads = numberFlag('--threads', threadsText, { whole: true, min: 1 }) ?? defaultThreads();
  const source = oneFile(positionals, io);
  const instrument = await resolveInstrument(values.instrument);
  const onProgress = values.quiet === true ? undefined : progressReporter(source, io);
  const analyzeOptions: AnalyzeCsvOptions = {
    onProgress,
    instrument,
    method: resolveMethod(values.method),
    ...readingOptions(values, io),
    strict: values.strict === true,
    minItemsAnswered,
    pAdjust,
    reliability,
    importance,
    ipaPerformance,
    ipaCrosshairs,
    by: values.by,
    period,
    dateColumn: values['date-column'],
    dateFormat: values['date-format'],
    minSegmentSize,
  };
  // Worker threads for files (the result is the same with any thread count); a stream is read in one.
  // An explicit --threads splits any file of two blocks or more; the default only files over 50 MB.
  const minBytes = threadsText === undefined ? MIN_PARALLEL_BYTES : 0;
  const workerUrl = io.workerUrl;
  const spawn = io.spawnWorker ?? (workerUrl === undefined ? undefined : () => new Worker(workerUrl));
  const parallel = typeof source === 'string' && threads > 1 && spawn !== undefined ? await analyzeParallel(source, analyzeOptions, { threads, spawn, minBytes, scanned: io.scanned }) : null;
  const report = parallel ?? (await analyzeCsv(source, analyzeOptions));
  onProgress?.(Number.POSITIVE_INFINITY);
  const text = format === 'json' ? renderJson(report) : format === 'html' ? renderHtml(report, { lang }) : format === 'csv' ? renderCsv(report, { lang }) : renderMarkdown(report, { lang });
  if (values.out !== undefined) await writeFile(values.out, text, 'utf8');
  else io.stdout(text);
  if (values.quiet !== true) io.stderr(`${formatSampleLine(report.sample)}${values.out === undefined ? '' : `; report written to ${values.out}`}\n`);
  return 0;
}

async function validateCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(args, COMMON);
  if (values.help === true) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  const source = oneFile(positionals, io);
  const instrument = await resolveInstrument(values.instrument);
  let survey;
  try {
    survey = await readSurveyCsv(source, { instrument, method: resolveMethod(values.method), ...readingOptions(values, io) });
  } catch (error) {
    if (error instanceof ValidationError) {
      printIssues(error.issues, io);
      io.stderr(`${error.issues.length} problem${error.issues.length === 1 ? '' : 's'} in the header\n`);
      return 1;
    }
    throw error;
  }
  let rows = 0;
  let bad = 0;
  let problems = 0;
  for await (const result of survey.rows) {
    rows++;
    const issues = result.ok ? (result.response.notes ?? []) : result.issues;
    if (issues.length > 0) {
      bad++;
      problems += issues.length;
      printIssues(issues, io);
    }
  }
  const summary = `${rows} row${rows === 1 ? '' : 's'} checked (method ${survey.reader.columns.method}): `;
  if (bad === 0) {
    io.stderr(`${summary}no problems\n`);
    return 0;
  }
  io.stderr(`${summary}${problems} problem${problems === 1 ? '' : 's'} in ${bad} row${bad === 1 ? '' : 's'}\n`);
  return 1;
}

/**
 * Progress on stderr — bytes read, rows/s and the time left — for files over 10 MB when stderr is a
 * terminal; nothing otherwise. Redraws at most five times a second; `Infinity` clears the line.
 */
function progressReporter(source: CsvSource, io: CliIO): ((bytes: number, rows?: number) => void) | undefined {
  if (typeof source !== 'string' || io.isTTY !== true) return undefined;
  let size: number;
  try {
    size = statSync(source).size;
  } catch {
    return undefined;
  }
  if (size < 10e6) return undefined;
  const t0 = Date.now();
  let last = 0;
  return (bytes, rows = 0) => {
    if (!Number.isFinite(bytes)) {
      if (last > 0) io.stderr('\r\u001b[K');
      return;
    }
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    const seconds = (now - t0) / 1000;
    const rate = bytes / Math.max(seconds, 1e-3);
    const left = (size - bytes) / Math.max(rate, 1);
    io.stderr(`\r\u001b[K${(bytes / 1e6).toFixed(0)} / ${(size / 1e6).toFixed(0)} MB · ${Math.round(rows / Math.max(seconds, 1e-3)).toLocaleString('en')} rows/s · ${left.toFixed(0)} s left`);
  };
}

/**
 * A numeric flag: `undefined` when absent, else the number, or a usage error naming the flag when the
 * text is blank, not a number, not whole where it must be, or outside [min, max].
 */
function numberFlag(flag: string, text: string | undefined, rule: { whole?: boolean; min?: number; max?: number } = {}): number | undefined {
  if (text === undefined) return undefined;
  const x = Number(text);
  const { whole = false, min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = rule;
  if (text.trim() === '' || !Number.isFinite(x) || (whole && !Number.isInteger(x)) || x < min || x > max) {
    const kind = whole ? (min >= 1 ? 'a positive whole number' : 'a whole number') : 'a number';
    const range = Number.isFinite(min) && Number.isFinite(max) ? ` between ${min} and ${max}` : '';
    throw new UsageError(`${flag}: "${text}" is not ${kind}${range}`);
  }
  return x;
}

/** The value if it is one of the choices, else a usage error naming the flag. */
function oneOf<const T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${flag}: "${value}" is not one of ${choices.join(', ')}`);
  return value as T;
}

function printIssues(issues: readonly DataIssue[], io: CliIO): void {
  for (const issue of issues) io.stdout(`${issue.message} [${issue.code}]\n`);
}

async function templateCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    help: COMMON.help,
    verbose: COMMON.verbose,
    instrument: COMMON.instrument,
    method: COMMON.method,
    lang: { type: 'string' },
    questionnaire: { type: 'boolean' },
  });
  if (values.help === true) {
    io.stdout(TEMPLATE_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`template takes no FILE (got "${positionals[0] ?? ''}")`);
  const lang = oneOf('--lang', values.lang ?? 'en', ['en', 'zh'] as const);
  const instrument = await resolveInstrument(values.instrument);
  const method = resolveMethod(values.method) ?? 'servqual';
  if (values.questionnaire === true) io.stdout(questionnaireText(instrument, method, lang));
  else io.stdout(surveyTemplateCsv(instrument, method));
  return 0;
}

async function journeyCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    help: COMMON.help,
    verbose: COMMON.verbose,
    delimiter: COMMON.delimiter,
    format: { type: 'string' },
    lang: { type: 'string' },
    target: { type: 'string' },
    threshold: { type: 'string' },
  });
  if (values.help === true) {
    io.stdout(JOURNEY_HELP);
    return 0;
  }
  const format = oneOf('--format', values.format ?? 'markdown', ['json', 'markdown'] as const);
  const lang = oneOf('--lang', values.lang ?? 'en', ['en', 'zh'] as const);
  const target = numberFlag('--target', values.target, { min: 0, max: 1 });
  const source = oneFile(positionals, io);
  const stages = await readJourneyCsv(source, { delimiter: values.delimiter, threshold: numberFlag('--threshold', values.threshold) });
  const report = journey(stages, target === undefined ? {} : { target });
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderJourneyMarkdown(report, lang));
  return 0;
}

async function diagnoseCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    help: COMMON.help,
    verbose: COMMON.verbose,
    instrument: COMMON.instrument,
    delimiter: COMMON.delimiter,
    customers: { type: 'string' },
    managers: { type: 'string' },
    staff: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
  });
  if (values.help === true) {
    io.stdout(DIAGNOSE_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`diagnose takes its files as --customers, --managers and --staff (got "${positionals[0] ?? ''}")`);
  if (values.customers === undefined) throw new UsageError('diagnose needs --customers FILE (a survey with expectations and perceptions)');
  const format = oneOf('--format', values.format ?? 'markdown', ['json', 'markdown'] as const);
  const lang = oneOf('--lang', values.lang ?? 'en', ['en', 'zh'] as const);
  const instrument = await resolveInstrument(values.instrument);
  const report = await diagnoseCsv(
    { customers: values.customers, managers: values.managers, staff: values.staff },
    { instrument, delimiter: values.delimiter },
  );
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderDiagnosisMarkdown(report, lang));
  return 0;
}
