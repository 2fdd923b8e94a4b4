import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { servqual22 } from '../src/index.js';

// Runs the built command (dist/cli/main.js, built by `npm test`'s pretest) as a user would.
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'servqual-cli-'));

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
    expect(r.stdout).toBe('header: missing column "E7" (needed for method servqual) [E_MISSING_COLUMN]\n');
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
    const clean = mkdtempSync(join(tmpdir(), 'servqual-writes-'));
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
  it('gives byte-identical JSON for 1 and 2 threads and for standard input (rows past several 32,768-row blocks)', () => {
    const big = join(dir, 'threads.csv');
    execFileSync(process.execPath, [join(root, 'bench', 'generate.mjs'), '140000', big, '7']);
    const args = ['--by', 'branch', '--period', 'quarter', '--format', 'json', '--quiet'];
    const one = spawnSync(process.execPath, [bin, 'analyze', big, '--threads', '1', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const two = spawnSync(process.execPath, [bin, 'analyze', big, '--threads', '2', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const piped = spawnSync(process.execPath, [bin, 'analyze', '-', ...args], { encoding: 'utf8', input: readFileSync(big), maxBuffer: 1 << 26 });
    expect([one.status, two.status, piped.status]).toEqual([0, 0, 0]);
    expect((JSON.parse(one.stdout) as { sample: { used: number } }).sample.used).toBe(140000);
    expect(two.stdout).toBe(one.stdout);
    expect(piped.stdout).toBe(one.stdout);
  });

  it('gives the same JSON when this thread scans for blocks (no early scan by a worker)', async () => {
    // The executable starts a worker that scans the file while the CLI loads; run() without that
    // scan (as here) scans between its own blocks instead.
    const { run } = await import('../src/cli/run.js');
    const big = join(dir, 'threads.csv'); // made by the test above
    const args = ['--by', 'branch', '--period', 'quarter', '--format', 'json', '--quiet'];
    const one = spawnSync(process.execPath, [bin, 'analyze', big, '--threads', '1', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    let out = '';
    const workerUrl = pathToFileURL(join(root, 'dist', 'cli', 'worker.js'));
    const code = await run(
      ['analyze', big, '--threads', '2', ...args],
      { stdout: (t) => (out += t), stderr: () => undefined, stdin: process.stdin, workerUrl },
      '0',
    );
    expect(code).toBe(0);
    expect(out).toBe(one.stdout);
  });

  it('after an early scan that gave up: an error for a file that grew, the one-stream path for one it could not read', async () => {
    const { analyzeParallel } = await import('../src/cli/analyzeParallel.js');
    const { SharedBlocks } = await import('../src/cli/sharedBlocks.js');
    const { BLOCK_ROWS } = await import('../src/score/blockRows.js');
    const big = join(dir, 'threads.csv'); // made by the test above
    const size = statSync(big).size;
    const workerUrl = pathToFileURL(join(root, 'dist', 'cli', 'worker.js'));
    const attempt = (why: 'grew' | 'unreadable') => {
      const blocks = SharedBlocks.create(size, BLOCK_ROWS);
      blocks.abandon(why);
      return analyzeParallel(big, { instrument: servqual22 }, { threads: 2, spawn: () => new Worker(workerUrl), minBytes: 0, scanned: { file: big, blocks } });
    };
    await expect(attempt('grew')).rejects.toMatchObject({ code: 'E_IO', message: expect.stringContaining('grew') });
    await expect(attempt('unreadable')).resolves.toBeNull();
  });

  it('reports the same first problem, with the same line, as one thread does', () => {
    const big = join(dir, 'threads.csv'); // made by the test above
    const lines = readFileSync(big, 'utf8').split('\n');
    // A stray quote on line 100,001 (data row 100,000, in the second block) and another on line 135,001:
    // one pass stops at the first, so threads must report it and not the later one.
    const broken = lines.map((line, i) => (i === 100_000 || i === 135_000 ? line.replace(',', ',x"y') : line));
    const file = join(dir, 'threads-broken.csv');
    writeFileSync(file, broken.join('\n'));
    const args = ['--format', 'json', '--quiet'];
    const one = spawnSync(process.execPath, [bin, 'analyze', file, '--threads', '1', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const two = spawnSync(process.execPath, [bin, 'analyze', file, '--threads', '2', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(one.stderr).toContain('line 100001');
    expect([two.status, two.stderr]).toEqual([one.status, one.stderr]);
    expect(one.status).toBe(1);
  });
});

describe('earlyPlan(argv)', () => {
  it('guesses the workers of analyze --threads from the raw arguments', async () => {
    const { earlyPlan } = await import('../src/cli/earlyWorkers.js');
    const big = join(dir, 'small-for-workers.csv'); // any file under 50 MB
    writeFileSync(big, 'E1,P1\n1,2\n');
    expect(earlyPlan(['analyze', big, '--threads', '3']).workers).toBe(2);
    expect(earlyPlan(['analyze', big, '--threads=2', '--by', 'branch']).workers).toBe(1);
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
    writeFileSync(survey, 'E1,P1\n1,2\n3,4\n'); // 14 bytes
    writeFileSync(instrument, '{}'); // 2 bytes
    expect(earlyPlan(['analyze', '--instrument', instrument, survey, '--threads', '2']).file).toEqual({ path: survey, size: 14 });
    expect(earlyPlan(['analyze', survey, '--threads', '1']).file).toBeNull();
  });
});

describe('scanBlocks(file, blocks)', () => {
  it('publishes every block start, or records why it gave up, and claims then stop', async () => {
    const { scanBlocks } = await import('../src/cli/blockScanner.js');
    const { SharedBlocks } = await import('../src/cli/sharedBlocks.js');
    const file = join(dir, 'scan-blocks.csv');
    writeFileSync(file, 'h\n1\n2\n3\n4\n5\n'); // header, 5 rows: blocks of 2 start at bytes 2, 6, 10
    const ok = SharedBlocks.create(12, 2);
    scanBlocks(file, ok);
    expect([ok.scanned(), ok.count(), ok.scanFailure()]).toEqual([true, 3, null]);
    expect(ok.claim()).toEqual({ index: 0, start: 2, end: 6, firstRow: 1, firstLine: 2 });
    const missing = SharedBlocks.create(12, 2);
    scanBlocks(join(dir, 'no-such-file.csv'), missing);
    expect([missing.scanFailure(), missing.claim()]).toEqual(['unreadable', null]);
    // blocks of one row sized for a 2-byte file: more block starts than that allows means it grew
    const small = SharedBlocks.create(2, 1);
    scanBlocks(file, small);
    expect([small.scanFailure(), small.claim()]).toEqual(['grew', null]);
  });
});

describe('BlockScanner(file, blockRows, onBlockStart)', () => {
  it('finds block starts as the tokenizer counts records: quoted newlines, CRLF, lone CR', async () => {
    const { BlockScanner } = await import('../src/cli/blockScanner.js');
    const file = join(dir, 'offsets.csv');
    // header, then rows: a quoted field with a newline, CRLF, a lone CR, a blank line
    const text = 'h1,h2\n1,"a\nb"\r\n2,x\r3,y\n\n4,z';
    writeFileSync(file, text);
    const blockStarts: number[] = [];
    const lines: number[] = [];
    const scanner = new BlockScanner(file, 2, (offset, line) => {
      blockStarts.push(offset);
      lines.push(line);
    });
    while (scanner.step());
    const size = scanner.offset;
    // data rows start at: row1 6, row2 after CRLF, row3 after the lone CR, row4 blank, row5
    const rowStarts = [6, text.indexOf('2,x'), text.indexOf('3,y'), text.indexOf('\n4'), text.indexOf('4,z')];
    expect(blockStarts).toEqual([rowStarts[0], rowStarts[2], rowStarts[4]]);
    // lines: header 1; row 1 on lines 2–3 (quoted newline); row 2 on 4 (after CRLF); row 3 on 5 (after
    // the lone CR); the blank line 6; row 5 on 7
    expect(lines).toEqual([2, 5, 7]);
    expect(size).toBe(Buffer.byteLength(text));
  });
});
