import { availableParallelism } from 'node:os';

/**
 * The most threads worth starting: the cores Node may use (`os.availableParallelism()`, which
 * honours CPU affinity), at least 1. More threads than cores only take turns on them, each with the
 * memory and start-up of a worker.
 */
export function availableThreads(): number {
  return Math.max(1, availableParallelism());
}
