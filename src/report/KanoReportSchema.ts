// A namespace import, as in ReportSchema.ts: it keeps the bundled CLI's zod chunk small.
import * as z from 'zod';
import { dataIssueSchema, num, sampleFields } from './sharedSchemas.js';
import type { ServqualErrorCode } from '../errors.js';

// The Kano report JSON contract, its one source (the Kano code's category and level types are
// checked equal to these enums where they are defined): the types of the report are inferred from these
// schemas, and the JSON Schema shipped with the package (kano-report.schema.json) is generated from
// them. Objects are strict; optional fields are `exactOptional()`, as in ReportSchema.ts.

const nullableNum = z.number().nullable();
const text = z.strictObject({ en: z.string(), zh: z.string().optional() });

/** Version of the Kano report JSON; bumped when a field changes meaning or disappears. */
export const KANO_REPORT_SCHEMA_VERSION = '1.0.0';

/** A Kano category: attractive, one-dimensional, must-be, indifferent, reverse, questionable. */
export const KanoCategorySchema = z.enum(['A', 'O', 'M', 'I', 'R', 'Q']);

/** A level of customer needs an instrument may declare for an attribute. */
export const NeedLevelSchema = z.enum(['basic', 'expected', 'desired', 'unexpected']);

/** The level of needs of a Kano category (one-dimensional and questionable have none). */
export const SeedLevelSchema = z.enum(['expected', 'desired-or-unexpected', 'indifferent', 'reverse']);

/** The mean of a continuous (DuMouchel) score with its 95% CI. */
export const KanoScoreSchema = z.strictObject({ mean: nullableNum, sd: nullableNum, ci95: z.tuple([num, num]).nullable() });

/** One attribute's Kano analysis. */
export const KanoAttributeReportSchema = z.strictObject({
  id: z.string(),
  name: text,
  /** The level the instrument declares, when it does. */
  needLevel: NeedLevelSchema.exactOptional(),
  /** Respondents with both answers. */
  n: num,
  /** Rows used that lack one or both answers of this attribute: left out of it only. */
  missing: num,
  counts: z.strictObject({ A: num, O: num, M: num, I: num, R: num, Q: num }),
  /** The most frequent category, ties broken M > O > A > I > R > Q; `null` when n = 0. */
  category: KanoCategorySchema.nullable(),
  /** The category's level of needs; `null` for one-dimensional and questionable (no level). */
  seedLevel: SeedLevelSchema.nullable(),
  /** (A + O) / (A + O + M + I). */
  better: nullableNum,
  /** −(O + M) / (A + O + M + I). */
  worse: nullableNum,
  /** Fong's (1996) test of the top category against the runner-up. */
  fong: z.strictObject({ difference: num, threshold: num, significant: z.boolean() }).nullable(),
  /** (A + O + M) / n. */
  totalStrength: nullableNum,
  /** fong.difference / n. */
  categoryStrength: nullableNum,
  /** DuMouchel's functional score (4, 2, 0, −1, −2). */
  functional: KanoScoreSchema,
  /** DuMouchel's dysfunctional score (−2, −1, 0, 2, 4). */
  dysfunctional: KanoScoreSchema,
});

/** One value of a segment column. */
export const KanoSegmentReportSchema = z.strictObject({
  value: z.string(),
  n: num,
  /** Fewer rows than `minSegmentSize`: read with care. */
  small: z.boolean(),
  attributes: z.array(KanoAttributeReportSchema),
});

/** One period. */
export const KanoPeriodReportSchema = z.strictObject({ period: z.string(), n: num, attributes: z.array(KanoAttributeReportSchema) });

/** An attribute whose category moved along attractive → one-dimensional → must-be between periods. */
export const KanoDriftSchema = z.strictObject({
  id: z.string(),
  from: KanoCategorySchema,
  to: KanoCategorySchema,
  fromPeriod: z.string(),
  toPeriod: z.string(),
});

/** The zod schema of a Kano report: the Kano report JSON contract. */
export const KanoReportSchema = z.strictObject({
  schemaVersion: z.string(),
  kind: z.literal('kano'),
  instrument: z.strictObject({ id: z.string(), name: text }),
  options: z.strictObject({
    columns: z.strictObject({ functional: z.string(), dysfunctional: z.string() }),
    by: z.array(z.string()),
    minSegmentSize: num,
    period: z.enum(['week', 'month', 'quarter', 'year']).nullable(),
    dateColumn: z.string().nullable(),
  }),
  sample: z.strictObject({
    ...sampleFields(),
  }),
  /** `undated`: rows without a readable date, left out of the periods only. */
  dataQuality: z.strictObject({
    issues: z.array(dataIssueSchema()),
    issuesTotal: num,
    undated: num,
  }),
  attributes: z.array(KanoAttributeReportSchema),
  /** Per `by` column, its segments; `null` without `by`. */
  segments: z.record(z.string(), z.array(KanoSegmentReportSchema)).nullable(),
  /** Periods in calendar order; `null` without `period`. */
  periods: z.array(KanoPeriodReportSchema).nullable(),
  /** Categories that moved along A → O → M between consecutive periods; `null` without `period`. */
  drift: z.array(KanoDriftSchema).nullable(),
});

/**
 * A Kano report.
 *
 * @interface
 */
export type KanoReport = z.output<typeof KanoReportSchema>;
/**
 * One attribute of a Kano report.
 *
 * @interface
 */
export type KanoAttributeReport = z.output<typeof KanoAttributeReportSchema>;

/** The JSON Schema (draft 2020-12) of the Kano report, generated from {@link KanoReportSchema}. */
export function kanoReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(KanoReportSchema, { target: 'draft-2020-12', reused: 'ref' }) as Record<string, unknown>;
}
