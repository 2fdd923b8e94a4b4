// zod as a namespace import, as in ReportSchema.ts: the bundle keeps only what is used.
import * as z from 'zod';

// The staffing report's contract (`servqual staffing`, `staffing()`): Erlang C's answer for one
// interval, the inputs it was computed from, and the neighbouring agent counts for comparison. The
// types are inferred from the schemas, so the JSON and the TypeScript cannot disagree.

const num = z.number();
const count = z.int().nonnegative();

/** What Erlang C gives for one number of agents. */
export const ErlangCPointSchema = z.strictObject({
  agents: count,
  /** P(wait > 0): the share of calls that queue at all (Erlang's C formula); 1 when agents ≤ intensity. */
  pWait: num,
  /** The share of calls answered within `answerWithin` seconds: 1 − pWait · e^(−(agents − intensity) · T / aht). */
  serviceLevel: num,
  /** Average speed of answer in seconds, pWait · aht / (agents − intensity); `null` when agents ≤ intensity (the queue grows without bound). */
  asa: num.nullable(),
  /** intensity / agents, at most 1. */
  occupancy: num,
});

/** The result of {@link erlangC}. */
export const ErlangCResultSchema = z.strictObject({
  /** Traffic intensity in Erlangs: calls × aht / interval seconds (the agents busy on average). */
  intensity: num,
  ...ErlangCPointSchema.shape,
  /** ceil(agents / (1 − shrinkage)): the agents to schedule so that `agents` are on the phones. */
  agentsWithShrinkage: count,
  /** Whether `agents` meets the service-level target at or below the maximum occupancy. */
  meetsTarget: z.boolean(),
});

/** The staffing report: Erlang C for the inputs, and the agent counts around the answer. */
export const StaffingSchema = z.strictObject({
  schemaVersion: z.string(),
  inputs: z.strictObject({
    calls: num,
    minutes: num,
    aht: num,
    answerWithin: num,
    target: num,
    maxOccupancy: num,
    shrinkage: num,
    /** The agents given, or `null` when the smallest count meeting the target was searched for. */
    agents: count.nullable(),
  }),
  ...ErlangCResultSchema.shape,
  /** Erlang C for a few agent counts either side of `agents`, in order. */
  alternatives: z.array(ErlangCPointSchema),
});

/**
 * What Erlang C gives for one number of agents.
 *
 * @interface
 */
export type ErlangCPoint = z.output<typeof ErlangCPointSchema>;

/**
 * The result of `erlangC()`.
 *
 * @interface
 */
export type ErlangCResult = z.output<typeof ErlangCResultSchema>;

/**
 * The staffing report.
 *
 * @interface
 */
export type StaffingReport = z.output<typeof StaffingSchema>;

/** Version of the staffing JSON; bumped when a field changes meaning or disappears. */
export const STAFFING_SCHEMA_VERSION = '1.0.0';

/** The JSON Schema (draft 2020-12) of the staffing report, generated from {@link StaffingSchema}. */
export function staffingJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(StaffingSchema, { target: 'draft-2020-12', reused: 'ref' }) as Record<string, unknown>;
}
