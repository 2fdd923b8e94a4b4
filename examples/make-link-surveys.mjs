// Makes the service-profit-chain example: a staff survey (the gap-factors constructs, 1–5) and a
// customer survey (SERVQUAL-22, E and P on 1–7) of the same hotel's twelve branches, the branches'
// business figures, and a complaints log. Each branch has a latent health h ~ N(0, 1) that raises
// its staff's answers, its customers' perceptions, and (through them) its RevPAR and retention, so
// the linkage has something to find. Airport has six staff: fewer than --min-unit 10, left out.
// Run: node examples/make-link-surveys.mjs   (fixed seed: the files come out the same every time)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './mulberry32.mjs';

const random = mulberry32(20251);
function normal() {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, Math.round(x)));
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// Item ids of the gap-factors instrument, in its order, and which are reverse-keyed (src/gaps/gapFactors.ts).
const STAFF_ITEMS =
  'MRO1 MRO2 MRO3 UPC1 UPC2 LOM1 LOM2 MCQ1 MCQ2 MCQ3 GLS1 GLS2 TST1 TST2 POF1 POF2 TMW1 TMW2 TMW3 EJF1 EJF2 TJF1 TJF2 PCN1 PCN2 SCS1 SCS2 RCF1 RCF2 RAM1 RAM2 HCM1 HCM2 PTO1 PTO2'.split(
    ' ',
  );
const REVERSED = new Set(['RCF1', 'RCF2', 'RAM1', 'RAM2', 'PTO1', 'PTO2']);
const BRANCHES = [
  ['Harbour', 14, 36],
  ['Old Town', 12, 30],
  ['Airport', 6, 28],
  ['Riverside', 16, 40],
  ['Station', 11, 25],
  ['Lakeside', 13, 33],
  ['University', 10, 22],
  ['Market', 15, 38],
  ['Hillside', 12, 26],
  ['Business Park', 17, 35],
  ['Seafront', 11, 30],
  ['Garden', 14, 27],
];

const staff = [['staff_id', 'branch', ...STAFF_ITEMS].join(',')];
const customers = [
  ['respondent_id', 'branch', ...Array.from({ length: 22 }, (_, i) => `E${i + 1}`), ...Array.from({ length: 22 }, (_, i) => `P${i + 1}`)].join(','),
];
const business = ['branch,revpar,retention'];
let s = 0;
let c = 0;
for (const [branch, nStaff, nCustomers] of BRANCHES) {
  const h = normal();
  for (let k = 0; k < nStaff; k++) {
    const person = 0.5 * normal();
    const answers = STAFF_ITEMS.map((id) => {
      const healthy = clamp(3.3 + 0.6 * h + person + 0.7 * normal(), 1, 5);
      return REVERSED.has(id) ? 6 - healthy : healthy;
    });
    staff.push([`S${String(++s).padStart(3, '0')}`, branch, ...answers].join(','));
  }
  let perceived = 0;
  for (let k = 0; k < nCustomers; k++) {
    const person = 0.5 * normal();
    const e = Array.from({ length: 22 }, () => clamp(6 + 0.7 * normal(), 1, 7));
    const p = Array.from({ length: 22 }, () => clamp(5.2 + 0.45 * h + person + 0.9 * normal(), 1, 7));
    perceived += p.reduce((a, x) => a + x, 0) / 22 / nCustomers;
    customers.push([`C${String(++c).padStart(4, '0')}`, branch, ...e, ...p].join(','));
  }
  business.push(
    [`"${branch}"`, (80 + 15 * (perceived - 5.2) + 4 * normal()).toFixed(2), (0.55 + 0.06 * (perceived - 5.2) + 0.03 * normal()).toFixed(3)].join(','),
  );
}

const CATEGORIES = [
  ['Slow check-in', 90],
  ['Noisy room', 60],
  ['Room not clean', 45],
  ['Billing error', 30],
  ['Wi-Fi', 25],
  ['Breakfast', 20],
  ['Staff attitude', 15],
  ['Parking', 10],
  ['Other', 5],
];
const weightSum = CATEGORIES.reduce((a, [, w]) => a + w, 0);
const complaints = ['complaint_id,branch,category'];
for (let k = 1; k <= 300; k++) {
  // The category whose stretch of the cumulative weights the draw falls in.
  const u = random() * weightSum;
  let below = 0;
  const category =
    CATEGORIES.find(([, w]) => {
      below += w;
      return u < below;
    })?.[0] ?? 'Other';
  // One complaint in fifty was logged without a category.
  complaints.push([k, `"${BRANCHES[Math.floor(random() * BRANCHES.length)][0]}"`, random() < 0.02 ? '' : category].join(','));
}

writeFileSync(here('./hotel-staff-by-branch.csv'), `${staff.join('\n')}\n`);
writeFileSync(here('./hotel-customers-by-branch.csv'), `${customers.join('\n')}\n`);
writeFileSync(here('./hotel-branch-business.csv'), `${business.join('\n')}\n`);
writeFileSync(here('./hotel-complaints.csv'), `${complaints.join('\n')}\n`);
