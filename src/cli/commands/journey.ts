import { DEFAULTS } from '../../defaults.js';
import { journey } from '../../journey/journey.js';
import { renderJourneyCsv } from '../../render/renderJourneyCsv.js';
import { renderJourneyHtml } from '../../render/renderJourneyHtml.js';
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
    'Moments of truth: if each stage of a service satisfies a share p of customers independently, the',
    "whole journey satisfies the product of the p's (0.95^10 = 60%): the independence estimate, with a",
    'delta-method 95% interval. With ratings, also the share observed satisfied at every stage, and a',
    'Wilson interval per stage. Shows the weakest stage (all of them on a tie) and what lifting each stage',
    'to the target would give. "servqual template --journey hospital" prints a ratings header.',
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
    { name: 'format', type: 'choice', choices: ['markdown', 'json', 'html', 'csv'], default: DEFAULTS.format, placeholder: 'FORMAT', help: '{choices}' },
    LANG,
    { ...DELIMITER, help: 'field delimiter (default ",")' },
  ],
  async run(values, positionals, io) {
    const source = oneFile(positionals, io);
    const data = await readJourneyCsv(source, { delimiter: values.delimiter, threshold: values.threshold });
    const report = journey(data.stages, { target: values.target ?? DEFAULTS.journeyTarget, observed: data.observed ?? undefined });
    const lang = values.lang ?? DEFAULTS.lang;
    const text =
      values.format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : values.format === 'html'
          ? renderJourneyHtml(report, lang)
          : values.format === 'csv'
            ? renderJourneyCsv(report)
            : renderJourneyMarkdown(report, lang);
    io.stdout(forTerminal(text));
    return 0;
  },
});
