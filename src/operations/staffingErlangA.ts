import { DEFAULTS } from '../defaults.js';
import { teamsAround } from './staffing.js';
import { erlangA, type ErlangAOptions, type ErlangAPoint, type ErlangAResult } from './erlangA.js';

/** The staffing report of `servqual staffing --model erlang-a`: Erlang A's answer, its inputs, and the teams around it. */
export interface ErlangAStaffingReport extends ErlangAResult {
  schemaVersion: string;
  model: 'erlang-a';
  /** The inputs as used, with their defaults; `agents` is `null` when the smallest team was searched for. */
  inputs: {
    calls: number;
    minutes: number;
    aht: number;
    patience: number;
    answerWithin: number;
    target: number;
    maxOccupancy: number;
    shrinkage: number;
    agents: number | null;
  };
  /** Erlang A for up to two agent counts either side of `agents`, in order. */
  alternatives: ErlangAPoint[];
}

/** Version of the Erlang A staffing JSON; bumped when a field changes meaning or disappears. */
export const ERLANG_A_SCHEMA_VERSION = '1.0.0';

/**
 * The staffing report by Erlang A, as `staffing` is by Erlang C: {@link erlangA} for the inputs, the
 * inputs as used, and Erlang A for up to two agent counts either side of the answer.
 *
 * @param options - as {@link erlangA}'s
 * @returns the report
 * @throws {ServqualError} `E_INVALID_OPTION` as {@link erlangA}
 * @example
 * staffingErlangA({ calls: 100, minutes: 30, aht: 180, patience: 120 }).alternatives.map((a) => a.agents)
 * //=> [10, 11, 12, 13, 14]
 */
export function staffingErlangA(options: ErlangAOptions): ErlangAStaffingReport {
  const result = erlangA(options);
  const alternatives = teamsAround(
    result,
    (agents) => erlangA({ ...options, agents }),
    (r): ErlangAPoint => ({
      agents: r.agents,
      pWait: r.pWait,
      pAbandon: r.pAbandon,
      serviceLevel: r.serviceLevel,
      asa: r.asa,
      occupancy: r.occupancy,
    }),
  );
  return {
    schemaVersion: ERLANG_A_SCHEMA_VERSION,
    model: 'erlang-a',
    inputs: {
      calls: options.calls,
      minutes: options.minutes,
      aht: options.aht,
      patience: options.patience,
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
