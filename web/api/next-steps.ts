import { useQueries, useQuery } from '@tanstack/react-query';
import { nextStepsResponseSchema } from '../../core/schemas/next-steps';
import { callApi } from './client';
import { queryKeys } from './query-keys';

function fetchNextSteps(studentId: string) {
  // No asOf: the server's today decides, so every screen agrees with the API and the CLI.
  return callApi('GET', `/api/v1/students/${encodeURIComponent(studentId)}/next-steps`, nextStepsResponseSchema);
}

/** A child's next steps as of the server's today (core/next-steps). */
export function useNextSteps(studentId: string, isEnabled = true) {
  return useQuery({
    queryKey: queryKeys.nextSteps(studentId),
    queryFn: () => fetchNextSteps(studentId),
    enabled: isEnabled,
  });
}

/** The next steps, with their timeline, of several children at once (the dashboard), in the order of `studentIds`. */
export function useNextStepsOf(studentIds: readonly string[]) {
  return useQueries({
    queries: studentIds.map((studentId) => ({
      queryKey: queryKeys.nextSteps(studentId),
      queryFn: () => fetchNextSteps(studentId),
    })),
  });
}
