import { z } from 'zod';

/** The format name written into every export, bumped when its shape changes incompatibly. */
export const RECORD_EXPORT_FORMAT = 'binder-record/1';

/**
 * Deleting a child's whole record asks for the child's given name, typed again, so it cannot happen by a
 * stray click; the service compares it with the record.
 */
export const deleteStudentSchema = z.object({
  confirmGivenName: z
    .string({ error: "expected the child's given name, to confirm" })
    .trim()
    .min(1, 'required')
    .max(100),
});
export type DeleteStudent = z.infer<typeof deleteStudentSchema>;
