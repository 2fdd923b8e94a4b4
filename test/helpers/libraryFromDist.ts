import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Instrument } from '../../src/index.js';
import type { AnalyzeCsvOptions } from '../../src/node/index.js';

/** The repository's root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds dist/ when it is missing (`npm test` builds it first; a single `npx vitest run` may not). */
export function ensureBuilt(): void {
  if (!existsSync(join(root, 'dist', 'node', 'worker.cjs')) || !existsSync(join(root, 'dist', 'cli', 'worker.js')))
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root });
}

/** One call of analyzeCsv: a file (or a stream of it) and the options besides the instrument. */
export interface LibraryRun {
  name: string;
  file: string;
  stream?: boolean;
  instrument: 'servqual22' | Instrument;
  options: Omit<AnalyzeCsvOptions, 'instrument' | 'onProgress' | 'onWarning' | 'onReader' | 'onRow'>;
}

/** What a run gave: the report's JSON or the error, and the worker threads it started. */
export interface LibraryResult {
  json?: string;
  error?: { code: string; message: string };
  workers: number;
}

/**
 * Runs each of `runs` with analyzeCsv from the built library in a new Node process, loading the ESM
 * build (dist/node/index.js) with Node's own loader or requiring the CommonJS one (index.cjs), as a
 * user's program would (test/helpers/analyzeCsvFromDist.mjs).
 */
export function analyzeCsvFromDist(format: 'esm' | 'cjs', runs: LibraryRun[], dir: string): Record<string, LibraryResult> {
  const file = join(dir, `runs-${format}.json`);
  writeFileSync(file, JSON.stringify(runs));
  const r = spawnSync(process.execPath, [join(root, 'test', 'helpers', 'analyzeCsvFromDist.mjs'), format, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`analyzeCsvFromDist.mjs ${format} exited ${String(r.status)}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, LibraryResult>;
}
