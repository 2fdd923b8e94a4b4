// A namespace import: with `import { z }` the bundled CLI kept all of zod's exports, every locale
// included (its chunk was 940 KB, now 365 KB; loading it took 58 ms, now 48).
import * as z from 'zod';

// The report JSON contract as a zod schema. Strict objects, so a field the types add without the
// schema (or the reverse) fails the tests that parse real reports; the JSON Schema shipped with the
// package (report.schema.json) is generated from this.

const num = z.number();
const nullableNum = z.number().nullable();
const text = z.strictObject({ en: z.string(), zh: z.string().optional() });
const bilingual = z.strictObject({ en: z.string(), zh: z.string() });

const Stat = z.strictObject({ n: z.number().int().nonnegative(), mean: nullableNum, sd: nullableNum });
const TestedStat = Stat.extend({
  se: nullableNum,
  ci95: z.tuple([num, num]).nullable(),
  t: nullableNum,
  df: nullableNum,
  p: nullableNum,
  pAdjusted: nullableNum,
  dz: nullableNum,
}).strict();
const Welch = z.strictObject({ mean: nullableNum, se: nullableNum, t: nullableNum, df: nullableNum, p: nullableNum, pAdjusted: nullableNum });

const Zone = z.enum(['below', 'within', 'above']);
const ZoneReport = z.strictObject({
  n: num,
  minimum: nullableNum,
  desired: nullableNum,
  perception: nullableNum,
  zone: Zone.nullable(),
  inversions: num.optional(),
});
const Reliability = z.strictObject({
  n: num,
  alpha: nullableNum,
  standardizedAlpha: nullableNum,
  items: z.array(z.strictObject({ id: z.string(), rDrop: nullableNum, alphaIfDeleted: nullableNum })),
});
const measures = {
  expectation: Stat.optional(),
  perception: Stat,
  gap: TestedStat.optional(),
  minimum: Stat.optional(),
  desired: Stat.optional(),
  adequacy: TestedStat.optional(),
  superiority: TestedStat.optional(),
  zone: ZoneReport.optional(),
};
const Quadrant = z.enum(['concentrate-here', 'keep-up-the-good-work', 'low-priority', 'possible-overkill']);
const Importance = z.strictObject({
  stated: nullableNum,
  statedN: num,
  correlation: z.strictObject({ r: nullableNum, p: nullableNum }).nullable(),
  standardizedBeta: nullableNum,
  relativeWeight: nullableNum,
  relativeWeightShare: nullableNum,
  share: num,
});
const Trend = z.strictObject({ periods: num, slope: nullableNum, ci95: z.tuple([num, num]).nullable(), df: nullableNum, p: nullableNum, change: nullableNum });
const Weights = z.strictObject({ respondent: num, instrument: num, equal: num });
const overallScore = <S extends z.ZodType>(s: S) => z.strictObject({ n: num, unweighted: s, weighted: s, weights: Weights });
const GroupDimension = z.strictObject({
  id: z.string(),
  expectation: Stat.optional(),
  perception: Stat,
  gap: TestedStat.optional(),
  adequacy: TestedStat.optional(),
  superiority: TestedStat.optional(),
});
const GroupOverall = z.union([
  z.strictObject({ unweighted: TestedStat, weighted: TestedStat }),
  z.strictObject({ unweighted: Stat, weighted: Stat }),
  z.strictObject({
    adequacy: z.strictObject({ unweighted: TestedStat, weighted: TestedStat }),
    superiority: z.strictObject({ unweighted: TestedStat, weighted: TestedStat }),
  }),
]);

/** The zod schema of a {@link Report}. */
export const ReportSchema = z.strictObject({
  schemaVersion: z.string(),
  instrument: z.strictObject({ id: z.string(), name: text, scale: z.strictObject({ min: num, max: num }) }),
  method: z.enum(['servqual', 'servperf', 'three-column']),
  options: z.strictObject({
    minItemsAnswered: nullableNum,
    pAdjust: z.enum(['holm', 'BH', 'none']),
    alphaThreshold: num,
    reliability: z.enum(['listwise', 'pairwise']),
    by: z.array(z.string()),
    minSegmentSize: num,
    period: z.enum(['week', 'month', 'quarter', 'year']).nullable(),
    dateColumn: z.string().nullable(),
  }),
  sample: z.strictObject({
    rows: num,
    used: num,
    excluded: num,
    reasons: z.array(z.strictObject({ code: z.string(), reason: z.string(), rows: num })),
    setAside: z.array(z.strictObject({ code: z.string(), reason: z.string(), values: num })).optional(),
  }),
  dataQuality: z.strictObject({
    issues: z.array(z.strictObject({ code: z.string(), row: num, column: z.string().nullable(), value: z.string().nullable(), message: z.string() })),
    issuesTotal: num,
    inversions: num,
    undated: num,
  }),
  items: z.array(z.strictObject({ id: z.string(), dimension: z.string(), ...measures })),
  dimensions: z.array(
    z.strictObject({
      id: z.string(),
      name: text,
      ...measures,
      reliability: z.strictObject({
        expectation: Reliability.optional(),
        perception: Reliability.optional(),
        gap: Reliability.optional(),
        minimum: Reliability.optional(),
        desired: Reliability.optional(),
      }),
      importance: Importance,
      quadrant: Quadrant.nullable(),
      trend: Trend.optional(),
    }),
  ),
  overall: z.union([
    overallScore(TestedStat),
    overallScore(Stat),
    z.strictObject({ adequacy: overallScore(TestedStat), superiority: overallScore(TestedStat) }),
  ]),
  drivers: z.strictObject({ n: num, r2: nullableNum }).nullable(),
  ipa: z.strictObject({
    importance: z.enum(['stated', 'derived', 'equal']),
    performance: z.enum(['perception', 'gap']),
    crosshairs: z.strictObject({ performance: num, importance: num, placement: z.enum(['mean', 'midpoint', 'given']) }),
  }),
  priorities: z.array(
    z.strictObject({
      rank: num,
      level: z.enum(['dimension', 'item']),
      id: z.string(),
      dimension: z.string().optional(),
      score: num,
      shortfall: num,
      importance: num,
      quadrant: Quadrant.nullable(),
      zone: Zone.nullable().optional(),
      reason: bilingual,
    }),
  ),
  segments: z
    .record(
      z.string(),
      z.array(z.strictObject({ value: z.string(), n: num, small: z.boolean(), dimensions: z.array(GroupDimension.extend({ versusRest: Welch }).strict()), overall: GroupOverall })),
    )
    .nullable(),
  periods: z.array(z.strictObject({ period: z.string(), n: num, dimensions: z.array(GroupDimension), overall: GroupOverall })).nullable(),
  warnings: z.array(
    z.strictObject({
      code: z.enum(['LOW_ALPHA', 'NEGATIVE_R_DROP', 'INVERSIONS']),
      message: bilingual,
      dimension: z.string().optional(),
      item: z.string().optional(),
      scale: z.enum(['expectation', 'perception', 'gap', 'minimum', 'desired']).optional(),
    }),
  ),
});

/** The JSON Schema (draft 2020-12) of the report, generated from {@link ReportSchema}. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', reused: 'ref' }) as Record<string, unknown>;
}
