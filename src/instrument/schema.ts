// A namespace import: with `import { z }` the bundled CLI kept all of zod's exports, every locale
// included (its chunk was 940 KB, now 365 KB; loading it took 58 ms, now 48).
import * as z from 'zod';
import { OutcomesSpecSchema } from './OutcomesSpecSchema.js';
import { normalizeLabel } from './normalizeLabel.js';

/** A label in English, optionally in Chinese. */
export const LocalizedTextSchema = z.strictObject({
  en: z.string().min(1),
  zh: z.string().min(1).optional(),
});

/**
 * The four levels of customer needs (after Kano): `basic` needs nobody praises and whose absence is
 * unthinkable; `expected` needs whose fulfilment earns no credit but whose absence disappoints (Kano's
 * must-be); `desired` needs customers do not miss but are delighted by; `unexpected` needs, surprises
 * (both attractive). A shortfall on a basic or expected need ranks first among the priorities.
 */
export const NEED_LEVELS = ['basic', 'expected', 'desired', 'unexpected'] as const;

/** The level of need an item or dimension meets (see {@link NEED_LEVELS}). */
export const NeedLevelSchema = z.enum(NEED_LEVELS);

/**
 * One questionnaire item. `reverse: true` means it is recoded `min + max − x` before scoring;
 * `needLevel` is the level of need it meets, default its dimension's.
 */
export const ItemSchema = z.strictObject({
  id: z.string().trim().min(1),
  text: LocalizedTextSchema.optional(),
  reverse: z.boolean().optional(),
  needLevel: NeedLevelSchema.optional(),
});

/**
 * Most items in one dimension. A dimension's statistics keep a sum for every pair of its items
 * (covariances for Cronbach's alpha), so memory grows with the square of its item count: 8,000 items
 * took 1.1 GB for five rows. At 100, a dimension takes a few MB (about 45 MB with pairwise reliability).
 */
export const MAX_ITEMS_PER_DIMENSION = 100;

/**
 * A dimension (RATER: tangibles, reliability, …) and its items. `weight` is a default 100-point
 * weight; `needLevel` the level of need the dimension meets (its items' default).
 */
export const DimensionSchema = z.strictObject({
  id: z.string().trim().min(1),
  name: LocalizedTextSchema,
  weight: z.number().finite().nonnegative().optional(),
  needLevel: NeedLevelSchema.optional(),
  items: z
    .array(ItemSchema)
    .min(1)
    .max(
      MAX_ITEMS_PER_DIMENSION,
      `a dimension holds at most ${MAX_ITEMS_PER_DIMENSION} items (its statistics keep a sum for every pair of items, so memory grows with the square); split it into dimensions`,
    ),
});

/**
 * A level above dimensions (Grönroos' material and emotional needs, say): named dimensions scored
 * together. A respondent's group score is the mean of their scores on the group's dimensions, given
 * a score on every one of them.
 */
export const DimensionGroupSchema = z.strictObject({
  id: z.string().trim().min(1),
  name: LocalizedTextSchema,
  dimensions: z.array(z.string().trim().min(1)).min(1),
});

/**
 * Column templates: how a CSV header is named for an item (`{id}`, or `{id:0N}` padded with zeros to N
 * characters; `{dimension}`) or a dimension
 * (`{dimension}`). Defaults: `E{id}`, `P{id}`, `MIN{id}`, `DES{id}`, `W_{dimension}`, `overall`, `I{id}`.
 * `map` points a file's own column names (a survey platform's question ids) at the instrument's
 * columns without renaming the file: `{ "Q3_1": "P1" }` reads column `Q3_1` as `P1`.
 */
export const ColumnTemplatesSchema = z.strictObject({
  /** A file's column → the instrument's column it holds (`{ "Q3_1": "P1" }`); see `applyColumnMap`. */
  map: z.record(z.string().trim().min(1), z.string().trim().min(1)).optional(),
  expectation: z.string().min(1).optional(),
  perception: z.string().min(1).optional(),
  minimum: z.string().min(1).optional(),
  desired: z.string().min(1).optional(),
  weight: z.string().min(1).optional(),
  overall: z.string().min(1).optional(),
  /** Item importance (the importance questionnaire), default `I{id}`. */
  importance: z.string().min(1).optional(),
});

/**
 * How `servqual template` lays out the questionnaire and the data-entry sheet of an instrument that is
 * not a customer survey of expectations and perceptions (a staff survey, say). Every field is optional;
 * without it, the template asks what the method reads, the 100-point allocation and the overall question.
 */
export const QuestionnaireSchema = z.strictObject({
  /** The parts asked, whatever the method: `["perception"]` for statements answered once. */
  roles: z
    .array(z.enum(['expectation', 'perception', 'minimum', 'desired']))
    .min(1)
    .optional(),
  /** The question above the perception items, instead of "how far does this company have each feature?". */
  prompt: LocalizedTextSchema.optional(),
  /** Whether to ask the 100-point allocation among dimensions (`W_{dimension}`); default true. */
  allocation: z.boolean().optional(),
  /** Whether to ask the overall-satisfaction question (`overall`); default true. */
  overall: z.boolean().optional(),
});

/** The smallest range a scale may span, relative to its larger end's magnitude. */
const SCALE_RESOLUTION = 1e-9;

/**
 * A numeric scale: the lowest and highest answer, finite, with `max − min` and `min + max` finite
 * (reverse-keying computes `min + max − x`), and a range doubles can step through: at least 1e-9 of
 * the larger end's magnitude. (With min 1e20 and max 1e20 + 16384, `v += step` stops moving.) That
 * min is below max is checked by defineInstrument.
 */
export const ScaleSchema = z.strictObject({ min: z.number().finite(), max: z.number().finite() }).superRefine(checkRange);

function checkRange({ min, max }: { min: number; max: number }, ctx: z.RefinementCtx): void {
  if (!Number.isFinite(max - min) || !Number.isFinite(min + max)) {
    ctx.addIssue({ code: 'custom', message: 'the range max − min (or min + max) is not a finite number' });
  } else if (max > min && max - min < SCALE_RESOLUTION * Math.max(Math.abs(min), Math.abs(max))) {
    ctx.addIssue({
      code: 'custom',
      message: `min ${min} and max ${max} are too close for their size: doubles cannot resolve steps between them (the range must be at least 1e-9 of the larger magnitude)`,
    });
  }
}

/**
 * The words of a scale's answers, by answer: `{ "1": { "en": "Strongly disagree", "zh": "非常不同意" }, … }`.
 * A file may hold these words instead of the numbers (a survey platform's export); each key is a whole
 * number on the scale, and no two answers share a word once case and surrounding spaces are ignored.
 */
export const ScaleLabelsSchema = z.record(z.string(), LocalizedTextSchema);

/**
 * The answer scale of an instrument's items: a {@link ScaleSchema} that may name its answers in words
 * (`labels`, see {@link ScaleLabelsSchema}).
 */
export const AnswerScaleSchema = z
  .strictObject({ min: z.number().finite(), max: z.number().finite(), labels: ScaleLabelsSchema.optional() })
  .superRefine((scale, ctx) => {
    checkRange(scale, ctx);
    if (scale.labels === undefined) return;
    const seen = new Map<string, string>();
    for (const [key, text] of Object.entries(scale.labels)) {
      const value = Number(key);
      if (!/^[+-]?\d+$/.test(key) || value < scale.min || value > scale.max) {
        ctx.addIssue({ code: 'custom', path: ['labels', key], message: `"${key}" is not a whole number on the scale ${scale.min}–${scale.max}` });
        continue;
      }
      for (const word of [text.en, text.zh]) {
        if (word === undefined) continue;
        const normal = normalizeLabel(word);
        const other = seen.get(normal);
        if (other !== undefined && other !== key)
          ctx.addIssue({
            code: 'custom',
            path: ['labels', key],
            message: `"${word}" is also the label of answer ${other} (labels are compared ignoring case and spaces)`,
          });
        else seen.set(normal, key);
      }
    }
  });

/**
 * The instrument JSON contract (the README's "Input format" documents it for users).
 *
 * - `scale`: the answer scale of every item, and optionally its answers in words (`labels`).
 * - `overallScale`: the scale of the overall-satisfaction column; default `scale`. A value outside it
 *   is left out of the statistics that use `overall` (and logged); the row is used for the rest.
 * - `missing`: codes that mean "no answer" in this instrument's files (e.g. `["99", "-9"]`), read as
 *   a missing answer in every column, on top of the empty cell and `NA`.
 */
export const InstrumentSchema = z.strictObject({
  id: z.string().trim().min(1),
  name: LocalizedTextSchema,
  scale: AnswerScaleSchema,
  overallScale: ScaleSchema.optional(),
  missing: z.array(z.string()).optional(),
  dimensions: z.array(DimensionSchema).min(1),
  columns: ColumnTemplatesSchema.optional(),
  /** The scale item importance is rated on (columns `I{id}`); default the answer scale. */
  importanceScale: z.strictObject({ min: z.number().finite(), max: z.number().finite() }).optional(),
  /** Outcome columns (CSI, CSAT, NPS) the files carry; see `OutcomesSpecSchema`. */
  outcomes: OutcomesSpecSchema.optional(),
  /** How the questionnaire and the data-entry sheet are laid out (`servqual template`). */
  questionnaire: QuestionnaireSchema.optional(),
  /** Groups of dimensions, each scored like a dimension (see {@link DimensionGroupSchema}). */
  groups: z.array(DimensionGroupSchema).min(1).optional(),
});

/** A label in English and optionally Chinese. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
/** One questionnaire item. */
export type Item = z.infer<typeof ItemSchema>;
/** A dimension and its items. */
export type Dimension = z.infer<typeof DimensionSchema>;
/** A level of need. */
export type NeedLevel = z.infer<typeof NeedLevelSchema>;
/** A group of dimensions. */
export type DimensionGroup = z.infer<typeof DimensionGroupSchema>;
/** Column templates of an instrument. */
export type ColumnTemplates = z.infer<typeof ColumnTemplatesSchema>;
/** A numeric scale. */
export type Scale = z.infer<typeof ScaleSchema>;
/** The words of a scale's answers, by answer. */
export type ScaleLabels = z.infer<typeof ScaleLabelsSchema>;
/** A validated instrument. Build one with {@link defineInstrument}. */
export type Instrument = z.infer<typeof InstrumentSchema>;

/** A text in both English and Chinese (what the library writes for people). */
export interface BilingualText {
  en: string;
  zh: string;
}
