import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './helpers/libraryFromDist.js';
import { runCli } from './helpers/runCli.js';
import { tempDir } from './helpers/tempDir.js';

// The built command on survey-platform exports: --map, --header-rows, template --map, word answers.
const dir = tempDir('servqual-platform-');
beforeAll(() => ensureBuilt());

describe('servqual analyze / validate on a Qualtrics export', () => {
  it('analyze --map gives the plain file’s report (issues aside, which name each file’s own cells)', () => {
    const plain = runCli(['analyze', 'examples/hotel-survey.csv', '--by', 'branch', '--format', 'json', '-q']);
    const export_ = runCli([
      'analyze',
      'examples/hotel-qualtrics.csv',
      '--map',
      'examples/hotel-qualtrics-map.json',
      '--by',
      'branch',
      '--format',
      'json',
      '-q',
    ]);
    expect([plain.code, export_.code, export_.stderr]).toEqual([0, 0, '']);
    const strip = (text: string) => {
      const r = JSON.parse(text);
      r.dataQuality.issues = r.dataQuality.issues.map((i: { code: string; value: string }) => [i.code, i.value]);
      return JSON.stringify(r);
    };
    expect(strip(export_.stdout)).toBe(strip(plain.stdout));
  });

  it('validate names the row, the column and a word the scale does not name, and exits 1', () => {
    const file = join(dir, 'word.csv');
    // The hotel export with G0001's Q2_1 ("Agree") misspelled: its row is 3 (header rows: ids, text, import ids).
    const text = readFileSync('examples/hotel-qualtrics.csv', 'utf8');
    const rows = text.split('\r\n');
    const cells = (rows[3] as string).split(',');
    const q21 = (rows[0] as string).split(',').indexOf('Q2_1');
    cells[q21] = 'Strongly agre';
    rows[3] = cells.join(',');
    writeFileSync(file, rows.join('\r\n'));
    const r = runCli(['validate', file, '--map', 'examples/hotel-qualtrics-map.json']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('row 3, column Q2_1: "Strongly agre" is not a number [E_NOT_NUMERIC]');
    expect(r.stderr).toBe('240 rows checked (method servqual): 3 problems in 3 rows\n');
  });

  it('--map naming a column the instrument lacks is a usage error naming --map', () => {
    const map = join(dir, 'bad-map.json');
    writeFileSync(map, JSON.stringify({ Q4: 'satisfaction' }));
    const r = runCli(['analyze', 'examples/hotel-qualtrics.csv', '--map', map, '-q']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--map');
    expect(r.stderr).toContain('"Q4" → "satisfaction"');
  });

  it('template --map writes the starting map and says what it left', () => {
    const r = runCli(['template', '--map', 'examples/hotel-qualtrics.csv']);
    expect(r.code).toBe(0);
    const map = JSON.parse(r.stdout) as Record<string, string>;
    expect([map.Q1_1, map.Q2_22, map.Q3_5, map.Q4]).toEqual(['E1', 'P22', 'W_empathy', undefined]);
    expect(r.stderr).toBe(
      'servqual: template --map: columns left unmapped: "StartDate", "EndDate", "Status", "Progress", "Finished", "RecordedDate", "ResponseId", "branch", "submitted_at", "Q4"\n',
    );
  });
});
