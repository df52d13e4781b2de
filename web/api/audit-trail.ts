import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { callApi } from './client';
import { queryKeys } from './query-keys';
import { auditTrailPageSchema, type ActivityKind } from '../../core/schemas/audit-trail';

const PAGE_SIZE = 50;

/** Whose activity and which kind to show; '' for everyone, everything. */
export interface ActivityFilters {
  readonly person: string;
  readonly kind: ActivityKind | '';
}

export const NO_FILTERS: ActivityFilters = { person: '', kind: '' };

/** "Who looked at or changed this record", newest first, grouped into lines, a page at a time ("Load older"). */
export function useAuditTrail(studentId: string, filters: ActivityFilters = NO_FILTERS) {
  return useInfiniteQuery({
    queryKey: queryKeys.auditTrail(studentId, filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam !== null) query.set('before', pageParam);
      if (filters.person !== '') query.set('person', filters.person);
      if (filters.kind !== '') query.set('kind', filters.kind);
      return callApi(
        'GET',
        `/api/v1/students/${encodeURIComponent(studentId)}/audit?${query.toString()}`,
        auditTrailPageSchema,
      );
    },
    getNextPageParam: (page) => (page.nextBefore === null ? undefined : String(page.nextBefore)),
    // While other filters load, the list and the people to choose from stay as they were.
    placeholderData: keepPreviousData,
    // Every read of the trail is itself audited: read it when the page opens, not again behind the person's back.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
