import { DEFAULTS } from '../../defaults.js';
import { journey } from '../../journey/journey.js';
import { renderJourneyMarkdown } from '../../render/renderJourneyMarkdown.js';
import { readJourneyCsv } from '../../node/readJourneyCsv.js';
import { command } from '../command.js';
import { DELIMITER, LANG, oneFile } from '../commonFlags.js';
import { forTerminal } from '../forTerminal.js';

/** `servqual journey`: moments of truth, the chained satisfaction of a service journey. */
export const journeyCommand = command({
  name: 'journey',
  synopsis: 'FILE|-',
  summary: 'moments of truth: chained satisfaction of a service journey',
  description: [
    'Moments of truth: if each stage of a service satisfies a share p of customers, the whole journey',
    "satisfies the product of the p's (0.95^10 = 60%). Shows the weakest stage and what lifting each",
    'stage to the target would give.',
    '',
    'FILE has either columns stage,satisfied (a share 0-1 per stage), or one column per stage with each',
    "respondent's rating (id and respondent_id columns are ignored), which needs --threshold.",
  ].join('\n'),
  flags: [
    { name: 'threshold', type: 'number', placeholder: 'X', help: 'with ratings: the lowest rating that counts as satisfied', option: 'threshold' },
    {
      name: 'target',
      type: 'number',
      min: 0,
      max: 1,
      default: DEFAULTS.journeyTarget,
      placeholder: 'P',
      help: 'the share each stage is imagined raised to (default {default})',
      option: 'target',
    },
    { name: 'format', type: 'choice', choices: ['markdown', 'json'], default: DEFAULTS.format, placeholder: 'FORMAT', help: '{choices}' },
    LANG,
    { ...DELIMITER, help: 'field delimiter (default ",")' },
  ],
  async run(values, positionals, io) {
    const source = oneFile(positionals, io);
    const stages = await readJourneyCsv(source, { delimiter: values.delimiter, threshold: values.threshold });
    const report = journey(stages, { target: values.target ?? DEFAULTS.journeyTarget });
    io.stdout(forTerminal(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderJourneyMarkdown(report, values.lang ?? DEFAULTS.lang)));
    return 0;
  },
});
