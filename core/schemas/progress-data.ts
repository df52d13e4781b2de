import { z } from 'zod';
import { LABEL_SET_IDS } from '../progress/label-sets';
import { LANGUAGE_ERROR, LANGUAGES } from '../progress/format-words';
import { iepGoalSchema } from './iep';
import { isoDate } from './iso-date';
import { progressAnalysisSchema, progressInputSchema, progressPointSchema } from './progress';

/**
 * Progress data kept with a plan's IEP goals, and the API payloads around it (issue "Goals and progress").
 * A goal is named by its plan and its stable id inside the plan's content, so scores follow the goal across
 * versions. Decisions (one score per goal per day, the two-step CSV import, which version's goal is used,
 * reporting periods) are in docs/decisions/0005-progress-data.md.
 */

/** Entering or correcting one score: the same fields and messages as a point of `POST /progress/analyze`. */
export const progressPointInputSchema = progressPointSchema;
export type ProgressPointInput = z.infer<typeof progressPointInputSchema>;

/** A stored score. */
export const progressPointRecordSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  planId: z.string(),
  goalId: z.string(),
  date: isoDate,
  value: z.number(),
  note: z.string().nullable(),
  measuredBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProgressPointRecord = z.infer<typeof progressPointRecordSchema>;

/** Recording that instruction changed for a goal on a date (a phase change), with what changed. */
export const phaseChangeInputSchema = z.object({
  date: isoDate,
  label: z
    .string({ error: 'expected a short description of what changed' })
    .trim()
    .min(1, 'expected a short description of what changed, e.g. "Added a daily small-group session"')
    .max(200, 'expected at most 200 characters'),
});
export type PhaseChangeInput = z.infer<typeof phaseChangeInputSchema>;

/** A stored phase change. */
export const phaseChangeRecordSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  planId: z.string(),
  goalId: z.string(),
  date: isoDate,
  label: z.string(),
  createdAt: z.string(),
});
export type PhaseChangeRecord = z.infer<typeof phaseChangeRecordSchema>;

/** The largest CSV accepted, in characters; the whole request is also capped at 1 MB (413 beyond). */
export const MAX_PROGRESS_CSV_CHARS = 1_000_000;

/** The body of the CSV import: the file's text as exported from a spreadsheet. */
export const progressImportBodySchema = z.object({
  csv: z
    .string({ error: 'expected the CSV file as text' })
    .max(MAX_PROGRESS_CSV_CHARS, `expected at most ${String(MAX_PROGRESS_CSV_CHARS)} characters`),
});

/** One problem in a CSV file, located as in a spreadsheet (the header is row 1). */
export const csvErrorSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  /** In English; `code` and `params` let a page say it in its own language (CSV_PROBLEM_CODES). */
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** What an import does with a row: add it, skip it (the same score is already recorded), or refuse it. */
export const IMPORT_ROW_STATUSES = ['new', 'already-recorded', 'conflict'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

/** One clean row of a CSV, and how it stands against the scores already recorded for the goal. */
export const importRowSchema = z.object({
  date: isoDate,
  value: z.number(),
  note: z.string().nullable(),
  measuredBy: z.string().nullable(),
  status: z.enum(IMPORT_ROW_STATUSES),
  /** The score already recorded on that date, or null. */
  recorded: z.object({ id: z.string(), value: z.number() }).nullable(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

/** `POST …/points/import?dryRun=true`: what a commit would do, writing nothing. */
export const progressImportPreviewSchema = z.object({
  /** True when a commit would succeed: no errors and no conflicting dates. */
  canCommit: z.boolean(),
  /** Every bad row; when not empty, `rows` is empty. */
  errors: z.array(csvErrorSchema),
  rows: z.array(importRowSchema),
  counts: z.object({ new: z.number().int(), alreadyRecorded: z.number().int(), conflict: z.number().int() }),
});
export type ProgressImportPreview = z.infer<typeof progressImportPreviewSchema>;

/** `POST …/points/import?dryRun=false`: the scores written, in date order. */
export const progressImportCommitSchema = z.object({
  added: z.array(progressPointRecordSchema),
  /** Rows skipped because the same score was already recorded on that date. */
  alreadyRecorded: z.number().int(),
});
export type ProgressImportCommit = z.infer<typeof progressImportCommitSchema>;

/** `true`/`false` in a query string. */
const queryBoolean = z.enum(['true', 'false'], { error: 'expected true or false' });

export const progressImportQuerySchema = z.object({
  /** Defaults to true: a preview. Only `dryRun=false` writes. */
  dryRun: queryBoolean.default('true'),
});

const language = z.enum(LANGUAGES, { error: LANGUAGE_ERROR }).default('en');
const labelSet = z.enum(LABEL_SET_IDS, { error: `expected one of ${LABEL_SET_IDS.join(', ')}` }).default('federal');

/** The query of `GET /plans/:id/goals/:goalId/progress`. */
export const goalProgressQuerySchema = z.object({
  /** Defaults to today. */
  asOf: isoDate.optional(),
  language,
  labelSet,
  /** A version of the plan to read the goal from; defaults to the final version in effect on the as-of date. */
  versionId: z.string().min(1).max(64).optional(),
  /** `false` when work on the goal has not started (status not-introduced); defaults to true. */
  introduced: queryBoolean.default('true'),
});
export type GoalProgressQuery = z.infer<typeof goalProgressQuerySchema>;

/** The query of `GET /plans/:id/progress-report.pdf`. */
export const progressReportQuerySchema = z
  .object({
    /** First day of the reporting period; without it, every score up to `to` is listed. */
    from: isoDate.optional(),
    /** Last day of the reporting period (inclusive) and the as-of date of every status; defaults to today. */
    to: isoDate.optional(),
    language,
    labelSet,
    versionId: z.string().min(1).max(64).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: `expected a date on or before to (${query.to})` });
    }
  });
export type ProgressReportQuery = z.infer<typeof progressReportQuerySchema>;

/** A status in a label set's words (core/progress/progress-status-label.ts). */
export const statusLabelSchema = z.object({
  labelSet: z.enum(LABEL_SET_IDS),
  code: z.string().nullable(),
  text: z.string(),
  advice: z.string().nullable(),
});

/** The graph in words and as a table (core/charts/progress-chart-text-alternative.ts). */
export const chartTextAlternativeSchema = z.object({
  sentence: z.string(),
  overview: z.string(),
  rows: z.array(z.object({ date: isoDate, week: z.number(), value: z.number(), aim: z.number(), isUsed: z.boolean() })),
});

/** The answer of `GET /plans/:id/goals/:goalId/progress`: a goal's data, judged, in words and as a graph. */
export const goalProgressSchema = z.object({
  planId: z.string(),
  /** The version the goal was read from, and its number. */
  versionId: z.string(),
  versionNumber: z.number().int(),
  goal: iepGoalSchema,
  /** What was analysed: the goal's direction, baseline and target with the stored scores and phase changes. */
  input: progressInputSchema,
  analysis: progressAnalysisSchema,
  label: statusLabelSchema,
  /** The graph (core/charts), accessible SVG; the PDF report draws the same string. */
  chartSvg: z.string(),
  textAlternative: chartTextAlternativeSchema,
  /** The stored records behind `input`, with their ids (to correct or delete them). */
  points: z.array(progressPointRecordSchema),
  phaseChanges: z.array(phaseChangeRecordSchema),
});
export type GoalProgress = z.infer<typeof goalProgressSchema>;

/** `GET /api/v1/plans/:id/goals/:goalId/points`. */
export const progressPointListSchema = z.object({ points: z.array(progressPointRecordSchema) });

/** `GET /api/v1/plans/:id/goals/:goalId/phase-changes`. */
export const phaseChangeListSchema = z.object({ phaseChanges: z.array(phaseChangeRecordSchema) });
