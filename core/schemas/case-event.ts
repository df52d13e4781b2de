import type { z } from 'zod';
import { caseFileSchema } from './case-file';

/** One case event as docs/case-file-contract.md defines it: the same schema the deadline engine reads. */
export const caseEventSchema = caseFileSchema.shape.events.element;
export type CaseEventInput = z.infer<typeof caseEventSchema>;
