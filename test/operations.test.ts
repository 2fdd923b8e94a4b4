import { describe, expect, it } from 'vitest';
import {
  CallLog,
  CallsReportSchema,
  callIndicators,
  erlangC,
  parseCallTarget,
  pChart,
  serviceLevels,
  staffing,
  StaffingSchema,
  xmrChart,
} from '../src/index.js';

const pct = (x: number | null): number => Math.round((x as number) * 1000) / 10;

describe('serviceLevels: the published worked example', () => {
  // answered 1000 (860 within 20 s), abandoned 60 (20 within 20 s, 10 within 5 s). By hand:
  // F1 = (860 + 20) / 1060 = 0.8302   F2 = 860 / 1000 = 0.8600   F3 = 860 / 1060 = 0.8113
  // F4 = 860 / (1060 − 20) = 860 / 1040 = 0.8269   F5 = (860 + 10) / 1060 = 0.8208
  const counts = { answered: 1000, abandoned: 60, answeredWithin: 860, abandonedWithin: 20, abandonedShort: 10 };

  it('gives 83.0 / 86.0 / 81.1 / 82.7 / 82.1 %', () => {
    const sl = serviceLevels(counts);
    expect([sl.F1, sl.F2, sl.F3, sl.F4, sl.F5].map(pct)).toEqual([83.0, 86.0, 81.1, 82.7, 82.1]);
    expect(sl.F4).toBe(860 / 1040);
  });

  it('gives the same from a call log of those calls, with ASA and the abandonment rate', () => {
    // 860 answered after 10 s, 140 after 40 s; abandoned: 10 after 3 s, 10 after 15 s, 40 after 60 s.
    const rows = [
      ...Array.from({ length: 860 }, () => ({ outcome: 'answered', wait_seconds: 10, handle_seconds: 200, rings: 2 })),
      ...Array.from({ length: 140 }, () => ({ outcome: 'answered', wait_seconds: 40, handle_seconds: 300, rings: 6 })),
      ...Array.from({ length: 10 }, () => ({ outcome: 'abandoned', wait_seconds: 3 })),
      ...Array.from({ length: 10 }, () => ({ outcome: 'abandoned', wait_seconds: 15 })),
      ...Array.from({ length: 40 }, () => ({ outcome: 'abandoned', wait_seconds: 60 })),
    ];
    const r = callIndicators(rows);
    const o = r.overall;
    expect([o.offered, o.answered, o.abandoned]).toEqual([1060, 1000, 60]);
    expect(o.counts).toEqual({ answeredWithin: 860, abandonedWithin: 20, abandonedShort: 10, answeredWithRings: 1000, answeredWithinRings: 860 });
    expect(o.serviceLevels).toEqual(serviceLevels(counts));
    // abandonment 60 / 1060; ASA (860·10 + 140·40) / 1000 = 14.2 s; AHT (860·200 + 140·300) / 1000 = 214 s;
    // mean time to abandon (10·3 + 10·15 + 40·60) / 60 = 43 s; rings ≤ 3: 860 / 1000
    expect(o.abandonmentRate).toBe(60 / 1060);
    expect(o.asa).toBeCloseTo(14.2, 12);
    expect(o.aht).toBeCloseTo(214, 12);
    expect(o.meanTimeToAbandon).toBeCloseTo(43, 12);
    expect(o.answeredWithinRings).toBe(0.86);
    expect(() => CallsReportSchema.parse(r)).not.toThrow();
  });

  it('counts a wait equal to T as within, and gives null for an empty denominator', () => {
    const r = callIndicators([
      { outcome: 'answered', wait_seconds: 20 },
      { outcome: 'answered', wait_seconds: 21 },
    ]);
    expect(r.overall.serviceLevels.F2).toBe(0.5);
    expect(serviceLevels({ answered: 0, abandoned: 0, answeredWithin: 0, abandonedWithin: 0, abandonedShort: 0 })).toEqual({
      F1: null,
      F2: null,
      F3: null,
      F4: null,
      F5: null,
    });
  });
});

describe('erlangC', () => {
  it("matches R's ErlangC package example: 100 calls in 30 min, AHT 180 s, 14 agents, 20 s", () => {
    const r = erlangC({ calls: 100, minutes: 30, aht: 180, agents: 14, answerWithin: 20 });
    expect(r.intensity).toBe(10);
    expect(r.pWait).toBeCloseTo(0.1741319, 7);
    expect(r.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(r.asa as number).toBeCloseTo(7.836, 3);
    expect(r.occupancy).toBeCloseTo(10 / 14, 14);
    expect(r.agentsWithShrinkage).toBe(20); // ceil(14 / 0.7)
  });

  // test/reference/erlang-c.R (output in erlang-c.out.txt): Erlang B from R's dpois/ppois, independent of our recursion
  const reference: Array<[number, number, number, number, number, number, number, number]> = [
    // calls, minutes, aht, agents, T, pWait, SL, ASA
    [100, 30, 180, 14, 20, 0.17413193359505, 0.888350019179467, 7.83593701177724],
    [100, 30, 180, 13, 20, 0.285270453036493, 0.795594788417783, 17.1162271821896],
    [360, 60, 240, 30, 15, 0.172862055496838, 0.881193762547253, 6.91448221987352],
    [2000, 30, 300, 350, 20, 0.267763706704814, 0.911854065363323, 4.81974672068665],
    [12000, 60, 420, 1450, 30, 0.121784091414061, 0.996575959922965, 1.02298636787811],
  ];
  it.each(reference)('matches the R script: %d calls in %d min, AHT %d, %d agents, T %d', (calls, minutes, aht, agents, answerWithin, pWait, sl, asa) => {
    const r = erlangC({ calls, minutes, aht, agents, answerWithin });
    expect(r.pWait).toBeCloseTo(pWait, 11);
    expect(r.serviceLevel).toBeCloseTo(sl, 11);
    expect(r.asa as number).toBeCloseTo(asa, 10);
  });

  it('searches the smallest team meeting the target at or below the maximum occupancy', () => {
    // 13 agents give SL 0.7956 < 0.8 (R script), 14 give 0.8884
    expect(erlangC({ calls: 100, minutes: 30, aht: 180 }).agents).toBe(14);
    // A = 24 Erlangs: a target of 0.5 is met early, but 24 / 28 = 0.857 > 0.85, so 29 (24 / 29 = 0.828)
    const r = erlangC({ calls: 360, minutes: 60, aht: 240, target: 0.5 });
    expect(erlangC({ calls: 360, minutes: 60, aht: 240, agents: 28 }).serviceLevel).toBeGreaterThan(0.5);
    expect(r.agents).toBe(29);
    expect(r.meetsTarget).toBe(true);
  });

  it('stays finite for thousands of agents (no factorial overflow)', () => {
    // A = 5000 Erlangs; with no occupancy cap the service level decides, and one agent fewer misses it
    const r = erlangC({ calls: 60000, minutes: 60, aht: 300, answerWithin: 20, maxOccupancy: 1 });
    expect(r.intensity).toBe(5000);
    expect(Number.isFinite(r.pWait) && Number.isFinite(r.serviceLevel) && r.pWait > 0).toBe(true);
    expect(r.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangC({ calls: 60000, minutes: 60, aht: 300, agents: r.agents - 1 }).serviceLevel).toBeLessThan(0.8);
    // at the default cap of 0.85 the cap decides: ceil(5000 / 0.85) = 5883
    expect(erlangC({ calls: 60000, minutes: 60, aht: 300 }).agents).toBe(5883);
  });

  it('reports an overloaded team as never answering in time', () => {
    expect(erlangC({ calls: 100, minutes: 30, aht: 180, agents: 10 })).toMatchObject({
      pWait: 1,
      serviceLevel: 0,
      asa: null,
      occupancy: 1,
      meetsTarget: false,
    });
  });

  it('names the option at fault', () => {
    expect(() => erlangC({ calls: 100, minutes: 0, aht: 180 })).toThrow('erlangC: minutes must be a positive number, got 0');
    expect(() => erlangC({ calls: 100, minutes: 30, aht: 180, target: 1 })).toThrow(/target must be a share between 0 and 1/);
  });

  it('staffing() shows the neighbouring team sizes and fits its schema', () => {
    const s = staffing({ calls: 100, minutes: 30, aht: 180 });
    expect(s.alternatives.map((a) => a.agents)).toEqual([12, 13, 14, 15, 16]);
    expect(s.alternatives[1]?.serviceLevel).toBeCloseTo(0.795594788417783, 11);
    expect(() => StaffingSchema.parse(s)).not.toThrow();
  });
});

describe('the call log: every row accounted for', () => {
  const header = ['call_id', 'queue', 'offered_at', 'outcome', 'wait_seconds', 'handle_seconds', 'rings'];
  const rows = [
    ['C1', 'sales', '2025-03-03T09:00:00', 'answered', '12', '200', '2'],
    ['C2', 'sales', '2025-03-03T09:05:00', 'answered', '-4', '200', '2'], // negative wait
    ['C3', 'care', '2025-03-03T09:06:00', 'transferred', '5', '100', '1'], // unknown outcome
    ['C4', 'care', '2025-03-04T10:00:00', 'answered', '', '150', '3'], // answered with no wait
    ['C5', 'care', '2025-03-04T10:01:00', 'Abandoned', '30', '', ''],
    ['C6', 'care', 'not a date', 'answered', '25', 'abc', '1'], // non-numeric handle time
    ['C7', 'care'], // ragged
    ['C8', 'care', 'not a date', 'answered', '18', '90', ''],
  ];

  it('excludes hostile rows with reasons naming row, column and value', () => {
    const r = callIndicators({ header, rows }, { period: 'day' });
    expect(r.sample).toEqual({
      rows: 8,
      used: 3,
      excluded: 5,
      reasons: [
        { code: 'E_NOT_NUMERIC', reason: 'missing or non-numeric time', rows: 2 },
        { code: 'E_INVALID_ROW', reason: 'unknown outcome', rows: 1 },
        { code: 'E_OUT_OF_SCALE', reason: 'negative time or rings', rows: 1 },
        { code: 'E_RAGGED_ROW', reason: 'wrong number of cells', rows: 1 },
      ],
    });
    expect(r.dataQuality.issues.map((i) => i.message)).toEqual([
      'row 2 (call C2), column wait_seconds: "-4" is negative',
      'row 3 (call C3), column outcome: "transferred" is not an outcome (answered or abandoned)',
      'row 4 (call C4), column wait_seconds: empty; every call needs its wait in the queue',
      'row 6 (call C6), column handle_seconds: "abc" is not a number',
      'row 7: 2 cells where the header has 7',
    ]);
    expect(r.dataQuality.issues[0]).toMatchObject({ code: 'E_OUT_OF_SCALE', row: 2, column: 'wait_seconds', value: '-4' });
    // C1, C5 and C8 are used; C8 has no readable date: in the overall figures, not in the periods
    expect(r.overall).toMatchObject({ offered: 3, answered: 2, abandoned: 1 });
    expect(r.dataQuality.undated).toBe(1);
    expect(r.periods?.map((p) => [p.period, p.offered])).toEqual([
      ['2025-03-03', 1],
      ['2025-03-04', 1],
    ]);
    // rings: C1 has 2, C8 none, so 1 of 1 answered with a ring count is within 3
    expect(r.overall.answeredWithinRings).toBe(1);
  });

  it('fails on the first bad row with strict', () => {
    expect(() => callIndicators({ header, rows }, { strict: true })).toThrow('row 2 (call C2), column wait_seconds: "-4" is negative');
  });

  it('names a missing column, and reads renamed columns', () => {
    expect(() => callIndicators({ header: ['result', 'queue_time'], rows: [] })).toThrow(
      'header: missing column "outcome" (answered or abandoned, for every call)',
    );
    const r = callIndicators({ header: ['result', 'queue_time'], rows: [['answered', '4']] }, { columns: { outcome: 'result', wait: 'queue_time' } });
    expect(r.overall.asa).toBe(4);
    expect(r.options.columns).toEqual({ callId: null, offeredAt: null, outcome: 'result', wait: 'queue_time', handle: null, rings: null });
  });
});

describe('targets', () => {
  it('reads one-sided targets and bands', () => {
    expect(parseCallTarget('abandonmentRate<=0.05')).toEqual({ text: 'abandonmentRate<=0.05', metric: 'abandonmentRate', low: null, high: 0.05 });
    expect(parseCallTarget('F1 >= 0.8')).toEqual({ text: 'F1 >= 0.8', metric: 'serviceLevels.F1', low: 0.8, high: null });
    expect(parseCallTarget('10≤asa≤30')).toMatchObject({ metric: 'asa', low: 10, high: 30 });
  });

  it('refuses what it cannot read, saying how to write it', () => {
    expect(() => parseCallTarget('asa<30')).toThrow('target "asa<30": write METRIC<=X, METRIC>=X or LOW<=METRIC<=HIGH');
    expect(() => parseCallTarget('speed<=3')).toThrow(/unknown metric "speed"/);
    expect(() => parseCallTarget('30<=asa<=10')).toThrow('the low end 30 is above the high end 10');
  });

  it('judges each group, and leaves groups without a value undecided', () => {
    const r = callIndicators(
      [
        { queue: 'a', outcome: 'answered', wait_seconds: 5 },
        { queue: 'a', outcome: 'answered', wait_seconds: 15 },
        { queue: 'b', outcome: 'abandoned', wait_seconds: 50 },
      ],
      { by: ['queue'], targets: ['abandonmentRate<=0.05', '10<=asa<=30'] },
    );
    // a: 0 abandoned, ASA 10 (the band's end counts); b: all abandoned, no ASA
    expect(r.segments?.queue?.map((s) => [s.value, s.targets.map((t) => t.status)])).toEqual([
      ['a', ['met', 'met']],
      ['b', ['missed', null]],
    ]);
    expect(r.overall.targets).toEqual([
      { text: 'abandonmentRate<=0.05', value: 1 / 3, status: 'missed' },
      { text: '10<=asa<=30', value: 10, status: 'met' },
    ]);
  });
});

describe('control charts', () => {
  it('p-chart: varying 3σ limits per period, points outside flagged', () => {
    // p̄ = (5 + 5 + 40) / (100 + 100 + 200) = 0.125; period c: 3·√(0.125·0.875/200) = 0.07016 → [0.05484, 0.19516];
    // p = 0.2 is above; periods a, b: 3·√(0.125·0.875/100) = 0.09922 → [0.02578, 0.22422], p = 0.05 inside
    const chart = pChart([
      { period: 'a', n: 100, defectives: 5 },
      { period: 'b', n: 100, defectives: 5 },
      { period: 'c', n: 200, defectives: 40 },
    ]);
    expect(chart.centre).toBe(0.125);
    expect(chart.points[2]?.ucl).toBeCloseTo(0.19516, 5);
    expect(chart.points[0]?.lcl).toBeCloseTo(0.02578, 5);
    expect(chart.points.map((p) => p.out)).toEqual([false, false, true]);
  });

  it('XmR: limits from the mean moving range', () => {
    // values 10, 12, 11, 40: x̄ = 18.25; ranges 2, 1, 29, MR̄ = 32/3; UCL = 18.25 + 2.66·32/3 = 46.623; mrUcl = 3.267·32/3 = 34.848
    const chart = xmrChart([10, 12, 11, 40].map((value, i) => ({ period: String(i), value })));
    expect(chart.centre).toBe(18.25);
    expect(chart.ucl).toBeCloseTo(46.62333, 5);
    expect(chart.mrUcl).toBeCloseTo(34.848, 3);
    expect(chart.points.map((p) => p.out)).toEqual([false, false, false, false]);
  });

  it('the report charts abandonment and ASA per period', () => {
    const rows = [
      { offered_at: '2025-03-03', outcome: 'answered', wait_seconds: 10 },
      { offered_at: '2025-03-03', outcome: 'abandoned', wait_seconds: 50 },
      { offered_at: '2025-03-11', outcome: 'answered', wait_seconds: 30 },
    ];
    const r = callIndicators(rows, { period: 'week' });
    expect(r.controlCharts?.abandonment.points.map((p) => [p.period, p.p])).toEqual([
      ['2025-W10', 0.5],
      ['2025-W11', 0],
    ]);
    expect(r.controlCharts?.asa.points.map((p) => p.value)).toEqual([10, 30]);
  });
});

describe('CallLog: mergeable and serialisable', () => {
  const header = ['queue', 'offered_at', 'outcome', 'wait_seconds', 'handle_seconds'];
  const row = (i: number): string[] => [
    i % 3 === 0 ? 'care' : 'sales',
    `2025-0${1 + (i % 3)}-1${i % 10}`,
    i % 7 === 0 ? 'abandoned' : 'answered',
    String((i * 37) % 90),
    String(100 + ((i * 13) % 400)),
  ];
  const options = { by: ['queue'], period: 'month' as const, targets: ['asa<=30'] };

  it('two parts merged give one pass (counts exactly, means to rounding)', () => {
    const whole = new CallLog(header, options);
    const first = new CallLog(header, options);
    const second = new CallLog(header, { ...options, firstRow: 501 });
    for (let i = 0; i < 1000; i++) {
      whole.add(row(i));
      (i < 500 ? first : second).add(row(i));
    }
    whole.add(['care', '2025-01-01', 'lost', '1', '1']);
    second.add(['care', '2025-01-01', 'lost', '1', '1']);
    const a = whole.result();
    const b = first.merge(second).result();
    expect(b.dataQuality.issues).toEqual(a.dataQuality.issues);
    expect(b.dataQuality.issues[0]?.row).toBe(1001);
    expect(b.overall.counts).toEqual(a.overall.counts);
    expect(b.overall.asa as number).toBeCloseTo(a.overall.asa as number, 10);
    expect(b.segments?.queue?.map((s) => s.offered)).toEqual(a.segments?.queue?.map((s) => s.offered));
    expect(b.periods?.map((p) => [p.period, p.offered])).toEqual(a.periods?.map((p) => [p.period, p.offered]));
  });

  it('restores from its JSON, and refuses a state that is not one', () => {
    const log = new CallLog(header, options);
    for (let i = 0; i < 300; i++) log.add(row(i));
    const state = JSON.parse(JSON.stringify(log.toJSON()));
    expect(CallLog.fromJSON(state, options).result()).toEqual(log.result());
    state.overall[0].n = -1;
    expect(() => CallLog.fromJSON(state, options)).toThrow(/CallLog.fromJSON: the state is invalid at overall\[0\]\.n/);
    expect(() => CallLog.fromJSON(log.toJSON(), { period: 'month' })).toThrow(/by columns \(queue\) differ/);
  });
});
