// zod as a namespace import, as in the report schemas: the bundle keeps only what is used.
import * as z from 'zod';

// The service-standards register (`standards.json`): the contract a file is checked against before
// any standard is read. Objects are strict, so a misspelt field is an error, not a standard without it.

/** Text in English and Chinese, or one string (read as English). */
export const StandardTextSchema = z.union([z.string(), z.strictObject({ en: z.string(), zh: z.string().exactOptional() })]);

/** How a measured value is compared with the target. */
export const COMPARATORS = ['<=', '>=', '<', '>'] as const;

/** How often a standard is checked: the period its compliance is reported by unless one is asked for. */
export const STANDARD_WINDOWS = ['day', 'week', 'month'] as const;

/**
 * One service standard. Every field but `id` and `text` is optional in the file, so a register in
 * progress can be read and the SMART check can say what is missing.
 */
export const StandardSchema = z
  .strictObject({
    /** Unique in the register; the observations' `standard_id`. */
    id: z.string().trim().min(1),
    /** The stage of the service journey it belongs to (check-in, room, checkout…). */
    step: StandardTextSchema.exactOptional(),
    /** What is to be done, as staff read it. */
    text: StandardTextSchema,
    /** What is measured: one measure (`answer time`, `rings before answer`, `greeting given`). */
    metric: z.string().exactOptional(),
    /** Its unit: `seconds`, `rings`, `pass/fail`. */
    unit: z.string().exactOptional(),
    /** With `target`: the value passes when `value COMPARATOR target`. */
    comparator: z.enum(COMPARATORS).exactOptional(),
    target: z.number().exactOptional(),
    /** Or a band: the value passes when low ≤ value ≤ high. */
    band: z.tuple([z.number(), z.number()]).exactOptional(),
    /** Values outside [min, max] are not plausible readings (a typo, a wrong unit): such rows are excluded. */
    valid: z.tuple([z.number(), z.number()]).exactOptional(),
    /** Its weight in the compliance index (default 1). */
    weight: z.number().positive().exactOptional(),
    /** A critical standard is a gate: failing it fails the whole observation (visit). */
    critical: z.literal(true).exactOptional(),
    /** The SERVQUAL items or dimensions (their ids) it serves. */
    items: z.array(z.string().trim().min(1)).exactOptional(),
    /** How often compliance is judged: day, week or month. */
    window: z.enum(STANDARD_WINDOWS).exactOptional(),
  })
  .superRefine((s, ctx) => {
    if ((s.comparator === undefined) !== (s.target === undefined))
      ctx.addIssue({ code: 'custom', path: [s.comparator === undefined ? 'comparator' : 'target'], message: 'comparator and target go together' });
    if (s.band !== undefined && s.target !== undefined) ctx.addIssue({ code: 'custom', path: ['band'], message: 'give a target or a band, not both' });
    if (s.band !== undefined && s.band[0] > s.band[1])
      ctx.addIssue({ code: 'custom', path: ['band'], message: `the low end ${s.band[0]} is above the high end ${s.band[1]}` });
    if (s.valid !== undefined && s.valid[0] > s.valid[1])
      ctx.addIssue({ code: 'custom', path: ['valid'], message: `the low end ${s.valid[0]} is above the high end ${s.valid[1]}` });
    if (s.weight !== undefined && s.critical === true) ctx.addIssue({ code: 'custom', path: ['weight'], message: 'give a weight or critical: true, not both' });
  });

/** A register: an optional name and its standards (ids unique). */
export const StandardsRegisterSchema = z.strictObject({
  name: StandardTextSchema.exactOptional(),
  standards: z.array(StandardSchema).min(1),
});

/**
 * One service standard as the register gives it.
 *
 * @interface
 */
export type Standard = z.output<typeof StandardSchema>;
/**
 * A service-standards register.
 *
 * @interface
 */
export type StandardsRegister = z.output<typeof StandardsRegisterSchema>;
/** Text in English and Chinese, or one string. */
export type StandardText = z.output<typeof StandardTextSchema>;
