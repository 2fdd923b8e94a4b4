// Writes dist/report.schema.json, the JSON Schema of the report, from the zod schema in the build.
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../dist/report.schema.json', import.meta.url), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
