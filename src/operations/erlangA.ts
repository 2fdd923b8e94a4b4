import { ServqualError } from '../errors.js';
import { MAX_AGENTS, staffingInputs } from './staffingInputs.js';
import type { ErlangCOptions } from './erlangC.js';

/** Options of {@link erlangA}: Erlang C's, and how long callers wait before they hang up. */
export interface ErlangAOptions extends ErlangCOptions {
  /** Mean patience in seconds: callers hang up after an exponential time of this mean (see `estimatePatience`). */
  patience: number;
}

/** What Erlang A gives for one number of agents. */
export interface ErlangAPoint {
  agents: number;
  /** P(wait > 0): the share of calls that find every agent busy and queue. */
  pWait: number;
  /** The share of calls that hang up before an agent answers. */
  pAbandon: number;
  /** The share of calls offered that are answered within `answerWithin` seconds. */
  serviceLevel: number;
  /** Average speed of answer: the mean wait of the calls answered, in seconds. */
  asa: number;
  /** The answered load per agent: intensity × (1 − pAbandon) / agents. */
  occupancy: number;
}

/** The result of {@link erlangA}. */
export interface ErlangAResult extends ErlangAPoint {
  /** Traffic intensity in Erlangs: calls × aht / interval seconds. */
  intensity: number;
  /** The mean patience used, in seconds. */
  patience: number;
  /** ceil(agents / (1 − shrinkage)): the agents to schedule so that `agents` are on the phones. */
  agentsWithShrinkage: number;
  /** Whether `agents` meets the service-level target at or below the maximum occupancy. */
  meetsTarget: boolean;
}

/** Queue lengths summed at most for one agent count: past it, the patience is far too long for the traffic. */
const MAX_QUEUE = 5_000_000;
/** A queue term this far (in natural logs) below the largest, past the mode, ends the sum: e^−45 ≈ 3·10⁻²⁰. */
const TAIL = 45;

/** Traffic of one interval, per second. */
interface Rates {
  lambda: number;
  mu: number;
  theta: number;
  answerWithin: number;
}

/**
 * Erlang A for `n` agents, given log(1/B) for Erlang B's blocking probability B of n agents.
 *
 * The queue is the birth–death chain of the M/M/n+M model, its stationary probabilities taken relative
 * to π_n and on the log scale: π_k/π_n summed over k < n is 1/B − 1, and π_{n+j}/π_n =
 * Π_{i=1..j} λ/(nμ + iθ). A call that finds j callers queued reaches an agent after j + 1 stages of
 * rates nμ + iθ (services, and hang-ups of those ahead); it is answered with probability
 * nμ/(nμ + (j + 1)θ), its wait when answered has mean Σ_{m=1..j+1} 1/(nμ + mθ), and it is answered
 * within T with probability nμ/(nμ + (j + 1)θ) · (1 − I_z(nμ/θ + 1, j + 1)), z = e^(−θT), where I is the
 * regularised incomplete beta function (e^(−θH) of the stages' sum H, with rates shifted by θ, is
 * Beta(nμ/θ + 1, j + 1)). I_z(a, b) is summed by its recursion in b, whose terms are all positive, on
 * the log scale: nothing overflows or cancels, for thousands of agents or a patience of years.
 */
function pointAt(n: number, logInvB: number, r: Rates): ErlangAPoint {
  const { lambda, mu, theta, answerWithin } = r;
  const nMu = n * mu;
  // log(1/B − 1): the states with an agent free, relative to π_n
  const logFree = logInvB + Math.log1p(-Math.exp(-logInvB));
  const logQueue: number[] = [0];
  let top = 0;
  for (let j = 1, log = 0; ; j++) {
    if (j > MAX_QUEUE)
      throw new ServqualError('E_INVALID_OPTION', `erlangA: patience ${1 / theta} s is too long for this traffic (use Erlang C)`, { option: 'patience' });
    log += Math.log(lambda / (nMu + j * theta));
    if (log < top - TAIL && lambda < nMu + j * theta) break;
    logQueue.push(log);
    if (log > top) top = log;
  }
  const ref = Math.max(top, logFree);
  let total = Math.exp(logFree - ref);
  for (const log of logQueue) total += Math.exp(log - ref);
  // I_z(a, b) for b = 1, 2, …: I_z(a, 1) = z^a, and I_z(a, b + 1) = I_z(a, b) + t_b with
  // t_1 = a z^a (1 − z), t_(b+1) = t_b (a + b)(1 − z)/(b + 1).
  const a = nMu / theta + 1;
  const logZA = -(nMu + theta) * answerWithin; // a·log z
  const log1mZ = Math.log(-Math.expm1(-theta * answerWithin));
  let notWithin = Math.exp(logZA);
  let logT = Math.log(a) + logZA + log1mZ;
  let pWait = 0;
  let pAbandon = 0;
  let within = 0;
  let waited = 0;
  let meanWait = 0;
  logQueue.forEach((log, j) => {
    const p = Math.exp(log - ref) / total;
    const rate = nMu + (j + 1) * theta;
    const answered = nMu / rate;
    meanWait += 1 / rate;
    pWait += p;
    pAbandon += (p * (j + 1) * theta) / rate;
    within += p * answered * Math.max(0, 1 - notWithin);
    waited += p * answered * meanWait;
    notWithin += Math.exp(logT);
    logT += Math.log(a + j + 1) + log1mZ - Math.log(j + 2);
  });
  const free = Math.exp(logFree - ref) / total;
  return {
    agents: n,
    pWait,
    pAbandon,
    serviceLevel: free + within,
    asa: waited / (1 - pAbandon),
    occupancy: (lambda * (1 - pAbandon)) / nMu,
  };
}

/**
 * Staffing by Erlang A (Palm 1943; Garnett, Mandelbaum & Reiman 2002): Erlang C with callers who hang
 * up. Calls arrive at random, are handled in exponential times by N agents, and a caller still
 * queued after an exponential patience of mean `patience` seconds hangs up (the M/M/N+M queue).
 * Unlike Erlang C it has an answer when agents ≤ intensity (the queue stays finite: callers leave),
 * and it does not overstate waits where many abandon. As patience grows it tends to Erlang C.
 *
 * For the agents it gives the probability of waiting, the probability of abandoning, the service
 * level (the share of calls offered answered within `answerWithin` seconds), ASA (the mean wait of
 * the calls answered) and occupancy (the answered load per agent). Without `agents`, `agents` is the
 * smallest count meeting `target` at or below `maxOccupancy` (the search starts at target × intensity:
 * no fewer agents can answer that share). See docs/statistics.md for the formulas.
 *
 * @param options - as erlangC's, and the mean `patience` in seconds
 * @returns intensity, patience, agents, pWait, pAbandon, serviceLevel, asa (seconds), occupancy,
 *   agentsWithShrinkage and meetsTarget
 * @throws {ServqualError} `E_INVALID_OPTION` naming the option, e.g. `erlangA: patience must be a
 *   positive number of seconds, got 0`
 * @example
 * // The Erlang C example's traffic (100 calls in 30 min, AHT 180 s, 14 agents, T = 20 s) with callers
 * // patient for 2 minutes on average: fewer wait (12.7% against Erlang C's 17.4%), 2.3% hang up
 * const r = erlangA({ calls: 100, minutes: 30, aht: 180, answerWithin: 20, agents: 14, patience: 120 });
 * [r.pWait, r.pAbandon, r.serviceLevel, r.asa].map((x) => Math.round(x * 1e4) / 1e4)
 * //=> [0.127, 0.0228, 0.9327, 2.3454]
 * @example
 * // The smallest team answering 80% within 20 s at most 85% busy: 12 (Erlang C asks for 14)
 * erlangA({ calls: 100, minutes: 30, aht: 180, patience: 120 }).agents
 * //=> 12
 */
export function erlangA(options: ErlangAOptions): ErlangAResult {
  const { calls, minutes, aht, patience } = options;
  const { answerWithin, target, maxOccupancy, shrinkage, intensity } = staffingInputs('erlangA', options);
  if (!(Number.isFinite(patience) && patience > 0))
    throw new ServqualError('E_INVALID_OPTION', `erlangA: patience must be a positive number of seconds, got ${patience}`, { option: 'patience' });
  const rates: Rates = { lambda: calls / (minutes * 60), mu: 1 / aht, theta: 1 / patience, answerWithin };
  const meets = (p: ErlangAPoint): boolean => p.serviceLevel >= target && p.occupancy <= maxOccupancy;
  const idle = (n: number): ErlangAPoint => ({ agents: n, pWait: 0, pAbandon: 0, serviceLevel: 1, asa: 0, occupancy: 0 });
  // No fewer than target × intensity agents can answer a share `target` (they answer at most their number in Erlangs).
  const from = options.agents ?? Math.max(1, Math.ceil(target * intensity));
  // log(1/B) of Erlang B by the recursion 1/B_k = 1 + (k/A)/B_(k−1), on the log scale.
  let logInvB = 0;
  let point: ErlangAPoint | undefined;
  for (let n = 1; n <= MAX_AGENTS; n++) {
    if (intensity > 0) logInvB += Math.log(n / intensity) + Math.log1p((intensity / n) * Math.exp(-logInvB));
    if (n < from) continue;
    const p = intensity === 0 ? idle(n) : pointAt(n, logInvB, rates);
    if (options.agents !== undefined || meets(p)) {
      point = p;
      break;
    }
  }
  if (point === undefined)
    throw new ServqualError('E_INVALID_OPTION', `erlangA: no team of up to ${MAX_AGENTS} agents meets the target ${target}`, { option: 'target' });
  const agentsWithShrinkage = Math.ceil(point.agents / (1 - shrinkage) - 1e-9);
  return { intensity, patience, ...point, agentsWithShrinkage, meetsTarget: meets(point) };
}
