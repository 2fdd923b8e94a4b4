import { writeAtomically } from '../writeAtomically.js';
import { DEFAULTS } from '../../defaults.js';
import { analyzeCsv } from '../../node/analyzeCsv.js';
import { callsCsv } from '../../node/callsCsv.js';
import { complianceLogCsv, type ComplianceCsvOptions } from '../../node/complianceCsv.js';
import { loadStandards } from '../../node/loadStandards.js';
import { CALL_PERIOD_UNITS } from '../../operations/callPeriodOf.js';
import { linkCustomers } from '../../operations/standards/linkCustomers.js';
import { smartCheck } from '../../operations/standards/smartCheck.js';
import { renderComplianceMarkdown } from '../../render/renderComplianceMarkdown.js';
import { renderOperationsHtml } from '../../render/renderOperationsHtml.js';
import { renderStandardsCheckMarkdown } from '../../render/renderStandardsCheckMarkdown.js';
import { renderStandardsCheckText } from '../../render/renderStandardsCheckText.js';
import { complianceSampleLine } from '../../render/standardsTables.js';
import { command } from '../command.js';
import { INSTRUMENT, LANG, READING_FLAGS, readingOptions, resolveInstrument } from '../commonFlags.js';
import { UsageError } from '../flags.js';
import { forTerminal } from '../forTerminal.js';

const COLUMNS = DEFAULTS.observationColumns;
const ACTIONS = ['check', 'compliance'] as const;

/** `servqual standards`: the SMART check of a service-standards register, and compliance from observations. */
export const standardsCommand = command({
  name: 'standards',
  synopsis: 'check|compliance STANDARDS.json [--observations OBS.csv]',
  summary: 'service standards: SMART check, compliance from audits (gap 3), the Operations report',
  description: [
    'check: says per standard which SMART letters it misses and why: S, no text or a metric naming more',
    'than one measure; M, no metric or unit; A, no observation ever met it (with --observations); R, no',
    'linked SERVQUAL item or dimension (checked against --instrument when given); T, no window.',
    '',
    'compliance: reads --observations (standard_id, unit, date, observer, result: pass/fail, 1/0, or a value',
    "compared with the standard's target or band) and gives per standard, unit and period the share passed",
    'with its 95% Wilson interval, the weighted compliance index (a failed critical standard fails the',
    "visit: one observer at one unit on one day) and gap 3 = 1 - compliance, observers' agreement (Fleiss'",
    "kappa), and with --customers and --by the correlation across units with the linked dimensions' P - E.",
    '--format html writes the Operations report; --calls adds the call-centre indicators and control charts.',
  ].join('\n'),
  flags: [
    { name: 'observations', type: 'string', placeholder: 'FILE', help: 'observations CSV (needed by compliance)' },
    { ...INSTRUMENT, help: `the customer instrument links are checked against: ${DEFAULTS.instrument}, servqual22-1988, or a .json file` },
    {
      name: 'period',
      type: 'choice',
      choices: CALL_PERIOD_UNITS,
      placeholder: 'UNIT',
      help: "{choices}: compliance per period (default: each standard's window)",
      option: 'period',
    },
    { name: 'customers', type: 'string', placeholder: 'FILE', help: 'a customer survey (E and P) sharing the unit column, named by --by' },
    { name: 'by', type: 'string', placeholder: 'COLUMN', help: "the customer survey's unit column, e.g. branch" },
    { name: 'calls', type: 'string', placeholder: 'FILE', help: 'a call log for the Operations report (--format html), by day' },
    {
      name: 'target',
      type: 'string',
      multiple: true,
      placeholder: 'RULE',
      help: 'a control target of the call log, e.g. "abandonmentRate<=0.05"',
      option: 'targets',
    },
    {
      name: 'format',
      type: 'choice',
      choices: ['terminal', 'markdown', 'json', 'html'],
      placeholder: 'FORMAT',
      help: '{choices} (default: terminal for check, markdown for compliance)',
    },
    LANG,
    { name: 'out', type: 'string', placeholder: 'FILE', help: 'write the report to FILE instead of standard output' },
    { name: 'strict', type: 'boolean', help: 'fail on the first invalid row instead of excluding it', option: 'strict' },
    { name: 'standard-column', type: 'string', placeholder: 'NAME', help: `the standard id column (default ${COLUMNS.standardId})` },
    { name: 'unit-column', type: 'string', placeholder: 'NAME', help: `the unit column (default ${COLUMNS.unit})` },
    { name: 'date-column', type: 'string', placeholder: 'NAME', help: `the date column (default ${COLUMNS.date})` },
    { name: 'observer-column', type: 'string', placeholder: 'NAME', help: `the observer column (default ${COLUMNS.observer}, optional)` },
    { name: 'result-column', type: 'string', placeholder: 'NAME', help: `the result column (default ${COLUMNS.result})` },
    { name: 'date-format', type: 'string', placeholder: 'PATTERN', help: 'date-fns pattern such as dd.MM.yyyy (default: ISO)', option: 'dateFormat' },
    ...READING_FLAGS,
    { name: 'quiet', short: 'q', type: 'boolean', help: 'no summary line on standard error' },
  ],
  async run(values, positionals, io) {
    const [action, file, ...rest] = positionals;
    if (action === undefined || !(ACTIONS as readonly string[]).includes(action))
      throw new UsageError(`standards needs an action: ${ACTIONS.join(' or ')} (got ${action === undefined ? 'none' : `"${action}"`})`);
    if (file === undefined) throw new UsageError(`standards ${action} needs the standards register: servqual standards ${action} STANDARDS.json`);
    if (rest.length > 0) throw new UsageError(`standards ${action} takes one register, got also "${rest[0] ?? ''}"`);
    const format = values.format ?? (action === 'check' ? 'terminal' : 'markdown');
    if (action === 'check' && format === 'html') throw new UsageError('standards check: --format html is for compliance (the Operations report)');
    if ((values.customers === undefined) !== (values.by === undefined))
      throw new UsageError('--customers and --by go together: the survey and its unit column');
    if (action === 'compliance' && values.observations === undefined) throw new UsageError('standards compliance needs --observations FILE');
    if (values.calls !== undefined && format !== 'html') throw new UsageError('--calls is for the Operations report: add --format html');
    const lang = values.lang ?? DEFAULTS.lang;

    const register = await loadStandards(file);
    const instrument = values.instrument === undefined && values.customers === undefined ? undefined : await resolveInstrument(values.instrument);
    const reading = readingOptions(values, io);
    const options: ComplianceCsvOptions = {
      ...reading,
      period: values.period,
      dateFormat: values['date-format'],
      strict: values.strict === true,
      columns: {
        ...(values['standard-column'] === undefined ? {} : { standardId: values['standard-column'] }),
        ...(values['unit-column'] === undefined ? {} : { unit: values['unit-column'] }),
        ...(values['date-column'] === undefined ? {} : { date: values['date-column'] }),
        ...(values['observer-column'] === undefined ? {} : { observer: values['observer-column'] }),
        ...(values['result-column'] === undefined ? {} : { result: values['result-column'] }),
      },
    };
    const log = values.observations === undefined ? undefined : await complianceLogCsv(values.observations, register, options);

    let text: string;
    let summary: string;
    if (action === 'check') {
      const check = smartCheck(register, { instrument, observed: log?.observed() });
      text =
        format === 'json'
          ? `${JSON.stringify(check, null, 2)}\n`
          : format === 'markdown'
            ? renderStandardsCheckMarkdown(check, lang)
            : renderStandardsCheckText(check, lang);
      const complete = check.standards.filter((s) => s.missing.length === 0).length;
      summary = `${check.standards.length} standards checked, ${complete} with no letter missing`;
    } else {
      let report = (log as NonNullable<typeof log>).result();
      if (values.customers !== undefined && values.by !== undefined && instrument !== undefined) {
        const survey = await analyzeCsv(values.customers, { ...reading, instrument, method: 'servqual', by: [values.by] });
        const segments = Object.entries(survey.segments ?? {}).find(([name]) => name.trim().toLowerCase() === values.by?.trim().toLowerCase())?.[1] ?? [];
        report = linkCustomers(report, register, instrument, segments, { by: values.by });
      }
      const calls =
        values.calls === undefined ? undefined : await callsCsv(values.calls, { ...reading, period: values.period ?? 'day', targets: values.target });
      text =
        format === 'json'
          ? `${JSON.stringify(report, null, 2)}\n`
          : format === 'html'
            ? renderOperationsHtml(report, lang, { calls })
            : renderComplianceMarkdown(report, lang);
      summary = complianceSampleLine(report, 'en');
    }
    if (values.out !== undefined) await writeAtomically(values.out, text);
    else io.stdout(format === 'html' ? text : forTerminal(text));
    if (values.quiet !== true) io.stderr(`${forTerminal(summary)}${values.out === undefined ? '' : `; report written to ${values.out}`}\n`);
    return 0;
  },
});
