import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  defineInstrument,
  extendInstrument,
  InstrumentError,
  servqual22,
  ServqualError,
  suggestColumnMap,
  ValidationError,
  type Report,
} from '../src/index.js';
import { analyzeCsv, loadInstrument, readSurveyCsv } from '../src/node/index.js';
import { headerRowsIn, needsOneStream, readSurveyHeader } from '../src/node/readSurveyCsv.js';

// examples/hotel-qualtrics.csv is examples/hotel-survey.csv re-exported Qualtrics-style by
// examples/make-qualtrics.mjs: three header rows, Q1_k/Q2_k for E_k/P_k, answers as words.
const MAP = JSON.parse(readFileSync('examples/hotel-qualtrics-map.json', 'utf8')) as Record<string, string>;
const SM = 'test/fixtures/surveymonkey';

/** The report's JSON with what names the input's cells (the data-quality issues' row, column and message) set aside. */
function withoutCellNames(report: Report): { json: string; cells: Array<[number, string | null]> } {
  const cells = report.dataQuality.issues.map((i) => [i.row, i.column] as [number, string | null]);
  const copy = structuredClone(report);
  for (const issue of copy.dataQuality.issues) Object.assign(issue, { row: 0, column: null, message: '' });
  return { json: JSON.stringify(copy), cells };
}

async function rejection(promise: Promise<unknown>): Promise<ServqualError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServqualError) return error;
    throw error;
  }
  throw new Error('expected a ServqualError');
}

describe('a Qualtrics export (three header rows, ids, answers as words)', () => {
  const options = { instrument: servqual22, by: ['branch'], period: 'quarter' as const };

  it('gives the same report as the same survey as plain CSV', async () => {
    const plain = withoutCellNames(await analyzeCsv('examples/hotel-survey.csv', options));
    const qualtrics = withoutCellNames(await analyzeCsv('examples/hotel-qualtrics.csv', { ...options, columnMap: MAP }));
    expect(qualtrics.json).toBe(plain.json);
    // The same two cells are set aside, named as each file names them: the plain file's data row 17
    // (its 18th record) is the export's 20th record, row 19 (its first row is the header, the next two
    // header rows count as rows 1 and 2); P5 is Q2_5 and E12 is Q1_12.
    expect(plain.cells).toEqual([
      [17, 'P5'],
      [101, 'E12'],
    ]);
    expect(qualtrics.cells).toEqual([
      [19, 'Q2_5'],
      [103, 'Q1_12'],
    ]);
  });

  it('reads the map from the instrument (columns.map) as from the option', async () => {
    const mapped = extendInstrument(servqual22, { columns: { map: MAP } });
    const option = JSON.stringify(await analyzeCsv('examples/hotel-qualtrics.csv', { ...options, columnMap: MAP }));
    expect(JSON.stringify(await analyzeCsv('examples/hotel-qualtrics.csv', { ...options, instrument: mapped }))).toBe(option);
  });

  it('is read in one stream, not in threads (whose readers know one header row and the instrument only)', () => {
    const qualtrics = readFileSync('examples/hotel-qualtrics.csv');
    const plain = readFileSync('examples/hotel-survey.csv');
    expect([
      needsOneStream(qualtrics, {}),
      needsOneStream(plain, {}),
      needsOneStream(plain, { columnMap: {} }),
      needsOneStream(plain, { headerRows: 2 }),
    ]).toEqual([true, false, true, true]);
    expect([headerRowsIn(qualtrics, {}), headerRowsIn(readFileSync(`${SM}/export.csv`), {}), headerRowsIn(plain, {})]).toEqual([3, 2, 1]);
  });

  it('reads the same through csv-parse (the path of files not in UTF-8)', async () => {
    const fast = await readSurveyCsv('examples/hotel-qualtrics.csv', { instrument: servqual22, columnMap: MAP });
    const slow = await readSurveyCsv('examples/hotel-qualtrics.csv', { instrument: servqual22, columnMap: MAP, tokenizer: 'csv-parse' });
    const rows = async (s: typeof fast) => {
      const out: unknown[] = [];
      for await (const r of s.rows) out.push(r.ok ? [r.response.row, Array.from(r.response.perception)] : [r.row, r.issues.map((i) => i.code)]);
      return out;
    };
    const a = await rows(fast);
    expect(a).toEqual(await rows(slow));
    expect(a[0]).toEqual([3, [6, 7, 7, 7, 5, 5, 6, 7, 6, 4, 4, 6, 4, 4, 4, 4, 4, 5, 4, 5, 5, 5]]); // G0001's P1…P22 in hotel-survey.csv
  });

  it('--header-rows overrides the detection: a plain file read with two header rows loses its first data row', async () => {
    const report = await analyzeCsv('examples/hotel-survey.csv', { instrument: servqual22, headerRows: 2 });
    // 240 data rows, the first taken as a header row: 239, and the rows keep the file's numbering.
    expect(report.sample.rows).toBe(239);
    expect(report.dataQuality.issues.map((i) => i.row)).toEqual([17, 101]);
  });

  it('refuses header rows it cannot have: more than the file holds, or out of 1–3', async () => {
    const header = 'test/fixtures/hostile/header-only.csv';
    const e = await rejection(readSurveyCsv(header, { instrument: servqual22, headerRows: 2 }));
    expect([e.code, e.message]).toEqual(['E_NO_DATA', `${header}: 1 record, fewer than the 2 header rows (--header-rows)`]);
    const four = await rejection(readSurveyCsv('examples/hotel-survey.csv', { instrument: servqual22, headerRows: 4 }));
    expect([four.code, four.option]).toEqual(['E_INVALID_OPTION', 'headerRows']);
  });
});

describe('a SurveyMonkey export (two header rows, question text, no ids)', () => {
  it('names each column by its question and sub-question, and gives the report of the same answers as numbers', async () => {
    const instrument = await loadInstrument(`${SM}/instrument.json`);
    const columnMap = JSON.parse(readFileSync(`${SM}/map.json`, 'utf8')) as Record<string, string>;
    const monkey = await analyzeCsv(`${SM}/export.csv`, { instrument, columnMap });
    // The instrument gives its items no text: the export's sub-questions become their wording.
    expect(monkey.items.map((i) => i.text)).toEqual([{ en: 'Clean rooms' }, { en: 'Quiet rooms' }, { en: 'Friendly staff' }, { en: 'Quick check-in' }]);
    // plain.csv holds the same answers as numbers (by hand: Strongly disagree 1 … Strongly agree 5);
    // read with the wording written into the instrument, it gives the same report, byte for byte.
    const words = ['Clean rooms', 'Quiet rooms', 'Friendly staff', 'Quick check-in'];
    let k = 0;
    const worded = extendInstrument(instrument, {
      dimensions: instrument.dimensions.map((d) => ({ ...d, items: d.items.map((item) => ({ ...item, text: { en: words[k++] as string } })) })),
    });
    expect(JSON.stringify(monkey)).toBe(JSON.stringify(await analyzeCsv(`${SM}/plain.csv`, { instrument: worded })));
    expect(monkey.sample.rows).toBe(5);
  });

  it('numbers rows as the file does: the second header row is row 1, the first answers row 2', async () => {
    const instrument = await loadInstrument(`${SM}/instrument.json`);
    const columnMap = JSON.parse(readFileSync(`${SM}/map.json`, 'utf8')) as Record<string, string>;
    const survey = await readSurveyCsv(`${SM}/export.csv`, { instrument, columnMap });
    const rows: number[] = [];
    for await (const r of survey.rows) rows.push(r.ok ? r.response.row : r.row);
    expect(rows).toEqual([2, 3, 4, 5, 6]);
    expect(survey.reader.columns.header.slice(4, 6)).toEqual([
      'Which branch did you stay at?',
      'How far do you agree that this hotel has each feature? - Clean rooms',
    ]);
  });
});

describe('column maps: errors', () => {
  const header = (cells: string[]) => `${cells.join(',')}\n${cells.map(() => '4').join(',')}\n`;
  const tiny = defineInstrument({
    id: 't',
    name: { en: 'T' },
    scale: { min: 1, max: 7 },
    dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }, { id: '2' }] }],
  });
  const read = (text: string, columnMap: Record<string, string>) =>
    rejection(readSurveyCsv(Readable.from([Buffer.from(text)]), { instrument: tiny, columnMap }));

  it('a mapped column the file lacks is a missing column', async () => {
    const e = await read(header(['Q1', 'Q2']), { Q1: 'P1', Q2: 'P2', Q9: 'E1' });
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).issues).toEqual([
      { code: 'E_MISSING_COLUMN', row: 0, column: 'Q9', value: null, message: 'header: missing column "Q9" (the column map points it at E1)' },
    ]);
  });

  it('a target that is not a column of the instrument is refused, in the option and in the instrument', async () => {
    const e = await read(header(['Q1', 'Q2']), { Q1: 'P1', Q2: 'P7' });
    expect([e.code, e.option, e.message]).toEqual([
      'E_INVALID_OPTION',
      'columnMap',
      'column map: "Q2" → "P7": the target is not a column of instrument t (an item\'s column such as E1 or P1, a weight, overall or an outcome)',
    ]);
    expect(() => extendInstrument(tiny, { columns: { map: { Q2: 'P7' } } })).toThrow(InstrumentError);
    expect(() => extendInstrument(tiny, { columns: { map: { Q2: 'P7' } } })).toThrow(
      'columns.map.Q2: "P7" is not a column of the instrument (an item\'s column such as E1 or P1, a weight, overall or an outcome)',
    );
  });

  it('two columns mapped to one are refused', async () => {
    const e = await read(header(['Q1', 'Q2', 'Q3']), { Q1: 'P1', Q2: 'P2', Q3: 'p1' });
    expect((e as ValidationError).issues).toEqual([
      { code: 'E_DUPLICATE_HEADER', row: 0, column: 'Q3', value: 'p1', message: 'column map: "Q1" and "Q3" are both mapped to p1' },
    ]);
  });
});

describe('suggestColumnMap (servqual template --map)', () => {
  it("maps the Qualtrics export's columns by their question text: the generator's own map, but overall", async () => {
    const { header, questions } = await readSurveyHeader('examples/hotel-qualtrics.csv');
    const suggested = suggestColumnMap(header, questions, servqual22);
    // examples/make-qualtrics.mjs wrote the map it exported by: every item's E and P (the item's text
    // after the stem), every weight (the dimension's name) and Q4 → overall, whose text
    // ("Overall, how satisfied…") names no item: it is the one column left for a person to map.
    const { Q4: _overall, ...expected } = MAP;
    expect(suggested.map).toEqual(expected);
    expect(suggested.unmatchedItems).toEqual([]);
    expect(suggested.unmappedColumns).toEqual([
      'StartDate',
      'EndDate',
      'Status',
      'Progress',
      'Finished',
      'RecordedDate',
      'ResponseId',
      'branch',
      'submitted_at',
      'Q4',
    ]);
  });

  it('says which items no column matched', () => {
    const suggested = suggestColumnMap(['id', 'Q1'], ['Respondent', 'Rate us - Staff are courteous at all times'], servqual22);
    expect(suggested.map).toEqual({ Q1: 'P16' });
    expect(suggested.unmatchedItems).toHaveLength(21);
    expect(suggested.unmappedColumns).toEqual(['id']);
  });
});
