import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../src/internals.js';
import { defineInstrument, getInstrument, InstrumentError, servqual22, servqual22_1988, ServqualError } from '../src/index.js';
import { loadInstrument } from '../src/node/index.js';

const minimal = () => ({
  id: 'x',
  name: { en: 'X' },
  scale: { min: 1, max: 5 },
  dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }],
});

function problemsOf(input: unknown): readonly string[] {
  try {
    defineInstrument(input);
  } catch (error) {
    if (error instanceof InstrumentError) return error.problems;
    throw error;
  }
  return [];
}

describe('servqual22 and servqual22_1988', () => {
  it('map items 1–22 to RATER as PZB (1991) do', () => {
    // tangibles 1–4, reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22
    expect(servqual22.dimensions.map((d) => [d.id, d.items.map((i) => Number(i.id))])).toEqual([
      ['tangibles', [1, 2, 3, 4]],
      ['reliability', [5, 6, 7, 8, 9]],
      ['responsiveness', [10, 11, 12, 13]],
      ['assurance', [14, 15, 16, 17]],
      ['empathy', [18, 19, 20, 21, 22]],
    ]);
    expect(servqual22.scale).toMatchObject({ min: 1, max: 7 });
    expect(servqual22.dimensions.map((d) => d.name.zh)).toEqual(['有形性', '可靠性', '响应性', '保证性', '移情性']);
    expect(servqual22.dimensions.flatMap((d) => d.items).every((i) => i.text?.en && i.text.zh && i.reverse !== true)).toBe(true);
  });
  it('reverse-key items 10–13 and 18–22 in the 1988 form', () => {
    const reversed = servqual22_1988.dimensions.flatMap((d) => d.items.filter((i) => i.reverse === true).map((i) => Number(i.id)));
    expect(reversed).toEqual([10, 11, 12, 13, 18, 19, 20, 21, 22]);
  });
  it('are found by name, and an unknown name says which exist', () => {
    expect(getInstrument('servqual22-1988')).toBe(servqual22_1988);
    expect(() => getInstrument('servqual99')).toThrow('unknown instrument "servqual99"; built-in instruments are servqual22, servqual22-1988, gap-factors');
    expect(() => getInstrument('__proto__')).toThrow(ServqualError);
  });
});

describe('defineInstrument(obj)', () => {
  it('accepts any scale and column templates', () => {
    const i = defineInstrument({ ...minimal(), scale: { min: 0, max: 100 }, columns: { perception: '{id}' } });
    expect(i.scale.max).toBe(100);
    expect(Object.isFrozen(i.dimensions[0])).toBe(true);
  });

  it.each([
    [
      'a duplicate item id, named by path',
      {
        ...minimal(),
        dimensions: [
          { id: 'a', name: { en: 'A' }, items: [{ id: 'A1' }] },
          { id: 'b', name: { en: 'B' }, items: [{ id: 'B1' }] },
          { id: 'c', name: { en: 'C' }, items: [{ id: 'A1' }] },
        ],
      },
      'dimensions[2].items[0].id: duplicate item id "A1"',
    ],
    [
      'a duplicate dimension id',
      {
        ...minimal(),
        dimensions: [
          { id: 'a', name: { en: 'A' }, items: [{ id: '1' }] },
          { id: 'a', name: { en: 'A' }, items: [{ id: '2' }] },
        ],
      },
      'dimensions[1].id: duplicate dimension id "a"',
    ],
    ['min not below max', { ...minimal(), scale: { min: 7, max: 1 } }, 'scale.max: must be greater than scale.min (got min 7, max 1)'],
    ['a missing scale', { ...minimal(), scale: undefined }, 'scale: '],
    ['an item template without {id}', { ...minimal(), columns: { perception: 'P' } }, 'columns.perception: an item template must contain {id}'],
    ['a weight template without {dimension}', { ...minimal(), columns: { weight: 'W' } }, 'columns.weight: a weight template must contain {dimension}'],
    [
      'default weights on some dimensions only',
      {
        ...minimal(),
        dimensions: [
          { id: 'a', name: { en: 'A' }, weight: 50, items: [{ id: '1' }] },
          { id: 'b', name: { en: 'B' }, items: [{ id: '2' }] },
        ],
      },
      'dimensions[].weight: give a default weight for every dimension or for none',
    ],
    [
      'default weights not summing to 100',
      {
        ...minimal(),
        dimensions: [
          { id: 'a', name: { en: 'A' }, weight: 50, items: [{ id: '1' }] },
          { id: 'b', name: { en: 'B' }, weight: 40, items: [{ id: '2' }] },
        ],
      },
      'dimensions[].weight: default weights must sum to 100 (±1), got 90',
    ],
    [
      'two roles naming one column',
      { ...minimal(), columns: { expectation: '{id}', perception: '{id}' } },
      'columns: "1" is named by both expectation of item 1 and perception of item 1',
    ],
    ['an unknown key', { ...minimal(), colour: 'red' }, '(root): '],
    ['an empty item list', { ...minimal(), dimensions: [{ id: 'd', name: { en: 'D' }, items: [] }] }, 'dimensions[0].items: '],
  ])('rejects %s', (_label, input, message) => {
    const problems = problemsOf(input);
    expect(problems.some((p) => p.startsWith(message))).toBe(true);
  });
});

describe('fillTemplate(template, ids)', () => {
  it('fills {id} and {dimension} — the doc example', () => {
    expect(fillTemplate('P{id}', { id: '5', dimension: 'reliability' })).toBe('P5');
    expect(fillTemplate('W_{dimension}', { dimension: 'empathy' })).toBe('W_empathy');
  });
});

describe('loadInstrument(path)', () => {
  it('names the file in its errors', async () => {
    await expect(loadInstrument('/nonexistent/x.json')).rejects.toThrow('cannot read instrument /nonexistent/x.json: no such file');
  });
});
