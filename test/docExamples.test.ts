import { describe, expect, it } from 'vitest';
import { analyze, defineInstrument, servqual22, surveyTemplateColumns } from '../src/index.js';

// The @example lines of the doc comments, asserted so the docs cannot drift.
describe('doc examples', () => {
  it('analyze(): gaps of 5 − 6 and 5 − 7 average −1.5', () => {
    const oneItem = defineInstrument({
      id: 'one',
      name: { en: 'One' },
      scale: { min: 1, max: 7 },
      dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }],
    });
    expect(
      analyze(
        [
          { E1: 6, P1: 5 },
          { E1: 7, P1: 5 },
        ],
        { instrument: oneItem },
      ).items[0]?.gap?.mean,
    ).toBe(-1.5);
  });
  it('defineInstrument(): a 1–5 scale', () => {
    const i = defineInstrument({ id: 'x', name: { en: 'X' }, scale: { min: 1, max: 5 }, dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }] });
    expect(i.scale.max).toBe(5);
  });
  it('surveyTemplateColumns(): servperf starts P1, P2', () => {
    expect(surveyTemplateColumns(servqual22, 'servperf').slice(0, 2)).toEqual(['P1', 'P2']);
  });
});
