import { defineInstrument } from './defineInstrument.js';
import type { OutcomesSpec } from './OutcomesSpecSchema.js';
import type { Instrument } from './schema.js';

/**
 * The instrument with outcome columns added: each measure given in `outcomes` (`csi`, `csat`, `nps`)
 * replaces the instrument's own, the others are kept. The CLI's `--csi`, `--csat` and `--nps` flags
 * come here, so the reader and the analyzer (of every thread) read the same columns.
 *
 * @param instrument - a validated instrument
 * @param outcomes - the measures to set
 * @returns a new validated instrument, of the same id
 * @throws {InstrumentError} `E_INSTRUMENT` when the outcomes are invalid, naming the field (e.g.
 *   `outcomes.csi.weights: has 2 weights for 3 columns`)
 *
 * @example
 * const withNps = withOutcomes(servqual22, { nps: { column: 'recommend' } });
 * [withNps.id, withNps.outcomes]
 * //=> ['servqual22', { nps: { column: 'recommend' } }]
 */
export function withOutcomes(instrument: Instrument, outcomes: OutcomesSpec): Instrument {
  const merged: OutcomesSpec = { ...(instrument.outcomes ?? {}) };
  if (outcomes.csi !== undefined) merged.csi = outcomes.csi;
  if (outcomes.csat !== undefined) merged.csat = outcomes.csat;
  if (outcomes.nps !== undefined) merged.nps = outcomes.nps;
  return defineInstrument({ ...instrument, outcomes: merged });
}
