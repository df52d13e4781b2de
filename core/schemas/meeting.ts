import { z } from 'zod';
import { TEAM_ROLES } from './case-file';
import { isoDate } from './iso-date';

export const MEETING_PURPOSES = ['initial', 'annual', 'amendment', 'reevaluation', 'eligibility', 'other'] as const;
export type MeetingPurpose = (typeof MEETING_PURPOSES)[number];

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
  attendees: z.array(attendeeSchema).max(40).default([]),
  /** Postsecondary goals and transition services were considered. */
  isTransitionDiscussed: z.boolean().default(false),
  parentConcerns: z.string().max(10_000).default(''),
  decisions: z.string().max(10_000).default(''),
  followUps: z.array(followUpSchema).max(50).default([]),
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
