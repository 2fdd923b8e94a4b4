import { defineInstrument, type Instrument } from '../../src/index.js';

/** A four-item instrument on 1–7: dimension a (items 1, 2) and b (items 3, 4). */
export const tiny: Instrument = defineInstrument({
  id: 'tiny',
  name: { en: 'Tiny' },
  scale: { min: 1, max: 7 },
  dimensions: [
    { id: 'a', name: { en: 'A' }, items: [{ id: '1' }, { id: '2' }] },
    { id: 'b', name: { en: 'B' }, items: [{ id: '3' }, { id: '4', reverse: true }] },
  ],
});

export const TINY_HEADER = ['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'P4'];
