// Checks that a refactor changed nothing a user sees: runs the CLI of this build and of another
// commit's build on every bundled fixture and example, in every format and language, and compares
// standard output and exit codes byte for byte.
//   node scripts/same-output.mjs --base REF [--big]
// REF is built in a temporary git worktree (its node_modules linked to this one's). --big also
// compares `analyze --by branch` on the bench's 1M-row file (bench/data/survey-1000000.csv, made by
// bench/generate.mjs when missing) with 1 and 2 threads. Run `npm run build` first. Exit 1 on any
// difference, naming the case.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const base = arg('base');
if (base === undefined) {
  console.error('usage: node scripts/same-output.mjs --base REF [--big]');
  process.exit(2);
}
const big = process.argv.includes('--big');
const f = (p) => join(root, p);

/** Every case: a name and the CLI arguments (paths absolute, so both builds read the same files). */
function cases() {
  const out = [];
  const formats = ['json', 'markdown', 'html', 'csv'];
  const surveys = [
    ['hotel', [f('examples/hotel-survey.csv')]],
    ['hotel-by-period', [f('examples/hotel-survey.csv'), '--by', 'branch', '--period', 'quarter']],
    ['hotel-by-pairwise', [f('examples/hotel-survey.csv'), '--by', 'branch', '--by', 'channel', '--reliability', 'pairwise', '--p-adjust', 'BH']],
    ['hotel-derived-midpoint', [f('examples/hotel-survey.csv'), '--importance', 'derived', '--ipa-crosshairs', 'midpoint', '--ipa-performance', 'gap']],
    ['hotel-servperf', [f('examples/hotel-survey.csv'), '--method', 'servperf', '--importance', 'equal']],
    ['complete', [f('test/fixtures/servqual-complete/data.csv')]],
    ['missing', [f('test/fixtures/servqual-missing/data.csv'), '--min-items', '2']],
    ['small40', [f('test/fixtures/servqual-small40/data.csv')]],
    ['custom-reverse', [f('test/fixtures/custom-reverse/data.csv'), '--instrument', f('test/fixtures/custom-reverse/instrument.json')]],
    ['servperf-100', [f('test/fixtures/servperf-100/data.csv'), '--instrument', f('test/fixtures/servperf-100/instrument.json')]],
    ['three-column', [f('test/fixtures/three-column/data.csv')]],
    ['segments', [f('test/fixtures/segments/data.csv'), '--by', 'branch', '--period', 'month']],
  ];
  for (const [name, args] of surveys) {
    for (const format of formats) {
      for (const lang of format === 'json' ? ['en'] : ['en', 'zh'])
        out.push([`analyze ${name} ${format} ${lang}`, ['analyze', ...args, '--format', format, '--lang', lang, '-q']]);
    }
    out.push([
      `validate ${name}`,
      [
        'validate',
        ...args.filter(
          (a, i) =>
            !['--by', '--period', '--importance', '--ipa-crosshairs', '--ipa-performance', '--reliability', '--p-adjust', '--min-items'].some(
              (flag) => args[i - 1] === flag || a === flag,
            ),
        ),
      ],
    ]);
  }
  for (const dir of ['encodings', 'hostile']) {
    for (const name of readdirSync(f(`test/fixtures/${dir}`))) {
      if (!/\.(csv|txt)$/.test(name)) continue;
      const file = f(`test/fixtures/${dir}/${name}`);
      out.push([`analyze ${dir}/${name}`, ['analyze', file, '--format', 'json', '-q']]);
      out.push([`validate ${dir}/${name}`, ['validate', file]]);
    }
  }
  const examples = f('examples');
  for (const lang of ['en', 'zh']) {
    for (const format of ['markdown', 'json']) {
      out.push([
        `diagnose ${format} ${lang}`,
        [
          'diagnose',
          '--customers',
          join(examples, 'hotel-survey.csv'),
          '--managers',
          join(examples, 'hotel-managers.csv'),
          '--staff',
          join(examples, 'hotel-staff.csv'),
          '--format',
          format,
          '--lang',
          lang,
        ],
      ]);
      out.push([`journey ${format} ${lang}`, ['journey', join(examples, 'hotel-journey.csv'), '--format', format, '--lang', lang]]);
    }
    out.push([`template questionnaire ${lang}`, ['template', '--questionnaire', '--lang', lang]]);
  }
  out.push(['template three-column', ['template', '--method', 'three-column']]);
  if (big) {
    const file = f('bench/data/survey-1000000.csv');
    if (!existsSync(file)) execFileSync(process.execPath, [f('bench/generate.mjs'), '1000000', file], { stdio: 'inherit' });
    for (const threads of ['1', '2'])
      out.push([`bench 1M --threads ${threads}`, ['analyze', file, '--by', 'branch', '--format', 'json', '--threads', threads, '-q']]);
  }
  return out;
}

function run(cli, args) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'buffer', maxBuffer: 1 << 30, cwd: tmpdir() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

const dir = mkdtempSync(join(tmpdir(), 'servqual-base-'));
let failures = 0;
try {
  execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', dir, base], { stdio: 'ignore' });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'ignore' });
  const all = cases();
  for (const [name, args] of all) {
    const a = run(join(dir, 'dist/cli/main.js'), args);
    const b = run(join(root, 'dist/cli/main.js'), args);
    if (a.status !== b.status || !a.stdout.equals(b.stdout)) {
      failures++;
      console.log(`DIFFERENT  ${name}: exit ${a.status} -> ${b.status}, ${a.stdout.length} -> ${b.stdout.length} bytes`);
      if (a.status !== b.status) console.log(`  stderr before: ${a.stderr.slice(0, 300)}\n  stderr after:  ${b.stderr.slice(0, 300)}`);
    }
  }
  console.log(`${all.length - failures} passed, ${failures} failed`);
} finally {
  execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', dir], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);
