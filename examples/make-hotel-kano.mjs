// Writes examples/hotel-kano.csv: a Kano survey of the bundled hotel's services, 240 guests at two
// branches over four quarters of 2025, simulated with a fixed seed (so the file is the same on every run).
// Each guest's answer pair to an attribute is drawn from a category's cells of the evaluation table;
// the category is drawn from the attribute's shares below. "checkin" drifts from attractive to
// one-dimensional over the year (a surprise becoming an expectation); 5% of pairs lack one answer;
// a few guests answered in words, in English or Chinese.
// Run: node examples/make-hotel-kano.mjs
import { writeFileSync } from 'node:fs';

let seed = 20250101;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (xs) => xs[Math.floor(random() * xs.length)];

// The cells of each category in the evaluation table: [functional, dysfunctional].
const CELLS = {
  A: [
    [1, 2],
    [1, 3],
    [1, 4],
  ],
  O: [[1, 5]],
  M: [
    [2, 5],
    [3, 5],
    [4, 5],
  ],
  I: [
    [2, 2],
    [2, 3],
    [2, 4],
    [3, 2],
    [3, 3],
    [3, 4],
    [4, 2],
    [4, 3],
    [4, 4],
  ],
  R: [
    [5, 1],
    [5, 2],
    [2, 1],
  ],
  Q: [
    [1, 1],
    [5, 5],
  ],
};
// Shares of A, O, M, I, R, Q per attribute (per quarter for checkin).
const SHARES = {
  wifi: () => [0.12, 0.25, 0.5, 0.1, 0.02, 0.01],
  checkin: (q) =>
    [
      [0.5, 0.25, 0.1, 0.13, 0.01, 0.01],
      [0.4, 0.35, 0.1, 0.13, 0.01, 0.01],
      [0.25, 0.5, 0.12, 0.11, 0.01, 0.01],
      [0.15, 0.58, 0.15, 0.1, 0.01, 0.01],
    ][q],
  clean: () => [0.05, 0.3, 0.55, 0.08, 0.01, 0.01],
  upgrade: () => [0.55, 0.1, 0.03, 0.28, 0.03, 0.01],
  note: () => [0.45, 0.05, 0.02, 0.42, 0.05, 0.01],
  minibar: () => [0.2, 0.08, 0.07, 0.55, 0.08, 0.02],
};
const CATEGORIES = ['A', 'O', 'M', 'I', 'R', 'Q'];
const WORDS = [
  ['I like it', 'I expect it', 'I am neutral', 'I can live with it', 'I dislike it'],
  ['我很喜欢', '理所当然', '无所谓', '能忍受', '我很不喜欢'],
];
const draw = (shares) => {
  let u = random();
  for (let k = 0; k < shares.length; k++) {
    u -= shares[k];
    if (u < 0) return CATEGORIES[k];
  }
  return 'I';
};

const ids = Object.keys(SHARES);
const lines = [['respondent_id', 'branch', 'submitted_at', ...ids.flatMap((id) => [`F_${id}`, `D_${id}`])].join(',')];
for (let r = 1; r <= 240; r++) {
  const quarter = Math.floor((r - 1) / 60);
  const month = quarter * 3 + 1 + Math.floor(random() * 3);
  const date = `2025-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const words = r % 40 === 0 ? WORDS[(r / 40) % 2] : null;
  const cells = ids.flatMap((id) => {
    const [f, d] = pick(CELLS[draw(SHARES[id](quarter))]);
    const pair = words === null ? [f, d] : [words[f - 1], words[d - 1]];
    if (random() < 0.05) pair[random() < 0.5 ? 0 : 1] = '';
    return pair;
  });
  lines.push([`K${String(r).padStart(4, '0')}`, r % 3 === 0 ? 'Hangzhou-01' : 'Shanghai-02', date, ...cells].join(','));
}
writeFileSync(new URL('./hotel-kano.csv', import.meta.url), `${lines.join('\n')}\n`);
