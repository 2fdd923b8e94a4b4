import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { defineInstrument, type Report } from '../src/index.js';
import { analyzeCsv } from '../src/node/index.js';
import { tempDir } from './helpers/tempDir.js';

// `servqual analyze --csi COL,COL,COL --csat COL --nps COL`: the flags name the same columns the
// fixture's instrument names in its `outcomes`, so the two reports must agree.
const fixture = (file: string): string => fileURLToPath(new URL(`./fixtures/outcomes/${file}`, import.meta.url));
const withOutcomes = JSON.parse(readFileSync(fixture('instrument.json'), 'utf8')) as Record<string, unknown>;
const dir = tempDir('servqual-outcomes-cli-');
const bareFile = join(dir, 'bare.json');
const { outcomes: _named, ...bare } = withOutcomes;
writeFileSync(bareFile, JSON.stringify(bare));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(
    ['analyze', fixture('survey.csv'), '--instrument', bareFile, '--quiet', ...args],
    { stdout: (t) => (out += t), stderr: (t) => (err += t), stdin: process.stdin },
    '0',
  );
  return { code, out, err };
}

describe('servqual analyze --csi --csat --nps', () => {
  it('reads the outcome columns the flags name, as the instrument would', async () => {
    const flags = ['--csi', 'csi_expect,csi_ideal,csi_overall', '--csat', 'csat', '--nps', 'nps', '--by', 'branch', '--period', 'quarter', '--outcome', 'nps'];
    const { code, out } = await cli([...flags, '--format', 'json']);
    expect(code).toBe(0);
    const viaFlags = JSON.parse(out) as Report;
    const viaInstrument = await analyzeCsv(fixture('survey.csv'), {
      instrument: defineInstrument(withOutcomes),
      by: ['branch'],
      period: 'quarter',
      outcome: 'nps',
    });
    expect(viaFlags.outcomes).toEqual(JSON.parse(JSON.stringify(viaInstrument.outcomes)));
    expect(viaFlags.outcomes?.driver).toBe('nps');
  });

  it('rescales with --csi-scale and --csat-scale', async () => {
    // On 0–10 rather than 1–10, a respondent's index is Σx / 30 · 100 instead of (Σx − 3) / 27 · 100;
    // on CSAT 1–6 the top two are 5 and 6, so the fixture's 4s no longer count.
    const { code, out } = await cli([
      '--csi',
      'csi_expect,csi_ideal,csi_overall',
      '--csi-scale',
      '0-10',
      '--csat',
      'csat',
      '--csat-scale',
      '1-6',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const o = (JSON.parse(out) as Report).outcomes;
    // the same rows on the default scales (without --nps, row 30's "n/a" is not read, so the row counts here)
    const base = (JSON.parse((await cli(['--csi', 'csi_expect,csi_ideal,csi_overall', '--csat', 'csat', '--format', 'json'])).out) as Report).outcomes;
    expect(o?.csi?.n).toBe(base?.csi?.n);
    // the mean of (Σx − 3)/27·100 gives the mean Σx = value·27/100 + 3, and on 0–10 the index is that / 30 · 100
    expect(o?.csi?.value).toBeCloseTo((((base?.csi?.value as number) * 27) / 100 + 3) / 0.3, 10);
    expect(o?.csat?.value).toBeLessThan(base?.csat?.value as number);
  });

  it('refuses a bad scale, a missing column and an outcome not named, naming the flag or column', async () => {
    const scale = await cli(['--csi', 'a,b,c', '--csi-scale', '10-1']);
    expect(scale.code).toBe(2);
    expect(scale.err).toContain('--csi-scale: "10-1" is not a scale MIN-MAX');
    const missing = await cli(['--nps', 'recommend']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('missing column "recommend"');
    const driver = await cli(['--outcome', 'csat']);
    expect(driver.code).not.toBe(0);
    expect(driver.err).toContain('outcome "csat" is not among the instrument\'s outcomes');
  });

  it('prints the outcome section on the terminal', async () => {
    const { code, out } = await cli(['--nps', 'nps']);
    expect(code).toBe(0);
    expect(out).toContain('## Outcomes');
    expect(out).toMatch(/\| All +\| \+26\.0 \[\+8\.2, \+43\.8\] \(77\) \|/); // expected.json: NPS 25.974 [8.191, 43.757] of 77
  });
});
