import { realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LABELS, sampleLine } from '../../render/labels.js';
import { DEFAULTS } from '../../defaults.js';
import { ServqualError } from '../../errors.js';
import type { GapEvidence } from '../../gapModel/causesOf.js';
import type { Instrument } from '../../instrument/schema.js';
import { gapEvidenceOf } from '../../gaps/gapEvidenceOf.js';
import type { DiagnosisReport } from '../../gaps/diagnose.js';
import type { Report } from '../../report/types.js';
import { analyzeCsv, analyzeCsvWith, type AnalyzeCsvOptions } from '../../node/analyzeCsv.js';
import { startWorker } from '../../node/threads/startWorker.js';
import type { CsvSource } from '../../node/readCsvRows.js';
import { analyzeFile } from '../../node/analyzeFile.js';
import { readSurveyFile, type ReadSurveyFileOptions } from '../../node/readSurveyFile.js';
import { tableFormatOf } from '../../node/readTableFile.js';
import { PenaltyRewardRows, type PenaltyReward } from '../../kano/penaltyReward.js';
import { checkRowLimit } from '../../data/toTable.js';
import { renderCsv } from '../../render/renderCsv.js';
import { renderHtml } from '../../render/renderHtml.js';
import { renderJson } from '../../render/renderJson.js';
import { renderMarkdown } from '../../render/renderMarkdown.js';
import { checkDateFormat, PERIOD_UNITS } from '../../data/period.js';
import { command, type CliIO } from '../command.js';
import {
  COLUMNS,
  DATE_COLUMN,
  INSTRUMENT,
  LANG,
  METHOD,
  MIN_SEGMENT,
  oneFile,
  PLATFORM_FLAGS,
  platformOptions,
  READING_FLAGS,
  readingOptions,
  resolveInstrument,
  THREADS,
  withColumns,
} from '../commonFlags.js';
import { defaultThreads, fileSize } from '../earlyWorkers.js';
import { forTerminal } from '../forTerminal.js';
import { instrumentWithOutcomeFlags, OUTCOME_FLAGS } from '../outcomeFlags.js';
import { UsageError } from '../flags.js';
import { writeAtomically } from '../writeAtomically.js';
import { SHEET, sheetOf } from '../sheetFlag.js';
import { pushDownReport } from './sql.js';

/** `servqual analyze`: score a survey and write the report. */
export const analyzeCommand = command({
  name: 'analyze',
  synopsis: 'FILE|-',
  summary: 'score a survey and print the report',
  description: 'Scores a survey — a CSV (or standard input, "-"), an .xlsx workbook (--sheet) or a Parquet\nfile, by its extension — and prints the report.',
  flags: [
    INSTRUMENT,
    COLUMNS,
    METHOD,
    { name: 'format', type: 'choice', choices: ['markdown', 'json', 'html', 'csv'], default: DEFAULTS.format, placeholder: 'FORMAT', help: '{choices}' },
    LANG,
    { name: 'out', type: 'string', placeholder: 'FILE', help: 'write the report to FILE instead of standard output' },
    { name: 'strict', type: 'boolean', help: 'fail on the first invalid row instead of excluding it', option: 'strict' },
    {
      name: 'min-items',
      type: 'integer',
      min: 1,
      placeholder: 'N',
      help: 'items a respondent must answer for a dimension score (default: half, rounded up)',
      option: 'minItemsAnswered',
    },
    {
      name: 'p-adjust',
      type: 'choice',
      choices: ['holm', 'BH', 'none'],
      default: DEFAULTS.pAdjust,
      placeholder: 'METHOD',
      help: '{choices}',
      option: 'pAdjust',
    },
    {
      name: 'reliability',
      type: 'choice',
      choices: ['listwise', 'pairwise'],
      default: DEFAULTS.reliability,
      placeholder: 'MODE',
      help: "{choices}: missing answers in Cronbach's alpha",
      option: 'reliability',
    },
    {
      name: 'by',
      type: 'string',
      multiple: true,
      placeholder: 'COLUMN',
      help: 'segment by a column (repeatable); each segment is compared with the rest',
      option: 'by',
    },
    MIN_SEGMENT,
    { name: 'period', type: 'choice', choices: PERIOD_UNITS, placeholder: 'UNIT', help: '{choices}: periods and trends by a date column', option: 'period' },
    DATE_COLUMN,
    {
      name: 'date-format',
      type: 'string',
      placeholder: 'PATTERN',
      help: 'date-fns pattern such as yyyy/MM/dd or dd.MM.yyyy (default: ISO dates)',
      option: 'dateFormat',
    },
    {
      name: 'importance',
      type: 'choice',
      choices: ['auto', 'stated', 'derived', 'equal', 'instrument'],
      default: DEFAULTS.importance,
      placeholder: 'SOURCE',
      help: "{choices}: importance for IPA and priorities\n(instrument: the instrument's default dimension weights)",
      option: 'importance',
    },
    {
      name: 'ipa-performance',
      type: 'choice',
      choices: ['perception', 'gap'],
      default: DEFAULTS.ipaPerformance,
      placeholder: 'AXIS',
      help: '{choices}',
      option: 'ipaPerformance',
    },
    {
      name: 'ipa-crosshairs',
      type: 'choice',
      choices: ['mean', 'midpoint'],
      default: DEFAULTS.ipaCrosshairs,
      placeholder: 'AT',
      help: '{choices}',
      option: 'ipaCrosshairs',
    },
    {
      name: 'diagnosis',
      type: 'string',
      placeholder: 'FILE',
      help: 'a five-gap diagnosis (servqual diagnose --format json): order\nthe causes of each shortfall by its measured gaps',
    },
    {
      name: 'item-drivers',
      type: 'boolean',
      help: "derive item importance from overall satisfaction (Johnson's weights; always on with I{id} columns)",
      option: 'itemDrivers',
    },
    {
      name: 'penalty-reward',
      type: 'boolean',
      help: 'add penalty–reward analysis (needs the overall column): each dimension\nbasic, performance or excitement, or why it is refused',
    },
    {
      name: 'pr-low',
      type: 'number',
      placeholder: 'X',
      help: 'penalty–reward: a dimension score ≤ X is low (default: the bottom two answers;\nthe bottom sixth of a scale of more than 11 points)',
    },
    {
      name: 'pr-high',
      type: 'number',
      placeholder: 'X',
      help: 'penalty–reward: a dimension score ≥ X is high (default: the top two answers;\nthe top sixth of a scale of more than 11 points)',
    },
    {
      name: 'pr-asymmetry',
      type: 'number',
      min: 0,
      default: DEFAULTS.penaltyRewardAsymmetry,
      placeholder: 'A',
      help: 'penalty–reward: asymmetry below −A is basic, above A excitement (default {default})',
    },
    {
      name: 'pr-min-group',
      type: 'integer',
      min: 1,
      default: DEFAULTS.penaltyRewardMinGroup,
      placeholder: 'N',
      help: 'penalty–reward: refuse a dimension with fewer than N low or high respondents (default {default})',
    },
    {
      name: 'ipa-labels',
      type: 'choice',
      choices: ['name', 'class'],
      default: DEFAULTS.ipaLabels,
      placeholder: 'LABEL',
      help: '{choices}: what the HTML IPA chart labels a point with (class: its\npenalty–reward class too; needs --penalty-reward)',
    },
    {
      name: 'validity',
      type: 'boolean',
      help: 'measurement validity: a confirmatory factor analysis of the dimensions,\nCR, AVE, HTMT and Fornell–Larcker (a Measurement section)',
    },
    {
      name: 'validity-of',
      type: 'choice',
      choices: ['perception', 'expectation', 'gap'],
      default: DEFAULTS.validityOf,
      placeholder: 'ANSWERS',
      help: '{choices}: the answers --validity analyses',
      option: 'validity',
    },
    {
      name: 'bootstrap',
      type: 'integer',
      min: 1,
      max: DEFAULTS.bootstrapMaxReplicates,
      placeholder: 'B',
      help: 'B resamples (Poisson bootstrap, one pass): 95% intervals of the gaps,\noverall scores and importance, rank and quadrant stability (a How sure section)',
      option: 'bootstrap',
    },
    {
      name: 'seed',
      type: 'integer',
      min: 0,
      max: 2 ** 32 - 1,
      default: DEFAULTS.bootstrapSeed,
      placeholder: 'S',
      help: "the seed of --bootstrap's draws (default {default}); the same seed gives the same bytes",
      option: 'bootstrap',
    },
    ...OUTCOME_FLAGS,
    ...READING_FLAGS,
    ...PLATFORM_FLAGS,
    SHEET,
    THREADS,
    { name: 'quiet', short: 'q', type: 'boolean', help: 'no progress and no summary line on standard error' },
    {
      name: 'duckdb',
      type: 'boolean',
      help: 'run the SQL push-down on an embedded DuckDB (needs @duckdb/node-api):\nFILE is a CSV, a Parquet file or a glob of them (docs/sql.md)',
    },
    { name: 'aggregates', type: 'boolean', help: 'FILE is the result of "servqual sql" run on a warehouse, as CSV (docs/sql.md)' },
  ],
  async run(values, positionals, io) {
    checkDateFormat(values['date-format']); // a usage error before anything is read
    const source = oneFile(positionals, io);
    if (values.out !== undefined && typeof source === 'string' && sameFile(values.out, source))
      throw new UsageError(`--out: "${values.out}" is the input file; the report would overwrite the survey`);
    const withPenaltyReward = values['penalty-reward'] === true;
    if (withPenaltyReward && typeof source !== 'string')
      throw new UsageError('--penalty-reward reads the survey a second time: give a FILE, not standard input');
    if (values['ipa-labels'] === 'class' && !withPenaltyReward) throw new UsageError('--ipa-labels class: the classes come from --penalty-reward; add it');
    const instrument = instrumentWithOutcomeFlags(withColumns(await resolveInstrument(values.instrument), values.columns), values);
    checkMinItems(values['min-items'], instrument);
    const onProgress = values.quiet === true ? undefined : progressReporter(source, io);
    const reading = { ...readingOptions(values, io), ...(await platformOptions(values)) };
    const options: AnalyzeCsvOptions = {
      onProgress,
      instrument,
      method: values.method,
      ...reading,
      strict: values.strict === true,
      minItemsAnswered: values['min-items'],
      pAdjust: values['p-adjust'],
      reliability: values.reliability,
      importance: values.importance,
      ipaPerformance: values['ipa-performance'],
      ipaCrosshairs: values['ipa-crosshairs'],
      itemDrivers: values['item-drivers'] === true,
      gapEvidence: values.diagnosis === undefined ? undefined : await readGapEvidence(values.diagnosis, instrument.scale.max - instrument.scale.min),
      by: values.by,
      period: values.period,
      dateColumn: values['date-column'],
      dateFormat: values['date-format'],
      minSegmentSize: values['min-segment'],
      validity: values.validity === true ? (values['validity-of'] ?? DEFAULTS.validityOf) : undefined,
      outcome: values.outcome,
      bootstrap: values.bootstrap === undefined ? undefined : { replicates: values.bootstrap, seed: values.seed ?? DEFAULTS.bootstrapSeed },
    };
    // Worker threads for files (the result is the same with any thread count; the engine caps them at
    // the cores and the file's blocks); a stream is read in one. An explicit --threads splits any file
    // of two blocks or more; the default only files over 50 MB.
    const sheet = sheetOf(values, source);
    // A workbook or a Parquet file is streamed in one thread (its cells come typed, not as CSV text).
    const typed = typeof source === 'string' && tableFormatOf(source) !== 'csv';
    const threads = values.threads ?? (typeof source === 'string' && !typed ? defaultThreads(fileSize(source)) : 1);
    const workerUrl = io.workerUrl;
    const spawn = io.spawnWorker ?? (workerUrl === undefined ? undefined : () => startWorker(workerUrl));
    // --duckdb and --aggregates push the work down to SQL (the source is a file, a glob, or a query's result).
    const pushDown = values.duckdb === true ? 'duckdb' : values.aggregates === true ? 'aggregates' : undefined;
    const report =
      pushDown !== undefined
        ? await pushDownReport(pushDown, source, options, io)
        : typed
          ? await analyzeFile(source, { ...options, sheet })
          : spawn === undefined
            ? await analyzeCsv(source, options)
            : await analyzeCsvWith(source, { ...options, threads }, { spawn, scanned: io.scanned });
    onProgress?.(Number.POSITIVE_INFINITY);
    // Rows read but none usable: a report of n = 0 would read as "nothing to improve".
    if (report.sample.rows > 0 && report.sample.used === 0) throw noRowUsed(report, instrument);
    if (withPenaltyReward && typeof source === 'string') {
      const asymmetry = values['pr-asymmetry'] ?? DEFAULTS.penaltyRewardAsymmetry;
      report.penaltyReward = await penaltyRewardOfFile(
        source,
        { instrument, ...reading, method: report.method, sheet },
        {
          low: values['pr-low'],
          high: values['pr-high'],
          minGroup: values['pr-min-group'],
          thresholds: { basic: -asymmetry, excitement: asymmetry },
        },
      );
    }
    const lang = values.lang ?? DEFAULTS.lang;
    // Periods asked for and rows read, but none dated: an empty trend is no answer (the warning says why).
    const undated = report.warnings.find((w) => w.code === 'UNDATED');
    if (undated !== undefined && report.dataQuality.undated === report.sample.used)
      throw new ServqualError('E_DATE', `--period ${report.options.period ?? ''}: no row has a date to give it a period. ${undated.message.en}`);
    if (undated !== undefined) io.stderr(`servqual: warning: ${forTerminal(undated.message[lang])}\n`);
    const format = values.format ?? DEFAULTS.format;
    const text =
      format === 'json'
        ? renderJson(report)
        : format === 'html'
          ? renderHtml(report, { lang, ipaLabels: values['ipa-labels'] ?? DEFAULTS.ipaLabels })
          : format === 'csv'
            ? renderCsv(report, { lang })
            : renderMarkdown(report, { lang });
    if (values.out !== undefined) await writeAtomically(values.out, text);
    else io.stdout(forTerminal(text));
    if (values.quiet !== true)
      io.stderr(`${sampleLine(report.sample, lang)}${values.out === undefined ? '' : LABELS.writtenTo[lang](forTerminal(values.out))}\n`);
    return 0;
  },
});

/**
 * Refuses a `--min-items` above a dimension's item count: no respondent could answer that many, and the
 * library would quietly read it as "all the items" of that dimension.
 *
 * @throws {UsageError} e.g. `--min-items: 5 is more than the 4 items of dimension tangibles (Tangibles); give at most 4`
 */
function checkMinItems(minItems: number | undefined, instrument: Instrument): void {
  if (minItems === undefined) return;
  const smallest = instrument.dimensions.reduce((a, b) => (b.items.length < a.items.length ? b : a));
  if (minItems <= smallest.items.length) return;
  throw new UsageError(
    `--min-items: ${minItems} is more than the ${smallest.items.length} items of dimension ${smallest.id} (${smallest.name.en}); give at most ${smallest.items.length}, the fewest items a dimension has`,
  );
}

/**
 * Penalty–reward from a survey file read a second time, as the analysis read it (the same header rows,
 * column map, missing codes and scale checks), holding only each respondent's scores.
 * @throws {ServqualError} `E_LIMIT` past `DEFAULTS.maxRows` rows; the reader's errors; penaltyReward's
 */
async function penaltyRewardOfFile(file: string, reading: ReadSurveyFileOptions, fit: Parameters<PenaltyRewardRows['result']>[0]): Promise<PenaltyReward> {
  const survey = await readSurveyFile(file, reading);
  const rows = new PenaltyRewardRows(survey.reader, reading.instrument);
  let read = 0;
  for await (const row of survey.rows) {
    checkRowLimit(++read, DEFAULTS.maxRows, "a smaller file (penalty–reward holds each respondent's scores in memory)");
    rows.add(row);
  }
  return rows.result(fit);
}

/**
 * The error for a survey of which no row could be used: how many were read, why they were excluded,
 * the first problem, and, when answers lie outside the scale, that the instrument may have another.
 */
function noRowUsed(report: Report, instrument: Instrument): ServqualError {
  const { rows, reasons } = report.sample;
  const why = reasons.map((r) => `${r.rows} ${r.reason}`).join(', ');
  const first = report.dataQuality.issues[0]?.message;
  const { min, max } = instrument.scale;
  const scale = reasons.some((r) => r.code === 'E_OUT_OF_SCALE')
    ? ` If the survey's answers are on another scale than ${min}–${max} (0–100?), give an instrument with that scale (--instrument FILE).`
    : '';
  return new ServqualError(
    'E_NO_DATA',
    `no row could be used: ${rows} read, all excluded (${why}).${first === undefined ? '' : ` First: ${first}.`}${scale} servqual validate FILE lists every problem.`,
  );
}

/** Whether two paths name one file, links and relative paths resolved (a file not there yet is none). */
function sameFile(a: string, b: string): boolean {
  const real = (p: string): string | undefined => {
    try {
      return realpathSync(p);
    } catch {
      try {
        return join(realpathSync(dirname(p)), basename(p));
      } catch {
        return undefined;
      }
    }
  };
  const ra = real(a);
  return ra !== undefined && ra === real(b);
}

/**
 * The measured gaps of a diagnosis JSON file, as `servqual diagnose --format json` writes it.
 * @throws {UsageError} "--diagnosis FILE: not a diagnosis (servqual diagnose --format json)" when the JSON has no gaps
 */
async function readGapEvidence(file: string, range: number): Promise<GapEvidence> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<DiagnosisReport>;
  if (!Array.isArray(parsed.gaps)) throw new UsageError(`--diagnosis ${file}: not a diagnosis (servqual diagnose --format json)`);
  return gapEvidenceOf(parsed as DiagnosisReport, range);
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
    io.stderr(
      `\r\u001b[K${(bytes / 1e6).toFixed(0)} / ${(size / 1e6).toFixed(0)} MB · ${Math.round(rows / Math.max(seconds, 1e-3)).toLocaleString('en')} rows/s · ${left.toFixed(0)} s left`,
    );
  };
}
