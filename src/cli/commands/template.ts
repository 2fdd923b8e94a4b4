import { questionnaireText, surveyTemplateCsv } from '../../data/surveyTemplate.js';
import { DEFAULTS } from '../../defaults.js';
import { JOURNEY_TEMPLATES } from '../../journey/journeyTemplates.js';
import { kanoQuestionnaireText, kanoTemplateColumns } from '../../kano/kanoQuestionnaire.js';
import { journeyQuestionnaireText } from '../../render/journeyQuestionnaireText.js';
import { loadKanoInstrument } from '../../node/loadKanoInstrument.js';
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
    { name: 'kano', type: 'boolean', help: 'a Kano survey: --instrument names a Kano instrument JSON' },
    { name: 'importance', type: 'boolean', help: 'include the item-importance part (columns I{id}; 客户需求程度调查表)' },
    {
      name: 'journey',
      type: 'choice',
      choices: Object.keys(JOURNEY_TEMPLATES),
      placeholder: 'NAME',
      help: '{choices}: a ratings header for "servqual journey" (with --questionnaire, its stages and notes)',
    },
  ],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`template takes no FILE (got "${positionals[0] ?? ''}")`);
    if (values.journey !== undefined) {
      const template = JOURNEY_TEMPLATES[values.journey];
      if (template === undefined) throw new UsageError(`--journey: unknown journey "${values.journey}"`);
      io.stdout(
        values.questionnaire === true
          ? journeyQuestionnaireText(template, values.lang ?? DEFAULTS.lang)
          : `${['respondent_id', ...template.stages.map((s) => s.id)].join(',')}\n`,
      );
      return 0;
    }
    if (values.kano === true) {
      if (values.instrument === undefined) throw new UsageError('template --kano: give --instrument, a Kano instrument JSON file');
      const kano = await loadKanoInstrument(values.instrument);
      io.stdout(values.questionnaire === true ? kanoQuestionnaireText(kano, values.lang ?? DEFAULTS.lang) : `${kanoTemplateColumns(kano).join(',')}\n`);
      return 0;
    }
    const instrument = await resolveInstrument(values.instrument);
    const method = values.method ?? DEFAULTS.method;
    const parts = { importance: values.importance === true };
    if (values.questionnaire === true) io.stdout(forTerminal(questionnaireText(instrument, method, values.lang ?? DEFAULTS.lang, parts)));
    else io.stdout(forTerminal(surveyTemplateCsv(instrument, method, parts)));
    return 0;
  },
});
