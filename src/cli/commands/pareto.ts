import { DEFAULTS } from '../../defaults.js';
import { paretoCsv } from '../../node/paretoCsv.js';
import { renderParetoCsv } from '../../render/renderParetoCsv.js';
import { renderParetoHtml } from '../../render/renderParetoHtml.js';
import { renderParetoMarkdown } from '../../render/renderParetoMarkdown.js';
import { command } from '../command.js';
import { DELIMITER, LANG, oneFile, readingOptions } from '../commonFlags.js';
import { UsageError } from '../flags.js';
import { forTerminal } from '../forTerminal.js';

/** `servqual pareto`: the vital few of complaint categories. */
export const paretoCommand = command({
  name: 'pareto',
  synopsis: 'FILE|- --category COLUMN',
  summary: 'complaints Pareto: counts, shares and the vital few',
  description: [
    'A Pareto analysis of a complaints file, one row per complaint: the count and share of each category',
    'in --category, the cumulative share from the most frequent down, and the vital few: the fewest top',
    'categories whose cumulative share reaches --threshold (a category tied in count with the last one',
    'taken is taken too). Rows with an empty category are left out and counted. The HTML has a Pareto chart.',
  ].join('\n'),
  flags: [
    { name: 'category', type: 'string', placeholder: 'COLUMN', help: 'the column of the complaint category (required)' },
    {
      name: 'threshold',
      type: 'number',
      min: 0,
      max: 1,
      default: DEFAULTS.paretoThreshold,
      placeholder: 'SHARE',
      help: 'the cumulative share the vital few reach (default {default})',
      option: 'threshold',
    },
    { name: 'format', type: 'choice', choices: ['markdown', 'json', 'html', 'csv'], default: DEFAULTS.format, placeholder: 'FORMAT', help: '{choices}' },
    LANG,
    { ...DELIMITER, help: 'field delimiter (default ",")' },
  ],
  async run(values, positionals, io) {
    if (values.category === undefined) throw new UsageError('pareto needs --category COLUMN, the column holding each complaint’s category');
    const source = oneFile(positionals, io);
    const { delimiter } = readingOptions(values.delimiter === undefined ? {} : { delimiter: values.delimiter }, io);
    const report = await paretoCsv(source, { category: values.category, threshold: values.threshold, delimiter });
    const lang = values.lang ?? DEFAULTS.lang;
    const text =
      values.format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : values.format === 'html'
          ? renderParetoHtml(report, lang)
          : values.format === 'csv'
            ? renderParetoCsv(report)
            : renderParetoMarkdown(report, lang);
    io.stdout(forTerminal(text));
    return 0;
  },
});
