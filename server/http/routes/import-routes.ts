import { z } from 'zod';
import { importedRecordSchema } from '../../../core/schemas/record-import';
import { importRecord, recordOfFile } from '../../services/import-record';
import { auditOf, signedInUserId } from '../access-control';
import { NEW_STUDENT } from '../route-access';
import type { TypedApp } from '../typed-app';
import type { DocumentRoutesContext } from './document-routes';
import { errorResponses } from './route-schemas';

/** The largest export accepted: a whole record with years of audit trail, or its ZIP with the PDFs. */
export const IMPORT_LIMIT_BYTES = 25 * 1024 * 1024;

/** Importing a child's whole record exported from another Binder (docs/decisions/0044). */
export function registerImportRoutes(app: TypedApp, { database, clock, storage, texts }: DocumentRoutesContext): void {
  // export.zip arrives as bytes; export.json is parsed by Fastify's JSON parser as any other body.
  app.addContentTypeParser('application/zip', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body);
  });
  app.post(
    '/api/v1/students/import',
    {
      config: NEW_STUDENT,
      bodyLimit: IMPORT_LIMIT_BYTES,
      schema: {
        tags: ['whole record'],
        summary:
          'Import a child’s whole record exported from another Binder (export.json as application/json, or ' +
          'export.zip as application/zip, its documents included): a new child in a new family, owned by the ' +
          'caller. The JSON form holds no documents’ bytes: its documents are left out, and the answer says so',
        body: z.unknown().describe('The binder-record/1 document, or the ZIP export'),
        response: { 201: importedRecordSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const body: unknown = request.body;
      const file = Buffer.isBuffer(body) ? recordOfFile(body) : { record: body, entry: null };
      const { documentIds, ...imported } = await importRecord({
        database,
        clock,
        storage,
        audit: auditOf(request),
        file,
        ownerUserId: signedInUserId(request),
      });
      for (const id of documentIds) texts.enqueue(id);
      return reply.code(201).send(imported);
    },
  );
}
