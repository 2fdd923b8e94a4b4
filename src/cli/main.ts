import pkg from '../../package.json' with { type: 'json' };
import { run } from './run.js';

// A reader that stops early (`servqual analyze … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// The `servqual` executable: real process streams around the testable `run`.
const code = await run(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: process.stdin,
    isTTY: process.stderr.isTTY === true,
    workerUrl: new URL('./worker.js', import.meta.url),
  },
  pkg.version,
);
process.exitCode = code;
