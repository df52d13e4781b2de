import { useQuery } from '@tanstack/react-query';
import {
  CASELOAD_PLANS,
  CASELOAD_SORTS,
  caseloadPageSchema,
  DEFAULT_PAGE_SIZE,
  districtComplianceSchema,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  schoolListSchema,
  type CaseloadPlan,
  type CaseloadSort,
} from '../../core/schemas/school-team';
import { callApi } from './client';

/** What the caseload shows: the page's address query, read and checked, and the API's query. */
export interface CaseloadQuery {
  readonly school: string;
  readonly plan: CaseloadPlan | '';
  readonly isOverdueOnly: boolean;
  readonly sort: CaseloadSort;
  readonly page: number;
  readonly pageSize: number;
}

function positiveInteger(text: string | null, fallback: number, max: number): number {
  if (text === null || !/^\d+$/.test(text)) return fallback;
  const value = Number(text);
  return value >= 1 && value <= max ? value : fallback;
}

/**
 * Reads the caseload's state from the page address (`?school=…&plan=iep&overdue=true&sort=next-due&page=2`),
 * so a filtered, sorted page can be bookmarked and shared. Anything unknown falls back to the default.
 */
export function caseloadQueryFromSearch(search: URLSearchParams): CaseloadQuery {
  const plan = search.get('plan');
  const sort = search.get('sort');
  return {
    school: search.get('school') ?? '',
    plan: CASELOAD_PLANS.find((p) => p === plan) ?? '',
    isOverdueOnly: search.get('overdue') === 'true',
    sort: CASELOAD_SORTS.find((s) => s === sort) ?? 'name',
    page: positiveInteger(search.get('page'), 1, MAX_PAGE),
    pageSize: positiveInteger(search.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

/** The page address query for a caseload state; defaults are left out so addresses stay short. */
export function searchFromCaseloadQuery(query: CaseloadQuery): URLSearchParams {
  const search = new URLSearchParams();
  if (query.school !== '') search.set('school', query.school);
  if (query.plan !== '') search.set('plan', query.plan);
  if (query.isOverdueOnly) search.set('overdue', 'true');
  if (query.sort !== 'name') search.set('sort', query.sort);
  if (query.page !== 1) search.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(query.pageSize));
  return search;
}

/** One page of the caseload, filtered and sorted on the server from the stored deadlines. */
export function useCaseload(query: CaseloadQuery) {
  const search = searchFromCaseloadQuery(query);
  search.set('page', String(query.page));
  search.set('pageSize', String(query.pageSize));
  if (query.isOverdueOnly) search.set('overdue', 'true');
  return useQuery({
    queryKey: ['caseload', search.toString()] as const,
    queryFn: () => callApi('GET', `/api/v1/caseload?${search.toString()}`, caseloadPageSchema),
    placeholderData: (previous) => previous,
    refetchOnMount: 'always',
  });
}

/** The district's overdue and upcoming deadlines and its compliance measures, district-wide and by school. */
export function useDistrictCompliance(upcomingDays: number, limit = 100) {
  return useQuery({
    queryKey: ['compliance', upcomingDays, limit] as const,
    queryFn: () =>
      callApi(
        'GET',
        `/api/v1/compliance?${new URLSearchParams({ upcomingDays: String(upcomingDays), limit: String(limit) }).toString()}`,
        districtComplianceSchema,
      ),
    refetchOnMount: 'always',
  });
}

/** The schools of the children the person can see, by name (the caseload's school filter). */
export function useSchools() {
  return useQuery({
    queryKey: ['schools'] as const,
    queryFn: async () => (await callApi('GET', '/api/v1/schools', schoolListSchema)).schools,
  });
}
