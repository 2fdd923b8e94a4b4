import { ServqualError } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import type { Method } from '../data/method.js';
import { DataQualityLog } from '../data/DataQualityLog.js';
import { CoMoments, type CoMomentsJSON } from '../stats/CoMoments.js';
import { group, profileShape } from './accumulators/group.js';
import type { AnalyzerState } from './Analyzer.js';
import { momentsInOrder, type AnalyzerParts } from './AnalyzerParts.js';
import { GroupedMoments } from './groups.js';

/** The serialised state of folded parts ({@link Analyzer.toJSON}). */
export function stateOf(instrument: Instrument, method: Method, parts: AnalyzerParts): AnalyzerState {
  return {
    version: 1,
    instrument: instrument.id,
    method,
    reliability: parts.mode,
    itemCount: parts.layout.itemIds.length,
    quality: parts.quality.toJSON(),
    moments: momentsInOrder(parts).flatMap((m) => m.parts.map((p) => p.toJSON())),
    segments: [...parts.segments].map(([column, g]) => [column, g.toJSON()]),
    periods: parts.periods === null ? null : parts.periods.toJSON(),
  };
}

/** The k of each CoMoments of `moments`, in order. */
const ksOf = (moments: ReadonlyArray<{ readonly k: number }>): number[] => moments.map((m) => m.k);

/**
 * Throws unless serialised accumulators have the sizes of the analyzer's: checked before any is made.
 * @param where - the path of `json` in the state, for the message
 */
function checkSizes(json: readonly CoMomentsJSON[], expected: readonly number[], where: string): void {
  if (json.length !== expected.length) {
    throw new ServqualError('E_INVALID_STATE', `analyzerFromJSON: ${where} has ${json.length} accumulators, the analyzer ${expected.length}`);
  }
  json.forEach((m, i) => {
    if (m.k !== expected[i])
      throw new ServqualError('E_INVALID_STATE', `analyzerFromJSON: ${where}[${i}] has k = ${m.k}, the analyzer's accumulator ${expected[i]}`);
  });
}

/**
 * Fills empty `parts` (of the state's method and reliability mode) from a serialised state whose shape
 * was checked (parseAnalyzerState). Every size is checked against the parts before anything is filled.
 *
 * @throws {ServqualError} `E_INVALID_STATE` when the state belongs to another instrument, or its
 *   accumulators, segments or periods do not fit the parts.
 */
export function restoreParts(instrument: Instrument, state: AnalyzerState, parts: AnalyzerParts): void {
  if (state.version !== 1 || state.instrument !== instrument.id) {
    throw new ServqualError('E_INVALID_STATE', `analyzerFromJSON: the state is of instrument "${state.instrument}", not "${instrument.id}"`);
  }
  const k = parts.layout.itemIds.length;
  if (state.itemCount !== k)
    throw new ServqualError('E_INVALID_STATE', `analyzerFromJSON: the state has ${state.itemCount} items, instrument "${instrument.id}" ${k}`);
  const moments = momentsInOrder(parts);
  checkSizes(
    state.moments,
    moments.flatMap((m) => ksOf(m.parts)),
    'moments',
  );
  const profile = { dimensions: parts.layout.dimensions.length, shape: profileShape(state.method, parts.outcomes !== null) };
  const groupKs = ksOf(group.moments(profile).parts);
  for (const [c, [column, groups]] of state.segments.entries()) {
    if (!parts.segments.has(column)) throw new ServqualError('E_INVALID_STATE', `analyzerFromJSON: the state is segmented by "${column}", the options are not`);
    groups.forEach(([, json], g) => checkSizes(json, groupKs, `segments[${c}][1][${g}][1]`));
  }
  if (state.periods !== null) {
    if (parts.periods === null) throw new ServqualError('E_INVALID_STATE', 'analyzerFromJSON: the state has periods, the options do not');
    state.periods.forEach(([, json], g) => checkSizes(json, groupKs, `periods[${g}][1]`));
  }

  let offset = 0;
  for (const m of moments) {
    m.parts.forEach((part, i) => {
      const restored = CoMoments.fromJSON(state.moments[offset + i] as CoMomentsJSON);
      part.n = 0;
      part.merge(restored);
    });
    offset += m.parts.length;
  }
  parts.quality.merge(DataQualityLog.fromJSON(state.quality, parts.quality.maxIssues));
  for (const [column, json] of state.segments)
    (parts.segments.get(column) as GroupedMoments).merge(GroupedMoments.fromJSON(json, profile.dimensions, profile.shape));
  if (state.periods !== null) parts.periods?.merge(GroupedMoments.fromJSON(state.periods, profile.dimensions, profile.shape));
}
