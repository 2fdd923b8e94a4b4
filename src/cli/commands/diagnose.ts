import { DEFAULTS } from '../../defaults.js';
import { renderDiagnosisMarkdown } from '../../render/renderDiagnosisMarkdown.js';
import { diagnoseCsv } from '../../node/diagnoseCsv.js';
import { complianceCsv } from '../../node/complianceCsv.js';
import { loadStandards } from '../../node/loadStandards.js';
import { observedCompliance } from '../../gaps/observedCompliance.js';
import { command } from '../command.js';
import { DELIMITER, INSTRUMENT, LANG, resolveInstrument } from '../commonFlags.js';
import { UsageError } from '../flags.js';
import { forTerminal } from '../forTerminal.js';

/** `servqual diagnose`: the five-gap model from a customer, a managers' and a staff survey. */
export const diagnoseCommand = command({
  name: 'diagnose',
  synopsis: '--customers C.csv [--managers M.csv] [--staff S.csv]',
  summary: 'the five-gap diagnosis (gaps 1–5, by severity, with remedies)',
  description: [
    "The five-gap model of service quality: gap 5 from the customer survey (E and P); gap 1 from managers'",
    "predictions of customers' expectations (the same E columns), compared with Welch's t-test; gaps 1-4",
    'from a staff survey of their organisational causes (columns as "servqual template --instrument',
    'gap-factors --method servperf" prints). Gaps a file is missing for are marked with the survey needed.',
  ].join('\n'),
  flags: [
    { name: 'customers', type: 'string', placeholder: 'FILE', help: 'customer survey with E and P columns (required)' },
    { name: 'managers', type: 'string', placeholder: 'FILE', help: 'management survey with E columns' },
    { name: 'staff', type: 'string', placeholder: 'FILE', help: 'staff survey of the gap-factors instrument' },
    { name: 'observations', type: 'string', placeholder: 'FILE', help: 'observations of the service standards: gap 3 measured, ahead of the staff survey' },
    { name: 'standards', type: 'string', placeholder: 'FILE', help: 'the standards register the observations score (with --observations)' },
    { ...INSTRUMENT, help: `the customer instrument: ${DEFAULTS.instrument} (default), servqual22-1988, or a .json file` },
    { name: 'format', type: 'choice', choices: ['markdown', 'json'], default: DEFAULTS.format, placeholder: 'FORMAT', help: '{choices}' },
    LANG,
    { ...DELIMITER, help: 'field delimiter (default ",")' },
  ],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`diagnose takes its files as --customers, --managers and --staff (got "${positionals[0] ?? ''}")`);
    if (values.customers === undefined) throw new UsageError('diagnose needs --customers FILE (a survey with expectations and perceptions)');
    if ((values.observations === undefined) !== (values.standards === undefined))
      throw new UsageError('--observations and --standards go together: the observations and the register they score');
    const instrument = await resolveInstrument(values.instrument);
    const observed =
      values.observations === undefined || values.standards === undefined
        ? undefined
        : (observedCompliance(await complianceCsv(values.observations, await loadStandards(values.standards), { delimiter: values.delimiter })) ?? undefined);
    const report = await diagnoseCsv(
      { customers: values.customers, managers: values.managers, staff: values.staff },
      { instrument, delimiter: values.delimiter, observed },
    );
    io.stdout(forTerminal(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderDiagnosisMarkdown(report, values.lang ?? DEFAULTS.lang)));
    return 0;
  },
});
