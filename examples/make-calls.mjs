// Generates examples/calls.csv: a month of the bundled hotel's call centre, 3,000 calls in three
// queues, from a fixed seed (the same file every run). Waits are exponential with a mean per queue;
// callers give up after an exponential patience; support is understaffed in its third week, so the
// control charts have a signal to show. Three rows are deliberately bad (a negative wait, an unknown
// outcome, an answered call with no wait) to show how exclusions are reported.
// Run: node examples/make-calls.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './mulberry32.mjs';

const random = mulberry32(19);
const exponential = (mean) => -mean * Math.log(1 - random());
const pick = (weights) => {
  let u = random() * weights.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of weights) {
    u -= w;
    if (u < 0) return value;
  }
  return weights.at(-1)[0];
};

const QUEUES = {
  reservations: { weight: 5, wait: 12, handle: 240, patience: 300 },
  billing: { weight: 2, wait: 20, handle: 300, patience: 240 },
  support: { weight: 3, wait: 25, handle: 420, patience: 200 },
};
const rows = [['call_id', 'queue', 'offered_at', 'outcome', 'wait_seconds', 'handle_seconds', 'rings']];
const calls = [];
for (let i = 0; i < 3000; i++) {
  const day = Math.floor(random() * 28); // 3 to 30 March 2025: four ISO weeks
  const seconds = 8 * 3600 + Math.floor(random() * 12 * 3600);
  const at = new Date(Date.UTC(2025, 2, 3 + day, 0, 0, seconds));
  calls.push({ at, queue: pick(Object.entries(QUEUES).map(([q, p]) => [q, p.weight])) });
}
calls.sort((a, b) => a.at - b.at);
calls.forEach(({ at, queue }, i) => {
  const q = QUEUES[queue];
  const slow = queue === 'support' && at.getUTCDate() >= 17 && at.getUTCDate() <= 23 ? 3 : 1;
  const wait = Math.round(exponential(q.wait * slow));
  const patience = exponential(q.patience);
  const answered = wait <= patience;
  const shown = answered ? wait : Math.round(patience);
  rows.push([
    `C${String(i + 1).padStart(5, '0')}`,
    queue,
    at.toISOString().slice(0, 19),
    answered ? 'answered' : 'abandoned',
    String(shown),
    answered ? String(Math.round(60 + exponential(q.handle - 60))) : '',
    answered ? String(1 + Math.floor(shown / 6)) : '',
  ]);
});
// The three bad rows, where a real export would have them: scattered.
rows[101][4] = '-7';
rows[1502][3] = 'transferred';
rows[2403][4] = '';

writeFileSync(fileURLToPath(new URL('./calls.csv', import.meta.url)), `${rows.map((r) => r.join(',')).join('\n')}\n`);
console.log(`wrote examples/calls.csv: ${rows.length - 1} calls`);
