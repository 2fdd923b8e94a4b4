import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, defineInstrument, renderJson, ServqualError } from '../src/index.js';
import { analyzeCsv, readCsvRows } from '../src/node/index.js';
import { tiny, TINY_HEADER } from './helpers/tiny.js';

// test/fixtures/encodings/make.py writes the same four respondents in five encodings and dialects.
const file = (name: string): string => fileURLToPath(new URL(`./fixtures/encodings/${name}`, import.meta.url));
const two = defineInstrument({
  id: 'two',
  name: { en: 'Two', zh: '二' },
  scale: { min: 1, max: 7 },
  dimensions: [{ id: 'd', name: { en: 'D', zh: '维' }, items: [{ id: '1' }, { id: '2' }] }],
});

async function json(
  name: string,
  options: Parameters<typeof analyzeCsv>[1] extends infer O ? Partial<O> : never = {},
): Promise<{ text: string; warnings: string[] }> {
  const warnings: string[] = [];
  const report = await analyzeCsv(file(name), { instrument: two, by: ['门店'], onWarning: (m) => warnings.push(m), ...options });
  return { text: renderJson(report), warnings };
}

describe('encodings and dialects', () => {
  it('read to the same report: UTF-8 with BOM, GB18030 (detected), UTF-16LE/BE with BOM, semicolons with decimal commas and CR', async () => {
    const reference = await json('utf8-bom.csv');
    const gb = await json('gb18030.csv');
    expect(gb.text).toBe(reference.text);
    expect(gb.warnings).toEqual(['the input is not valid UTF-8; read it as GB18030 (give --encoding to choose another)']);
    expect((await json('gb18030.csv', { encoding: 'gb18030' })).warnings).toEqual([]);
    expect((await json('utf16le.txt', { delimiter: '\t' })).text).toBe(reference.text);
    expect((await json('utf16be.txt', { delimiter: '\t' })).text).toBe(reference.text);
    expect((await json('semicolon-cr.csv', { delimiter: ';', decimal: ',' })).text).toBe(reference.text);
    // the Chinese segment names survive
    const segments = (JSON.parse(reference.text) as { segments: Record<string, Array<{ value: string; n: number }>> }).segments['门店'];
    expect(segments?.map((s) => [s.value, s.n])).toEqual([
      ['上海-01', 2],
      ['上海-02', 1],
      ['杭州-01', 1],
    ]);
  });

  it('fails with the byte offset when a UTF-8 file turns invalid later', async () => {
    const bytes = Buffer.concat([Buffer.from(`E1,E2,P1,P2\n${'6,6,5,5\n'.repeat(20)}`), Buffer.from([0xff, 0x0a])]);
    const rows = async () => {
      for await (const _ of readCsvRows(Readable.from([bytes.subarray(0, 100), bytes.subarray(100)]))) void _;
    };
    await expect(rows()).rejects.toThrow(/not valid utf-8 near byte 100; if it comes from Chinese Excel, use --encoding gb18030/);
  });
});

describe('limits', () => {
  it('maxFieldSize, naming the limit and how to raise it', async () => {
    const rows = async () => {
      for await (const _ of readCsvRows(Readable.from([`E1,E2\n${'x'.repeat(300)},1\n`]), { maxFieldSize: 100 })) void _;
    };
    await expect(rows()).rejects.toThrow(
      'record 2, field 1: 300 characters, more than maxFieldSize = 100; raise it with --max-field-size (maxFieldSize in the API)',
    );
  });
  it('maxColumns', async () => {
    const rows = async () => {
      for await (const _ of readCsvRows(Readable.from([`${Array.from({ length: 50 }, (_, i) => `c${i}`).join(',')}\n`]), { maxColumns: 20 })) void _;
    };
    await expect(rows()).rejects.toMatchObject({
      code: 'E_LIMIT',
      message: 'the header has 50 columns, more than maxColumns = 20; raise it with --max-columns (maxColumns in the API)',
    });
  });
  it('maxRows of the in-memory API', () => {
    const row = Object.fromEntries(TINY_HEADER.map((h) => [h, 5]));
    expect(() => analyze([row, row, row], { instrument: tiny, maxRows: 2 })).toThrow(ServqualError);
    expect(() => analyze([row, row, row], { instrument: tiny, maxRows: 2 })).toThrow(
      'the survey has 3 rows, more than maxRows = 2 for the in-memory API; raise maxRows, or stream it with analyzeCsv or createAnalyzer',
    );
  });
});

describe('determinism', () => {
  it('gives byte-identical JSON whatever the chunk size or line endings', async () => {
    const text = readFileSync(file('utf8-bom.csv'));
    const lf = Buffer.from(text.toString('utf8').replaceAll('\r\n', '\n'));
    const run = async (chunks: Buffer[]) => renderJson(await analyzeCsv(Readable.from(chunks), { instrument: two, by: ['门店'] }));
    const whole = await run([text]);
    const bytes = (b: Buffer, size: number) => Array.from({ length: Math.ceil(b.length / size) }, (_, i) => b.subarray(i * size, (i + 1) * size));
    for (const size of [1, 2, 3, 7, 64]) expect(await run(bytes(text, size))).toBe(whole);
    expect(await run([lf])).toBe(whole);
  });
});
