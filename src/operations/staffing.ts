import { DEFAULTS } from '../defaults.js';
import { STAFFING_SCHEMA_VERSION, type ErlangCPoint, type StaffingReport } from '../report/StaffingSchema.js';
import { erlangC, type ErlangCOptions } from './erlangC.js';

/** Agent counts shown either side of the answer. */
const AROUND = 2;

/**
 * A staffing model's answer and the teams of up to {@link AROUND} agents fewer and more, in order, so a
 * planner sees what one agent more or fewer would do (Erlang C's report and Erlang A's alike).
 *
 * @param result - the model's answer for the inputs
 * @param at - the model for the same inputs with a given number of agents
 * @param pointOf - the fields of a result a report lists per team
 * @returns the points from max(1, agents − 2) to agents + 2
 * @internal
 */
export function teamsAround<R extends { agents: number }, P>(result: R, at: (agents: number) => R, pointOf: (r: R) => P): P[] {
  const points: P[] = [];
  for (let n = Math.max(1, result.agents - AROUND); n <= result.agents + AROUND; n++) points.push(pointOf(n === result.agents ? result : at(n)));
  return points;
}

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
  const alternatives = teamsAround(
    result,
    (agents) => erlangC({ ...options, agents }),
    (r): ErlangCPoint => ({
      agents: r.agents,
      pWait: r.pWait,
      serviceLevel: r.serviceLevel,
      asa: r.asa,
      occupancy: r.occupancy,
    }),
  );
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
