import { signedInUserId } from '../access-control';
import {
  caseloadPageSchema,
  caseloadQuerySchema,
  complianceQuerySchema,
  districtComplianceSchema,
  schoolListSchema,
} from '../../../core/schemas/school-team';
import { getCaseload, getDistrictCompliance, getSchools } from '../../services/school-team-services';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { errorResponses } from './route-schemas';
import { searchAccess } from '../route-access';

export function registerSchoolTeamRoutes(app: TypedApp, { database, clock }: AppContext): void {
  const tags = ['school team'];
  app.get(
    '/api/v1/caseload',
    {
      config: searchAccess('student'),
      schema: {
        tags,
        summary:
          'A caseload: each student with the plan in effect, the next deadline and overdue items (sortable, filterable, paginated)',
        querystring: caseloadQuerySchema,
        response: { 200: caseloadPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { asOf, overdue, ...rest } = request.query;
      return getCaseload(database, {
        ...rest,
        asOf: asOf ?? clock.today(),
        isOverdueOnly: overdue,
        viewerUserId: signedInUserId(request),
      });
    },
  );
  app.get(
    '/api/v1/schools',
    {
      config: searchAccess('student'),
      schema: {
        tags,
        summary: 'The schools of the children you can see, by name, with how many of them each has',
        response: { 200: schoolListSchema, ...errorResponses },
      },
    },
    async (request) => getSchools(database, signedInUserId(request)),
  );
  app.get(
    '/api/v1/compliance',
    {
      config: searchAccess('student'),
      schema: {
        tags,
        summary:
          'District compliance: overdue and upcoming deadlines, evaluation timeliness (Indicator 11) and transition content by school',
        querystring: complianceQuerySchema,
        response: { 200: districtComplianceSchema, ...errorResponses },
      },
    },
    async (request) =>
      getDistrictCompliance(database, {
        ...request.query,
        asOf: request.query.asOf ?? clock.today(),
        viewerUserId: signedInUserId(request),
      }),
  );
}
