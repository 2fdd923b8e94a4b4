import { describe, expect, it } from 'vitest';
import { analyzerFromJSON, createAnalyzer, createRowReader, type AnalyzerState } from '../src/index.js';
import { tiny, TINY_HEADER } from './helpers/tiny.js';

// analyzerFromJSON takes states from other machines (issue 15 point 12): it must check a state whole
// before it makes anything from it, and name what is wrong. Every hostile state below is a good one
// with one thing broken by hand.

/** A real state of the tiny instrument (servqual, by branch and month) after a few rows. */
function goodState(): AnalyzerState {
  const header = ['branch', 'submitted_at', ...TINY_HEADER];
  const reader = createRowReader(header, tiny);
  const a = createAnalyzer(tiny, OPTIONS);
  [
    ['x', '2025-01-05', 6, 6, 5, 2, 5, 4, 5, 3],
    ['x', '2025-02-05', 7, 6, 6, 3, 5, 5, 4, 3],
    ['y', '2025-02-07', 5, 5, 6, 2, 4, 4, 4, 2],
  ].forEach((cells, i) => a.add(reader.read(cells, i + 1)));
  return JSON.parse(JSON.stringify(a.toJSON())) as AnalyzerState;
}
const OPTIONS = { by: ['branch'], period: 'month' as const };

/** The state, broken by `edit` (on the parsed JSON, as a hostile sender could). */
function broken(edit: (s: any) => void): AnalyzerState {
  const s: unknown = goodState();
  edit(s);
  return s as unknown as AnalyzerState;
}

const invalid = (message: RegExp | string) =>
  expect.objectContaining({
    code: 'E_INVALID_STATE',
    message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
  });

describe('analyzerFromJSON checks the state before using it', () => {
  it('restores a good state to the same report', () => {
    const state = goodState();
    // servqual on tiny: gap 4 items + 2 dimensions, reliability of E, P and gap (2 each), overall 5, importance 2, undated 1
    expect(state.moments).toHaveLength(6 + 6 + 5 + 2 + 1);
    const again = analyzerFromJSON(tiny, state, OPTIONS);
    expect(JSON.stringify(again.toJSON())).toBe(JSON.stringify(state));
  });

  it.each([
    ['not an object', () => 'state' as unknown as AnalyzerState, /the state is invalid at \(root\): /],
    ['a negative n', () => broken((s) => (s.moments[2].n = -4)), /the state is invalid at moments\[2\]\.n: /],
    ['a fractional n', () => broken((s) => (s.moments[2].n = 2.5)), /the state is invalid at moments\[2\]\.n: /],
    ['too few means for k', () => broken((s) => (s.moments[0].mean = [1])), 'the state is invalid at moments[0].mean: has 1 values, k = 3 needs 3'],
    ['too many co-moments for k', () => broken((s) => s.moments[0].c.push(0)), 'the state is invalid at moments[0].c: has 7 values, k = 3 needs 6'],
    [
      'a negative variance',
      () => broken((s) => (s.moments[0].c[3] = -1)),
      'the state is invalid at moments[0].c[3]: is a variance (variable 1) and negative: -1',
    ],
    // k = 10⁹ would be 5·10¹⁷ doubles: refused by its size, not by running out of memory
    ['a huge k', () => broken((s) => (s.moments[0].k = 1e9)), /the state is invalid at moments\[0\]\.k: /],
    ['an unknown exclusion code', () => broken((s) => (s.quality.excluded = [['E_NOPE', 1]])), /the state is invalid at quality\.excluded\[0\]\[0\]: /],
    ['another method', () => broken((s) => (s.method = 'kano')), /the state is invalid at method: /],
    ['a huge itemCount', () => broken((s) => (s.itemCount = 2 ** 40)), 'analyzerFromJSON: the state has 1099511627776 items, instrument "tiny" 4'],
    ['another instrument', () => broken((s) => (s.instrument = 'servqual22')), 'analyzerFromJSON: the state is of instrument "servqual22", not "tiny"'],
    ['an accumulator missing', () => broken((s) => s.moments.pop()), 'analyzerFromJSON: moments has 19 accumulators, the analyzer 20'],
    [
      'an accumulator of another size',
      () => broken((s) => (s.moments[0] = { k: 2, n: 0, mean: [0, 0], c: [0, 0, 0] })),
      "analyzerFromJSON: moments[0] has k = 2, the analyzer's accumulator 3",
    ],
    [
      'a group with a part too many',
      () => broken((s) => s.segments[0][1][0][1].push({ k: 1, n: 0, mean: [0], c: [0] })),
      'analyzerFromJSON: segments[0][1][0][1] has 6 accumulators, the analyzer 5',
    ],
    [
      'another segment column',
      () => broken((s) => (s.segments[0][0] = 'channel')),
      'analyzerFromJSON: the state is segmented by "channel", the options are not',
    ],
  ])('refuses %s, naming it', (_, state, message) => {
    expect(() => analyzerFromJSON(tiny, state(), OPTIONS)).toThrow(invalid(message));
  });
});
