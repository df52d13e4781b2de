import { z } from 'zod';
import { LANGUAGES } from '../progress/format-words';

/** A person's reminder choices (GET/PUT /api/v1/account/reminders); all off until they turn them on. */
export const reminderSettingsSchema = z.object({
  /** A week before, the day before, and when a deadline passes unmet. */
  deadlineReminders: z.boolean({ error: 'expected true or false' }),
  /** One message a week with the open deadlines of the next two weeks and the overdue ones. */
  weeklyDigest: z.boolean({ error: 'expected true or false' }),
  /** The language of the messages. */
  language: z.enum(LANGUAGES, { error: `expected one of ${LANGUAGES.join(', ')}` }),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

/** The one-click unsubscribe token of a reminder message. */
export const unsubscribeQuerySchema = z.object({
  token: z.string().min(1, 'the unsubscribe link is incomplete').max(300, 'the unsubscribe link is not valid'),
});
