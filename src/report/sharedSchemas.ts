// zod as a namespace import: tree-shakes to what is used, and keeps zod's locales out of the bundle.
import * as z from 'zod';
import type { ServqualErrorCode } from '../errors.js';

// The parts every report (survey, Kano, calls) carries alike: the account of the rows read and the
// problems found. Functions where each use needs its own schema object (a shared one is published
// as a reference in the JSON Schema).

/** A number: one schema object, which the published JSON Schema names once and refers to. */
export const num = z.number();

/**
 * An error code. Any string in the JSON, so that a report written by a later version, with a code
 * this one does not know, still validates; typed as this version's codes, as `DataIssue` and
 * `SampleSummary` declare them.
 */
export const errorCode = (): z.ZodType<ServqualErrorCode, string> => z.string() as z.ZodType<ServqualErrorCode, string>;

/** The fields of `sample`: rows read, used and excluded, and the rows excluded per reason. */
export const sampleFields = () => ({
  rows: num,
  used: num,
  excluded: num,
  reasons: z.array(z.strictObject({ code: errorCode(), reason: z.string(), rows: num })),
});

/** One problem of `dataQuality.issues`: its code, row, column, value and sentence (see `DataIssue`). */
export const dataIssueSchema = () =>
  z.strictObject({ code: errorCode(), row: num, column: z.string().nullable(), value: z.string().nullable(), message: z.string() });
