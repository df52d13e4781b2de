import { auditOf, signedInUserId } from '../access-control';
import { newStudentSchema, studentListSchema, studentPatchSchema, studentSchema } from '../../../core/schemas/student';
import { getHistory } from '../../services/history-services';
import { createStudent, getStudent, patchStudent } from '../../services/student-services';
import { listFamilySummaries } from '../../services/list-families';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { errorResponses, historyResponse, idParams } from './route-schemas';
import { NEW_STUDENT, searchAccess, studentAccess } from '../route-access';
import { studentPolicy } from '../../../core/policies/entity-policies';

export function registerStudentRoutes(app: TypedApp, { database, clock }: AppContext): void {
  const tags = ['students'];
  app.get(
    '/api/v1/students',
    {
      config: searchAccess('student'),
      schema: {
        tags,
        summary: 'Every child, with the plan in effect today',
        response: { 200: studentListSchema },
      },
    },
    async (request) => ({
      students: (await listFamilySummaries(database, clock, signedInUserId(request))).flatMap(
        (family) => family.students,
      ),
    }),
  );
  app.post(
    '/api/v1/students',
    {
      config: NEW_STUDENT,
      schema: {
        tags,
        summary: 'Add a child (in a new family unless familyId is given)',
        body: newStudentSchema,
        response: { 201: studentSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createStudent({
          database,
          clock,
          audit: auditOf(request),
          input: request.body,
          ownerUserId: signedInUserId(request),
        }),
      ),
  );
  app.get(
    '/api/v1/students/:id',
    {
      config: studentAccess(studentPolicy, 'read'),
      schema: {
        tags,
        summary: "A child's details",
        params: idParams,
        response: { 200: studentSchema, ...errorResponses },
      },
    },
    async (request) => ({
      ...(await getStudent(database, clock, request.params.id)),
      ...(request.accessRole === null ? {} : { accessRole: request.accessRole }),
    }),
  );
  app.patch(
    '/api/v1/students/:id',
    {
      config: studentAccess(studentPolicy, 'write'),
      schema: {
        tags,
        summary: "Change some of a child's details",
        params: idParams,
        body: studentPatchSchema,
        response: { 200: studentSchema, ...errorResponses },
      },
    },
    async (request) =>
      patchStudent({ database, clock, audit: auditOf(request), studentId: request.params.id, patch: request.body }),
  );
  app.get(
    '/api/v1/students/:id/history',
    {
      config: studentAccess(studentPolicy, 'read'),
      schema: {
        tags,
        summary: "Every recorded state of a child's details",
        params: idParams,
        response: { 200: historyResponse, ...errorResponses },
      },
    },
    async (request) => ({ history: await getHistory(database, 'student', request.params.id) }),
  );
}
