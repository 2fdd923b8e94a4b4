import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { startWorker } from './startWorker.js';

/**
 * The library's worker script: `worker.js` beside `dist/node/index.js` for the ESM build,
 * `worker.cjs` beside `dist/node/index.cjs` for the CommonJS one — each format starts a worker of
 * its own format, built by tsup from src/node/threads/worker.ts.
 *
 * Where this module is: `__filename` in CommonJS (where `import.meta` is a syntax error: the
 * CommonJS build defines `import.meta.url` as undefined, see tsup.config.ts), `import.meta.url` in
 * ESM (which has no `__filename`). Only the library's Node entry imports this module, so the bundler
 * keeps it in that entry's file, not in a shared chunk one folder up (test/analyzeCsvThreads.test.ts
 * starts workers from both builds).
 */
export function libraryWorkerFile(): URL {
  const self = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  return pathToFileURL(join(dirname(self), `worker${extname(self)}`));
}

/** Starts a worker of the library's own (see {@link libraryWorkerFile}). */
export function startLibraryWorker(): Worker {
  return startWorker(libraryWorkerFile());
}
