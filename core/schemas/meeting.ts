import { z } from 'zod';
import { localizedTextSchema } from './localized-text';
import { LANGUAGE_ERROR, LANGUAGES } from '../progress/format-words';
import { TEAM_ROLES } from './case-file';
import { isoDate } from './iso-date';
import { RULE_STATUSES } from '../law/rule-status';

export const MEETING_PURPOSES = ['initial', 'annual', 'amendment', 'reevaluation', 'eligibility', 'other'] as const;
export type MeetingPurpose = (typeof MEETING_PURPOSES)[number];

/**
 * Where a meeting is in its life: set for a day (scheduled), held, or called off. A meeting recorded before
 * meetings had a life was held (docs/decisions/0035).
 */
export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Someone invited to a meeting, before it is held. */
export const inviteeSchema = z.object({
  name: z.string().trim().max(100).default(''),
  role: z.enum(TEAM_ROLES),
});
export type Invitee = z.infer<typeof inviteeSchema>;

const listItem = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** What the parent prepares before the meeting (the parent concerns statement is `parentConcerns`). */
export const meetingPrepSchema = z.object({
  agenda: z.array(listItem(300)).max(30).default([]),
  /** Questions to ask, the parent's own or chosen from those the case suggests. */
  questions: z.array(listItem(500)).max(30).default([]),
  documentsToBring: z.array(listItem(300)).max(30).default([]),
});
export type MeetingPrep = z.infer<typeof meetingPrepSchema>;

/** Someone invited to a meeting, in which role, and whether they came or were excused (34 CFR 300.321). */
export const attendeeSchema = z.object({
  name: z.string().trim().max(100).default(''),
  role: z.enum(TEAM_ROLES),
  attended: z.boolean().default(true),
  /** Excused from attending (300.321(e)); null when not excused. */
  excusal: z
    .object({
      /** The parent agreed (or consented) in writing. */
      parentAgreedInWriting: z.boolean().default(false),
      /** The member's area was discussed, so written input before the meeting was needed (300.321(e)(2)). */
      areaDiscussed: z.boolean().default(false),
      writtenInputProvided: z.boolean().default(false),
    })
    .nullable()
    .default(null),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const followUpSchema = z.object({
  text: z.string().trim().min(1, 'required').max(1000),
  owner: z.string().trim().max(100).default(''),
  due: isoDate.nullable().default(null),
  isDone: z.boolean().default(false),
});

/** What a person records about a meeting. */
export const meetingInputSchema = z.object({
  date: isoDate,
  framework: z.enum(['iep', '504']),
  purpose: z.enum(MEETING_PURPOSES),
  /** `held` when not given, as before meetings had a life; a meeting dated after today cannot be held. */
  status: z.enum(MEETING_STATUSES).default('held'),
  /** Local time of day, `HH:MM`. */
  time: z
    .string()
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'expected a time such as 15:30')
    .nullable()
    .default(null),
  /** Room and school, or how to join. */
  place: z.string().trim().max(300).default(''),
  isRemote: z.boolean().default(false),
  /** The day the parent was told of the meeting (the notice, 34 CFR 300.322); the day it is scheduled when not given. */
  noticeDate: isoDate.nullable().default(null),
  invited: z.array(inviteeSchema).max(40).default([]),
  cancelReason: z.string().trim().max(1000).default(''),
  prep: meetingPrepSchema.default({ agenda: [], questions: [], documentsToBring: [] }),
  /** Who actually attended: empty until the meeting is held. */
  attendees: z.array(attendeeSchema).max(40).default([]),
  /** Postsecondary goals and transition services were considered. */
  isTransitionDiscussed: z.boolean().default(false),
  parentConcerns: z.string().max(10_000).default(''),
  decisions: z.string().max(10_000).default(''),
  /** Action items: who does what by when. */
  followUps: z.array(followUpSchema).max(50).default([]),
  /** The parent's notes of what was said. */
  notes: z.string().max(20_000).default(''),
  /** What the school refused at the meeting, each in the parent's words (a prior written notice is owed, 300.503). */
  refusals: z.array(listItem(500)).max(20).default([]),
});
export type MeetingInput = z.infer<typeof meetingInputSchema>;

export const meetingSchema = meetingInputSchema.extend({
  id: z.string(),
  studentId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** `GET /api/v1/students/:id/meetings`. */
export const meetingListSchema = z.object({ meetings: z.array(meetingSchema) });

/** What the notice rule says of a scheduled IEP meeting (core/case/meeting-notice.ts). */
export const noticeCheckSchema = z.object({
  kind: z.enum(['short', 'enough', 'no-day-count']),
  requiredDays: z.number().int().optional(),
  givenDays: z.number().int(),
  citation: z.string(),
  status: z.enum(RULE_STATUSES),
});

/** A meeting as saved, with what the notice rule says of it (34 CFR 300.322; null when it does not apply). */
export const meetingAnswerSchema = meetingSchema.extend({ notice: noticeCheckSchema.nullable() });
export type MeetingAnswer = z.infer<typeof meetingAnswerSchema>;

/** `GET /api/v1/meetings/:id/suggested-questions`: questions the case suggests (core/case/meeting-questions.ts). */
export const suggestedQuestionsSchema = z.object({
  questions: z.array(
    z.object({
      id: z.string(),
      source: z.enum(['overdue', 'finding', 'goal', 'service']),
      text: localizedTextSchema,
      citation: z.string(),
    }),
  ),
});

/** `GET /api/v1/meetings/:id/prep.pdf?language=`: the sheet's language. */
export const meetingPrepQuerySchema = z.strictObject({
  language: z.enum(LANGUAGES, { error: LANGUAGE_ERROR }).default('en'),
});
export type NoticeCheckAnswer = z.infer<typeof noticeCheckSchema>;
