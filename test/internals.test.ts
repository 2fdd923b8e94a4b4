import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as internals from '../src/internals.js';

// Issue 17 point 8: the building blocks (moment arithmetic, cell parsing, the renderers' word tables)
// leave the root export for the documented `servqual/internals` entry (package.json "exports",
// tsup entry `internals`), so the root is the API an application uses.
const MOVED = [
  'CoMoments',
  'tTestFromMoments',
  'reliabilityFromMoments',
  'reliabilityFromCovariance',
  'olsFromMoments',
  'numberRules',
  'parseCell',
  'normalizeHeader',
  'toTable',
  'DataQualityLog',
  'formatSampleLine',
  'reasonLabel',
  'periodIndex',
  'columnTemplate',
  'fillTemplate',
  'neutralizeCell',
  'LABELS',
  'CALLS_LABELS',
  'STAFFING_LABELS',
  'KANO_LABELS',
  'STANDARDS_LABELS',
  'markdownTable',
  'nameIn',
  'quadrantIn',
  'sampleLine',
  'kanoCategoryIn',
  'kanoLevelIn',
];

describe('servqual/internals', () => {
  it('holds the building blocks, and the root export does not', () => {
    expect(MOVED.filter((name) => !(name in internals))).toEqual([]);
    expect(MOVED.filter((name) => name in root)).toEqual([]);
    expect(Object.keys(internals).sort()).toEqual([...MOVED].sort());
  });

  it('keeps what an application calls at the root', () => {
    for (const name of [
      'analyze',
      'createAnalyzer',
      'renderMarkdown',
      'renderCsv',
      'ReportSchema',
      'welchTTest',
      'cronbachAlpha',
      'adjustPValues',
      'DEFAULT_MISSING_TOKENS',
    ])
      expect(name in root, name).toBe(true);
  });
});
