/**
 * What is wrong with a CSV, as a stable code: a page says it in its own language from the code and `params`, while
 * `message` stays the English sentence the API and the CLI print. Shared by the progress and session-log imports.
 */
export const CSV_PROBLEM_CODES = [
  'quote-unclosed',
  'empty',
  'no-rows',
  'no-header',
  'unknown-column',
  'blank-column',
  'column-twice',
  'column-missing',
  'column-count',
  'date',
  'date-twice',
  'score-number',
  'score-range',
  'too-long',
  'yes-no',
  'service-missing',
  'minutes-number',
  'minutes-whole',
  'minutes-range',
  'status',
  'reason',
  'reason-only-missed',
  'make-up-delivered',
  // A session the IEP does not cover (core/ledger/check-session.ts): the import's, and the log form's too.
  'service-not-in-iep',
  'iep-has-no-services',
  'service-not-in-effect',
  'invalid',
] as const;
export type CsvProblemCode = (typeof CSV_PROBLEM_CODES)[number];

/**
 * The details a problem's words need, e.g. `{ got: '"3/4/2026"' }`; a missing `got` means the cell was empty. Never
 * `row` or `column`: the API adds those beside them (csvFieldIssue).
 */
export type CsvProblemParams = Readonly<Record<string, string | number>>;
