// The call-centre example: the hotel's call log (examples/calls.csv, made by make-calls.mjs) by
// queue and by day, against control targets, written as Markdown and as HTML (English and Chinese),
// and the staffing an interval of it would need by Erlang C.
// Run after a build: node examples/calls-report.mjs   (npm run example does both)
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCallsHtml, renderCallsMarkdown, renderStaffingMarkdown, staffing } from 'servqual';
import { callsCsv } from 'servqual/node';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const report = await callsCsv(here('./calls.csv'), {
  by: ['queue'],
  period: 'day',
  targets: ['abandonmentRate<=0.05', 'serviceLevels.F1>=0.8', '10<=asa<=30'],
});
// A busy hour: 150 calls at the log's average handle time.
const plan = staffing({ calls: 150, minutes: 60, aht: Math.round(report.overall.aht) });

mkdirSync(here('./output'), { recursive: true });
const files = {
  'calls.md': renderCallsMarkdown(report),
  'calls.html': renderCallsHtml(report),
  'calls.zh.html': renderCallsHtml(report, 'zh'),
  'staffing.md': renderStaffingMarkdown(plan),
};
for (const [name, text] of Object.entries(files)) writeFileSync(here(`./output/${name}`), text);

const pct = (x) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const o = report.overall;
console.log(`${report.sample.rows} calls read: ${report.sample.used} used, ${report.sample.excluded} excluded.`);
console.log(
  `Abandonment ${pct(o.abandonmentRate)}, ASA ${o.asa.toFixed(1)} s, AHT ${o.aht.toFixed(0)} s, service level F1 ${pct(o.serviceLevels.F1)} (T = 20 s).`,
);
for (const s of report.segments.queue)
  console.log(
    `  ${s.value}: abandonment ${pct(s.abandonmentRate)}, F1 ${pct(s.serviceLevels.F1)}; targets ${s.targets.map((t) => `${t.text} ${t.status}`).join(', ')}`,
  );
const outside = report.controlCharts.abandonment.points.filter((p) => p.out).map((p) => p.period);
console.log(`Days outside the abandonment p-chart's limits: ${outside.join(', ') || 'none'}.`);
console.log(
  `Staffing 150 calls an hour at AHT ${plan.inputs.aht} s: ${plan.agents} agents (SL ${pct(plan.serviceLevel)}), ${plan.agentsWithShrinkage} scheduled at 30% shrinkage.`,
);
console.log('Reports written:');
for (const name of Object.keys(files)) console.log(`  ${here(`./output/${name}`)}`);
