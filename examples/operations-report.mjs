// The Operations example: the hotel's service standards (examples/standards.json) checked SMART, their
// compliance from a month of audits (examples/observations.csv, made by make-observations.mjs) with
// gap 3 measured, the link to the customer survey by branch, and the Operations page (English and
// Chinese) with the call log's indicators and control charts.
// Run after a build: node examples/operations-report.mjs   (npm run example does it)
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  linkCustomers,
  observedCompliance,
  renderComplianceMarkdown,
  renderOperationsHtml,
  renderStandardsCheckMarkdown,
  servqual22,
  smartCheck,
} from 'servqual';
import { analyzeCsv, callsCsv, complianceLogCsv, loadStandards } from 'servqual/node';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const register = await loadStandards(here('./standards.json'));
const log = await complianceLogCsv(here('./observations.csv'), register, { period: 'week' });
const check = smartCheck(register, { instrument: servqual22, observed: log.observed() });
const survey = await analyzeCsv(here('./hotel-survey.csv'), { instrument: servqual22, method: 'servqual', by: ['branch'] });
const compliance = linkCustomers(log.result(), register, servqual22, survey.segments.branch, { by: 'branch' });
const calls = await callsCsv(here('./calls.csv'), {
  by: ['queue'],
  period: 'day',
  targets: ['abandonmentRate<=0.05', 'serviceLevels.F1>=0.8', '10<=asa<=30'],
});

mkdirSync(here('./output'), { recursive: true });
const files = {
  'standards-check.md': renderStandardsCheckMarkdown(check),
  'compliance.md': renderComplianceMarkdown(compliance),
  'operations.html': renderOperationsHtml(compliance, 'en', { calls }),
  'operations.zh.html': renderOperationsHtml(compliance, 'zh', { calls }),
};
for (const [name, text] of Object.entries(files)) writeFileSync(here(`./output/${name}`), text);

const pct = (x) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
console.log(`SMART check: ${check.standards.length} standards, ${check.standards.filter((s) => s.missing.length === 0).length} with no letter missing.`);
for (const s of check.standards.filter((x) => x.missing.length > 0))
  console.log(`  ${s.id}: ${s.missing.join(', ')} (${s.findings.map((f) => f.code).join(', ')})`);
const s = compliance.sample;
console.log(`${s.rows} observation rows read: ${s.used} used, ${s.excluded} excluded.`);
for (const x of compliance.standards)
  console.log(`  ${x.id.padEnd(12)} ${pct(x.rate).padStart(6)}  95% CI [${pct(x.ci95?.[0] ?? null)}, ${pct(x.ci95?.[1] ?? null)}]  n = ${x.n}`);
const o = compliance.overall;
console.log(`Weighted compliance index ${pct(o.index)} over ${o.visits} visits (${o.criticalFailed} failed by a critical standard): gap 3 = ${pct(o.gap3)}.`);
console.log(`  ${compliance.units.map((u) => `${u.unit} ${pct(u.index)}`).join(', ')}`);
const a = compliance.agreement;
console.log(`Observer agreement on ${a.subjects} unit-standard-days: ${pct(a.percentAgreement)}, Fleiss' kappa ${a.kappa?.toFixed(3)}.`);
const link = compliance.standards[0].customers;
console.log(
  `Customer link by branch: ${link.units} shared units; ${link.note === 'tooFewUnits' ? `too few for a correlation (at least ${compliance.options.minUnits})` : `r = ${link.r}`}.`,
);
console.log(`Gap 3 for diagnose: ${pct(observedCompliance(compliance).gap3)}.`);
console.log('Reports written:');
for (const name of Object.keys(files)) console.log(`  ${here(`./output/${name}`)}`);
