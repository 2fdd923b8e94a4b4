// (c) analyze() in memory on rows already parsed: the file is read into arrays first (not timed),
// then analyze() is timed alone. Prints the seconds analyze() took.
import { readFileSync } from 'node:fs';
import { analyze, servqual22 } from 'servqual';

const lines = readFileSync(process.argv[2], 'utf8')
  .split('\n')
  .filter((l) => l !== '');
const header = lines[0].split(',');
const rows = lines.slice(1).map((l) => l.split(',').map((c, i) => (i < 4 ? c : c === '' ? null : Number(c))));
lines.length = 0;
const t0 = process.hrtime.bigint();
const report = analyze({ header, rows }, { instrument: servqual22, by: ['branch'], maxRows: rows.length });
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
if (report.sample.used === 0) throw new Error('nothing used');
console.log(seconds.toFixed(3));
