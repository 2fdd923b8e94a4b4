// zod as a namespace import, as in ReportSchema.ts: the bundle keeps only what is used.
import * as z from 'zod';
import { num } from './sharedSchemas.js';

// The SMART check of a service-standards register (`servqual standards check`, `smartCheck()`): per
// standard, each letter's verdict and the findings behind it, as codes (the renderers word them in
// English and Chinese from `render/labels.ts`).

/** The five SMART letters. */
export const SMART_LETTERS = ['S', 'M', 'A', 'R', 'T'] as const;

/**
 * Why a letter is not met:
 * - `noText`: S, the standard has no text saying what is to be done;
 * - `severalMetrics`: S, its metric names more than one measure (joined by and, &, +, /, a comma…);
 * - `noMetric`, `noUnit`: M;
 * - `neverMet`: A, no observation ever met it (a question, not a verdict: the target may be out of reach);
 * - `noItems`: R, it is linked to no SERVQUAL item or dimension;
 * - `unknownItems`: R, some of its links are neither an item nor a dimension of the instrument (`values`);
 * - `noWindow`: T.
 */
export const SMART_FINDINGS = ['noText', 'severalMetrics', 'noMetric', 'noUnit', 'neverMet', 'noItems', 'unknownItems', 'noWindow'] as const;

/** A letter's verdict: `ok`; `missing`; `question` (A: never met); `unchecked` (A without observations of it). */
export const SmartVerdictSchema = z.enum(['ok', 'missing', 'question', 'unchecked']);

/** One standard's check. */
export const StandardCheckSchema = z.strictObject({
  id: z.string(),
  letters: z.strictObject({ S: SmartVerdictSchema, M: SmartVerdictSchema, A: SmartVerdictSchema, R: SmartVerdictSchema, T: SmartVerdictSchema }),
  /** The letters not `ok` or `unchecked`, in SMART order. */
  missing: z.array(z.enum(SMART_LETTERS)),
  findings: z.array(z.strictObject({ letter: z.enum(SMART_LETTERS), code: z.enum(SMART_FINDINGS), values: z.array(z.string()) })),
  /** Observations of it, and how many passed (A); `null` without observations. */
  observed: z.strictObject({ n: num, passed: num }).nullable(),
});

/** The SMART check of a register. */
export const StandardsCheckSchema = z.strictObject({
  schemaVersion: z.string(),
  /** The instrument links were checked against, or `null`. */
  instrument: z.string().nullable(),
  /** Whether observations were given (A is checked only then). */
  observations: z.boolean(),
  standards: z.array(StandardCheckSchema),
});

/**
 * One standard's SMART check.
 *
 * @interface
 */
export type StandardCheck = z.output<typeof StandardCheckSchema>;
/**
 * The SMART check of a register.
 *
 * @interface
 */
export type StandardsCheck = z.output<typeof StandardsCheckSchema>;
/** A SMART letter. */
export type SmartLetter = (typeof SMART_LETTERS)[number];
/** Why a SMART letter is not met. */
export type SmartFinding = (typeof SMART_FINDINGS)[number];

/** Version of the SMART check's JSON. */
export const STANDARDS_CHECK_VERSION = '1.0.0';
