import * as z from 'zod';
import { LocalizedTextSchema } from '../instrument/schema.js';
import { NEED_LEVELS } from './seedLevelOf.js';

/** Default column templates of a Kano survey: `F_{id}` and `D_{id}`. */
export const DEFAULT_KANO_COLUMNS = Object.freeze({ functional: 'F_{id}', dysfunctional: 'D_{id}' });

/** One attribute of a Kano questionnaire; `needLevel` is the level the survey's author expects it at. */
export const KanoAttributeSchema = z.strictObject({
  id: z.string().trim().min(1),
  name: LocalizedTextSchema,
  needLevel: z.enum(NEED_LEVELS).optional(),
});

/**
 * A Kano instrument JSON: its attributes, and optionally the column templates of the functional and
 * dysfunctional questions (`{id}` stands for the attribute's id; defaults `F_{id}` and `D_{id}`).
 */
export const KanoInstrumentSchema = z.strictObject({
  id: z.string().trim().min(1).optional(),
  name: LocalizedTextSchema.optional(),
  columns: z.strictObject({ functional: z.string().min(1).optional(), dysfunctional: z.string().min(1).optional() }).optional(),
  attributes: z.array(KanoAttributeSchema).min(1),
});

/** One attribute of a Kano questionnaire. */
export type KanoAttribute = z.infer<typeof KanoAttributeSchema>;
/** A validated Kano instrument. */
export type KanoInstrument = z.infer<typeof KanoInstrumentSchema>;
