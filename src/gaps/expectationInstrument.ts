import { columnTemplate } from '../instrument/columnTemplates.js';
import { defineInstrument } from '../instrument/defineInstrument.js';
import type { Instrument } from '../instrument/schema.js';

/**
 * The instrument with its expectation columns read in the perception role, so a file of expectations
 * only — managers predicting customers' expectations (gap 1) — can be scored with method `servperf`.
 * The expectation role is moved to a template no survey uses, to keep the roles' columns distinct.
 */
export function expectationInstrument(instrument: Instrument): Instrument {
  return defineInstrument({
    ...instrument,
    id: `${instrument.id}:expectations`,
    columns: {
      ...instrument.columns,
      perception: columnTemplate(instrument, 'expectation'),
      expectation: '\u0000unused-expectation-{id}',
    },
  });
}
