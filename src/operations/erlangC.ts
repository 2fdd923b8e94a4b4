import { ServqualError } from '../errors.js';
import { type ErlangCOptions, MAX_AGENTS, staffingInputs } from './staffingInputs.js';
import type { ErlangCPoint, ErlangCResult } from '../report/StaffingSchema.js';

export type { ErlangCOptions } from './staffingInputs.js';

/**
 * Erlang C for N agents, given Erlang B's blocking probability B for N servers at intensity A.
 * C = N·B / (N − A·(1 − B)): the M/M/N queue's probability of waiting, from the loss system's.
 */
function pointAt(agents: number, intensity: number, erlangB: number, answerWithin: number, aht: number): ErlangCPoint {
  if (agents <= intensity) return { agents, pWait: 1, serviceLevel: 0, asa: null, occupancy: 1 };
  const pWait = Math.min(1, (agents * erlangB) / (agents - intensity * (1 - erlangB)));
  const spare = agents - intensity;
  return {
    agents,
    pWait,
    serviceLevel: 1 - pWait * Math.exp((-spare * answerWithin) / aht),
    asa: (pWait * aht) / spare,
    occupancy: intensity / agents,
  };
}

/**
 * Staffing by Erlang C: the agents an interval needs so that a share `target` of its calls is answered
 * within `answerWithin` seconds, and what that number of agents gives.
 *
 * Calls arrive at random (Poisson) and are handled in exponentially distributed times by N agents, and
 * callers wait as long as it takes (M/M/N; no abandonment). With intensity A = calls × aht / interval
 * seconds (in Erlangs), the probability that a call waits at all is Erlang's C formula,
 * P(wait) = N·B / (N − A(1 − B)), where B is Erlang B's blocking probability; then
 * service level = 1 − P(wait)·e^(−(N − A)·T/aht), ASA = P(wait)·aht / (N − A), occupancy = A / N.
 * B is computed by its recursion B₀ = 1, Bₖ = A·Bₖ₋₁ / (k + A·Bₖ₋₁), whose terms all lie in (0, 1], so
 * no factorial or power of A is ever formed and hundreds or thousands of agents are exact to rounding.
 *
 * Without `agents`, `agents` is the smallest count meeting the target at or below `maxOccupancy`.
 * `agentsWithShrinkage` = ceil(agents / (1 − shrinkage)) is how many to schedule. Erlang C ignores
 * callers who hang up, so it overstates waits where many abandon (Erlang A models them).
 *
 * @param options - the interval's calls, minutes and average handle time, and the target
 * @returns intensity, agents, pWait, serviceLevel, asa (seconds), occupancy and agentsWithShrinkage
 * @throws {ServqualError} `E_INVALID_OPTION` naming the option, e.g.
 *   `erlangC: minutes must be a positive number, got 0`
 * @example
 * // R package ErlangC's example: 100 calls in 30 minutes, 180 s handle time, 14 agents, T = 20 s
 * const r = erlangC({ calls: 100, minutes: 30, aht: 180, answerWithin: 20, agents: 14 });
 * [r.intensity, Math.round(r.pWait * 1e7) / 1e7, Math.round(r.serviceLevel * 1e5) / 1e5, Math.round(r.asa * 1000) / 1000]
 * //=> [10, 0.1741319, 0.88835, 7.836]
 * @example
 * // The smallest team answering 80% within 20 s at most 85% busy (13 agents answer only 79.6%),
 * // and how many to schedule at 30% shrinkage: ceil(14 / 0.7)
 * const r = erlangC({ calls: 100, minutes: 30, aht: 180 });
 * [r.agents, r.agentsWithShrinkage]
 * //=> [14, 20]
 */
export function erlangC(options: ErlangCOptions): ErlangCResult {
  const { aht, answerWithin, target, maxOccupancy, shrinkage, intensity } = staffingInputs('erlangC', options);
  const meets = (p: ErlangCPoint): boolean => p.serviceLevel >= target && p.occupancy <= maxOccupancy && p.agents > intensity;
  // Walk Erlang B's recursion up from one agent: each step is the next agent count.
  let b = 1;
  let point: ErlangCPoint | undefined;
  for (let n = 1; n <= MAX_AGENTS; n++) {
    b = (intensity * b) / (n + intensity * b);
    if (options.agents !== undefined) {
      if (n === options.agents) point = pointAt(n, intensity, b, answerWithin, aht);
    } else if (n > intensity) {
      const p = pointAt(n, intensity, b, answerWithin, aht);
      if (meets(p)) point = p;
    }
    if (point !== undefined) break;
  }
  if (point === undefined)
    throw new ServqualError('E_INVALID_OPTION', `erlangC: no team of up to ${MAX_AGENTS} agents meets the target ${target}`, { option: 'target' });
  // Less a hair before rounding up: 7 / (1 − 0.3) is 10.000000000000002 in floating point, and means 10.
  const agentsWithShrinkage = Math.ceil(point.agents / (1 - shrinkage) - 1e-9);
  return { intensity, ...point, agentsWithShrinkage, meetsTarget: meets(point) };
}
