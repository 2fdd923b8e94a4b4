import { DEFAULTS } from '../defaults.js';
import type { OutcomesSpec } from '../instrument/OutcomesSpecSchema.js';
import type { Instrument } from '../instrument/schema.js';
import { withOutcomes } from '../instrument/withOutcomes.js';
import type { FlagSpec } from './flags.js';
import { UsageError } from './flags.js';

const scaleText = (s: { min: number; max: number }): string => `${s.min}-${s.max}`;

/** The flags naming outcome columns (CSI, CSAT, NPS), their scales, and the driver outcome. */
export const OUTCOME_FLAGS = [
  {
    name: 'csi',
    type: 'string',
    placeholder: 'COL,COL,COL',
    help: 'the satisfaction index: perception vs expectation, vs the ideal,\nand overall satisfaction (0–100 per respondent)',
  },
  // No declared default: a scale given alone rescales the instrument's own measure, so absent must read as absent.
  { name: 'csi-scale', type: 'string', placeholder: 'MIN-MAX', help: `the CSI indicators' scale (default ${scaleText(DEFAULTS.csiScale)})` },
  { name: 'csat', type: 'string', placeholder: 'COL', help: 'the CSAT column: the top-two-box share with a Wilson interval' },
  { name: 'csat-scale', type: 'string', placeholder: 'MIN-MAX', help: `CSAT's scale (default ${scaleText(DEFAULTS.csatScale)})` },
  { name: 'nps', type: 'string', placeholder: 'COL', help: 'the likelihood-to-recommend column (0–10): the net promoter score' },
  {
    name: 'outcome',
    type: 'choice',
    choices: ['csi', 'csat', 'nps'],
    placeholder: 'MEASURE',
    help: '{choices}: the outcome that stands for overall satisfaction\nin driver importance',
    option: 'outcome',
  },
] as const satisfies readonly FlagSpec[];

/**
 * A scale written `MIN-MAX` (`1-10`, `0-10`, `-3-3`; an en dash or `..` also separates).
 * @throws {UsageError} naming the flag when the text is not a scale with MIN below MAX
 */
export function parseScale(text: string, flag: string): { min: number; max: number } {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(?:-|–|\.\.)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  const min = Number(m?.[1]);
  const max = Number(m?.[2]);
  if (m === null || !(min < max)) throw new UsageError(`--${flag}: "${text}" is not a scale MIN-MAX with MIN below MAX (e.g. 1-10)`);
  return { min, max };
}

/**
 * The instrument with the outcome columns the flags name: `--csi`, `--csat`, `--nps` replace the
 * instrument's own measure; a scale flag given alone rescales the instrument's measure.
 * @throws {UsageError} for a bad scale, or a `--csi` list with an empty name
 */
export function instrumentWithOutcomeFlags(
  instrument: Instrument,
  values: {
    csi?: string | undefined;
    'csi-scale'?: string | undefined;
    csat?: string | undefined;
    'csat-scale'?: string | undefined;
    nps?: string | undefined;
  },
): Instrument {
  const spec: OutcomesSpec = {};
  const own = instrument.outcomes;
  const csiScale = values['csi-scale'] !== undefined ? parseScale(values['csi-scale'], 'csi-scale') : undefined;
  const csatScale = values['csat-scale'] !== undefined ? parseScale(values['csat-scale'], 'csat-scale') : undefined;
  if (values.csi !== undefined) {
    const columns = values.csi.split(',').map((c) => c.trim());
    if (columns.some((c) => c === '')) throw new UsageError(`--csi: "${values.csi}" has an empty column name (give COL,COL,COL)`);
    spec.csi = { columns, ...(csiScale === undefined ? {} : { scale: csiScale }) };
  } else if (csiScale !== undefined && own?.csi !== undefined) spec.csi = { ...own.csi, scale: csiScale };
  if (values.csat !== undefined) spec.csat = { column: values.csat, ...(csatScale === undefined ? {} : { scale: csatScale }) };
  else if (csatScale !== undefined && own?.csat !== undefined) spec.csat = { ...own.csat, scale: csatScale };
  if (values.nps !== undefined) spec.nps = { column: values.nps };
  if (spec.csi === undefined && spec.csat === undefined && spec.nps === undefined) return instrument;
  return withOutcomes(instrument, spec);
}
