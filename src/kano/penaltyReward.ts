import { createRowReader, type RowReader, type RowReaderOptions, type RowResult } from '../data/createRowReader.js';
import { checkRowLimit, toTable, type SurveyInput } from '../data/toTable.js';
import { DEFAULTS } from '../defaults.js';
import { ServqualError, ValidationError } from '../errors.js';
import { columnTemplate } from '../instrument/columnTemplates.js';
import type { BilingualText, Instrument, LocalizedText } from '../instrument/schema.js';
import { CoMoments } from '../stats/CoMoments.js';
import { olsFromMoments, type OlsCoefficient } from '../stats/olsFromMoments.js';

/** The classes of asymmetric impact: dissatisfiers, linear attributes, satisfiers. */
export type ImpactClass = 'basic' | 'performance' | 'excitement';

/** Options of {@link penaltyReward}. */
export interface PenaltyRewardOptions {
  /** The instrument: its perception items, dimensions and scale. */
  instrument: Instrument;
  /** Dimensions (mean of a respondent's perception items, as the survey report scores them) or single items. Default `dimension`. */
  level?: 'dimension' | 'item' | undefined;
  /** A score at or below this is low performance. Default: the bottom two answers (scale min + 1); on a scale of more than 11 points, the bottom sixth of its range ({@link defaultCutoffs}). */
  low?: number | undefined;
  /** A score at or above this is high performance. Default: the top two answers (scale max − 1); on a scale of more than 11 points, the top sixth. */
  high?: number | undefined;
  /** The overall-satisfaction column (default: the instrument's `overall` template, `overall`). */
  overallColumn?: string | undefined;
  /** A dummy with fewer respondents is left out of the regression, and its factor refused. Default 30. */
  minGroup?: number | undefined;
  /** Impact asymmetry below `basic` is basic, above `excitement` is excitement. Default −0.2 and 0.2. */
  thresholds?: { basic: number; excitement: number } | undefined;
  /** Rows held in memory (default 1,000,000). */
  maxRows?: number | undefined;
  /**
   * How cells are read, as the survey analysis reads them: the method (which columns are read and
   * checked; default, as there, found from the header), missing codes, the decimal comma, answers in
   * words, a column map. So the rows are those the analysis uses: values outside the answer scale, in
   * expectations too, exclude the row; overall satisfaction outside the instrument's `overallScale` is
   * set aside, as in the report's driver analysis.
   */
  reading?: Pick<RowReaderOptions, 'method' | 'missing' | 'missingCodes' | 'decimal' | 'columnMap'> | undefined;
}

/** One factor's asymmetric impact on overall satisfaction. */
export interface PenaltyRewardFactor {
  id: string;
  name: LocalizedText;
  /** Respondents at or below `low`, and at or above `high`. */
  lowN: number;
  highN: number;
  /** The low-performance dummy's coefficient (expected negative); `null` when left out. */
  penalty: OlsCoefficient | null;
  /** The high-performance dummy's coefficient (expected positive); `null` when left out. */
  reward: OlsCoefficient | null;
  /** |penalty| + |reward|: the range of impact on overall satisfaction. */
  range: number | null;
  /** (|reward| − |penalty|) / (|reward| + |penalty|), −1 to 1. */
  asymmetry: number | null;
  /** `null` when refused. */
  class: ImpactClass | null;
  /** Why the factor is not classified, in English and Chinese; `null` when it is. */
  refused: BilingualText | null;
}

/** A penalty–reward analysis. */
export interface PenaltyReward {
  level: 'dimension' | 'item';
  /** Respondents with overall satisfaction and every factor's score. */
  n: number;
  /** Rows read, and rows left out. */
  rows: number;
  leftOut: number;
  /**
   * Why rows were left out: `excluded` by the survey's rules (a cell that is not a number, an answer
   * outside the scale, a ragged or empty row: the report's data quality names each), `noOverall`
   * (overall satisfaction missing, or outside its scale), `tooFewAnswers` (a factor with fewer than
   * half its items answered).
   */
  leftOutFor: { excluded: number; noOverall: number; tooFewAnswers: number };
  r2: number | null;
  cutoffs: { low: number; high: number };
  thresholds: { basic: number; excitement: number; source: string };
  factors: PenaltyRewardFactor[];
}

const THRESHOLD_SOURCE = 'impact-asymmetry bands of ±0.2 around a hybrid (performance) zone, after Mikulić and Prebežac (2008, 2011); a convention, not a test';
const THRESHOLDS_GIVEN = 'impact-asymmetry bands set for this analysis (the convention, after Mikulić and Prebežac 2008, 2011, is ±0.2); not a test';

/** Whether thresholds are the conventional ±0.2 bands (DEFAULTS.penaltyRewardAsymmetry), which their `source` then names. */
export function conventionalThresholds(t: { basic: number; excitement: number }): boolean {
  return t.basic === -DEFAULTS.penaltyRewardAsymmetry && t.excitement === DEFAULTS.penaltyRewardAsymmetry;
}

/**
 * The default low and high cut-offs of a scale: its bottom and top two answers (min + 1, max − 1) on a
 * scale of up to 11 points; on a wider one, where two answers are a sliver (1 and 99 on 0–100), the
 * bottom and top sixth of the range, which is what the two answers are on a 7-point scale.
 *
 * @example
 * [defaultCutoffs(1, 7), defaultCutoffs(0, 100)]
 * //=> [{ low: 2, high: 6 }, { low: 16.666666666666668, high: 83.33333333333333 }]
 */
export function defaultCutoffs(min: number, max: number): { low: number; high: number } {
  const span = max - min;
  return span <= 10 ? { low: min + 1, high: max - 1 } : { low: min + span / 6, high: max - span / 6 };
}

/**
 * Penalty–reward analysis (asymmetric impact; Mikulić & Prebežac 2011) of an ordinary survey with an
 * overall-satisfaction column: per factor (dimension or item), a low-performance dummy (score ≤ `low`)
 * and a high-performance dummy (score ≥ `high`); overall satisfaction is regressed on all the dummies
 * (OLS, as R's `lm`). The low dummy's coefficient is the penalty, the high dummy's the reward; the
 * range of impact is |penalty| + |reward| and the impact asymmetry (|reward| − |penalty|) / range.
 * A factor is basic below the `basic` threshold, excitement above the `excitement` one, and
 * performance between. It is refused, with the reason, when a dummy has fewer than `minGroup`
 * respondents (that dummy is left out of the regression) or an effect has the wrong sign (a positive
 * penalty or a negative reward).
 *
 * Rows are read as the survey analysis reads them ({@link createRowReader}): a row it excludes (a cell
 * that is not a number, an answer outside the scale, expectations included) is left out, and overall
 * satisfaction outside the instrument's `overallScale` is missing. Respondents lacking overall
 * satisfaction or any factor's score (a dimension score needs half its items, rounded up) are left
 * out too; `leftOutFor` counts each reason.
 *
 * @param input - records or `{ header, rows }`
 * @param options - see {@link PenaltyRewardOptions}
 * @throws {ValidationError} `E_MISSING_COLUMN` naming the overall or item columns the header lacks
 * @throws {ServqualError} `E_INVALID_OPTION` when `low` is not below `high`; `E_NO_DATA` when the regression cannot be fitted
 *
 * @example
 * const report = penaltyReward(
 *   Array.from({ length: 120 }, (_, i) => ({ P1: (i % 3) * 2 + 1, overall: [2, 6, 7][i % 3] + (i % 2) / 10 })),
 *   { instrument: defineInstrument({ id: 'x', name: { en: 'X' }, scale: { min: 1, max: 5 }, overallScale: { min: 1, max: 10 }, dimensions: [{ id: 'room', name: { en: 'Room' }, items: [{ id: '1' }] }] }) },
 * );
 * [report.factors[0].penalty.estimate, report.factors[0].reward.estimate, report.factors[0].class]
 * //=> [-4, 1, 'basic']
 */
export function penaltyReward(input: SurveyInput, options: PenaltyRewardOptions): PenaltyReward {
  const table = toTable(input);
  checkRowLimit(table.rows.length, options.maxRows ?? DEFAULTS.maxRows, 'a streaming reader');
  const renames = options.overallColumn === undefined ? {} : { [options.overallColumn]: columnTemplate(options.instrument, 'overall') };
  const reader = createRowReader(table.header, options.instrument, {
    ...options.reading,
    columnMap: { ...options.reading?.columnMap, ...renames },
    reuse: true,
  });
  const rows = new PenaltyRewardRows(reader, options.instrument, options.level, options.overallColumn);
  table.rows.forEach((cells, i) => rows.add(reader.read(cells, i + 1)));
  return rows.result(options);
}

/**
 * The respondents of a {@link penaltyReward} analysis, taken one validated row at a time (from a row
 * reader, or a file's stream of rows), then fitted on their perceptions and overall satisfaction.
 */
export class PenaltyRewardRows {
  private readonly factors: Array<{ id: string; name: LocalizedText; items: number[] }> = [];
  /** Per usable respondent: overall satisfaction, then each factor's score. */
  private readonly scores: number[] = [];
  private rows = 0;
  private readonly leftOutFor = { excluded: 0, noOverall: 0, tooFewAnswers: 0 };

  /**
   * @param reader - the reader of the rows: it must have found the overall-satisfaction column
   * @param overallColumn - that column's name, for the message when it is missing
   * @throws {ValidationError} `E_MISSING_COLUMN` when it has not
   */
  constructor(
    reader: RowReader,
    private readonly instrument: Instrument,
    private readonly level: 'dimension' | 'item' = 'dimension',
    overallColumn = columnTemplate(instrument, 'overall'),
  ) {
    if (reader.columns.overall < 0) {
      const column = overallColumn;
      throw new ValidationError([
        { code: 'E_MISSING_COLUMN', row: 0, column, value: null, message: `header: no column "${column}" for the penalty–reward analysis` },
      ]);
    }
    let k = 0;
    for (const d of instrument.dimensions) {
      const ids = d.items.map(() => k++);
      if (level === 'dimension') this.factors.push({ id: d.id, name: d.name, items: ids });
      else for (const [i, it] of d.items.entries()) this.factors.push({ id: it.id, name: it.text ?? { en: it.id }, items: [ids[i] as number] });
    }
  }

  /** Takes one row: a respondent with overall satisfaction and every factor's score, or a row left out (counted by why). */
  add(result: RowResult): void {
    this.rows++;
    if (!result.ok) {
      this.leftOutFor.excluded++;
      return;
    }
    const { overall, perception } = result.response;
    if (Number.isNaN(overall)) {
      this.leftOutFor.noOverall++;
      return;
    }
    const start = this.scores.length;
    this.scores.push(overall);
    for (const f of this.factors) {
      let sum = 0;
      let answered = 0;
      for (const i of f.items) {
        const x = perception[i] as number;
        if (!Number.isNaN(x)) {
          sum += x;
          answered++;
        }
      }
      if (answered < Math.ceil(f.items.length / 2)) {
        this.scores.length = start;
        this.leftOutFor.tooFewAnswers++;
        return;
      }
      this.scores.push(sum / answered);
    }
  }

  /**
   * The analysis of the rows taken.
   * @throws {ServqualError} `E_INVALID_OPTION` when `low` is not below `high`; `E_NO_DATA` when the regression cannot be fitted
   */
  result(options: Omit<PenaltyRewardOptions, 'instrument' | 'level' | 'overallColumn' | 'reading' | 'maxRows'>): PenaltyReward {
    const { min, max } = this.instrument.scale;
    const cutoffs = defaultCutoffs(min, max);
    const low = options.low ?? cutoffs.low;
    const high = options.high ?? cutoffs.high;
    if (!(low < high)) throw new ServqualError('E_INVALID_OPTION', `penaltyReward: low (${low}) must be below high (${high})`, { option: 'low' });
    const thresholds = options.thresholds ?? { basic: -DEFAULTS.penaltyRewardAsymmetry, excitement: DEFAULTS.penaltyRewardAsymmetry };
    const minGroup = options.minGroup ?? DEFAULTS.penaltyRewardMinGroup;
    const factors = this.factors;
    const width = 1 + factors.length;
    const flat = this.scores;
    const n = flat.length / width;
    /** Respondent r's score on factor j. */
    const score = (r: number, j: number): number => flat[r * width + 1 + j] as number;
    const counted = (j: number, inGroup: (s: number) => boolean): number => {
      let count = 0;
      for (let r = 0; r < n; r++) if (inGroup(score(r, j))) count++;
      return count;
    };
    const lowN = factors.map((_, j) => counted(j, (s) => s <= low));
    const highN = factors.map((_, j) => counted(j, (s) => s >= high));
    // the dummies in the regression: those with enough respondents, in factor order, low then high
    const dummies = factors.flatMap((_, j) => [
      ...((lowN[j] as number) >= minGroup ? [{ j, side: 'low' as const }] : []),
      ...((highN[j] as number) >= minGroup ? [{ j, side: 'high' as const }] : []),
    ]);
    const moments = new CoMoments(1 + Math.max(1, dummies.length));
    const x = new Float64Array(moments.k);
    for (let r = 0; r < n; r++) {
      x[0] = flat[r * width] as number;
      dummies.forEach((d, i) => {
        const s = score(r, d.j);
        x[i + 1] = d.side === 'low' ? (s <= low ? 1 : 0) : s >= high ? 1 : 0;
      });
      moments.add(x);
    }
    const fit = dummies.length === 0 ? null : olsFromMoments(moments);
    if (dummies.length > 0 && fit === null)
      throw new ServqualError(
        'E_NO_DATA',
        `penaltyReward: the regression cannot be fitted (${n} complete respondents for ${dummies.length} dummies, or collinear dummies)`,
      );
    const coefficient = (j: number, side: 'low' | 'high'): OlsCoefficient | null => {
      const i = dummies.findIndex((d) => d.j === j && d.side === side);
      return i < 0 || fit === null ? null : (fit.coefficients[i] as OlsCoefficient);
    };
    return {
      level: this.level,
      n,
      rows: this.rows,
      leftOut: this.rows - n,
      leftOutFor: { ...this.leftOutFor },
      r2: fit?.r2 ?? null,
      cutoffs: { low, high },
      thresholds: { ...thresholds, source: conventionalThresholds(thresholds) ? THRESHOLD_SOURCE : THRESHOLDS_GIVEN },
      factors: factors.map((f, j) => {
        const penalty = coefficient(j, 'low');
        const reward = coefficient(j, 'high');
        const few = (lowN[j] as number) < minGroup || (highN[j] as number) < minGroup;
        const range = penalty === null || reward === null ? null : Math.abs(penalty.estimate) + Math.abs(reward.estimate);
        const asymmetry =
          range === null || range === 0 || penalty === null || reward === null ? null : (Math.abs(reward.estimate) - Math.abs(penalty.estimate)) / range;
        let refused: BilingualText | null = null;
        if (few) {
          refused = {
            en: `fewer than ${minGroup} respondents score low (${lowN[j]}) or high (${highN[j]})`,
            zh: `低分（${lowN[j]} 人）或高分（${highN[j]} 人）的受访者少于 ${minGroup} 人`,
          };
        } else if ((penalty?.estimate ?? 0) > 0 || (reward?.estimate ?? 0) < 0) {
          refused = {
            en: `an effect has the wrong sign (penalty ${penalty?.estimate.toFixed(3)}, reward ${reward?.estimate.toFixed(3)})`,
            zh: `效应方向不符（惩罚 ${penalty?.estimate.toFixed(3)}，奖励 ${reward?.estimate.toFixed(3)}）`,
          };
        }
        const cls: ImpactClass | null =
          refused !== null || asymmetry === null
            ? null
            : asymmetry < thresholds.basic
              ? 'basic'
              : asymmetry > thresholds.excitement
                ? 'excitement'
                : 'performance';
        return { id: f.id, name: f.name, lowN: lowN[j] as number, highN: highN[j] as number, penalty, reward, range, asymmetry, class: cls, refused };
      }),
    };
  }
}
