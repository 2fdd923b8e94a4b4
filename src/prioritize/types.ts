import type { BilingualText } from '../instrument/schema.js';

/** Martilla & James (1977) importance–performance quadrants. */
export type Quadrant = 'concentrate-here' | 'keep-up-the-good-work' | 'low-priority' | 'possible-overkill';

/** Where the importance used for IPA and priorities came from. */
export type ImportanceSource = 'stated' | 'derived' | 'equal';

/** Importance of a dimension: stated, derived from overall satisfaction, and the share used. */
export interface Importance {
  /** Mean of the respondents' 100-point allocations, in percent; `null` without `W_*` columns. */
  stated: number | null;
  /** Respondents who gave an allocation. */
  statedN: number;
  /** Pearson r of the perception dimension score with overall satisfaction, and its p-value. */
  correlation: { r: number | null; p: number | null } | null;
  /** OLS beta of overall satisfaction on all perception dimension scores, on z-scores. */
  standardizedBeta: number | null;
  /** Johnson's (2000) relative weight; they sum to `drivers.r2`. */
  relativeWeight: number | null;
  /** relativeWeight / R². */
  relativeWeightShare: number | null;
  /** The share of importance used for IPA and priorities (from `ipa.importance`), between 0 and 1. */
  share: number;
}

/** Where the IPA crosshairs sit and what the axes are. */
export interface IpaSettings {
  importance: ImportanceSource;
  /** `perception` (Martilla & James) or `gap` (the gap-based variant). */
  performance: 'perception' | 'gap';
  crosshairs: { performance: number; importance: number; placement: 'mean' | 'midpoint' | 'given' };
}

/** One entry of the ranked priorities. */
export interface Priority {
  /** 1 = act first; dimensions and items are ranked separately. */
  rank: number;
  level: 'dimension' | 'item';
  id: string;
  /** The item's dimension (items only). */
  dimension?: string;
  /** Priority index = importance share × shortfall. */
  score: number;
  /** −gap when the gap is negative and significant after adjustment, else 0 (see the docs per method). */
  shortfall: number;
  /** The importance share used. */
  importance: number;
  quadrant: Quadrant | null;
  /** Three-column data only. */
  zone?: 'below' | 'within' | 'above' | null;
  /** A sentence a manager can act on, in English and Chinese. */
  reason: BilingualText;
}
