import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './libraryFromDist.js';

/** What a run of the built command gave: its exit code and what it printed. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built command (dist/cli/main.js) as a user would, in `cwd`, with `input` on standard input.
 * Call `ensureBuilt()` (./libraryFromDist.js) first.
 */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), ...args], { encoding: 'utf8', cwd: options.cwd ?? root, input: options.input });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
