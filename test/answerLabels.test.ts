import { describe, expect, it } from 'vitest';
import { createRowReader, defineInstrument, extendInstrument, gronroos6, InstrumentError, servqual22, validateSurvey } from '../src/index.js';
import { tiny, TINY_HEADER } from './helpers/tiny.js';

// tiny on its 1–7 scale with the built-ins' seven agreement labels (item 4 reverse-keyed: 8 − x).
const worded = extendInstrument(tiny, { scale: servqual22.scale });

function problemsOf(input: unknown): readonly string[] {
  try {
    defineInstrument(input);
  } catch (error) {
    if (error instanceof InstrumentError) return error.problems;
    throw error;
  }
  return [];
}

describe('scale.labels: answers given as words', () => {
  it('the built-ins carry the 7-point agreement labels: Qualtrics’ English defaults and the Chinese wording', () => {
    // The brief (issue 22) lists them: en = Qualtrics' seven-point agreement choices; zh = 非常不同意 … 非常同意.
    for (const instrument of [servqual22, gronroos6]) {
      const labels = instrument.scale.labels ?? {};
      expect([1, 2, 3, 4, 5, 6, 7].map((k) => [labels[k]?.en, labels[k]?.zh])).toEqual([
        ['Strongly disagree', '非常不同意'],
        ['Disagree', '不同意'],
        ['Somewhat disagree', '有点不同意'],
        ['Neither agree nor disagree', '一般'],
        ['Somewhat agree', '有点同意'],
        ['Agree', '同意'],
        ['Strongly agree', '非常同意'],
      ]);
    }
  });

  it('reads a word as its answer, ignoring case and surrounding (also full-width) spaces, in English or Chinese', () => {
    const reader = createRowReader(TINY_HEADER, worded);
    const r = reader.read(
      ['Strongly agree', ' somewhat DISAGREE ', '\u3000同意\u3000', 'Neither  agree nor disagree', '6', 'disagree', '非常不同意', 'Agree'],
      1,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    // By hand: 7, 3, 6, 4; P: 6, 2, 1, and item 4 reverse-keyed: Agree = 6 → 8 − 6 = 2; E4 "Neither…" = 4 → 8 − 4 = 4.
    expect(Array.from(r.response.expectation ?? [])).toEqual([7, 3, 6, 4]);
    expect(Array.from(r.response.perception)).toEqual([6, 2, 1, 2]);
  });

  it('a word the scale does not name excludes the row, naming the row, the column and the word', () => {
    // Row 1 answers in words the scale names (used); row 2 misspells one (excluded, its cell named).
    const summary = validateSurvey(
      {
        header: TINY_HEADER,
        rows: [
          ['Agree', 'Agree', 'Agree', 'Agree', 'Agree', 'Agree', 'Agree', 'Agree'],
          ['Agree', 'Agree', 'Agree', 'Agree', 'Strongly agre', 'Agree', 'Agree', 'Agree'],
        ],
      },
      { instrument: worded },
    );
    expect(summary.valid).toBe(1);
    expect(summary.issues).toEqual([
      { code: 'E_NOT_NUMERIC', row: 2, column: 'P1', value: 'Strongly agre', message: 'row 2, column P1: "Strongly agre" is not a number' },
    ]);
  });

  it('words are not read for an instrument whose scale names none', () => {
    const summary = validateSurvey({ header: TINY_HEADER, rows: [['Agree', '6', '6', '6', '6', '6', '6', '6']] }, { instrument: tiny });
    expect(summary.issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([['E_NOT_NUMERIC', 1, 'E1', 'Agree']]);
  });

  it('refuses a label key that is not a whole number on the scale, and a word given to two answers', () => {
    const base = { id: 'x', name: { en: 'X' }, dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }] };
    expect(problemsOf({ ...base, scale: { min: 1, max: 5, labels: { '2.5': { en: 'Half' } } } })).toEqual([
      'scale.labels.2.5: "2.5" is not a whole number on the scale 1–5',
    ]);
    expect(problemsOf({ ...base, scale: { min: 1, max: 5, labels: { 6: { en: 'Beyond' } } } })).toEqual([
      'scale.labels.6: "6" is not a whole number on the scale 1–5',
    ]);
    expect(problemsOf({ ...base, scale: { min: 1, max: 5, labels: { 1: { en: 'No' }, 2: { en: ' NO ' } } } })).toEqual([
      'scale.labels.2: " NO " is also the label of answer 1 (labels are compared ignoring case and spaces)',
    ]);
  });
});
