import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Measures, type Priority, type Report } from '../src/index.js';
import { tiny } from './helpers/tiny.js';

// Issue 16's rules for the verdict (`action`) of every priority, on generated surveys of each method:
// a significant shortfall is always fix or improve, fix and improve always rest on one, three-column's
// significant fall below the minimum is always fix, reconsider needs a significant surplus of below-mean
// importance, SERVPERF follows the IPA quadrant, and equal importance leaves every quadrant null.
// Fixed seed as in properties.test.ts; FC_SEED and FC_RUNS override it.
const SEED = Number(process.env.FC_SEED ?? 20261202);
const RUNS = Number(process.env.FC_RUNS ?? 60);
const ALPHA = 0.05;

/** A column's answers drawn from [lo, hi] (so gaps are often significant one way or the other), a few missing. */
const range = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
const answerIn = ([lo, hi]: readonly [number, number]) =>
  fc.oneof({ weight: 12, arbitrary: fc.integer({ min: lo, max: hi }) }, { weight: 1, arbitrary: fc.constant(null) });
/** Weights of the two dimensions summing to 100, or none; overall satisfaction, or none. */
const extras = fc.record({ weights: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), overall: fc.boolean() });

const ROLES = { servqual: ['E', 'P'], servperf: ['P'], 'three-column': ['MIN', 'DES', 'P'] } as const;
type Method = keyof typeof ROLES;

function survey(method: Method) {
  const roles = ROLES[method];
  return fc
    .tuple(fc.array(range, { minLength: roles.length, maxLength: roles.length }), extras, fc.integer({ min: 3, max: 50 }))
    .chain(([ranges, ex, n]) =>
      fc
        .array(fc.tuple(...ranges.flatMap((r) => [answerIn(r), answerIn(r), answerIn(r), answerIn(r)]), fc.integer({ min: 1, max: 7 })), {
          minLength: n,
          maxLength: n,
        })
        .map((rows) => ({ rows, ex })),
    )
    .map(({ rows, ex }) => {
      const header = [
        ...roles.flatMap((r) => [1, 2, 3, 4].map((i) => `${r}${i}`)),
        ...(ex.weights === undefined ? [] : ['W_a', 'W_b']),
        ...(ex.overall ? ['overall'] : []),
      ];
      const body = rows.map((r) => {
        const answers = r.slice(0, -1) as Array<number | null>;
        const overall = r[r.length - 1] as number;
        return [...answers, ...(ex.weights === undefined ? [] : [ex.weights, 100 - ex.weights]), ...(ex.overall ? [overall] : [])];
      });
      return { header, rows: body };
    });
}

const significant = (t: Measures['gap'], sign: -1 | 1): boolean =>
  t !== undefined && t.mean !== null && t.pAdjusted !== null && t.pAdjusted < ALPHA && Math.sign(t.mean) === sign;

function measuresOf(report: Report, p: Priority): Measures {
  return (p.level === 'dimension' ? report.dimensions.find((d) => d.id === p.id) : report.items.find((i) => i.id === p.id)) as Measures;
}

/** Verdicts seen per method, to check the generator reaches every rule. */
const seen = new Map<string, Set<string>>();

function checkVerdicts(report: Report): void {
  for (const p of report.priorities) seen.set(report.method, (seen.get(report.method) ?? new Set()).add(p.action));
  const equal = report.ipa.importance === 'equal';
  if (equal) {
    expect(report.dimensions.every((d) => d.quadrant === null)).toBe(true);
    expect(report.priorities.every((p) => p.quadrant === null)).toBe(true);
  }
  for (const level of ['dimension', 'item'] as const) {
    const list = report.priorities.filter((p) => p.level === level);
    // Items without importance of their own (none here) are judged by their dimension's share.
    const dims = report.priorities.filter((p) => p.level === 'dimension');
    const shareOf = (p: Priority): number => (p.level === 'item' ? (dims.find((d) => d.id === p.dimension)?.importance ?? Number.NaN) : p.importance);
    const meanShare = dims.reduce((s, p) => s + p.importance, 0) / dims.length;
    for (const p of list) {
      const m = measuresOf(report, p);
      const where = `${report.method} ${level} ${p.id}: ${p.action}`;
      if (report.method === 'servperf') {
        // no test: the quadrant decides where importance is measured (dimensions)
        if (!equal && level === 'dimension' && p.quadrant !== null) {
          expect(p.action, where).toBe(
            { 'concentrate-here': 'fix', 'low-priority': 'improve', 'keep-up-the-good-work': 'maintain', 'possible-overkill': 'reconsider' }[p.quadrant],
          );
        }
        continue;
      }
      const below = report.method === 'three-column' && significant(m.adequacy, -1);
      const main = report.method === 'servqual' ? m.gap : m.superiority;
      const shortfall = below || significant(main, -1);
      expect(p.action === 'fix' || p.action === 'improve', where).toBe(shortfall);
      if (below) expect(p.action, where).toBe('fix');
      if (p.action === 'reconsider') {
        expect(significant(main, 1), where).toBe(true);
        expect(shareOf(p), where).toBeLessThan(meanShare);
      }
      // what earns the words: the reason never carries the quadrant's advice
      expect(p.reason.en, where).not.toMatch(/concentrate here|keep up the good work|possible overkill/);
    }
  }
}

describe('the verdict on every priority (fast-check)', () => {
  for (const method of Object.keys(ROLES) as Method[]) {
    it(`follows the rules on generated ${method} surveys`, () => {
      fc.assert(
        fc.property(survey(method), ({ header, rows }) => {
          const report = analyze({ header, rows }, { instrument: tiny, method });
          checkVerdicts(report);
          const equal = analyze({ header, rows }, { instrument: tiny, method, importance: 'equal' });
          expect(equal.ipa.importance).toBe('equal');
          checkVerdicts(equal);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      // the generated surveys reach every verdict, so each rule above was exercised
      expect([...(seen.get(method) ?? [])].sort()).toEqual(['fix', 'improve', 'maintain', 'reconsider']);
    });
  }
});

describe('the examples of issue 16', () => {
  // Two dimensions, six respondents; a's gap −1 (p = .012), b's −2 (p < .001), b given 70 of 100 points.
  // With importance at b, a is significantly short and of below-mean importance: improve — where the
  // quadrant (high performance, low importance) would have said "possible overkill".
  const pa = [5, 4, 5, 6, 5, 5];
  const pb = [4, 3, 4, 5, 4, 4];
  const rows = pa.map((p, i) => ({ E1: 6, E2: 6, E3: 6, E4: 2, P1: p, P2: p, P3: pb[i] as number, P4: 8 - (pb[i] as number), W_a: 30, W_b: 70 }));

  it('never calls a significant shortfall overkill', () => {
    const r = analyze(rows, { instrument: tiny });
    expect(r.dimensions.map((d) => d.quadrant)).toEqual(['possible-overkill', 'concentrate-here']);
    const a = r.priorities.find((p) => p.level === 'dimension' && p.id === 'a');
    expect(a?.action).toBe('improve');
    expect(a?.reason.en).toBe(
      'A: customers perceive 5.00 against an expectation of 6.00 (gap −1.00, p = .012) and give it 30% of importance — improve: a significant shortfall, of below-average importance.',
    );
  });

  it('never tells a significant shortfall to keep up the good work (midpoint crosshairs)', () => {
    // crosshairs at the scale midpoint 4 and 1/2: b (P 4.00, 70%) is "keep up the good work" on the grid
    const r = analyze(rows, { instrument: tiny, ipaCrosshairs: 'midpoint' });
    expect(r.dimensions.map((d) => d.quadrant)).toEqual(['possible-overkill', 'keep-up-the-good-work']);
    expect(r.priorities.filter((p) => p.level === 'dimension').map((p) => [p.id, p.action])).toEqual([
      ['b', 'fix'],
      ['a', 'improve'],
    ]);
  });
});
