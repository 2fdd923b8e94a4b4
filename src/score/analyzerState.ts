import { ServqualError } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import type { Method } from '../data/method.js';
import { DataQualityLog } from '../data/DataQualityLog.js';
import { CoMoments } from '../stats/CoMoments.js';
import { profileShape } from './accumulators/group.js';
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

/**
 * Fills empty `parts` (of the state's method and reliability mode) from a serialised state.
 *
 * @throws {ServqualError} `E_INVALID_STATE` when the state belongs to another instrument, or its
 *   accumulators, segments or periods do not fit the parts.
 */
export function restoreParts(instrument: Instrument, state: AnalyzerState, parts: AnalyzerParts): void {
  if (state.version !== 1 || state.instrument !== instrument.id || state.itemCount !== parts.layout.itemIds.length) {
    throw new ServqualError('E_INVALID_STATE', `analyzerFromJSON: the state is of instrument "${state.instrument}", not "${instrument.id}"`);
  }
  let offset = 0;
  for (const m of momentsInOrder(parts)) {
    m.parts.forEach((part, i) => {
      const restored = CoMoments.fromJSON(state.moments[offset + i] as AnalyzerState['moments'][number]);
      part.n = 0;
      part.merge(restored);
    });
    offset += m.parts.length;
  }
  if (offset !== state.moments.length) throw new ServqualError('E_INVALID_STATE', 'analyzerFromJSON: the state has the wrong number of accumulators');
  parts.quality.merge(DataQualityLog.fromJSON(state.quality, parts.quality.maxIssues));
  const shape = profileShape(state.method);
  const d = parts.layout.dimensions.length;
  for (const [column, json] of state.segments ?? []) {
    const mine = parts.segments.get(column);
    if (mine === undefined) throw new ServqualError('E_INVALID_STATE', `analyzerFromJSON: the state is segmented by "${column}", the options are not`);
    mine.merge(GroupedMoments.fromJSON(json, d, shape));
  }
  if (state.periods !== null && state.periods !== undefined) {
    if (parts.periods === null) throw new ServqualError('E_INVALID_STATE', 'analyzerFromJSON: the state has periods, the options do not');
    parts.periods.merge(GroupedMoments.fromJSON(state.periods, d, shape));
  }
}
