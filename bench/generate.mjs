// Seeded generator of realistic SERVQUAL-22 surveys, streamed to a file: latent dimension levels per
// respondent (so items correlate within a dimension), expectations above perceptions (gaps), 2% missing
// cells, 12 branches (one slow on responsiveness), two channels, dates over two years, 100-point weights
// from about 70% of respondents, and overall satisfaction driven by the gaps.
//   node bench/generate.mjs ROWS FILE [SEED]
import { createWriteStream } from 'node:fs';

const [rowsArg, file, seedArg] = process.argv.slice(2);
const rows = Number(rowsArg ?? 100000);
if (!Number.isInteger(rows) || rows < 1 || file === undefined) {
  console.error('usage: node bench/generate.mjs ROWS FILE [SEED]');
  process.exit(2);
}

// mulberry32: small, fast, seeded
let state = Number(seedArg ?? 20261122) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const normal = () => {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
};
const likert = (x) => Math.min(7, Math.max(1, Math.round(x)));

const dims = [
  [0, 4],
  [4, 9],
  [9, 13],
  [13, 17],
  [17, 22],
];
const eCentre = [5.6, 6.3, 6.0, 6.1, 5.7];
const pCentre = [5.5, 5.0, 5.2, 5.7, 5.3];
const branches = Array.from({ length: 12 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`);
const start = Date.UTC(2024, 0, 1);

const out = createWriteStream(file);
const header = ['respondent_id', 'branch', 'channel', 'submitted_at'];
for (let i = 1; i <= 22; i++) header.push(`E${i}`);
for (let i = 1; i <= 22; i++) header.push(`P${i}`);
header.push('W_tangibles', 'W_reliability', 'W_responsiveness', 'W_assurance', 'W_empathy', 'overall');
out.write(`${header.join(',')}\n`);

let buffer = '';
const cells = new Array(header.length);
for (let r = 0; r < rows; r++) {
  const branch = Math.floor(random() * branches.length);
  const day = Math.floor((r / rows) * 730);
  cells[0] = `r${r}`;
  cells[1] = branches[branch];
  cells[2] = random() < 0.6 ? 'store' : 'online';
  cells[3] = new Date(start + day * 86400000).toISOString().slice(0, 10);
  let gapSum = 0;
  for (let d = 0; d < 5; d++) {
    const [a, b] = dims[d];
    const e = eCentre[d] + 0.5 * normal();
    const p = pCentre[d] + 0.8 * normal() - (branch === 3 && d === 2 ? 0.8 : 0);
    gapSum += p - e;
    for (let i = a; i < b; i++) {
      cells[4 + i] = random() < 0.02 ? '' : likert(e + 0.7 * normal());
      cells[26 + i] = random() < 0.02 ? '' : likert(p + 0.8 * normal());
    }
  }
  if (random() < 0.7) {
    let left = 100;
    for (let d = 0; d < 4; d++) {
      const w = Math.min(left, Math.floor(random() * 35) + 5);
      cells[48 + d] = w;
      left -= w;
    }
    cells[52] = left;
  } else {
    for (let d = 0; d < 5; d++) cells[48 + d] = '';
  }
  cells[53] = likert(4.8 + 0.9 * (gapSum / 5) + 0.7 * normal());
  buffer += `${cells.join(',')}\n`;
  if (buffer.length > 1 << 20) {
    if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
    buffer = '';
  }
}
out.end(buffer);
await new Promise((resolve) => out.once('finish', resolve));
