/**
 * servqual — service-quality gap analytics: SERVQUAL, SERVPERF, three-column and the five-gap model.
 *
 * This entry point is browser-safe. Reading files and streams lives in `servqual/node`.
 *
 * @module
 */
export { ServqualError, ValidationError, InstrumentError } from './errors.js';
export type { ServqualErrorCode, DataIssue } from './errors.js';

export { defineInstrument } from './instrument/defineInstrument.js';
export { InstrumentSchema, DimensionSchema, ItemSchema, LocalizedTextSchema, ColumnTemplatesSchema } from './instrument/schema.js';
export type { Instrument, Dimension, Item, LocalizedText, BilingualText, ColumnTemplates } from './instrument/schema.js';
export { servqual22, servqual22_1988 } from './instrument/servqual22.js';
export { DEFAULT_COLUMN_TEMPLATES, columnTemplate, fillTemplate } from './instrument/columnTemplates.js';
export type { ColumnRole } from './instrument/columnTemplates.js';
export { getInstrument, BUILT_IN_INSTRUMENTS } from './builtins/getInstrument.js';

export { METHODS, isMethod } from './data/method.js';
export type { Method } from './data/method.js';
export { resolveColumns, normalizeHeader } from './data/resolveColumns.js';
export type { ColumnMap, ResolveColumnsOptions } from './data/resolveColumns.js';
export { createRowReader } from './data/createRowReader.js';
export type { CellSource, RowReader, RowReaderOptions, RowResult, SurveyResponse } from './data/createRowReader.js';
export { DEFAULT_MISSING_TOKENS, numberRules, parseCell } from './data/parseCell.js';
export type { Cell, NumberRules } from './data/parseCell.js';
export { toTable } from './data/toTable.js';
export type { SurveyInput, Table } from './data/toTable.js';
export { DataQualityLog, formatSampleLine, reasonLabel } from './data/DataQualityLog.js';
export type { SampleSummary, ExclusionReason, DataQualityLogJSON } from './data/DataQualityLog.js';
export { validateSurvey } from './data/validateSurvey.js';
export type { ValidateSurveyOptions, ValidationSummary } from './data/validateSurvey.js';
export { surveyTemplateColumns, questionnaireText } from './data/surveyTemplate.js';

export { CoMoments } from './stats/CoMoments.js';
export type { CoMomentsJSON } from './stats/CoMoments.js';
export { tTestFromMoments } from './stats/tTestFromMoments.js';
export { adjustPValues } from './stats/adjustPValues.js';
export type { PAdjustMethod } from './stats/adjustPValues.js';
export { cronbachAlpha } from './stats/cronbachAlpha.js';
export { reliabilityFromMoments, reliabilityFromCovariance } from './stats/reliabilityFromMoments.js';
export type { Reliability, ItemReliability } from './stats/reliabilityFromMoments.js';
export type { Stat, TestedStat } from './stats/types.js';
export { welchTTest } from './stats/welchTTest.js';
export type { WelchTest } from './stats/welchTTest.js';

export { analyze } from './score/analyze.js';
export type { AnalyzeOptions } from './score/analyze.js';
export { createAnalyzer } from './score/createAnalyzer.js';
export { analyzerFromJSON } from './score/analyzerFromJSON.js';
export type { Analyzer, AnalyzerOptions, AnalyzerState, ReliabilityMode } from './score/Analyzer.js';
export type { GroupedMomentsJSON } from './score/groups.js';
export { parseDateCell, periodOf, periodIndex, PERIOD_UNITS } from './score/period.js';
export type { PeriodUnit, PeriodKey } from './score/period.js';

export { prioritize } from './prioritize/prioritize.js';
export type { PrioritizeOptions, PrioritizeResult, ScoredDimension } from './prioritize/prioritize.js';
export { driverImportance } from './prioritize/driverImportance.js';
export type { DriverImportance, DriverWeight } from './prioritize/driverImportance.js';
export { ipaQuadrant } from './prioritize/ipaQuadrant.js';
export { actionOf } from './prioritize/actionOf.js';
export type { ActionInput } from './prioritize/actionOf.js';

// The report contract: the schema, and the types inferred from it.
export { ReportSchema, reportJsonSchema } from './report/ReportSchema.js';
export { REPORT_SCHEMA_VERSION } from './report/types.js';
export type {
  Report,
  ItemReport,
  Measures,
  DimensionReport,
  DimensionReliability,
  OverallReport,
  OverallScore,
  WeightSources,
  ReportWarning,
  Zone,
  ZoneReport,
  GroupDimension,
  GroupOverall,
  SegmentReport,
  PeriodReport,
  Trend,
  Importance,
  ImportanceSource,
  IpaSettings,
  Priority,
  Quadrant,
  Action,
  Cause,
  ItemImportance,
  ItemDrivers,
} from './report/types.js';

export { GAP_MODEL, gapDefinition } from './gaps/gapModel.js';
export type { GapDefinition, GapId, GapRemedy, GapSurvey } from './gaps/gapModel.js';
export { GAP_FACTORS, gapFactors, gapFactorsByGap } from './gaps/gapFactors.js';
export type { GapFactor } from './gaps/gapFactors.js';
export { LIKELY_GAPS } from './gaps/likelyGaps.js';
export type { LikelyGap } from './gaps/likelyGaps.js';
export { causesOf, gapEvidenceOf } from './gaps/causesOf.js';
export type { GapEvidence, ProviderGap } from './gaps/causesOf.js';
export { expectationInstrument } from './gaps/expectationInstrument.js';
export { diagnoseFromReports } from './gaps/diagnose.js';
export type { DiagnosisReport, DiagnosisInputs, GapDiagnosis, ExpectationComparison, ConstructScore } from './gaps/diagnose.js';
export { diagnose, scoreSurveys } from './gaps/diagnoseSurveys.js';
export type { DiagnoseOptions, DiagnoseSurveys } from './gaps/diagnoseSurveys.js';
export { journey, stagesFromRatings } from './journey/journey.js';
export type { JourneyStage, JourneyOptions, JourneyReport } from './journey/journey.js';

export { renderJson } from './render/renderJson.js';
export { renderMarkdown } from './render/renderMarkdown.js';
export type { RenderMarkdownOptions } from './render/renderMarkdown.js';
export { renderHtml } from './render/renderHtml.js';
export type { RenderHtmlOptions } from './render/renderHtml.js';
export { renderCsv, neutralizeCell } from './render/renderCsv.js';
export type { RenderCsvOptions } from './render/renderCsv.js';
export { renderDiagnosisMarkdown } from './render/renderDiagnosisMarkdown.js';
export { renderJourneyMarkdown } from './render/renderJourneyMarkdown.js';
export { LABELS, nameIn, quadrantIn, sampleLine } from './render/labels.js';
export type { Lang } from './render/labels.js';
