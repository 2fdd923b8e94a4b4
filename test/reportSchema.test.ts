import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ReportSchema, reportJsonSchema, getInstrument, type Report } from '../src/index.js';
import { analyzeCsv, loadInstrument } from '../src/node/index.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

async function reportsOfFixtures(): Promise<Array<[string, Report]>> {
  const out: Array<[string, Report]> = [];
  // every fixture that is a survey (a folder with data.csv)
  for (const name of readdirSync(fixtures).filter((n) => existsSync(`${fixtures}${n}/data.csv`))) {
    const dir = `${fixtures}${name}/`;
    const files = readdirSync(dir);
    const instrument = files.includes('instrument.json') ? await loadInstrument(`${dir}instrument.json`) : getInstrument('servqual22');
    const segmented = name === 'segments' ? { by: ['branch'], period: 'quarter' as const } : {};
    out.push([name, await analyzeCsv(`${dir}data.csv`, { instrument, ...segmented })]);
  }
  return out;
}

describe('ReportSchema', () => {
  it('accepts the report of every fixture, with no field unknown to it', async () => {
    const reports = await reportsOfFixtures();
    expect(reports.map(([n]) => n).sort()).toEqual([
      'custom-reverse',
      'segments',
      'servperf-100',
      'servqual-complete',
      'servqual-missing',
      'servqual-small40',
      'three-column',
    ]);
    for (const [name, report] of reports) {
      const parsed = ReportSchema.safeParse(JSON.parse(JSON.stringify(report)));
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3).map((i) => `${name}: ${i.path.join('.')}: ${i.message}`)).toEqual([]);
    }
  });

  it('accepts the report object as the analysis built it: an absent field is left out, never set to undefined', async () => {
    // Optional fields are exact (`gap?: TestedStat`), so a key present with the value undefined fails
    // to parse; JSON.stringify would hide such a key, so the object is parsed as it is.
    for (const [name, report] of await reportsOfFixtures()) {
      const parsed = ReportSchema.safeParse(report);
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3).map((i) => `${name}: ${i.path.join('.')}: ${i.message}`)).toEqual([]);
    }
    const [[, report]] = (await reportsOfFixtures()) as [[string, Report]];
    expect(ReportSchema.safeParse({ ...report, items: [{ ...report.items[0], gap: undefined }] }).success).toBe(false);
  });

  it('rejects a report with an unknown field', async () => {
    const [[, report]] = (await reportsOfFixtures()) as [[string, Report]];
    expect(ReportSchema.safeParse({ ...JSON.parse(JSON.stringify(report)), extra: 1 }).success).toBe(false);
  });

  it('gives a JSON Schema with the report fields', () => {
    const schema = reportJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // One object per method (see reportTypes.test.ts), each with every report field.
    for (const variant of schema.oneOf as Array<{ properties: object }>) expect(Object.keys(variant.properties)).toContain('priorities');
  });
});
