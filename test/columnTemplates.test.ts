import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defineInstrument, servqual22 } from '../src/index.js';
import { fillTemplate } from '../src/instrument/columnTemplates.js';

// Column templates: {id}, and {id:0N} for files that number their questions 01, 02, … (a newcomer's
// real survey named its perception columns a01 … a22).
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist', 'cli', 'main.js');
const servqual = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });
const dir = mkdtempSync(join(tmpdir(), 'servqual-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('column templates', () => {
  it('fill {id:0N} with the id left-padded with zeros to N characters, and {id} as it is', () => {
    const d = { dimension: 'reliability' };
    expect(fillTemplate('a{id:02}', { id: '5', ...d })).toBe('a05');
    expect(fillTemplate('a{id:02}', { id: '12', ...d })).toBe('a12');
    expect(fillTemplate('Q{id:03}_x', { id: '7', ...d })).toBe('Q007_x');
    expect(fillTemplate('P{id}', { id: '7', ...d })).toBe('P7');
  });

  it('are accepted with {id:0N} in an instrument, and refused without the id', () => {
    const columns = { perception: 'a{id:02}' };
    expect(defineInstrument({ ...servqual22, id: 'padded', columns }).columns).toEqual(columns);
    expect(() => defineInstrument({ ...servqual22, id: 'no-id', columns: { perception: 'a{item}' } })).toThrow(
      /columns\.perception: an item template must contain \{id\}/,
    );
  });

  it('read a file whose columns are e01 … e22 and p01 … p22 as the same file under E1 … P22', () => {
    // The hotel example with its item columns renamed: the report must be the example's, value for value.
    const original = readFileSync(join(root, 'examples/hotel-survey.csv'), 'utf8');
    const [head = '', ...rest] = original.split('\n');
    const renamed = head.replace(/\b([EP])(\d+)\b/g, (_, role: string, id: string) => `${role.toLowerCase()}${id.padStart(2, '0')}`);
    expect(renamed).toContain('e01');
    expect(renamed).toContain('p22');
    const file = join(dir, 'padded.csv');
    writeFileSync(file, [renamed, ...rest].join('\n'));
    const a = servqual(['analyze', 'examples/hotel-survey.csv', '--format', 'json', '-q']);
    const b = servqual(['analyze', file, '--columns', 'expectation=e{id:02},perception=p{id:02}', '--format', 'json', '-q']);
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
    const [ra, rb] = [JSON.parse(a.stdout), JSON.parse(b.stdout)];
    expect(rb.items).toEqual(ra.items);
    expect(rb.dimensions).toEqual(ra.dimensions);
    expect(rb.priorities).toEqual(ra.priorities);
    expect(rb.sample).toEqual(ra.sample);
  });

  it('template --map on a plain CSV says why nothing matched, and what works instead', () => {
    const file = join(dir, 'plain.csv');
    writeFileSync(file, `respondent_id,${Array.from({ length: 22 }, (_, i) => `a${String(i + 1).padStart(2, '0')}`).join(',')},sat\n1,${'50,'.repeat(22)}70\n`);
    const r = servqual(['template', '--map', file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({});
    expect(r.stderr).toContain('the file has one header row, of column names');
    expect(r.stderr).toContain('a{id:02} reads a01 … a22');
  });
});
