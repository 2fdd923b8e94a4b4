import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extendInstrument, InstrumentError, instrumentFromJson, servqual22, servqual22_1988 } from '../src/index.js';
import { tempDir } from './helpers/tempDir.js';

// Issue 17, item 7: reuse a built-in instrument under other column names, on another scale or with
// default weights, without retyping its 22 items; and use those weights as importance.

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = (args: string[]) => spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { encoding: 'utf8' });
const problems = (f: () => unknown): readonly string[] => {
  try {
    f();
  } catch (error) {
    if (error instanceof InstrumentError) return error.problems;
    throw error;
  }
  return [];
};
const WEIGHTS = { tangibles: 10, reliability: 30, responsiveness: 20, assurance: 20, empathy: 20 };

describe('"extends": a built-in instrument with overrides', () => {
  it('keeps the 22 items and their dimensions, and takes the columns, scale, weights and id it is given', () => {
    const mine = instrumentFromJson({ extends: 'servqual22-1988', id: 'bank', scale: { min: 1, max: 5 }, columns: { perception: 'Q{id}' }, weights: WEIGHTS });
    expect(mine.id).toBe('bank');
    expect(mine.scale).toEqual({ min: 1, max: 5 });
    expect(mine.columns).toEqual({ perception: 'Q{id}' });
    expect(mine.dimensions.map((d) => [d.id, d.weight, d.items.length])).toEqual(
      servqual22_1988.dimensions.map((d) => [d.id, WEIGHTS[d.id as keyof typeof WEIGHTS], d.items.length]),
    );
    // the 1988 form's reverse-keyed items stay reverse-keyed
    expect(mine.dimensions.flatMap((d) => d.items.filter((i) => i.reverse === true).map((i) => i.id))).toEqual([
      '10',
      '11',
      '12',
      '13',
      '18',
      '19',
      '20',
      '21',
      '22',
    ]);
    // columns merge role by role
    const two = extendInstrument(mine, { columns: { expectation: 'X{id}' } });
    expect(two.columns).toEqual({ perception: 'Q{id}', expectation: 'X{id}' });
  });

  it('names what is wrong: an unknown base, a weight of no dimension, weights of some dimensions only', () => {
    expect(problems(() => instrumentFromJson({ extends: 'servqual23' }))).toEqual([
      'extends: "servqual23" is not a built-in instrument (servqual22, servqual22-1988, gap-factors, gronroos6)',
    ]);
    expect(problems(() => instrumentFromJson({ extends: 'servqual22', weights: { ...WEIGHTS, price: 0 } }))).toEqual([
      'weights.price: no dimension "price" (dimensions: tangibles, reliability, responsiveness, assurance, empathy)',
    ]);
    expect(problems(() => instrumentFromJson({ extends: 'servqual22', weights: { tangibles: 100 } }))).toEqual([
      'dimensions[].weight: give a default weight for every dimension or for none',
    ]);
    expect(problems(() => instrumentFromJson({ extends: 'servqual22', columns: { perception: 'Q' } }))).toEqual([
      'columns.perception: an item template must contain {id} (or {id:0N}, the id padded with zeros to N characters)',
    ]);
  });
});

describe('--columns ROLE=TEMPLATE and --instrument with "extends"', () => {
  it('read a file whose every column is renamed, for every template key, as the original', () => {
    const dir = tempDir('servqual-columns-');
    // The bundled hotel survey with each role renamed: E→X, P→Q, W_→WT_, overall→sat; and item
    // importance columns I1…I22 → IMP1…IMP22 added to both (row r rates every item r mod 7 + 1).
    const [head = '', ...rows] = readFileSync(join(root, 'examples/hotel-survey.csv'), 'utf8').trimEnd().split('\n');
    const ids = Array.from({ length: 22 }, (_, i) => i + 1);
    const renamed = head
      .split(',')
      .map((c) =>
        c
          .replace(/^E(\d+)$/, 'X$1')
          .replace(/^P(\d+)$/, 'Q$1')
          .replace(/^W_/, 'WT_')
          .replace(/^overall$/, 'sat'),
      )
      .join(',');
    const withImportance = (header: string, prefix: string) => [
      `${header},${ids.map((i) => `${prefix}${i}`).join(',')}`,
      ...rows.map((r, k) => `${r},${ids.map(() => (k % 7) + 1).join(',')}`),
    ];
    writeFileSync(join(dir, 'original.csv'), withImportance(head, 'I').join('\n'));
    writeFileSync(join(dir, 'renamed.csv'), withImportance(renamed, 'IMP').join('\n'));
    const json = (args: string[]) => {
      const r = cli(['analyze', ...args, '--format', 'json', '-q']);
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout) as { dimensions: unknown; items: unknown; overall: unknown; priorities: unknown };
      return { dimensions: report.dimensions, items: report.items, overall: report.overall, priorities: report.priorities };
    };
    const original = json([join(dir, 'original.csv')]);
    const flags = [
      '--columns',
      'expectation=X{id},perception=Q{id}',
      '--columns',
      'weight=WT_{dimension}',
      '--columns',
      'overall=sat',
      '--columns',
      'importance=IMP{id}',
    ];
    expect(json([join(dir, 'renamed.csv'), ...flags])).toEqual(original);
    writeFileSync(
      join(dir, 'renamed.json'),
      JSON.stringify({
        extends: 'servqual22',
        columns: { expectation: 'X{id}', perception: 'Q{id}', weight: 'WT_{dimension}', overall: 'sat', importance: 'IMP{id}' },
      }),
    );
    expect(json([join(dir, 'renamed.csv'), '--instrument', join(dir, 'renamed.json')])).toEqual(original);
    // three-column's roles too: MIN→LO, DES→HI
    const threeColumn = readFileSync(join(root, 'test/fixtures/three-column/data.csv'), 'utf8');
    const [threeHead = '', ...threeRows] = threeColumn.split('\n');
    writeFileSync(join(dir, 'three.csv'), [threeHead.replace(/\bMIN(\d+)/g, 'LO$1').replace(/\bDES(\d+)/g, 'HI$1'), ...threeRows].join('\n'));
    expect(json([join(dir, 'three.csv'), '--columns', 'minimum=LO{id},desired=HI{id}'])).toEqual(json([join(root, 'test/fixtures/three-column/data.csv')]));
  });

  it('refuses an unknown role, naming the roles', () => {
    const r = cli(['analyze', join(root, 'examples/hotel-survey.csv'), '--columns', 'percept=Q{id}']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      '--columns: "percept=Q{id}" is not ROLE=TEMPLATE with a role among expectation, perception, minimum, desired, weight, overall, importance',
    );
  });
});

describe('--importance instrument', () => {
  it("uses the instrument's default weights as the importance shares", () => {
    const dir = tempDir('servqual-importance-');
    writeFileSync(join(dir, 'weighted.json'), JSON.stringify({ extends: 'servqual22', weights: WEIGHTS }));
    const r = cli([
      'analyze',
      join(root, 'examples/hotel-survey.csv'),
      '--instrument',
      join(dir, 'weighted.json'),
      '--importance',
      'instrument',
      '--format',
      'json',
      '-q',
    ]);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as {
      ipa: { importance: string };
      dimensions: Array<{ importance: { share: number } }>;
      priorities: Array<{ reason: { en: string } }>;
    };
    expect(report.ipa.importance).toBe('instrument');
    // 10, 30, 20, 20, 20 of 100
    expect(report.dimensions.map((d) => d.importance.share)).toEqual([0.1, 0.3, 0.2, 0.2, 0.2]);
    expect(report.priorities.find((p) => p.reason.en.startsWith('Reliability'))?.reason.en).toContain('the instrument weights it at 30%');
  });
  it('says when the instrument has no default weights', () => {
    const r = cli(['analyze', join(root, 'examples/hotel-survey.csv'), '--importance', 'instrument']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`importance "instrument" needs the instrument's default weights ("weight" on every dimension); servqual22 has none`);
    expect(servqual22.dimensions.every((d) => d.weight === undefined)).toBe(true);
  });
});
