import { z } from 'zod';
import { LANGUAGE_ERROR, LANGUAGES } from '../progress/format-words';
import { isoDate } from './iso-date';

/** What a kept document is: the kinds a family's paper binder has tabs for. */
export const DOCUMENT_KINDS = [
  'iep',
  '504-plan',
  'evaluation',
  'prior-written-notice',
  'progress-report',
  'report-card',
  'medical',
  'correspondence',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The file types Binder keeps, named by the type sniffed from the bytes (never the name or the sender's header). */
export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/heic',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** Largest file accepted, per upload: 25 MB. */
export const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;

/**
 * Where a document's words stand: `pending` until the background extraction has run, then `done` (searchable)
 * or `not-searchable` with a reason: an image with no OCR on this server, a HEIC photo (kept, never read), a
 * scan OCR found no words in, a file that could not be read.
 */
export const DOCUMENT_TEXT_STATUSES = ['pending', 'done', 'not-searchable'] as const;
export type DocumentTextStatus = (typeof DOCUMENT_TEXT_STATUSES)[number];
export const NOT_SEARCHABLE_REASONS = ['no-ocr', 'heic', 'no-text', 'unreadable'] as const;
export type NotSearchableReason = (typeof NOT_SEARCHABLE_REASONS)[number];

/** What a document can be linked to: records of the same child. */
export const DOCUMENT_LINK_KINDS = ['event', 'meeting', 'letter', 'communication'] as const;
export type DocumentLinkKind = (typeof DOCUMENT_LINK_KINDS)[number];
export const documentLinkSchema = z.object({ kind: z.enum(DOCUMENT_LINK_KINDS), id: z.string().min(1).max(100) });
export type DocumentLink = z.infer<typeof documentLinkSchema>;

/** What the family says about a document: sent as form fields with the upload, or as JSON to correct it. */
export const documentDetailsSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  date: isoDate,
  title: z.string().trim().min(1, 'required').max(300),
  links: z.array(documentLinkSchema).max(50).default([]),
});
export type DocumentDetails = z.infer<typeof documentDetailsSchema>;

/** A kept document as the API answers it (its extracted words are searched, not sent). */
export const documentSchema = documentDetailsSchema.extend({
  id: z.string(),
  studentId: z.string(),
  /** The file's name as uploaded, made safe: no folders, no control characters. */
  fileName: z.string(),
  mediaType: z.enum(DOCUMENT_MEDIA_TYPES),
  size: z.number().int().nonnegative(),
  /** SHA-256 of the bytes, hex: the name the bytes are stored under. */
  sha256: z.string(),
  textStatus: z.enum(DOCUMENT_TEXT_STATUSES),
  /** Why the document is not searchable; null otherwise. */
  textNote: z.enum(NOT_SEARCHABLE_REASONS).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Document = z.infer<typeof documentSchema>;

/** `GET /api/v1/students/:id/documents`, with how much of the family's quota is used. */
export const documentListSchema = z.object({
  documents: z.array(documentSchema),
  quota: z.object({ usedBytes: z.number().int(), limitBytes: z.number().int() }),
});
export type DocumentList = z.infer<typeof documentListSchema>;

/** What the full-text search looks through. */
export const SEARCH_SOURCES = ['document', 'note', 'communication', 'letter', 'plan'] as const;
export type SearchSource = (typeof SEARCH_SOURCES)[number];

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'required').max(200),
  /** The reader's language: Spanish is searched with the Spanish stemmer, English with the English one, the
   *  others word for word (docs/decisions/0045). */
  language: z.enum(LANGUAGES, { error: LANGUAGE_ERROR }).default('en'),
});

/** A snippet's words, split so the matched words can be shown highlighted without any HTML. */
export const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const searchHitSchema = z.object({
  source: z.enum(SEARCH_SOURCES),
  /** The record's id: a document, comment, communication, letter or plan. */
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  snippet: z.array(snippetPartSchema),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
export const searchResultSchema = z.object({ hits: z.array(searchHitSchema) });
export type SearchResult = z.infer<typeof searchResultSchema>;

/** The extension a download gets: from the sniffed type, never from the uploaded name. */
export const DOCUMENT_EXTENSIONS: Record<DocumentMediaType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/plain': 'txt',
};

/**
 * An uploaded file's name made safe to keep and show: only its last part (no folders: `../../x` is `x`), no
 * control or bidirectional-override characters, no leading dots, at most 200 characters; `document` when
 * nothing is left.
 */
export function safeFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  const clean = last
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^[\s.]+/, '')
    .trim()
    .slice(0, 200)
    .trim();
  return clean === '' ? 'document' : clean;
}
