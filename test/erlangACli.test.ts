import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from './helpers/libraryFromDist.js';
import { runCli } from './helpers/runCli.js';

// `servqual staffing --model erlang-a`, run as built (dist/cli/main.js).
beforeAll(ensureBuilt);

const base = ['staffing', '--calls', '100', '--minutes', '30', '--aht', '180', '--model', 'erlang-a'];

describe('servqual staffing --model erlang-a', () => {
  it('finds the smallest team with callers patient for --patience seconds', () => {
    const r = runCli([...base, '--patience', '120', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { model: string; agents: number; pAbandon: number; serviceLevel: number; alternatives: Array<{ agents: number }> };
    // test/reference/erlang-a.R, 12 agents, patience 120 s: P(abandon) 0.0615973770036805, SL 0.825582644361764
    expect(report).toMatchObject({ model: 'erlang-a', agents: 12 });
    expect(report.pAbandon).toBeCloseTo(0.0615973770036805, 10);
    expect(report.serviceLevel).toBeCloseTo(0.825582644361764, 10);
    expect(report.alternatives.map((a) => a.agents)).toEqual([10, 11, 12, 13, 14]);
  });

  it('takes the patience from a call log: the total wait of all calls over the calls abandoned', () => {
    const r = runCli([...base, '--from-calls', join(root, 'examples', 'calls.csv'), '--format', 'json']);
    expect(r.code).toBe(0);
    // By hand from the file: every row with an outcome and a wait ≥ 0 (the three bad rows of the example are left out).
    let waited = 0;
    let abandoned = 0;
    for (const line of readFileSync(join(root, 'examples', 'calls.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)) {
      const [, , , outcome = '', wait = ''] = line.split(',');
      if ((outcome !== 'answered' && outcome !== 'abandoned') || wait === '' || Number(wait) < 0) continue;
      waited += Number(wait);
      if (outcome === 'abandoned') abandoned++;
    }
    expect((JSON.parse(r.stdout) as { inputs: { patience: number } }).inputs.patience).toBeCloseTo(waited / abandoned, 9);
  });

  it('writes Markdown in Chinese', () => {
    const r = runCli([...base, '--patience', '120', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Erlang A 人员配置');
    expect(r.stdout).toContain('| 来电放弃的概率 | 6.2% |');
  });

  it('asks for exactly one source of patience, and only with erlang-a', () => {
    const none = runCli(base);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--model erlang-a needs --patience SECONDS or --from-calls FILE');
    const erlangC = runCli(['staffing', '--calls', '100', '--minutes', '30', '--aht', '180', '--patience', '120']);
    expect(erlangC.code).toBe(2);
    expect(erlangC.stderr).toContain('--patience and --from-calls are for --model erlang-a');
  });
});
