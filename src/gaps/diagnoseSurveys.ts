import type { Instrument } from '../instrument/schema.js';
import type { SurveyInput } from '../data/toTable.js';
import { analyze } from '../score/analyze.js';
import type { AnalyzerOptions } from '../score/createAnalyzer.js';
import type { Report } from '../report/types.js';
import { diagnoseFromReports, type DiagnosisReport } from './diagnose.js';
import { expectationInstrument } from './expectationInstrument.js';
import { gapFactors, gapFactorsByGap } from './gapFactors.js';
import type { ObservedCompliance } from './observedCompliance.js';

/** The surveys of a five-gap diagnosis. Only the customer survey is required. */
export interface DiagnoseSurveys<S> {
  /** Customers' expectations and perceptions (method servqual). */
  customers: S;
  /** Managers' predictions of customers' expectations: the same `E*` columns. */
  managers?: S | undefined;
  /** The staff survey of the `gapFactors` instrument. */
  staff?: S | undefined;
}

/** Options of {@link diagnose}. */
export interface DiagnoseOptions extends Pick<AnalyzerOptions, 'pAdjust' | 'minItemsAnswered' | 'significance'> {
  /** The customer and management instrument. */
  instrument: Instrument;
  /** Gap 3 measured from observations of the service standards (`observedCompliance`). */
  observed?: ObservedCompliance | undefined;
}

/**
 * Scores each survey as the diagnosis needs it: customers with method servqual; managers'
 * expectations in the perception role (servperf); staff by construct and by gap.
 * `score` is `analyze` for data in memory or `analyzeCsv` for files.
 */
export async function scoreSurveys<S>(
  surveys: DiagnoseSurveys<S>,
  options: DiagnoseOptions,
  score: (source: S, instrument: Instrument, method: 'servqual' | 'servperf') => Report | Promise<Report>,
): Promise<DiagnosisReport> {
  const customers = await score(surveys.customers, options.instrument, 'servqual');
  const managers = surveys.managers === undefined ? undefined : await score(surveys.managers, expectationInstrument(options.instrument), 'servperf');
  const staff =
    surveys.staff === undefined
      ? undefined
      : { constructs: await score(surveys.staff, gapFactors, 'servperf'), gaps: await score(surveys.staff, gapFactorsByGap, 'servperf') };
  return diagnoseFromReports(
    { customers, managers, staff, observed: options.observed },
    options.instrument,
    options.significance === undefined ? {} : { significance: options.significance },
  );
}

/**
 * The five-gap diagnosis of surveys held in memory. See {@link diagnoseFromReports} for what is measured.
 *
 * @example
 * // Two customers who expect 6 on every item and perceive 5 and 6: only gap 5 can be measured.
 * const ids = servqual22.dimensions.flatMap((d) => d.items.map((i) => i.id));
 * const rows = [5, 6].map((p) => Object.fromEntries(ids.flatMap((id) => [[`E${id}`, 6], [`P${id}`, p]])));
 * const report = await diagnose({ customers: rows }, { instrument: servqual22 });
 * report.gaps.filter((g) => !g.measured).map((g) => g.gap)
 * //=> [1, 2, 3, 4]
 */
export function diagnose(surveys: DiagnoseSurveys<SurveyInput>, options: DiagnoseOptions): Promise<DiagnosisReport> {
  const { instrument: _unused, observed: _observed, ...rest } = options;
  return scoreSurveys(surveys, options, (source, instrument, method) => analyze(source, { ...rest, instrument, method }));
}
