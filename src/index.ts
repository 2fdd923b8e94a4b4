/**
 * servqual — service-quality gap analytics: SERVQUAL, SERVPERF, three-column and the five-gap model.
 *
 * This entry point is browser-safe. Reading files and streams lives in `servqual/node`; the building
 * blocks the analyses are made of (moment arithmetic, cell parsing, the renderers' tables of words)
 * in `servqual/internals`.
 *
 * @module
 */
export { ServqualError, ValidationError, InstrumentError } from './errors.js';
export type { ServqualErrorCode, DataIssue } from './errors.js';

export { defineInstrument } from './instrument/defineInstrument.js';
export {
  InstrumentSchema,
  DimensionSchema,
  ItemSchema,
  LocalizedTextSchema,
  ColumnTemplatesSchema,
  DimensionGroupSchema,
  NeedLevelSchema,
} from './instrument/schema.js';
export type { Instrument, Dimension, Item, LocalizedText, BilingualText, ColumnTemplates, DimensionGroup } from './instrument/schema.js';
export { servqual22, servqual22_1988 } from './instrument/servqual22.js';
export { gronroos6 } from './instrument/gronroos6.js';
export { DEFAULT_COLUMN_TEMPLATES } from './instrument/columnTemplates.js';
export type { ColumnRole } from './instrument/columnTemplates.js';
export { getInstrument, BUILT_IN_INSTRUMENTS } from './builtins/getInstrument.js';
export { instrumentFromJson } from './builtins/instrumentFromJson.js';
export { extendInstrument, type InstrumentOverrides } from './instrument/extendInstrument.js';
// Survey-platform exports: answers as words, several header rows, column maps.
export { AGREEMENT_LABELS_7 } from './instrument/agreementLabels7.js';
export { AnswerScaleSchema, ScaleLabelsSchema, type ScaleLabels } from './instrument/schema.js';
export { detectHeaderRows, headerFromRows, MAX_HEADER_ROWS, type HeaderRows } from './data/headerRows.js';
export { applyColumnMap, type ColumnRenames } from './data/applyColumnMap.js';
export { suggestColumnMap, MATCH_SIMILARITY, type SuggestedColumnMap } from './data/suggestColumnMap.js';
export { withQuestionText } from './data/withQuestionText.js';

export { METHODS, isMethod } from './data/method.js';
export type { Method } from './data/method.js';
export { resolveColumns } from './data/resolveColumns.js';
export type { ColumnMap, ResolveColumnsOptions } from './data/resolveColumns.js';
export { createRowReader } from './data/createRowReader.js';
export type { CellSource, RowReader, RowReaderOptions, RowResult, SurveyResponse } from './data/createRowReader.js';
export { DEFAULT_MISSING_TOKENS } from './data/parseCell.js';
export type { Cell, NumberRules } from './data/parseCell.js';
export type { SurveyInput } from './data/toTable.js';
export type { SampleSummary, ExclusionReason, DataQualityLogJSON } from './data/DataQualityLog.js';
export { validateSurvey } from './data/validateSurvey.js';
export type { ValidateSurveyOptions, ValidationSummary } from './data/validateSurvey.js';
export { surveyTemplateColumns, questionnaireText } from './data/surveyTemplate.js';

export type { CoMomentsJSON } from './stats/CoMoments.js';
export { adjustPValues } from './stats/adjustPValues.js';
export type { PAdjustMethod } from './stats/adjustPValues.js';
export { cronbachAlpha } from './stats/cronbachAlpha.js';
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
export { parseDateCell, periodOf, PERIOD_UNITS } from './data/period.js';
export type { PeriodUnit, PeriodKey } from './data/period.js';

export { prioritize } from './prioritize/prioritize.js';
export type { PrioritizeOptions, PrioritizeResult, ScoredDimension } from './prioritize/prioritize.js';
export { driverImportance } from './prioritize/driverImportance.js';
export type { DriverImportance, DriverWeight } from './prioritize/driverImportance.js';
export { ipaQuadrant } from './prioritize/ipaQuadrant.js';
export { actionOf } from './prioritize/actionOf.js';
export type { ActionInput } from './prioritize/actionOf.js';

// The report contract: the schema, and the types inferred from it.
export { ReportSchema, ServqualReportSchema, ServperfReportSchema, ThreeColumnReportSchema, reportJsonSchema } from './report/ReportSchema.js';
export { REPORT_SCHEMA_VERSION } from './report/types.js';
export type {
  Report,
  ServqualReport,
  ServperfReport,
  ThreeColumnReport,
  ReportOf,
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

export { GAP_MODEL, gapDefinition } from './gapModel/gapModel.js';
export type { GapDefinition, GapId, GapRemedy, GapSurvey } from './gapModel/gapModel.js';
export { GAP_FACTORS, gapFactors, gapFactorsByGap } from './gaps/gapFactors.js';
export type { GapFactor } from './gaps/gapFactors.js';
export { LIKELY_GAPS } from './gapModel/likelyGaps.js';
export type { LikelyGap } from './gapModel/likelyGaps.js';
export { causesOf } from './gapModel/causesOf.js';
export { gapEvidenceOf } from './gaps/gapEvidenceOf.js';
export type { GapEvidence, ProviderGap } from './gapModel/causesOf.js';
export { expectationInstrument } from './gaps/expectationInstrument.js';
export { diagnoseFromReports } from './gaps/diagnose.js';
export type { DiagnosisReport, DiagnosisInputs, GapDiagnosis, ExpectationComparison, ConstructScore, SeverityMeasure } from './gaps/diagnose.js';
export { diagnose, scoreSurveys } from './gaps/diagnoseSurveys.js';
export type { DiagnoseOptions, DiagnoseSurveys } from './gaps/diagnoseSurveys.js';
export { journey, journeyFromRatings, observedJourney, productInterval, stagesFromRatings } from './journey/journey.js';
export type { JourneyStage, JourneyStageReport, JourneyOptions, JourneyReport, ObservedJourney } from './journey/journey.js';
export { HOSPITAL_JOURNEY, JOURNEY_TEMPLATES, stageName } from './journey/journeyTemplates.js';
export type { JourneyTemplate } from './journey/journeyTemplates.js';

export { renderJson } from './render/renderJson.js';
export { renderMarkdown } from './render/renderMarkdown.js';
export type { RenderMarkdownOptions } from './render/renderMarkdown.js';
export { renderHtml } from './render/renderHtml.js';
export type { RenderHtmlOptions } from './render/renderHtml.js';
export { renderCsv } from './render/renderCsv.js';
export type { RenderCsvOptions } from './render/renderCsv.js';
export { renderDiagnosisMarkdown } from './render/renderDiagnosisMarkdown.js';
export { renderDiagnosisHtml } from './render/renderDiagnosisHtml.js';
export { renderDiagnosisCsv } from './render/renderDiagnosisCsv.js';
export { renderJourneyMarkdown } from './render/renderJourneyMarkdown.js';
export { renderJourneyHtml } from './render/renderJourneyHtml.js';
export { renderJourneyCsv } from './render/renderJourneyCsv.js';
export { journeyQuestionnaireText } from './render/journeyQuestionnaireText.js';
export { linkUnits } from './link/linkUnits.js';
export type { BusinessUnits, LinkageReport, LinkedUnit, LinkExclusion, LinkOptions, LinkPair, LinkSide } from './link/linkUnits.js';
export { unitMeasures } from './link/unitMeasures.js';
export type { MeasureInfo, UnitMeasures } from './link/unitMeasures.js';
export { correlation } from './link/correlation.js';
export { renderLinkageMarkdown } from './render/renderLinkageMarkdown.js';
export { renderLinkageHtml } from './render/renderLinkageHtml.js';
export { renderLinkageCsv } from './render/renderLinkageCsv.js';
export type { Correlation } from './link/correlation.js';
export { pareto } from './pareto/pareto.js';
export type { ParetoCategory, ParetoOptions, ParetoReport } from './pareto/pareto.js';
export { renderParetoMarkdown } from './render/renderParetoMarkdown.js';
export { renderParetoHtml } from './render/renderParetoHtml.js';
export { renderParetoCsv } from './render/renderParetoCsv.js';
export type { Lang } from './render/labels.js';

// Operations: call-centre indicators from a call log, control charts, and staffing by Erlang C.
export { callIndicators } from './operations/callIndicators.js';
export type { CallIndicatorsOptions } from './operations/callIndicators.js';
export { CallLog } from './operations/CallLog.js';
export type { CallLogOptions } from './operations/CallLog.js';
export type { CallLogState } from './operations/CallLogStateSchema.js';
export type { CallColumnNames } from './operations/resolveCallColumns.js';
export { CALL_PERIOD_UNITS, callPeriodOf } from './operations/callPeriodOf.js';
export type { CallPeriodUnit } from './operations/callPeriodOf.js';
export { serviceLevels } from './operations/serviceLevels.js';
export type { ServiceLevelCounts, ServiceLevels } from './operations/serviceLevels.js';
export { parseCallTarget, checkCallTarget } from './operations/callTargets.js';
export { pChart } from './operations/pChart.js';
export type { PChartInput } from './operations/pChart.js';
export { xmrChart } from './operations/xmrChart.js';
export { erlangC } from './operations/erlangC.js';
export type { ErlangCOptions } from './operations/erlangC.js';
export { staffing } from './operations/staffing.js';
export { erlangA } from './operations/erlangA.js';
export type { ErlangAOptions, ErlangAPoint, ErlangAResult } from './operations/erlangA.js';
export { estimatePatience } from './operations/estimatePatience.js';
export { staffingErlangA, ERLANG_A_SCHEMA_VERSION } from './operations/staffingErlangA.js';
export type { ErlangAStaffingReport } from './operations/staffingErlangA.js';
export { CallsReportSchema, CALL_METRICS, CALLS_SCHEMA_VERSION, callsReportJsonSchema } from './report/CallsReportSchema.js';
export type {
  CallsReport,
  CallIndicators,
  CallSegment,
  CallPeriod,
  CallTarget,
  CallMetric,
  TargetResult,
  PChart,
  XmrChart,
} from './report/CallsReportSchema.js';
export { StaffingSchema, STAFFING_SCHEMA_VERSION, staffingJsonSchema } from './report/StaffingSchema.js';
export type { StaffingReport, ErlangCResult, ErlangCPoint } from './report/StaffingSchema.js';
export { renderCallsMarkdown } from './render/renderCallsMarkdown.js';
export { renderCallsHtml } from './render/renderCallsHtml.js';
export { renderCallsCsv } from './render/renderCallsCsv.js';
export { renderStaffingMarkdown } from './render/renderStaffingMarkdown.js';
export { renderErlangAMarkdown } from './render/renderErlangAMarkdown.js';
// Kano analysis (Kano et al. 1984; Berger et al. 1993) and its report contract.
export { kano } from './kano/kano.js';
export { createKanoAnalyzer, kanoAnalyzerFromJSON, KanoAnalyzerStateSchema } from './kano/createKanoAnalyzer.js';
export type { KanoOptions, KanoAnalyzer, KanoAnalyzerState } from './kano/createKanoAnalyzer.js';
export { KANO_CATEGORIES, KANO_EVALUATION_TABLE, kanoEvaluation } from './kano/kanoEvaluation.js';
export type { KanoCategory, KanoAnswer } from './kano/kanoEvaluation.js';
export { KANO_ANSWERS, parseKanoAnswer } from './kano/kanoAnswer.js';
export { kanoCategory, KANO_TIE_ORDER } from './kano/kanoCategory.js';
export type { KanoCounts } from './kano/kanoCategory.js';
export { betterWorse } from './kano/betterWorse.js';
export type { BetterWorse } from './kano/betterWorse.js';
export { fongTest } from './kano/fongTest.js';
export type { FongTest } from './kano/fongTest.js';
export { DUMOUCHEL_FUNCTIONAL, DUMOUCHEL_DYSFUNCTIONAL, dumouchelScores, kanoScore } from './kano/dumouchelScores.js';
export type { KanoScore } from './kano/dumouchelScores.js';
export { NEED_LEVELS, seedLevelOf } from './kano/seedLevelOf.js';
export type { NeedLevel, SeedLevel } from './kano/seedLevelOf.js';
export { kanoDrift } from './kano/kanoDrift.js';
export type { KanoDrift } from './kano/kanoDrift.js';
export { KanoInstrumentSchema, KanoAttributeSchema, DEFAULT_KANO_COLUMNS } from './kano/KanoInstrumentSchema.js';
export type { KanoInstrument, KanoAttribute } from './kano/KanoInstrumentSchema.js';
export { resolveKanoColumns } from './kano/resolveKanoColumns.js';
export { defineKanoInstrument } from './kano/defineKanoInstrument.js';
export { kanoTemplateColumns, kanoQuestionnaireText } from './kano/kanoQuestionnaire.js';
export type { KanoColumns } from './kano/resolveKanoColumns.js';
export { KanoReportSchema, kanoReportJsonSchema, KANO_REPORT_SCHEMA_VERSION } from './report/KanoReportSchema.js';
export type { KanoReport, KanoAttributeReport } from './report/KanoReportSchema.js';
export { renderKanoMarkdown } from './render/renderKanoMarkdown.js';
export { renderKanoHtml } from './render/renderKanoHtml.js';
export { penaltyReward } from './kano/penaltyReward.js';
export type { PenaltyReward, PenaltyRewardFactor, PenaltyRewardOptions, ImpactClass } from './kano/penaltyReward.js';

// Outcome measures: the customer satisfaction index, CSAT and NPS (`report.outcomes`).
export { withOutcomes } from './instrument/withOutcomes.js';
export { outcomeColumnsOf, NPS_SCALE, NPS_PROMOTER, NPS_DETRACTOR } from './instrument/outcomeColumnsOf.js';
export type { OutcomeColumn, OutcomeColumns } from './instrument/outcomeColumnsOf.js';
export { OutcomesSpecSchema } from './instrument/OutcomesSpecSchema.js';
export type { OutcomesSpec } from './instrument/OutcomesSpecSchema.js';
export { netPromoterScore } from './stats/netPromoterScore.js';
export type { NpsEstimate } from './stats/netPromoterScore.js';
export { wilsonInterval } from './stats/wilsonInterval.js';
export { twoProportionTest } from './stats/twoProportionTest.js';
export { normalCdf } from './stats/normalCdf.js';
export type { WaveDifference } from './stats/WaveDifference.js';
export { OutcomesReportSchema } from './report/OutcomesSchema.js';
export type { OutcomesReport, OutcomeMeasures, CsiEstimate, CsatEstimate } from './report/OutcomesSchema.js';
// Service standards: the register, the SMART check, compliance from observations (gap 3 measured)
export { StandardsRegisterSchema, StandardSchema, StandardTextSchema, COMPARATORS, STANDARD_WINDOWS } from './operations/standards/StandardsRegisterSchema.js';
export type { Standard, StandardsRegister, StandardText } from './operations/standards/StandardsRegisterSchema.js';
export { parseStandards } from './operations/standards/parseStandards.js';
export { standardText } from './operations/standards/standardText.js';
export { linkedDimensions } from './operations/standards/linkedDimensions.js';
export { smartCheck } from './operations/standards/smartCheck.js';
export type { SmartCheckOptions } from './operations/standards/smartCheck.js';
export { judgeResult } from './operations/standards/judgeResult.js';
export type { Judgement } from './operations/standards/judgeResult.js';
export { resolveObservationColumns } from './operations/standards/resolveObservationColumns.js';
export type { ObservationColumnMap, ObservationColumnNames } from './operations/standards/resolveObservationColumns.js';
export { ComplianceLog, OBSERVATION_EXCLUSION_REASONS } from './operations/standards/ComplianceLog.js';
export type { ComplianceLogOptions } from './operations/standards/ComplianceLog.js';
export { linkCustomers } from './operations/standards/linkCustomers.js';
export type { LinkCustomersOptions } from './operations/standards/linkCustomers.js';
export { StandardsCheckSchema, StandardCheckSchema, SMART_LETTERS, SMART_FINDINGS, STANDARDS_CHECK_VERSION } from './report/StandardsCheckSchema.js';
export type { StandardCheck, StandardsCheck, SmartLetter, SmartFinding } from './report/StandardsCheckSchema.js';
export { ComplianceReportSchema, COMPLIANCE_SCHEMA_VERSION } from './report/ComplianceReportSchema.js';
export type { ComplianceReport, StandardCompliance, ComplianceRate, CustomerLink } from './report/ComplianceReportSchema.js';

export { fleissKappa } from './stats/fleissKappa.js';
export type { Agreement } from './stats/fleissKappa.js';
export { pearson } from './stats/pearson.js';
export { renderStandardsCheckMarkdown } from './render/renderStandardsCheckMarkdown.js';
export { renderStandardsCheckText } from './render/renderStandardsCheckText.js';
export { renderComplianceMarkdown } from './render/renderComplianceMarkdown.js';
export { renderOperationsHtml } from './render/renderOperationsHtml.js';
export type { RenderOperationsHtmlOptions } from './render/renderOperationsHtml.js';
export { callsHtmlSections } from './render/renderCallsHtml.js';
export { observedCompliance } from './gaps/observedCompliance.js';
export type { ObservedCompliance } from './gaps/observedCompliance.js';

// Typed tables: Parquet (in browsers too), workbook rows, any rows of typed cells.
export { analyzeRows } from './tables/analyzeRows.js';
export type { AnalyzeRowsOptions } from './tables/analyzeRows.js';
export { analyzeParquet } from './tables/analyzeParquet.js';
export { parquetRows } from './data/parquetRows.js';
export { readSurveyRows } from './data/readSurveyRows.js';
export type { ReadSurveyRowsOptions, SurveyRows } from './data/readSurveyRows.js';
export { CellError, tableCellText } from './data/CellError.js';
export type { TableCell } from './data/CellError.js';
export { aggregateQuery } from './sql/aggregateQuery.js';
export type { AggregateQuery, AggregateQueryOptions } from './sql/aggregateQuery.js';
export type { AggregateOptions } from './sql/aggregatePlan.js';
export { analyzeAggregates } from './sql/analyzeAggregates.js';
export type { AggregateRow, AnalyzeAggregatesOptions } from './sql/analyzeAggregates.js';
export { sqlDialect, SQL_DIALECTS } from './sql/SqlDialect.js';
export type { SqlDialect, SqlDialectName } from './sql/SqlDialect.js';
