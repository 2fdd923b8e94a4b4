import { statSync } from 'node:fs';
import { DEFAULTS } from '../defaults.js';
import { availableThreads } from '../node/threads/availableThreads.js';
import { SharedBlocks } from '../node/threads/SharedBlocks.js';
import { BLOCK_ROWS } from '../score/blockRows.js';

/**
 * Without an explicit --threads, files smaller than this are read in one stream: below it, starting
 * workers costs more than they save (measured: 13 MB took 1.10 s with 2 threads, 0.70 s with one).
 */
export const MIN_PARALLEL_BYTES = DEFAULTS.minParallelBytes;

/** The thread count when --threads is not given: the cores Node may use for a file of `size` bytes over 50 MB, else 1. */
export function defaultThreads(size: number): number {
  return size >= MIN_PARALLEL_BYTES ? availableThreads() : 1;
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
 * argument names a file large enough to split; never more than the cores available or the blocks
 * the file's size allows (`--threads 256` on a one-row file starts none).
 */
export function earlyPlan(argv: readonly string[]): EarlyPlan {
  if (argv[0] !== 'analyze' || argv.includes('--help') || argv.includes('-h')) return NONE;
  const at = argv.findIndex((a) => a === '--threads' || a.startsWith('--threads='));
  const text = at < 0 ? undefined : (argv[at] as string).startsWith('--threads=') ? (argv[at] as string).slice('--threads='.length) : argv[at + 1];
  const asked = text === undefined ? undefined : Number(text);
  if (asked !== undefined && (!Number.isInteger(asked) || asked < 2)) return NONE;
  // The survey is a positional argument; option values (an instrument file, say) are files too, and
  // are small: the largest file named is the likeliest survey.
  let file: EarlyPlan['file'] = null;
  for (const a of argv.slice(1)) {
    if (a.startsWith('-')) continue;
    const size = fileSize(a);
    if (size > 0 && (file === null || size > file.size)) file = { path: a, size };
  }
  if (file === null) return NONE;
  const threads = Math.min(asked ?? defaultThreads(file.size), availableThreads(), SharedBlocks.most(file.size, BLOCK_ROWS));
  return threads < 2 ? NONE : { workers: threads - 1, file };
}

/** The size of a file, 0 for anything else (a directory, a path that does not exist). */
export function fileSize(path: string): number {
  try {
    const s = statSync(path);
    return s.isFile() ? s.size : 0;
  } catch {
    return 0;
  }
}
