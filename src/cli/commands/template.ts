import { questionnaireText, surveyTemplateColumns } from '../../data/surveyTemplate.js';
import { DEFAULTS } from '../../defaults.js';
import { command } from '../command.js';
import { INSTRUMENT, LANG, METHOD, resolveInstrument } from '../commonFlags.js';
import { UsageError } from '../flags.js';

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
    { name: 'importance', type: 'boolean', help: 'include the item-importance part (columns I{id}; 客户需求程度调查表)' },
  ],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`template takes no FILE (got "${positionals[0] ?? ''}")`);
    const instrument = await resolveInstrument(values.instrument);
    const method = values.method ?? DEFAULTS.method;
    const parts = { importance: values.importance === true };
    if (values.questionnaire === true) io.stdout(questionnaireText(instrument, method, values.lang ?? DEFAULTS.lang, parts));
    else io.stdout(`${surveyTemplateColumns(instrument, method, parts).join(',')}\n`);
    return 0;
  },
});
