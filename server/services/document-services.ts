import { randomUUID } from 'node:crypto';
import {
  DOCUMENT_MAX_BYTES,
  safeFileName,
  type Document,
  type DocumentDetails,
  type DocumentList,
} from '../../core/schemas/document';
import { AppError } from '../app-error';
import type { Database } from '../db/database';
import {
  deleteDocumentRow,
  documentsWithHash,
  familyDocumentBytes,
  findDocument,
  insertDocument,
  linkTargetsOfStudent,
  listDocumentsOfStudent,
  updateDocumentDetails,
} from '../db/document-queries';
import { sniffDocument } from '../documents/sniff-document';
import type { BlobStore } from '../storage/blob-store';
import { recordedWrite, type WriteContext } from './recorded-write';
import { found, requireStudent } from './require-record';

/** What the document services need besides the database: where bytes live and how much a family may keep. */
export interface DocumentStorage {
  readonly store: BlobStore;
  /** Bytes a family may keep across all its children's documents. */
  readonly familyQuotaBytes: number;
}

/** An uploaded file as the route read it from the multipart body. */
export interface Upload {
  readonly fileName: string;
  readonly bytes: Buffer;
}

export async function listDocuments(
  database: Database,
  storage: DocumentStorage,
  studentId: string,
): Promise<DocumentList> {
  const student = await requireStudent(database.db, studentId);
  return {
    documents: await listDocumentsOfStudent(database.db, studentId),
    quota: {
      usedBytes: await familyDocumentBytes(database.db, student.familyId),
      limitBytes: storage.familyQuotaBytes,
    },
  };
}

export async function getDocument(database: Database, id: string): Promise<Document> {
  return found(await findDocument(database.db, id), 'document');
}

/** A document and its bytes, for a download. */
export async function readDocumentFile(
  database: Database,
  storage: DocumentStorage,
  id: string,
): Promise<{ document: Document; bytes: Buffer }> {
  const document = await getDocument(database, id);
  const bytes = await storage.store.get(document.sha256);
  if (bytes === null) throw new AppError('internal', 'the file is missing', { internal: `no bytes for ${id}` });
  return { document, bytes };
}

/**
 * Refuses a link to a record that is not this child's exactly like a link to no record at all: 404 naming the
 * link (docs/decisions/0018), so another family's ids reveal nothing.
 */
async function requireLinks(db: Database['db'], studentId: string, links: DocumentDetails['links']): Promise<void> {
  const targets = await linkTargetsOfStudent(db, studentId, links);
  const missing = links.findIndex((link) => !targets.has(`${link.kind}:${link.id}`));
  const link = links[missing];
  if (link === undefined) return;
  throw new AppError('not-found', `${link.kind} not found`, {
    issues: [{ field: `links[${String(missing)}].id`, message: `not a ${link.kind} of this child` }],
  });
}

/**
 * Keeps an uploaded file: its type sniffed from the bytes (refused with 400 naming the reason), its bytes
 * stored by hash, its row written with the history and audit entries in one transaction, within the family's
 * quota (413 beyond it). Its words are extracted afterwards, off the request (`textStatus: pending`).
 */
export async function uploadDocument(
  options: WriteContext & {
    readonly storage: DocumentStorage;
    readonly studentId: string;
    readonly upload: Upload;
    readonly details: DocumentDetails;
  },
): Promise<Document> {
  const { storage, studentId, upload, details } = options;
  if (upload.bytes.length > DOCUMENT_MAX_BYTES) {
    throw new AppError('payload-too-large', 'file: the file is larger than 25 MB', {
      issues: [{ field: 'file', message: 'larger than 25 MB', code: 'file-too-large' }],
    });
  }
  const sniffed = await sniffDocument(upload.bytes);
  if (!sniffed.ok) throw AppError.invalidInput([{ field: 'file', message: sniffed.reason, code: sniffed.code }]);
  const sha256 = await storage.store.put(upload.bytes);
  try {
    const document = await recordedWrite(options, async ({ trx, at, changed }) => {
      const student = await requireStudent(trx, studentId);
      await requireLinks(trx, studentId, details.links);
      const used = await familyDocumentBytes(trx, student.familyId);
      if (used + upload.bytes.length > storage.familyQuotaBytes) {
        throw new AppError('payload-too-large', "file: the family's document space is full", {
          issues: [
            {
              field: 'file',
              message: "the family's document space is full: delete a document first",
              code: 'family-space-full',
            },
          ],
        });
      }
      const entry: Document = {
        ...details,
        id: randomUUID(),
        studentId,
        fileName: safeFileName(upload.fileName),
        mediaType: sniffed.mediaType,
        size: upload.bytes.length,
        sha256,
        textStatus: 'pending',
        textNote: null,
        createdAt: at,
        updatedAt: at,
      };
      await insertDocument(trx, entry);
      await changed({ entity: 'document', entityId: entry.id, studentId, action: 'create', data: entry });
      return entry;
    });
    // A deletion of another row with the same bytes may have removed them between put and commit: put again.
    if (!(await storage.store.exists(sha256))) await storage.store.put(upload.bytes);
    return document;
  } catch (error) {
    await removeUnusedBytes(options.database, storage, sha256);
    throw error;
  }
}

/** Corrects a document's kind, date, title or links. */
export async function reviseDocument(
  options: WriteContext & { readonly id: string; readonly details: DocumentDetails },
): Promise<Document> {
  const { id, details } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const current = found(await findDocument(trx, id), 'document');
    await requireLinks(trx, current.studentId, details.links);
    const entry: Document = { ...current, ...details, updatedAt: at };
    await updateDocumentDetails(trx, entry);
    await changed({ entity: 'document', entityId: id, studentId: entry.studentId, action: 'update', data: entry });
    return entry;
  });
}

/** Deletes a document; its bytes go too when no other row keeps the same file. */
export async function deleteDocument(
  options: WriteContext & { readonly storage: DocumentStorage; readonly id: string },
): Promise<void> {
  const { id, storage } = options;
  const removed = await recordedWrite(options, async ({ trx, changed }) => {
    const current = found(await findDocument(trx, id), 'document');
    await deleteDocumentRow(trx, id);
    await changed({ entity: 'document', entityId: id, studentId: current.studentId, action: 'delete', data: null });
    return current;
  });
  await removeUnusedBytes(options.database, storage, removed.sha256);
}

/** Removes the bytes under a hash when no row uses them (after the deletion committed). */
export async function removeUnusedBytes(database: Database, storage: DocumentStorage, sha256: string): Promise<void> {
  if ((await documentsWithHash(database.db, sha256)) === 0) await storage.store.delete(sha256);
}
