// A namespace import, as in schema.ts: tree-shakes to what is used.
import * as z from 'zod';

/** An outcome's answer scale: finite ends, `min` below `max` (checked with the rest below). */
const ScaleSchema = z.strictObject({ min: z.number().finite(), max: z.number().finite() });

/**
 * The customer satisfaction index's columns: the three indicators (perception against expectation,
 * perception against the ideal, overall satisfaction), each on `scale` (one scale for all, or one per
 * column; default 1–10), weighted by `weights` (default equal).
 */
export const CsiSpecSchema = z.strictObject({
  columns: z.array(z.string().trim().min(1)).min(1).max(20),
  scale: z.union([ScaleSchema, z.array(ScaleSchema).min(1)]).optional(),
  weights: z.array(z.number().finite().positive()).optional(),
});

/** The CSAT column and its scale (default 1–5); its top two answers count as satisfied. */
export const CsatSpecSchema = z.strictObject({ column: z.string().trim().min(1), scale: ScaleSchema.optional() });

/** The net-promoter column: likelihood to recommend on 0–10. */
export const NpsSpecSchema = z.strictObject({ column: z.string().trim().min(1) });

/**
 * The outcome measures an instrument's files carry, each optional: `csi`, `csat`, `nps`. Lengths that
 * must agree (one weight, or one scale, per CSI column) and scales whose `min` is not below `max` are
 * refused here, with the path of the field at fault.
 */
export const OutcomesSpecSchema = z
  .strictObject({ csi: CsiSpecSchema.optional(), csat: CsatSpecSchema.optional(), nps: NpsSpecSchema.optional() })
  .superRefine((spec, ctx) => {
    const csi = spec.csi;
    if (csi !== undefined) {
      const m = csi.columns.length;
      if (csi.weights !== undefined && csi.weights.length !== m)
        ctx.addIssue({ code: 'custom', path: ['csi', 'weights'], message: `has ${csi.weights.length} weights for ${m} columns` });
      if (Array.isArray(csi.scale) && csi.scale.length !== m)
        ctx.addIssue({ code: 'custom', path: ['csi', 'scale'], message: `has ${csi.scale.length} scales for ${m} columns` });
      const scales = csi.scale === undefined ? [] : Array.isArray(csi.scale) ? csi.scale : [csi.scale];
      scales.forEach((s, i) => {
        if (!(s.min < s.max))
          ctx.addIssue({
            code: 'custom',
            path: ['csi', 'scale', ...(Array.isArray(csi.scale) ? [i] : [])],
            message: `min ${s.min} must be below max ${s.max}`,
          });
      });
    }
    const csat = spec.csat?.scale;
    if (csat !== undefined && !(csat.max - csat.min >= 1))
      ctx.addIssue({ code: 'custom', path: ['csat', 'scale'], message: `needs at least two answers for a top-two box (min ${csat.min}, max ${csat.max})` });
    const names = [...(csi?.columns ?? []), ...(spec.csat === undefined ? [] : [spec.csat.column]), ...(spec.nps === undefined ? [] : [spec.nps.column])];
    const seen = new Set<string>();
    for (const name of names) {
      const key = name.trim().toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [], message: `column "${name}" is named twice` });
      seen.add(key);
    }
  });

/** The outcome columns of an instrument (see {@link OutcomesSpecSchema}). */
export type OutcomesSpec = z.infer<typeof OutcomesSpecSchema>;
