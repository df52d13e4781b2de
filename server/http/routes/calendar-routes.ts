import { schoolCalendarInputSchema, storedSchoolCalendarSchema } from '../../../core/schemas/school-calendar';
import { schoolCalendarPolicy } from '../../../core/policies/entity-policies';
import { getStudentCalendar, removeStudentCalendar, saveStudentCalendar } from '../../services/calendar-services';
import { auditOf } from '../access-control';
import type { AppContext } from '../app-context';
import { studentAccess } from '../route-access';
import type { TypedApp } from '../typed-app';
import { errorResponses, idParams, noContent } from './route-schemas';

/** A child's school calendar: school-day deadlines are dated from it, and move when it changes. */
export function registerCalendarRoutes(app: TypedApp, { database, clock }: AppContext): void {
  const tags = ['calendar'];
  app.get(
    '/api/v1/students/:id/calendar',
    {
      config: studentAccess(schoolCalendarPolicy, 'read'),
      schema: {
        tags,
        summary: "A child's school calendar (terms, closed days, holidays); calendar is null when none was entered",
        params: idParams,
        response: { 200: storedSchoolCalendarSchema, ...errorResponses },
      },
    },
    async (request) => getStudentCalendar(database, request.params.id),
  );
  app.put(
    '/api/v1/students/:id/calendar',
    {
      config: studentAccess(schoolCalendarPolicy, 'write'),
      schema: {
        tags,
        summary: "Enter or replace a child's school calendar; the child's deadlines are recomputed with it",
        params: idParams,
        body: schoolCalendarInputSchema,
        response: { 200: storedSchoolCalendarSchema, ...errorResponses },
      },
    },
    async (request) =>
      saveStudentCalendar({
        database,
        clock,
        audit: auditOf(request),
        studentId: request.params.id,
        calendar: request.body.calendar,
      }),
  );
  app.delete(
    '/api/v1/students/:id/calendar',
    {
      config: studentAccess(schoolCalendarPolicy, 'write'),
      schema: {
        tags,
        summary: "Remove a child's school calendar; school-day deadlines go back to having no date",
        params: idParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeStudentCalendar({ database, clock, audit: auditOf(request), studentId: request.params.id });
      return reply.code(204).send(null);
    },
  );
}
