import { DEFAULTS } from '../defaults.js';
import type { Instrument } from './schema.js';

/** The net-promoter question's scale: likelihood to recommend, 0–10 (Reichheld 2003). */
export const NPS_SCALE = Object.freeze({ min: 0, max: 10 });
/** Answers at or above this are promoters (9–10). */
export const NPS_PROMOTER = 9;
/** Answers at or below this are detractors (0–6). */
export const NPS_DETRACTOR = 6;

/** One outcome column: its header and the scale its answers must lie on. */
export interface OutcomeColumn {
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

/**
 * Where an instrument's outcome answers sit in a row's outcome values: every outcome column in one
 * list (CSI's indicators first, then CSAT's, then NPS's), with the position of each measure in it.
 */
export interface OutcomeColumns {
  readonly columns: readonly OutcomeColumn[];
  /** The CSI indicators: the first `count` columns, with their weights (equal unless given). */
  readonly csi: { readonly count: number; readonly weights: readonly number[] } | null;
  /** The CSAT column's position in `columns`, or -1. */
  readonly csat: number;
  /** The NPS column's position in `columns`, or -1. */
  readonly nps: number;
}

/**
 * The outcome columns of an instrument, scales filled in from the defaults (CSI 1–10, CSAT 1–5, NPS
 * 0–10), or `null` when it names none.
 *
 * @param instrument - a validated instrument (its `outcomes` checked by {@link defineInstrument})
 * @returns the columns in reading order, or `null`
 *
 * @example
 * const layout = outcomeColumnsOf({ ...servqual22, outcomes: { csat: { column: 'csat' }, nps: { column: 'nps' } } });
 * [layout.columns.map((c) => `${c.name} ${c.min}–${c.max}`), layout.nps]
 * //=> [['csat 1–5', 'nps 0–10'], 1]
 */
export function outcomeColumnsOf(instrument: Instrument): OutcomeColumns | null {
  const spec = instrument.outcomes;
  if (spec === undefined || (spec.csi === undefined && spec.csat === undefined && spec.nps === undefined)) return null;
  const columns: OutcomeColumn[] = [];
  let csi: OutcomeColumns['csi'] = null;
  if (spec.csi !== undefined) {
    const { columns: names, scale, weights } = spec.csi;
    names.forEach((name, i) => {
      const s = scale === undefined ? DEFAULTS.csiScale : Array.isArray(scale) ? (scale[i] ?? DEFAULTS.csiScale) : scale;
      columns.push({ name, min: s.min, max: s.max });
    });
    csi = { count: names.length, weights: weights ?? names.map(() => 1) };
  }
  let csat = -1;
  if (spec.csat !== undefined) {
    const s = spec.csat.scale ?? DEFAULTS.csatScale;
    csat = columns.length;
    columns.push({ name: spec.csat.column, min: s.min, max: s.max });
  }
  let nps = -1;
  if (spec.nps !== undefined) {
    nps = columns.length;
    columns.push({ name: spec.nps.column, ...NPS_SCALE });
  }
  return { columns, csi, csat, nps };
}
