import { writeAtomically } from '../writeAtomically.js';
import { DEFAULTS } from '../../defaults.js';
import { callsCsv, callsCsvWith } from '../../node/callsCsv.js';
import { callsFile, type CallsFileOptions } from '../../node/callsFile.js';
import { tableFormatOf } from '../../node/readTableFile.js';
import { startWorker } from '../../node/threads/startWorker.js';
import { CALL_PERIOD_UNITS } from '../../operations/callPeriodOf.js';
import { callsSampleLine } from '../../render/callsTable.js';
import { renderCallsCsv } from '../../render/renderCallsCsv.js';
import { renderCallsHtml } from '../../render/renderCallsHtml.js';
import { renderCallsMarkdown } from '../../render/renderCallsMarkdown.js';
import { command } from '../command.js';
import { LANG, oneFile, READING_FLAGS, readingOptions, THREADS } from '../commonFlags.js';
import { defaultThreads, fileSize } from '../earlyWorkers.js';
import { SHEET, sheetOf } from '../sheetFlag.js';

const COLUMNS = DEFAULTS.callColumns;

/** `servqual calls`: call-centre indicators from a call log. */
export const callsCommand = command({
  name: 'calls',
  synopsis: 'FILE|-',
  summary: 'call-centre indicators: service levels, ASA, abandonment, control charts',
  description: [
    'Reads a call log, one row per call, with columns call_id, queue, offered_at, outcome (answered or',
    'abandoned), wait_seconds, handle_seconds and rings (call_id, handle_seconds and rings are optional;',
    'rename any with the column flags). Prints the calls offered, answered and abandoned, the abandonment',
    'rate, the average speed of answer (ASA), the average handle time (reported, never judged unless a',
    'target names aht), the share answered within --rings rings and the five service-level formulas, overall,',
    'per --by column and per --period, with each --target met or missed, and over the periods a p-chart',
    'of abandonment and an XmR chart of ASA. Rows that cannot be read are excluded and named.',
    'FILE is a CSV, an .xlsx workbook (--sheet) or a Parquet file, by its extension.',
    '',
    'Targets: METRIC<=X, METRIC>=X or LOW<=METRIC<=HIGH, for abandonmentRate, asa, aht,',
    'answeredWithinRings, meanTimeToAbandon or serviceLevels.F1 to F5 (shares as 0-1, times in seconds):',
    '  --target "abandonmentRate<=0.05" --target "serviceLevels.F1>=0.8" --target "10<=asa<=30"',
  ].join('\n'),
  flags: [
    { name: 'by', type: 'string', multiple: true, placeholder: 'COLUMN', help: 'indicators per value of a column, e.g. queue (repeatable)', option: 'by' },
    {
      name: 'period',
      type: 'choice',
      choices: CALL_PERIOD_UNITS,
      placeholder: 'UNIT',
      help: '{choices}: indicators per period of the date column, and control charts',
      option: 'period',
    },
    {
      name: 'answer-within',
      type: 'number',
      min: 0,
      default: DEFAULTS.answerWithin,
      placeholder: 'SECONDS',
      help: 'service-level threshold T (default {default}; waits ≤ T count)',
      option: 'answerWithin',
    },
    {
      name: 'short-abandon',
      type: 'number',
      min: 0,
      default: DEFAULTS.shortAbandon,
      placeholder: 'SECONDS',
      help: 'short abandons for formula F5 (default {default})',
      option: 'shortAbandon',
    },
    { name: 'rings', type: 'number', min: 0, default: DEFAULTS.rings, placeholder: 'N', help: 'answered within N rings (default {default})', option: 'rings' },
    {
      name: 'target',
      type: 'string',
      multiple: true,
      placeholder: 'RULE',
      help: 'a control target, e.g. "abandonmentRate<=0.05" (repeatable)',
      option: 'targets',
    },
    { name: 'format', type: 'choice', choices: ['markdown', 'json', 'html', 'csv'], default: DEFAULTS.format, placeholder: 'FORMAT', help: '{choices}' },
    LANG,
    { name: 'out', type: 'string', placeholder: 'FILE', help: 'write the report to FILE instead of standard output' },
    { name: 'strict', type: 'boolean', help: 'fail on the first invalid row instead of excluding it', option: 'strict' },
    { name: 'id-column', type: 'string', placeholder: 'NAME', help: `the call id column (default ${COLUMNS.callId})` },
    { name: 'date-column', type: 'string', placeholder: 'NAME', help: `the date column (default ${COLUMNS.offeredAt})` },
    { name: 'date-format', type: 'string', placeholder: 'PATTERN', help: 'date-fns pattern such as dd.MM.yyyy HH:mm (default: ISO)', option: 'dateFormat' },
    { name: 'outcome-column', type: 'string', placeholder: 'NAME', help: `the outcome column (default ${COLUMNS.outcome})` },
    { name: 'wait-column', type: 'string', placeholder: 'NAME', help: `the wait column (default ${COLUMNS.wait})` },
    { name: 'handle-column', type: 'string', placeholder: 'NAME', help: `the handle-time column (default ${COLUMNS.handle})` },
    { name: 'rings-column', type: 'string', placeholder: 'NAME', help: `the rings column (default ${COLUMNS.rings})` },
    ...READING_FLAGS,
    SHEET,
    THREADS,
    { name: 'quiet', short: 'q', type: 'boolean', help: 'no summary line on standard error' },
  ],
  async run(values, positionals, io) {
    const source = oneFile(positionals, io);
    const options: CallsFileOptions = {
      ...readingOptions(values, io),
      sheet: sheetOf(values, source),
      by: values.by,
      period: values.period,
      dateFormat: values['date-format'],
      answerWithin: values['answer-within'],
      shortAbandon: values['short-abandon'],
      rings: values.rings,
      targets: values.target,
      strict: values.strict === true,
      columns: {
        ...(values['id-column'] === undefined ? {} : { callId: values['id-column'] }),
        ...(values['date-column'] === undefined ? {} : { offeredAt: values['date-column'] }),
        ...(values['outcome-column'] === undefined ? {} : { outcome: values['outcome-column'] }),
        ...(values['wait-column'] === undefined ? {} : { wait: values['wait-column'] }),
        ...(values['handle-column'] === undefined ? {} : { handle: values['handle-column'] }),
        ...(values['rings-column'] === undefined ? {} : { rings: values['rings-column'] }),
      },
    };
    // A workbook or Parquet file is read by its own reader; a CSV file by worker threads, as analyze
    // reads one (the same report whatever the count); a stream in one.
    const threads = values.threads ?? (typeof source === 'string' ? defaultThreads(fileSize(source)) : 1);
    const workerUrl = io.workerUrl;
    const spawn = io.spawnWorker ?? (workerUrl === undefined ? undefined : () => startWorker(workerUrl));
    const typed = typeof source === 'string' && tableFormatOf(source) !== 'csv';
    const report = typed
      ? await callsFile(source, options)
      : spawn === undefined
        ? await callsCsv(source, options)
        : await callsCsvWith(source, { ...options, threads }, spawn);
    const lang = values.lang ?? DEFAULTS.lang;
    const format = values.format ?? DEFAULTS.format;
    const text =
      format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === 'html'
          ? renderCallsHtml(report, lang)
          : format === 'csv'
            ? renderCallsCsv(report)
            : renderCallsMarkdown(report, lang);
    if (values.out !== undefined) await writeAtomically(values.out, text);
    else io.stdout(text);
    if (values.quiet !== true) io.stderr(`${callsSampleLine(report, 'en')}${values.out === undefined ? '' : `; report written to ${values.out}`}\n`);
    return 0;
  },
});
