import { z } from 'zod';
import { isJurisdictionCode } from '../law/jurisdiction-names';
import { describeInput } from './describe-input';
import { fieldIssues, firstIssueLine } from './format-issues';
import type { FieldIssue } from './format-issues';
import { gradeStartSchema } from './grade-start';
import { isoDate } from './iso-date';

/**
 * The case file: one child's history as dated events (docs/case-file-contract.md). Unknown extra fields on
 * events are kept, so newer files still load; an unknown event `type` is an error naming
 * `events[i].type`.
 */

/** Why an IEP meeting was held (`iep-meeting-held`'s `purpose`). */
export const IEP_MEETING_PURPOSES = ['initial', 'annual', 'amendment', 'reevaluation'] as const;
/**
 * What kind of meeting is scheduled (`meeting-scheduled`'s `kind`). Binder adds `referral`: the meeting
 * that decides whether to evaluate (Arkansas' referral conference, New Jersey's identification meeting).
 */
export const SCHEDULED_MEETING_KINDS = ['iep', '504', 'resolution', 'hearing', 'referral'] as const;
/** What a prior written notice is about (`prior-written-notice-given`'s `subject`). */
export const NOTICE_SUBJECTS = ['evaluation', 'iep', 'placement', 'other'] as const;

const range = z
  .object({ start: isoDate, end: isoDate })
  .refine((value) => value.start <= value.end, { error: 'expected start on or before end', path: ['end'] });

/** A school calendar (docs/case-file-contract.md `calendar`): terms, closed days inside them, holidays for business days. */
export const caseCalendarSchema = z.object({
  terms: z.array(range).optional(),
  closed: z.array(z.union([isoDate, range])).optional(),
  holidays: z.array(isoDate).optional(),
});

const studentSchema = z.looseObject({
  birthDate: isoDate.optional(),
  /** Disability categories as words (`intellectual-disability`, …); used by state rules such as Pennsylvania's. */
  disabilityCategories: z.array(z.string()).optional(),
  /**
   * Binder addition: days the student starts a grade (`{ "grade": 8, "date": "2026-08-24" }`), for
   * transition rules that start "at 14 or on entering grade 8, whichever is first" (Delaware, Alabama).
   */
  gradeStarts: z.array(gradeStartSchema).optional(),
});

/** Team roles an `iep-meeting-held` may list in `attendees` / `excused` (34 CFR 300.321(a)). */
export const TEAM_ROLES = [
  'parent',
  'regular-education-teacher',
  'special-education-teacher',
  'agency-representative',
  'evaluation-interpreter',
  'student',
  'other',
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

function event<const T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) {
  return z.looseObject({ type: z.literal(type), date: isoDate, ...shape });
}

const framework = z.enum(['iep', '504']);

/** One schema per event type; the spec's table first, then Binder's additions. */
const eventSchemas = [
  event('evaluation-requested', {
    by: z.enum(['parent', 'school']).optional(),
    /** Binder addition: an oral request (Pennsylvania's 10-day permission-form rule); not a written request. */
    oral: z.boolean().optional(),
  }),
  event('referral-received', {}),
  event('evaluation-consent-received', {}),
  event('evaluation-refused', {}),
  event('evaluation-completed', { kind: z.enum(['initial', 'reevaluation']).optional() }),
  event('eligibility-determined', { framework: z.enum(['idea', '504']), eligible: z.boolean() }),
  event('iep-meeting-held', {
    purpose: z.enum(IEP_MEETING_PURPOSES).optional(),
    transition: z.boolean().optional(),
    attendees: z.array(z.string()).optional(),
    excused: z.array(z.string()).optional(),
  }),
  event('plan-started', { framework }),
  event('plan-ended', { framework }),
  event('reevaluation-waived', {}),
  event('records-requested', {}),
  event('records-provided', {}),
  event('meeting-scheduled', {
    meetingDate: isoDate,
    kind: z.enum(SCHEDULED_MEETING_KINDS).optional(),
    /** Binder addition: what an IEP meeting is for (Texas: the report 5 school days before the initial ARD meeting). */
    purpose: z.enum(IEP_MEETING_PURPOSES).optional(),
  }),
  event('safeguards-notice-given', {}),
  event('majority-notice-given', {}),
  event('discrimination-occurred', {}),
  event('ocr-complaint-filed', {}),
  event('violation-occurred', {}),
  event('violation-known', {}),
  event('state-complaint-filed', {}),
  event('state-complaint-decided', {}),
  event('due-process-filed', {
    /** Binder addition: who filed (default `parent`); the resolution process applies to a parent's complaint only. */
    by: z.enum(['parent', 'school']).optional(),
  }),
  event('resolution-meeting-held', {}),
  event('hearing-decided', {}),
  event('placement-change-decided', {}),
  event('manifestation-determination-held', {}),
  // Binder additions.
  /** The district asks for consent to evaluate (prior written notice + consent form). */
  event('evaluation-consent-requested', {}),
  /** The parent asks for an independent educational evaluation at public expense. */
  event('iee-requested', {}),
  /** The parent asks the school to amend education records (FERPA). */
  event('records-amendment-requested', {}),
  /** A civil action is filed after a hearing decision. */
  event('civil-action-filed', {}),
  /**
   * The district gives prior written notice of a proposal or refusal (34 CFR 300.503); `subject` `iep`
   * is the notice offering the IEP's services (Michigan's offer of FAPE).
   */
  event('prior-written-notice-given', {
    subject: z.enum(NOTICE_SUBJECTS).optional(),
  }),
  /** The school agrees to pay for the independent evaluation the parent asked for (34 CFR 300.502(b)(2)(ii)). */
  event('iee-funded', {}),
  /** The team meets on a referral or request to decide whether to evaluate (New Jersey's identification meeting). */
  event('referral-meeting-held', {}),
  /** The parent receives written notice of an IEP meeting (Tennessee: 10 calendar days before it). */
  event('meeting-notice-given', {}),
  /** The parent receives a copy of the draft IEP (Tennessee: 48 hours before the meeting). */
  event('draft-iep-provided', {}),
  /**
   * A plan version in effect from `date` sets its next review for `reviewDate` (a 504 plan's own
   * "next review date"); Binder adds it to the case file from the plan.
   */
  event('plan-review-scheduled', { framework, reviewDate: isoDate }),
  /** The school puts an oral referral in writing (the District: within 3 business days, 5-A DCMR 3004.6). */
  event('referral-documented', {}),
  /**
   * The school records the reasonable efforts it made to obtain consent to evaluate, when consent did
   * not come (the District: within 30 days of the referral, 5-A DCMR 3005.4(a); 34 CFR 300.300(d)(5)).
   */
  event('consent-efforts-documented', {}),
  /**
   * The parent receives the documents the team will discuss at a meeting, such as the evaluation
   * report (the District: 5 business days before; Texas: 5 school days before the initial ARD meeting).
   */
  event('meeting-documents-provided', {}),
  /** The school receives the parent's written consent to a reevaluation (South Dakota: 25 school days to complete it). */
  event('reevaluation-consent-received', {}),
] as const;

/** Every event type the format knows. */
export const EVENT_TYPES = eventSchemas.map((schema) => schema.shape.type.value);
export type EventType = (typeof eventSchemas)[number]['shape']['type']['value'];

const eventSchema = z.discriminatedUnion('type', eventSchemas, {
  // Only raised when no option's `type` matches: say which type came, or that none did.
  error: (issue) => {
    const input: unknown = issue.input;
    const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
    if (type === undefined) return 'missing event type';
    return `unknown event type ${typeof type === 'string' ? describeInput(type) : `(a ${typeof type})`}`;
  },
});

/** One dated event of a case file. */
export type CaseEvent = z.infer<typeof eventSchema>;

/** The case-file schema: jurisdiction, optional student and calendar, and the events. */
export const caseFileSchema = z.looseObject(
  {
    jurisdiction: z
      .string({ error: 'expected "US" or a two-letter state code' })
      .transform((code) => code.toUpperCase())
      .refine((code): boolean => isJurisdictionCode(code), {
        error: (issue) => `expected "US" or a two-letter state code, got ${describeInput(issue.input)}`,
      }),
    student: studentSchema.optional(),
    calendar: caseCalendarSchema.optional(),
    events: z.array(eventSchema, { error: 'expected a list of events' }),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'expected a case file (a JSON object)' : undefined) },
);

/**
 * A stored child's case file as the API answers it (`GET /students/:id/case-file`): built from stored, validated
 * events, so only the events are described in full. Not `caseFileSchema` itself: its jurisdiction transform
 * (upper-casing input) cannot encode an answer.
 */
export const storedCaseFileSchema = z.looseObject({
  jurisdiction: z.string(),
  student: z.unknown().optional(),
  calendar: z.unknown().optional(),
  events: caseFileSchema.shape.events,
});

/** A parsed case file. */
export type CaseFile = z.infer<typeof caseFileSchema>;
/** A school calendar as the case file gives it. */
export type CaseCalendar = z.infer<typeof caseCalendarSchema>;

/** Outcome of {@link parseCaseFile}. */
export type ParseCaseFileResult =
  | { readonly ok: true; readonly value: CaseFile }
  | { readonly ok: false; readonly message: string; readonly issues: FieldIssue[] };

/**
 * Validates unknown input (parsed JSON) as a case file. On failure `message` is one line naming the
 * first bad field, e.g. `events[3].date: expected YYYY-MM-DD, got "3/4/2026"`, and `issues` lists
 * every problem. Never throws.
 */
export function parseCaseFile(input: unknown): ParseCaseFileResult {
  const result = caseFileSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: firstIssueLine(result.error), issues: fieldIssues(result.error) };
}

export {
  convention as conventionSchema,
  deadlineSchema,
  findingSchema,
  reminderSchema,
  timelineResultSchema,
} from '../timeline/timeline-result';
export type { Convention, Deadline, Finding, Reminder, TimelineResult } from '../timeline/timeline-result';
