import pkg from '../../package.json' with { type: 'json' };
import { earlyPlan } from './earlyWorkers.js';
import { SharedBlocks } from '../node/threads/SharedBlocks.js';
import { startWorker } from '../node/threads/startWorker.js';
import type { WorkerData } from '../node/threads/worker.js';
import { BLOCK_ROWS } from '../score/blockRows.js';

// Workers for `analyze --threads` start first, so they load their code while the CLI loads its own
// (run.js is imported after, and only then initialised; this file is kept small so they start
// sooner). The first also scans the survey for where blocks start. Unused ones are stopped at the end.
// The worker is the library's engine (src/node/threads/worker.ts), bundled whole beside this file.
const argv = process.argv.slice(2);
const workerUrl = new URL('./worker.js', import.meta.url);
const plan = earlyPlan(argv);
const scanned = plan.file === null ? undefined : { file: plan.file.path, blocks: SharedBlocks.create(plan.file.size, BLOCK_ROWS) };
const spares = Array.from({ length: plan.workers }, (_, i) => {
  const workerData: WorkerData = i === 0 && scanned !== undefined ? { scan: { file: scanned.file, blocks: scanned.blocks.buffers } } : {};
  const worker = startWorker(workerUrl, workerData);
  worker.unref(); // a spare does not keep the process alive
  return worker;
});
const { run } = await import('./run.js');

// A reader that stops early (`servqual analyze … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// The `servqual` executable: real process streams around the testable `run`.
const code = await run(
  argv,
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: process.stdin,
    isTTY: process.stderr.isTTY === true,
    workerUrl,
    spawnWorker: () => {
      const worker = spares.pop() ?? startWorker(workerUrl);
      worker.ref(); // the analysis waits for it now
      return worker;
    },
    scanned,
  },
  pkg.version,
);
for (const spare of spares) void spare.terminate();
process.exitCode = code;
