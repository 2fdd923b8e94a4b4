// zod as a namespace import: tree-shakes to what is used, and keeps zod's locales out of the bundle.
import * as z from 'zod';
import { formatPath } from '../_lib/formatPath.js';
import { ERROR_CODES, ServqualError } from '../errors.js';
import type { AnalyzerState } from './Analyzer.js';

/** A count: a non-negative safe integer. */
const count = z.int().nonnegative();

/**
 * A serialised CoMoments: k variables (at most 1,000: no instrument has a dimension of more items),
 * n ≥ 0 observations, k means and the k(k + 1)/2 co-moments of the upper triangle, every value finite
 * and every variance (diagonal co-moment) non-negative. The lengths are checked before anything of
 * size k is allocated.
 */
const CoMomentsSchema = z.object({ k: z.int().min(1).max(1000), n: count, mean: z.array(z.number()), c: z.array(z.number()) }).superRefine((m, ctx) => {
  if (m.mean.length !== m.k) ctx.addIssue({ code: 'custom', path: ['mean'], message: `has ${m.mean.length} values, k = ${m.k} needs ${m.k}` });
  const size = (m.k * (m.k + 1)) / 2;
  if (m.c.length !== size) {
    ctx.addIssue({ code: 'custom', path: ['c'], message: `has ${m.c.length} values, k = ${m.k} needs ${size}` });
    return;
  }
  for (let i = 0, p = 0; i < m.k; p += m.k - i, i++) {
    if ((m.c[p] as number) < 0) ctx.addIssue({ code: 'custom', path: ['c', p], message: `is a variance (variable ${i}) and negative: ${m.c[p]}` });
  }
});

/** Serialised groups (segments of a column, or periods): per key, its accumulators. */
const GroupedSchema = z.array(z.tuple([z.string(), z.array(CoMomentsSchema)]));

const IssueSchema = z.object({ code: z.enum(ERROR_CODES), row: count, column: z.string().nullable(), value: z.string().nullable(), message: z.string() });

/** The shape of {@link AnalyzerState}: what {@link parseAnalyzerState} accepts. */
export const AnalyzerStateSchema = z.object({
  version: z.literal(1),
  instrument: z.string(),
  method: z.enum(['servqual', 'servperf', 'three-column']),
  reliability: z.enum(['listwise', 'pairwise']),
  itemCount: count,
  quality: z.object({ used: count, excluded: z.array(z.tuple([z.enum(ERROR_CODES), count])), issues: z.array(IssueSchema), issuesTotal: count }),
  moments: z.array(CoMomentsSchema),
  segments: z.array(z.tuple([z.string(), GroupedSchema])),
  periods: GroupedSchema.nullable(),
});

/**
 * Checks the shape of a serialised analyzer state (as from JSON.parse: it may be anything), before
 * anything is made from it.
 *
 * @param state - the value to check
 * @returns the state, typed
 * @throws {ServqualError} `E_INVALID_STATE` "analyzerFromJSON: the state is invalid at PATH: PROBLEM", naming the first problem,
 *   e.g. `moments[3].n: Too small: expected number to be >=0`
 */
export function parseAnalyzerState(state: unknown): AnalyzerState {
  const parsed = AnalyzerStateSchema.safeParse(state);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '(root)' : formatPath(issue.path);
    throw new ServqualError('E_INVALID_STATE', `analyzerFromJSON: the state is invalid at ${where}: ${issue?.message ?? 'unreadable'}`);
  }
  return parsed.data as AnalyzerState;
}
