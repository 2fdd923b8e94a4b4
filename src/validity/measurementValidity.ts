import { Matrix } from 'ml-matrix';
import { DEFAULTS } from '../defaults.js';
import type { Instrument, LocalizedText } from '../instrument/schema.js';
import type { ReportWarning } from '../report/types.js';
import type { CoMoments } from '../stats/CoMoments.js';
import type { Validity, ValidityScale } from '../report/ValiditySchema.js';
import { fitCfa, logDeterminant } from './fitCfa.js';
import { fitMeasures } from './fitMeasures.js';
import { htmt } from './htmt.js';

/** A dimension as validity sees it: its id, its name (for the notes), and its items' ids. */
export interface ValidityDimension {
  readonly id: string;
  readonly name: LocalizedText;
  readonly items: readonly string[];
}

type Note = Validity['notes'][number];

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);
const two = (x: number) => x.toFixed(2).replace(/^(-?)0\./, '$1.');

/** The sentence that two dimensions are not measured as separate things. */
function notDiscriminant(a: ValidityDimension, b: ValidityDimension, value: number): Note {
  return {
    en: `${a.name.en} and ${b.name.en.toLowerCase()} are not measured as separate things in this survey: HTMT ${two(value)}. Read their gaps and priorities as one.`,
    zh: `本次调查中，${a.name.zh ?? a.name.en}与${b.name.zh ?? b.name.en}未能作为两个不同的维度被测量：HTMT ${two(value)}。请把二者的差距和优先级合起来看。`,
  };
}

/**
 * The report's warnings for dimensions that are not discriminant (HTMT above .85), one per pair,
 * worded for a reader of the priorities.
 *
 * @param validity - the validity report
 * @param instrument - for the dimensions' names
 * @returns the warnings, in pair order
 */
export function discriminantWarnings(validity: Validity, instrument: Pick<Instrument, 'dimensions'>): ReportWarning[] {
  const byId = new Map(instrument.dimensions.map((d) => [d.id, { id: d.id, name: d.name, items: [] }]));
  return validity.htmt
    .filter((pair) => pair.above85 && pair.value !== null)
    .map((pair) => ({
      code: 'NOT_DISCRIMINANT' as const,
      message: notDiscriminant(byId.get(pair.a) as ValidityDimension, byId.get(pair.b) as ValidityDimension, pair.value as number),
      dimension: pair.a,
    }));
}

/**
 * Measurement validity of a dimension structure, from the items' co-moments over respondents who
 * answered every item:
 * - a maximum-likelihood confirmatory factor analysis, every item on its dimension, dimensions free to
 *   correlate (lavaan's `cfa(model, estimator = "ML")`), with its fit measures ({@link fitMeasures});
 * - per dimension, standardized loadings, composite reliability and average variance extracted;
 * - per pair of dimensions, the heterotrait–monotrait ratio (flagged above .85 and .90) and the
 *   Fornell–Larcker criterion.
 *
 * Nothing is ever NaN: what cannot be computed is `null`, with a note saying why (too few respondents,
 * a covariance matrix that is not positive definite, a model that did not converge, a dimension with
 * one item, an improper solution).
 *
 * @param moments - co-moments of all items, in the order of `dimensions`' items, listwise
 * @param dimensions - the dimensions and their items
 * @param scale - which answers the items are (reported as given)
 * @returns the validity report
 */
export function measurementValidity(moments: CoMoments, dimensions: readonly ValidityDimension[], scale: ValidityScale): Validity {
  const p = moments.k;
  const n = moments.n;
  const notes: Note[] = [];
  const empty: Validity = { scale, n, cfa: null, dimensions: [], htmt: [], fornellLarcker: [], notes };
  if (n <= p) {
    notes.push({
      en: `Measurement validity needs more respondents with every item answered than items: ${n} for ${p} items.`,
      zh: `测量效度分析要求作答全部题项的受访者多于题项数：现有 ${n} 人，题项 ${p} 个。`,
    });
    return empty;
  }
  // The ML covariance (divisor n), from the packed upper triangle of co-moments.
  const s = new Matrix(p, p);
  for (let i = 0, at = 0; i < p; i++) {
    for (let j = i; j < p; j++, at++) {
      const v = (moments.c[at] as number) / n;
      s.set(i, j, v);
      s.set(j, i, v);
    }
  }
  const indices: number[][] = [];
  for (let f = 0, at = 0; f < dimensions.length; f++) {
    const k = (dimensions[f] as ValidityDimension).items.length;
    indices.push(Array.from({ length: k }, (_, i) => at + i));
    at += k;
  }
  const thin = dimensions.filter((d) => d.items.length < 2);
  const htmtRows: Validity['htmt'] = [];
  for (let a = 0; a < dimensions.length; a++) {
    for (let b = a + 1; b < dimensions.length; b++) {
      const ia = indices[a] as number[];
      const ib = indices[b] as number[];
      const value = ia.length < 2 || ib.length < 2 ? null : finiteOrNull(htmt(s, ia, ib));
      const da = dimensions[a] as ValidityDimension;
      const db = dimensions[b] as ValidityDimension;
      htmtRows.push({
        a: da.id,
        b: db.id,
        value,
        above85: value !== null && value > DEFAULTS.htmtStrict,
        above90: value !== null && value > DEFAULTS.htmtLiberal,
      });
      if (value !== null && value > DEFAULTS.htmtStrict) notes.push(notDiscriminant(da, db, value));
    }
  }
  const result: Validity = { ...empty, htmt: htmtRows };
  if (thin.length > 0) {
    notes.push({
      en: `The factor model needs two items or more per dimension; ${thin.map((d) => d.name.en).join(', ')} has one.`,
      zh: `因子模型要求每个维度至少两个题项；${thin.map((d) => d.name.zh ?? d.name.en).join('、')}只有一个。`,
    });
    return result;
  }
  if (logDeterminant(s) === null) {
    notes.push({
      en: 'The items’ covariance matrix is not positive definite (an item is constant, or items are linear combinations of each other), so no factor model was fitted.',
      zh: '题项的协方差矩阵不是正定矩阵（某题项为常数，或题项之间线性相关），因此未拟合因子模型。',
    });
    return result;
  }
  const factorOf = Int32Array.from(indices.flatMap((list, f) => list.map(() => f)));
  const fit = fitCfa(s, factorOf, dimensions.length);
  if (!fit.converged) {
    notes.push({
      en: `The factor model did not converge after ${fit.iterations} iterations, so no fit or loadings are given.`,
      zh: `因子模型迭代 ${fit.iterations} 次后仍未收敛，因此不给出拟合指标和载荷。`,
    });
    return result;
  }
  const measures = fitMeasures(s, fit.implied, fit.fmin, n, fit.parameters);
  const std = Float64Array.from(
    fit.loadings,
    (l, i) => (l * Math.sqrt(fit.phi.get(factorOf[i] as number, factorOf[i] as number))) / Math.sqrt(fit.implied.get(i, i)),
  );
  if (fit.theta.some((t) => t < 0)) {
    notes.push({
      en: 'The solution is improper: a residual variance is negative (a Heywood case), so a standardized loading exceeds 1.',
      zh: '解不恰当：某残差方差为负（Heywood 情形），因此有标准化载荷大于 1。',
    });
  }
  const ave: number[] = [];
  const dims = dimensions.map((d, f) => {
    const l = (indices[f] as number[]).map((i) => std[i] as number);
    const sum = l.reduce((acc, x) => acc + x, 0);
    const error = l.reduce((acc, x) => acc + (1 - x * x), 0);
    ave.push(l.reduce((acc, x) => acc + x * x, 0) / l.length);
    return {
      id: d.id,
      cr: finiteOrNull((sum * sum) / (sum * sum + error)),
      ave: finiteOrNull(ave[f] as number),
      loadings: d.items.map((id, i) => ({ id, std: l[i] as number })),
    };
  });
  const fornellLarcker: Validity['fornellLarcker'] = [];
  for (let a = 0; a < dimensions.length; a++) {
    for (let b = a + 1; b < dimensions.length; b++) {
      const correlation = fit.phi.get(a, b) / Math.sqrt(fit.phi.get(a, a) * fit.phi.get(b, b));
      const sqrtAveA = Math.sqrt(ave[a] as number);
      const sqrtAveB = Math.sqrt(ave[b] as number);
      fornellLarcker.push({
        a: (dimensions[a] as ValidityDimension).id,
        b: (dimensions[b] as ValidityDimension).id,
        correlation,
        sqrtAveA,
        sqrtAveB,
        holds: Math.abs(correlation) < Math.min(sqrtAveA, sqrtAveB),
      });
    }
  }
  return {
    ...result,
    cfa: {
      n,
      iterations: fit.iterations,
      chisq: measures.chisq,
      df: measures.df,
      pvalue: measures.pvalue,
      cfi: finiteOrNull(measures.cfi),
      tli: finiteOrNull(measures.tli),
      rmsea: finiteOrNull(measures.rmsea),
      rmseaCi: measures.df > 0 ? measures.rmseaCi : null,
      srmr: measures.srmr,
    },
    dimensions: dims,
    fornellLarcker,
  };
}
