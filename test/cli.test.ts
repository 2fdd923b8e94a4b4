import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { servqual22 } from '../src/index.js';
import { tempDir } from './helpers/tempDir.js';

// Runs the built command (dist/cli/main.js, built by `npm test`'s pretest) as a user would.
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist', 'cli', 'main.js');
const dir = tempDir('servqual-cli-');
const cores = availableParallelism();

function servqual(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, cwd: dir });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const ids = servqual22.dimensions.flatMap((d) => d.items.map((i) => i.id));
const header = [...ids.map((id) => `E${id}`), ...ids.map((id) => `P${id}`)];
/** A SERVQUAL-22 row with expectations e and perceptions p, except the named cells. */
function surveyRow(e: number, p: number, overrides: Record<string, string> = {}): string {
  return header.map((h) => overrides[h] ?? String(h.startsWith('E') ? e : p)).join(',');
}

beforeAll(() => {
  try {
    readFileSync(bin);
  } catch {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root });
  }
});

describe('servqual validate FILE', () => {
  it('exits 1 and names row 3, column P5 and the value 9, with no stack trace', () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, [header.join(','), surveyRow(6, 5), surveyRow(6, 5), surveyRow(6, 5, { P5: '9' }), surveyRow(7, 4)].join('\n'));
    const r = servqual(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('row 3, column P5: "9" is outside the scale 1–7 [E_OUT_OF_SCALE]\n');
    expect(r.stderr).toBe('4 rows checked (method servqual): 1 problem in 1 row\n');
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
  });

  it('exits 0 on a clean file', () => {
    const file = join(dir, 'good.csv');
    writeFileSync(file, [header.join(','), surveyRow(6, 5)].join('\n'));
    expect(servqual(['validate', file])).toMatchObject({ code: 0, stdout: '' });
  });

  it('exits 1 naming a missing column', () => {
    const file = join(dir, 'nocol.csv');
    writeFileSync(file, `${header.filter((h) => h !== 'E7').join(',')}\n`);
    const r = servqual(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('header: missing column E7 (needed for method servqual) [E_MISSING_COLUMN]\n'); // as analyze says it
  });
});

describe('servqual analyze FILE', () => {
  it('reads a survey saved by Excel (UTF-8 with BOM, CRLF) without complaint', () => {
    // Respondent 1: every gap 5 − 6 = −1; respondent 2: 4 − 7 = −3; so every gap mean is −2 (hand computation).
    const file = join(dir, 'excel.csv');
    writeFileSync(file, `\uFEFF${[header.join(','), surveyRow(6, 5), surveyRow(7, 4)].join('\r\n')}\r\n`);
    const r = servqual(['analyze', file, '--format', 'json']);
    expect(r.stderr).toBe('2 rows read: 2 used, 0 excluded\n');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { method: string; items: Array<{ gap: { mean: number; n: number } }>; sample: { used: number } };
    expect(report.method).toBe('servqual');
    expect(report.items.map((i) => [i.gap.n, i.gap.mean])).toEqual(ids.map(() => [2, -2]));
  });

  it('excludes an invalid row and says why; --strict fails instead', () => {
    const file = join(dir, 'mixed.csv');
    writeFileSync(file, [header.join(','), surveyRow(6, 5), surveyRow(6, 5, { E2: 'x' }), surveyRow(7, 4)].join('\n'));
    const r = servqual(['analyze', file, '--out', join(dir, 'report.md')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`3 rows read: 2 used, 1 excluded (1 non-numeric answer); report written to ${join(dir, 'report.md')}\n`);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^# Service quality report/);
    const strict = servqual(['analyze', file, '--strict']);
    expect(strict).toMatchObject({ code: 1, stdout: '', stderr: 'servqual: row 2, column E2: "x" is not a number\n' });
  });

  it('writes nowhere but --out and standard output', () => {
    const clean = tempDir('servqual-writes-');
    const input = join(clean, 'in.csv');
    writeFileSync(input, [header.join(','), surveyRow(6, 5), surveyRow(7, 4)].join('\n'));
    const r = spawnSync(process.execPath, [bin, 'analyze', input, '--format', 'html', '--out', join(clean, 'out.html')], { encoding: 'utf8', cwd: clean });
    expect(r.status).toBe(0);
    expect(readdirSync(clean).sort()).toEqual(['in.csv', 'out.html']);
  });

  it('reads standard input with -', () => {
    const r = servqual(['analyze', '-', '--format', 'json', '--quiet'], [header.join(','), surveyRow(6, 5), surveyRow(5, 6)].join('\n'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { sample: { used: number } }).sample.used).toBe(2);
  });

  it('exits 1 when no row can be used, saying why, instead of a report of n = 0', () => {
    // answers on 0–100 given to the 1–7 servqual22: every row is excluded (a report would say "maintain")
    const file = join(dir, 'hundred.csv');
    writeFileSync(file, [header.join(','), surveyRow(80, 60), surveyRow(90, 70)].join('\n'));
    const r = servqual(['analyze', file, '--out', join(dir, 'none.md')]);
    expect(r).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'servqual: no row could be used: 2 read, all excluded (2 answer outside the scale). First: row 1, column E1: "80" is outside the scale 1–7. ' +
        "If the survey's answers are on another scale than 1–7 (0–100?), give an instrument with that scale (--instrument FILE). servqual validate FILE lists every problem.\n",
    });
    expect(readdirSync(dir)).not.toContain('none.md');
  });

  it('exits 1 with one line for a missing file', () => {
    expect(servqual(['analyze', join(dir, 'nope.csv')])).toMatchObject({ code: 1, stderr: `servqual: cannot read ${join(dir, 'nope.csv')}: no such file\n` });
  });
});

describe('servqual usage', () => {
  it.each([
    [['analyze'], 'servqual: missing FILE (use - for standard input)'],
    [['analyze', 'x.csv', '--format', 'pdf'], 'servqual: --format: "pdf" is not one of markdown, json, html, csv'],
    [['analyze', 'x.csv', '--method', 'kano'], 'servqual: --method: "kano" is not one of servqual, servperf, three-column'],
    [['analyze', 'x.csv', '--bogus'], "servqual: Unknown option '--bogus'"],
    [['frobnicate'], 'servqual: unknown command "frobnicate"'],
    [['analyze', 'x.csv', '--fromat', 'json'], 'servqual: unknown option --fromat: did you mean --format?'],
    [['analyze', 'x.csv', '--threads', '0'], 'servqual: --threads: "0" is not a positive whole number'],
    [['template', '--lang', 'fr'], 'servqual: --lang: "fr" is not one of en, zh'],
  ])('servqual %j exits 2', (args, message) => {
    const r = servqual(args);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
  });

  it('has --help for every command and --version', () => {
    for (const args of [['--help'], ['analyze', '--help'], ['validate', '--help'], ['template', '--help']]) {
      const r = servqual(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^(servqual|Usage: servqual)/);
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(servqual(['--version']).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('servqual template', () => {
  it('prints the CSV header of the method', () => {
    const r = servqual(['template', '--method', 'three-column']);
    expect(r.stdout.trim().split(',').slice(0, 2)).toEqual(['MIN1', 'MIN2']);
    expect(r.stdout.trim().split(',')).toHaveLength(66 + 5 + 1); // 3 × 22 items, 5 weights, overall
  });
  it('prints the questionnaire in Chinese', () => {
    const r = servqual(['template', '--questionnaire', '--lang', 'zh']);
    expect(r.stdout).toContain('[P5] 承诺在某个时间前完成的事情，都能做到。');
  });
  it('includes the item-importance part with --importance (客户需求程度调查表)', () => {
    const header = servqual(['template', '--method', 'servperf', '--importance']).stdout.trim().split(',');
    expect(header).toHaveLength(22 + 22 + 5 + 1); // P, I, weights, overall
    expect(header.slice(22, 24)).toEqual(['I1', 'I2']);
    const zh = servqual(['template', '--questionnaire', '--importance', '--lang', 'zh']).stdout;
    expect(zh).toContain('客户需求程度：以下每项特征对您有多重要？ （1 = 完全不重要，7 = 非常重要）');
    expect(zh).toContain('[I5] 承诺在某个时间前完成的事情，都能做到。');
  });
});

describe('progress', () => {
  it('shows bytes, rows/s and time left on a terminal for files over 10 MB, and nothing otherwise', async () => {
    const { run } = await import('../src/cli/run.js');
    const big = join(dir, 'big.csv');
    execFileSync(process.execPath, [join(root, 'bench', 'generate.mjs'), '90000', big]);
    const capture = async (isTTY: boolean, extra: string[] = []) => {
      let err = '';
      const code = await run(
        ['analyze', big, '--format', 'json', '--out', join(dir, 'big.json'), ...extra],
        { stdout: () => undefined, stderr: (t) => (err += t), stdin: process.stdin, isTTY },
        '0',
      );
      return { code, err };
    };
    const tty = await capture(true);
    expect(tty.code).toBe(0);
    expect(tty.err).toMatch(/\r\u001b\[K\d+ \/ \d+ MB · [\d,]+ rows\/s · \d+ s left/);
    expect((await capture(false)).err).not.toContain('rows/s');
    expect((await capture(true, ['--quiet'])).err).toBe('');
  });

  it('counts rows with threads too', async () => {
    const { run } = await import('../src/cli/run.js');
    const big = join(dir, 'big.csv'); // made by the test above
    let err = '';
    const workerUrl = pathToFileURL(join(root, 'dist', 'cli', 'worker.js'));
    const code = await run(
      ['analyze', big, '--threads', '2', '--format', 'json', '--out', join(dir, 'big2.json')],
      { stdout: () => undefined, stderr: (t) => (err += t), stdin: process.stdin, isTTY: true, workerUrl },
      '0',
    );
    expect(code).toBe(0);
    const rates = [...err.matchAll(/([\d,]+) rows\/s/g)].map((m) => Number((m[1] as string).replaceAll(',', '')));
    expect(rates.length).toBeGreaterThan(0);
    expect(Math.max(...rates)).toBeGreaterThan(0);
  });
});

describe('servqual analyze --threads', () => {
  // The engine's own tests call analyzeCsv (test/analyzeCsvThreads.test.ts); these are the CLI's:
  // its workers start before the rest of the CLI loads, and one scans the file for blocks meanwhile.
  it('gives byte-identical JSON for 1 and 2 threads and for standard input (rows past several 32,768-row blocks)', () => {
    const big = join(dir, 'threads.csv');
    execFileSync(process.execPath, [join(root, 'bench', 'generate.mjs'), '70000', big, '7']);
    const args = ['--by', 'branch', '--period', 'quarter', '--format', 'json', '--quiet'];
    const one = spawnSync(process.execPath, [bin, 'analyze', big, '--threads', '1', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const two = spawnSync(process.execPath, [bin, 'analyze', big, '--threads', '2', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const piped = spawnSync(process.execPath, [bin, 'analyze', '-', ...args], { encoding: 'utf8', input: readFileSync(big), maxBuffer: 1 << 26 });
    expect([one.status, two.status, piped.status]).toEqual([0, 0, 0]);
    expect((JSON.parse(one.stdout) as { sample: { used: number } }).sample.used).toBe(70000);
    expect(two.stdout).toBe(one.stdout);
    expect(piped.stdout).toBe(one.stdout);
  });

  it('starts no worker for a one-row file with --threads 256, and warns of no listener leak with --threads 12', () => {
    const big = join(dir, 'threads.csv'); // made by the test above
    const oneRow = join(dir, 'threads-one-row.csv');
    writeFileSync(oneRow, `${readFileSync(big, 'utf8').split('\n').slice(0, 2).join('\n')}\n`);
    const args = ['--format', 'json', '--quiet'];
    const one = spawnSync(process.execPath, [bin, 'analyze', oneRow, '--threads', '1', ...args], { encoding: 'utf8' });
    const many = spawnSync(process.execPath, [bin, 'analyze', oneRow, '--threads', '256', ...args], { encoding: 'utf8' });
    expect([many.status, many.stdout, many.stderr]).toEqual([0, one.stdout, '']);
    // 12 threads, capped at the cores and the file's 3 blocks; on a machine of 11+ cores, 11 workers
    // used to add 11 'error' listeners to process.stdout, and the CLI's own was the 12th.
    const twelve = spawnSync(process.execPath, [bin, 'analyze', big, '--threads', '12', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect([twelve.status, twelve.stderr]).toEqual([0, '']);
  });
});

describe('earlyPlan(argv)', () => {
  it('guesses the workers of analyze --threads from the raw arguments, no more than the cores and the blocks the size allows', async () => {
    const { earlyPlan } = await import('../src/cli/earlyWorkers.js');
    const big = join(dir, 'small-for-workers.csv'); // under 50 MB, and 2 × 32,768 + 2 bytes: at most 3 blocks
    writeFileSync(big, 'x'.repeat(2 * 32_768 + 2));
    const oneRow = join(dir, 'one-row-for-workers.csv');
    writeFileSync(oneRow, 'E1,P1\n1,2\n');
    expect(earlyPlan(['analyze', big, '--threads', '3']).workers).toBe(Math.min(3, cores) - 1);
    expect(earlyPlan(['analyze', big, '--threads', '64']).workers).toBe(Math.min(3, cores) - 1);
    expect(earlyPlan(['analyze', big, '--threads=2', '--by', 'branch']).workers).toBe(Math.min(2, cores) - 1);
    expect(earlyPlan(['analyze', oneRow, '--threads', '256']).workers).toBe(0);
    expect(earlyPlan(['analyze', big]).workers).toBe(0); // default threads only for files over 50 MB
    expect(earlyPlan(['analyze', big, '--threads', '1']).workers).toBe(0);
    expect(earlyPlan(['analyze', big, '--threads', 'x']).workers).toBe(0);
    expect(earlyPlan(['analyze', '-', '--threads', '2']).workers).toBe(0);
    expect(earlyPlan(['validate', big, '--threads', '2']).workers).toBe(0);
    expect(earlyPlan(['analyze', big, '--threads', '2', '--help']).workers).toBe(0);
  });

  it('names the largest file given as the one to scan (an instrument file is a value, and small)', async () => {
    const { earlyPlan } = await import('../src/cli/earlyWorkers.js');
    const survey = join(dir, 'survey-for-plan.csv');
    const instrument = join(dir, 'instrument-for-plan.json');
    writeFileSync(survey, `E1,P1\n${'1,2\n'.repeat(20_000)}`); // 80,006 bytes: room for 3 blocks
    writeFileSync(instrument, '{}'); // 2 bytes
    expect(earlyPlan(['analyze', '--instrument', instrument, survey, '--threads', '2']).file).toEqual(cores < 2 ? null : { path: survey, size: 80_006 });
    expect(earlyPlan(['analyze', survey, '--threads', '1']).file).toBeNull();
  });
});
