import { z } from 'zod';
import { RULE_STATUSES } from '../law/rule-status';

/**
 * The deadline engine's output (docs/case-file-contract.md, "Output"), as zod schemas so the HTTP layer can
 * describe it in OpenAPI. The spec's fields come first and are never changed; Binder's additions
 * (`ruleStatus`, `explanation`, `conventions`, `isWindow`, `reminders`, …) only extend them.
 */

/** Text in every language: English and Spanish always, the other reading languages as the law's data carries them. */
const localizedFields = {
  en: z.string(),
  es: z.string(),
  vi: z.string().optional(),
  'zh-Hans': z.string().optional(),
  ar: z.string().optional(),
};
const localized = z.object(localizedFields);

/** Deadline statuses (spec: met, late, overdue, open, unknown). */
export const DEADLINE_STATUSES = ['met', 'late', 'overdue', 'open', 'unknown'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** Finding severities. */
export const SEVERITIES = ['info', 'warning', 'violation'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Findings the spec names (kept exactly), then Binder's additions. */
export const FINDING_CODES = [
  'both-plans',
  '504-instead-of-evaluation',
  'calendar-needed',
  'calendar-incomplete',
  'state-rules-missing',
  'unconfirmed-rule',
  'deadline-missed',
  'evaluation-request-unanswered',
  'filing-window-closing',
  'team-member-missing',
  'services-not-delivered',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

const trigger = z.object({ type: z.string(), date: z.string() });

export const deadlineSchema = z.object({
  kind: z.string(),
  due: z.string().nullable(),
  status: z.enum(DEADLINE_STATUSES),
  trigger,
  completedOn: z.string().nullable(),
  rule: z.string(),
  basis: z.string(),
  citation: z.string(),
  ruleStatus: z.enum(RULE_STATUSES),
  /** One plain sentence saying why the deadline falls on that day. */
  explanation: localized,
  /** Ids of the counting conventions used (described in the result's `conventions`). */
  conventions: z.array(z.string()).readonly(),
  /** True for a filing window (OCR, state complaint, due process): `met` = filed in time. */
  isWindow: z.boolean(),
  /** What must be finished by the due date, for state clocks that differ from the federal one. */
  measuredTo: localized.optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const findingSchema = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  citation: z.string(),
  ruleStatus: z.enum(RULE_STATUSES).optional(),
  rule: z.string().optional(),
  explanation: localized,
});
export type Finding = z.infer<typeof findingSchema>;

export const reminderSchema = z.object({
  kind: z.string(),
  rule: z.string(),
  trigger,
  /** The rule in plain words. */
  summary: localized,
  /** The timing the law gives without a number ("within a reasonable time"). */
  timing: localized,
  citation: z.string(),
  ruleStatus: z.enum(RULE_STATUSES),
  /** The first event that answered it, when the case file shows one. */
  resolvedOn: z.string().nullable(),
  /** A dated reminder's date (a 504 plan's own next review date); absent for the rules with no date. */
  due: z.string().optional(),
});
export type Reminder = z.infer<typeof reminderSchema>;

export const convention = z.object({ id: z.string(), ...localizedFields }).readonly();
export type Convention = z.infer<typeof convention>;

export const timelineResultSchema = z.object({
  asOf: z.string(),
  jurisdiction: z.string(),
  deadlines: z.array(deadlineSchema),
  findings: z.array(findingSchema),
  reminders: z.array(reminderSchema),
  conventions: z.array(convention),
});
export type TimelineResult = z.infer<typeof timelineResultSchema>;
