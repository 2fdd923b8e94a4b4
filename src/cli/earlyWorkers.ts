import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/**
 * Without an explicit --threads, files smaller than this are read in one stream: below it, starting
 * workers costs more than they save (measured: 13 MB took 1.10 s with 2 threads, 0.70 s with one).
 */
export const MIN_PARALLEL_BYTES = 50e6;

/** The thread count when none is given: the cores Node may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * How many workers `servqual analyze` is likely to use, guessed from the raw arguments before the
 * CLI has loaded, so they can load their code while the CLI loads its own. Only a guess: the
 * analysis decides for itself, uses what was started (starting more if it needs them) and the
 * rest are stopped. Zero unless the command is `analyze`, more than one thread is asked for (or
 * the default), and an argument names a file large enough to split.
 */
export function workersWanted(argv: readonly string[]): number {
  if (argv[0] !== 'analyze' || argv.includes('--help') || argv.includes('-h')) return 0;
  const at = argv.findIndex((a) => a === '--threads' || a.startsWith('--threads='));
  const text = at < 0 ? undefined : (argv[at] as string).startsWith('--threads=') ? (argv[at] as string).slice('--threads='.length) : argv[at + 1];
  const threads = text === undefined ? defaultThreads() : Number(text);
  if (!Number.isInteger(threads) || threads < 2) return 0;
  const minBytes = text === undefined ? MIN_PARALLEL_BYTES : 1;
  return argv.slice(1).some((a) => !a.startsWith('-') && sizeOf(a) >= minBytes) ? threads - 1 : 0;
}

function sizeOf(path: string): number {
  try {
    const s = statSync(path);
    return s.isFile() ? s.size : 0;
  } catch {
    return 0;
  }
}
