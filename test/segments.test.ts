import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, analyzerFromJSON, createAnalyzer, createRowReader, renderMarkdown, servqual22, ValidationError } from '../src/index.js';
import { periodIndex, periodOf, parseDateCell } from '../src/data/period.js';
import { analyzeCsv } from '../src/node/index.js';
import { compareToReference } from './helpers/compareToReference.js';
import { tiny, TINY_HEADER } from './helpers/tiny.js';

// Golden values from test/fixtures/segments/make.py: pandas 1.5.3 groupby means and counts, SciPy 1.10.1
// ttest_ind(equal_var=False) against the rest with Holm, linregress over quarter means.
const fixture = (file: string): string => fileURLToPath(new URL(`./fixtures/segments/${file}`, import.meta.url));

describe('analyzeCsv(file, { by, period })', () => {
  it('per-branch and per-quarter dimension gaps equal pandas groupby; branches against the rest and trends equal SciPy', async () => {
    const expected = JSON.parse(readFileSync(fixture('expected.json'), 'utf8')) as unknown;
    const report = await analyzeCsv(fixture('data.csv'), { instrument: servqual22, by: ['Branch'], period: 'quarter' });
    const result = compareToReference(report, expected);
    expect(result.mismatches.slice(0, 10)).toEqual([]);
    expect(result.checked).toBeGreaterThan(250);
    // Chinese segment names survive the round trip; 上海-02's responsiveness stands out
    const slow = report.segments?.['branch']?.find((s) => s.value === '上海-02')?.dimensions.find((d) => d.id === 'responsiveness');
    expect(slow?.versusRest.pAdjusted).toBeLessThan(0.001);
    expect(report.periods?.map((p) => p.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });

  it('merges segmented shards to the one-pass result', async () => {
    const text = readFileSync(fixture('data.csv'), 'utf8').trim().split('\n');
    const header = (text[0] as string).split(',');
    const rows = text.slice(1).map((l) => l.split(','));
    const options = { by: ['branch'], period: 'quarter' as const, dateColumn: 'submitted_at' };
    const reader = createRowReader(header, servqual22);
    const whole = createAnalyzer(servqual22, options);
    rows.forEach((r, i) => whole.add(reader.read(r, i + 1)));
    const a = createAnalyzer(servqual22, options);
    const b = createAnalyzer(servqual22, options);
    rows.forEach((r, i) => (i % 3 === 0 ? a : b).add(reader.read(r, i + 1)));
    const merged = analyzerFromJSON(servqual22, JSON.parse(JSON.stringify(a.toJSON())), options).merge(b);
    const result = compareToReference(merged.result(), JSON.parse(JSON.stringify(whole.result())), { rel: 1e-12, pRel: 1e-10, abs: 1e-13 });
    expect(result.mismatches).toEqual([]);
  });

  it('flags small segments and keeps blank values as a segment', () => {
    const rows = [
      { branch: 'x', E1: 6, E2: 6, E3: 6, E4: 2, P1: 5, P2: 5, P3: 5, P4: 3 },
      { branch: 'x', E1: 6, E2: 6, E3: 6, E4: 2, P1: 4, P2: 5, P3: 5, P4: 3 },
      { branch: '', E1: 6, E2: 6, E3: 6, E4: 2, P1: 4, P2: 5, P3: 5, P4: 3 },
    ];
    const r = analyze(rows, { instrument: tiny, by: ['branch'], minSegmentSize: 2 });
    expect(r.segments?.['branch']?.map((s) => [s.value, s.n, s.small])).toEqual([
      ['', 1, true],
      ['x', 2, false],
    ]);
  });

  it('names a missing segment or date column', () => {
    const rows = [Object.fromEntries(TINY_HEADER.map((h) => [h, 5]))];
    expect(() => analyze(rows, { instrument: tiny, by: ['branch'] })).toThrow(ValidationError);
    expect(() => analyze(rows, { instrument: tiny, period: 'month' })).toThrow(
      'header: no column "submitted_at (or date; name another with dateColumn)" to date the rows by',
    );
  });

  it('counts rows without a readable date and leaves them out of the periods only', () => {
    const base = Object.fromEntries(TINY_HEADER.map((h) => [h, 5]));
    const rows = [
      { ...base, date: '2025-03-01' },
      { ...base, date: 'soon' },
      { ...base, date: '' },
    ];
    const r = analyze(rows, { instrument: tiny, period: 'month' });
    expect(r.sample.used).toBe(3);
    expect(r.dataQuality.undated).toBe(2);
    expect(r.periods?.map((p) => [p.period, p.n])).toEqual([['2025-03', 1]]);
  });
});

describe('periods', () => {
  it.each([
    ['2025-02-26', 'week', '2025-W09'],
    ['2024-12-30', 'week', '2025-W01'], // ISO week-year: 30 Dec 2024 is in week 1 of 2025
    ['2025-03-31', 'quarter', '2025-Q1'],
    ['2025-04-01', 'quarter', '2025-Q2'],
    ['2025-03-31T23:30:00+08:00', 'month', '2025-03'], // the calendar date as written
    ['2025-12-31', 'year', '2025'],
  ] as const)('%s falls in %s %s', (text, unit, label) => {
    const date = parseDateCell(text);
    expect(date).not.toBeNull();
    if (date !== null) {
      const key = periodOf(date, unit);
      expect(key.label).toBe(label);
      expect(periodIndex(label, unit)).toBe(key.index);
    }
  });
  it('reads yyyy/MM/dd and dd.MM.yyyy with a pattern', () => {
    expect(periodOf(parseDateCell('2025/07/04', 'yyyy/MM/dd') as Date, 'month').label).toBe('2025-07');
    expect(periodOf(parseDateCell('04.07.2025', 'dd.MM.yyyy') as Date, 'month').label).toBe('2025-07');
    expect(parseDateCell('31.02.2025', 'dd.MM.yyyy')).toBeNull();
  });
  it('counts calendar distance: consecutive weeks across a year end are one apart', () => {
    expect(periodIndex('2025-W01', 'week') - periodIndex('2024-W52', 'week')).toBe(1);
    expect(periodIndex('2025-Q1', 'quarter') - periodIndex('2024-Q4', 'quarter')).toBe(1);
  });
});

describe('a column of many values', () => {
  /** `count` rows of the tiny instrument, row i in segment `s<i mod distinct>`: E = 4, P = 1 + (i mod 7) on every item (P4 reverse-keyed). */
  const rowsOf = (count: number, distinct: number) =>
    Array.from({ length: count }, (_, i) => {
      const p = 1 + (i % 7);
      return { id: `s${String(i % distinct).padStart(5, '0')}`, E1: 4, E2: 4, E3: 4, E4: 4, P1: p, P2: p, P3: p, P4: 8 - p };
    });

  it('compares each segment with the rest in linear time: 20,000 segments take about 10× as long as 2,000, not 100× (issue 15)', () => {
    const time = (count: number): number => {
      const rows = rowsOf(count, count);
      const start = performance.now();
      const report = analyze(rows, { instrument: tiny, by: ['id'] });
      const ms = performance.now() - start;
      expect(report.segments?.['id']).toHaveLength(count);
      return ms;
    };
    time(2_000); // compiles the code both sizes run
    const small = Math.min(time(2_000), time(2_000));
    const large = time(20_000);
    // merging all the other segments for each segment made this ratio 100 (4,000 branches: 33 s)
    expect(large / small).toBeLessThan(30);
  }, 120_000);

  it('warns above 200 segments, and the Markdown report shows the 10 highest and 10 lowest', () => {
    const at = (distinct: number) => analyze(rowsOf(distinct, distinct), { instrument: tiny, by: ['id'] });
    expect(at(200).warnings.filter((w) => w.code === 'MANY_SEGMENTS')).toEqual([]);
    const many = at(201);
    expect(many.warnings.filter((w) => w.code === 'MANY_SEGMENTS')).toEqual([
      {
        code: 'MANY_SEGMENTS',
        message: {
          en: 'id: 201 segments, more than 200; the Markdown and HTML reports show the 10 highest and 10 lowest by overall score',
          zh: 'id：共 201 个群体，超过 200 个；Markdown 和 HTML 报告按总体得分只列出最高和最低的各 10 个',
        },
      },
    ]);
    const markdown = renderMarkdown(many);
    const section = markdown.slice(markdown.indexOf('## Segments: id'));
    const rows = section.split('\n').filter((l) => /^\| s\d{5}/.test(l));
    expect(rows).toHaveLength(20);
    // item 4 is reverse-keyed (read as 8 − x), so row i answers P = 1 + (i mod 7) and E = 4 on every item, and its
    // overall gap is P − 4: highest (3) for i mod 7 = 6, s00006 first in report order; lowest (−3) for i mod 7 = 0,
    // whose last ten in report order (s00133 … s00196) end the table
    expect(rows[10]).toMatch(/^\| s00133 /);
    expect(rows[0]).toMatch(/^\| s00006 /);
    expect(rows[19]).toMatch(/^\| s00196 /);
    expect(section).toContain('The 10 highest and 10 lowest of 201 segments by overall score; the other 181 are in the JSON and CSV reports.');
  });
});
