/**
 * Every default of the library and the command, written once. The functions read their defaults
 * from here, the report's `options` block records them, and the CLI's help prints them, so the
 * three cannot disagree.
 *
 * @module
 */

/** The defaults of every option (see each option's doc comment for what it means). */
export const DEFAULTS = Object.freeze({
  /** The built-in instrument the CLI uses without `--instrument`. */
  instrument: 'servqual22',
  /** The method when the columns do not decide it (`analyze` detects it from the header). */
  method: 'servqual',
  /** Multiple-comparison adjustment within each family of tests. */
  pAdjust: 'holm',
  /** A test is significant when its adjusted p is below this. */
  significance: 0.05,
  /** Reliability's handling of missing answers. */
  reliability: 'listwise',
  /** Cronbach's alpha below this is flagged. */
  alphaThreshold: 0.7,
  /** Problems kept in full in the data-quality log (all are counted). */
  maxIssues: 100,
  /** Segments smaller than this are flagged `small` (never hidden). */
  minSegmentSize: 30,
  /** Above this many values, a `by` column draws a warning, and Markdown and HTML show only its top and bottom segments. */
  maxSegments: 200,
  /** Segments shown at each end when a column has more than `maxSegments`. */
  segmentsShown: 10,
  /** The date column of periods; `date` is tried when this one is absent. */
  dateColumn: 'submitted_at',
  /** With periods, more than this share of used rows without a readable date draws a warning (naming a `--date-format` that reads them). */
  maxUndatedShare: 0.05,
  /** Where importance comes from. */
  importance: 'auto',
  /** The performance axis of the importance–performance grid. */
  ipaPerformance: 'perception',
  /** Where the grid's crosshairs sit. */
  ipaCrosshairs: 'mean',
  /** The scale of the customer satisfaction index's indicators (`--csi-scale`). */
  csiScale: { min: 1, max: 10 },
  /** The scale of the CSAT question (`--csat-scale`); its top two answers count as satisfied. */
  csatScale: { min: 1, max: 5 },
  /** The share each journey stage is imagined raised to. */
  journeyTarget: 0.95,
  /** The longest field a CSV may have. */
  maxFieldSize: 65_536,
  /** The most columns a CSV may have. */
  maxColumns: 10_000,
  /** The most rows `analyze` holds in memory (larger inputs go through `analyzeCsv` or `createAnalyzer`). */
  maxRows: 1_000_000,
  /** Threads of the library's `analyzeCsv` (the CLI uses the cores for files over `minParallelBytes`). */
  threads: 1,
  /** Without an explicit thread count, files smaller than this (bytes) are read in one stream. */
  minParallelBytes: 50e6,
  /** The report format of the CLI. */
  format: 'markdown',
  /** The language of every label and sentence a person reads. */
  lang: 'en',

  // Penalty–reward (`penaltyReward`, `servqual analyze --penalty-reward`)
  /** Impact asymmetry below −this is basic, above it excitement, between performance (Mikulić & Prebežac's ±0.2 band). */
  penaltyRewardAsymmetry: 0.2,
  /** A low or high dummy with fewer respondents is left out of the regression, and its factor refused. */
  penaltyRewardMinGroup: 30,
  /** What the IPA chart labels a point with: its `name`, or its name and penalty–reward `class`. */
  ipaLabels: 'name',

  // Call centres (`servqual calls`, `servqual staffing`)
  /** Service-level threshold T in seconds: a call answered (or abandoned) after a wait ≤ T counts as within. */
  answerWithin: 20,
  /** Abandoned calls with a wait ≤ this many seconds are short abandons (service-level formula F5 leaves them out). */
  shortAbandon: 5,
  /** Answered calls with at most this many rings count in `answeredWithinRings`. */
  rings: 3,
  /** The call log's column names. */
  callColumns: { callId: 'call_id', offeredAt: 'offered_at', outcome: 'outcome', wait: 'wait_seconds', handle: 'handle_seconds', rings: 'rings' },
  /** The service level staffing aims for (share of calls answered within `answerWithin`). */
  serviceLevelTarget: 0.8,
  /** The highest agent occupancy (intensity / agents) staffing accepts. */
  maxOccupancy: 0.85,
  /** The share of paid time agents are not on the phones (breaks, training, absence). */
  shrinkage: 0.3,
  /** The queueing model of `servqual staffing`: `erlang-c` (callers wait as long as it takes) or `erlang-a` (they hang up). */
  staffingModel: 'erlang-c',

  // Measurement validity (`--validity`)
  /** The answers measurement validity analyses. */
  validityOf: 'perception',
  /** Fisher-scoring iterations of the CFA before it is declared not converged. */
  cfaMaxIterations: 500,
  /** The CFA has converged when no parameter moves by more than this (relative to max(1, |value|)). */
  cfaTolerance: 1e-10,
  /** HTMT above this questions discriminant validity (Henseler, Ringle & Sarstedt 2015: .85 for distinct concepts) … */
  htmtStrict: 0.85,
  /** … and above this, even for conceptually close concepts (.90). */
  htmtLiberal: 0.9,

  // The one-pass Poisson bootstrap (`--bootstrap B`, `--seed S`)
  /** The seed of the bootstrap's counter-based draws when none is given. */
  bootstrapSeed: 20261202,
  /** The most replicates the bootstrap accepts. */
  bootstrapMaxReplicates: 100_000,
  /**
   * Fewer replicates than this get a FEW_REPLICATES warning: a percentile interval's ends are then a
   * handful of resamples (Efron & Tibshirani 1993, §19.3, ask 1,000 for intervals).
   */
  bootstrapFewReplicates: 200,
  /**
   * The bootstrap's resampling units: a survey of fewer rows is resampled row by row; in a larger one
   * each later row joins one of these at random, and the units are resampled (docs/statistics.md).
   */
  bootstrapUnits: 1024,
  /** The most resampling units the bootstrap accepts (each keeps its own sums: about 1.1 kB for five dimensions, per block being filled). */
  bootstrapMaxUnits: 100_000,
  /** Neighbouring ranks that swap in at least this share of the resamples are called not distinguishable. */
  bootstrapSwapShare: 0.05,

  // Service standards and their compliance (`servqual standards`)
  /** The weight of a standard that gives neither `weight` nor `critical` in the compliance index. */
  standardWeight: 1,
  /** The observations file's column names (`observer` is optional). */
  observationColumns: { standardId: 'standard_id', unit: 'unit', date: 'date', observer: 'observer', result: 'result' },
  /** Results read as a pass (any case); a number is compared with the standard's target or band instead, where it has one. */
  passWords: ['pass', 'passed', 'yes', 'y', 'true', '1', 'met', '通过', '达标', '是'],
  /** Results read as a fail (any case). */
  failWords: ['fail', 'failed', 'no', 'n', 'false', '0', 'missed', '不通过', '未达标', '否'],
  /** Fewer units than this shared by observations and the customer survey: no correlation is given. */
  minCorrelationUnits: 5,

  // Service-profit chain and complaints (`servqual link`, `servqual pareto`)
  /** Units with fewer respondents than this on either side are left out of the linkage, and listed. */
  minUnit: 10,
  /** The cumulative share of complaints the vital few reach. */
  paretoThreshold: 0.8,
} as const);
