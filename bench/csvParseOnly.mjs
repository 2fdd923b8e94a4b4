// Baseline (a): csv-parse alone, streaming arrays over the file, no statistics.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let records = 0;
for await (const _ of createReadStream(process.argv[2]).pipe(parse({ relax_column_count: true }))) records++;
console.log(records);
