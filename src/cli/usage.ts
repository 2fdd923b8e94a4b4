/** Help texts of the `servqual` command. */

export const MAIN_HELP = `servqual — service-quality gap analytics (SERVQUAL, SERVPERF, three-column)

Usage:
  servqual analyze FILE|- [options]    score a survey and print the report
  servqual validate FILE|- [options]   list every problem in a survey file
  servqual template [options]          print a blank CSV header (or the questionnaire)
  servqual diagnose --customers C.csv [--managers M.csv] [--staff S.csv]
                                       the five-gap diagnosis (gaps 1–5, by severity, with remedies)
  servqual journey FILE|- [options]    moments of truth: chained satisfaction of a service journey

Options for every command:
  -h, --help       show help for a command
  -V, --version    print the version
  -v, --verbose    print stack traces of unexpected errors

Exit codes: 0 success, 1 data problems, 2 usage errors.
`;

export const ANALYZE_HELP = `Usage: servqual analyze FILE|- [options]

Scores a survey CSV (or standard input, "-") and prints the report.

Options:
  --instrument NAME|PATH   servqual22 (default), servqual22-1988, or an instrument JSON file
  --method METHOD          servqual | servperf | three-column (default: detected from the columns)
  --format FORMAT          markdown (default) | json | html | csv
  --lang LANG              en (default) | zh: every label and sentence a person reads
  --out FILE               write the report to FILE instead of standard output
  --strict                 fail on the first invalid row instead of excluding it
  --min-items N            items a respondent must answer for a dimension score (default: half, rounded up)
  --p-adjust METHOD        holm (default) | BH | none
  --reliability MODE       listwise (default) | pairwise: missing answers in Cronbach's alpha
  --by COLUMN              segment by a column (repeatable); each segment is compared with the rest
  --min-segment N          flag segments smaller than N rows (default 30)
  --period UNIT            week | month | quarter | year: periods and trends by a date column
  --date-column COLUMN     the date column (default submitted_at, else date)
  --date-format PATTERN    date-fns pattern such as yyyy/MM/dd or dd.MM.yyyy (default: ISO dates)
  --importance SOURCE      auto (default) | stated | derived | equal: importance for IPA and priorities
  --ipa-performance AXIS   perception (default) | gap
  --ipa-crosshairs AT      mean (default) | midpoint
  --delimiter CHAR         field delimiter (default ","; ";" from European Excel; tab)
  --decimal MARK           . (default) | , for decimal commas
  --encoding NAME          auto (default: BOM, else UTF-8, else GB18030) | utf-8 | utf-16le | utf-16be | gb18030
  --missing CODES          codes that mean no answer, e.g. 99,-9 (besides an empty cell and NA)
  --max-field-size N       longest field in bytes (default 65536); a row may take 64 times as many
  --max-columns N          most cells in any row, the header's included (default 10000)
  --threads N              threads for a file, this one included (default: the cores
                           available, for files over 50 MB); the result is byte-identical
                           whatever N
  -q, --quiet              no progress and no summary line on standard error
`;

export const VALIDATE_HELP = `Usage: servqual validate FILE|- [options]

Checks a survey CSV and prints every problem with its row, column and value.
Exits 1 if there are any, 0 if the file is clean.

Options:
  --instrument NAME|PATH   servqual22 (default), servqual22-1988, or an instrument JSON file
  --method METHOD          servqual | servperf | three-column (default: detected from the columns)
  --delimiter CHAR         field delimiter (default ","; ";" from European Excel; tab)
  --decimal MARK           . (default) | , for decimal commas
  --encoding NAME          auto (default) | utf-8 | utf-16le | utf-16be | gb18030
  --missing CODES          codes that mean no answer, e.g. 99,-9 (besides an empty cell and NA)
  --max-field-size N       longest field in bytes (default 65536); a row may take 64 times as many
  --max-columns N          most cells in any row, the header's included (default 10000)
`;

export const TEMPLATE_HELP = `Usage: servqual template [options]

Prints a blank CSV header for data entry, or with --questionnaire the questionnaire text.

Options:
  --instrument NAME|PATH   servqual22 (default), servqual22-1988, or an instrument JSON file
  --method METHOD          servqual (default) | servperf | three-column
  --lang LANG              en (default) | zh, for the questionnaire text
  --questionnaire          print the questionnaire instead of the header
`;

export const JOURNEY_HELP = `Usage: servqual journey FILE|- [options]

Moments of truth: if each stage of a service satisfies a share p of customers, the whole journey
satisfies the product of the p's (0.95^10 = 60%). Shows the weakest stage and what lifting each
stage to the target would give.

FILE has either columns stage,satisfied (a share 0-1 per stage), or one column per stage with each
respondent's rating (id and respondent_id columns are ignored), which needs --threshold.

Options:
  --threshold X    with ratings: the lowest rating that counts as satisfied
  --target P       the share each stage is imagined raised to (default 0.95)
  --format FORMAT  markdown (default) | json
  --lang LANG      en (default) | zh
  --delimiter CHAR field delimiter (default ",")
`;

export const DIAGNOSE_HELP = `Usage: servqual diagnose --customers C.csv [--managers M.csv] [--staff S.csv] [options]

The five-gap model of service quality: gap 5 from the customer survey (E and P); gap 1 from managers'
predictions of customers' expectations (the same E columns), compared with Welch's t-test; gaps 1-4
from a staff survey of their organisational causes (columns as "servqual template --instrument
gap-factors --method servperf" prints). Gaps a file is missing for are marked with the survey needed.

Options:
  --customers FILE         customer survey with E and P columns (required)
  --managers FILE          management survey with E columns
  --staff FILE             staff survey of the gap-factors instrument
  --instrument NAME|PATH   the customer instrument: servqual22 (default), servqual22-1988, or a .json file
  --format FORMAT          markdown (default) | json
  --lang LANG              en (default) | zh
  --delimiter CHAR         field delimiter (default ",")
`;
