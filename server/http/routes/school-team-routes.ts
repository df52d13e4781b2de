import { signedInUserId } from '../access-control';
import { z } from 'zod';
import { isoDate } from '../../../core/schemas/iso-date';
import {
  CASELOAD_SORTS,
  caseloadPageSchema,
  districtComplianceSchema,
  schoolListSchema,
} from '../../../core/schemas/school-team';
import { getCaseload, getDistrictCompliance, getSchools } from '../../services/school-team-services';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { errorResponses } from './route-schemas';
import { searchAccess } from '../route-access';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

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
        querystring: z.object({
          asOf: isoDate.optional(),
          school: z.string().min(1).max(200).optional(),
          plan: z.enum(['iep', '504', 'none']).optional(),
          overdue: flag.default(false),
          sort: z.enum(CASELOAD_SORTS).default('name'),
          // A district's caseload is thousands of pages at most; a bigger number names no page.
          page: z.coerce
            .number()
            .int('expected a whole number')
            .min(1, 'expected 1 or more')
            .max(100_000, 'expected at most 100000')
            .default(1),
          pageSize: z.coerce
            .number()
            .int('expected a whole number')
            .min(1)
            .max(100, 'expected at most 100')
            .default(25),
        }),
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
        querystring: z.object({
          asOf: isoDate.optional(),
          upcomingDays: z.coerce.number().int().min(1).max(365).default(30),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
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
