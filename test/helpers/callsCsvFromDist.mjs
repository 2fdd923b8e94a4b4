// Runs callsCsv from the built library as a user's program would — dist/node/index.js imported by
// Node's own ESM loader, or dist/node/index.cjs required — and prints, for each run, the report's
// JSON (or the error's code and message) and how many worker threads the run started (counted as
// test/helpers/analyzeCsvFromDist.mjs counts them).
//   node test/helpers/callsCsvFromDist.mjs esm|cjs RUNS.json
// RUNS.json: [{ name, file, stream?, options }].
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import workerThreads from 'node:worker_threads';

let started = 0;
const Worker = workerThreads.Worker;
workerThreads.Worker = class CountedWorker extends Worker {
  constructor(...args) {
    super(...args);
    started++;
  }
};
syncBuiltinESMExports();

const [format, runsFile] = process.argv.slice(2);
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const node = format === 'cjs' ? createRequire(import.meta.url)(`${dist}node/index.cjs`) : await import(pathToFileURL(`${dist}node/index.js`).href);

const results = {};
for (const run of JSON.parse(readFileSync(runsFile, 'utf8'))) {
  const before = started;
  const source = run.stream === true ? createReadStream(run.file) : run.file;
  try {
    const report = await node.callsCsv(source, run.options);
    results[run.name] = { json: JSON.stringify(report), workers: started - before };
  } catch (error) {
    results[run.name] = { error: { code: error.code, message: error.message }, workers: started - before };
  }
}
process.stdout.write(JSON.stringify(results));
