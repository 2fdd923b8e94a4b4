// Writes dist/report.schema.json and dist/kano-report.schema.json, the JSON Schemas of the survey
// report and of the Kano report, from the zod schemas in the build.
import { writeFileSync } from 'node:fs';
import { kanoReportJsonSchema, reportJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../dist/report.schema.json', import.meta.url), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
writeFileSync(new URL('../dist/kano-report.schema.json', import.meta.url), `${JSON.stringify(kanoReportJsonSchema(), null, 2)}\n`);
