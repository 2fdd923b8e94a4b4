import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, parseDateCell, type Report } from '../src/index.js';
import { DEFAULTS } from '../src/defaults.js';
import { guessDateFormat } from '../src/data/guessDateFormat.js';
import { tempDir } from './helpers/tempDir.js';
import { tiny } from './helpers/tiny.js';

// Issue 17, item 1: dates a newcomer's file holds. Expected dates are calendar facts checked by hand
// (Excel's serial 45658 is 1 January 2025: Excel counts days from 30 December 1899 for every date after
// February 1900, and 2025-01-01 − 1899-12-30 = 45,658 days, which Python's date arithmetic confirms).

const header = ['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'P4', 'submitted_at'];
const items = ['6', '6', '6', '2', '5', '5', '5', '3'];
const rows = (dates: readonly string[]) => ({ header, rows: dates.map((d) => [...items, d]) });
const ymd = (text: string): string | null => {
  const d = parseDateCell(text);
  if (d === null) return null;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('dates read without a date format', () => {
  it.each([
    ['45658', '2025-01-01'], // Excel serial (see above)
    ['45747', '2025-03-31'], // 45658 + 31 + 28 + 30
    ['45658.75', '2025-01-01'], // 18:00 on the same day
    ['2025/01/05', '2025-01-05'],
    ['2025/1/5', '2025-01-05'],
    ['2025.03.31', '2025-03-31'],
    ['2025/01/05 10:30', '2025-01-05'],
    ['2025-01-01T23:30:00-05:00', '2025-01-01'],
  ])('%s is %s', (text, date) => {
    expect(ymd(text)).toBe(date);
  });

  it.each([
    '2025', // a year, not serial day 2025 (1905)
    '2025/02/30', // no such day
    '2025/01.05', // mixed separators
    '01/01/2025', // day and month first: needs --date-format
    '123456', // six digits: not a serial of 1900–2100
  ])('%s is not a date without a format', (text) => {
    expect(ymd(text)).toBeNull();
  });

  it('Excel serials and yyyy/MM/dd give quarters with no flag', () => {
    const r = analyze(rows(['45658', '45747', '45748', '2025/07/01']), { instrument: tiny, period: 'quarter' });
    // 45658 = 2025-01-01 and 45747 = 2025-03-31 are Q1; 45748 = 2025-04-01 is Q2; 2025/07/01 is Q3
    expect(r.periods?.map((p) => [p.period, p.n])).toEqual([
      ['2025-Q1', 2],
      ['2025-Q2', 1],
      ['2025-Q3', 1],
    ]);
    expect(r.dataQuality.undated).toBe(0);
  });
});

describe('guessDateFormat(values): the common format that reads the undated values', () => {
  it.each([
    [['13/05/2025', '01/06/2025'], 'dd/MM/yyyy'], // 13 is no month
    [['05/13/2025', '06/01/2025'], 'MM/dd/yyyy'], // 13 is no month
    [['01.07.2025'], 'dd.MM.yyyy'],
    [['31/12/2025 17:45'], 'dd/MM/yyyy HH:mm'],
    [['1-Jan-2025'], 'dd-MMM-yyyy'],
    [['2025年3月31日'], 'yyyy年M月d日'],
    [['20250331'], 'yyyyMMdd'],
  ])('%j: %s', (values, format) => {
    expect(guessDateFormat(values)).toEqual({ formats: [format], format });
  });

  it('names both readings of day-and-month values and picks neither', () => {
    expect(guessDateFormat(['01/02/2025', '12/11/2025'])).toEqual({ formats: ['dd/MM/yyyy', 'MM/dd/yyyy'], format: null });
  });

  it('finds none for values no common format reads, or for no values', () => {
    expect(guessDateFormat(['soon', '01/01/2025'])).toEqual({ formats: [], format: null });
    expect(guessDateFormat(['', ' '])).toEqual({ formats: [], format: null });
  });
});

describe('a date column that leaves rows out of the periods is a warning naming a --date-format', () => {
  const iso = (n: number) => Array.from({ length: n }, (_, i) => `2025-01-${String(i + 1).padStart(2, '0')}`);
  const warningOf = (dates: readonly string[]) => analyze(rows(dates), { instrument: tiny, period: 'month' }).warnings.filter((w) => w.code === 'UNDATED');

  it('5% undated is within the default share (DEFAULTS.maxUndatedShare, 0.05): no warning', () => {
    expect(DEFAULTS.maxUndatedShare).toBe(0.05);
    expect(warningOf([...iso(19), '31/01/2025'])).toEqual([]); // 1 of 20 = 5%, not above
  });

  it('10% undated: the column, an example with its row, and the one format that reads the values', () => {
    // 2 of 20 rows = 10%; rows 19 and 20 hold the day-first dates; 31 and 15 are no months, so dd/MM/yyyy
    expect(warningOf([...iso(18), '31/01/2025', '15/02/2025'])).toEqual([
      {
        code: 'UNDATED',
        message: {
          en: 'submitted_at: 2 of 20 rows (10%) have no date servqual can read, and are left out of the periods; e.g. "31/01/2025" (row 19). --date-format "dd/MM/yyyy" reads the 2 values tried',
          zh: 'submitted_at：20 行中有 2 行（10%）没有可读取的日期，未计入各期；例如第 19 行的“31/01/2025”。--date-format "dd/MM/yyyy" 可以读取所检查的 2 个值',
        },
      },
    ]);
  });

  it('day-and-month values that do not tell the order: both formats named, neither picked', () => {
    // 4 of 4 undated (100%): three distinct values, none with a number above 12, and a blank cell
    const [w] = warningOf(['01/02/2025', '03/04/2025', '05/06/2025', '']);
    expect(w?.message.en).toBe(
      'submitted_at: 4 of 4 rows (100%) have no date servqual can read, and are left out of the periods; e.g. "01/02/2025" (row 1). "dd/MM/yyyy" and "MM/dd/yyyy" both read the 3 values tried, which do not tell them apart (day or month first?): give the one the file uses with --date-format',
    );
  });

  it('blank date cells: said so, no format to suggest', () => {
    const [w] = warningOf(['2025-01-01', '', '']);
    expect(w?.message.en).toBe('submitted_at: 2 of 3 rows (67%) have no date servqual can read, and are left out of the periods; their date cells are blank');
  });

  it('no common format: the pattern asked for', () => {
    const [w] = warningOf(['soon', 'later']);
    expect(w?.message.en).toMatch(
      /e\.g\. "soon" \(row 1\)\. No common format reads them all: give the file's date-fns pattern with --date-format \(e\.g\. "dd\.MM\.yyyy"\)$/,
    );
  });
});

describe('servqual analyze --period on dates it cannot read', () => {
  // The bundled example with its ISO dates (2025-01-01 … 2025-12-30) rewritten as Excel exports them.
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = tempDir('servqual-dates-');
  const [head, ...lines] = readFileSync(join(root, 'examples/hotel-survey.csv'), 'utf8').trimEnd().split('\n');
  const at = (head ?? '').split(',').indexOf('submitted_at');
  const rewrite = (name: string, date: (iso: string) => string, rows = lines.length): string => {
    const file = join(dir, name);
    const out = lines.map((line, i) => {
      const cells = line.split(',');
      const iso = cells[at] ?? '';
      if (i < rows && iso !== '') cells[at] = date(iso);
      return cells.join(',');
    });
    writeFileSync(file, `${[head, ...out].join('\n')}\n`);
    return file;
  };
  const dayFirst = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const cli = (args: string[]) => spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'analyze', ...args], { encoding: 'utf8' });

  it('no row dated: exit 1, no report, and the --date-format that reads them', () => {
    const r = cli([rewrite('dmy.csv', dayFirst), '--period', 'quarter', '-q']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    // 240 rows read, 238 used (the example has 2 bad rows): every used row undated
    expect(r.stderr).toMatch(
      /^servqual: --period quarter: no row has a date to give it a period\. submitted_at: 238 of 238 rows \(100%\) have no date servqual can read, and are left out of the periods; e\.g\. "01\/01\/2025" \(row 1\)\. --date-format "dd\/MM\/yyyy" reads the \d+ values tried\n$/,
    );
    // …and with it, the quarters are back: the example's rows are spread over 2025's four quarters
    const fixed = cli([join(dir, 'dmy.csv'), '--period', 'quarter', '--date-format', 'dd/MM/yyyy', '--format', 'json', '-q']);
    expect(fixed.status).toBe(0);
    const report = JSON.parse(fixed.stdout) as Report;
    expect(report.periods?.map((p) => p.period)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(report.dataQuality.undated).toBe(0);
  });

  it('some rows undated: the report is written, with the warning on stderr and in the report', () => {
    // the first 40 rows written day first: 40 of 238 used rows or fewer (if one of them is excluded)
    const file = rewrite('some.csv', dayFirst, 40);
    const r = cli([file, '--period', 'quarter', '-q']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^servqual: warning: submitted_at: \d+ of 238 rows \(1\d%\) .*--date-format "dd\/MM\/yyyy" reads the \d+ values tried\n$/);
    const warning = r.stderr.slice('servqual: warning: '.length, -1);
    expect(r.stdout).toContain(`\n- ${warning}\n`);
    const zh = cli([file, '--period', 'quarter', '-q', '--lang', 'zh', '--format', 'html']);
    expect(zh.stdout).toContain('没有可读取的日期，未计入各期');
  });

  it('Excel serial dates give the quarters with no flag', () => {
    const serial = (iso: string) =>
      String(Math.round((Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 86_400_000));
    const r = cli([rewrite('serial.csv', serial), '--period', 'quarter', '--format', 'json', '-q']);
    const original = cli([join(root, 'examples/hotel-survey.csv'), '--period', 'quarter', '--format', 'json', '-q']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(original.stdout); // the same periods, to the byte
  });
});
