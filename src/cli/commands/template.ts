import { questionnaireText, surveyTemplateCsv } from '../../data/surveyTemplate.js';
import { DEFAULTS } from '../../defaults.js';
import { JOURNEY_TEMPLATES } from '../../journey/journeyTemplates.js';
import { kanoQuestionnaireText, kanoTemplateColumns } from '../../kano/kanoQuestionnaire.js';
import { journeyQuestionnaireText } from '../../render/journeyQuestionnaireText.js';
import { loadKanoInstrument } from '../../node/loadKanoInstrument.js';
import { command } from '../command.js';
import { DELIMITER, INSTRUMENT, LANG, METHOD, PLATFORM_FLAGS, readingOptions, resolveInstrument } from '../commonFlags.js';
import { suggestColumnMap } from '../../data/suggestColumnMap.js';
import { readSurveyHeader } from '../../node/readSurveyCsv.js';
import { UsageError } from '../flags.js';
import { forTerminal } from '../forTerminal.js';

/** `servqual template`: a blank CSV header, or the questionnaire. */
export const templateCommand = command({
  name: 'template',
  synopsis: '',
  summary: 'print a blank CSV header (or the questionnaire, or a column map)',
  description:
    "Prints a blank CSV header for data entry, or with --questionnaire the questionnaire text.\nWith --map FILE, a starting column map for a survey platform's export (for analyze --map).",
  flags: [
    INSTRUMENT,
    { ...METHOD, default: DEFAULTS.method, help: '{choices}' },
    { ...LANG, help: '{choices}, for the questionnaire text' },
    { name: 'questionnaire', type: 'boolean', help: 'print the questionnaire instead of the header' },
    { name: 'kano', type: 'boolean', help: 'a Kano survey: --instrument names a Kano instrument JSON' },
    { name: 'importance', type: 'boolean', help: 'include the item-importance part (columns I{id}; 客户需求程度调查表)' },
    {
      name: 'map',
      type: 'string',
      placeholder: 'FILE',
      help: "a starting column map (JSON) for a survey platform's export FILE: its\nquestion text matched to the items' text; says on stderr what it could not match",
    },
    { ...PLATFORM_FLAGS[0] },
    DELIMITER,
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
    if (values.map !== undefined) {
      const { delimiter } = readingOptions(values.delimiter === undefined ? {} : { delimiter: values.delimiter }, io);
      const { header, questions } = await readSurveyHeader(values.map, { delimiter, headerRows: values['header-rows'] });
      const suggested = suggestColumnMap(header, questions, instrument);
      io.stdout(`${JSON.stringify(suggested.map, null, 2)}\n`);
      const list = (names: readonly string[]): string => names.map((n) => `"${forTerminal(n)}"`).join(', ');
      if (suggested.unmatchedItems.length > 0)
        io.stderr(
          `servqual: template --map: no column's text matched item${suggested.unmatchedItems.length === 1 ? '' : 's'} ${suggested.unmatchedItems.join(', ')}: add ${suggested.unmatchedItems.length === 1 ? 'it' : 'them'} by hand\n`,
        );
      if (suggested.unmappedColumns.length > 0) io.stderr(`servqual: template --map: columns left unmapped: ${list(suggested.unmappedColumns)}\n`);
      if (questions === undefined && Object.keys(suggested.map).length === 0) {
        // A plain CSV: one header row of names, which are not the items' wording. Say so, and what works.
        io.stderr(
          'servqual: template --map: the file has one header row, of column names, and no name is an item\'s wording, so nothing could be matched; write the map by hand ({ "Q1": "P1", … }), or name the columns for analyze with --columns (perception=Q{id}; a{id:02} reads a01 … a22)\n',
        );
      }
      return 0;
    }
    const method = values.method ?? DEFAULTS.method;
    const parts = { importance: values.importance === true };
    if (values.questionnaire === true) io.stdout(forTerminal(questionnaireText(instrument, method, values.lang ?? DEFAULTS.lang, parts)));
    else io.stdout(forTerminal(surveyTemplateCsv(instrument, method, parts)));
    return 0;
  },
});
