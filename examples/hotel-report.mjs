// The bundled example: score the hotel survey, segment it by branch, follow it by quarter, and write
// the report as Markdown and as a self-contained HTML page (English and Chinese); then the Kano
// survey of the same hotel's services (hotel-kano.csv, made by make-hotel-kano.mjs), with its
// Better–Worse chart, in English and Chinese.
// Run after a build: node examples/hotel-report.mjs   (npm run example does both)
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderHtml, renderKanoHtml, renderKanoMarkdown, renderMarkdown, servqual22 } from 'servqual';
import { analyzeCsv, analyzeFile, kanoCsv, loadKanoInstrument } from 'servqual/node';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const report = await analyzeCsv(here('./hotel-survey.csv'), { instrument: servqual22, by: ['branch'], period: 'quarter' });
const kano = await kanoCsv(here('./hotel-kano.csv'), { instrument: await loadKanoInstrument(here('./hotel-kano.json')), by: ['branch'], period: 'quarter' });

mkdirSync(here('./output'), { recursive: true });
const files = {
  'report.md': renderMarkdown(report),
  'report.html': renderHtml(report),
  'report.zh.html': renderHtml(report, { lang: 'zh' }),
  'kano.md': renderKanoMarkdown(kano),
  'kano.html': renderKanoHtml(kano),
  'kano.zh.html': renderKanoHtml(kano, 'zh'),
};
for (const [name, text] of Object.entries(files)) writeFileSync(here(`./output/${name}`), text);

console.log(`${report.sample.rows} rows read: ${report.sample.used} used, ${report.sample.excluded} excluded.`);
console.log('What to fix first:');
for (const p of report.priorities.filter((x) => x.level === 'dimension').slice(0, 3)) console.log(`  ${p.rank}. ${p.reason.en}`);
console.log('Kano categories:');
for (const a of kano.attributes) console.log(`  ${a.name.en}: ${a.category} (Better ${a.better?.toFixed(2)}, Worse ${a.worse?.toFixed(2)})`);
for (const d of kano.drift ?? []) console.log(`  drift: ${d.id} ${d.from} in ${d.fromPeriod} -> ${d.to} in ${d.toPeriod}`);
console.log('Reports written:');
for (const name of Object.keys(files)) console.log(`  ${here(`./output/${name}`)}`);

// The same survey as an Excel workbook and as Parquet (made by make-workbooks.mjs): the same report, byte for byte.
for (const file of ['./hotel-survey.xlsx', './hotel-survey.parquet']) {
  const same = await analyzeFile(here(file), { instrument: servqual22, by: ['branch'], period: 'quarter' });
  console.log(
    `${file.slice(2)}: ${same.sample.rows} rows read, ${JSON.stringify(same) === JSON.stringify(report) ? 'the same report as the CSV' : 'NOT the same report as the CSV'}`,
  );
}
