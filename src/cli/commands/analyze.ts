import { realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LABELS, sampleLine } from '../../render/labels.js';
import { DEFAULTS } from '../../defaults.js';
import type { GapEvidence } from '../../gapModel/causesOf.js';
import { gapEvidenceOf } from '../../gaps/gapEvidenceOf.js';
import type { DiagnosisReport } from '../../gaps/diagnose.js';
import { analyzeCsv, analyzeCsvWith, type AnalyzeCsvOptions } from '../../node/analyzeCsv.js';
import { startWorker } from '../../node/threads/startWorker.js';
import type { CsvSource } from '../../node/readCsvRows.js';
import { renderCsv } from '../../render/renderCsv.js';
import { renderHtml } from '../../render/renderHtml.js';
import { renderJson } from '../../render/renderJson.js';
import { renderMarkdown } from '../../render/renderMarkdown.js';
import { checkDateFormat, PERIOD_UNITS } from '../../data/period.js';
import { command, type CliIO } from '../command.js';
import { INSTRUMENT, LANG, METHOD, oneFile, READING_FLAGS, readingOptions, resolveInstrument } from '../commonFlags.js';
import { defaultThreads, fileSize } from '../earlyWorkers.js';
import { forTerminal } from '../forTerminal.js';
import { UsageError } from '../flags.js';
import { writeAtomically } from '../writeAtomically.js';

/** `servqual analyze`: score a survey and write the report. */
export const analyzeCommand = command({
  name: 'analyze',
  synopsis: 'FILE|-',
  summary: 'score a survey and print the report',
  description: 'Scores a survey CSV (or standard input, "-") and prints the report.',
  flags: [
    INSTRUMENT,
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
    {
      name: 'min-segment',
      type: 'integer',
      min: 0,
      default: DEFAULTS.minSegmentSize,
      placeholder: 'N',
      help: 'flag segments smaller than N rows (default {default})',
      option: 'minSegmentSize',
    },
    { name: 'period', type: 'choice', choices: PERIOD_UNITS, placeholder: 'UNIT', help: '{choices}: periods and trends by a date column', option: 'period' },
    { name: 'date-column', type: 'string', placeholder: 'COLUMN', help: `the date column (default ${DEFAULTS.dateColumn}, else date)`, option: 'dateColumn' },
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
      choices: ['auto', 'stated', 'derived', 'equal'],
      default: DEFAULTS.importance,
      placeholder: 'SOURCE',
      help: '{choices}: importance for IPA and priorities',
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
    ...READING_FLAGS,
    {
      name: 'threads',
      type: 'integer',
      min: 1,
      placeholder: 'N',
      help: `threads for a file, this one included (default: the cores\navailable, for files over ${DEFAULTS.minParallelBytes / 1e6} MB); at most the cores available\nand one per 32,768-row block of the file (one block: one thread);\nthe result is byte-identical whatever N`,
      option: 'threads',
    },
    { name: 'quiet', short: 'q', type: 'boolean', help: 'no progress and no summary line on standard error' },
  ],
  async run(values, positionals, io) {
    checkDateFormat(values['date-format']); // a usage error before anything is read
    const source = oneFile(positionals, io);
    if (values.out !== undefined && typeof source === 'string' && sameFile(values.out, source))
      throw new UsageError(`--out: "${values.out}" is the input file; the report would overwrite the survey`);
    const instrument = await resolveInstrument(values.instrument);
    const onProgress = values.quiet === true ? undefined : progressReporter(source, io);
    const options: AnalyzeCsvOptions = {
      onProgress,
      instrument,
      method: values.method,
      ...readingOptions(values, io),
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
    };
    // Worker threads for files (the result is the same with any thread count; the engine caps them at
    // the cores and the file's blocks); a stream is read in one. An explicit --threads splits any file
    // of two blocks or more; the default only files over 50 MB.
    const threads = values.threads ?? (typeof source === 'string' ? defaultThreads(fileSize(source)) : 1);
    const workerUrl = io.workerUrl;
    const spawn = io.spawnWorker ?? (workerUrl === undefined ? undefined : () => startWorker(workerUrl));
    const report =
      spawn === undefined ? await analyzeCsv(source, options) : await analyzeCsvWith(source, { ...options, threads }, { spawn, scanned: io.scanned });
    onProgress?.(Number.POSITIVE_INFINITY);
    const lang = values.lang ?? DEFAULTS.lang;
    const format = values.format ?? DEFAULTS.format;
    const text =
      format === 'json'
        ? renderJson(report)
        : format === 'html'
          ? renderHtml(report, { lang })
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
