/**
 * servqual/node — reading survey files and instruments from disk or streams, and scoring a file
 * with worker threads (`analyzeCsv(file, { threads })`) (Node only).
 *
 * @module
 */
export { readCsvRows } from './readCsvRows.js';
export type { CsvSource, ReadCsvRowsOptions } from './readCsvRows.js';
export { readSurveyCsv, readSurveyHeader } from './readSurveyCsv.js';
export type { ReadSurveyCsvOptions, SurveyCsv } from './readSurveyCsv.js';
export { analyzeCsv } from './analyzeCsv.js';
export type { AnalyzeCsvOptions } from './analyzeCsv.js';
export { loadInstrument } from './loadInstrument.js';
export { readJourneyCsv } from './readJourneyCsv.js';
export type { JourneyData, ReadJourneyCsvOptions } from './readJourneyCsv.js';
export { paretoCsv } from './paretoCsv.js';
export { linkCsv, readBusinessCsv } from './linkCsv.js';
export type { LinkCsvOptions, LinkFiles } from './linkCsv.js';
export type { ParetoCsvOptions } from './paretoCsv.js';
export { diagnoseCsv } from './diagnoseCsv.js';
export { INPUT_ENCODINGS } from './decodeStream.js';
export type { InputEncoding } from './decodeStream.js';
export { callsCsv } from './callsCsv.js';
export type { CallsCsvOptions } from './callsCsv.js';
export { kanoCsv } from './kanoCsv.js';
export type { KanoCsvOptions } from './kanoCsv.js';
export { loadKanoInstrument } from './loadKanoInstrument.js';
export { loadStandards } from './loadStandards.js';
export { complianceCsv, complianceLogCsv } from './complianceCsv.js';
export type { ComplianceCsvOptions } from './complianceCsv.js';
export { readXlsxRows } from './readXlsxRows.js';
export type { ReadXlsxRowsOptions } from './readXlsxRows.js';
export { readTableFile, tableFormatOf } from './readTableFile.js';
export type { ReadTableFileOptions, TableFormat } from './readTableFile.js';
export { readFileRows } from './readFileRows.js';
export type { ReadFileRowsOptions } from './readFileRows.js';
export { analyzeFile } from './analyzeFile.js';
export type { AnalyzeFileOptions } from './analyzeFile.js';
export { readSurveyFile } from './readSurveyFile.js';
export type { ReadSurveyFileOptions } from './readSurveyFile.js';
export { kanoFile } from './kanoFile.js';
export type { KanoFileOptions } from './kanoFile.js';
export { callsFile } from './callsFile.js';
export type { CallsFileOptions } from './callsFile.js';
export { openParquetFile } from './openParquetFile.js';
export { duckdbAnalyze, duckdbSource } from './duckdbAnalyze.js';
export type { DuckdbAnalyzeOptions } from './duckdbAnalyze.js';
