import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  analyze,
  getInstrument,
  ReportSchema,
  reportJsonSchema,
  type Report,
  type ReportOf,
  type ServperfReport,
  type ServqualReport,
  type Stat,
  type TestedStat,
  type ThreeColumnReport,
  type ZoneReport,
} from '../src/index.js';
import { analyzeCsv, loadInstrument } from '../src/node/index.js';

// Issue 17 point 8: `Report` is a union told apart by `method`, so that checking the method gives
// the method's measures without `?.`. The type assertions are checked by `npm run typecheck` (tsc
// over test/); each failed to compile when `Report` was one object with every measure optional.

/** The mean gap of each dimension, with no optional chaining: compiles only when `servqual` narrows. */
function dimensionGaps(r: Report): number[] {
  if (r.method !== 'servqual') return [];
  return r.dimensions.map((d) => d.gap.mean ?? Number.NaN);
}

describe('Report is discriminated by method', () => {
  it('narrows to the method’s measures', () => {
    expectTypeOf<ReportOf<'servqual'>>().toEqualTypeOf<ServqualReport>();
    const check = (r: Report) => {
      if (r.method === 'servqual') {
        expectTypeOf(r).toEqualTypeOf<ServqualReport>();
        for (const d of r.dimensions) expectTypeOf(d.gap).toEqualTypeOf<TestedStat>();
        for (const i of r.items) expectTypeOf(i.expectation).toEqualTypeOf<Stat>();
        expectTypeOf(r.overall.unweighted).toEqualTypeOf<TestedStat>();
        for (const s of Object.values(r.segments ?? {})) for (const d of s.flatMap((x) => x.dimensions)) expectTypeOf(d.gap).toEqualTypeOf<TestedStat>();
        for (const p of r.periods ?? []) expectTypeOf(p.overall.weighted).toEqualTypeOf<TestedStat>();
      } else if (r.method === 'servperf') {
        for (const d of r.dimensions) {
          expectTypeOf(d.gap).toEqualTypeOf<undefined>();
          // @ts-expect-error a servperf dimension has no gap
          d.gap.mean;
        }
        expectTypeOf(r.overall.unweighted).toEqualTypeOf<Stat>();
        for (const i of r.items) {
          // @ts-expect-error nor an expectation to assign
          const e: Stat = i.expectation;
          void e;
        }
      } else {
        expectTypeOf(r).toEqualTypeOf<ThreeColumnReport>();
        for (const d of r.dimensions) expectTypeOf(d.zone).toEqualTypeOf<ZoneReport>();
        expectTypeOf(r.overall.adequacy.unweighted).toEqualTypeOf<TestedStat>();
      }
    };
    void check;
    const servperf = {} as ServperfReport;
    // @ts-expect-error a servperf report is not a servqual report
    const wrong: ServqualReport = servperf;
    void wrong;
  });

  it('reads the gaps of a servqual report and none of a servperf one', () => {
    // Every item answered alike: dimension gaps (5 − 6 + 5 − 7) / 2 = −1.5 (hand computation).
    const one = getInstrument('servqual22');
    const servqual = analyzeRows(one, (e, p) => ({ E: e, P: p }), [
      [6, 5],
      [7, 5],
    ]);
    expect(dimensionGaps(servqual)).toEqual(one.dimensions.map(() => -1.5));
    const servperf = analyzeRows(one, (_, p) => ({ P: p }), [[0, 5]], 'servperf');
    expect(servperf.method).toBe('servperf');
    expect(dimensionGaps(servperf)).toEqual([]);
  });
});

/** A report of servqual22 where every item of a respondent has the same answers. */
function analyzeRows(
  instrument: ReturnType<typeof getInstrument>,
  columns: (e: number, p: number) => Record<string, number>,
  rows: Array<[number, number]>,
  method?: 'servperf',
): Report {
  const ids = instrument.dimensions.flatMap((d) => d.items.map((i) => i.id));
  const records = rows.map(([e, p]) => Object.fromEntries(ids.flatMap((id) => Object.entries(columns(e, p)).map(([k, v]) => [`${k}${id}`, v]))));
  return analyze(records, { instrument, ...(method === undefined ? {} : { method }) });
}

describe('the JSON Schema of the report', () => {
  const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // strict mode: an unknown keyword or an invalid schema fails compile().
  const validate = ajv.compile(reportJsonSchema());

  it('is a valid draft 2020-12 schema with one object per method', () => {
    const schema = reportJsonSchema() as { oneOf: Array<{ properties: Record<string, { const?: string }> }> };
    expect(schema.oneOf.map((o) => o.properties.method?.const)).toEqual(['servqual', 'servperf', 'three-column']);
    for (const o of schema.oneOf) expect(Object.keys(o.properties)).toContain('priorities');
  });

  it.each([
    ['servqual-complete', 'servqual'],
    ['servperf-100', 'servperf'],
    ['three-column', 'three-column'],
    ['segments', 'servqual'],
  ])('accepts the report of %s (%s) and refuses it with another method’s measure', async (name, method) => {
    const dir = `${fixtures}${name}/`;
    const instrument = existsSync(`${dir}instrument.json`) ? await loadInstrument(`${dir}instrument.json`) : getInstrument('servqual22');
    const segmented = name === 'segments' ? { by: ['branch'], period: 'quarter' as const } : {};
    const report = JSON.parse(JSON.stringify(await analyzeCsv(`${dir}data.csv`, { instrument, ...segmented })));
    expect(report.method).toBe(method);
    expect(validate(report) ? [] : validate.errors?.slice(0, 3)).toEqual([]);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    // The same report claiming another method: its items lack that method's measures.
    const other = { ...report, method: method === 'servqual' ? 'servperf' : 'servqual' };
    expect(validate(other)).toBe(false);
    expect(ReportSchema.safeParse(other).success).toBe(false);
  });
});
