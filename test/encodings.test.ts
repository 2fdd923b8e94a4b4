import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, defineInstrument, renderJson, ServqualError, type Report } from '../src/index.js';
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
    await expect(rows()).rejects.toThrow(/not valid utf-8 near byte 172; if it comes from Chinese Excel, use --encoding gb18030/);
  });
});

describe('limits', () => {
  it('maxFieldSize, naming the limit and how to raise it', async () => {
    const rows = async () => {
      for await (const _ of readCsvRows(Readable.from([`E1,E2\n${'x'.repeat(300)},1\n`]), { maxFieldSize: 100 })) void _;
    };
    await expect(rows()).rejects.toThrow('line 2, field 1: longer than maxFieldSize = 100 bytes; raise it with --max-field-size (maxFieldSize in the API)');
  });
  it('maxColumns', async () => {
    const rows = async () => {
      for await (const _ of readCsvRows(Readable.from([`${Array.from({ length: 50 }, (_, i) => `c${i}`).join(',')}\n`]), { maxColumns: 20 })) void _;
    };
    await expect(rows()).rejects.toMatchObject({
      code: 'E_LIMIT',
      message: 'the header has more than 20 columns (maxColumns); raise it with --max-columns (maxColumns in the API)',
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

describe('one file, one reading: the same answer from a path and from a pipe', () => {
  // test/fixtures/hostile/make.py writes both files; the instrument there is helpers/tiny.
  const hostile = (name: string): string => fileURLToPath(new URL(`./fixtures/hostile/${name}`, import.meta.url));
  /** The file as a pipe delivers it: in 64 KiB chunks. */
  const piped = (path: string): Readable => {
    const bytes = readFileSync(path);
    return Readable.from(Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536)));
  };
  async function read(
    source: string | Readable,
    options: { by?: string[]; tokenizer?: 'fast' | 'csv-parse' } = {},
  ): Promise<{ report: Report; warnings: string[] }> {
    const warnings: string[] = [];
    const report = await analyzeCsv(source, { instrument: tiny, onWarning: (m) => warnings.push(m), ...options });
    return { report, warnings };
  }
  const branches = (report: Report) => (report.segments?.['branch'] ?? []).map((s) => s.value).sort();
  const cli = (args: string[], input?: Buffer) => {
    const r = spawnSync(process.execPath, [fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)), ...args, '--instrument', hostile('tiny.json')], {
      encoding: 'utf8',
      input,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('a UTF-8 survey with one Windows-1252 byte in a comment: UTF-8 either way, Chinese intact, that row reported', async () => {
    const file = hostile('stray-cp1252.csv');
    const reference = await read(file, { by: ['branch'] });
    expect(reference.warnings).toEqual([]);
    expect(branches(reference.report)).toEqual(['上海-01', '上海-02', '北京-03', '杭州-01']);
    expect(reference.report.sample).toEqual({
      rows: 4000,
      used: 3999,
      excluded: 1,
      reasons: [{ code: 'E_ENCODING', reason: 'bytes that are not valid UTF-8', rows: 1 }],
    });
    expect(reference.report.dataQuality.issues).toEqual([
      {
        code: 'E_ENCODING',
        row: 3000,
        column: 'comment',
        value: 'don\uFFFDt',
        message:
          'row 3000, column comment: "don\uFFFDt" has bytes that are not valid UTF-8 (shown as \uFFFD); give --encoding if the file is in another encoding',
      },
    ]);
    for (const [source, tokenizer] of [
      [piped(file), 'fast'],
      [file, 'csv-parse'],
      [piped(file), 'csv-parse'],
    ] as const) {
      const other = await read(source, { by: ['branch'], tokenizer });
      expect(renderJson(other.report)).toBe(renderJson(reference.report));
      expect(other.warnings).toEqual([]);
    }
  });

  it('checks every byte, in a column the analysis does not read', async () => {
    // Without --by the comment column is not even turned into text, and its row is still reported.
    const { report } = await read(hostile('stray-cp1252.csv'));
    expect(report.sample.reasons).toEqual([{ code: 'E_ENCODING', reason: 'bytes that are not valid UTF-8', rows: 1 }]);
  });

  it('validate says the same from a path and from standard input', () => {
    const file = hostile('stray-cp1252.csv');
    const fromPath = cli(['validate', file]);
    expect(fromPath).toEqual({
      code: 1,
      stdout:
        'row 3000, column comment: "don\uFFFDt" has bytes that are not valid UTF-8 (shown as \uFFFD); give --encoding if the file is in another encoding [E_ENCODING]\n',
      stderr: '4000 rows checked (method servqual): 1 problem in 1 row\n',
    });
    expect(cli(['validate', '-'], readFileSync(file))).toEqual(fromPath);
  });

  it('a GB18030 file whose first 3,000 rows are ASCII: GB18030 either way, with the warning', async () => {
    const file = hostile('gb18030-late.csv');
    const reference = await read(file, { by: ['branch'] });
    expect(reference.warnings).toEqual(['the input is not valid UTF-8; read it as GB18030 (give --encoding to choose another)']);
    expect(reference.report.sample).toEqual({ rows: 3200, used: 3200, excluded: 0, reasons: [] });
    expect(branches(reference.report)).toEqual(['SH-00', 'SH-01', 'SH-02', 'SH-03', '上海-01', '上海-02', '北京-03', '杭州-01']);
    const fromPipe = await read(piped(file), { by: ['branch'] });
    expect([renderJson(fromPipe.report), fromPipe.warnings]).toEqual([renderJson(reference.report), reference.warnings]);
    const r = cli(['analyze', '-', '--format', 'json', '--by', 'branch'], readFileSync(file));
    expect([r.code, r.stdout]).toEqual([0, renderJson(reference.report)]);
  });

  it('a byte that is not UTF-8 in the header fails the file, naming the column', async () => {
    for (const tokenizer of ['fast', 'csv-parse'] as const) {
      await expect(read(hostile('utf8-bad-header.csv'), { tokenizer })).rejects.toMatchObject({
        code: 'E_ENCODING',
        message: 'the header is not valid UTF-8 at column 2 ("comm\uFFFDnt"); give --encoding if the file is in another encoding',
      });
    }
  });

  it('U+FFFD written as valid UTF-8 is text like any other', async () => {
    for (const tokenizer of ['fast', 'csv-parse'] as const)
      expect((await read(hostile('utf8-replacement-char.csv'), { tokenizer })).report.sample.excluded).toBe(0);
  });

  it('the threads read it as one thread does', () => {
    // Two blocks of 32,768 rows, a stray byte in each; generated here, never committed.
    const dir = mkdtempSync(join(tmpdir(), 'servqual-stray-'));
    try {
      const file = join(dir, 'stray.csv');
      const rows = Array.from({ length: 70_000 }, (_, i) => `上海-0${i % 3},${i === 1000 || i === 50_000 ? 'x\u0000' : ''},6,5,6,2,4,5,3,3`);
      writeFileSync(
        file,
        Buffer.from(`branch,comment,E1,E2,E3,E4,P1,P2,P3,P4\n${rows.join('\n')}\n`).map((b) => (b === 0 ? 0x92 : b)),
      );
      const one = cli(['analyze', file, '--format', 'json', '--by', 'branch', '--threads', '1', '-q']);
      const two = cli(['analyze', file, '--format', 'json', '--by', 'branch', '--threads', '2', '-q']);
      expect(one.code).toBe(0);
      expect((JSON.parse(one.stdout) as Report).sample.reasons).toEqual([{ code: 'E_ENCODING', reason: 'bytes that are not valid UTF-8', rows: 2 }]);
      expect(two).toEqual(one);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
