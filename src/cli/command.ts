import type { Worker } from 'node:worker_threads';
import type { ScannedFile } from '../node/threads/analyzeInThreads.js';
import type { FlagSpec, FlagValues } from './flags.js';

/** Where the CLI writes; injectable so tests can capture it. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
  /** Whether stderr is a terminal (progress is shown only then). */
  isTTY?: boolean;
  /** The worker script for --threads; without it (and without spawnWorker) the CLI reads in one thread. */
  workerUrl?: URL;
  /** Hands out a worker for --threads: the executable gives ones it started early. Default: startWorker(workerUrl). */
  spawnWorker?: () => Worker;
  /** Blocks of a file that a worker began scanning when the executable started (see earlyPlan). */
  scanned?: ScannedFile | undefined;
}

/**
 * A command of `servqual`, declared as data: its flags (from which parsing, checks and help are
 * derived), its words in the help, and what it does with the parsed values.
 */
export interface Command<Fs extends readonly FlagSpec[] = readonly FlagSpec[]> {
  readonly name: string;
  /** What follows the command's name in a usage line: `FILE|- [options]`. */
  readonly synopsis: string;
  /** One line for the main help. */
  readonly summary: string;
  /** The paragraphs of the command's help, before its options. */
  readonly description: string;
  readonly flags: Fs;
  run(values: FlagValues<Fs>, positionals: string[], io: CliIO): Promise<number>;
}

/** Declares a command, keeping its flags' literal types for `run`. */
export function command<const Fs extends readonly FlagSpec[]>(c: Command<Fs>): Command<Fs> {
  return c;
}
