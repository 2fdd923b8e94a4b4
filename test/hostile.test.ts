import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The corpus in test/fixtures/hostile (made by make.py there): every file gets a report (exit 0) or
// one clear line (exit 1) — never a stack trace — and a report accounts for every row.
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'test/fixtures/hostile');
const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));

describe('servqual analyze on hostile files', () => {
  it.each(files)('%s', (name) => {
    const segmented = readFileSync(join(dir, name)).subarray(0, 200).toString('latin1').split(/\r?\n/)[0]?.includes('branch') === true;
    const args = ['analyze', join(dir, name), '--instrument', join(dir, 'tiny.json'), '--format', 'json', ...(segmented ? ['--by', 'branch'] : [])];
    const r = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { encoding: 'utf8' });
    expect([0, 1]).toContain(r.status);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
    const lines = r.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('servqual: warning:'));
    expect(lines).toHaveLength(1);
    if (r.status === 0) {
      const report = JSON.parse(r.stdout) as { sample: { rows: number; used: number; excluded: number } };
      expect(report.sample.rows).toBe(report.sample.used + report.sample.excluded);
      expect(lines[0]).toMatch(/^\d+ rows? read: \d+ used, \d+ excluded/);
    } else {
      expect(lines[0]).toMatch(/^servqual: /);
      expect(r.stdout).toBe('');
    }
  });
});
