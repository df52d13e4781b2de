import { z } from 'zod';
import { FEED_LANGUAGES } from '../calendar-feed/feed-entries';
import { isoDate } from './iso-date';

/** What a person chooses when making a calendar feed link: the language its entries are worded in. */
export const calendarFeedInputSchema = z.object({
  language: z.enum(FEED_LANGUAGES, { error: `expected one of ${FEED_LANGUAGES.join(', ')}` }),
});
export type CalendarFeedInput = z.infer<typeof calendarFeedInputSchema>;

/** One of the person's working feed links: for every child they may see (studentId null) or for one child. */
export const calendarFeedSchema = z.object({
  id: z.string(),
  studentId: z.string().nullable(),
  /** The child's given name while the person may still see the child's deadlines; null for an all-children link. */
  childGivenName: z.string().nullable(),
  /** False once the person may no longer see the child: the link answers 404 (revoke it to tidy up). */
  works: z.boolean(),
  language: z.enum(FEED_LANGUAGES),
  createdAt: z.string(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

/** `GET /api/v1/calendar-feeds`: the person's working links, newest first (never their tokens). */
export const calendarFeedListSchema = z.object({ feeds: z.array(calendarFeedSchema) });
export type CalendarFeedList = z.infer<typeof calendarFeedListSchema>;

/** The answer to making a link: its token is shown this once and never stored (only its SHA-256 is). */
export const createdCalendarFeedSchema = calendarFeedSchema.extend({
  token: z.string(),
  /** The feed's path on this server, to be put after the server's address. */
  path: z.string(),
});
export type CreatedCalendarFeed = z.infer<typeof createdCalendarFeedSchema>;

/** A feed's secret as it appears in the link. */
export const calendarFeedTokenParams = z.object({
  token: z
    .string()
    .min(1, 'required')
    .max(200, 'at most 200 characters')
    .regex(/^[A-Za-z0-9_-]+$/, 'expected the token from the calendar link'),
});

/** Which deadline to download: its rule and the date of the event that started it (as the timeline shows them). */
export const deadlineEventQuerySchema = z.object({
  rule: z.string().trim().min(1, 'required').max(200, 'at most 200 characters'),
  trigger: isoDate,
  language: z.enum(FEED_LANGUAGES).default('en'),
});

/** The language of a meeting's download. */
export const calendarLanguageQuerySchema = z.object({
  language: z.enum(FEED_LANGUAGES).default('en'),
});
