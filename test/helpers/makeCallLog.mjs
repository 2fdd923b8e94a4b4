// Writes a call log of ROWS calls from a fixed seed (the same file every run), shaped like
// examples/calls.csv (examples/make-calls.mjs): three queues, ISO date-times over five weeks, waits
// with decimals (so the moments are not all integers), handle times and rings of answered calls.
// Every 997th call is excluded when read (a negative wait), and every 1009th answered call has a
// quoted call id holding a comma, so every block has exclusions to report and quoting to follow.
//   node test/helpers/makeCallLog.mjs ROWS OUT.csv [SEED]
import { writeFileSync } from 'node:fs';
import { mulberry32 } from '../../examples/mulberry32.mjs';

const [rowsArg, out, seedArg] = process.argv.slice(2);
const rows = Number(rowsArg);
const random = mulberry32(Number(seedArg ?? 19));
const exponential = (mean) => -mean * Math.log(1 - random());
const QUEUES = [
  ['reservations', 12, 240, 300],
  ['billing', 20, 300, 240],
  ['support', 25, 420, 200],
];
const lines = ['call_id,queue,offered_at,outcome,wait_seconds,handle_seconds,rings'];
const start = Date.UTC(2025, 2, 3, 8);
for (let i = 1; i <= rows; i++) {
  const [queue, meanWait, meanHandle, meanPatience] = QUEUES[Math.floor(random() * 3)];
  const at = new Date(start + Math.floor((i / rows) * 35 * 86400) * 1000).toISOString().slice(0, 19);
  const wait = Math.round(exponential(meanWait) * 10) / 10;
  const patience = exponential(meanPatience);
  const answered = wait <= patience;
  const id = answered && i % 1009 === 0 ? `"C${i}, callback"` : `C${i}`;
  const shown = i % 997 === 0 ? -1 : answered ? wait : Math.round(patience * 10) / 10;
  const handle = answered ? String(Math.round(60 + exponential(meanHandle - 60))) : '';
  const rings = answered ? String(1 + Math.floor(wait / 6)) : '';
  lines.push(`${id},${queue},${at},${answered ? 'answered' : 'abandoned'},${shown},${handle},${rings}`);
}
writeFileSync(out, `${lines.join('\n')}\n`);
