import { DEFAULTS } from '../../defaults.js';
import { staffing } from '../../operations/staffing.js';
import { renderStaffingMarkdown } from '../../render/renderStaffingMarkdown.js';
import { command } from '../command.js';
import { LANG } from '../commonFlags.js';
import { UsageError } from '../flags.js';

/** `servqual staffing`: agents needed for an interval, by Erlang C. */
export const staffingCommand = command({
  name: 'staffing',
  synopsis: '--calls N --minutes M --aht S',
  summary: 'agents needed for a service level (Erlang C)',
  description: [
    'The agents an interval needs so that --target of its calls are answered within --answer-within',
    'seconds at or below --max-occupancy, by Erlang C (random arrivals, callers who wait): traffic',
    'intensity, agents, the probability of waiting, service level, ASA, occupancy, and the agents to',
    'schedule after --shrinkage. With --agents, evaluates that team instead.',
  ].join('\n'),
  flags: [
    { name: 'calls', type: 'number', min: 0, placeholder: 'N', help: 'calls offered in the interval (required)', option: 'calls' },
    { name: 'minutes', type: 'number', min: 0, placeholder: 'M', help: 'length of the interval in minutes (required)', option: 'minutes' },
    { name: 'aht', type: 'number', min: 0, placeholder: 'SECONDS', help: 'average handle time (required)', option: 'aht' },
    {
      name: 'answer-within',
      type: 'number',
      min: 0,
      default: DEFAULTS.answerWithin,
      placeholder: 'SECONDS',
      help: 'service-level threshold T (default {default})',
      option: 'answerWithin',
    },
    {
      name: 'target',
      type: 'number',
      min: 0,
      max: 1,
      default: DEFAULTS.serviceLevelTarget,
      placeholder: 'SHARE',
      help: 'service level to reach (default {default})',
      option: 'target',
    },
    { name: 'agents', type: 'integer', min: 1, placeholder: 'K', help: 'evaluate K agents instead of searching', option: 'agents' },
    {
      name: 'max-occupancy',
      type: 'number',
      min: 0,
      max: 1,
      default: DEFAULTS.maxOccupancy,
      placeholder: 'SHARE',
      help: 'highest occupancy accepted (default {default})',
      option: 'maxOccupancy',
    },
    {
      name: 'shrinkage',
      type: 'number',
      min: 0,
      max: 1,
      default: DEFAULTS.shrinkage,
      placeholder: 'SHARE',
      help: 'share of paid time off the phones (default {default})',
      option: 'shrinkage',
    },
    { name: 'format', type: 'choice', choices: ['markdown', 'json'], default: DEFAULTS.format, placeholder: 'FORMAT', help: '{choices}' },
    LANG,
  ],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`staffing takes no FILE (got "${positionals[0] ?? ''}")`);
    const { calls, minutes, aht } = values;
    if (calls === undefined || minutes === undefined || aht === undefined) throw new UsageError('staffing needs --calls N --minutes M --aht SECONDS');
    const report = staffing({
      calls,
      minutes,
      aht,
      answerWithin: values['answer-within'],
      target: values.target,
      agents: values.agents,
      maxOccupancy: values['max-occupancy'],
      shrinkage: values.shrinkage,
    });
    io.stdout(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderStaffingMarkdown(report, values.lang ?? DEFAULTS.lang));
    return 0;
  },
});
