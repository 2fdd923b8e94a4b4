import { fileURLToPath } from 'node:url';
import { gronroos6, servqual22, type Instrument } from '../../src/index.js';
import { loadInstrument } from '../../src/node/loadInstrument.js';
import type { AnalyzeAggregatesOptions } from '../../src/sql/analyzeAggregates.js';

/** A file of the repository, by its path from the root. */
export const file = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** One survey the push-down must analyze as the streaming path does. */
export interface PushDownCase {
  name: string;
  csv: string;
  instrument: () => Promise<Instrument>;
  options: AnalyzeAggregatesOptions;
}

/**
 * Every survey fixture the query computes (test/fixtures/SOURCE.md says what each covers), and the
 * hotel example with segments and periods. Not here: outcomes/ and validity/ (the query refuses them,
 * tested apart), the hostile files (bytes and shapes a table cannot hold).
 */
export const PUSH_DOWN_CASES: readonly PushDownCase[] = [
  { name: 'servqual-complete (own weights)', csv: 'test/fixtures/servqual-complete/data.csv', instrument: async () => servqual22, options: {} },
  { name: 'servqual-missing, listwise', csv: 'test/fixtures/servqual-missing/data.csv', instrument: async () => servqual22, options: {} },
  {
    name: 'servqual-missing, pairwise',
    csv: 'test/fixtures/servqual-missing/data.csv',
    instrument: async () => servqual22,
    options: { reliability: 'pairwise' },
  },
  {
    name: 'servqual-missing, 7 as a missing code',
    csv: 'test/fixtures/servqual-missing/data.csv',
    instrument: async () => servqual22,
    options: { missingCodes: ['7'] },
  },
  { name: 'servqual-small40 (bad rows excluded)', csv: 'test/fixtures/servqual-small40/data.csv', instrument: async () => servqual22, options: {} },
  { name: 'three-column', csv: 'test/fixtures/three-column/data.csv', instrument: async () => servqual22, options: {} },
  {
    name: 'custom-reverse (reverse keys, default weights)',
    csv: 'test/fixtures/custom-reverse/data.csv',
    instrument: () => loadInstrument(file('test/fixtures/custom-reverse/instrument.json')),
    options: {},
  },
  {
    name: 'servperf-100 (item drivers)',
    csv: 'test/fixtures/servperf-100/data.csv',
    instrument: () => loadInstrument(file('test/fixtures/servperf-100/instrument.json')),
    options: { itemDrivers: true },
  },
  { name: 'gronroos6 (groups of dimensions)', csv: 'test/fixtures/gronroos6/survey.csv', instrument: async () => gronroos6, options: {} },
  {
    name: 'segments by branch and quarter',
    csv: 'test/fixtures/segments/data.csv',
    instrument: async () => servqual22,
    options: { by: ['branch'], period: 'quarter' },
  },
  { name: 'segments by month', csv: 'test/fixtures/segments/data.csv', instrument: async () => servqual22, options: { period: 'month' } },
  {
    name: 'hotel survey by branch and quarter',
    csv: 'examples/hotel-survey.csv',
    instrument: async () => servqual22,
    options: { by: ['branch'], period: 'quarter' },
  },
  {
    name: 'hotel survey by year, min 3 items',
    csv: 'examples/hotel-survey.csv',
    instrument: async () => servqual22,
    options: { period: 'year', minItemsAnswered: 3 },
  },
];
