import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands/index.js';
import { flagHelp, parseFlags, UsageError } from '../src/cli/flags.js';
import { DEFAULTS } from '../src/defaults.js';

// The CLI's commands are declared as data (src/cli/commands/): parsing, checks and help come from
// the declarations, and defaults from src/defaults.ts.
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist', 'cli', 'main.js');
const servqual = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });

describe('parseFlags(args, flags)', () => {
  const flags = [
    { name: 'p-adjust', type: 'choice', choices: ['holm', 'BH', 'none'], default: 'holm', help: '{choices}' },
    { name: 'encoding', type: 'choice', choices: ['auto', 'utf-8'], aliases: { utf8: 'utf-8' }, help: '{choices}' },
    { name: 'min-items', type: 'integer', min: 1, help: 'N' },
    { name: 'by', type: 'string', multiple: true, help: 'columns' },
  ] as const;

  it('takes the declared default when a flag is absent, and choices in any case or by alias', () => {
    expect(parseFlags([], flags).values).toEqual({ 'p-adjust': 'holm' });
    expect(parseFlags(['--p-adjust', 'bh', '--encoding', 'UTF8', '--by', 'a', '--by', 'b', 'f.csv'], flags)).toEqual({
      values: { 'p-adjust': 'BH', encoding: 'utf-8', by: ['a', 'b'] },
      positionals: ['f.csv'],
    });
  });

  it('rejects a value outside the rule, naming the flag', () => {
    expect(() => parseFlags(['--min-items', '0'], flags)).toThrow(new UsageError('--min-items: "0" is not a positive whole number'));
    expect(() => parseFlags(['--min-items', '2.5'], flags)).toThrow(UsageError);
    expect(() => parseFlags(['--p-adjust', 'bonferroni'], flags)).toThrow('--p-adjust: "bonferroni" is not one of holm, BH, none');
  });

  it('suggests the nearest flag for a typo, and says nothing when none is near', () => {
    expect(() => parseFlags(['--min-itmes', '2'], flags)).toThrow('unknown option --min-itmes: did you mean --min-items?');
    expect(() => parseFlags(['--colour'], flags)).toThrow("Unknown option '--colour'");
  });
});

describe('the help is derived from the declarations', () => {
  it('lists every flag of every command, with the defaults of src/defaults.ts', () => {
    for (const c of COMMANDS) {
      const help = servqual([c.name, '--help']).stdout;
      for (const f of c.flags) expect(help, `${c.name} --${f.name}`).toContain(`--${f.name}`);
    }
    const analyze = servqual(['analyze', '--help']).stdout;
    expect(analyze).toContain(`(default ${DEFAULTS.minSegmentSize})`);
    expect(analyze).toContain(`${DEFAULTS.pAdjust} (default) | BH | none`);
    // '  --target P' is 12 characters; texts start at column 27: 15 spaces.
    expect(flagHelp([{ name: 'target', type: 'number', default: DEFAULTS.journeyTarget, placeholder: 'P', help: 'raised to (default {default})' }])).toBe(
      `  --target P${' '.repeat(15)}raised to (default 0.95)\n`,
    );
  });

  it('answers `help COMMAND` as `COMMAND --help`, and takes -v before the command', () => {
    const help = servqual(['help', 'analyze']);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(servqual(['analyze', '--help']).stdout);
    const r = servqual(['-v', 'template', '--method', 'servperf']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('P1,P2,')).toBe(true);
  });

  it('accepts --p-adjust bh as BH (the report records BH)', () => {
    const r = servqual(['analyze', 'examples/hotel-survey.csv', '--p-adjust', 'bh', '--format', 'json', '-q']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { options: { pAdjust: string } }).options.pAdjust).toBe('BH');
  });
});
