// npm run bench: generates seeded surveys at 100k and 1M responses (cached under bench/data/) and
// measures, side by side in one run, median of --runs (default 3):
//   (a) csv-parse alone over the file          (b) servqual analyze end to end, --by branch (default
//       threads; b1 one thread; b2 one thread with --period quarter too)
//   (c) analyze() in memory on parsed rows      (d) the pandas + SciPy job, when Debian's python3 has them
// It prints rows/s, MB/s, peak RSS and ratios to (a) and (d), and writes bench/RESULTS.md.
//   node bench/run.mjs [--sizes 100000,1000000] [--runs 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '100000,1000000').split(',').map(Number);
const runs = Number(arg('runs', '3'));
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const data = here('./data/');
mkdirSync(data, { recursive: true });
const gnuTime = existsSync('/usr/bin/time');
const python = '/usr/bin/python3';
const pandas = existsSync(python) && spawnSync(python, ['-c', 'import pandas, scipy'], { stdio: 'ignore' }).status === 0;

/** Runs a command; returns wall seconds and peak RSS in MB (GNU time when present). */
function measure(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = gnuTime ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  const rss = gnuTime ? Number(r.stderr.trim().split('\n').pop()) / 1024 : Number.NaN;
  return { wall, rss, stdout: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function repeat(fn) {
  const all = Array.from({ length: runs }, fn);
  return { wall: median(all.map((x) => x.wall)), rss: Math.max(...all.map((x) => x.rss)), stdout: all[0].stdout };
}

const rowsOut = [];
for (const n of sizes) {
  const file = `${data}survey-${n}.csv`;
  if (!existsSync(file)) execFileSync(process.execPath, [here('./generate.mjs'), String(n), file]);
  const mb = statSync(file).size / 1e6;
  const node = process.execPath;
  const a = repeat(() => measure(node, [here('./csvParseOnly.mjs'), file]));
  const b = repeat(() => measure(node, [here('../dist/cli/main.js'), 'analyze', file, '--by', 'branch', '--format', 'json', '--out', '/dev/null', '--quiet']));
  const b1 = repeat(() => measure(node, [here('../dist/cli/main.js'), 'analyze', file, '--by', 'branch', '--threads', '1', '--format', 'json', '--out', '/dev/null', '--quiet']));
  const bp = repeat(() => measure(node, [here('../dist/cli/main.js'), 'analyze', file, '--by', 'branch', '--period', 'quarter', '--threads', '1', '--format', 'json', '--out', '/dev/null', '--quiet']));
  const c = repeat(() => {
    const m = measure(node, [here('./inMemory.mjs'), file]);
    return { ...m, wall: Number(m.stdout.trim()) };
  });
  const d = pandas ? repeat(() => measure(python, [here('./pandas_job.py'), file])) : null;
  for (const [label, m] of [
    ['(a) csv-parse alone', a],
    [`(b) servqual analyze --by branch (threads: cores = ${cpus().length})`, b],
    ['(b1) servqual analyze --by branch --threads 1', b1],
    ['(b2) servqual analyze --by branch --period quarter --threads 1', bp],
    ['(c) analyze() in memory (analysis only)', c],
    ...(d ? [['(d) pandas + SciPy job', d]] : []),
  ]) {
    rowsOut.push({ n, mb, label, wall: m.wall, rss: m.rss, vsA: m.wall / a.wall, vsD: d ? m.wall / d.wall : null });
  }
}

const fmt = (x, digits = 2) => (x === null || Number.isNaN(x) ? '–' : x.toFixed(digits));
const table = [
  '| responses | file MB | what | wall s | rows/s | MB/s | peak RSS MB | × (a) | × (d) |',
  '|--:|--:|:--|--:|--:|--:|--:|--:|--:|',
  ...rowsOut.map((r) => `| ${r.n.toLocaleString('en')} | ${fmt(r.mb, 0)} | ${r.label} | ${fmt(r.wall)} | ${Math.round(r.n / r.wall).toLocaleString('en')} | ${fmt(r.mb / r.wall, 1)} | ${fmt(r.rss, 0)} | ${fmt(r.vsA)} | ${fmt(r.vsD)} |`),
].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}${pandas ? `, ${execFileSync(python, ['-c', 'import pandas, scipy; print("pandas", pandas.__version__, "SciPy", scipy.__version__)']).toString().trim()}` : ', no pandas'}`;
console.log(`${machine}\nmedian of ${runs} runs\n\n${table}`);
writeFileSync(
  here('./RESULTS.md'),
  `# Benchmark results\n\nMachine: ${machine}. Median of ${runs} runs, whole process (wall), peak RSS from GNU time.\nCommand: \`npm run bench\` (\`node bench/run.mjs --sizes ${sizes.join(',')} --runs ${runs}\`), after \`npm run build\`.\nData: \`bench/generate.mjs\` (seed 20261122): SERVQUAL-22 E and P, 5 weights, overall, branch, channel, date.\n\n${table}\n`,
);
