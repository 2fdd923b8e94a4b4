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

/** What the CLI's entry starts before it loads the rest: how many workers, and the file to scan for blocks. */
export interface EarlyPlan {
  workers: number;
  /** The survey file the workers will likely split (its size in bytes): the largest file named. */
  file: { path: string; size: number } | null;
}

const NONE: EarlyPlan = { workers: 0, file: null };

/**
 * How many workers `servqual analyze` is likely to use, and on which file, guessed from the raw
 * arguments before the CLI has loaded, so the workers load their code (and one scans the file for
 * where blocks start) while the CLI loads its own. Only a guess: the analysis decides for itself,
 * uses what was started (starting more if it needs them) and the rest are stopped. No workers
 * unless the command is `analyze`, more than one thread is asked for (or the default), and an
 * argument names a file large enough to split.
 */
export function earlyPlan(argv: readonly string[]): EarlyPlan {
  if (argv[0] !== 'analyze' || argv.includes('--help') || argv.includes('-h')) return NONE;
  const at = argv.findIndex((a) => a === '--threads' || a.startsWith('--threads='));
  const text = at < 0 ? undefined : (argv[at] as string).startsWith('--threads=') ? (argv[at] as string).slice('--threads='.length) : argv[at + 1];
  const threads = text === undefined ? defaultThreads() : Number(text);
  if (!Number.isInteger(threads) || threads < 2) return NONE;
  const minBytes = text === undefined ? MIN_PARALLEL_BYTES : 1;
  // The survey is a positional argument; option values (an instrument file, say) are files too, and
  // are small: the largest file named is the likeliest survey.
  let file: EarlyPlan['file'] = null;
  for (const a of argv.slice(1)) {
    if (a.startsWith('-')) continue;
    const size = sizeOf(a);
    if (size >= minBytes && (file === null || size > file.size)) file = { path: a, size };
  }
  return file === null ? NONE : { workers: threads - 1, file };
}

function sizeOf(path: string): number {
  try {
    const s = statSync(path);
    return s.isFile() ? s.size : 0;
  } catch {
    return 0;
  }
}
