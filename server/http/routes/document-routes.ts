import type { FastifyRequest } from 'fastify';
import { documentPolicy } from '../../../core/policies/entity-policies';
import {
  DOCUMENT_EXTENSIONS,
  documentDetailsSchema,
  documentListSchema,
  documentSchema,
  searchQuerySchema,
  searchResultSchema,
  type DocumentDetails,
} from '../../../core/schemas/document';
import { fieldIssues } from '../../../core/schemas/format-issues';
import { AppError } from '../../app-error';
import { attachmentName } from '../../documents/attachment-name';
import {
  deleteDocument,
  getDocument,
  listDocuments,
  readDocumentFile,
  reviseDocument,
  uploadDocument,
  type DocumentStorage,
  type Upload,
} from '../../services/document-services';
import type { DocumentTextQueue } from '../../services/document-text-queue';
import { getHistory } from '../../services/history-services';
import { searchRecord } from '../../services/search-services';
import { auditOf } from '../access-control';
import type { AppContext } from '../app-context';
import { studentAccess } from '../route-access';
import type { TypedApp } from '../typed-app';
import { sendDocument } from './send-document';
import { errorResponse, errorResponses, historyResponse, idParams, noContent } from './route-schemas';

/** What the document routes are given besides the app's context: the byte store and the extraction queue. */
export interface DocumentRoutesContext extends AppContext {
  readonly storage: DocumentStorage;
  readonly texts: DocumentTextQueue;
}

/** Form fields an upload may carry besides its file; `links` is JSON (an array of `{ kind, id }`). */
const FIELDS = ['kind', 'date', 'title', 'links'] as const;

/** Reads the one file and the fields of a multipart upload; the file's size limit is @fastify/multipart's. */
async function readUpload(request: FastifyRequest): Promise<{ upload: Upload; details: DocumentDetails }> {
  let upload: Upload | null = null;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || upload !== null) {
        await part.toBuffer();
        throw AppError.invalidInput([
          { field: part.fieldname, message: 'send one file, in the field "file"', code: 'one-file-at-a-time' },
        ]);
      }
      upload = { fileName: part.filename, bytes: await part.toBuffer() };
    } else if ((FIELDS as readonly string[]).includes(part.fieldname) && typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  if (upload === null) {
    throw AppError.invalidInput([
      { field: 'file', message: 'required: choose a file to upload', code: 'file-missing' },
    ]);
  }
  let links: unknown = [];
  if (fields.links !== undefined && fields.links !== '') {
    try {
      links = JSON.parse(fields.links);
    } catch {
      throw AppError.invalidInput([{ field: 'links', message: 'expected a JSON array of { kind, id }' }]);
    }
  }
  const details = documentDetailsSchema.safeParse({ ...fields, links });
  if (!details.success) throw AppError.invalidInput(fieldIssues(details.error));
  return { upload, details: details.data };
}

/** Documents the family keeps, and the search over the child's record (issue 19; docs/decisions/0042, 0043). */
export function registerDocumentRoutes(
  app: TypedApp,
  { database, clock, storage, texts }: DocumentRoutesContext,
): void {
  const tags = ['documents'];
  app.get(
    '/api/v1/students/:id/documents',
    {
      config: studentAccess(documentPolicy, 'read'),
      schema: {
        tags,
        summary: "The child's documents, newest first, and how much of the family's space they use",
        params: idParams,
        response: { 200: documentListSchema, ...errorResponses },
      },
    },
    async (request) => listDocuments(database, storage, request.params.id),
  );
  app.post(
    '/api/v1/students/:id/documents',
    {
      config: studentAccess(documentPolicy, 'write'),
      schema: {
        tags,
        summary:
          'Upload a document (multipart/form-data: file, kind, date, title, links as JSON); PDF, JPEG, PNG, HEIC, DOCX or plain text, at most 25 MB, its type read from its bytes',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: documentSchema, 413: errorResponse, 415: errorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { upload, details } = await readUpload(request);
      const document = await uploadDocument({
        database,
        clock,
        audit: auditOf(request),
        storage,
        studentId: request.params.id,
        upload,
        details,
      });
      texts.enqueue(document.id);
      return reply.code(201).send(document);
    },
  );
  app.get(
    '/api/v1/documents/:id',
    {
      config: studentAccess(documentPolicy, 'read', 'document'),
      schema: {
        tags,
        summary: 'One document’s details',
        params: idParams,
        response: { 200: documentSchema, ...errorResponses },
      },
    },
    async (request) => getDocument(database, request.params.id),
  );
  app.get(
    '/api/v1/documents/:id/file',
    {
      config: studentAccess(documentPolicy, 'read', 'document'),
      schema: {
        tags,
        summary: 'The document’s file, always as a download with the type read from its bytes (never shown inline)',
        params: idParams,
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const { document, bytes } = await readDocumentFile(database, storage, request.params.id);
      const base = document.fileName.replace(/\.[^.]*$/, '');
      // Never shown inline: a download with the sniffed type, no sniffing by the browser, and a CSP that
      // would sandbox it even if something did show it (a PDF's scripts never run in Binder's origin).
      void reply
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('x-content-type-options', 'nosniff');
      return sendDocument(
        reply,
        document.mediaType,
        attachmentName([base], DOCUMENT_EXTENSIONS[document.mediaType]),
        bytes,
      );
    },
  );
  app.put(
    '/api/v1/documents/:id',
    {
      config: studentAccess(documentPolicy, 'write', 'document'),
      schema: {
        tags,
        summary: 'Correct a document’s kind, date, title or links',
        params: idParams,
        body: documentDetailsSchema,
        response: { 200: documentSchema, ...errorResponses },
      },
    },
    async (request) =>
      reviseDocument({ database, clock, audit: auditOf(request), id: request.params.id, details: request.body }),
  );
  app.delete(
    '/api/v1/documents/:id',
    {
      config: studentAccess(documentPolicy, 'write', 'document'),
      schema: {
        tags,
        summary: 'Delete a document; its file is removed when no other document keeps the same bytes',
        params: idParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteDocument({ database, clock, audit: auditOf(request), storage, id: request.params.id });
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/documents/:id/history',
    {
      config: studentAccess(documentPolicy, 'read', 'document'),
      schema: {
        tags,
        summary: 'Every recorded state of a document’s details',
        params: idParams,
        response: { 200: historyResponse, ...errorResponses },
      },
    },
    async (request) => ({ history: await getHistory(database, 'document', request.params.id) }),
  );
  app.get(
    '/api/v1/students/:id/search',
    {
      config: studentAccess(documentPolicy, 'read'),
      schema: {
        tags,
        summary:
          "Search the child's documents, notes, communication log, letters and plans; snippets mark the matched words",
        params: idParams,
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema, ...errorResponses },
      },
    },
    async (request) => ({
      hits: await searchRecord(database, request.params.id, request.query.q, request.query.language),
    }),
  );
}
