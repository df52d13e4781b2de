import { z } from 'zod';
import { caseCalendarSchema } from './case-file';
import { HOLIDAYS_NEEDED, TERMS_NEEDED } from './school-calendar-messages';

export { HOLIDAYS_NEEDED, TERMS_NEEDED };

/**
 * A child's school calendar as Binder stores it: the case file's `calendar` (docs/case-file-contract.md) with limits
 * on its size, so one request cannot store an unbounded list. A school year has a handful of terms and at
 * most a few dozen closed days or ranges; the limits leave room for several years.
 */
export const schoolCalendarSchema = caseCalendarSchema
  .extend({
    terms: caseCalendarSchema.shape.terms.unwrap().max(40, 'at most 40 terms').optional(),
    closed: caseCalendarSchema.shape.closed.unwrap().max(1000, 'at most 1000 closed days or ranges').optional(),
    holidays: caseCalendarSchema.shape.holidays
      .unwrap()
      .min(1, HOLIDAYS_NEEDED)
      .max(1000, 'at most 1000 holidays')
      .optional(),
  })
  // A calendar with neither terms nor holidays would change no deadline; saying so beats storing nothing useful.
  .refine((calendar) => (calendar.terms?.length ?? 0) > 0 || calendar.holidays !== undefined, {
    error: TERMS_NEEDED,
    path: ['terms'],
  });
export type SchoolCalendar = z.infer<typeof schoolCalendarSchema>;

/** What PUT /api/v1/students/:id/calendar takes. */
export const schoolCalendarInputSchema = z.object(
  { calendar: schoolCalendarSchema },
  { error: 'expected an object with a calendar' },
);

/** A child's stored calendar, or null when none has been entered (school-day deadlines then have no date). */
export const storedSchoolCalendarSchema = z.object({
  calendar: schoolCalendarSchema.nullable(),
  updatedAt: z.string().nullable(),
});
export type StoredSchoolCalendar = z.infer<typeof storedSchoolCalendarSchema>;
