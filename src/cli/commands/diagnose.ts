import { DEFAULTS } from '../../defaults.js';
import { renderDiagnosisCsv } from '../../render/renderDiagnosisCsv.js';
import { renderDiagnosisHtml } from '../../render/renderDiagnosisHtml.js';
import { renderDiagnosisMarkdown } from '../../render/renderDiagnosisMarkdown.js';
import { diagnoseCsv } from '../../node/diagnoseCsv.js';
import { complianceCsv } from '../../node/complianceCsv.js';
import { loadStandards } from '../../node/loadStandards.js';
import { observedCompliance } from '../../gaps/observedCompliance.js';
import type { CsvSource } from '../../node/readCsvRows.js';
import { command } from '../command.js';
import { COLUMNS, INSTRUMENT, LANG, READING_FLAGS, readingOptions, resolveInstrument, withColumns } from '../commonFlags.js';
import { UsageError } from '../flags.js';
import { forTerminal } from '../forTerminal.js';
import { writeAtomically } from '../writeAtomically.js';

/** `servqual diagnose`: the five-gap model from a customer, a managers' and a staff survey. */
export const diagnoseCommand = command({
  name: 'diagnose',
  synopsis: '--customers C.csv|- [--managers M.csv] [--staff S.csv]',
  summary: 'the five-gap diagnosis (gaps 1–5, by severity, with remedies)',
  description: [
    "The five-gap model of service quality: gap 5 from the customer survey (E and P); gap 1 from managers'",
    "predictions of customers' expectations (the same E columns), compared with Welch's t-test; gaps 1-4",
    'from a staff survey of their organisational causes (columns as "servqual template --instrument',
    'gap-factors" prints). Gaps a file is missing for are marked with the survey needed. Severity is how',
    "far a gap is open, as a share of its survey's answer scale. The customer or the managers' file may",
    'be - for standard input; the staff file is read twice, so it must be a file.',
  ].join('\n'),
  flags: [
    { name: 'customers', type: 'string', placeholder: 'FILE', help: 'customer survey with E and P columns (required; - for standard input)' },
    { name: 'managers', type: 'string', placeholder: 'FILE', help: 'management survey with E columns' },
    { name: 'staff', type: 'string', placeholder: 'FILE', help: 'staff survey of the gap-factors instrument' },
    { name: 'observations', type: 'string', placeholder: 'FILE', help: 'observations of the service standards: gap 3 measured, ahead of the staff survey' },
    { name: 'standards', type: 'string', placeholder: 'FILE', help: 'the standards register the observations score (with --observations)' },
    { ...INSTRUMENT, help: `the customer instrument: ${DEFAULTS.instrument} (default), servqual22-1988, or a .json file` },
    { ...COLUMNS, help: "the customer instrument's column names, e.g. expectation=E_{id} (as analyze)" },
    { name: 'format', type: 'choice', choices: ['markdown', 'json', 'html', 'csv'], default: DEFAULTS.format, placeholder: 'FORMAT', help: '{choices}' },
    LANG,
    { name: 'out', type: 'string', placeholder: 'FILE', help: 'write the report to FILE instead of standard output' },
    ...READING_FLAGS,
  ],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`diagnose takes its files as --customers, --managers and --staff (got "${positionals[0] ?? ''}")`);
    if (values.customers === undefined) throw new UsageError('diagnose needs --customers FILE (a survey with expectations and perceptions)');
    if ((values.observations === undefined) !== (values.standards === undefined))
      throw new UsageError('--observations and --standards go together: the observations and the register they score');
    if (values.staff === '-') throw new UsageError('--staff: the staff survey is read twice (by construct and by gap), so give a file, not -');
    if (values.customers === '-' && values.managers === '-') throw new UsageError('--customers and --managers cannot both read standard input (-)');
    const source = (file: string | undefined): CsvSource | undefined => (file === '-' ? (io.stdin as CsvSource) : file);
    const instrument = withColumns(await resolveInstrument(values.instrument), values.columns);
    const observed =
      values.observations === undefined || values.standards === undefined
        ? undefined
        : (observedCompliance(await complianceCsv(values.observations, await loadStandards(values.standards), { delimiter: values.delimiter })) ?? undefined);
    const report = await diagnoseCsv(
      { customers: source(values.customers) as CsvSource, managers: source(values.managers), staff: values.staff },
      { instrument, ...readingOptions(values, io), observed },
    );
    const lang = values.lang ?? DEFAULTS.lang;
    const format = values.format ?? DEFAULTS.format;
    const text =
      format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === 'html'
          ? renderDiagnosisHtml(report, lang)
          : format === 'csv'
            ? renderDiagnosisCsv(report, lang)
            : renderDiagnosisMarkdown(report, lang);
    if (values.out !== undefined) await writeAtomically(values.out, text);
    else io.stdout(forTerminal(text));
    return 0;
  },
});
