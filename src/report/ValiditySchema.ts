import * as z from 'zod';
import { num } from './sharedSchemas.js';

const nullableNum = z.number().nullable();
const bilingual = z.strictObject({ en: z.string(), zh: z.string() });

/** The fit of the confirmatory factor model, named as lavaan's `fitMeasures()` names them. */
export const CfaFitSchema = z.strictObject({
  /** Respondents with every item (listwise). */
  n: num,
  /** Fisher-scoring iterations to convergence. */
  iterations: num,
  chisq: num,
  df: num,
  pvalue: num,
  /** `null` where the model has no degrees of freedom to judge (df = 0). */
  cfi: nullableNum,
  tli: nullableNum,
  rmsea: nullableNum,
  /** The 90% interval of RMSEA. */
  rmseaCi: z.tuple([num, num]).nullable(),
  srmr: num,
});

/** One dimension's convergent validity: standardized loadings, composite reliability, average variance extracted. */
export const ValidityDimensionSchema = z.strictObject({
  id: z.string(),
  /** Composite reliability (Jöreskog's ρ) from the standardized loadings: (Σλ)² / ((Σλ)² + Σ(1 − λ²)). */
  cr: nullableNum,
  /** Average variance extracted (Fornell & Larcker 1981): the mean of λ². */
  ave: nullableNum,
  /** Standardized loadings (lavaan's `std.all`), in item order. */
  loadings: z.array(z.strictObject({ id: z.string(), std: num })),
});

/** One pair of dimensions: the heterotrait–monotrait ratio. */
export const HtmtSchema = z.strictObject({
  a: z.string(),
  b: z.string(),
  value: nullableNum,
  /** Above .85: not distinct as separate concepts (Henseler et al. 2015). */
  above85: z.boolean(),
  /** Above .90: not distinct even as close concepts. */
  above90: z.boolean(),
});

/** One pair of dimensions: the Fornell–Larcker criterion, √AVE of each above their factor correlation. */
export const FornellLarckerSchema = z.strictObject({
  a: z.string(),
  b: z.string(),
  /** The model's factor correlation. */
  correlation: num,
  sqrtAveA: num,
  sqrtAveB: num,
  holds: z.boolean(),
});

/** Measurement validity of the instrument's dimension structure (`validity` of the report). */
export const ValiditySchema = z.strictObject({
  /** The answers analysed: perceptions (the default), expectations or item gaps. */
  scale: z.enum(['perception', 'expectation', 'gap']),
  /** Respondents with every item (listwise). */
  n: num,
  /** The CFA fit; `null` when it could not be fitted (see `notes`). */
  cfa: CfaFitSchema.nullable(),
  dimensions: z.array(ValidityDimensionSchema),
  htmt: z.array(HtmtSchema),
  fornellLarcker: z.array(FornellLarckerSchema),
  /** Why something is missing, or a caution (an improper solution), in English and Chinese. */
  notes: z.array(bilingual),
});

/** Measurement validity (see {@link ValiditySchema}). */
export type Validity = z.output<typeof ValiditySchema>;
/** Which answers validity analyses. */
export type ValidityScale = Validity['scale'];
