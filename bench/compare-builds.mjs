// Old build against new, in the same run: `servqual analyze --by branch` on the bench's 1M-row file,
// with one and two threads, the two builds' runs interleaved (old, new, old, new, …) so drift on a
// shared machine moves both alike. Prints each job's median wall and CPU (user + sys) seconds and the
// ratio new / old.
//   node bench/compare-builds.mjs --base REF [--runs 5] [--rows 1000000]
// Run `npm run build` first; REF is built in a temporary git worktree.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
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
  console.error('usage: node bench/compare-builds.mjs --base REF [--runs 5] [--rows 1000000]');
  process.exit(2);
}
const runs = Number(arg('runs', '5'));
const rows = Number(arg('rows', '1000000'));
const file = join(root, `bench/data/survey-${rows}.csv`);
if (!existsSync(file)) execFileSync(process.execPath, [join(root, 'bench/generate.mjs'), String(rows), file], { stdio: 'inherit' });

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

const dir = mkdtempSync(join(tmpdir(), 'servqual-bench-base-'));
try {
  execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', dir, base], { stdio: 'ignore' });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'ignore' });
  const builds = { old: join(dir, 'dist/cli/main.js'), new: join(root, 'dist/cli/main.js') };
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
} finally {
  execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', dir], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
