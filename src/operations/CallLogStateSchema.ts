import * as z from 'zod';
import { formatPath } from '../_lib/formatPath.js';
import { ServqualError, type ServqualErrorCode } from '../errors.js';
import { CALL_GROUP_SLOTS } from './callGroup.js';

/** A one-variable CoMoments (a group's slots are all of one variable): finite values, variance ≥ 0. */
const part = z.strictObject({ k: z.literal(1), n: z.int().nonnegative(), mean: z.tuple([z.number()]), c: z.tuple([z.number().nonnegative()]) });

/** A group's parts: exactly its slots, in slot order. */
const parts = z.array(part).length(CALL_GROUP_SLOTS);

/** An error code: typed as this version's codes, as `DataQualityLogJSON` declares them. */
const errorCode = (): z.ZodType<ServqualErrorCode, string> => z.string() as z.ZodType<ServqualErrorCode, string>;

const issue = z.strictObject({
  code: errorCode(),
  row: z.int().nonnegative(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});

/** The serialised state of a {@link CallLog} (see its `toJSON`). */
export const CallLogStateSchema = z.strictObject({
  kind: z.literal('servqual-call-log'),
  version: z.literal(1),
  /** Data rows read. */
  rows: z.int().nonnegative(),
  /** The header the log was made for, as written. */
  header: z.array(z.string()),
  overall: parts,
  /** Per `by` column, in order: its values and their parts. */
  segments: z.array(z.tuple([z.string(), z.array(z.tuple([z.string(), parts]))])),
  /** Periods by label, each with its calendar index. */
  periods: z.array(z.tuple([z.string(), z.int(), parts])),
  undated: z.int().nonnegative(),
  quality: z.strictObject({
    used: z.int().nonnegative(),
    excluded: z.array(z.tuple([errorCode(), z.int().nonnegative()])),
    issues: z.array(issue),
    issuesTotal: z.int().nonnegative(),
  }),
});

/**
 * The serialised state of a call log.
 *
 * @interface
 */
export type CallLogState = z.output<typeof CallLogStateSchema>;

/**
 * Checks a call log's state whole before anything is made from it.
 *
 * @throws {ServqualError} `E_INVALID_STATE` naming the path and the problem
 */
export function parseCallLogState(state: unknown): CallLogState {
  const parsed = CallLogStateSchema.safeParse(state);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ServqualError(
      'E_INVALID_STATE',
      `CallLog.fromJSON: the state is invalid at ${formatPath(first?.path ?? [])}: ${first?.message ?? 'unknown problem'}`,
    );
  }
  return parsed.data;
}
