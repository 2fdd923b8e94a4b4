import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import {
  analyze,
  defineInstrument,
  InstrumentError,
  parseDateCell,
  periodOf,
  PERIOD_UNITS,
  renderJson,
  servqual22,
  ServqualError,
  type Report,
} from '../src/index.js';
import { periodIndex } from '../src/internals.js';
import { surveyTemplateColumns, surveyTemplateCsv } from '../src/data/surveyTemplate.js';
import { MAX_ITEMS_PER_DIMENSION } from '../src/instrument/schema.js';
import { analyzeCsv, readJourneyCsv } from '../src/node/index.js';
import { tiny } from './helpers/tiny.js';

// The corpus in test/fixtures/hostile (made by make.py there): every file gets a report (exit 0) or
// one clear line (exit 1) — never a stack trace —, a report accounts for every row, and a file read
// from its path and from standard input gives the same answer.
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'test/fixtures/hostile');
const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));

/** What the second round's files must give (the sample, or the error line), each from make.py's rows. */
const EXPECTED: Record<string, { sample?: Partial<Report['sample']>; undated?: number; stderr?: string }> = {
  // 99 twice in overall (1–7): set aside, rows kept
  'overall-99.csv': {
    sample: { rows: 4, used: 4, excluded: 0, setAside: [{ code: 'E_OVERALL_OUT_OF_SCALE', reason: 'overall satisfaction outside its scale', values: 2 }] },
  },
  // -1000, 1e400 and 0 are outside 1–7; 7 is in
  'overall-out-of-range.csv': {
    sample: { rows: 4, used: 4, excluded: 0, setAside: [{ code: 'E_OVERALL_OUT_OF_SCALE', reason: 'overall satisfaction outside its scale', values: 3 }] },
  },
  // -5, 1000 and 1e400 are outside 0–100
  'weights-out-of-range.csv': {
    sample: { rows: 4, used: 4, excluded: 0, setAside: [{ code: 'E_WEIGHT_OUT_OF_SCALE', reason: 'weight outside 0–100', values: 3 }] },
  },
  // 50+40 = 90 and 30+'' are unusable allocations, 60.9+40 = 100.9 is within ±1, -9 is outside 0–100
  'weights-sum-off.csv': {
    sample: {
      rows: 4,
      used: 4,
      excluded: 0,
      setAside: [
        { code: 'E_WEIGHTS_SUM', reason: 'weights do not sum to 100', values: 2 },
        { code: 'E_WEIGHT_OUT_OF_SCALE', reason: 'weight outside 0–100', values: 1 },
      ],
    },
  },
  // without --missing: 99 in an item excludes its row, -9 in overall is set aside
  'missing-codes.csv': {
    sample: {
      rows: 3,
      used: 2,
      excluded: 1,
      reasons: [{ code: 'E_OUT_OF_SCALE', reason: 'answer outside the scale', rows: 1 }],
      setAside: [{ code: 'E_OVERALL_OUT_OF_SCALE', reason: 'overall satisfaction outside its scale', values: 1 }],
    },
  },
  'unclosed-quote-long.csv': {
    stderr:
      'servqual: line 3, field 1: a quoted field opened here is still open after 65,536 bytes (maxFieldSize); check for a quote that is not closed, or raise --max-field-size (maxFieldSize in the API)\n',
  },
  'wide-row.csv': { stderr: 'servqual: line 3: the row has more than 10,000 cells (maxColumns); raise it with --max-columns (maxColumns in the API)\n' },
  // with --period quarter: 0999-07-01 (noted) and the blank cell are undated
  'dates-year-0999.csv': { sample: { rows: 4, used: 4, setAside: [{ code: 'E_DATE', reason: 'unreadable or implausible date', values: 1 }] }, undated: 2 },
  // 01.07.25 and 31/12/2025 are not ISO dates
  'dates-two-digit-year.csv': { sample: { rows: 3, used: 3, setAside: [{ code: 'E_DATE', reason: 'unreadable or implausible date', values: 2 }] }, undated: 2 },
  'excel-trailing-columns.csv': { sample: { rows: 2, used: 2, excluded: 0 } },
  'unnamed-index-column.csv': { sample: { rows: 2, used: 2, excluded: 0 } },
  'rows-padded.csv': { sample: { rows: 2, used: 2, excluded: 0 } },
  'double-bom.csv': { sample: { rows: 1, used: 1, excluded: 0 } },
  'line-ends-in-quotes.csv': { sample: { rows: 3, used: 3, excluded: 0 } },
  // a non-breaking space is trimmed like a space; a full-width digit is not a number
  'nbsp-and-fullwidth.csv': { sample: { rows: 2, used: 1, excluded: 1, reasons: [{ code: 'E_NOT_NUMERIC', reason: 'non-numeric answer', rows: 1 }] } },
  'stray-cp1252.csv': { sample: { rows: 4000, used: 3999, excluded: 1, reasons: [{ code: 'E_ENCODING', reason: 'bytes that are not valid UTF-8', rows: 1 }] } },
  'gb18030-late.csv': { sample: { rows: 3200, used: 3200, excluded: 0 } },
  'utf8-bad-item.csv': { sample: { rows: 4, used: 3, excluded: 1, reasons: [{ code: 'E_ENCODING', reason: 'bytes that are not valid UTF-8', rows: 1 }] } },
  'utf8-bad-header.csv': {
    stderr: 'servqual: the header is not valid UTF-8 at column 2 ("comm\uFFFDnt"); give --encoding if the file is in another encoding\n',
  },
  'utf8-replacement-char.csv': { sample: { rows: 3, used: 3, excluded: 0 } },
};

describe('servqual analyze on hostile files', () => {
  it.each(files)('%s', (name) => {
    const path = join(dir, name);
    const header = readFileSync(path).subarray(0, 200).toString('latin1').split(/\r?\n/)[0] ?? '';
    const args = [
      '--instrument',
      join(dir, 'tiny.json'),
      '--format',
      'json',
      ...(header.includes('branch') ? ['--by', 'branch'] : []),
      ...(header.includes('submitted_at') ? ['--period', 'quarter'] : []),
    ];
    const cli = (source: string, input?: Buffer) =>
      spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'analyze', source, ...args], { encoding: 'utf8', input });
    const r = cli(path);
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
    // One input, one answer: the same from standard input (a pipe delivers 64 KiB at a time).
    const piped = cli('-', readFileSync(path));
    expect([piped.status, piped.stdout, piped.stderr]).toEqual([r.status, r.stdout, r.stderr.replaceAll(path, 'input')]);
    const expected = EXPECTED[name];
    if (expected?.stderr !== undefined) expect([r.status, r.stderr]).toEqual([1, expected.stderr]);
    if (expected?.sample !== undefined) {
      const report = JSON.parse(r.stdout) as Report;
      expect(report.sample).toMatchObject(expected.sample);
      if (expected.sample.setAside === undefined) expect(report.sample.setAside).toBeUndefined();
      if (expected.undated !== undefined) expect(report.dataQuality.undated).toBe(expected.undated);
    }
  });

  it('covers every file of the second round', () => {
    for (const name of Object.keys(EXPECTED)) expect(files).toContain(name);
  });
});

/** The report without its account of the rows: what the statistics are. */
function statistics(report: Report): unknown {
  const { sample: _s, dataQuality: _d, ...rest } = JSON.parse(renderJson(report)) as Report;
  return rest;
}

/** A CLI run of the built command. */
function servqual(args: string[], input?: string | Buffer): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { encoding: 'utf8', input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('overall and the weights outside their scales: the value is set aside, the row is kept', () => {
  // The bundled example without its W_* columns, so importance is derived from `overall`. Three
  // rows get an `overall` outside 1–7 (99 is SPSS's usual "no answer" code). Set aside means read as
  // a missing answer, so the reference is the same file with those three cells blank.
  const [head = [], ...body] = readFileSync(join(root, 'examples/hotel-survey.csv'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  const columns = head.flatMap((h, i) => (h.startsWith('W_') ? [] : [i]));
  const overall = head.indexOf('overall');
  const ROWS = [5, 60, 170];
  const table = (value: string) => ({
    header: columns.map((i) => head[i] as string),
    rows: body.map((r, n) => columns.map((i) => (i === overall && ROWS.includes(n + 1) ? value : (r[i] as string)))),
  });
  const reference = analyze(table(''), { instrument: servqual22 });

  it.each(['99', '-1000', '1e400'])('overall = %s in three rows: the statistics of those answers left blank; each value in the log', async (value) => {
    for (const report of [
      analyze(table(value), { instrument: servqual22 }),
      await analyzeCsv(Readable.from([csvOf(table(value))]), { instrument: servqual22 }),
    ]) {
      expect(statistics(report)).toEqual(statistics(reference));
      // the rows still add up: all three are used
      expect(report.sample).toEqual({
        ...reference.sample,
        setAside: [{ code: 'E_OVERALL_OUT_OF_SCALE', reason: 'overall satisfaction outside its scale', values: 3 }],
      });
      expect(report.dataQuality.issuesTotal).toBe(reference.dataQuality.issuesTotal + 3);
      expect(report.dataQuality.issues.filter((i) => i.code === 'E_OVERALL_OUT_OF_SCALE')).toEqual(
        ROWS.map((row) => ({
          code: 'E_OVERALL_OUT_OF_SCALE',
          row,
          column: 'overall',
          value,
          message: `row ${row}, column overall: "${value}" is outside the overall scale 1–7; left out of the statistics that use it`,
        })),
      );
    }
  });

  it("reads overall on the instrument's overallScale when it has one", () => {
    const tenPoint = defineInstrument({ ...servqual22, overallScale: { min: 0, max: 10 } });
    const report = analyze(table('9'), { instrument: tenPoint });
    expect(report.sample.setAside).toBeUndefined();
    expect(analyze(table('11'), { instrument: tenPoint }).sample.setAside).toEqual([
      { code: 'E_OVERALL_OUT_OF_SCALE', reason: 'overall satisfaction outside its scale', values: 3 },
    ]);
    expect(() => defineInstrument({ ...servqual22, overallScale: { min: 5, max: 5 } })).toThrow(
      'overallScale.max: must be greater than overallScale.min (got min 5, max 5)',
    );
  });

  it('says so on the summary line', () => {
    const r = servqual(['analyze', '-', '--format', 'json'], csvOf(table('99')));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      '240 rows read: 238 used, 2 excluded (1 non-numeric answer, 1 answer outside the scale); 3 values set aside (3 overall satisfaction outside its scale)\n',
    );
  });

  it('validate lists each value set aside and exits 1', () => {
    const r = servqual(
      ['validate', '-', '--instrument', join(dir, 'tiny.json')],
      csvOf({
        header: ['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'P4', 'overall'],
        rows: [
          ['6', '6', '6', '2', '5', '5', '5', '3', '5'],
          ['6', '6', '6', '2', '5', '5', '5', '3', '-1000'],
        ],
      }),
    );
    expect([r.code, r.stdout, r.stderr]).toEqual([
      1,
      'row 2, column overall: "-1000" is outside the overall scale 1–7; left out of the statistics that use it [E_OVERALL_OUT_OF_SCALE]\n',
      '2 rows checked (method servqual): 1 problem in 1 row\n',
    ]);
  });

  it('--strict fails on a value it would set aside', () => {
    const r = servqual(
      ['analyze', '-', '--strict', '--instrument', join(dir, 'tiny.json')],
      csvOf({ header: ['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'P4', 'overall'], rows: [['6', '6', '6', '2', '5', '5', '5', '3', '99']] }),
    );
    expect([r.code, r.stderr]).toEqual([1, 'servqual: row 1, column overall: "99" is outside the overall scale 1–7; left out of the statistics that use it\n']);
  });
});

describe('missing-value codes (99, -9) are missing everywhere: items, weights, overall', () => {
  const header = ['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'P4', 'W_a', 'W_b', 'overall'];
  const rows = [
    ['6', '99', '6', '2', '5', '5', '-9', '3', '40', '60', '99'],
    ['7', '6', '5', '3', '4', '6', '5', '2', '99', '-9', '5'],
    ['5', '5', '6', '4', '6', '5', '6', '4', '30', '70', '6'],
    ['6', '7', '7', '2', '5', '4', '5', '3', '50', '50', '-9'],
  ];
  const blank = { header, rows: rows.map((r) => r.map((c) => (c === '99' || c === '-9' ? '' : c))) };
  const coded = { header, rows };
  const reference = analyze(blank, { instrument: tiny });

  it("from the instrument's `missing`, the `missingCodes` option, and numbers in records", async () => {
    const withCodes = defineInstrument({ ...tiny, missing: ['99', '-9'] });
    const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, Number(r[i])])));
    for (const report of [
      analyze(coded, { instrument: withCodes }),
      analyze(coded, { instrument: tiny, missingCodes: ['99', '-9'] }),
      analyze(records, { instrument: tiny, missingCodes: ['99', '-9'] }),
      await analyzeCsv(Readable.from([csvOf(coded)]), { instrument: withCodes }),
      await analyzeCsv(Readable.from([csvOf(coded)]), { instrument: tiny, missingCodes: ['99', '-9'], tokenizer: 'csv-parse' }),
    ]) {
      expect(JSON.parse(renderJson(report))).toEqual(JSON.parse(renderJson(reference)));
    }
  });

  it('from --missing 99,-9', () => {
    const instrument = join(dir, 'tiny.json'); // the corpus's instrument: the same as helpers/tiny
    const coded1 = servqual(['analyze', '-', '--instrument', instrument, '--format', 'json', '--missing', '99,-9'], csvOf(coded));
    const blank1 = servqual(['analyze', '-', '--instrument', instrument, '--format', 'json'], csvOf(blank));
    expect([coded1.code, coded1.stdout]).toEqual([0, blank1.stdout]);
    expect(servqual(['validate', '-', '--instrument', instrument, '--missing', '99,-9'], csvOf(coded)).code).toBe(0);
  });
});

describe('the W_* weights: an allocation outside 0–100 or not summing to 100 is set aside, the row kept', () => {
  const header = ['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'P4', 'W_a', 'W_b'];
  const items = [
    ['6', '6', '6', '2', '5', '5', '5', '3'],
    ['7', '6', '5', '3', '4', '6', '5', '2'],
    ['5', '5', '6', '4', '6', '5', '6', '4'],
    ['6', '7', '7', '2', '5', '4', '5', '3'],
    ['6', '5', '7', '1', '6', '3', '4', '2'],
  ];
  const weights = [
    ['40', '60'],
    ['-5', '105'],
    ['1000', '0'],
    ['50', '40'],
    ['30', ''],
  ];
  const table = (w: string[][]) => ({ header, rows: items.map((r, i) => [...r, ...(w[i] as string[])]) });
  // Set aside: read as a respondent who gave no allocation (the instrument's weights, else equal).
  const reference = analyze(table(weights.map((w, i) => (i === 0 ? w : ['', '']))), { instrument: tiny });

  it('with -5/105, 1000/0, 50/40 and a missing weight', () => {
    const report = analyze(table(weights), { instrument: tiny });
    expect(statistics(report)).toEqual(statistics(reference));
    expect(report.sample).toEqual({
      rows: 5,
      used: 5,
      excluded: 0,
      reasons: [],
      setAside: [
        { code: 'E_WEIGHTS_SUM', reason: 'weights do not sum to 100', values: 2 },
        { code: 'E_WEIGHT_OUT_OF_SCALE', reason: 'weight outside 0–100', values: 2 },
      ],
    });
    expect(report.dataQuality.issues.map((i) => [i.row, i.code, i.column, i.value, i.message])).toEqual([
      [2, 'E_WEIGHT_OUT_OF_SCALE', 'W_a', '-5', 'row 2, column W_a: weight "-5" is outside 0–100; the row\'s weights are left out'],
      [3, 'E_WEIGHT_OUT_OF_SCALE', 'W_a', '1000', 'row 3, column W_a: weight "1000" is outside 0–100; the row\'s weights are left out'],
      [4, 'E_WEIGHTS_SUM', 'W_a+W_b', '90', "row 4, columns W_a+W_b: weights sum to 90, not 100 (±1); the row's weights are left out"],
      [5, 'E_WEIGHTS_SUM', 'W_a+W_b', null, "row 5, columns W_a+W_b: 1 of 2 weights are missing; the row's weights are left out"],
    ]);
  });
});

describe('dates: an implausible year is undated with a reason; labels round-trip; the pattern is checked first', () => {
  const header = ['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'P4', 'submitted_at'];
  const items = ['6', '6', '6', '2', '5', '5', '5', '3'];
  const rows = (dates: string[]) => ({ header, rows: dates.map((d) => [...items, d]) });

  it.each(PERIOD_UNITS)('0999-07-01 with --period %s: undated, with a reason, and the other rows in their periods', (period) => {
    const report = analyze(rows(['2025-07-01', '0999-07-01', '2025-07-02', '']), { instrument: tiny, period });
    expect(report.dataQuality.undated).toBe(2); // 0999-07-01 and the blank cell
    expect(report.periods?.map((p) => [p.period, p.n])).toEqual([[periodOf(new Date(2025, 6, 1), period).label, 2]]);
    expect(report.dataQuality.issues).toEqual([
      {
        code: 'E_DATE',
        row: 2,
        column: 'submitted_at',
        value: '0999-07-01',
        message: 'row 2, column submitted_at: "0999-07-01" has the year 999, outside 1900–2100; counted as undated',
      },
    ]);
    expect(report.sample).toMatchObject({ rows: 4, used: 4, setAside: [{ code: 'E_DATE', reason: 'unreadable or implausible date', values: 1 }] });
  });

  it('01.07.25 read with dd.MM.yyyy is the year 25: undated, not a period of year 25', () => {
    const report = analyze(rows(['01.07.2025', '01.07.25']), { instrument: tiny, period: 'month', dateFormat: 'dd.MM.yyyy' });
    expect(report.periods?.map((p) => p.period)).toEqual(['2025-07']);
    expect(report.dataQuality.issues.map((i) => i.message)).toEqual([
      'row 2, column submitted_at: "01.07.25" has the year 25, outside 1900–2100; counted as undated',
    ]);
  });

  it('parseDateCell — the doc example', () => {
    expect(parseDateCell('01.07.2025', 'dd.MM.yyyy')?.getMonth()).toBe(6);
  });

  it('an unreadable date is undated with its reason too', () => {
    const report = analyze(rows(['2025-07-01', '31/07/2025']), { instrument: tiny, period: 'month' });
    expect(report.dataQuality.issues.map((i) => i.message)).toEqual([
      'row 2, column submitted_at: "31/07/2025" is not a date servqual reads without a date format (2025-03-31, 2025/03/31, Excel\'s 45658); counted as undated',
    ]);
  });

  it('period labels round-trip: periodIndex(periodOf(d).label) is periodOf(d).index, or periodOf refuses the date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(-5000, 0, 1), max: new Date(12000, 0, 1), noInvalidDate: true }), fc.constantFrom(...PERIOD_UNITS), (date, unit) => {
        let key;
        try {
          key = periodOf(date, unit);
        } catch (error) {
          expect(error).toMatchObject({ code: 'E_INVALID_OPTION' });
          expect(date.getFullYear() < 1900 || date.getFullYear() > 2100).toBe(true);
          return;
        }
        expect(periodIndex(key.label, unit)).toBe(key.index);
      }),
      { seed: 5, numRuns: 3000 },
    );
  });

  it.each(['YYYY-MM-DD', 'yyyy-MM-DD', 'dd.MM.YY', 'yyyy-MM-dd zzz', 'foo'])(
    'dateFormat %s is refused before any row is read: E_INVALID_OPTION naming the option',
    (dateFormat) => {
      for (const data of [rows(['2025-07-01']), { header, rows: [] }, { header: header.slice(0, 8), rows: [items] }]) {
        let caught: unknown;
        try {
          analyze(data, { instrument: tiny, period: 'month', dateFormat });
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(ServqualError);
        expect(caught).toMatchObject({ code: 'E_INVALID_OPTION', message: expect.stringMatching(new RegExp(`^dateFormat "${dateFormat}": `)) });
      }
    },
  );

  it('--date-format YYYY-MM-DD is a usage error (exit 2), whatever the data', () => {
    // The library's message names the option (dateFormat, above); the CLI names the flag that set it.
    const message =
      'servqual: --date-format "YYYY-MM-DD": YYYY is the week-numbering year and DD the day of the year; for a calendar date write yyyy-MM-dd\nRun "servqual --help" for usage.\n';
    for (const input of ['', csvOf(rows(['2025-07-01']))]) {
      const r = servqual(['analyze', '-', '--instrument', join(dir, 'tiny.json'), '--period', 'month', '--date-format', 'YYYY-MM-DD'], input);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', message]);
    }
  });

  it("a pattern with a time zone gives the date as written, whatever the machine's zone", () => {
    // 23:30 at UTC−05:00 on 31 March is 04:30 UTC on 1 April: read as written it is in Q1 and March.
    const script = `
      import { analyze } from ${JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href)};
      const header = ['P1', 'P2', 'P3', 'P4', 'stamp'];
      const rows = ['2025-03-31T23:30:00-05:00', '2025-04-01T00:30:00+14:00', '2025-03-31 23:30 +0530'].map((d) => ['5', '5', '5', '5', d]);
      const labels = (period, dateFormat) => analyze({ header, rows }, { instrument: ${JSON.stringify(JSON.parse(readFileSync(join(dir, 'tiny.json'), 'utf8')))}, period, dateColumn: 'stamp', dateFormat }).periods.map((p) => p.period + ':' + p.n).join(' ');
      console.log(labels('quarter', "yyyy-MM-dd'T'HH:mm:ssXXX"), '|', labels('month', "yyyy-MM-dd HH:mm xx"), '|', labels('week', "yyyy-MM-dd'T'HH:mm:ssXXX"));
    `;
    const run = (tz: string) => spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
    const kiritimati = run('Pacific/Kiritimati'); // UTC+14
    const adak = run('America/Adak'); // UTC−9 in summer, −10 in winter
    expect(kiritimati.stderr).toBe('');
    expect(kiritimati.stdout).toBe('2025-Q1:1 2025-Q2:1 | 2025-03:1 | 2025-W14:2\n');
    expect(adak.stdout).toBe(kiritimati.stdout);
  });
});

describe('columns with no name (Excel\'s trailing ",,", a pandas index) are ignored, and make no row fail', () => {
  const head = 'E1,E2,E3,E4,P1,P2,P3,P4';
  const row = '6,6,6,2,5,5,5,3';
  const reference = async () => analyzeCsv(Readable.from([`${head}\n${row}\n${row}\n`]), { instrument: tiny });
  it.each([
    ['trailing unnamed columns, empty', `${head},,\n${row},,\n${row},,\n`],
    ['trailing unnamed columns, rows without them', `${head},,\n${row}\n${row},\n`],
    ['an unnamed first column with values (a pandas index)', `,${head}\n0,${row}\n1,${row}\n`],
    ['unnamed columns with values between named ones', `${head.replace('E4,', 'E4, ,,')}\n${row.replace('2,', '2,x,y,')}\n${row.replace('2,', '2,,,')}\n`],
    ['rows with empty cells past the header', `${head}\n${row},,\n${row},\n`],
  ])('%s', async (_label, text) => {
    const expected = JSON.parse(renderJson(await reference())) as Report;
    for (const tokenizer of ['fast', 'csv-parse'] as const) {
      const report = await analyzeCsv(Readable.from([text]), { instrument: tiny, tokenizer });
      expect(JSON.parse(renderJson(report))).toEqual(expected);
    }
  });

  it('a row with a value past the header is still ragged', async () => {
    const report = await analyzeCsv(Readable.from([`${head},,\n${row},,,x\n`]), { instrument: tiny });
    expect(report.dataQuality.issues.map((i) => i.message)).toEqual(['row 1: 11 cells where the header has 10']);
  });
});

describe('servqual template quotes column names as CSV', () => {
  it('surveyTemplateCsv — the doc example', () => {
    const oneItem = defineInstrument({
      id: 'x',
      name: { en: 'X' },
      scale: { min: 1, max: 5 },
      dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: 'a,b' }] }],
    });
    expect(surveyTemplateCsv(oneItem, 'servperf')).toBe('"Pa,b",W_d,overall\n');
  });

  it('an item id with a comma or a quote reads back as the same columns, and a file with that header scores', async () => {
    const work = mkdtempSync(join(tmpdir(), 'servqual-template-'));
    try {
      const instrument = {
        id: 'quoted',
        name: { en: 'Quoted' },
        scale: { min: 1, max: 7 },
        dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: 'a,b' }, { id: 'say "hi"' }, { id: 'plain' }] }],
      };
      const path = join(work, 'quoted.json');
      writeFileSync(path, JSON.stringify(instrument));
      const r = servqual(['template', '--instrument', path]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('"Ea,b","Esay ""hi""",Eplain,"Pa,b","Psay ""hi""",Pplain,W_d,overall\n');
      expect(parse(r.stdout) as string[][]).toEqual([surveyTemplateColumns(defineInstrument(instrument), 'servqual')]);
      const survey = `${r.stdout}6,7,5,5,6,4,100,6\n`;
      const report = await analyzeCsv(Readable.from([survey]), { instrument: defineInstrument(instrument) });
      expect(report.sample).toEqual({ rows: 1, used: 1, excluded: 0, reasons: [] });
      expect(report.items.map((i) => [i.id, i.gap?.mean])).toEqual([
        ['a,b', -1],
        ['say "hi"', -1],
        ['plain', -1],
      ]); // P − E: 5 − 6, 6 − 7, 4 − 5
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('journey: blank lines are skipped, not read as a stage', () => {
  const shares = 'stage,satisfied\nbooking,0.97\n\ncheck-in,0.91\n\n';
  const ratings = 'id,desk,room\n1,5,3\n\n2,4,5\n3,2,\n\n';
  it('in stage,satisfied form and in per-respondent ratings', async () => {
    expect((await readJourneyCsv(Readable.from([shares]))).stages).toEqual([
      { stage: 'booking', satisfied: 0.97 },
      { stage: 'check-in', satisfied: 0.91 },
    ]);
    // desk: 5 and 4 of 5, 4, 2 are at least 4 → 2/3; room: 5 of 3, 5 → 1/2 (the blank rating is not counted)
    expect((await readJourneyCsv(Readable.from([ratings]), { threshold: 4 })).stages.map((st) => [st.stage, st.satisfied])).toEqual([
      ['desk', 2 / 3],
      ['room', 1 / 2],
    ]);
  });
  it('servqual journey reads a file with blank lines', () => {
    const r = servqual(['journey', '-', '--format', 'json'], shares);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { stages: unknown[] }).stages).toHaveLength(2);
  });
  it('a stage without a share is named, not taken for NaN', async () => {
    await expect(readJourneyCsv(Readable.from(['stage,satisfied\nbooking,\n']))).rejects.toMatchObject({
      code: 'E_NOT_NUMERIC',
      message: 'row 1, column satisfied: no share given',
    });
  });
});

describe('instrument limits: items per dimension, and scales doubles can step through', () => {
  const base = { id: 'x', name: { en: 'X' }, scale: { min: 1, max: 7 }, dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }] };
  const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i + 1) }));

  it(`a dimension of more than ${MAX_ITEMS_PER_DIMENSION} items is refused, naming it (memory grows with the square of a dimension's items)`, () => {
    expect(() => defineInstrument({ ...base, dimensions: [{ id: 'd', name: { en: 'D' }, items: items(MAX_ITEMS_PER_DIMENSION) }] })).not.toThrow();
    expect(() => defineInstrument({ ...base, dimensions: [{ id: 'd', name: { en: 'D' }, items: items(8000) }] })).toThrow(
      `invalid instrument: dimensions[0].items: a dimension holds at most ${MAX_ITEMS_PER_DIMENSION} items (its statistics keep a sum for every pair of items, so memory grows with the square); split it into dimensions`,
    );
  });

  it.each([
    [
      { min: 1e20, max: 1e20 + 16384 },
      'scale: min 100000000000000000000 and max 100000000000000020000 are too close for their size: doubles cannot resolve steps between them (the range must be at least 1e-9 of the larger magnitude)',
    ],
    [{ min: -1.5e308, max: 1.5e308 }, 'scale: the range max − min (or min + max) is not a finite number'],
    [{ min: 1, max: Number.POSITIVE_INFINITY }, 'scale.max: Invalid input: expected number, received Infinity'],
    [{ min: Number.NaN, max: 5 }, 'scale.min: Invalid input: expected number, received NaN'],
  ])('scale %j is refused with a clear message', (scale, problem) => {
    let caught: unknown;
    try {
      defineInstrument({ ...base, scale });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InstrumentError);
    expect((caught as InstrumentError).problems).toContain(problem);
  });

  it('overallScale gets the same checks', () => {
    expect(() => defineInstrument({ ...base, overallScale: { min: 1e20, max: 1e20 + 16384 } })).toThrow(
      /^invalid instrument: overallScale: min 100000000000000000000 and max 100000000000000020000 are too close/,
    );
  });
});

function csvOf(table: { header: readonly string[]; rows: ReadonlyArray<readonly string[]> }): string {
  return `${[table.header, ...table.rows].map((r) => r.join(',')).join('\n')}\n`;
}
