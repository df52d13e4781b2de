import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { eventListSchema, storedEventSchema, type CaseEventInput } from '../../core/schemas/case-event';
import { noContentSchema } from '../../core/schemas/api-error';
import { callApi } from './client';
import { queryKeys } from './query-keys';

/** A child's case events in date order (`enabled` false: not asked for). */
export function useEvents(studentId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: queryKeys.events(studentId),
    queryFn: async () =>
      (await callApi('GET', `/api/v1/students/${encodeURIComponent(studentId)}/events`, eventListSchema)).events,
  });
}

/** After an event changed: the events, and the deadlines and next steps made from them. */
function useEventsChanged(studentId: string): () => Promise<unknown> {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.events(studentId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.timeline(studentId) }),
    ]);
}

/** Records a case event; the deadlines follow. */
export function useRecordEvent(studentId: string) {
  const onSuccess = useEventsChanged(studentId);
  return useMutation({
    mutationFn: (event: CaseEventInput) =>
      callApi('POST', `/api/v1/students/${encodeURIComponent(studentId)}/events`, storedEventSchema, event),
    onSuccess,
  });
}

/** Corrects an event entered by hand; the deadlines follow. */
export function useReviseEvent(studentId: string) {
  const onSuccess = useEventsChanged(studentId);
  return useMutation({
    mutationFn: (input: { id: string; event: CaseEventInput }) =>
      callApi('PUT', `/api/v1/events/${encodeURIComponent(input.id)}`, storedEventSchema, input.event),
    onSuccess,
  });
}

/** Removes an event entered by hand (its history keeps it); the deadlines follow. */
export function useRemoveEvent(studentId: string) {
  const onSuccess = useEventsChanged(studentId);
  return useMutation({
    mutationFn: (eventId: string) =>
      callApi(
        'DELETE',
        `/api/v1/students/${encodeURIComponent(studentId)}/events/${encodeURIComponent(eventId)}`,
        noContentSchema,
      ),
    onSuccess,
  });
}
