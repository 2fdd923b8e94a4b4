import { DEFAULTS } from '../defaults.js';
import { STAFFING_SCHEMA_VERSION, type ErlangCPoint, type StaffingReport } from '../report/StaffingSchema.js';
import { erlangC, type ErlangCOptions } from './erlangC.js';

/** Agent counts shown either side of the answer. */
const AROUND = 2;

/**
 * The staffing report of `servqual staffing`: {@link erlangC} for the inputs, the inputs as used (with
 * their defaults), and Erlang C for up to two agent counts either side of the answer, so a planner sees
 * what one agent more or fewer would do.
 *
 * @param options - as {@link erlangC}'s
 * @throws {ServqualError} `E_INVALID_OPTION` as {@link erlangC}
 * @example
 * staffing({ calls: 100, minutes: 30, aht: 180, agents: 14 }).alternatives.map((a) => a.agents)
 * //=> [12, 13, 14, 15, 16]
 */
export function staffing(options: ErlangCOptions): StaffingReport {
  const result = erlangC(options);
  const alternatives: ErlangCPoint[] = [];
  for (let n = Math.max(1, result.agents - AROUND); n <= result.agents + AROUND; n++) {
    const r = n === result.agents ? result : erlangC({ ...options, agents: n });
    alternatives.push({ agents: r.agents, pWait: r.pWait, serviceLevel: r.serviceLevel, asa: r.asa, occupancy: r.occupancy });
  }
  return {
    schemaVersion: STAFFING_SCHEMA_VERSION,
    inputs: {
      calls: options.calls,
      minutes: options.minutes,
      aht: options.aht,
      answerWithin: options.answerWithin ?? DEFAULTS.answerWithin,
      target: options.target ?? DEFAULTS.serviceLevelTarget,
      maxOccupancy: options.maxOccupancy ?? DEFAULTS.maxOccupancy,
      shrinkage: options.shrinkage ?? DEFAULTS.shrinkage,
      agents: options.agents ?? null,
    },
    ...result,
    alternatives,
  };
}
