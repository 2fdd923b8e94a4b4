import { questionnaireText, surveyTemplateCsv } from '../../data/surveyTemplate.js';
import { DEFAULTS } from '../../defaults.js';
import { command } from '../command.js';
import { INSTRUMENT, LANG, METHOD, resolveInstrument } from '../commonFlags.js';
import { UsageError } from '../flags.js';
import { forTerminal } from '../forTerminal.js';

/** `servqual template`: a blank CSV header, or the questionnaire. */
export const templateCommand = command({
  name: 'template',
  synopsis: '',
  summary: 'print a blank CSV header (or the questionnaire)',
  description: 'Prints a blank CSV header for data entry, or with --questionnaire the questionnaire text.',
  flags: [
    INSTRUMENT,
    { ...METHOD, default: DEFAULTS.method, help: '{choices}' },
    { ...LANG, help: '{choices}, for the questionnaire text' },
    { name: 'questionnaire', type: 'boolean', help: 'print the questionnaire instead of the header' },
  ],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`template takes no FILE (got "${positionals[0] ?? ''}")`);
    const instrument = await resolveInstrument(values.instrument);
    const method = values.method ?? DEFAULTS.method;
    if (values.questionnaire === true) io.stdout(forTerminal(questionnaireText(instrument, method, values.lang ?? DEFAULTS.lang)));
    else io.stdout(forTerminal(surveyTemplateCsv(instrument, method)));
    return 0;
  },
});
