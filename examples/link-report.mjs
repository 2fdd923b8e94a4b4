// The service-profit chain of the bundled example: the staff survey (the gap-factors constructs) and
// the customer survey (SERVQUAL-22) of the hotel's twelve branches, linked by branch with the branches'
// RevPAR and retention, and the complaints log's Pareto. The files are made by make-link-surveys.mjs.
// Run after a build: node examples/link-report.mjs   (npm run example runs it)
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderLinkageHtml, renderLinkageMarkdown, renderParetoHtml, renderParetoMarkdown, servqual22 } from 'servqual';
import { linkCsv, paretoCsv } from 'servqual/node';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const linkage = await linkCsv(
  { staff: here('./hotel-staff-by-branch.csv'), customers: here('./hotel-customers-by-branch.csv'), business: here('./hotel-branch-business.csv') },
  { instrument: servqual22, by: 'branch' },
);
const complaints = await paretoCsv(here('./hotel-complaints.csv'), { category: 'category' });

mkdirSync(here('./output'), { recursive: true });
const files = {
  'linkage.md': renderLinkageMarkdown(linkage),
  'linkage.html': renderLinkageHtml(linkage),
  'linkage.zh.html': renderLinkageHtml(linkage, 'zh'),
  'complaints.md': renderParetoMarkdown(complaints),
  'complaints.html': renderParetoHtml(complaints),
  'complaints.zh.html': renderParetoHtml(complaints, 'zh'),
};
for (const [name, text] of Object.entries(files)) writeFileSync(here(`./output/${name}`), text);

const headline = linkage.pairs.find((p) => p.from.id === 'overall' && p.to.side === 'customers' && p.to.id === 'overall');
console.log(
  `Service-profit chain: ${linkage.units.length} branches linked, ${linkage.excluded.length} left out (${linkage.excluded.map((e) => e.unit).join(', ')}).`,
);
console.log(`  staff overall -> customers overall: r = ${headline?.r?.toFixed(2)} [${headline?.ci95?.map((x) => x.toFixed(2)).join(', ')}]`);
for (const p of linkage.pairs.filter((x) => x.from.id === 'overall' && x.to.side === 'business'))
  console.log(`  customers overall -> ${p.to.id}: r = ${p.r?.toFixed(2)} [${p.ci95?.map((x) => x.toFixed(2)).join(', ')}]`);
console.log(
  `  below the median on both sides: ${linkage.units
    .filter((u) => u.bothBelowMedian)
    .map((u) => u.unit)
    .join(', ')}`,
);
console.log(`Complaints: the vital few are ${complaints.vitalFew.join(', ')} (${complaints.total} complaints, ${complaints.blank} without a category).`);
console.log('Reports written:');
for (const name of Object.keys(files)) console.log(`  ${here(`./output/${name}`)}`);
