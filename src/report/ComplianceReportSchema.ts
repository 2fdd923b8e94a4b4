// zod as a namespace import, as in ReportSchema.ts: the bundle keeps only what is used.
import * as z from 'zod';
import { dataIssueSchema, num, sampleFields } from './sharedSchemas.js';

// The compliance report (`servqual standards compliance`, `ComplianceLog`): how often each service
// standard was delivered, from observations (audits, mystery shopping, call monitoring); the weighted
// compliance index and gap 3 measured as 1 − compliance; observers' agreement; and, with a customer
// survey, how each standard's compliance goes with what customers perceive across units.

/** A share with its 95% Wilson interval. */
const rateFields = {
  /** Observations. */
  n: num,
  passed: num,
  /** passed / n; `null` when n = 0. */
  rate: num.nullable(),
  /** Wilson score interval (R's `prop.test(passed, n, correct = FALSE)$conf.int`); `null` when n = 0. */
  ci95: z.tuple([num, num]).nullable(),
};

/** A rate and its interval. */
export const ComplianceRateSchema = z.strictObject(rateFields);

/** Observers' agreement on subjects (unit + standard + date) rated by two or more (see `fleissKappa`). */
export const AgreementSchema = z.strictObject({
  subjects: num,
  ratings: num,
  percentAgreement: num.nullable(),
  kappa: num.nullable(),
});

/** The correlation across units of a standard's compliance with its linked dimensions' mean P − E. */
export const CustomerLinkSchema = z.strictObject({
  /** The survey dimensions its items and dimensions belong to. */
  dimensions: z.array(z.string()),
  /** Units with both a compliance rate and the dimensions' gaps. */
  units: num,
  /** Pearson's r; `null` with fewer than `minUnits` units, no linked dimension, or no variation. */
  r: num.nullable(),
  /** Why `r` is `null`: `noDimensions`, `tooFewUnits` or `noVariation`. */
  note: z.enum(['noDimensions', 'tooFewUnits', 'noVariation']).nullable(),
});

/** One standard's compliance. */
export const StandardComplianceSchema = z.strictObject({
  id: z.string(),
  /** Its text as the register gives it (`{ en, zh }`). */
  text: z.strictObject({ en: z.string(), zh: z.string().exactOptional() }),
  critical: z.boolean(),
  weight: num,
  /** The period its cells are reported by: the `period` option, else the standard's window, else `null` (all dates together). */
  period: z.enum(['day', 'week', 'month']).nullable(),
  ...rateFields,
  /** 1 − rate: the share of observations where the standard was not delivered. */
  gap3: num.nullable(),
  /** Per unit, in code-unit order. */
  units: z.array(z.strictObject({ unit: z.string(), ...rateFields })),
  /** Per unit and period (the standard's), units in code-unit order and periods in calendar order. */
  cells: z.array(z.strictObject({ unit: z.string(), period: z.string().nullable(), ...rateFields })),
  /** Agreement among observers scoring the same unit on the same date. */
  agreement: AgreementSchema,
  /** With a customer survey: the link to what customers perceive; else `null`. */
  customers: CustomerLinkSchema.nullable(),
});

/** The weighted compliance index over observations (visits), overall or in one unit. */
const indexFields = {
  /** Observations: unit + date + observer visits with at least one result. */
  visits: num,
  /** Visits failed whole by a failed critical standard. */
  criticalFailed: num,
  /** Mean over visits of: 0 when a critical standard failed, else Σ weight·passed / Σ weight of the weighted standards scored (1 when none). `null` with no visits. */
  index: num.nullable(),
  /** 1 − index: gap 3, the standards set but not delivered, measured. */
  gap3: num.nullable(),
};

/** The compliance report. */
export const ComplianceReportSchema = z.strictObject({
  schemaVersion: z.string(),
  options: z.strictObject({
    /** The period asked for; `null` to use each standard's window. */
    period: z.enum(['day', 'week', 'month']).nullable(),
    columns: z.strictObject({ standardId: z.string(), unit: z.string(), date: z.string(), observer: z.string().nullable(), result: z.string() }),
    /** The survey's unit column, with a customer survey; else `null`. */
    by: z.string().nullable(),
    minUnits: num,
  }),
  sample: z.strictObject({ ...sampleFields() }),
  dataQuality: z.strictObject({ issues: z.array(dataIssueSchema()), issuesTotal: num }),
  /** In the register's order. */
  standards: z.array(StandardComplianceSchema),
  overall: z.strictObject(indexFields),
  /** The index per unit, in code-unit order. */
  units: z.array(z.strictObject({ unit: z.string(), ...indexFields })),
  /** All standards' ratings together. */
  agreement: AgreementSchema,
});

/**
 * One standard's compliance.
 *
 * @interface
 */
export type StandardCompliance = z.output<typeof StandardComplianceSchema>;
/**
 * A rate with its Wilson interval.
 *
 * @interface
 */
export type ComplianceRate = z.output<typeof ComplianceRateSchema>;
/**
 * The compliance report.
 *
 * @interface
 */
export type ComplianceReport = z.output<typeof ComplianceReportSchema>;
/**
 * A standard's link to customers' perceptions across units.
 *
 * @interface
 */
export type CustomerLink = z.output<typeof CustomerLinkSchema>;

/** Version of the compliance report's JSON. */
export const COMPLIANCE_SCHEMA_VERSION = '1.0.0';
