/**
 * servqual/internals — the building blocks the analyses are made of, for tools that extend them: the
 * moment arithmetic and the tests computed from it, cell and header parsing, the data-quality log,
 * column-template filling, period indices, and the tables of words the renderers print (en and zh)
 * with the functions that pick from them.
 *
 * These follow the code, not the report contract: a minor version may change them. An application
 * that analyses surveys needs only `servqual` (browser-safe) and `servqual/node`. Browser-safe, as
 * `servqual` is.
 *
 * @module
 */
export { CoMoments } from './stats/CoMoments.js';
export type { CoMomentsJSON } from './stats/CoMoments.js';
export { tTestFromMoments } from './stats/tTestFromMoments.js';
export { reliabilityFromMoments, reliabilityFromCovariance } from './stats/reliabilityFromMoments.js';
export { olsFromMoments } from './stats/olsFromMoments.js';
export type { OlsFit, OlsCoefficient } from './stats/olsFromMoments.js';

export { numberRules, parseCell } from './data/parseCell.js';
export type { Cell, NumberRules } from './data/parseCell.js';
export { normalizeHeader } from './data/resolveColumns.js';
export { toTable } from './data/toTable.js';
export type { Table } from './data/toTable.js';
export { DataQualityLog, formatSampleLine, reasonLabel } from './data/DataQualityLog.js';
export { periodIndex } from './data/period.js';
export { columnTemplate, fillTemplate } from './instrument/columnTemplates.js';

export { neutralizeCell } from './render/renderCsv.js';
export { LABELS, CALLS_LABELS, STAFFING_LABELS, KANO_LABELS, STANDARDS_LABELS, nameIn, quadrantIn, sampleLine } from './render/labels.js';
export { markdownTable } from './render/markdownTable.js';
export { kanoCategoryIn, kanoLevelIn } from './render/renderKanoMarkdown.js';
