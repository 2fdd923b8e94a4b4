import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveColumns, servqual22, ValidationError } from '../src/index.js';
import { analyzeCsv } from '../src/node/index.js';
import { tempDir } from './helpers/tempDir.js';
import { tiny, TINY_HEADER } from './helpers/tiny.js';

// Issue 17, item 2: errors that point at the fix. Each expected message is the sentence the fix is
// meant to print, written out here; the counts are of the headers written in each test.

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = tempDir('servqual-header-');
const cli = (args: string[]) => spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { encoding: 'utf8' });
const tinyJson = join(dir, 'tiny.json');
writeFileSync(
  tinyJson,
  JSON.stringify({
    id: 'tiny',
    name: { en: 'Tiny' },
    scale: { min: 1, max: 7 },
    dimensions: [
      { id: 'a', name: { en: 'A' }, items: [{ id: '1' }, { id: '2' }] },
      { id: 'b', name: { en: 'B' }, items: [{ id: '3' }, { id: '4' }] },
    ],
  }),
);
const messageOf = (header: string[], instrument = tiny): string => {
  try {
    resolveColumns(header, instrument);
  } catch (error) {
    if (error instanceof ValidationError) return error.message;
    throw error;
  }
  throw new Error('expected a missing-columns error');
};

describe('a header read with the wrong delimiter names the one that reads it', () => {
  it('a ;-separated header read at commas: one cell, which splits into the columns at ";"', () => {
    expect(messageOf([['id', ...TINY_HEADER].join(';')])).toBe(
      // read as one column, no E or P column is there: method servperf, P1–P4 missing
      'header: the instrument\'s columns are there when the header is split at ";": give --delimiter ";" (delimiter in the API); as read, missing columns P1, P2, P3, P4 (needed for method servperf)',
    );
  });

  it('a comma-separated header read at ";": the same, the other way', () => {
    expect(messageOf([TINY_HEADER.join(',')])).toMatch(/^header: the instrument's columns are there when the header is split at ",": give --delimiter ","/);
  });

  it('UTF-16 with a BOM is read at tabs (Excel\'s "Unicode text"), or at commas when its header has commas and no tab', async () => {
    const rows = [
      ['id', ...TINY_HEADER],
      ['1', '5', '5', '5', '5', '4', '4', '4', '4'],
    ];
    const withBom = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const tabs = join(dir, 'unicode.txt');
    writeFileSync(tabs, withBom(`${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`));
    const commas = join(dir, 'unicode-commas.csv');
    writeFileSync(commas, withBom(`${rows.map((r) => r.join(',')).join('\r\n')}\r\n`));
    for (const file of [tabs, commas]) {
      const report = await analyzeCsv(file, { instrument: tiny });
      expect(report.sample).toMatchObject({ rows: 1, used: 1 });
      // a: P 4 − E 5 = −1 in items 1, 2; b: item 3 −1, item 4 reverse-keyed (8 − x) 4 − 3 = +1, mean 0
      expect(report.dimensions.map((d) => d.gap?.mean)).toEqual([-1, 0]);
    }
    // the CLI too, and a tab file with no BOM is told which flag reads it
    expect(cli(['analyze', tabs, '--instrument', tinyJson, '-q', '--format', 'json']).status).toBe(0);
    const noBom = join(dir, 'unicode-no-bom.txt');
    writeFileSync(noBom, Buffer.from(`${rows.map((r) => r.join('\t')).join('\n')}\n`, 'utf16le'));
    const r = cli(['analyze', noBom, '--instrument', tinyJson]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("servqual: header: the instrument's columns are there when the header is split at tabs: give --delimiter tab");
  });
});

describe("a header with none of the instrument's columns says where the names come from", () => {
  it('q1…q22 and sat against SERVQUAL-22: the templates, and the nearest names in the file', () => {
    const header = ['id', ...Array.from({ length: 22 }, (_, i) => `q${i + 1}`), 'sat'];
    // q1 is one edit from E1 and from P1; the expectation names come first among the instrument's
    expect(messageOf(header, servqual22)).toBe(
      'header: missing columns P1, P2, P3, P4, P5, P6, P7, P8, … (22 in all) (needed for method servperf). ' +
        "None of instrument servqual22's columns is in the file: column names come from the instrument's templates " +
        "(expectation E{id}, perception P{id}, minimum MIN{id}, desired DES{id}; {id} is an item's id, so E1, P1, …); " +
        'the closest names in the file: "q1" (for E1), "q2" (for E2), "q3" (for E3), "q4" (for E4), "q5" (for E5) and 17 more. ' +
        'Rename the columns, or give an instrument whose "columns" templates match the file (--instrument FILE)',
    );
  });

  it('a header with some of the columns keeps the plain list of what is missing', () => {
    expect(messageOf(['E1', 'E2', 'E3', 'P1', 'P2', 'P3', 'P4'])).toBe('header: missing column E4 (needed for method servqual)');
  });
});

describe('servqual validate tells missing columns in one line, as analyze does', () => {
  it('an instrument whose columns the file lacks: one line, not one per column', () => {
    const wrong = join(dir, 'wrong.json');
    const items = Array.from({ length: 22 }, (_, i) => ({ id: `T${i + 1}` }));
    writeFileSync(
      wrong,
      JSON.stringify({ id: 'wrong', name: { en: 'Wrong' }, scale: { min: 1, max: 7 }, dimensions: [{ id: 'd', name: { en: 'D' }, items }] }),
    );
    const v = cli(['validate', 'examples/hotel-survey.csv', '--instrument', wrong]);
    const a = cli(['analyze', 'examples/hotel-survey.csv', '--instrument', wrong]);
    expect(v.status).toBe(1);
    expect(v.stdout.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(v.stdout).toBe(`${a.stderr.replace(/^servqual: /, '').trimEnd()} [E_MISSING_COLUMN]\n`);
    expect(v.stderr).toBe('1 problem in the header\n');
  });
});

describe("servqual analyze --min-items above a dimension's item count", () => {
  it('is a usage error naming the flag and the dimension (SERVQUAL-22: tangibles has 4 items, the fewest)', () => {
    const r = cli(['analyze', 'examples/hotel-survey.csv', '--min-items', '5', '-q']);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'servqual: --min-items: 5 is more than the 4 items of dimension tangibles (Tangibles); give at most 4, the fewest items a dimension has\nRun "servqual --help" for usage.\n',
    );
    expect(cli(['analyze', 'examples/hotel-survey.csv', '--min-items', '4', '-q']).status).toBe(0);
  });
});
