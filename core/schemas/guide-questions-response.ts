import { z } from 'zod';
import { localizedTextSchema as localized } from './localized-text';
import { GUIDE_QUESTION_KINDS } from '../guide/guide-questions';

/** `GET /api/v1/guide/questions`: the decision guide's questions with their options, in English and Spanish. */
export const guideQuestionsResponseSchema = z.object({
  questions: z
    .array(
      z.object({
        id: z.string(),
        kind: z.enum(GUIDE_QUESTION_KINDS),
        text: localized,
        help: localized.nullable(),
        options: z.array(z.object({ id: z.string(), text: localized })).readonly(),
      }),
    )
    .readonly(),
});
