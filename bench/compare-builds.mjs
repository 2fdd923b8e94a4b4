// Old build against new, in the same run: `servqual analyze --by branch` on the bench's 1M-row file.
// Three ways, because a shared machine's speed drifts by ±30% between runs:
//   (default)        one and two threads, the builds' runs interleaved (old, new, old, new, …);
//                    prints each job's median wall and CPU (user + sys) seconds and the ratio new / old
//   --side-by-side   one thread each, both builds at once (one per core), so both see the same load;
//                    prints the median of each round's CPU ratio new / old (old against itself: within 1%)
//   --instructions   one thread, each build once under valgrind's callgrind on the 100k-row file:
//                    instructions executed, the same count for the same build and input whatever the load
//                    (about 1.7G of them are start-up and the report, whatever the rows)
//   node bench/compare-builds.mjs --base REF [--runs 5] [--rows 1000000] [--side-by-side | --instructions]
// Run `npm run build` first; REF is built in a temporary git worktree.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const base = arg('base');
if (base === undefined) {
  console.error('usage: node bench/compare-builds.mjs --base REF [--runs 5] [--rows 1000000] [--side-by-side | --instructions]');
  process.exit(2);
}
const runs = Number(arg('runs', '5'));
const instructions = process.argv.includes('--instructions');
const sideBySide = process.argv.includes('--side-by-side');
if (instructions && sideBySide) {
  console.error('compare-builds: give --side-by-side or --instructions, not both');
  process.exit(2);
}
const rows = Number(arg('rows', instructions ? '100000' : '1000000'));
const file = join(root, `bench/data/survey-${rows}.csv`);
if (!existsSync(file)) {
  mkdirSync(join(root, 'bench/data'), { recursive: true });
  execFileSync(process.execPath, [join(root, 'bench/generate.mjs'), String(rows), file], { stdio: 'inherit' });
}

/** Wall and CPU seconds of one run (GNU time's user + sys). */
function measure(cli, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S', process.execPath, cli, 'analyze', file, '--by', 'branch', '--format', 'json', '--out', '/dev/null', '-q', ...args],
    { encoding: 'utf8' },
  );
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(r.stderr);
  const [user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + sys };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const analyzeArgs = (cli) => [cli, 'analyze', file, '--by', 'branch', '--format', 'json', '--out', '/dev/null', '-q', '--threads', '1'];

/** CPU seconds of one run, started now; resolves when it ends. */
function cpuOf(cli) {
  return new Promise((resolve, reject) => {
    let err = '';
    const child = spawn('/usr/bin/time', ['-f', '%U %S', process.execPath, ...analyzeArgs(cli)], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(err));
      const [user, sys] = err.trim().split('\n').pop().split(' ').map(Number);
      resolve(user + sys);
    });
  });
}

/** Instructions one run executes under callgrind (--single-threaded: no V8 helper threads to count). */
function instructionsOf(cli, out) {
  const r = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', ...analyzeArgs(cli)], {
    encoding: 'utf8',
  });
  if (r.error !== undefined) throw new Error(`valgrind: ${r.error.message} (Debian: apt-get install valgrind)`);
  if (r.status !== 0) throw new Error(`the run under callgrind failed:\n${r.stderr}`);
  const summary = readFileSync(out, 'utf8').match(/^summary: (\d+)/m);
  if (summary === null) throw new Error(`no callgrind summary in ${out}`);
  return Number(summary[1]);
}

/** Prints the comparison the options ask for. */
async function compare(builds) {
  if (instructions) {
    const [o, n] = [instructionsOf(builds.old, join(dir, 'old.callgrind')), instructionsOf(builds.new, join(dir, 'new.callgrind'))];
    console.log(`${rows.toLocaleString('en')} rows, one thread, instructions under callgrind (base ${base}):\n`);
    console.log(`| old | new | new/old |\n|--:|--:|--:|\n| ${(o / 1e9).toFixed(3)} G | ${(n / 1e9).toFixed(3)} G | ${(n / o).toFixed(3)} |`);
    return;
  }
  if (sideBySide) {
    const ratios = [];
    const cpu = { old: [], new: [] };
    for (let round = 0; round < runs; round++) {
      const [o, n] = await Promise.all([cpuOf(builds.old), cpuOf(builds.new)]);
      cpu.old.push(o);
      cpu.new.push(n);
      ratios.push(n / o);
    }
    console.log(`${rows.toLocaleString('en')} rows, one thread, ${runs} rounds of both builds at once, medians (base ${base}):\n`);
    console.log(
      `| old CPU | new CPU | new/old, per round |\n|--:|--:|--:|\n| ${median(cpu.old).toFixed(2)} s | ${median(cpu.new).toFixed(2)} s | ${median(ratios).toFixed(3)} |`,
    );
    return;
  }
  const jobs = { 'threads 1': ['--threads', '1'], 'threads 2': ['--threads', '2'] };
  const times = {};
  for (let round = 0; round < runs; round++) {
    for (const [job, args] of Object.entries(jobs)) {
      // Alternate which build goes first, so neither always runs on a warmer cache.
      const order = round % 2 === 0 ? ['old', 'new'] : ['new', 'old'];
      for (const build of order) {
        const key = `${job} ${build}`;
        times[key] = [...(times[key] ?? []), measure(builds[build], args)];
      }
    }
  }
  console.log(`${rows.toLocaleString('en')} rows, ${runs} interleaved rounds, medians (base ${base}):\n`);
  console.log('| job | old wall | new wall | new/old | old CPU | new CPU | new/old |\n|---|--:|--:|--:|--:|--:|--:|');
  for (const job of Object.keys(jobs)) {
    const o = times[`${job} old`];
    const n = times[`${job} new`];
    const [ow, nw, oc, nc] = [median(o.map((t) => t.wall)), median(n.map((t) => t.wall)), median(o.map((t) => t.cpu)), median(n.map((t) => t.cpu))];
    console.log(
      `| ${job} | ${ow.toFixed(2)} s | ${nw.toFixed(2)} s | ${(nw / ow).toFixed(3)} | ${oc.toFixed(2)} s | ${nc.toFixed(2)} s | ${(nc / oc).toFixed(3)} |`,
    );
  }
}

const dir = mkdtempSync(join(tmpdir(), 'servqual-bench-base-'));
try {
  execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', dir, base], { stdio: 'ignore' });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'ignore' });
  await compare({ old: join(dir, 'dist/cli/main.js'), new: join(root, 'dist/cli/main.js') });
} finally {
  execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', dir], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
