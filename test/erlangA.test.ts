import { describe, expect, it } from 'vitest';
import { erlangA, erlangC, estimatePatience } from '../src/index.js';

// Erlang A (M/M/N+M) against test/reference/erlang-a.R (output in erlang-a.out.txt): the birth–death
// chain summed state by state in base R with pbeta for the waits, whose P(wait) and P(abandon) agree
// with the published closed forms of Mandelbaum & Zeltyn (2007) to 1e-12 there. And the limit of a
// patience far longer than any wait, which is Erlang C: R's ErlangC package example.

const R = [
  // calls, minutes, aht, agents, T, patience → pWait, pAbandon, serviceLevel, asa, occupancy
  [100, 30, 180, 14, 20, 120, 0.126976340079795, 0.0228392865318187, 0.93272958069806, 2.34537523415216, 0.697971938191558],
  [100, 30, 180, 9, 20, 120, 0.613307133249985, 0.192156038012587, 0.524066059189903, 20.9426529142192, 0.897604402208237],
  [100, 30, 180, 11, 20, 120, 0.382816491479931, 0.0941550342374562, 0.74220898438939, 9.78251751866907, 0.823495423420494],
  [100, 30, 180, 12, 20, 120, 0.279807018645445, 0.0615973770036805, 0.825582644361764, 6.33477417281917, 0.782002185830266],
  [360, 60, 240, 30, 15, 60, 0.0997281375602177, 0.0221045106268671, 0.950239163162832, 1.08678849948989, 0.782316391498506],
  [6000, 30, 240, 790, 20, 180, 0.598997169527773, 0.0222666968007968, 0.969717549184174, 3.98244570887485, 0.990109674125776],
  [6000, 30, 240, 820, 20, 180, 0.228820220991514, 0.00565082048780984, 0.99396723535024, 1.00166554070844, 0.970096760499698],
  [20000, 30, 300, 3300, 20, 300, 0.720428297225379, 0.0130206582714294, 0.986374464407175, 3.90511832559921, 0.996948830028859],
] as const;

describe('erlangA', () => {
  it.each(R)('matches R for %d calls in %d min, AHT %d s, %d agents, T %d s, patience %d s', (calls, minutes, aht, agents, T, patience, ...want) => {
    const r = erlangA({ calls, minutes, aht, agents, answerWithin: T, patience });
    const got = [r.pWait, r.pAbandon, r.serviceLevel, r.asa, r.occupancy];
    got.forEach((x, i) => expect(x).toBeCloseTo(want[i] as number, 10));
  });

  it("tends to Erlang C as patience grows: R's ErlangC package example (100 calls in 30 min, AHT 180 s, 14 agents, T = 20 s)", () => {
    const a = erlangA({ calls: 100, minutes: 30, aht: 180, agents: 14, answerWithin: 20, patience: 1e9 });
    expect(a.pWait).toBeCloseTo(0.1741319, 6);
    expect(a.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(a.asa).toBeCloseTo(7.836, 3);
    expect(a.pAbandon).toBeLessThan(1e-7);
    const c = erlangC({ calls: 100, minutes: 30, aht: 180, agents: 14, answerWithin: 20 });
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 6);
  });

  it('finds the smallest team meeting the target: 12 agents (R: 11 answer 74.2% within 20 s, 12 answer 82.6% at 78.2% occupancy)', () => {
    const r = erlangA({ calls: 100, minutes: 30, aht: 180, patience: 120 });
    expect(r).toMatchObject({ agents: 12, meetsTarget: true, agentsWithShrinkage: 18, patience: 120, intensity: 10 }); // ceil(12 / 0.7)
  });

  it('refuses a patience that is not a positive number of seconds', () => {
    expect(() => erlangA({ calls: 100, minutes: 30, aht: 180, patience: 0 })).toThrow('erlangA: patience must be a positive number of seconds, got 0');
  });
});

describe('estimatePatience', () => {
  it('divides the time all callers waited by the number who hung up', () => {
    // hand: 900 answered after 12 s on average, 100 hung up after 30 s: (900 × 12 + 100 × 30) / 100 = 138
    expect(estimatePatience({ answered: 900, abandoned: 100, asa: 12, meanTimeToAbandon: 30 })).toBe(138);
    expect(() => estimatePatience({ answered: 10, abandoned: 0, asa: 5, meanTimeToAbandon: null })).toThrow('no call was abandoned');
  });
});
