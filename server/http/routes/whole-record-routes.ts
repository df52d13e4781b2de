import { binderQuerySchema } from '../../../core/schemas/binder';
import { deleteStudentSchema } from '../../../core/schemas/whole-record';
import { attachmentHeader, attachmentName } from '../../documents/attachment-name';
import { wholeRecordPolicy } from '../../../core/policies/entity-policies';
import { deleteStudentRecord } from '../../services/delete-student-record';
import type { DocumentStorage } from '../../services/document-services';
import { childName } from '../../documents/binder/binder-pdf';
import { buildBinder } from '../../services/build-binder';
import { exportArchive } from '../../services/export-archive';
import { exportRecord, type RecordExport } from '../../services/export-record';
import { auditOf, signedInUserId } from '../access-control';
import type { DocumentContext } from '../app-context';
import { studentAccess } from '../route-access';
import type { TypedApp } from '../typed-app';
import { sendDocument } from './send-document';
import { documentErrorResponses, errorResponses, idParams, noContent } from './route-schemas';

/** A deletion answers 204 with no body. */

/** `binder-record-Maya-Rivera-2026-11-28`: the family recognises the file in their downloads. */
function fileNameOf(record: RecordExport, extension: string): string {
  const { givenName, familyName } = record.student;
  const names = [givenName, familyName].filter((n): n is string => typeof n === 'string');
  return attachmentName(['binder-record', ...names, record.exportedAt.slice(0, 10)], extension);
}

/** The child's whole record at once: exporting it (FERPA inspection) and deleting it (destruction on request). */
export function registerWholeRecordRoutes(
  app: TypedApp,
  { database, clock, renderer, renderSlots, storage }: DocumentContext & { readonly storage: DocumentStorage },
): void {
  const tags = ['whole record'];
  app.get(
    '/api/v1/students/:id/export.json',
    {
      config: studentAccess(wholeRecordPolicy, 'export'),
      schema: {
        tags,
        summary: "The child's whole record as one JSON document (format binder-record/1), as a download",
        params: idParams,
      },
    },
    async (request, reply) => {
      const record = await exportRecord(database, clock, request.params.id);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', attachmentHeader(fileNameOf(record, 'json')))
        .send(JSON.stringify(record, null, 2));
    },
  );
  app.get(
    '/api/v1/students/:id/export.zip',
    {
      config: studentAccess(wholeRecordPolicy, 'export'),
      schema: {
        tags,
        summary: 'The whole record as a ZIP: record.json, every letter and progress report as PDF, a README',
        params: idParams,
        response: documentErrorResponses,
      },
    },
    async (request, reply) =>
      renderSlots.run(signedInUserId(request), async () => {
        const { record, zip } = await exportArchive(database, clock, renderer, storage.store, request.params.id);
        return sendDocument(reply, 'application/zip', fileNameOf(record, 'zip'), zip);
      }),
  );
  app.get(
    '/api/v1/students/:id/binder.pdf',
    {
      config: studentAccess(wholeRecordPolicy, 'export'),
      schema: {
        tags,
        summary:
          "The child's binder as one PDF to print: cover, contents, the plan in effect and what changed, deadlines " +
          'and findings with citations, meetings, communications, letters, progress on each goal, the services ' +
          'ledger, the documents index, and the uploaded PDFs appended in date order',
        params: idParams,
        querystring: binderQuerySchema,
        response: documentErrorResponses,
      },
    },
    async (request, reply) =>
      renderSlots.run(signedInUserId(request), async () => {
        const binder = await buildBinder(database, clock, storage.store, request.params.id, request.query.language);
        const pdf = await renderer.render({ kind: 'binder-pdf', binder });
        const name = attachmentName(['binder', ...childName(binder).split(' '), binder.asOf, binder.language], 'pdf');
        return sendDocument(reply, 'application/pdf', name, pdf);
      }),
  );
  app.delete(
    '/api/v1/students/:id',
    {
      config: studentAccess(wholeRecordPolicy, 'delete'),
      schema: {
        tags,
        summary: "Delete the child's whole record for good (owner only; confirm with the child's given name)",
        params: idParams,
        body: deleteStudentSchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteStudentRecord({
        database,
        clock,
        audit: auditOf(request),
        store: storage.store,
        studentId: request.params.id,
        confirmGivenName: request.body.confirmGivenName,
      });
      return reply.code(204).send(null);
    },
  );
}
