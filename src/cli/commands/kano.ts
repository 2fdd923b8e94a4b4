import { writeAtomically } from '../writeAtomically.js';
import { formatSampleLine } from '../../data/DataQualityLog.js';
import { DEFAULTS } from '../../defaults.js';
import { kanoFile } from '../../node/kanoFile.js';
import { loadKanoInstrument } from '../../node/loadKanoInstrument.js';
import { renderKanoHtml } from '../../render/renderKanoHtml.js';
import { renderKanoMarkdown } from '../../render/renderKanoMarkdown.js';
import { PERIOD_UNITS } from '../../data/period.js';
import { command } from '../command.js';
import { DATE_COLUMN, LANG, MIN_SEGMENT, oneFile, READING_FLAGS, readingOptions } from '../commonFlags.js';
import { SHEET, sheetOf } from '../sheetFlag.js';

/** `servqual kano`: Kano analysis of a survey with a functional and a dysfunctional question per attribute. */
export const kanoCommand = command({
  name: 'kano',
  synopsis: 'FILE|-',
  summary: 'Kano analysis: must-be, one-dimensional and attractive attributes',
  description: [
    'Kano analysis of a survey (CSV, .xlsx or Parquet) with two questions per attribute, F_{id} (if it had it) and D_{id}',
    '(if it had not), answered 1 "I like it", 2 "I expect it", 3 "I am neutral", 4 "I can live with',
    'it", 5 "I dislike it", or those words in English or Chinese. Prints each attribute\'s category,',
    "level of needs, Better and Worse, and Fong's test; with --period, the attributes that drifted",
    'attractive -> one-dimensional -> must-be. Without --instrument the attributes are read from the',
    "header's F_/D_ pairs.",
  ].join('\n'),
  flags: [
    { name: 'instrument', type: 'string', placeholder: 'PATH', help: 'a Kano instrument JSON file (attributes, names, need levels)', option: 'instrument' },
    { name: 'format', type: 'choice', choices: ['markdown', 'json', 'html'], default: DEFAULTS.format, placeholder: 'FORMAT', help: '{choices}' },
    LANG,
    { name: 'out', type: 'string', placeholder: 'FILE', help: 'write the report to FILE instead of standard output' },
    { name: 'by', type: 'string', multiple: true, placeholder: 'COLUMN', help: 'segment by a column (repeatable)', option: 'by' },
    MIN_SEGMENT,
    { name: 'period', type: 'choice', choices: PERIOD_UNITS, placeholder: 'UNIT', help: '{choices}: categories per period, and their drift', option: 'period' },
    DATE_COLUMN,
    { name: 'date-format', type: 'string', placeholder: 'PATTERN', help: 'date-fns pattern such as yyyy/MM/dd (default: ISO dates)', option: 'dateFormat' },
    ...READING_FLAGS,
    SHEET,
    { name: 'quiet', short: 'q', type: 'boolean', help: 'no summary line on standard error' },
  ],
  async run(values, positionals, io) {
    const source = oneFile(positionals, io);
    const instrument = values.instrument === undefined ? undefined : await loadKanoInstrument(values.instrument);
    const report = await kanoFile(source, {
      instrument,
      ...readingOptions(values, io),
      sheet: sheetOf(values, source),
      by: values.by,
      minSegmentSize: values['min-segment'],
      period: values.period,
      dateColumn: values['date-column'],
      dateFormat: values['date-format'],
    });
    const lang = values.lang ?? DEFAULTS.lang;
    const format = values.format ?? DEFAULTS.format;
    const text =
      format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'html' ? renderKanoHtml(report, lang) : renderKanoMarkdown(report, lang);
    if (values.out !== undefined) await writeAtomically(values.out, text);
    else io.stdout(text);
    if (values.quiet !== true) io.stderr(`${formatSampleLine(report.sample)}${values.out === undefined ? '' : `; report written to ${values.out}`}\n`);
    return 0;
  },
});
