// A namespace import: with `import { z }` the bundled CLI kept all of zod's exports, every locale
// included (its chunk was 940 KB, now 365 KB; loading it took 58 ms, now 48).
import * as z from 'zod';

/** A label in English, optionally in Chinese. */
export const LocalizedTextSchema = z.strictObject({
  en: z.string().min(1),
  zh: z.string().min(1).optional(),
});

/** One questionnaire item. `reverse: true` means it is recoded `min + max − x` before scoring. */
export const ItemSchema = z.strictObject({
  id: z.string().trim().min(1),
  text: LocalizedTextSchema.optional(),
  reverse: z.boolean().optional(),
});

/** A dimension (RATER: tangibles, reliability, …) and its items. `weight` is a default 100-point weight. */
export const DimensionSchema = z.strictObject({
  id: z.string().trim().min(1),
  name: LocalizedTextSchema,
  weight: z.number().finite().nonnegative().optional(),
  items: z.array(ItemSchema).min(1),
});

/**
 * Column templates: how a CSV header is named for an item (`{id}`, `{dimension}`) or a dimension
 * (`{dimension}`). Defaults: `E{id}`, `P{id}`, `MIN{id}`, `DES{id}`, `W_{dimension}`, `overall`, `I{id}`.
 */
export const ColumnTemplatesSchema = z.strictObject({
  expectation: z.string().min(1).optional(),
  perception: z.string().min(1).optional(),
  minimum: z.string().min(1).optional(),
  desired: z.string().min(1).optional(),
  weight: z.string().min(1).optional(),
  overall: z.string().min(1).optional(),
  /** Item importance (the importance questionnaire), default `I{id}`. */
  importance: z.string().min(1).optional(),
});

/** The instrument JSON contract (see DESIGN.md). */
export const InstrumentSchema = z.strictObject({
  id: z.string().trim().min(1),
  name: LocalizedTextSchema,
  scale: z.strictObject({ min: z.number().finite(), max: z.number().finite() }),
  dimensions: z.array(DimensionSchema).min(1),
  columns: ColumnTemplatesSchema.optional(),
  /** The scale item importance is rated on (columns `I{id}`); default the answer scale. */
  importanceScale: z.strictObject({ min: z.number().finite(), max: z.number().finite() }).optional(),
});

/** A label in English and optionally Chinese. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
/** One questionnaire item. */
export type Item = z.infer<typeof ItemSchema>;
/** A dimension and its items. */
export type Dimension = z.infer<typeof DimensionSchema>;
/** Column templates of an instrument. */
export type ColumnTemplates = z.infer<typeof ColumnTemplatesSchema>;
/** A validated instrument. Build one with {@link defineInstrument}. */
export type Instrument = z.infer<typeof InstrumentSchema>;

/** A text in both English and Chinese (what the library writes for people). */
export interface BilingualText {
  en: string;
  zh: string;
}
