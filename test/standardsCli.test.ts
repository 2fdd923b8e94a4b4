import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ComplianceReportSchema, StandardsCheckSchema } from '../src/index.js';
import { ensureBuilt, root } from './helpers/libraryFromDist.js';
import { type CliRun, runCli } from './helpers/runCli.js';
import { tempDir } from './helpers/tempDir.js';

// Runs the built command (dist/cli/main.js) as a user would, on the bundled hotel example.
const dir = tempDir('servqual-standards-');
const standards = join(root, 'examples', 'standards.json');
const observations = join(root, 'examples', 'observations.csv');

const servqual = (args: string[]): CliRun => runCli(args, { cwd: dir });

beforeAll(ensureBuilt);

describe('servqual standards check', () => {
  it("names the example's missing letters, A from the observations", () => {
    const r = servqual(['standards', 'check', standards, '--observations', observations, '--instrument', 'servqual22', '--format', 'json']);
    expect(r.code).toBe(0);
    const check = StandardsCheckSchema.parse(JSON.parse(r.stdout));
    expect(check.standards.filter((s) => s.missing.length > 0).map((s) => `${s.id} ${s.missing.join('')}`)).toEqual([
      'NAME-THANKS S',
      'BILL-RIGHT T',
      'ROOM-SERVICE A',
      'BADGE MR',
    ]);
  });

  it('exits nonzero naming the path of a broken register', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ standards: [{ id: 'S1', text: 'x', band: [9, 1] }] }));
    const r = servqual(['standards', 'check', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('standards[0].band: the low end 9 is above the high end 1');
  });

  it('refuses a missing action with a usage error', () => {
    const r = servqual(['standards', standards]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standards needs an action: check or compliance');
  });
});

describe('servqual standards compliance', () => {
  it("accounts for the example's rows and names its three bad ones", () => {
    const r = servqual(['standards', 'compliance', standards, '--observations', observations, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = ComplianceReportSchema.parse(JSON.parse(r.stdout));
    expect(report.sample.rows).toBe(report.sample.used + report.sample.excluded);
    expect(report.dataQuality.issues.map((i) => [i.code, i.column, i.value])).toEqual([
      ['E_UNKNOWN_STANDARD', 'standard_id', 'LOBBY-MUSIC'],
      ['E_INVALID_ROW', 'result', 'maybe'],
      ['E_OUT_OF_SCALE', 'result', '5000'],
    ]);
  });

  it('reads renamed columns, and writes the Operations page with the calls, escaped', () => {
    const file = join(dir, 'renamed.csv');
    writeFileSync(file, 'std,branch,day,who,ok\nBADGE,<script>x</script>,2025-03-03,Li,yes\nBADGE,a&b,2025-03-03,Li,no\n');
    const r = servqual([
      'standards',
      'compliance',
      standards,
      '--observations',
      file,
      '--standard-column',
      'std',
      '--unit-column',
      'branch',
      '--date-column',
      'day',
      '--observer-column',
      'who',
      '--result-column',
      'ok',
      '--calls',
      join(root, 'examples', 'calls.csv'),
      '--target',
      'abandonmentRate<=0.05',
      '--format',
      'html',
      '--lang',
      'zh',
      '-q',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('<script');
    expect(r.stdout).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(r.stdout).toContain('a&amp;b');
    expect(r.stdout).toContain('id="chart-compliance"');
    expect(r.stdout).toContain('id="chart-abandonment"');
    expect(r.stdout).toContain('来电损失率');
  });

  it('needs --observations, and --customers with --by', () => {
    expect(servqual(['standards', 'compliance', standards]).stderr).toContain('needs --observations FILE');
    const r = servqual(['standards', 'compliance', standards, '--observations', observations, '--customers', 'x.csv']);
    expect([r.code, r.stderr.includes('--customers and --by go together')]).toEqual([2, true]);
  });
});

describe('servqual diagnose --observations', () => {
  it('measures gap 3 from the observations', () => {
    const r = servqual([
      'diagnose',
      '--customers',
      join(root, 'examples', 'hotel-survey.csv'),
      '--observations',
      observations,
      '--standards',
      standards,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const gap3 = JSON.parse(r.stdout).gaps.find((g: { gap: number }) => g.gap === 3);
    expect(gap3.measured).toBe(true);
    expect(gap3.severity).toBe(gap3.observed.gap3);
  });
});
