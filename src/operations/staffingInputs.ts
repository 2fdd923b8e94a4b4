import { DEFAULTS } from '../defaults.js';
import { ServqualError } from '../errors.js';

/** Options of `erlangC` (and, with a patience, `erlangA`): the traffic of one interval and what the service must achieve. */
export interface ErlangCOptions {
  /** Calls offered in the interval. */
  calls: number;
  /** Length of the interval in minutes. */
  minutes: number;
  /** Average handle time in seconds (talk plus wrap-up). */
  aht: number;
  /** Service-level threshold T in seconds. Default 20. */
  answerWithin?: number | undefined;
  /** The service level to reach, a share between 0 and 1. Default 0.8. */
  target?: number | undefined;
  /** A given number of agents: evaluate it instead of searching for the smallest that suffices. */
  agents?: number | undefined;
  /** The highest occupancy accepted, between 0 and 1. Default 0.85. */
  maxOccupancy?: number | undefined;
  /** Share of paid time off the phones, between 0 and 1 (excluded). Default 0.3. */
  shrinkage?: number | undefined;
}

/** Agents searched at most: far beyond any call centre, it only stops a search that cannot end. */
export const MAX_AGENTS = 10_000_000;

/** A staffing model's inputs, checked, with their defaults filled in, and the traffic they make. */
export interface StaffingInputs {
  calls: number;
  minutes: number;
  aht: number;
  answerWithin: number;
  target: number;
  maxOccupancy: number;
  shrinkage: number;
  /** Traffic intensity in Erlangs: calls × aht / (minutes × 60). */
  intensity: number;
}

/**
 * Checks the inputs Erlang C and Erlang A share and fills in their defaults (`DEFAULTS.answerWithin`,
 * `serviceLevelTarget`, `maxOccupancy`, `shrinkage`), so both models refuse the same values alike.
 *
 * @param model - the function's name, for the error (`erlangC`, `erlangA`)
 * @param options - the inputs as given
 * @returns the inputs as used, with the traffic intensity
 * @throws {ServqualError} `E_INVALID_OPTION` "MODEL: NAME must be WHAT, got VALUE", naming the option
 * @example
 * staffingInputs('erlangC', { calls: 100, minutes: 30, aht: 180 }).intensity
 * //=> 10
 */
export function staffingInputs(model: string, options: ErlangCOptions): StaffingInputs {
  const check = (name: string, value: number, ok: boolean, what: string): void => {
    if (!ok) throw new ServqualError('E_INVALID_OPTION', `${model}: ${name} must be ${what}, got ${value}`, { option: name });
  };
  const { calls, minutes, aht } = options;
  const answerWithin = options.answerWithin ?? DEFAULTS.answerWithin;
  const target = options.target ?? DEFAULTS.serviceLevelTarget;
  const maxOccupancy = options.maxOccupancy ?? DEFAULTS.maxOccupancy;
  const shrinkage = options.shrinkage ?? DEFAULTS.shrinkage;
  check('calls', calls, Number.isFinite(calls) && calls >= 0, 'a number ≥ 0');
  check('minutes', minutes, Number.isFinite(minutes) && minutes > 0, 'a positive number');
  check('aht', aht, Number.isFinite(aht) && aht > 0, 'a positive number of seconds');
  check('answerWithin', answerWithin, Number.isFinite(answerWithin) && answerWithin >= 0, 'a number of seconds ≥ 0');
  check('target', target, target > 0 && target < 1, 'a share between 0 and 1 (exclusive)');
  check('maxOccupancy', maxOccupancy, maxOccupancy > 0 && maxOccupancy <= 1, 'a share above 0 and at most 1');
  check('shrinkage', shrinkage, shrinkage >= 0 && shrinkage < 1, 'a share from 0 up to (not including) 1');
  if (options.agents !== undefined)
    check(
      'agents',
      options.agents,
      Number.isInteger(options.agents) && options.agents >= 1 && options.agents <= MAX_AGENTS,
      `a whole number from 1 to ${MAX_AGENTS}`,
    );
  return { calls, minutes, aht, answerWithin, target, maxOccupancy, shrinkage, intensity: (calls * aht) / (minutes * 60) };
}
