import { useInfiniteQuery } from '@tanstack/react-query';
import { callApi } from './client';
import { queryKeys } from './query-keys';
import { auditTrailPageSchema } from '../../core/schemas/audit-trail';

const PAGE_SIZE = 50;

/** "Who looked at or changed this record", newest first, a page at a time ("Load older"). */
export function useAuditTrail(studentId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.auditTrail(studentId),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam !== null) query.set('before', pageParam);
      return callApi(
        'GET',
        `/api/v1/students/${encodeURIComponent(studentId)}/audit?${query.toString()}`,
        auditTrailPageSchema,
      );
    },
    getNextPageParam: (page) => (page.nextBefore === null ? undefined : String(page.nextBefore)),
    // Every read of the trail is itself audited: read it when the page opens, not again behind the person's back.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
