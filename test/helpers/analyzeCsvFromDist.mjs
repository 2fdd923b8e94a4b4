// Runs analyzeCsv from the built library as a user's program would — dist/node/index.js imported by
// Node's own ESM loader, or dist/node/index.cjs required — and prints, for each run, the report's
// JSON (or the error's code and message) and how many worker threads the run started.
//   node test/helpers/analyzeCsvFromDist.mjs esm|cjs RUNS.json
// RUNS.json: [{ name, file, stream?, instrument: 'servqual22' | an instrument object, options }].
// Workers are counted by wrapping worker_threads.Worker before the library loads (the ESM build's
// named import sees the wrapper through syncBuiltinESMExports; the CommonJS build reads the property
// at each `new`).
import { readFileSync, createReadStream } from 'node:fs';
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
const load = (name) => (format === 'cjs' ? createRequire(import.meta.url)(`${dist}${name}.cjs`) : import(pathToFileURL(`${dist}${name}.js`).href));
const core = await load('index');
const node = await load('node/index');

const results = {};
for (const run of JSON.parse(readFileSync(runsFile, 'utf8'))) {
  const before = started;
  const instrument = run.instrument === 'servqual22' ? core.servqual22 : run.instrument;
  const source = run.stream === true ? createReadStream(run.file) : run.file;
  try {
    const report = await node.analyzeCsv(source, { ...run.options, instrument });
    results[run.name] = { json: JSON.stringify(report), workers: started - before };
  } catch (error) {
    results[run.name] = { error: { code: error.code, message: error.message }, workers: started - before };
  }
}
process.stdout.write(JSON.stringify(results));
