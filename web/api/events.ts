import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { eventListSchema, storedEventSchema, type CaseEventInput } from '../../core/schemas/case-event';
import { callApi } from './client';
import { queryKeys } from './query-keys';

/** A child's case events in date order. */
export function useEvents(studentId: string) {
  return useQuery({
    queryKey: queryKeys.events(studentId),
    queryFn: async () =>
      (await callApi('GET', `/api/v1/students/${encodeURIComponent(studentId)}/events`, eventListSchema)).events,
  });
}

/** Records a case event; the deadlines follow. */
export function useRecordEvent(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (event: CaseEventInput) =>
      callApi('POST', `/api/v1/students/${encodeURIComponent(studentId)}/events`, storedEventSchema, event),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.events(studentId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.timeline(studentId) }),
      ]),
  });
}
