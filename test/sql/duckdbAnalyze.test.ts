import { describe, expect, it } from 'vitest';
import { analyzeCsv } from '../../src/node/analyzeCsv.js';
import { duckdbAnalyze } from '../../src/node/duckdbAnalyze.js';
import { PUSH_DOWN_CASES, file } from './pushDownCases.js';
import { expectSameReport } from './sameReport.js';

// The push-down query on embedded DuckDB against the streaming path (analyzeCsv) on the same file:
// every number of the report equal to 1e-9 relative (sameReport.ts says how it compares).
describe('duckdbAnalyze: the push-down query on DuckDB gives the streaming report', () => {
  it.each(PUSH_DOWN_CASES)('$name', async ({ csv, instrument, options }) => {
    const i = await instrument();
    const streamed = await analyzeCsv(file(csv), { ...options, instrument: i });
    const pushed = await duckdbAnalyze(file(csv), { ...options, instrument: i });
    expect(pushed.sample).toEqual(streamed.sample);
    expectSameReport(pushed, streamed);
  });
});
