// (r) servqual's reading alone, on one thread: the survey file read exactly as `analyze --by branch`
// reads it on one thread (the byte kernel and its gather, the row reader with every check, one reused
// response per row, the branch column kept), with each row handed to nothing. With --score, (s): the
// same library call as analyze's one-thread path (analyzeCsv), so (s) − (r) is what scoring costs.
// Both load the same modules, so their start-up is the same. Prints the rows read.
//   node bench/readingOnly.mjs FILE [--score]
import { servqual22 } from 'servqual';
import { analyzeCsv, readSurveyCsv } from 'servqual/node';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: node bench/readingOnly.mjs FILE [--score]');
  process.exit(2);
}
const options = { instrument: servqual22, by: ['branch'] };
let rows = 0;
if (process.argv.includes('--score')) {
  const report = await analyzeCsv(file, { ...options, threads: 1 });
  rows = report.sample.used + report.sample.excluded;
} else {
  // what analyze's one-stream path passes (scanSurveyCsv): the `by` columns kept, one response reused
  // per row, each row handed over as it is read; the iterable yields what was read with the header
  const survey = await readSurveyCsv(file, {
    instrument: options.instrument,
    keep: options.by,
    reuse: true,
    onRow: () => {
      rows++;
    },
  });
  for await (const _ of survey.rows) rows++;
}
if (rows === 0) throw new Error(`no rows read from ${file}`);
console.log(rows);
