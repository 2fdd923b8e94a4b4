import { Worker } from 'node:worker_threads';
import pkg from '../../package.json' with { type: 'json' };
import { workersWanted } from './earlyWorkers.js';

// Workers for `analyze --threads` start first, so they load their code while the CLI loads its own
// (run.js is imported after, and only then initialised). Unused ones are stopped at the end.
const argv = process.argv.slice(2);
const workerUrl = new URL('./worker.js', import.meta.url);
const spares = Array.from({ length: workersWanted(argv) }, () => {
  const worker = new Worker(workerUrl);
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
      const worker = spares.pop() ?? new Worker(workerUrl);
      worker.ref(); // the analysis waits for it now
      return worker;
    },
  },
  pkg.version,
);
for (const spare of spares) void spare.terminate();
process.exitCode = code;
