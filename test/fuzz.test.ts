import { Readable } from 'node:stream';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { afterAll, describe, expect, it } from 'vitest';
import {
  analyze,
  defineInstrument,
  InstrumentError,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  ServqualError,
  type Instrument,
  type Report,
} from '../src/index.js';
import { analyzeCsv } from '../src/node/index.js';
import { tiny } from './helpers/tiny.js';
import { readableSegments } from '../src/score/readableSegments.js';
import { priorityDetails } from '../src/render/priorityDetails.js';
import { summaryLines } from '../src/render/summaryLines.js';

// Hostile input: every outcome is a report or a ServqualError with a code — never another exception,
// a hang, or a NaN or Infinity in the report — and every row read is used or excluded with a reason.
// Fixed seed and bounded runs here (over 10,000 cases in all); `npm run fuzz` runs many more
// (FUZZ_RUNS=100000 FUZZ_SEED=… npm run fuzz).
const SEED = Number(process.env.FUZZ_SEED ?? 7);
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const TIMEOUT = 30_000 * SCALE;

function expectSound(report: Report): void {
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'number') expect(Number.isFinite(v), path).toBe(true);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(report, 'report');
  const { rows, used, excluded, reasons } = report.sample;
  expect(rows).toBe(used + excluded);
  expect(reasons.reduce((s, r) => s + r.rows, 0)).toBe(excluded);
}

const tally = new Map<string, number>();
afterAll(() => {
  if (process.env.FUZZ_TALLY === '1')
    console.log(
      [...tally]
        .sort()
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n'),
    );
});

async function outcome(run: () => Promise<Report> | Report): Promise<'report' | string> {
  const result = await outcomeOf(run);
  tally.set(result, (tally.get(result) ?? 0) + 1);
  return result;
}

async function outcomeOf(run: () => Promise<Report> | Report): Promise<'report' | string> {
  try {
    const report = await run();
    expectSound(report);
    // the renderers take whatever the analysis produced
    renderMarkdown(report);
    renderHtml(report);
    renderCsv(report);
    return 'report';
  } catch (error) {
    if (error instanceof ServqualError) {
      expect(error.code).toMatch(/^E_[A-Z_]+$/);
      return error.code;
    }
    throw error;
  }
}

// Cells that stress a CSV reader and a validator.
const cell = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 8 }).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'NA',
      '"',
      '""',
      ',',
      '\n',
      '\r\n',
      '\r',
      '4,5',
      '-0',
      '1e400',
      'NaN',
      'Infinity',
      '__proto__',
      '<script>',
      '=1+1',
      '上海',
      '\u0000',
      '\uFEFF',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
);
const quote = (c: string): string => (/[",\r\n]/.test(c) || c.startsWith(' ') ? `"${c.replaceAll('"', '""')}"` : c);
const headerCell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'P4', 'MIN1', 'DES1', 'W_a', 'W_b', 'overall', 'branch') },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', ' e1 ', 'P1') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
// Mostly a header the instrument accepts (in any order, with extra and hostile columns), so the rows
// get exercised; sometimes a random one.
const validHeader = fc
  .tuple(
    fc.shuffledSubarray(['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'P4'], { minLength: 8 }),
    fc.subarray(['branch', '__proto__', 'constructor', 'overall', 'submitted_at']),
    fc.boolean(),
  )
  .map(([items, extra, weights]) => [...items, ...extra, ...(weights ? ['W_a', 'W_b'] : [])]);
const csvText = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: validHeader }, { weight: 1, arbitrary: fc.array(headerCell, { minLength: 1, maxLength: 14 }) }),
    fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 25 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([header, rows, eol, bom]) => `${bom ? '\uFEFF' : ''}${[header, ...rows].map((r) => r.map(quote).join(',')).join(eol)}${eol}`);

describe('fuzz', () => {
  it(
    'random bytes give a report or a ServqualError',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
          await outcome(() => analyzeCsv(Readable.from([Buffer.from(bytes)]), { instrument: tiny }));
        }),
        { seed: SEED, numRuns: 2000 * SCALE },
      );
    },
    TIMEOUT,
  );

  it(
    'random CSV (quotes, embedded newlines, separators, hostile headers) gives a report or a ServqualError, and accounts for every row',
    async () => {
      await fc.assert(
        fc.asyncProperty(csvText, fc.constantFrom<Array<'branch'>>([], ['branch']), async (text, by) => {
          await outcome(() => analyzeCsv(Readable.from([Buffer.from(text)]), { instrument: tiny, by }));
        }),
        { seed: SEED, numRuns: 4000 * SCALE },
      );
    },
    TIMEOUT,
  );

  it(
    'one file, one answer: the byte tokenizer and csv-parse give the same report, or an error of the same code — stray bytes that are not UTF-8 included',
    async () => {
      const json = async (run: () => Promise<Report>): Promise<string> => {
        try {
          return renderJson(await run());
        } catch (error) {
          if (error instanceof ServqualError) return error.code;
          throw error;
        }
      };
      const bad = fc.array(fc.tuple(fc.nat(), fc.constantFrom(0x92, 0xff, 0xc3, 0xe2, 0x80, 0xed, 0xf0)), { maxLength: 3 });
      await fc.assert(
        fc.asyncProperty(csvText, bad, fc.constantFrom<Array<'branch'>>([], ['branch']), async (text, stray, by) => {
          let bytes = Buffer.from(text);
          for (const [at, byte] of stray) {
            const i = at % (bytes.length + 1);
            bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from([byte]), bytes.subarray(i)]);
          }
          const fast = await json(() => analyzeCsv(Readable.from([bytes]), { instrument: tiny, by }));
          const csvParse = await json(() => analyzeCsv(Readable.from([bytes]), { instrument: tiny, by, tokenizer: 'csv-parse' }));
          expect(fast).toBe(csvParse);
        }),
        { seed: SEED, numRuns: 1000 * SCALE },
      );
    },
    TIMEOUT,
  );

  it(
    'random in-memory records give a report or a ServqualError — values of any type JavaScript passes included',
    async () => {
      // What code really passes besides strings and numbers: booleans, dates, BigInts, boxed numbers,
      // arrays, objects (one without a prototype), symbols; null records; non-string header cells.
      const odd = fc.constantFrom<unknown>(
        true,
        false,
        new Date(0),
        new Date(Number.NaN),
        5n,
        new Number(5),
        new String('5'),
        [5],
        [],
        {},
        Object.create(null),
        Symbol('x'),
        () => 5,
      );
      const value = fc.oneof(cell, fc.double(), fc.integer(), fc.constant(null), fc.constant(undefined), odd);
      const record = fc.oneof(
        { weight: 12, arbitrary: fc.dictionary(headerCell, value, { maxKeys: 12 }) },
        { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, 5, 'x') },
      );
      await fc.assert(
        fc.asyncProperty(fc.array(record, { maxLength: 20 }), async (records) => {
          await outcome(() => analyze(records as Array<Record<string, string>>, { instrument: tiny }));
        }),
        { seed: SEED, numRuns: 2000 * SCALE },
      );
      const headerOf = fc.array(fc.oneof({ weight: 8, arbitrary: headerCell }, { weight: 1, arbitrary: odd }), { minLength: 1, maxLength: 12 });
      await fc.assert(
        fc.asyncProperty(
          headerOf,
          fc.array(fc.oneof({ weight: 8, arbitrary: fc.array(value, { maxLength: 14 }) }, { weight: 1, arbitrary: odd }), { maxLength: 12 }),
          async (header, rows) => {
            await outcome(() => analyze({ header, rows } as unknown as { header: string[]; rows: string[][] }, { instrument: tiny }));
          },
        ),
        { seed: SEED, numRuns: 1000 * SCALE },
      );
    },
    TIMEOUT,
  );

  it(
    'random instruments are defined or refused with E_INSTRUMENT; defined ones score random data soundly',
    async () => {
      const id = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,5}$/);
      const instrumentLike = fc.record({
        id: fc.oneof(id, fc.constant(''), fc.integer()),
        name: fc.oneof(fc.record({ en: fc.string({ minLength: 1, maxLength: 5 }) }), fc.constant(null)),
        scale: fc.record({ min: fc.integer({ min: -5, max: 5 }), max: fc.integer({ min: -5, max: 105 }) }),
        dimensions: fc.array(
          fc.record({
            id,
            name: fc.record({ en: fc.string({ minLength: 1, maxLength: 4 }) }),
            items: fc.array(fc.record({ id, reverse: fc.boolean() }), { minLength: 0, maxLength: 4 }),
          }),
          { minLength: 0, maxLength: 4 },
        ),
      });
      await fc.assert(
        fc.asyncProperty(
          instrumentLike,
          fc.array(fc.array(fc.integer({ min: -6, max: 106 }), { minLength: 0, maxLength: 20 }), { maxLength: 12 }),
          async (candidate, data) => {
            let instrument: Instrument;
            try {
              instrument = defineInstrument(candidate);
            } catch (error) {
              expect(error).toBeInstanceOf(InstrumentError);
              return;
            }
            const ids = instrument.dimensions.flatMap((d) => d.items.map((i) => i.id));
            const header = [...ids.map((i) => `E${i}`), ...ids.map((i) => `P${i}`)];
            await outcome(() => analyze({ header, rows: data.map((r) => header.map((_, k) => r[k % Math.max(1, r.length)] ?? '')) }, { instrument }));
          },
        ),
        { seed: SEED, numRuns: 2500 * SCALE },
      );
    },
    TIMEOUT,
  );
  it(
    'the Markdown report, read by a CommonMark parser: a fuzzed segment name or answer creates no heading, no HTML and no line or cell of its own',
    () => {
      // markdown-it with HTML allowed, as a wiki or a chat client that renders the report would be.
      const md = new MarkdownIt({ html: true });
      const headings = /^(Service quality report: Tiny|Summary|What to fix first|Dimensions|Segments: branch|Items|Overall|Warnings|Excluded rows)$/;
      // Text that is structure somewhere in Markdown, mixed with anything fast-check makes.
      const hostile = fc.oneof(
        fc.constantFrom(
          '\n# H',
          '\r# H',
          '\r\n## H',
          '\n\n===',
          '\n---',
          '<img src=x onerror=alert(1)>',
          '</td><script>',
          '<!-- x',
          '\\|',
          '|',
          '\\',
          '&lt;',
          '&#60;b>',
          '`x`',
          '\u001b[2J',
          '\u009b',
          '\u0085',
          '\u2028',
          '  \n',
          '- x',
          '1. x',
          '> q',
          '\t',
        ),
        fc.string({ unit: 'binary', maxLength: 12 }),
      );
      const value = fc.array(hostile, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
      fc.assert(
        fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 6 }), (cells) => {
          // Each pair: a branch (a segment's name) and an answer to E1 (an issue's value when not a number).
          const rows = cells.flatMap(([branch, e1]) => [
            { branch, E1: e1, E2: 6, E3: 6, E4: 2, P1: 5, P2: 5, P3: 5, P4: 3 },
            { branch, E1: 5, E2: 6, E3: 7, E4: 3, P1: 4, P2: 5, P3: 6, P4: 2 },
          ]);
          const report = analyze(rows, { instrument: tiny, by: ['branch'], minSegmentSize: 1 });
          const tokens = md.parse(renderMarkdown(report), {});
          const all = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
          expect(all.filter((t) => t.type === 'html_block' || t.type === 'html_inline').map((t) => t.content)).toEqual([]);
          expect(all.filter((t) => t.type === 'softbreak' || t.type === 'hardbreak')).toEqual([]);
          const headingTexts = tokens.flatMap((t, i) => (t.type === 'heading_open' ? [tokens[i + 1]?.content ?? ''] : []));
          for (const h of headingTexts) expect(h).toMatch(headings);
          // Every table row has its header's cells; the segments' table has one row per segment shown.
          const tables: number[][] = [];
          for (const t of tokens) {
            if (t.type === 'table_open') tables.push([]);
            if (t.type === 'tr_open') tables.at(-1)?.push(0);
            if (t.type === 'th_open' || t.type === 'td_open') {
              const table = tables.at(-1) as number[];
              table[table.length - 1] = (table.at(-1) ?? 0) + 1;
            }
          }
          for (const table of tables) expect(new Set(table).size).toBe(1);
          const segmentRows = readableSegments(report.segments?.branch ?? []).shown.length;
          expect(tables[1]?.length).toBe(segmentRows + 1);
          // The lists: the summary (overall, the top actions under their line, the base), each priority with its
          // weakest items and causes (each cause with its remedies, or one line saying they are above), warnings,
          // reasons and at most ten issues: one item each, whatever the cells hold.
          const items = tokens.filter((t) => t.type === 'list_item_open').length;
          const summary = 3 + summaryLines(report, 'en').top.length;
          const priorities = report.priorities
            .filter((p) => p.level === 'dimension')
            .reduce((sum, p) => {
              const d = priorityDetails(report, p, 'en');
              const causes = d.causes.reduce((n, c) => n + 1 + Math.max(1, c.remedies.length), 0);
              return sum + 1 + (d.weakest.length > 0 ? 1 : 0) + (d.causes.length > 0 ? 1 : 0) + causes;
            }, 0);
          const excluded = report.sample.excluded > 0 ? report.sample.reasons.length + Math.min(10, report.dataQuality.issues.length) : 0;
          expect(items).toBe(summary + priorities + report.warnings.length + excluded);
        }),
        { seed: SEED, numRuns: 300 * SCALE },
      );
    },
    TIMEOUT,
  );
});
