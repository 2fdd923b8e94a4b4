import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CallsReportSchema, StaffingSchema } from '../src/index.js';
import { ensureBuilt, root } from './helpers/libraryFromDist.js';
import { type CliRun, runCli } from './helpers/runCli.js';
import { tempDir } from './helpers/tempDir.js';

// Runs the built command (dist/cli/main.js) as a user would.
const dir = tempDir('servqual-calls-');
const calls = join(root, 'examples', 'calls.csv');

const servqual = (args: string[]): CliRun => runCli(args, { cwd: dir });

beforeAll(ensureBuilt);

describe('servqual calls', () => {
  it('writes a report that fits its contract, with the three bad rows of the example named', () => {
    const r = servqual(['calls', calls, '--by', 'queue', '--period', 'week', '--target', 'abandonmentRate<=0.05', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = CallsReportSchema.parse(JSON.parse(r.stdout));
    expect(report.sample).toMatchObject({ rows: 3000, used: 2997, excluded: 3 });
    expect(report.segments?.queue?.map((s) => s.value)).toEqual(['billing', 'reservations', 'support']);
    expect(report.periods?.map((p) => p.period)).toEqual(['2025-W10', '2025-W11', '2025-W12', '2025-W13']);
    expect(r.stderr).toBe('3000 calls read: 2997 used, 3 excluded (1 unknown outcome, 1 missing or non-numeric time, 1 negative time or rings)\n');
  });

  it('reads renamed columns and escapes what the data says in HTML', () => {
    const file = join(dir, 'renamed.csv');
    writeFileSync(file, 'id,team,result,queue_time\n1,<script>x</script>,answered,5\n2,a&b,abandoned,40\n');
    const r = servqual(['calls', file, '--by', 'team', '--outcome-column', 'result', '--wait-column', 'queue_time', '--format', 'html', '--lang', 'zh', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(r.stdout).not.toContain('<script');
    expect(r.stdout).toContain('a&amp;b');
    expect(r.stdout).toContain('来电损失率');
  });

  it('refuses an unreadable target with a usage error', () => {
    const r = servqual(['calls', calls, '--target', 'asa<30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('servqual: --target: target "asa<30": write METRIC<=X, METRIC>=X or LOW<=METRIC<=HIGH\nRun "servqual --help" for usage.\n');
  });

  it('names a missing column', () => {
    const file = join(dir, 'nowait.csv');
    writeFileSync(file, 'outcome\nanswered\n');
    const r = servqual(['calls', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('servqual: header: missing column "wait_seconds" (seconds in the queue, for every call)\n');
  });
});

describe('servqual staffing', () => {
  it("gives R's ErlangC example as JSON", () => {
    const r = servqual(['staffing', '--calls', '100', '--minutes', '30', '--aht', '180', '--agents', '14', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = StaffingSchema.parse(JSON.parse(r.stdout));
    expect(report.pWait).toBeCloseTo(0.1741319, 7);
    expect(report.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(report.asa as number).toBeCloseTo(7.836, 3);
  });

  it('needs its three numbers', () => {
    const r = servqual(['staffing', '--calls', '100']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('staffing needs --calls N --minutes M --aht SECONDS');
  });
});

describe('--out into a folder that does not exist', () => {
  // Every command that writes --out writes it as analyze does (cli/writeAtomically.ts): E_IO naming the
  // folder, exit 1, not "unexpected error: ENOENT".
  const missing = join(dir, 'no-such-folder', 'report.md');
  const expected = { code: 1, stdout: '', stderr: `servqual: cannot write ${missing}: no such folder ${join(dir, 'no-such-folder')}\n` };
  it.each([
    ['calls', ['calls', calls]],
    ['kano', ['kano', join(root, 'examples', 'hotel-kano.csv'), '--instrument', join(root, 'examples', 'hotel-kano.json')]],
    ['standards', ['standards', 'compliance', join(root, 'examples', 'standards.json'), '--observations', join(root, 'examples', 'observations.csv')]],
  ])('%s', (_name, args) => {
    expect(servqual([...args, '-q', '--out', missing])).toEqual(expected);
  });
});
