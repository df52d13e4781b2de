import { auditOf } from '../access-control';
import {
  schoolPersonInputSchema,
  schoolPersonListSchema,
  schoolPersonSchema,
} from '../../../core/schemas/school-people';
import {
  addSchoolPerson,
  listSchoolPeople,
  removeSchoolPerson,
  reviseSchoolPerson,
} from '../../services/school-people-services';
import { getHistory } from '../../services/history-services';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { errorResponses, historyResponse, idParams, noContent } from './route-schemas';
import { studentAccess } from '../route-access';
import { schoolPeoplePolicy } from '../../../core/policies/entity-policies';

/** A child's directory of the school's people (issue #17, point 6). */
export function registerSchoolPeopleRoutes(app: TypedApp, { database, clock }: AppContext): void {
  const tags = ['school people'];
  app.get(
    '/api/v1/students/:id/school-people',
    {
      config: studentAccess(schoolPeoplePolicy, 'read'),
      schema: {
        tags,
        summary: "The school's people for this child: case manager, teacher, principal, …",
        params: idParams,
        response: { 200: schoolPersonListSchema, ...errorResponses },
      },
    },
    async (request) => ({ people: await listSchoolPeople(database, request.params.id) }),
  );
  app.post(
    '/api/v1/students/:id/school-people',
    {
      config: studentAccess(schoolPeoplePolicy, 'write'),
      schema: {
        tags,
        summary: "Add a person to the child's school directory",
        params: idParams,
        body: schoolPersonInputSchema,
        response: { 201: schoolPersonSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await addSchoolPerson({
          database,
          clock,
          audit: auditOf(request),
          studentId: request.params.id,
          input: request.body,
        }),
      ),
  );
  app.put(
    '/api/v1/school-people/:id',
    {
      config: studentAccess(schoolPeoplePolicy, 'write', 'school-person'),
      schema: {
        tags,
        summary: 'Correct an entry of the school directory',
        params: idParams,
        body: schoolPersonInputSchema,
        response: { 200: schoolPersonSchema, ...errorResponses },
      },
    },
    async (request) =>
      reviseSchoolPerson({ database, clock, audit: auditOf(request), id: request.params.id, input: request.body }),
  );
  app.put(
    '/api/v1/school-people/:id/own',
    {
      config: studentAccess(schoolPeoplePolicy, 'edit-own-entry', 'school-person'),
      schema: {
        tags,
        summary: "A school person corrects their own entry (the one with their account's e-mail)",
        params: idParams,
        body: schoolPersonInputSchema,
        response: { 200: schoolPersonSchema, 403: errorResponses[404], ...errorResponses },
      },
    },
    async (request) =>
      reviseSchoolPerson({
        database,
        clock,
        audit: auditOf(request),
        id: request.params.id,
        input: request.body,
        ownEmail: request.actor.email,
      }),
  );
  app.delete(
    '/api/v1/school-people/:id',
    {
      config: studentAccess(schoolPeoplePolicy, 'write', 'school-person'),
      schema: {
        tags,
        summary: 'Remove an entry of the school directory; its history keeps it',
        params: idParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeSchoolPerson({ database, clock, audit: auditOf(request), id: request.params.id });
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/school-people/:id/history',
    {
      config: studentAccess(schoolPeoplePolicy, 'read', 'school-person'),
      schema: {
        tags,
        summary: 'Every recorded state of a school directory entry',
        params: idParams,
        response: { 200: historyResponse, ...errorResponses },
      },
    },
    async (request) => ({ history: await getHistory(database, 'school-person', request.params.id) }),
  );
}
