import { DEFAULTS } from '../../defaults.js';
import { linkCsv } from '../../node/linkCsv.js';
import { renderLinkageCsv } from '../../render/renderLinkageCsv.js';
import { renderLinkageHtml } from '../../render/renderLinkageHtml.js';
import { renderLinkageMarkdown } from '../../render/renderLinkageMarkdown.js';
import { command } from '../command.js';
import { DELIMITER, INSTRUMENT, LANG, readingOptions, resolveInstrument } from '../commonFlags.js';
import { UsageError } from '../flags.js';
import { forTerminal } from '../forTerminal.js';

/** `servqual link`: the service-profit chain, staff and customers (and business figures) linked by unit. */
export const linkCommand = command({
  name: 'link',
  synopsis: '--staff S.csv --customers C.csv --by COLUMN [--business B.csv]',
  summary: 'service-profit chain: staff and customer surveys linked by unit',
  description: [
    'The service-profit chain linked by unit (branch, store): the staff survey (the gap-factors constructs',
    'by default, or --staff-instrument) and the customer survey (dimension gaps, overall, and any outcome',
    'measures) are averaged per unit of --by, then correlated across units: Pearson r with a Fisher-z 95%',
    "interval, Spearman's rho, p and the least-squares slope, for every staff measure against every",
    'customer measure; --business adds unit-level figures (revenue, retention: the unit column and one',
    'numeric column each) as the next link. Units with fewer than --min-unit respondents on either side are',
    'left out and listed; units whose staff and customers are both below the median are flagged.',
  ].join('\n'),
  flags: [
    { name: 'staff', type: 'string', placeholder: 'FILE', help: 'staff survey with the unit column (required)' },
    { name: 'customers', type: 'string', placeholder: 'FILE', help: 'customer survey with the unit column (required)' },
    { name: 'business', type: 'string', placeholder: 'FILE', help: 'unit-level business figures: the unit column and numeric columns' },
    { name: 'by', type: 'string', placeholder: 'COLUMN', help: 'the unit column both surveys have (required)' },
    { ...INSTRUMENT, help: `the customer instrument: ${DEFAULTS.instrument} (default), servqual22-1988, or a .json file` },
    { name: 'staff-instrument', type: 'string', placeholder: 'NAME|PATH', help: 'the staff instrument (default gap-factors), scored as perceptions' },
    {
      name: 'min-unit',
      type: 'integer',
      min: 1,
      default: DEFAULTS.minUnit,
      placeholder: 'N',
      help: 'leave out units with fewer respondents on either side (default {default})',
      option: 'minUnit',
    },
    { name: 'weighted', type: 'boolean', help: 'weight each unit by its respondents' },
    { name: 'format', type: 'choice', choices: ['markdown', 'json', 'html', 'csv'], default: DEFAULTS.format, placeholder: 'FORMAT', help: '{choices}' },
    LANG,
    { ...DELIMITER, help: 'field delimiter of every file (default ",")' },
  ],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`link takes its files as --staff, --customers and --business (got "${positionals[0] ?? ''}")`);
    if (values.staff === undefined || values.customers === undefined || values.by === undefined)
      throw new UsageError('link needs --staff FILE --customers FILE --by COLUMN (the unit column both files have)');
    const instrument = await resolveInstrument(values.instrument);
    const staffInstrument = values['staff-instrument'] === undefined ? undefined : await resolveInstrument(values['staff-instrument']);
    const { delimiter } = readingOptions(values.delimiter === undefined ? {} : { delimiter: values.delimiter }, io);
    const report = await linkCsv(
      { staff: values.staff, customers: values.customers, business: values.business },
      { instrument, staffInstrument, by: values.by, minUnit: values['min-unit'], weighted: values.weighted === true, delimiter },
    );
    const lang = values.lang ?? DEFAULTS.lang;
    const text =
      values.format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : values.format === 'html'
          ? renderLinkageHtml(report, lang)
          : values.format === 'csv'
            ? renderLinkageCsv(report)
            : renderLinkageMarkdown(report, lang);
    io.stdout(forTerminal(text));
    return 0;
  },
});
