// Writes examples/hotel-qualtrics.csv and examples/hotel-qualtrics-map.json: the bundled hotel survey
// (examples/hotel-survey.csv) re-exported as Qualtrics exports a survey — three header rows (question
// ids; question text; {"ImportId":…}), Qualtrics' own columns first, matrix questions as Q1_1…Q1_22
// (expectations) and Q2_1…Q2_22 (perceptions), the 100-point allocation as Q3_1…Q3_5 and overall
// satisfaction as Q4 — with the item answers as words: English, and for every seventh guest Chinese.
// The same answers, so `servqual analyze` gives the same report (test/platformExports.test.ts).
// Missing answers stay empty; a cell that is not an answer (n/a, 55) is written as it is.
// Run after `npm run build`: node examples/make-qualtrics.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { servqual22 } from 'servqual';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const [head, ...lines] = readFileSync(here('hotel-survey.csv'), 'utf8').trim().split('\n');
const header = head.split(',');
const at = (name) => header.indexOf(name);
const items = servqual22.dimensions.flatMap((d) => d.items);
const labels = servqual22.scale.labels;

const quote = (cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const line = (cells) => cells.map(quote).join(',');

// Column by column: its id, its question text, its import id, and its value in a row of hotel-survey.csv.
const columns = [];
const meta = (id, text, importId, value) => columns.push({ id, text, importId: JSON.stringify({ ImportId: importId }), value });
const minutes = (row) => (Number(row[at('respondent_id')].slice(1)) * 7) % 60;
const time = (row, m) => `${row[at('submitted_at')]} 10:${String(m).padStart(2, '0')}:00`;
meta('StartDate', 'Start Date', 'startDate', (row) => time(row, minutes(row) % 50));
meta('EndDate', 'End Date', 'endDate', (row) => time(row, (minutes(row) % 50) + 9));
meta('Status', 'Response Type', 'status', () => '0');
meta('Progress', 'Progress', 'progress', () => '100');
meta('Finished', 'Finished', 'finished', () => '1');
meta('RecordedDate', 'Recorded Date', 'recordedDate', (row) => time(row, (minutes(row) % 50) + 9));
meta('ResponseId', 'Response ID', '_recordId', (row) => `R_${row[at('respondent_id')]}`);
// Embedded data keeps its name in a Qualtrics export.
meta('branch', 'branch', 'branch', (row) => row[at('branch')]);
meta('submitted_at', 'submitted_at', 'submitted_at', (row) => row[at('submitted_at')]);

const word = (row, cell) => {
  const label = labels[cell];
  if (label === undefined) return cell; // empty, or not an answer at all: as it is
  return Number(row[at('respondent_id')].slice(1)) % 7 === 0 ? label.zh : label.en;
};
const STEMS = {
  E: ['Q1', 'Think of an excellent hotel. How far do you agree that it would have each of these features?'],
  P: ['Q2', 'Now think of this hotel. How far do you agree that it has each of these features?'],
};
for (const role of ['E', 'P']) {
  const [q, stem] = STEMS[role];
  items.forEach((item, k) => {
    const id = `${q}_${k + 1}`;
    columns.push({
      id,
      text: `${stem} - ${item.text.en}`,
      importId: JSON.stringify({ ImportId: `QID${q.slice(1)}_${k + 1}` }),
      map: `${role}${item.id}`,
      value: (row) => word(row, row[at(`${role}${item.id}`)]),
    });
  });
}
servqual22.dimensions.forEach((dimension, k) => {
  const id = `Q3_${k + 1}`;
  columns.push({
    id,
    text: `Share 100 points among the five features by how important each is to you. - ${dimension.name.en}`,
    importId: JSON.stringify({ ImportId: `QID3_${k + 1}` }),
    map: `W_${dimension.id}`,
    value: (row) => row[at(`W_${dimension.id}`)],
  });
});
columns.push({
  id: 'Q4',
  text: 'Overall, how satisfied are you with your stay?',
  importId: JSON.stringify({ ImportId: 'QID4' }),
  map: 'overall',
  value: (row) => row[at('overall')],
});

const rows = lines.map((l) => l.split(','));
const out = [
  line(columns.map((c) => c.id)),
  line(columns.map((c) => c.text)),
  line(columns.map((c) => c.importId)),
  ...rows.map((row) => line(columns.map((c) => c.value(row)))),
];
writeFileSync(here('hotel-qualtrics.csv'), `${out.join('\r\n')}\r\n`);
const map = Object.fromEntries(columns.filter((c) => c.map !== undefined).map((c) => [c.id, c.map]));
writeFileSync(here('hotel-qualtrics-map.json'), `${JSON.stringify(map, null, 2)}\n`);
console.log(`wrote examples/hotel-qualtrics.csv (${rows.length} responses) and examples/hotel-qualtrics-map.json (${Object.keys(map).length} columns)`);
