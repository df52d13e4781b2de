import { useQuery } from '@tanstack/react-query';
import { nextStepsResponseSchema } from '../../core/schemas/next-steps';
import { callApi } from './client';
import { queryKeys } from './query-keys';

/** A child's next steps as of the server's today (core/next-steps). */
export function useNextSteps(studentId: string, isEnabled = true) {
  return useQuery({
    queryKey: queryKeys.nextSteps(studentId),
    queryFn: () =>
      callApi('GET', `/api/v1/students/${encodeURIComponent(studentId)}/next-steps`, nextStepsResponseSchema),
    enabled: isEnabled,
  });
}
