import pkg from '../../package.json' with { type: 'json' };
import { run } from './run.js';

// The `servqual` executable: real process streams around the testable `run`.
const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
}, pkg.version);
process.exitCode = code;
