import { z } from 'zod';
import { isoDate } from './iso-date';

/** Kindergarten is grade 0; grade 12 is the last. */
export const GRADE_MIN = 0;
export const GRADE_MAX = 12;

/** Said when the same grade is dated twice. */
export const GRADE_ONCE = 'each grade at most once';

/**
 * The first day of a school grade (`{ "grade": 8, "date": "2026-08-24" }`): transition rules that
 * start "at 14 or on entering grade 8, whichever is first" read it (docs/decisions/0016).
 */
export const gradeStartSchema = z.object({
  grade: z.number().int().min(GRADE_MIN).max(GRADE_MAX),
  date: isoDate,
});
export type GradeStart = z.infer<typeof gradeStartSchema>;

/** A child's dated grades: each grade at most once (the issue names the repeated row's `grade`). */
export const gradeStartsSchema = z
  .array(gradeStartSchema)
  .max(GRADE_MAX - GRADE_MIN + 1)
  .superRefine((starts, context) => {
    const seen = new Set<number>();
    starts.forEach((start, index) => {
      if (seen.has(start.grade)) context.addIssue({ code: 'custom', message: GRADE_ONCE, path: [index, 'grade'] });
      seen.add(start.grade);
    });
  });
