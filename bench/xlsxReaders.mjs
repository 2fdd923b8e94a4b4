// Measures .xlsx readers on a 100,000-row workbook of the survey: time to read every cell of the first
// sheet as typed values, peak RSS, and install size — the figures in docs/reading.md.
//   node bench/xlsxReaders.mjs [DIR]
// DIR (default /tmp/xlsx-try) holds one npm project per candidate, made with:
//   for p in read-excel-file exceljs xlsx-stream-reader @e965/xlsx; do
//     d="DIR/c-${p//\//_}"; mkdir -p "$d" && (cd "$d" && npm init -y >/dev/null && npm install --save-exact "$p"); done
// The workbook (DIR/survey-100000.xlsx) is written first, if absent, from `bench/generate.mjs 100000`
// with @e965/xlsx: numbers as number cells, submitted_at as date cells, the rest as strings. Each
// reader then runs in its own process (`--one NAME`), RUNS times (default 3); the table gives the median time and
// the largest peak RSS (the process's maxRSS, with Node's own ~45 MB baseline included).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const one = args[0] === '--one' ? args[1] : undefined;
const dir = (one === undefined ? args[0] : args[2]) ?? '/tmp/xlsx-try';
const book = join(dir, 'survey-100000.xlsx');
/** Runs per reader (RUNS=1 for a quick look on a busy machine). */
const RUNS = Number(process.env.RUNS ?? 3);
const here = fileURLToPath(new URL('.', import.meta.url));
const requireFrom = (pkg) => createRequire(join(dir, `c-${pkg.replace('/', '_')}`, 'package.json'));

/** Each reader: resolves with [rows, sum of the number cells, dates seen] so no work can be skipped. */
const readers = {
  // servqual's choice: the streaming WorkbookReader (rows as they are unzipped; shared strings first).
  exceljs: async () => {
    const ExcelJS = requireFrom('exceljs')('exceljs');
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(book, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
    let rows = 0;
    let sum = 0;
    let dates = 0;
    for await (const sheet of reader) {
      for await (const row of sheet) {
        rows++;
        const values = row.values;
        for (let i = 1; i < values.length; i++) {
          const v = values[i];
          if (typeof v === 'number') sum += v;
          else if (v instanceof Date) dates++;
        }
      }
      break;
    }
    return [rows, sum, dates];
  },
  'read-excel-file': async () => {
    const { readSheet } = await import(requireFrom('read-excel-file').resolve('read-excel-file/node'));
    const data = await readSheet(book);
    let sum = 0;
    let dates = 0;
    for (const row of data)
      for (const v of row)
        if (typeof v === 'number') sum += v;
        else if (v instanceof Date) dates++;
    return [data.length, sum, dates];
  },
  'xlsx-stream-reader': () =>
    new Promise((resolve, reject) => {
      const XlsxStreamReader = requireFrom('xlsx-stream-reader')('xlsx-stream-reader');
      const { createReadStream } = requireFrom('xlsx-stream-reader')('fs');
      const workBookReader = new XlsxStreamReader({ formatting: false });
      let rows = 0;
      let sum = 0;
      workBookReader.on('error', reject);
      workBookReader.on('worksheet', (ws) => {
        if (Number(ws.id) !== 1) return ws.skip();
        ws.on('row', (row) => {
          rows++;
          for (const v of row.values) if (v !== undefined && v !== '' && !Number.isNaN(Number(v))) sum += Number(v);
        });
        ws.on('end', () => resolve([rows, sum, 0]));
        ws.process();
      });
      createReadStream(book).pipe(workBookReader);
    }),
  '@e965/xlsx': async () => {
    const XLSX = requireFrom('@e965/xlsx')('@e965/xlsx');
    const wb = XLSX.read(readFileSync(book), { cellDates: true, dense: true });
    const data = XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: true });
    let sum = 0;
    let dates = 0;
    for (const row of data)
      for (const v of row)
        if (typeof v === 'number') sum += v;
        else if (v instanceof Date) dates++;
    return [data.length, sum, dates];
  },
};

if (one !== undefined) {
  const start = performance.now();
  const [rows, sum, dates] = await readers[one]();
  const ms = performance.now() - start;
  console.log(JSON.stringify({ rows, sum, dates, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

if (!existsSync(book)) {
  const csv = join(dir, 'survey-100000.csv');
  execFileSync('node', [join(here, 'generate.mjs'), '100000', csv]);
  const XLSX = requireFrom('@e965/xlsx')('@e965/xlsx');
  const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
  const header = lines[0].split(',');
  const dateAt = header.indexOf('submitted_at');
  const aoa = [header];
  for (const line of lines.slice(1))
    aoa.push(
      line.split(',').map((cell, i) => {
        if (cell === '') return null;
        if (i === dateAt) {
          const [y, m, d] = cell.split('-').map(Number);
          return new Date(Date.UTC(y, m - 1, d));
        }
        return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
      }),
    );
  const ws = XLSX.utils.aoa_to_sheet(aoa, { cellDates: true, dateNF: 'yyyy-mm-dd', UTC: true });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'survey');
  XLSX.writeFile(wb, book, { compression: true });
}

const du = (path) => {
  let bytes = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  return bytes;
};
console.log(`workbook: ${book}, ${(statSync(book).size / 1e6).toFixed(1)} MB`);
console.log(`| reader | version | time (median of ${RUNS}) | peak RSS | rows | packages | install size |`);
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const name of Object.keys(readers)) {
  const root = join(dir, `c-${name.replace('/', '_')}`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    try {
      runs.push(JSON.parse(execFileSync('node', ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--one', name, dir], { encoding: 'utf8' })));
    } catch (error) {
      runs.push({ failed: String(error.message).split('\n')[0] });
      break;
    }
  }
  const ok = runs.filter((r) => r.failed === undefined);
  if (ok.length === 0) {
    console.log(`| ${name} | | failed: ${runs[0].failed} | | | | |`);
    continue;
  }
  const ms = ok.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(ok.length / 2)];
  const rss = Math.max(...ok.map((r) => r.maxRssMb));
  const version = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const packages = readdirSync(join(root, 'node_modules'), { recursive: true }).filter(
    (p) => p.endsWith('package.json') && !p.includes('node_modules/node_modules'),
  ).length;
  console.log(
    `| ${name} | ${version} | ${(ms / 1000).toFixed(2)} s | ${Math.round(rss)} MB | ${ok[0].rows} | ${packages} | ${(du(join(root, 'node_modules')) / 1e6).toFixed(1)} MB |`,
  );
}
