import { DEFAULTS } from '../../defaults.js';
import { callsCsv } from '../../node/callsCsv.js';
import { estimatePatience } from '../../operations/estimatePatience.js';
import { staffing } from '../../operations/staffing.js';
import { staffingErlangA } from '../../operations/staffingErlangA.js';
import { renderErlangAMarkdown } from '../../render/renderErlangAMarkdown.js';
import { renderStaffingMarkdown } from '../../render/renderStaffingMarkdown.js';
import { command } from '../command.js';
import { LANG } from '../commonFlags.js';
import { UsageError } from '../flags.js';

/** `servqual staffing`: agents needed for an interval, by Erlang C or Erlang A. */
export const staffingCommand = command({
  name: 'staffing',
  synopsis: '--calls N --minutes M --aht S',
  summary: 'agents needed for a service level (Erlang C, or Erlang A)',
  description: [
    'The agents an interval needs so that --target of its calls are answered within --answer-within',
    'seconds at or below --max-occupancy, by Erlang C (random arrivals, callers who wait): traffic',
    'intensity, agents, the probability of waiting, service level, ASA, occupancy, and the agents to',
    'schedule after --shrinkage. With --agents, evaluates that team instead.',
    '',
    'With --model erlang-a, callers hang up after an exponential patience of mean --patience seconds, or',
    'the patience of a call log (--from-calls FILE: the total wait of all calls over the calls abandoned);',
    'it adds the probability of abandoning, and the service level counts abandoned calls against it.',
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
    {
      name: 'model',
      type: 'choice',
      choices: ['erlang-c', 'erlang-a'],
      default: DEFAULTS.staffingModel,
      placeholder: 'MODEL',
      help: '{choices}: callers who wait as long as it takes, or who hang up',
    },
    { name: 'patience', type: 'number', min: 0, placeholder: 'SECONDS', help: "callers' mean patience (erlang-a)", option: 'patience' },
    { name: 'from-calls', type: 'string', placeholder: 'FILE', help: "callers' mean patience from a call log in the calls format (erlang-a)" },
    { name: 'format', type: 'choice', choices: ['markdown', 'json'], default: DEFAULTS.format, placeholder: 'FORMAT', help: '{choices}' },
    LANG,
  ],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`staffing takes no FILE (got "${positionals[0] ?? ''}")`);
    const { calls, minutes, aht } = values;
    if (calls === undefined || minutes === undefined || aht === undefined) throw new UsageError('staffing needs --calls N --minutes M --aht SECONDS');
    const common = {
      calls,
      minutes,
      aht,
      answerWithin: values['answer-within'],
      target: values.target,
      agents: values.agents,
      maxOccupancy: values['max-occupancy'],
      shrinkage: values.shrinkage,
    };
    const lang = values.lang ?? DEFAULTS.lang;
    const json = values.format === 'json';
    const fromCalls = values['from-calls'];
    if ((values.model ?? DEFAULTS.staffingModel) === 'erlang-c') {
      if (values.patience !== undefined || fromCalls !== undefined) throw new UsageError('--patience and --from-calls are for --model erlang-a');
      const report = staffing(common);
      io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : renderStaffingMarkdown(report, lang));
      return 0;
    }
    if ((values.patience === undefined) === (fromCalls === undefined))
      throw new UsageError('--model erlang-a needs --patience SECONDS or --from-calls FILE (one of them)');
    const patience = values.patience ?? estimatePatience((await callsCsv(fromCalls as string)).overall);
    const report = staffingErlangA({ ...common, patience });
    io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : renderErlangAMarkdown(report, lang));
    return 0;
  },
});
