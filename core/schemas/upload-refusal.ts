import { z } from 'zod';

/**
 * Why an upload was refused, as a stable code sent beside the English message in the refused field's issue
 * (`issues[0].code`), so a page can say it in its own language (docs/decisions/0052).
 */
export const UPLOAD_REFUSAL_CODES = [
  /** No file was sent. */
  'file-missing',
  /** More than one file, or a file in another field than `file`. */
  'one-file-at-a-time',
  /** Larger than the 25 MB a document may be. */
  'file-too-large',
  /** Zero bytes. */
  'file-empty',
  /** The bytes are not a PDF, JPEG, PNG, HEIC, Word (DOCX) or plain text file, whatever the name says. */
  'file-type-not-kept',
  /** A Word file whose ZIP is unsafe to open: a ZIP bomb, encrypted, damaged or packed beyond the limits. */
  'file-unsafe',
  /** The family's document space would overflow. */
  'family-space-full',
] as const;
export const uploadRefusalCodeSchema = z.enum(UPLOAD_REFUSAL_CODES);
export type UploadRefusalCode = z.infer<typeof uploadRefusalCodeSchema>;

/** The refusal code of an API issue, when it is one of ours (anything else is not an upload refusal). */
export function uploadRefusalOf(issue: { readonly code?: string | undefined } | undefined): UploadRefusalCode | null {
  const parsed = uploadRefusalCodeSchema.safeParse(issue?.code);
  return parsed.success ? parsed.data : null;
}
